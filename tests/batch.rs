//! `vnbrief batch` on small generated archives: bad files, kills, unsafe archive paths,
//! resume, shards, the combined PDF.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;
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
    assert!(batch_list(&dir, &list, &["-o", "listed", "-q"])
        .status
        .success());
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

/// The sample article's bytes.
fn sample() -> Vec<u8> {
    std::fs::read(root().join("examples/giao-ban-quy-1-2024.txt")).unwrap()
}

/// Writes a zip of `(name, bytes)` entries, deflated.
fn write_zip(path: &Path, entries: &[(&str, &[u8])]) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    for (name, bytes) in entries {
        zip.start_file(*name, opts).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

/// The record of the input whose name ends with `suffix`.
fn record<'a>(records: &'a [serde_json::Value], suffix: &str) -> &'a serde_json::Value {
    records
        .iter()
        .find(|r| r["input"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no record for {suffix} in {records:?}"))
}

/// Issue 12, finding 2: `--combine` may not name an input, the manifest or one of the
/// batch's own PDFs: refused before anything is written, the file unchanged.
#[test]
fn combine_never_overwrites_an_input_the_manifest_or_an_output() {
    let dir = scratch("batch-combine-conflict");
    let names = make_articles(&dir.join("in"), 2);
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    for target in [
        format!("in/{}", names[0]),
        "out/manifest.jsonl".to_owned(),
        format!("out/{}", names[1].replace(".txt", ".pdf")),
        format!("./out/../out/{}", names[0].replace(".txt", ".pdf")),
    ] {
        let before = std::fs::read(dir.join(&target)).unwrap();
        let out = run(vnbrief(&dir)
            .args(["batch", "in", "-o", "out", "-q", "--force", "--combine"])
            .arg(&target));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{target}: {err}");
        assert!(
            err.contains("--combine") && err.contains("would overwrite"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(dir.join(&target)).unwrap(),
            before,
            "{target} changed"
        );
    }
}

/// Issue 12, finding 3: `a.html`, `a.json`, `a.txt` and `a-2.txt` get four different
/// outputs, none over a file of the user's already in OUTDIR, and keep them on resume.
#[test]
fn output_names_are_unique_over_the_whole_run() {
    let dir = scratch("batch-unique");
    let article = String::from_utf8(sample()).unwrap();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/a.txt"), &article).unwrap();
    std::fs::write(
        dir.join("in/a-2.txt"),
        article.replacen('\n', "\nBản khác.\n", 1),
    )
    .unwrap();
    let paragraphs: String = article.lines().map(|l| format!("<p>{l}</p>\n")).collect();
    std::fs::write(
        dir.join("in/a.html"),
        format!("<html><body><article>{paragraphs}</article></body></html>"),
    )
    .unwrap();
    let report = ok(vnbrief(&dir).args(["parse", "in/a.txt", "-q"]));
    std::fs::write(dir.join("in/a.json"), report.stdout).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("out/a-4.pdf"), "the user's own file").unwrap();

    for pass in 0..2 {
        let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
        assert!(out.status.success(), "{}", stderr(&out));
        let (records, summary) = manifest(&dir.join("out"));
        let mut outputs: Vec<&str> = records
            .iter()
            .map(|r| r["output"].as_str().unwrap())
            .collect();
        outputs.sort();
        outputs.dedup();
        assert_eq!(outputs.len(), 4, "pass {pass}: {records:?}");
        assert!(!outputs.contains(&"a-4.pdf"), "{outputs:?}");
        assert_eq!(record(&records, "a-2.txt")["output"], "a-2.pdf");
        for out in outputs {
            assert_whole_pdf(&dir.join("out").join(out));
        }
        let done = if pass == 0 { "ok" } else { "skipped" };
        assert_eq!(summary[done], 4, "pass {pass}: {summary}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("out/a-4.pdf")).unwrap(),
        "the user's own file"
    );
    // Without any manifest (removed, or a run killed before recording), the PDFs vnbrief
    // made are still its own: the names stay, the user's file is still not taken.
    let (before, _) = manifest(&dir.join("out"));
    std::fs::remove_file(dir.join("out/manifest.jsonl")).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let (after, _) = manifest(&dir.join("out"));
    for rec in &before {
        let now = record(&after, rec["input"].as_str().unwrap());
        assert_eq!(now["output"], rec["output"], "{now}");
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("out/a-4.pdf")).unwrap(),
        "the user's own file"
    );
}

/// Issue 12, finding 4: two zip entries with one name are both reported (the zip crate
/// would keep one), two tar entries with one name both converted: none silently dropped.
#[test]
fn duplicate_archive_entry_names_are_never_dropped() {
    let dir = scratch("batch-zip-dup");
    let article = sample();
    let other = String::from_utf8(article.clone())
        .unwrap()
        .replacen('\n', "\nBản khác.\n", 1);
    write_zip(
        &dir.join("in.zip"),
        &[
            ("x/a.txt", &article),
            ("x/b.txt", other.as_bytes()),
            ("x/c.txt", &article),
        ],
    );
    // The zip crate refuses to write one name twice: rename b.txt to a.txt in the bytes
    // (local header and central directory alike; the checksums cover only the data).
    let bytes = std::fs::read(dir.join("in.zip")).unwrap();
    let mut patched = bytes.clone();
    for i in 0..patched.len() - 7 {
        if &patched[i..i + 7] == b"x/b.txt" {
            patched[i..i + 7].copy_from_slice(b"x/a.txt");
        }
    }
    std::fs::write(dir.join("in.zip"), patched).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in.zip", "-o", "out", "-q"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["total"], 3, "{records:?}");
    let dup: Vec<_> = records
        .iter()
        .filter(|r| r["input"].as_str().unwrap().ends_with("x/a.txt"))
        .collect();
    assert_eq!(dup.len(), 2, "{records:?}");
    for rec in dup {
        assert_eq!(rec["status"], "failed", "{rec}");
        assert!(
            rec["error"].as_str().unwrap().contains("2 entries named"),
            "{rec}"
        );
    }
    assert_eq!(record(&records, "x/c.txt")["status"], "ok");
    assert!(!dir.join("out/x/a.pdf").exists());

    // A tar keeps every entry, but the manifest could not tell the two apart: refused too,
    // as in a zip.
    let mut tar = tar::Builder::new(Vec::new());
    for text in [&article[..], other.as_bytes()] {
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, "x/a.txt", text).unwrap();
    }
    std::fs::write(dir.join("in.tar"), tar.into_inner().unwrap()).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in.tar", "-o", "out-tar", "-q"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, _) = manifest(&dir.join("out-tar"));
    assert_eq!(records.len(), 2, "{records:?}");
    for rec in &records {
        assert_eq!(rec["status"], "failed", "{rec}");
        assert!(
            rec["error"].as_str().unwrap().contains("2 entries named"),
            "{rec}"
        );
    }
    assert!(!dir.join("out-tar/x/a.pdf").exists());
}

/// Issue 12, finding 6: a zip entry that decompresses far past the input limit is stopped
/// at the limit (the batch runs under a 512 MB address-space limit, the entry is 600 MB),
/// and an archive's total is capped too; the other entries convert.
#[test]
fn archive_entries_decompress_only_up_to_their_limits() {
    let dir = scratch("batch-zip-bomb");
    let article = sample();
    let zeros = vec![b'a'; 600 << 20];
    write_zip(
        &dir.join("bomb.zip"),
        &[("bomb.txt", &zeros), ("good.txt", &article)],
    );
    drop(zeros);
    let out = run(memory_limit(
        vnbrief(&dir).args(["batch", "bomb.zip", "-o", "out", "-q"]),
        MEMORY_LIMIT,
    ));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, _) = manifest(&dir.join("out"));
    let bomb = record(&records, "bomb.txt");
    assert_eq!(bomb["status"], "failed");
    let why = bomb["error"].as_str().unwrap();
    assert!(
        why.contains("decompressed") && why.contains("--max-input-mb"),
        "{why}"
    );
    assert_eq!(record(&records, "good.txt")["status"], "ok");

    // The same in a .tar.gz, whose entry header declares its size.
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
        std::fs::File::create(dir.join("bomb.tar.gz")).unwrap(),
        flate2::Compression::fast(),
    ));
    for (name, size) in [
        ("bomb.txt", 600u64 << 20),
        ("good.txt", article.len() as u64),
    ] {
        let mut header = tar::Header::new_gnu();
        header.set_size(size);
        header.set_mode(0o644);
        header.set_cksum();
        let data: Box<dyn std::io::Read> = if name == "bomb.txt" {
            Box::new(std::io::Read::take(std::io::repeat(b'a'), size))
        } else {
            Box::new(&article[..])
        };
        tar.append_data(&mut header, name, data).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap();
    let out = run(memory_limit(
        vnbrief(&dir).args(["batch", "bomb.tar.gz", "-o", "out-tar", "-q"]),
        MEMORY_LIMIT,
    ));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, _) = manifest(&dir.join("out-tar"));
    let why = record(&records, "bomb.txt")["error"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        why.contains("decompressed") && why.contains("--max-input-mb"),
        "{why}"
    );
    assert_eq!(record(&records, "good.txt")["status"], "ok");

    // Three entries of 0.6 MB under a 1 MB total: the third is over.
    let big = String::from_utf8(article.clone()).unwrap().repeat(100);
    let big = &big.as_bytes()[..600 << 10];
    write_zip(
        &dir.join("many.zip"),
        &[("1.txt", big), ("2.txt", big), ("3.txt", big)],
    );
    let out = run(vnbrief(&dir).args([
        "batch",
        "many.zip",
        "-o",
        "out-many",
        "-q",
        "--max-archive-mb",
        "1",
    ]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, _) = manifest(&dir.join("out-many"));
    let third = record(&records, "3.txt");
    assert_eq!(third["status"], "failed", "{third}");
    assert!(
        third["error"]
            .as_str()
            .unwrap()
            .contains("--max-archive-mb"),
        "{third}"
    );
}

/// Issue 12, findings 8 and 11: a FIFO, a socket and links in the input folder are
/// skipped and listed, never read (a FIFO would hang the batch); `--follow` follows a link
/// inside the folder but never one leading out of it.
#[test]
fn fifos_sockets_and_links_are_skipped_and_listed() {
    let dir = scratch("batch-special");
    make_articles(&dir.join("in"), 1);
    std::fs::write(dir.join("secret.txt"), sample()).unwrap();
    std::fs::create_dir_all(dir.join("outside")).unwrap();
    std::fs::write(dir.join("outside/secret2.txt"), sample()).unwrap();
    mkfifo(&dir.join("in/fifo.txt"));
    let _socket = std::os::unix::net::UnixListener::bind(dir.join("in/socket.txt")).unwrap();
    let link = |target: &str, name: &str| {
        std::os::unix::fs::symlink(target, dir.join("in").join(name)).unwrap()
    };
    link("../secret.txt", "leak.txt");
    link("../outside", "leakdir");
    link("bai-000.txt", "alias.txt");

    let out = run_for(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]), 120)
        .expect("the batch hung on the FIFO");
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let (records, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["ok"], 1, "{records:?}");
    assert_eq!(summary["ignored"], 5, "{records:?}");
    for name in ["fifo.txt", "socket.txt", "leak.txt", "leakdir", "alias.txt"] {
        let rec = record(&records, name);
        assert_eq!(rec["status"], "ignored", "{rec}");
        assert!(err.contains(name), "{name} not listed on stderr: {err}");
    }
    assert!(record(&records, "fifo.txt")["error"]
        .as_str()
        .unwrap()
        .contains("FIFO"));
    assert!(!dir.join("out/leak.pdf").exists() && !dir.join("out/leakdir").exists());

    let out = run_for(
        vnbrief(&dir).args(["batch", "in", "-o", "out-follow", "-q", "--follow"]),
        120,
    )
    .expect("the batch hung");
    assert!(out.status.success(), "{}", stderr(&out));
    let (records, _) = manifest(&dir.join("out-follow"));
    assert_eq!(record(&records, "alias.txt")["status"], "ok");
    for name in ["leak.txt", "leakdir"] {
        let rec = record(&records, name);
        assert_eq!(rec["status"], "ignored", "{rec}");
        assert!(rec["error"].as_str().unwrap().contains("outside"), "{rec}");
    }
    assert!(!dir.join("out-follow/leakdir").exists());
}

/// Issue 12, finding 11: a link inside OUTDIR is never written through.
#[test]
fn nothing_is_written_through_a_link_in_the_output_folder() {
    let dir = scratch("batch-out-link");
    make_articles(&dir.join("in/sub"), 1);
    make_articles(&dir.join("in"), 1);
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::create_dir_all(dir.join("elsewhere")).unwrap();
    std::os::unix::fs::symlink("../elsewhere", dir.join("out/sub")).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(std::fs::read_dir(dir.join("elsewhere")).unwrap().count(), 0);
    let (records, _) = manifest(&dir.join("out"));
    let rec = record(&records, "sub/bai-000.txt");
    assert_eq!(rec["status"], "failed");
    assert!(
        rec["error"].as_str().unwrap().contains("symbolic link"),
        "{rec}"
    );
    assert_whole_pdf(&dir.join("out/bai-000.pdf"));
}

/// Issue 12, finding 12: a truncated `.tar.gz` and a truncated `.zip` fail their own
/// entries; the folder given with them converts, exit 1.
#[test]
fn a_damaged_archive_fails_only_its_own_entries() {
    let dir = scratch("batch-damaged");
    make_articles(&dir.join("good"), 2);
    let article = sample();
    write_zip(
        &dir.join("cut.zip"),
        &[("a.txt", &article), ("b.txt", &article)],
    );
    let zip = std::fs::read(dir.join("cut.zip")).unwrap();
    std::fs::write(dir.join("cut.zip"), &zip[..zip.len() / 2]).unwrap();
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    for i in 0..6 {
        let mut header = tar::Header::new_gnu();
        let text =
            String::from_utf8(article.clone())
                .unwrap()
                .replacen('\n', &format!("\nBản {i}.\n"), 1);
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        tar.append_data(&mut header, format!("t/{i}.txt"), text.as_bytes())
            .unwrap();
    }
    let gz = tar.into_inner().unwrap().finish().unwrap();
    std::fs::write(dir.join("cut.tar.gz"), &gz[..gz.len() * 2 / 3]).unwrap();

    let out =
        run(vnbrief(&dir).args(["batch", "good", "cut.zip", "cut.tar.gz", "-o", "out", "-q"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let (records, summary) = manifest(&dir.join("out"));
    assert!(summary["ok"].as_u64().unwrap() >= 2, "{records:?}");
    assert_whole_pdf(&dir.join("out/good/bai-000.pdf"));
    assert_whole_pdf(&dir.join("out/good/bai-001.pdf"));
    for archive in ["cut.zip", "cut.tar.gz"] {
        assert!(
            records
                .iter()
                .any(|r| r["status"] == "failed" && r["input"].as_str().unwrap().contains(archive)),
            "{archive} has no failed record: {records:?}"
        );
    }
}

/// Issue 12, finding 13: Ctrl-C stops taking documents, finishes those in flight, writes
/// the manifest with its summary, prints the summary and exits 130.
#[test]
fn ctrl_c_writes_the_manifest_and_exits_130() {
    let dir = scratch("batch-sigint");
    let n = 40;
    make_articles(&dir.join("in"), n);
    let child = vnbrief(&dir)
        .args(["batch", "in", "-o", "out", "--jobs", "1", "-q"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_pdfs(&dir.join("out"), 2);
    // SAFETY: a plain kill(2) of our child.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let out = child.wait_with_output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("interrupted"), "{err}");
    let (records, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["interrupted"], true, "{summary}");
    let ok_count = summary["ok"].as_u64().unwrap() as usize;
    assert!(ok_count >= 2 && ok_count < n, "{summary}");
    assert_eq!(records.len(), ok_count, "{records:?}");
    assert!(temp_files(&dir.join("out")).is_empty());
    // The next run resumes from there.
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(manifest(&dir.join("out")).1["skipped"], ok_count);
}

/// Waits until `dir` holds `n` PDFs (at most a minute).
fn wait_for_pdfs(dir: &Path, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        let done = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
                    .count()
            })
            .unwrap_or(0);
        if done >= n {
            return;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    panic!("no {n} PDFs in {} after a minute", dir.display());
}

/// Issue 12, finding 14: a second batch into the same OUTDIR is refused with a clear
/// message while the first runs; the first's manifest stays whole.
#[test]
fn a_second_batch_into_the_same_output_folder_is_refused() {
    let dir = scratch("batch-lock");
    make_articles(&dir.join("in"), 30);
    let mut first = vnbrief(&dir)
        .args(["batch", "in", "-o", "out", "--jobs", "1", "-q"])
        .spawn()
        .unwrap();
    wait_for_pdfs(&dir.join("out"), 1);
    let second = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--force"]));
    let still_running = first.try_wait().unwrap().is_none();
    let err = stderr(&second);
    assert_eq!(second.status.code(), Some(2), "{err}");
    assert!(err.contains("another vnbrief batch"), "{err}");
    assert!(
        still_running,
        "the first batch ended before the second started"
    );
    assert!(first.wait().unwrap().success());
    let (records, summary) = manifest(&dir.join("out"));
    assert_eq!(summary["ok"], 30);
    assert_eq!(records.len(), 30);
    // Once it is done, the folder is free again.
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
}

/// Issue 12, typed errors: a manifest that cannot be written after the documents were
/// converted is exit 1 with the manifest named, not a usage error (2); a missing input
/// is usage.
#[test]
fn a_manifest_write_failure_is_not_a_usage_error() {
    let dir = scratch("batch-manifest-fail");
    make_articles(&dir.join("in"), 2);
    // A folder where the manifest goes: the final rename cannot replace it.
    std::fs::create_dir_all(dir.join("out/manifest.jsonl/x")).unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("manifest") && !err.contains("os error"),
        "{err}"
    );
    assert_whole_pdf(&dir.join("out/bai-000.pdf"));
    let out = run(vnbrief(&dir).args(["batch", "missing", "-o", "out2"]));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

/// Issue 12, finding 15: control characters in archive entry names are escaped when
/// printed and replaced in output names; a full disk is said in words, not "os error 28".
#[test]
fn control_characters_and_full_disks_are_reported_in_words() {
    let dir = scratch("batch-control");
    write_zip(
        &dir.join("in.zip"),
        &[
            ("a\x1b[31mred\x07.txt", b"" as &[u8]),
            ("b\x1b]0;title\x07.txt", &sample()),
        ],
    );
    let out = run(vnbrief(&dir).args(["batch", "in.zip", "-o", "out"]));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        !err.contains('\x1b') && !err.contains('\x07'),
        "raw control characters: {err:?}"
    );
    assert!(err.contains("a\\u{1b}[31mred\\u{7}.txt"), "{err}");
    assert_whole_pdf(&dir.join("out/b_]0;title_.pdf"));

    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        use std::os::unix::ffi::OsStrExt;
        let full = dir.join("full.pdf");
        let c = std::ffi::CString::new(full.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid path; a twin of /dev/full.
        assert_eq!(
            unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 7)) },
            0
        );
        make_articles(&dir.join("one"), 1);
        let out = run(vnbrief(&dir).args([
            "batch",
            "one",
            "-o",
            "out-one",
            "-q",
            "--combine",
            "full.pdf",
        ]));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("no space left on device") && !err.contains("os error"),
            "{err}"
        );
        use std::os::unix::fs::FileTypeExt;
        assert!(std::fs::symlink_metadata(&full)
            .unwrap()
            .file_type()
            .is_char_device());
    }
}

/// Each record carries its report's `review`, the summary counts the documents with one,
/// and the closing message says how many need a look; a resumed run keeps both.
#[test]
fn the_manifest_lists_the_fields_to_review_and_counts_the_documents() {
    let dir = scratch("batch-review");
    let sample =
        std::fs::read_to_string(root().join("tests/fixtures/convert/sample.report.json")).unwrap();
    let mut report: serde_json::Value = serde_json::from_str(&sample).unwrap();
    std::fs::create_dir_all(dir.join("in")).unwrap();
    report["review"] = serde_json::json!([]);
    std::fs::write(dir.join("in/clean.json"), report.to_string()).unwrap();
    report["review"] = serde_json::json!(["place", "chairs"]);
    std::fs::write(dir.join("in/unsure.json"), report.to_string()).unwrap();

    for pass in ["first", "resumed"] {
        let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out"]));
        assert_eq!(out.status.code(), Some(0), "{pass}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("1 of 2 documents need review"),
            "{pass}: {}",
            stderr(&out)
        );
        let (records, summary) = manifest(&dir.join("out"));
        assert_eq!(summary["need_review"], 1, "{pass}: {summary}");
        assert_eq!(
            record(&records, "unsure.json")["review"],
            serde_json::json!(["place", "chairs"]),
            "{pass}"
        );
        assert_eq!(
            record(&records, "clean.json")["review"],
            serde_json::json!([]),
            "{pass}"
        );
        if pass == "resumed" {
            assert_eq!(summary["skipped"], 2, "{summary}");
        }
    }
}

/// A folder with nothing to convert is not silently "done": the run says what it looks for.
#[test]
fn a_folder_without_articles_says_what_a_batch_converts() {
    let dir = scratch("batch-none");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/notes.md"), "not an article").unwrap();
    let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out"]));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: no articles found: a batch converts files ending in .txt"),
        "{}",
        stderr(&out)
    );
}

/// Every option that can change a document makes a resumed run convert it again: the
/// parser's reference day and the review marks among them.
#[test]
fn a_changed_reference_day_or_review_marking_is_not_skipped() {
    let dir = scratch("batch-options");
    make_articles(&dir.join("in"), 2);
    let runs: [&[&str]; 4] = [
        &[],
        &["--reference-date", "2020-01-01"],
        &["--reference-date", "2020-01-01", "--mark-review"],
        &["--reference-date", "2020-01-01", "--mark-review"],
    ];
    for (i, extra) in runs.iter().enumerate() {
        let out = run(vnbrief(&dir)
            .args(["batch", "in", "-o", "out"])
            .args(*extra));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let (_, summary) = manifest(&dir.join("out"));
        let (ok, skipped) = if i == 3 { (0, 2) } else { (2, 0) };
        assert_eq!(summary["ok"], ok, "run {i} {extra:?}: {summary}");
        assert_eq!(summary["skipped"], skipped, "run {i} {extra:?}: {summary}");
    }
}

/// Runs `vnbrief batch - ARGS` in `dir` with `list` on standard input.
fn batch_list(dir: &Path, list: &str, args: &[&str]) -> std::process::Output {
    let mut child = vnbrief(dir)
        .args(["batch", "-"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The outputs the manifest records, sorted.
fn recorded_outputs(out: &Path) -> Vec<String> {
    let mut outputs: Vec<String> = manifest(out)
        .0
        .iter()
        .map(|r| r["output"].as_str().unwrap_or_default().to_owned())
        .collect();
    outputs.sort();
    outputs
}

/// Trial 7, defect 1: a run over part of the archive (a list of the new files, one file,
/// a sub-folder) writes where the full run wrote and keeps the manifest's other records;
/// the next full run then has nothing to do.
#[test]
fn a_run_over_part_of_the_archive_keeps_the_record_and_the_output_tree() {
    let dir = scratch("batch-incremental");
    let names = make_articles(&dir.join("luu-tru/2024"), 5);
    std::fs::create_dir_all(dir.join("later")).unwrap();
    for name in &names[3..] {
        std::fs::rename(
            dir.join("luu-tru/2024").join(name),
            dir.join("later").join(name),
        )
        .unwrap();
    }
    ok(vnbrief(&dir).args(["batch", "luu-tru/", "-o", "pdf", "-q"]));
    let full: Vec<String> = names[..3]
        .iter()
        .map(|n| format!("2024/{}", n.replace(".txt", ".pdf")))
        .collect();
    assert_eq!(recorded_outputs(&dir.join("pdf")), full);

    // New files arrive, and the README's `find … -newer | vnbrief batch -` converts them.
    for name in &names[3..] {
        std::fs::rename(
            dir.join("later").join(name),
            dir.join("luu-tru/2024").join(name),
        )
        .unwrap();
    }
    let list: String = names[3..]
        .iter()
        .map(|n| format!("luu-tru/2024/{n}\n"))
        .collect();
    let out = batch_list(&dir, &list, &["-o", "pdf", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!dir.join("pdf/luu-tru").exists(), "a second output tree");
    let all: Vec<String> = names
        .iter()
        .map(|n| format!("2024/{}", n.replace(".txt", ".pdf")))
        .collect();
    assert_eq!(recorded_outputs(&dir.join("pdf")), all);
    let (_, summary) = manifest(&dir.join("pdf"));
    assert_eq!(
        (summary["total"].as_u64(), summary["kept"].as_u64()),
        (Some(2), Some(3))
    );
    for out in &all {
        assert_whole_pdf(&dir.join("pdf").join(out));
    }

    // One file, a sub-folder, a list from elsewhere: the same places, nothing redone.
    std::fs::create_dir_all(dir.join("work")).unwrap();
    let one = format!("luu-tru/2024/{}", names[0]);
    for out in [
        run(vnbrief(&dir).args(["batch", &one, "-o", "pdf", "-q"])),
        run(vnbrief(&dir).args(["batch", "luu-tru/2024", "-o", "pdf", "-q"])),
        batch_list(
            &dir.join("work"),
            &format!("../{one}\n"),
            &["-o", "../pdf", "-q"],
        ),
    ] {
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(recorded_outputs(&dir.join("pdf")), all);
        assert_eq!(
            manifest(&dir.join("pdf")).1["ok"],
            0,
            "a document was redone"
        );
    }
    assert!(!dir
        .join("pdf")
        .join(names[0].replace(".txt", ".pdf"))
        .exists());
    let out = run(vnbrief(&dir).args(["batch", "luu-tru", "-o", "pdf", "-q"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let (_, summary) = manifest(&dir.join("pdf"));
    assert_eq!(
        (summary["skipped"].as_u64(), summary["kept"].as_u64()),
        (Some(5), Some(0))
    );
}

/// Trial 7, defects 1 and 13: two folders of one name get folders of their own, and keep
/// their outputs when one is run alone.
#[test]
fn one_of_two_inputs_run_alone_keeps_its_outputs_and_the_others_record() {
    let dir = scratch("batch-two-hop");
    make_articles(&dir.join("y2019/hop"), 1);
    std::fs::create_dir_all(dir.join("y2020/hop")).unwrap();
    std::fs::write(
        dir.join("y2020/hop/bai-000.txt"),
        String::from_utf8(sample()).unwrap(),
    )
    .unwrap();
    ok(vnbrief(&dir).args(["batch", "y2019/hop", "y2020/hop", "-o", "yy", "-q"]));
    let before = recorded_outputs(&dir.join("yy"));
    assert_eq!(before, ["hop-2/bai-000.pdf", "hop/bai-000.pdf"]);
    ok(vnbrief(&dir).args(["batch", "y2020/hop", "-o", "yy", "-q"]));
    assert_eq!(recorded_outputs(&dir.join("yy")), before);
    assert!(!dir.join("yy/bai-000.pdf").exists());
    let (records, summary) = manifest(&dir.join("yy"));
    assert_eq!(summary["skipped"], 1, "{records:?}");
    assert_eq!(
        record(&records, "y2019/hop/bai-000.txt")["output"],
        "hop/bai-000.pdf"
    );
}

/// Trial 7, defect 2: the user's own list may name files above the current folder, as the
/// command line may; the outputs stay inside OUTDIR.
#[test]
fn a_list_of_paths_above_the_current_folder_converts() {
    let dir = scratch("batch-list-up");
    let names = make_articles(&dir.join("luu-tru/sub"), 2);
    std::fs::create_dir_all(dir.join("in2")).unwrap();
    let list: String = names
        .iter()
        .map(|n| format!("../luu-tru/sub/{n}\n"))
        .collect();
    let out = batch_list(&dir.join("in2"), &list, &["-o", "../lst2", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for n in &names {
        assert_whole_pdf(&dir.join("lst2/luu-tru/sub").join(n.replace(".txt", ".pdf")));
    }
    // An absolute path inside the current folder is mirrored from there, not from `/`.
    let abs = format!("{}\n", dir.join("luu-tru/sub").join(&names[0]).display());
    let out = batch_list(&dir, &abs, &["-o", "abs", "-q"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        recorded_outputs(&dir.join("abs")),
        [format!("luu-tru/sub/{}", names[0].replace(".txt", ".pdf"))]
    );
}

/// Trial 7, defect 5: names that differ only in case or Unicode normalisation (a macOS zip
/// stores NFD) get different outputs, written in NFC, so no copy to Windows, macOS or
/// exFAT makes one PDF replace another.
#[test]
fn outputs_differ_regardless_of_case_and_normalisation() {
    let dir = scratch("batch-case");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    let article = sample();
    let other = String::from_utf8(article.clone())
        .unwrap()
        .replacen('\n', "\nBản khác.\n", 1);
    std::fs::write(dir.join("in/A.TXT"), &article).unwrap();
    std::fs::write(dir.join("in/a.txt"), &other).unwrap();
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert_eq!(recorded_outputs(&dir.join("out")), ["A.pdf", "a-2.pdf"]);
    // A file of the user's in OUTDIR counts as taken in any case.
    std::fs::create_dir_all(dir.join("mine")).unwrap();
    std::fs::write(dir.join("mine/A.PDF"), "the clerk's").unwrap();
    std::fs::remove_file(dir.join("in/A.TXT")).unwrap();
    ok(vnbrief(&dir).args(["batch", "in", "-o", "mine", "-q"]));
    assert_eq!(recorded_outputs(&dir.join("mine")), ["a-2.pdf"]);
    assert_eq!(
        std::fs::read(dir.join("mine/A.PDF")).unwrap(),
        b"the clerk's"
    );

    let nfc = "H\u{1ed9}i ngh\u{1ecb}.txt";
    let nfd = "Ho\u{323}\u{302}i nghi\u{323}.txt";
    write_zip(
        &dir.join("nfd.zip"),
        &[(nfc, &article), (nfd, other.as_bytes())],
    );
    ok(vnbrief(&dir).args(["batch", "nfd.zip", "-o", "nfdout", "-q"]));
    assert_eq!(
        recorded_outputs(&dir.join("nfdout")),
        ["H\u{1ed9}i ngh\u{1ecb}-2.pdf", "H\u{1ed9}i ngh\u{1ecb}.pdf"]
    );
    for name in recorded_outputs(&dir.join("nfdout")) {
        assert_whole_pdf(&dir.join("nfdout").join(name));
    }
}

/// Trial 7, defect 6: a PDF changed in OUTDIR after vnbrief wrote it is not replaced
/// without `--force`; the document fails with a message saying how to go on.
#[test]
fn a_pdf_changed_after_it_was_written_is_left_alone_without_force() {
    let dir = scratch("batch-edited");
    let names = make_articles(&dir.join("in"), 2);
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    let pdf = dir.join("out").join(names[0].replace(".txt", ".pdf"));
    let mut edited = std::fs::read(&pdf).unwrap();
    edited.extend_from_slice(b"annotated\n");
    std::fs::write(&pdf, &edited).unwrap();
    // Also when the input changed: the new PDF would replace the clerk's.
    let text = std::fs::read_to_string(dir.join("in").join(&names[0])).unwrap();
    std::fs::write(dir.join("in").join(&names[0]), text + "\nThêm.\n").unwrap();
    for _ in 0..2 {
        let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("was changed after vnbrief wrote it") && err.contains("--force"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(&pdf).unwrap(),
            edited,
            "the edited PDF was replaced"
        );
        let (records, summary) = manifest(&dir.join("out"));
        assert_eq!(
            (summary["failed"].as_u64(), summary["skipped"].as_u64()),
            (Some(1), Some(1))
        );
        assert_eq!(record(&records, &names[0])["status"], "failed");
    }
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--force"]));
    assert_ne!(std::fs::read(&pdf).unwrap(), edited);
    assert_whole_pdf(&pdf);
    // A PDF cut short (a power cut) is nobody's work: converted again without --force.
    let whole = std::fs::read(&pdf).unwrap();
    std::fs::write(&pdf, &whole[..whole.len() / 2]).unwrap();
    ok(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q"]));
    assert_eq!(std::fs::read(&pdf).unwrap(), whole);
}

/// Trial 7, defect 14: `--combine` into a folder that does not exist is refused before any
/// document is converted, like its other checks.
#[test]
fn combine_into_a_missing_folder_is_refused_up_front() {
    let dir = scratch("batch-combine-missing");
    make_articles(&dir.join("in"), 1);
    for target in ["nowhere/all.pdf", "in"] {
        let out = run(vnbrief(&dir).args(["batch", "in", "-o", "out", "-q", "--combine", target]));
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains("--combine"), "{}", stderr(&out));
        assert!(
            !dir.join("out/bai-000.pdf").exists(),
            "converted before the check"
        );
    }
}

/// Trial 7, defect 13: files named on the command line go to the top of OUTDIR (not to a
/// folder named after each file), and two archives of one name get folders of their own.
#[test]
fn several_inputs_of_one_name_get_folders_of_their_own() {
    let dir = scratch("batch-same-name");
    let names = make_articles(&dir.join("in"), 2);
    let article = sample();
    write_zip(&dir.join("nasty.zip"), &[("a.txt", &article)]);
    let mut tar = tar::Builder::new(Vec::new());
    let mut header = tar::Header::new_gnu();
    header.set_size(article.len() as u64);
    header.set_mode(0o644);
    header.set_cksum();
    tar.append_data(&mut header, "a.txt", &article[..]).unwrap();
    std::fs::write(dir.join("nasty.tar"), tar.into_inner().unwrap()).unwrap();
    let first = format!("in/{}", names[0]);
    let second = format!("in/{}", names[1]);
    ok(vnbrief(&dir).args([
        "batch",
        &first,
        &second,
        "nasty.zip",
        "nasty.tar",
        "-o",
        "out",
        "-q",
    ]));
    let mut want = vec![
        names[0].replace(".txt", ".pdf"),
        names[1].replace(".txt", ".pdf"),
        "nasty-2/a.pdf".to_owned(),
        "nasty/a.pdf".to_owned(),
    ];
    want.sort();
    assert_eq!(recorded_outputs(&dir.join("out")), want);
}
