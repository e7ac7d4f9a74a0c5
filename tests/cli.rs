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

#[test]
fn missing_input_file_is_one_line() {
    let dir = scratch("missing");
    let out = run(vnbrief(&dir).args(["convert", "nope.txt"]));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).trim_end(),
        "error: failed to read nope.txt (no such file)"
    );
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
