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
    let info = poppler("pdfinfo", &[], &dir.join("s.pdf"));
    assert!(info.contains("Apr 12") && info.contains("2024"), "{info}");
    let plain = convert_with(&dir, &["-o", "p.pdf"]);
    assert!(plain.status.success());
    assert!(!poppler("pdfinfo", &[], &dir.join("p.pdf")).contains("CreationDate"));
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
