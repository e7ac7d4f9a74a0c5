//! What the PDFs hold: every paragraph and caption of the article, embedded fonts, A4,
//! the margins of Nghị định 30, metadata, and the same bytes on every run.

use std::path::PathBuf;

use crate::cli::FIXTURES;
use crate::util::*;

/// Converts a fixture article into a scratch folder and returns the PDF's path.
fn convert_fixture(name: &str, extra: &[&str]) -> PathBuf {
    let out = scratch(&format!("pdf-{name}")).join(format!("{name}.pdf"));
    ok(vnbrief(&fixture("convert"))
        .args(["convert", &format!("{name}.txt"), "-o"])
        .arg(&out)
        .args(extra));
    out
}

/// Every non-empty line of every fixture article is found in its PDF, literally.
#[test]
fn every_line_of_the_article_is_in_the_pdf() {
    for name in FIXTURES {
        let pdf = convert_fixture(name, &["--photo-notes"]);
        let text = body_text(&pdf);
        let article = std::fs::read_to_string(fixture(&format!("convert/{name}.txt"))).unwrap();
        // Characters the fonts cannot draw are named in a warning and cannot be extracted.
        let undrawable = vnbrief::fonts::missing_chars([article.as_str()]);
        for line in article.lines().filter(|l| !l.trim().is_empty()) {
            let drawable: String = line.chars().filter(|c| !undrawable.contains(c)).collect();
            assert!(
                text.contains(&squash(&drawable)),
                "{name}: not in the PDF: {line}"
            );
        }
    }
}

/// Markup characters print as themselves: no minus sign, dash, list or heading.
#[test]
fn markup_characters_print_literally() {
    let pdf = convert_fixture("markup", &[]);
    let raw = pdf_text(&pdf);
    for literal in [
        "20-45",
        "-- hoặc ---",
        "$x^2$",
        "*đậm*",
        "_nghiêng_",
        "#set text(red)",
        "\\u{41}",
    ] {
        assert!(
            squash(&raw).contains(&squash(literal)),
            "{literal} is not literal in:\n{raw}"
        );
    }
    assert!(
        !raw.contains('\u{2212}') && !raw.contains('–') && !raw.contains('—'),
        "{raw}"
    );
    assert!(
        raw.contains("- Như trên"),
        "a line starting with '- ' became a bullet:\n{raw}"
    );
    assert!(
        raw.contains("= Đây"),
        "a line starting with '= ' became a heading:\n{raw}"
    );
}

#[test]
fn fonts_are_embedded() {
    let pdf = convert_fixture("sample", &[]);
    let fonts = crate::pdf_read::read(&pdf).fonts;
    assert!(!fonts.is_empty(), "no fonts in the PDF");
    for font in fonts {
        assert!(
            font.name.contains("Tinos"),
            "a font other than Tinos: {font:?}"
        );
        assert!(font.embedded, "not embedded: {font:?}");
    }
}

#[test]
fn page_is_a4_with_metadata() {
    let pdf = convert_fixture("sample", &[]);
    let doc = crate::pdf_read::read(&pdf);
    for page in &doc.pages {
        let (w, h) = page.size();
        assert!(
            (w - 595.276).abs() < 0.01 && (h - 841.89).abs() < 0.01,
            "not A4: {w} x {h} pt"
        );
    }
    let info = &doc.info;
    let has =
        |field: &Option<String>, text: &str| field.as_deref().unwrap_or_default().contains(text);
    assert!(has(&info.title, "Giao ban trực tuyến"), "{info:?}");
    assert!(has(&info.author, "Phương Thảo"), "{info:?}");
    assert!(has(&info.keywords, "báo cáo"), "{info:?}");
    assert!(doc.pages.len() >= 2, "{} pages", doc.pages.len());
}

/// The text block of every template starts 30 mm from the left edge and ends 15 mm from
/// the right.
#[test]
fn text_block_keeps_the_margins() {
    for template in ["briefing", "minutes", "article"] {
        text_block_keeps_the_margins_in(template);
    }
}

fn text_block_keeps_the_margins_in(template: &str) {
    let pdf = convert_fixture("sample", &["--template", template]);
    let doc = crate::pdf_read::read(&pdf);
    let spans: Vec<_> = doc.pages.iter().take(2).flat_map(|p| p.spans()).collect();
    assert!(!spans.is_empty(), "{template}: no words on the first pages");
    let mm = 72.0 / 25.4;
    let (left, right) = (30.0 * mm, 595.276 - 15.0 * mm);
    let min_x = spans.iter().map(|s| s.x0).fold(f64::MAX, f64::min);
    let max_x = spans.iter().map(|s| s.x1).fold(f64::MIN, f64::max);
    assert!(
        (min_x - left).abs() < 0.6,
        "{template}: text starts at {min_x:.2} pt, margin is {left:.2} pt"
    );
    assert!(
        (max_x - right).abs() < 0.6,
        "{template}: text ends at {max_x:.2} pt, margin is {right:.2} pt"
    );
}

#[test]
fn two_runs_give_identical_bytes() {
    let a = std::fs::read(convert_fixture("sample", &[])).unwrap();
    let b = std::fs::read(convert_fixture("sample", &[])).unwrap();
    assert!(a == b, "two conversions of the sample differ");
}

/// Letterhead options print; unknown ones stay dotted blanks.
#[test]
fn letterhead_prints_given_facts_and_blanks_the_rest() {
    let pdf = convert_fixture(
        "sample",
        &[
            "--issuing-body",
            "Cục Cảnh sát QLHC về TTXH",
            "--place",
            "Hà Nội",
            "--date",
            "2024-04-12",
        ],
    );
    let text = squash(&pdf_text(&pdf));
    assert!(text.contains(&squash("CỤC CẢNH SÁT QLHC VỀ TTXH")));
    assert!(text.contains(&squash("Hà Nội, ngày 12 tháng 4 năm 2024")));
    assert!(
        text.contains("Số:…") && text.contains("…/BC-…"),
        "number should be blank"
    );
    assert!(text.contains(&squash("CHỦ NGHĨA VIỆT NAM")));
    let plain = squash(&pdf_text(&convert_fixture("sample", &[])));
    for blank in ["…,ngày…", "…tháng…", "…năm…"] {
        assert!(plain.contains(blank), "date should be blank: no {blank}");
    }
}

#[test]
fn uncovered_characters_are_named_in_a_warning() {
    let out = scratch("emoji").join("e.pdf");
    let res = ok(vnbrief(&fixture("convert"))
        .args(["convert", "emoji.txt", "-o"])
        .arg(&out));
    let err = stderr(&res);
    assert!(
        err.contains("cannot draw") && err.contains("U+1F4E2"),
        "{err}"
    );
}

/// A right-to-left override at the end of one field of a hand-edited report does not print
/// the fields after it backwards: the controls are removed from the report's data.
#[test]
fn a_direction_override_in_a_report_reverses_nothing() {
    let dir = scratch("pdf-bidi");
    let article = root().join("tests/corpus/000-giao-ban-quy-1-2024.txt");
    let out = ok(vnbrief(&dir).arg("parse").arg(&article));
    let mut report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let name = report["chairs"][0]["name"].as_str().unwrap().to_owned();
    report["chairs"][0]["name"] = format!("{name}\u{202E}").into();
    let title = report["title"].as_str().unwrap().to_owned();
    report["title"] = format!("\u{2067}{title}\u{202E}").into();
    let next = report["chairs"][1]["name"].as_str().unwrap().to_owned();
    assert_eq!(next, "Hồ Việt Triều", "the fixture's second chair");
    std::fs::write(dir.join("inj.json"), report.to_string()).unwrap();
    let pdf = dir.join("inj.pdf");
    ok(vnbrief(&dir).args(["render", "inj.json", "-o"]).arg(&pdf));
    let text = body_text(&pdf);
    let reversed: String = squash(&next).chars().rev().collect();
    assert!(text.contains(&squash(&next)), "{text}");
    assert!(!text.contains(&reversed), "{text}");
    assert!(
        text.contains(&squash(&format!("“{title}”, tác giả"))),
        "{text}"
    );
}
