//! `vnbrief batch` on small generated archives: bad files, kills, unsafe archive paths,
//! resume, shards, the combined PDF.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::util::*;

/// Writes `n` varied articles made from the corpus into `dir`, returning their names.
fn make_articles(dir: &Path, n: usize) -> Vec<String> {
    let corpus: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("tests/corpus"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        v.sort();
        v
    };
    std::fs::create_dir_all(dir).unwrap();
    (0..n)
        .map(|i| {
            let text = std::fs::read_to_string(&corpus[i % corpus.len()]).unwrap();
            // A different first paragraph makes each document its own.
            let text = text.replacen('\n', &format!("\nBản tin số {i}.\n"), 1);
            let name = format!("bai-{i:03}.txt");
            std::fs::write(dir.join(&name), text).unwrap();
            name
        })
        .collect()
}

/// The manifest's records (without the summary line) and its summary.
fn manifest(out: &Path) -> (Vec<serde_json::Value>, serde_json::Value) {
    let text = std::fs::read_to_string(out.join("manifest.jsonl")).unwrap();
    let mut lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let summary = lines.pop().unwrap()["summary"].clone();
    (lines, summary)
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap().to_string_lossy().ends_with(".part") {
                found.push(p);
            }
        }
    }
    found
}

/// A whole PDF ends with its end-of-file marker.
fn assert_whole_pdf(path: &Path) {
    let bytes = std::fs::read(path).unwrap();
    assert!(
        bytes.starts_with(b"%PDF-"),
        "{} is not a PDF",
        path.display()
    );
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(64)..]).into_owned();
    assert!(
        tail.trim_end().ends_with("%%EOF"),
        "{} is cut short",
        path.display()
    );
}

#[test]
fn bad_files_are_reported_and_the_rest_convert() {
    let dir = scratch("batch-bad");
    let names = make_articles(&dir.join("in/a"), 4);
    std::fs::write(dir.join("in/empty.txt"), "").unwrap();
    std::fs::write(
        dir.join("in/binary.txt"),
        [0u8, 159, 146, 150, 255, 0, 1, 2],
    )
    .unwrap();
    std::fs::write(dir.join("in/a/scan.txt"), b"%PDF-1.7\n1 0 obj\n").unwrap();
    std::fs::write(dir.join("in/notes.md"), "not an article extension").unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "--jobs", "2"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["total"], 7);
    assert_eq!(summary["ok"], 4);
    assert_eq!(summary["failed"], 3);
    for name in &names {
        assert_whole_pdf(&dir.join("out/a").join(name.replace(".txt", ".pdf")));
    }
    for bad in ["empty.txt", "binary.txt", "scan.txt"] {
        let rec = records
            .iter()
            .find(|r| r["input"].as_str().unwrap().ends_with(bad))
            .unwrap();
        assert_eq!(rec["status"], "failed");
        assert!(rec["error"].as_str().unwrap().contains(bad), "{rec}");
    }
    let ok = records.iter().find(|r| r["status"] == "ok").unwrap();
    for key in ["input_sha256", "output_sha256", "pages", "ms", "warnings"] {
        assert!(!ok[key].is_null(), "manifest lacks {key}: {ok}");
    }
    assert!(!dir.join("out/notes.pdf").exists());
}

/// A run killed with SIGKILL, then run again: every PDF whole, no temporary file left,
/// and the second run skips what the first finished.
#[test]
fn killed_run_resumes_cleanly() {
    let dir = scratch("batch-kill");
    let n = 40;
    make_articles(&dir.join("in"), n);
    let mut child = vnbrief(&dir)
        .args(["batch", "in", "-o", "out", "--jobs", "1", "-q"])
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    // Kill once a few PDFs exist, so the run is surely in the middle.
    loop {
        let done = std::fs::read_dir(dir.join("out"))
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
                    .count()
            })
            .unwrap_or(0);
        if done >= 3 || Instant::now() > deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let first: Vec<PathBuf> = std::fs::read_dir(dir.join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
        .collect();
    assert!(
        first.len() < n,
        "the run finished before the kill; the test proves nothing"
    );
    for pdf in &first {
        assert_whole_pdf(pdf);
    }

    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "--jobs", "2", "-q"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["total"], n);
    assert_eq!(summary["failed"], 0);
    assert!(
        summary["skipped"].as_u64().unwrap() >= 1,
        "nothing resumed: {summary}"
    );
    for i in 0..n {
        assert_whole_pdf(&dir.join(format!("out/bai-{i:03}.pdf")));
    }
    assert!(
        temp_files(&dir.join("out")).is_empty(),
        "{:?}",
        temp_files(&dir.join("out"))
    );

    // A third run has nothing to do; --force redoes everything.
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert!(out.status.success());
    assert_eq!(manifest(&dir.join("out")).1["skipped"], n);
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--force"]));
    assert!(out.status.success());
    assert_eq!(manifest(&dir.join("out")).1["ok"], n);
}

#[test]
fn zip_entries_leaving_the_folder_are_refused() {
    let dir = scratch("batch-zip");
    let article = std::fs::read(root().join("examples/giao-ban-quy-1-2024.txt")).unwrap();
    let file = std::fs::File::create(dir.join("in.zip")).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let opts = zip::write::SimpleFileOptions::default();
    for name in [
        "ok/bai.txt",
        "../escape.txt",
        "/abs/escape.txt",
        "a/../../escape2.txt",
    ] {
        zip.start_file(name, opts).unwrap();
        zip.write_all(&article).unwrap();
    }
    zip.finish().unwrap();
    std::fs::create_dir_all(dir.join("work")).unwrap();
    let out = run(vnbrief(&dir.join("work")).args(["batch", "../in.zip", "-o", "out"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_whole_pdf(&dir.join("work/out/ok/bai.pdf"));
    for escaped in [
        "escape.pdf",
        "work/escape.pdf",
        "abs/escape.pdf",
        "escape2.pdf",
        "work/escape2.pdf",
    ] {
        assert!(
            !dir.join(escaped).exists(),
            "{escaped} was written outside OUTDIR"
        );
    }
    let (records, summary) = manifest(&dir.join("work/out"));
    assert_eq!(summary["failed"], 3);
    for rec in records.iter().filter(|r| r["status"] == "failed") {
        assert!(
            rec["error"]
                .as_str()
                .unwrap()
                .contains("leaves the output folder"),
            "{rec}"
        );
    }
}

#[test]
fn colliding_names_both_survive() {
    let dir = scratch("batch-collide");
    let article = std::fs::read_to_string(root().join("examples/giao-ban-quy-1-2024.txt")).unwrap();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/x.txt"), &article).unwrap();
    let html = format!(
        "<html><body><h1>Tiêu đề</h1><p>{}</p></body></html>",
        "Nội dung."
    );
    std::fs::write(dir.join("in/x.json"), b"{\"schema\": 1}").unwrap();
    std::fs::write(dir.join("in/x.htm"), html).unwrap();
    let _ = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    let (records, _) = manifest(&dir.join("out"));
    let mut outputs: Vec<String> = records
        .iter()
        .map(|r| r["output"].as_str().unwrap().to_owned())
        .collect();
    outputs.sort();
    assert_eq!(outputs, ["x-2.pdf", "x-3.pdf", "x.pdf"]);
    // The text article converted under its own name, whatever happened to the others.
    let txt = records
        .iter()
        .find(|r| r["input"].as_str().unwrap().ends_with("x.txt"))
        .unwrap();
    assert_eq!(txt["status"], "ok", "{txt}");
}

#[test]
fn shards_split_the_work_and_list_on_stdin_works() {
    let dir = scratch("batch-shard");
    let names = make_articles(&dir.join("in"), 9);
    let mut seen = 0;
    for k in 1..=3 {
        let out = run(vnbrief(&dir).args([
            "batch",
            "in",
            "-o",
            "out",
            "-q",
            "--shard",
            &format!("{k}/3"),
        ]));
        assert!(out.status.success(), "{}", stderr(&out));
        let text =
            std::fs::read_to_string(dir.join(format!("out/manifest-{k}-of-3.jsonl"))).unwrap();
        seen += text.lines().count() - 1;
    }
    assert_eq!(seen, names.len());
    for name in &names {
        assert_whole_pdf(&dir.join("out").join(name.replace(".txt", ".pdf")));
    }
    let bad = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "--shard", "4/3"]));
    assert_eq!(bad.status.code(), Some(2));

    let list: String = names.iter().take(2).map(|n| format!("in/{n}\n")).collect();
    let mut child = vnbrief(&dir)
        .args(["batch", "-", "-o", "listed", "-q"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success());
    assert_whole_pdf(&dir.join("listed/in").join(names[0].replace(".txt", ".pdf")));
}

#[test]
fn combine_writes_one_pdf_with_contents() {
    let dir = scratch("batch-combine");
    make_articles(&dir.join("in"), 3);
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--combine", "all.pdf"]));
    let text = pdf_text(&dir.join("all.pdf"));
    assert!(text.contains("Mục lục"), "{text}");
    for i in 0..3 {
        assert!(
            text.contains(&format!("Bản tin số {i}.")),
            "article {i} missing"
        );
    }
    let pos: Vec<usize> = (0..3)
        .map(|i| text.find(&format!("Bản tin số {i}.")).unwrap())
        .collect();
    assert!(pos[0] < pos[1] && pos[1] < pos[2], "not in input order");
}
