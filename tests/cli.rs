//! `vnbrief convert`, `parse`, `render` and `fonts` as a user runs them, and bad input.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use crate::util::*;

/// The fixture articles whose reports are kept as goldens.
pub const FIXTURES: &[&str] = &["sample", "markup", "one-line", "emoji"];

#[test]
fn parse_matches_golden_reports() {
    for name in FIXTURES {
        let dir = fixture("convert");
        let out = ok(vnbrief(&dir).args(["parse", &format!("{name}.txt")]));
        let json = String::from_utf8(out.stdout).unwrap();
        check_golden(&dir.join(format!("{name}.report.json")), &json);
    }
}

#[test]
fn convert_writes_pdf_beside_input_and_keeps_input() {
    let dir = scratch("convert-default");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    std::fs::copy(&article, dir.join("bai.txt")).unwrap();
    let before = std::fs::read(dir.join("bai.txt")).unwrap();
    ok(vnbrief(&dir).args(["convert", "bai.txt"]));
    let pdf = std::fs::read(dir.join("bai.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert_eq!(
        std::fs::read(dir.join("bai.txt")).unwrap(),
        before,
        "input changed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn convert_reads_stdin_and_writes_stdout() {
    let dir = scratch("convert-stdin");
    let article = std::fs::read(root().join("examples/giao-ban-quy-1-2024.txt")).unwrap();
    let mut child = vnbrief(&dir)
        .args(["convert", "-", "-o", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&article).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"%PDF-"));
}

#[test]
fn stdin_without_output_is_a_usage_error() {
    let dir = scratch("stdin-no-output");
    let out = run(vnbrief(&dir).args(["convert", "-"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("needs an output"), "{}", stderr(&out));
}

#[test]
fn never_overwrites_the_input() {
    let dir = scratch("no-overwrite");
    std::fs::write(dir.join("a.pdf"), "Tiêu đề\nNội dung bài viết.\n").unwrap();
    let out = run(vnbrief(&dir).args(["convert", "a.pdf", "-o", "./a.pdf", "--from", "text"]));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("is the input"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.join("a.pdf")).unwrap(),
        "Tiêu đề\nNội dung bài viết.\n"
    );
}

/// Each bad input gets one line on stderr naming the file, exit code 1, and no PDF.
#[test]
fn bad_inputs_fail_with_one_line_naming_the_file() {
    let dir = scratch("bad-inputs");
    let mut zip = b"PK\x03\x04".to_vec();
    zip.extend([0u8; 40]);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", Vec::new(), "the file is empty"),
        ("blank.txt", b"  \n\n \r\n".to_vec(), "the file is empty"),
        (
            "scan.txt",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj".to_vec(),
            "looks like a PDF file",
        ),
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "looks like a PNG file",
        ),
        ("archive.txt", zip, "looks like a ZIP file"),
        (
            "huge.txt",
            "Tiêu đề\n".repeat(700_000).into_bytes(),
            "too large",
        ),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(dir.join(name), &bytes).unwrap();
        let out = run(vnbrief(&dir).args(["convert", name, "-o", "out.pdf"]));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert_eq!(
            err.trim_end().lines().count(),
            1,
            "{name}: not one line: {err}"
        );
        assert!(
            err.starts_with("error: ") && err.contains(name),
            "{name}: {err}"
        );
        assert!(
            err.contains(expected),
            "{name}: expected {expected:?} in {err}"
        );
        assert!(!dir.join("out.pdf").exists(), "{name}: a PDF was written");
    }
}

#[test]
fn invalid_utf8_names_the_offset() {
    let dir = scratch("bad-utf8");
    // A mis-encoded ASCII-compatible file with a stray byte that no reading fixes.
    std::fs::write(
        dir.join("x.txt"),
        b"Ti\xC3\xAAu \xC3\xA3 \xFF\xFE\xFD\x80\x81 abc",
    )
    .unwrap();
    let out = run(vnbrief(&dir).args(["parse", "x.txt"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("failed to read x.txt"), "{err}");
    assert!(err.contains("byte"), "{err}");
}

#[test]
fn one_line_article_converts_with_warnings() {
    let dir = fixture("convert");
    let out_dir = scratch("one-line");
    let pdf = out_dir.join("one.pdf");
    let out = ok(vnbrief(&dir)
        .args(["convert", "one-line.txt", "-o"])
        .arg(&pdf));
    assert!(
        stderr(&out).contains("warning: one-line.txt:"),
        "{}",
        stderr(&out)
    );
    assert!(pdf.exists());
}

/// `parse` and `convert` name the fields found by a weak rule (the report's `review`) in
/// one "check:" line, and say nothing when there are none.
#[test]
fn the_fields_to_review_are_named_on_standard_error() {
    let dir = root().join("tests/corpus-extra");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    let (mut flagged, mut clean) = (0, 0);
    for name in &names {
        let out = ok(vnbrief(&dir).args(["parse", name.as_str()]));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let review: Vec<&str> = report["review"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        let err = stderr(&out);
        let checks: Vec<&str> = err.lines().filter(|l| l.starts_with("check: ")).collect();
        if review.is_empty() {
            clean += 1;
            assert!(checks.is_empty(), "{name}: {err}");
        } else {
            flagged += 1;
            let line = format!("check: {name}: {} may be wrong", review.join(", "));
            assert_eq!(checks.len(), 1, "{name}: {err}");
            assert!(checks[0].starts_with(&line), "{name}: {err}");
        }
    }
    assert!(flagged > 0 && clean > 0, "{flagged} flagged, {clean} clean");
    let out = ok(vnbrief(&dir).args(["parse", "--quiet", names[0].as_str()]));
    assert!(!stderr(&out).contains("check: "), "{}", stderr(&out));
}

#[test]
fn missing_input_file_is_one_line() {
    let dir = scratch("missing");
    // Exit 2, as the README's table has it and `batch` does (trial 7, 8).
    for (command, input) in [
        ("convert", "nope.txt"),
        ("parse", "nope.txt"),
        ("render", "nope.json"),
    ] {
        let out = run(vnbrief(&dir).args([command, input]));
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert_eq!(
            stderr(&out).trim_end(),
            format!("error: failed to read {input} (no such file)"),
            "{command}"
        );
    }
}

#[test]
fn unknown_template_and_bad_date_are_usage_errors() {
    let dir = fixture("convert");
    let out = run(vnbrief(&dir).args(["convert", "sample.txt", "-o", "/dev/null", "-t", "nope"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown template \"nope\""),
        "{}",
        stderr(&out)
    );
    let out = run(vnbrief(&dir).args(["convert", "sample.txt", "--date", "12/4/2024"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--date"), "{}", stderr(&out));
}

#[test]
fn strict_mode_fails_without_event() {
    let dir = scratch("strict");
    std::fs::write(
        dir.join("a.txt"),
        "Một dòng\nKhông có ngày tháng hay sự kiện gì.\n",
    )
    .unwrap();
    let out = run(vnbrief(&dir).args(["parse", "a.txt", "--strict"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--strict"), "{}", stderr(&out));
    ok(vnbrief(&dir).args(["parse", "a.txt"]));
}

/// A report corrected by hand prints again with the correction.
#[test]
fn render_prints_a_corrected_report() {
    let dir = scratch("render");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let out = ok(vnbrief(&dir).arg("parse").arg(&article));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["place"] = "Thành phố Vinh (đã sửa)".into();
    std::fs::write(
        dir.join("r.json"),
        serde_json::to_vec_pretty(&report).unwrap(),
    )
    .unwrap();
    ok(vnbrief(&dir).args(["render", "r.json", "-o", "r.pdf"]));
    let text = squash(&pdf_text(&dir.join("r.pdf")));
    assert!(text.contains(&squash("Thành phố Vinh (đã sửa)")));
}

#[test]
fn render_refuses_a_report_of_another_schema() {
    let dir = scratch("render-schema");
    std::fs::write(dir.join("r.json"), r#"{"schema": 7, "title": "x"}"#).unwrap();
    let out = run(vnbrief(&dir).args(["render", "r.json", "-o", "r.pdf"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("failed to load report r.json"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn fonts_lists_full_vietnamese_coverage() {
    let out = ok(vnbrief(Path::new(".")).arg("fonts"));
    let text = String::from_utf8(out.stdout).unwrap();
    for style in [
        "Tinos-Regular.ttf",
        "Tinos-Bold.ttf",
        "Tinos-Italic.ttf",
        "Tinos-BoldItalic.ttf",
    ] {
        let line = text.lines().find(|l| l.contains(style)).expect(style);
        assert!(line.contains("186/186"), "{line}");
    }
}

#[test]
fn help_explains_each_command() {
    let out = ok(vnbrief(Path::new(".")).arg("--help"));
    let text = String::from_utf8(out.stdout).unwrap();
    for cmd in ["convert", "parse", "render", "fonts", "Exit codes"] {
        assert!(text.contains(cmd), "--help lacks {cmd}");
    }
}

/// Makes a character device node like `/dev/null` (1, 3) or `/dev/full` (1, 7) in the
/// scratch folder; false when not root (the part of the test that needs it is skipped).
fn char_device(path: &Path, minor: u32) -> bool {
    use std::os::unix::ffi::OsStrExt;
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return false;
    }
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; a device twin of /dev/null or /dev/full.
    unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, minor)) == 0 }
}

fn file_type(path: &Path) -> std::fs::FileType {
    std::fs::symlink_metadata(path).unwrap().file_type()
}

/// Issue 12, finding 1: `-o` onto a FIFO or a character device writes into it (it stays
/// what it was: `-o /dev/stdout` works and `/dev/null` is never replaced by a file); onto a
/// folder or a socket it is refused before any work; a full device says so in words.
#[test]
fn output_onto_a_fifo_or_device_is_written_in_place_and_a_folder_or_socket_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("out-special");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let convert_to = |out: &Path| {
        run_for(
            vnbrief(&dir)
                .arg("convert")
                .arg(&article)
                .arg("-q")
                .arg("-o")
                .arg(out),
            120,
        )
        .expect("convert hung")
    };

    let fifo = dir.join("pipe.pdf");
    mkfifo(&fifo);
    let (tx, rx) = std::sync::mpsc::channel();
    let reader_path = fifo.clone();
    // If the FIFO is replaced, this reader waits forever; the test fails below first.
    std::thread::spawn(move || tx.send(std::fs::read(reader_path).unwrap()));
    let out = convert_to(&fifo);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        file_type(&fifo).is_fifo(),
        "the FIFO was replaced by a file"
    );
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(30))
        .expect("nothing came through the FIFO");
    assert!(got.starts_with(b"%PDF-"), "the FIFO carried no PDF");

    // `-o /dev/stdout` into a pipe and into a file: the PDF arrives, /dev/stdout stays.
    let piped = convert_to(Path::new("/dev/stdout"));
    assert!(
        piped.status.success() && piped.stdout.starts_with(b"%PDF-"),
        "{}",
        stderr(&piped)
    );
    let file = std::fs::File::create(dir.join("redirected.pdf")).unwrap();
    let out = run(vnbrief(&dir)
        .arg("convert")
        .arg(&article)
        .args(["-q", "-o", "/dev/stdout"])
        .stdout(file));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(dir.join("redirected.pdf")).unwrap(),
        piped.stdout,
        "the PDF written to /dev/stdout redirected into a file differs"
    );
    assert!(
        !file_type(Path::new("/dev/stdout")).is_file(),
        "/dev/stdout became a file"
    );

    let folder = dir.join("folder.pdf");
    std::fs::create_dir(&folder).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("socket.pdf")).unwrap();
    for (target, what) in [(folder, "a folder"), (dir.join("socket.pdf"), "a socket")] {
        let out = convert_to(&target);
        assert_eq!(out.status.code(), Some(2), "{what}: {}", stderr(&out));
        assert!(stderr(&out).contains(what), "{what}: {}", stderr(&out));
    }
    assert!(file_type(&dir.join("socket.pdf")).is_socket());
    assert!(file_type(&dir.join("folder.pdf")).is_dir());

    let null = dir.join("null");
    if char_device(&null, 3) {
        let out = convert_to(&null);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(file_type(&null).is_char_device(), "/dev/null became a file");
        let full = dir.join("full");
        assert!(char_device(&full, 7));
        let out = convert_to(&full);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("no space left on device") && !err.contains("os error"),
            "{err}"
        );
        assert!(file_type(&full).is_char_device(), "/dev/full became a file");
    }
}

/// Issue 12, finding 7: an endless device or standard input is read up to the input
/// limit, not until memory runs out; a report JSON has the same limit; each limit names
/// the flag that raises it, and raising it works.
#[test]
fn endless_and_oversized_inputs_stop_at_their_limits() {
    let dir = scratch("endless");
    let too_large = |out: &std::process::Output, flag: &str| {
        let err = stderr(out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(err.contains("too l") && err.contains(flag), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    };
    let out = run(memory_limit(
        vnbrief(&dir).args(["convert", "/dev/zero", "-o", "z.pdf"]),
        MEMORY_LIMIT,
    ));
    too_large(&out, "--max-input-mb");
    assert!(stderr(&out).contains("more than 2 MB"), "{}", stderr(&out));

    let mut child = memory_limit(
        vnbrief(&dir).args(["convert", "-", "-o", "s.pdf"]),
        MEMORY_LIMIT,
    )
    .stdin(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let chunk = "Tiêu đề của bài viết\n".repeat(1000);
        while stdin.write_all(chunk.as_bytes()).is_ok() {}
    });
    too_large(&child.wait_with_output().unwrap(), "--max-input-mb");

    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let size = std::fs::metadata(&article).unwrap().len() as f64 / (1024.0 * 1024.0);
    let with = |flag: &str, mb: f64| {
        run(vnbrief(&dir)
            .arg("parse")
            .arg(&article)
            .args([flag, &mb.to_string(), "-q"]))
    };
    too_large(&with("--max-input-mb", size / 2.0), "--max-input-mb");
    assert!(with("--max-input-mb", size * 2.0).status.success());
    too_large(&with("--max-text-mb", size / 2.0), "--max-text-mb");
    assert!(with("--max-text-mb", size * 2.0).status.success());

    let report = ok(vnbrief(&dir).arg("parse").arg(&article));
    let mut json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    json["title"] = "Tiêu đề rất dài ".repeat(200_000).into();
    std::fs::write(dir.join("big.json"), serde_json::to_vec(&json).unwrap()).unwrap();
    let out = run(memory_limit(
        vnbrief(&dir).args(["render", "big.json", "-o", "big.pdf"]),
        MEMORY_LIMIT,
    ));
    too_large(&out, "--max-input-mb");
    assert!(!dir.join("big.pdf").exists());
}

/// Issue 12, finding 15: valid UTF-8 with one NUL byte is reported as that, not as an
/// unknown encoding.
#[test]
fn a_nul_byte_in_utf8_is_named() {
    let dir = scratch("nul");
    let mut bytes = std::fs::read(root().join("examples/giao-ban-quy-1-2024.txt")).unwrap();
    // Just after the title line.
    let at = bytes.iter().position(|&b| b == b'\n').unwrap() + 1;
    bytes.insert(at, 0);
    std::fs::write(dir.join("nul.txt"), &bytes).unwrap();
    let out = run(vnbrief(&dir).args(["convert", "nul.txt", "-o", "nul.pdf"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("nul.txt") && err.contains("NUL") && err.contains(&format!("byte {at}")),
        "{err}"
    );
    assert!(!err.contains("no known encoding"), "{err}");
}

/// Issue 12, finding 15: a report JSON with an impossible date is refused with the field
/// named, never printed as "Ngày 99 tháng 13" nor dumped as Rust debug output with PDF/A.
#[test]
fn impossible_dates_in_a_report_are_refused_naming_the_field() {
    let dir = scratch("bad-date");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let report = ok(vnbrief(&dir).arg("parse").arg(&article));
    let mut json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    for (day, month, year, why) in [
        (99, 13, serde_json::json!(-5), "month 13"),
        (31, 2, serde_json::json!(2024), "day 31"),
        (29, 2, serde_json::json!(2023), "day 29"),
        (12, 4, serde_json::json!(-5), "year -5"),
    ] {
        json["date"]["day"] = day.into();
        json["date"]["month"] = month.into();
        json["date"]["year"] = year;
        std::fs::write(dir.join("r.json"), serde_json::to_vec(&json).unwrap()).unwrap();
        for extra in [&[][..], &["--pdf-standard", "a-2b"][..]] {
            let out = run(vnbrief(&dir)
                .args(["render", "r.json", "-o", "r.pdf"])
                .args(extra));
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{why}: {err}");
            assert!(err.contains("date") && err.contains(why), "{why}: {err}");
            assert!(!err.contains("DocDate"), "{err}");
            assert!(!dir.join("r.pdf").exists());
        }
    }
}

/// Issue 12, finding 8: a user template reading a FIFO in its own folder fails at once
/// instead of waiting forever for a writer.
#[test]
fn a_template_reading_a_fifo_fails_instead_of_hanging() {
    let dir = scratch("template-fifo");
    std::fs::create_dir_all(dir.join("tpl")).unwrap();
    std::fs::write(dir.join("tpl/main.typ"), "#read(\"pipe.txt\")\n").unwrap();
    mkfifo(&dir.join("tpl/pipe.txt"));
    let out = run_for(
        vnbrief(&dir)
            .arg("convert")
            .arg(root().join("examples/giao-ban-quy-1-2024.txt"))
            .args(["-o", "t.pdf", "-t", "tpl/main.typ"]),
        60,
    )
    .expect("the template hung on the FIFO");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("not a regular file"), "{err}");
}

/// Issue 12, finding 5 through a report JSON: a paragraph with thousands of combining
/// marks on one letter renders in 512 MB of address space, its marks kept, with a warning.
#[test]
fn a_report_with_a_combining_mark_flood_renders_in_linear_memory() {
    let dir = scratch("report-flood");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let report = ok(vnbrief(&dir).arg("parse").arg(&article));
    let mut json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    json["sections"][0]["paragraphs"][0] =
        format!("Chữ q{} cuối.", "\u{0301}".repeat(6_000)).into();
    std::fs::write(dir.join("r.json"), serde_json::to_vec(&json).unwrap()).unwrap();
    let out = run(memory_limit(
        vnbrief(&dir).args(["render", "r.json", "-o", "r.pdf"]),
        MEMORY_LIMIT,
    ));
    assert!(out.status.success(), "{:?} {}", out.status, stderr(&out));
    let out = ok(vnbrief(&dir).args(["parse", "r.json", "--from", "json"]));
    let back: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        back["sections"][0]["paragraphs"][0]
            .as_str()
            .unwrap()
            .matches('\u{0301}')
            .count(),
        6_000
    );
    let warned = back["warnings"].as_array().unwrap();
    assert!(
        warned
            .iter()
            .any(|w| w.as_str().unwrap().contains("combining marks")),
        "{warned:?}"
    );
}

/// Issue 12, limits: a document over `--max-pages` fails naming the flag, no PDF is
/// written; in a batch it is one failed record.
#[test]
fn documents_over_the_page_limit_fail_naming_the_flag() {
    let dir = scratch("max-pages");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let pages = crate::pdf_read::page_count(&{
        ok(vnbrief(&dir)
            .arg("convert")
            .arg(&article)
            .args(["-q", "-o", "all.pdf"]));
        dir.join("all.pdf")
    });
    assert!(pages >= 2);
    let limit = (pages - 1).to_string();
    let out = run(vnbrief(&dir).arg("convert").arg(&article).args([
        "-q",
        "-o",
        "cut.pdf",
        "--max-pages",
        &limit,
    ]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("{pages} pages, the limit is {limit}"))
            && err.contains("--max-pages"),
        "{err}"
    );
    assert!(!dir.join("cut.pdf").exists());
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::copy(&article, dir.join("in/a.txt")).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--max-pages", &limit]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--max-pages"), "{}", stderr(&out));
    assert!(!dir.join("out/a.pdf").exists());
}

/// Trial 7, 11 and 16: an impossible start time in a report is refused as days and months
/// are, and no refusal of a report names a Rust type.
#[test]
fn impossible_times_and_wrong_types_in_a_report_are_refused_in_words() {
    let dir = scratch("bad-time");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    let report = ok(vnbrief(&dir).arg("parse").arg(&article));
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let cases: [(&str, serde_json::Value, &str); 5] = [
        (
            "/minutes/start",
            serde_json::json!({"hour": 25, "minute": 0}),
            "hour 25 is not an hour (0 to 23)",
        ),
        (
            "/minutes/start",
            serde_json::json!({"hour": 8, "minute": 99}),
            "minute 99 is not a minute (0 to 59)",
        ),
        (
            "/minutes/start",
            serde_json::json!({"hour": -1}),
            "hour -1 is not an hour",
        ),
        (
            "/date/day",
            serde_json::json!(300),
            "a whole number from 0 to 255",
        ),
        ("/date/year", serde_json::json!("x"), "a whole number"),
    ];
    for (pointer, value, why) in cases {
        let mut json = json.clone();
        *json.pointer_mut(pointer).unwrap() = value;
        std::fs::write(dir.join("r.json"), serde_json::to_vec(&json).unwrap()).unwrap();
        let out = run(vnbrief(&dir).args(["render", "r.json", "-o", "r.pdf"]));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{why}: {err}");
        assert!(err.contains(why), "{why}: {err}");
        for rust in ["u8", "i32", "usize", "struct"] {
            assert!(!err.contains(rust), "{err}");
        }
        assert!(!dir.join("r.pdf").exists());
    }
    let mut json = json.clone();
    json["minutes"]["start"] = serde_json::json!({"hour": 7, "minute": 30});
    std::fs::write(dir.join("r.json"), serde_json::to_vec(&json).unwrap()).unwrap();
    ok(vnbrief(&dir).args(["render", "r.json", "-o", "r.pdf", "-q"]));
}

/// Trial 7, 15: a text flag's value may start with "-" ("- Như trên;"), as recipients are
/// written, without the `--flag=value` form.
#[test]
fn text_flag_values_may_start_with_a_dash() {
    let dir = scratch("dash-values");
    let article = root().join("examples/giao-ban-quy-1-2024.txt");
    ok(vnbrief(&dir).arg("convert").arg(&article).args([
        "-o",
        "d.pdf",
        "-q",
        "--recipient",
        "- Như trên;",
        "--subject",
        "-Về việc thử",
    ]));
    let text = body_text(&dir.join("d.pdf"));
    assert!(text.contains(&squash("Như trên;")), "{text}");
    assert!(text.contains(&squash("-Về việc thử")), "{text}");
}
