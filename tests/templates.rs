//! Templates: users' own templates in their sandbox, `templates export`, unit settings,
//! PDF standards and reproducible dates.

use std::path::Path;

use crate::util::*;

const SAMPLE: &str = "examples/giao-ban-quy-1-2024.txt";

fn convert_with(dir: &Path, args: &[&str]) -> std::process::Output {
    run(vnbrief(dir)
        .arg("convert")
        .arg(root().join(SAMPLE))
        .args(args))
}

#[test]
fn user_template_imports_a_file_from_its_folder() {
    let dir = scratch("user-template");
    std::fs::create_dir_all(dir.join("tpl")).unwrap();
    std::fs::write(dir.join("tpl/part.typ"), "#let greet(t) = [Xin chào: #t]\n").unwrap();
    std::fs::write(
        dir.join("tpl/main.typ"),
        "#import \"part.typ\": greet\n#let r = json(\"/report.json\")\n#greet(r.title)\n",
    )
    .unwrap();
    let out = convert_with(&dir, &["-o", "u.pdf", "-t", "tpl/main.typ"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = pdf_text(&dir.join("u.pdf"));
    assert!(text.contains("Xin chào: Giao ban trực tuyến"), "{text}");
}

/// A template that reaches outside its folder fails clearly and prints no file content.
#[test]
fn user_template_cannot_leave_its_folder() {
    let dir = scratch("sandbox");
    std::fs::create_dir_all(dir.join("a/tpl")).unwrap();
    std::fs::write(dir.join("secret.typ"), "#let secret = \"BÍ MẬT\"\n").unwrap();
    std::fs::write(dir.join("a/secret.txt"), "BÍ MẬT").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("a/secret.txt"), dir.join("a/tpl/link.txt")).unwrap();
    let cases = [
        ("passwd.typ", "#read(\"/etc/passwd\")\n", "file not found"),
        (
            "up.typ",
            "#import \"../../secret.typ\": *\n#secret\n",
            "escape the project root",
        ),
        (
            "up2.typ",
            "#read(\"../secret.txt\")\n",
            "escape the project root",
        ),
        ("link.typ", "#read(\"link.txt\")\n", "access denied"),
    ];
    for (name, source, expected) in cases {
        std::fs::write(dir.join("a/tpl").join(name), source).unwrap();
        let out = convert_with(&dir, &["-o", "x.pdf", "-t", &format!("a/tpl/{name}")]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(expected), "{name}: {err}");
        assert!(
            err.contains(&format!("{name}:1:")),
            "{name}: no file:line:col in {err}"
        );
        assert!(
            !err.contains("root:") && !err.contains("BÍ MẬT"),
            "{name} leaked: {err}"
        );
        assert!(!dir.join("x.pdf").exists());
    }
}

#[test]
fn template_errors_point_at_the_line() {
    let dir = scratch("tpl-error");
    std::fs::write(
        dir.join("t.typ"),
        "#let r = json(\"/report.json\")\n\n#r.autor\n",
    )
    .unwrap();
    let out = convert_with(&dir, &["-o", "x.pdf", "-t", "t.typ"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("t.typ:3:4: error: dictionary does not contain key \"autor\""),
        "{err}"
    );
    assert!(err.contains("  | #r.autor"), "no source line in {err}");
}

#[test]
fn exported_template_compiles_as_a_user_template() {
    let dir = scratch("export");
    ok(vnbrief(&dir).args(["templates", "export", "briefing", "mine"]));
    for f in [
        "briefing.typ",
        "nd30.typ",
        "nd30.toml",
        "report.json",
        "letterhead.json",
        "README.txt",
        "fonts/Tinos-Regular.ttf",
    ] {
        assert!(dir.join("mine").join(f).exists(), "{f} not exported");
    }
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("mine/report.json")).unwrap()).unwrap();
    assert_eq!(report["schema"], 1);
    // Exporting again never overwrites.
    let again = run(vnbrief(&dir).args(["templates", "export", "briefing", "mine"]));
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already exists"));
    let out = convert_with(&dir, &["-o", "m.pdf", "-t", "mine/briefing.typ"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(pdf_text(&dir.join("m.pdf")).contains("BÁO CÁO"));
    let list = ok(vnbrief(&dir).args(["templates", "list"]));
    assert!(String::from_utf8_lossy(&list.stdout).contains("briefing"));
}

#[test]
fn pdf_a_2b_carries_its_identification() {
    let dir = scratch("pdfa");
    let out = convert_with(
        &dir,
        &[
            "-o",
            "a.pdf",
            "--pdf-standard",
            "a-2b",
            "--date",
            "2024-04-15",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(dir.join("a.pdf")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains("<pdfaid:part>2</pdfaid:part>"),
        "no PDF/A part"
    );
    assert!(
        text.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "no conformance"
    );
    let bad = convert_with(&dir, &["-o", "b.pdf", "--pdf-standard", "a-9"]);
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("unknown standard"),
        "{}",
        stderr(&bad)
    );
    // Trial 7, 16: PDF/A without any date is a usage error (exit 2), said as such, for
    // convert and render alike.
    let out = ok(vnbrief(&dir).arg("parse").arg(root().join(SAMPLE)));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["date"] = serde_json::Value::Null;
    std::fs::write(dir.join("undated.json"), report.to_string()).unwrap();
    for command in ["convert", "render"] {
        let out = run(vnbrief(&dir).args([
            command,
            "undated.json",
            "-o",
            "u.pdf",
            "--pdf-standard",
            "a-2b",
        ]));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{command}: {err}");
        assert!(
            err.contains("PDF/A needs a document date"),
            "{command}: {err}"
        );
        assert!(!err.contains("invalid PDF standard"), "{command}: {err}");
        assert!(!dir.join("u.pdf").exists());
    }
}

#[test]
fn source_date_epoch_sets_the_creation_date() {
    let dir = scratch("sde");
    let out = run(vnbrief(&dir)
        .arg("convert")
        .arg(root().join(SAMPLE))
        .args(["-o", "s.pdf"])
        .env("SOURCE_DATE_EPOCH", "1712900000"));
    assert!(out.status.success(), "{}", stderr(&out));
    let info = crate::pdf_read::read(&dir.join("s.pdf")).info;
    // 1712900000 s after the epoch is 2024-04-12 05:33:20 UTC.
    assert_eq!(
        info.creation_date.as_deref(),
        Some("2024-04-12 05:33:20"),
        "{info:?}"
    );
    let plain = convert_with(&dir, &["-o", "p.pdf"]);
    assert!(plain.status.success());
    let plain = crate::pdf_read::read(&dir.join("p.pdf")).info;
    assert_eq!(plain.creation_date, None, "{plain:?}");
}

#[test]
fn unit_settings_fill_the_letterhead_and_flags_override() {
    let dir = scratch("config");
    let config = root().join("examples/vnbrief.toml");
    let out = run(vnbrief(&dir)
        .arg("convert")
        .arg(root().join(SAMPLE))
        .args(["-o", "c.pdf", "--config"])
        .arg(&config)
        .args(["--signer", "Trần Thị B"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = squash(&pdf_text(&dir.join("c.pdf")));
    for expected in [
        "BỘ CÔNG AN",
        "Số: ……/BC-C06",
        "Hà Nội,",
        "Trần Thị B",
        "Công an các tỉnh, thành phố;",
    ] {
        assert!(text.contains(&squash(expected)), "missing {expected}");
    }
    assert!(
        !text.contains(&squash("Nguyễn Văn A")),
        "the flag did not override the file"
    );
    std::fs::write(dir.join("bad.toml"), "isuing_body = \"x\"\n").unwrap();
    let bad = convert_with(&dir, &["-o", "b.pdf", "--config", "bad.toml"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("bad.toml") && stderr(&bad).contains("isuing_body"),
        "{}",
        stderr(&bad)
    );
}

/// [`squash`]ed, with each run of dotted blanks as one "…".
fn folded(s: &str) -> String {
    let mut out = String::new();
    for c in squash(s).chars() {
        if !(c == '…' && out.ends_with('…')) {
            out.push(c);
        }
    }
    out
}

/// Every corpus article and the sample, parsed, in name order.
pub(crate) fn corpus_reports() -> Vec<vnbrief::Report> {
    let dir = root().join("tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.push(root().join(SAMPLE));
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            vnbrief::read_report(&std::fs::read(p).unwrap(), &name, &Default::default()).unwrap()
        })
        .collect()
}

/// Typst warnings fail the test; only the fonts' coverage warning is the article's doing.
fn typst_warnings(warnings: &[String]) -> Vec<&String> {
    warnings
        .iter()
        .filter(|w| !w.starts_with("the embedded fonts cannot draw"))
        .collect()
}

#[test]
fn every_builtin_renders_every_corpus_article_without_warnings() {
    use vnbrief::render::{RenderOptions, Renderer, TemplateChoice, BUILTINS};
    let reports = corpus_reports();
    for builtin in BUILTINS {
        let renderer = Renderer::new(&RenderOptions {
            template: TemplateChoice::Builtin(builtin.name.to_owned()),
            ..Default::default()
        })
        .unwrap();
        if builtin.name == "bulletin" {
            let rendered = renderer.render_collection(&reports).unwrap();
            assert!(rendered.pages > reports.len() / 2);
            assert_eq!(typst_warnings(&rendered.warnings), Vec::<&String>::new());
        }
        // Every template, the bulletin too, prints a single article.
        for report in &reports {
            let rendered = renderer
                .render(report)
                .unwrap_or_else(|e| panic!("{} with {}: {e}", report.source.name, builtin.name));
            assert!(rendered.pdf.starts_with(b"%PDF-") && rendered.pages >= 1);
            assert_eq!(
                typst_warnings(&rendered.warnings),
                Vec::<&String>::new(),
                "{} with {}",
                report.source.name,
                builtin.name
            );
        }
    }
}

#[test]
fn minutes_of_the_sample_name_the_chair_and_keep_blanks() {
    let dir = scratch("minutes-sample");
    let pdf = dir.join("bb.pdf");
    let out = convert_with(&dir, &["--template", "minutes", "-o", "bb.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = folded(&body_text(&pdf));
    for needed in [
        "BIÊN BẢN",
        "Số: …/BB-…",
        "Thời gian bắt đầu: … giờ …, ngày 12 tháng 4 năm 2024",
        "Địa điểm: Hà Nội",
        "Thành phần tham dự:",
        "- Đại tá Bùi Xuân Khởi, Phó Giám đốc Công an tỉnh;",
        "- đại diện lãnh đạo các đơn vị nghiệp vụ",
        "Chủ trì (chủ tọa): Thiếu tướng Nguyễn Ngọc Cương",
        "Thư ký (người ghi biên bản): …",
        "Nội dung (theo diễn biến hội nghị):",
        "Kết luận:",
        // The meeting's date closes the minutes; the end time is never in the article.
        "Hội nghị kết thúc vào … giờ …, ngày 12 tháng 4 năm 2024./.",
        "THƯ KÝ (Chữ ký)",
        "CHỦ TỌA (Chữ ký của người có thẩm quyền, dấu (nếu có))",
        "Thiếu tướng Nguyễn Ngọc Cương",
        "Nơi nhận:",
        "Lưu: VT, Hồ sơ.",
    ] {
        assert!(text.contains(&folded(needed)), "{needed:?} not in:\n{text}");
    }
    // Mẫu 1.9 has no place–date line under the header.
    assert!(
        !text.contains(&folded(", ngày … tháng … năm … BIÊN BẢN")),
        "{text}"
    );
    // One end mark, the closing sentence's: the article's own "./." is not repeated.
    assert_eq!(text.matches("./.").count(), 1, "{text}");
    // Nothing of the article's body is lost: every sentence is printed (its end mark aside).
    let report = vnbrief::read_report(
        &std::fs::read(root().join(SAMPLE)).unwrap(),
        "sample.txt",
        &Default::default(),
    )
    .unwrap();
    let flat = text.replace(' ', "");
    for paragraph in report.paragraphs() {
        for sentence in vnbrief::minutes::sentences(paragraph) {
            let sentence = sentence.trim_end_matches("/.");
            assert!(
                flat.contains(&squash(sentence).replace(' ', "")),
                "lost: {sentence}"
            );
        }
    }
}

#[test]
fn article_template_prints_title_captions_and_author() {
    let dir = scratch("article-sample");
    let pdf = dir.join("a.pdf");
    let out = convert_with(&dir, &["--template", "article", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = body_text(&pdf);
    let flat = text.replace(' ', "");
    let article = std::fs::read_to_string(root().join(SAMPLE)).unwrap();
    // Every line of the article, the wrapped caption joined, in the PDF as written.
    let joined = article.replace("hành chính\nvề trật tự", "hành chính về trật tự");
    for line in joined.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            flat.contains(&squash(line).replace(' ', "")),
            "missing: {line}"
        );
    }
    // An article copy adds nothing of an administrative document.
    for absent in ["BÁO CÁO", "CỘNG HÒA", "Nơi nhận", "Ảnh:"] {
        assert!(!text.contains(absent), "{absent:?} in:\n{text}");
    }
}

/// Converts the sample with `args` in a fresh folder: the PDF's text (squashed) and the
/// warnings.
fn sample_with(name: &str, args: &[&str]) -> (String, String) {
    let dir = scratch(name);
    let out = convert_with(&dir, &[&["-o", "x.pdf"], args].concat());
    assert!(out.status.success(), "{name}: {}", stderr(&out));
    (folded(&body_text(&dir.join("x.pdf"))), stderr(&out))
}

/// One file copy line: the drafting unit's, or the user's own "Lưu" entry instead.
#[test]
fn the_file_copy_line_is_printed_once() {
    for (template, archive) in [
        ("briefing", "- Lưu: VT, PV01."),
        ("minutes", "- Lưu: VT, PV01, Hồ sơ."),
    ] {
        let (text, _) = sample_with("luu-unit", &["-t", template, "--drafting-unit", "PV01"]);
        assert_eq!(text.matches("Lưu:").count(), 1, "{template}: {text}");
        assert!(text.contains(&folded(archive)), "{template}: {text}");
        let (text, warnings) = sample_with(
            "luu-own",
            &[
                "-t",
                template,
                "--recipient",
                "Như trên",
                "--recipient=- Lưu: VT, C06;",
                "--drafting-unit",
                "PV01",
            ],
        );
        assert_eq!(text.matches("Lưu:").count(), 1, "{template}: {text}");
        assert!(
            text.contains(&folded("- Như trên; - Lưu: VT, C06.")),
            "{template}: {text}"
        );
        assert!(
            warnings.contains("\"PV01\" is not in it"),
            "{template}: {warnings}"
        );
    }
}

/// The template's type code goes into the number; another code is replaced and named.
#[test]
fn the_number_carries_the_documents_type_code() {
    for (template, number, printed, warned) in [
        ("minutes", "5/BC-C06", "Số: 05/BB-C06", true),
        ("briefing", "15/C06", "Số: 15/BC-C06", false),
        ("briefing", "07/{code}-PV01", "Số: 07/BC-PV01", false),
        ("minutes", "3", "Số: 03/BB-…", false),
        (
            "briefing",
            "123456789012345678901234567890/C06",
            "Số: 123456789012345678901234567890/BC-C06",
            false,
        ),
        ("briefing", "0/C06", "Số: 0/BC-C06", false),
    ] {
        let (text, warnings) = sample_with("number", &["-t", template, "--number", number]);
        assert!(text.contains(&folded(printed)), "{number}: {text}");
        assert_eq!(
            warnings.contains("carries the type code BC"),
            warned,
            "{number}: {warnings}"
        );
    }
    let help = ok(vnbrief(&scratch("help")).args(["convert", "--help"]));
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        !help.contains("15/BC-C06\")") && help.contains("15/C06"),
        "{help}"
    );
}

/// Photo notes and the article's end mark stay out of the báo cáo; `--photo-notes` brings
/// the notes back, before the one end mark.
#[test]
fn the_report_prints_photo_notes_only_when_asked() {
    let (text, _) = sample_with("photos-off", &[]);
    assert!(
        !text.contains("Ảnh:") && !text.contains("Các đại biểu tham dự"),
        "{text}"
    );
    assert_eq!(text.matches("./.").count(), 1, "{text}");
    let (text, _) = sample_with("photos-on", &["--photo-notes"]);
    assert!(
        text.contains(&folded("(Ảnh: Các đại biểu tham dự hội nghị trực tuyến)")),
        "{text}"
    );
    assert_eq!(text.matches("./.").count(), 1, "{text}");
    let end = text.find("./.").unwrap();
    assert!(
        text.rfind("(Ảnh:").unwrap() < end,
        "a photo note after the end mark: {text}"
    );
    // The figures table comes before the body, one row per sentence.
    let table = text.find(&folded("Một số số liệu chính:")).unwrap();
    assert!(table < text.find(&folded("Nội dung:")).unwrap());
}

/// Headings that cannot be balanced still print: a word wider than the column, a name
/// broken by hand, a very long subject.
#[test]
fn odd_headings_still_print() {
    let long = format!("{0} {0}", "X".repeat(60));
    for args in [
        vec!["--issuing-body", long.as_str()],
        vec!["--issuing-body", "CỤC CẢNH SÁT\\nQLHC VỀ TTXH"],
        vec!["--subject", "Về một chuyện rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài, rất dài"],
    ] {
        let (text, _) = sample_with("odd", &args);
        assert!(text.contains("BÁOCÁO"), "{args:?}: {text}");
    }
    let (text, _) = sample_with(
        "by-hand",
        &["--issuing-body", "Cục Cảnh sát\\nQLHC về TTXH"],
    );
    assert!(
        text.contains(&folded("CỤC CẢNH SÁT QLHC VỀ TTXH")),
        "{text}"
    );
}

/// The trích yếu names the event; `--subject` replaces it; "Kính gửi:" lists recipients.
#[test]
fn subject_and_kinh_gui() {
    let (text, _) = sample_with("subject", &[]);
    let subject = folded(
        "BÁO CÁO Về kết quả Hội nghị giao ban trực tuyến công tác quản lý hành chính về trật \
         tự xã hội quý I/2024 Thời gian",
    );
    assert!(text.contains(&subject), "{text}");
    let (text, _) = sample_with(
        "subject-own",
        &[
            "--subject",
            "Về công tác quý I/2024",
            "--kinh-gui",
            "Bộ trưởng Bộ Công an",
            "--kinh-gui",
            "Thứ trưởng phụ trách",
        ],
    );
    assert!(
        text.contains(&folded("BÁO CÁO Về công tác quý I/2024")),
        "{text}"
    );
    assert!(
        text.contains(&folded(
            "Kính gửi: - Bộ trưởng Bộ Công an; - Thứ trưởng phụ trách."
        )),
        "{text}"
    );
    let (text, _) = sample_with("minutes-subject", &["-t", "minutes"]);
    assert!(
        text.contains(&folded("BIÊN BẢN Hội nghị giao ban trực tuyến công tác quản lý hành chính về trật tự xã hội quý I/2024 Thời gian")),
        "{text}"
    );
}

/// `--mark-review` shades and marks "(?)" the fields the report's `review` names, in both
/// documents, with one note explaining the mark; without the flag, or with nothing to
/// review, the documents carry neither.
#[test]
fn review_marks_follow_the_report_and_only_when_asked() {
    let dir = scratch("review-marks");
    let sample = std::fs::read_to_string(fixture("convert/sample.report.json")).unwrap();
    let mut report: serde_json::Value = serde_json::from_str(&sample).unwrap();
    report["review"] = serde_json::json!(["place", "chairs"]);
    std::fs::write(dir.join("unsure.json"), report.to_string()).unwrap();
    report["review"] = serde_json::json!([]);
    std::fs::write(dir.join("sure.json"), report.to_string()).unwrap();
    let place = folded(report["place"].as_str().unwrap());
    let note = folded("(?) Thông tin do vnbrief nhận diện chưa chắc chắn");
    let render = |input: &str, args: &[&str]| {
        let out = run(vnbrief(&dir)
            .args(["render", input, "-o", "x.pdf"])
            .args(args));
        assert!(out.status.success(), "{}", stderr(&out));
        folded(&body_text(&dir.join("x.pdf")))
    };
    for template in ["briefing", "minutes"] {
        let marked = render("unsure.json", &["--mark-review", "-t", template]);
        assert!(
            marked.contains(&format!("{place}(?)")),
            "{template}: place unmarked in {marked}"
        );
        assert_eq!(marked.matches(&note).count(), 1, "{template}: {marked}");
        for (input, args) in [
            ("unsure.json", vec!["-t", template]),
            ("sure.json", vec!["--mark-review", "-t", template]),
        ] {
            let plain = render(input, &args);
            assert!(
                !plain.contains("(?)"),
                "{template} {input} {args:?}: {plain}"
            );
        }
    }
}

/// One attendee whose name is not written like a name flags that person, not the list: the
/// report lists it in `review_people` (and the field in `review`), the `check:` line names
/// it, and `--mark-review` marks that attendee alone, in both documents.
#[test]
fn a_flagged_person_is_marked_alone() {
    let dir = scratch("review-person");
    std::fs::write(
        dir.join("a.txt"),
        "Hội nghị tổng kết năm học\n\nSáng 12/6/2024, tại Hội trường UBND huyện, Phòng Giáo dục \
         huyện Yên Lạc tổ chức Hội nghị tổng kết năm học 2023-2024.\n\nDự hội nghị có các đồng \
         chí: Nguyễn Văn An, Phó Chủ tịch UBND huyện; Việt Nam, Trưởng ban Dân tộc.\n\nMinh Anh\n",
    )
    .unwrap();
    let out = run(vnbrief(&dir).args(["parse", "a.txt", "-o", "a.json"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("a.json")).unwrap()).unwrap();
    assert_eq!(report["attendees"][1]["name"], "Việt Nam", "{report}");
    assert_eq!(report["review"], serde_json::json!(["attendees"]));
    assert_eq!(report["found"]["attendees"]["how"], "sure");
    assert_eq!(
        report["review_people"]["attendees"],
        serde_json::json!([{ "index": 1, "name": "Việt Nam",
            "reasons": ["an attendee's name is not written like a name"] }])
    );
    let check = stderr(&out);
    assert!(
        check.contains("check: a.txt: attendees may be wrong")
            && check.contains("Việt Nam: an attendee's name is not written like a name"),
        "{check}"
    );
    for template in ["briefing", "minutes"] {
        let out = run(vnbrief(&dir).args([
            "render",
            "a.json",
            "-o",
            "x.pdf",
            "--mark-review",
            "-t",
            template,
        ]));
        assert!(out.status.success(), "{}", stderr(&out));
        let text = folded(&body_text(&dir.join("x.pdf")));
        assert!(
            text.contains(&folded("Việt Nam, Trưởng ban Dân tộc(?)")),
            "{template}: the odd attendee unmarked in {text}"
        );
        assert!(
            !text.contains(&folded("Phó Chủ tịch UBND huyện(?)")),
            "{template}: the plain attendee marked in {text}"
        );
    }
    // A list edited by hand: the person is matched by name, not by where it stood.
    let mut edited = report.clone();
    edited["attendees"].as_array_mut().unwrap().remove(0);
    std::fs::write(dir.join("b.json"), edited.to_string()).unwrap();
    let out = run(vnbrief(&dir).args(["render", "b.json", "-o", "y.pdf", "--mark-review"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let text = folded(&body_text(&dir.join("y.pdf")));
    assert!(
        text.contains(&folded("Việt Nam, Trưởng ban Dân tộc(?)")),
        "{text}"
    );
}

/// Trial 7, 16: in the biên bản of a report without a date, the blank year stays on the line
/// of "năm" ("Thời gian bắt đầu: … năm ………", "… kết thúc vào … năm ………./.").
#[test]
fn a_blank_year_never_wraps_alone() {
    let dir = scratch("blank-year");
    let out = ok(vnbrief(&dir).arg("parse").arg(root().join(SAMPLE)));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["date"] = serde_json::Value::Null;
    std::fs::write(dir.join("r.json"), report.to_string()).unwrap();
    ok(vnbrief(&dir).args(["render", "r.json", "-t", "minutes", "-o", "r.pdf", "-q"]));
    let text = pdf_text(&dir.join("r.pdf"));
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches('\u{c}').trim())
        .collect();
    assert!(
        lines.iter().filter(|l| l.contains("tháng ……")).count() >= 2,
        "{text}"
    );
    for line in &lines {
        assert!(
            !line.starts_with("………") || line.starts_with("…………"),
            "{line:?} in\n{text}"
        );
        assert!(!line.ends_with(" năm"), "{line:?} in\n{text}");
    }
}

/// Trial 7, 12: `--mark-review` marks a field only while it holds the value it was flagged
/// with: the report `vnbrief parse` prints records it, and correcting the field removes the
/// "(?)" and the note; the uncorrected report keeps them.
#[test]
fn correcting_a_flagged_field_removes_its_mark() {
    let dir = scratch("mark-corrected");
    let out = ok(vnbrief(&dir).args(["parse", "-q"]).arg(root().join(SAMPLE)));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        report["review"],
        serde_json::json!(["event"]),
        "the sample's flag"
    );
    assert_eq!(report["review_values"]["event"], report["event"]);
    std::fs::write(dir.join("as-parsed.json"), report.to_string()).unwrap();
    report["event"] = "Hội nghị giao ban trực tuyến quý I/2024".into();
    std::fs::write(dir.join("corrected.json"), report.to_string()).unwrap();
    let marks = |name: &str, template: &str| {
        let pdf = dir.join(format!("{name}-{template}.pdf"));
        ok(vnbrief(&dir)
            .args([
                "render",
                &format!("{name}.json"),
                "--mark-review",
                "-q",
                "-t",
                template,
                "-o",
            ])
            .arg(&pdf));
        pdf_text(&pdf).matches("(?)").count()
    };
    for template in ["briefing", "minutes"] {
        assert!(marks("as-parsed", template) > 0, "{template}");
        assert_eq!(marks("corrected", template), 0, "{template}");
    }
}
