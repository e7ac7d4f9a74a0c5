//! A batch of N documents of which 1 % are hostile, and the check of its manifest
//! (issue 12's Done-when run):
//!
//! ```text
//! cargo run --release --example hostile_batch -- make /tmp/hostile 10000
//! prlimit --as=$((2<<30)) target/release/vnbrief batch /tmp/hostile/in /tmp/hostile/bomb.zip \
//!     -o /tmp/hostile/out
//! cargo run --release --example hostile_batch -- check /tmp/hostile
//! ```
//!
//! The hostile 1 %: a letter under thousands of combining marks, 2 MB single lines,
//! `.txt` names that are endless devices (links to /dev/zero, FIFOs nobody writes), and
//! an archive bomb of `.txt` entries that inflate to 64 MiB of zeros each.

use std::io::Write;
use std::path::{Path, PathBuf};

#[path = "../benches/common/archive.rs"]
mod archive;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["make", dir] => make(Path::new(dir), 10_000),
        ["make", dir, n] => make(Path::new(dir), n.parse().expect("N is a number")),
        ["check", dir] => std::process::exit(check(Path::new(dir))),
        _ => {
            eprintln!("usage: hostile_batch make DIR [N] | check DIR");
            std::process::exit(2);
        }
    }
}

/// How many of each hostile kind, out of `n` documents: 1 % in all.
fn kinds(n: usize) -> [usize; 4] {
    let hostile = (n / 100).max(4);
    let each = hostile / 4;
    [each, each, each, hostile - 3 * each]
}

fn make(dir: &Path, n: usize) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let [floods, lines, devices, bombs] = kinds(n);
    let good = n - floods - lines - devices - bombs;
    let input = dir.join("in");
    archive::make_archive(&root, &input.join("good"), good);
    let hostile = input.join("hostile");
    std::fs::create_dir_all(&hostile).unwrap();
    let article = std::fs::read_to_string(root.join("tests/fixtures/convert/sample.txt")).unwrap();
    for i in 0..floods {
        // Issue 12 finding 5: memory grew with the square of the marks.
        let marks = if i % 2 == 0 { 3_000 } else { 10_000 };
        let flood: String = std::iter::once('a')
            .chain(std::iter::repeat_n('\u{301}', marks))
            .collect();
        let text = article.replacen("Giao ban", &format!("Giao {flood} ban"), 1);
        std::fs::write(hostile.join(format!("flood-{i:02}.txt")), text).unwrap();
    }
    let words: String = article.split_whitespace().collect::<Vec<_>>().join(" ");
    for i in 0..lines {
        // Finding 10: a 2 MB single line (just under the input limit).
        let mut line = String::with_capacity(2_000_100);
        while line.len() < 2_000_000 {
            line.push_str(&words);
            line.push(' ');
        }
        let cut = (0..=2_000_000)
            .rev()
            .find(|&k| line.is_char_boundary(k))
            .unwrap();
        line.truncate(cut);
        line.push_str(&format!(" {i}"));
        std::fs::write(hostile.join(format!("line-{i:02}.txt")), line).unwrap();
    }
    for i in 0..devices {
        // Findings 7 and 8: an endless device and a FIFO nobody writes.
        let path = hostile.join(format!("device-{i:02}.txt"));
        if i % 2 == 0 {
            std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        } else {
            let made = std::process::Command::new("mkfifo").arg(&path).status();
            assert!(made.is_ok_and(|s| s.success()), "mkfifo {}", path.display());
        }
    }
    // Finding 6: entries that inflate far beyond their size in the archive.
    let bomb = std::fs::File::create(dir.join("bomb.zip")).unwrap();
    let mut zip = zip::ZipWriter::new(bomb);
    let zeros = vec![0u8; 1 << 20];
    for i in 0..bombs {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file(format!("bomb-{i:02}.txt"), options).unwrap();
        for _ in 0..64 {
            zip.write_all(&zeros).unwrap();
        }
    }
    zip.finish().unwrap();
    println!(
        "{n} documents in {}: {good} good, {floods} combining floods, {lines} 2 MB lines, \
         {devices} endless devices, {bombs} bomb entries in {}",
        input.display(),
        dir.join("bomb.zip").display()
    );
}

/// Reads DIR/out/manifest.jsonl: every good document must be ok and every hostile one
/// failed (or ignored) with a reason, except combining floods, which convert with their
/// marks kept and a warning; returns the exit code.
fn check(dir: &Path) -> i32 {
    let manifest = std::fs::read_to_string(dir.join("out/manifest.jsonl")).unwrap();
    let records: Vec<serde_json::Value> = manifest
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|r: &serde_json::Value| r.get("input").is_some())
        .collect();
    let good: Vec<_> = records.iter().filter(|r| is_good(r)).collect();
    let hostile: Vec<_> = records.iter().filter(|r| !is_good(r)).collect();
    let good_ok = good.iter().filter(|r| r["status"] == "ok").count();
    let mut bad = 0;
    for r in &good {
        if r["status"] != "ok" {
            bad += 1;
            println!("GOOD NOT OK: {} {} {}", r["input"], r["status"], r["error"]);
        }
    }
    let mut reasons = std::collections::BTreeMap::<String, usize>::new();
    for r in &hostile {
        let mut reason = r["error"].as_str().unwrap_or_default();
        // A combining flood converts, its marks kept on dotted circles, with a warning.
        let flood_warning = r["warnings"].as_array().and_then(|w| {
            w.iter()
                .filter_map(|w| w.as_str())
                .find(|w| w.contains("combining marks"))
        });
        if let (true, Some(warning)) = (r["status"] == "ok", flood_warning) {
            reason = warning;
        } else if r["status"] == "ok" || reason.is_empty() {
            println!(
                "HOSTILE WITHOUT A REASON: {} {} {}",
                r["input"], r["status"], r["warnings"]
            );
            bad += 1;
        }
        // The reason without the file's name, to count the kinds.
        let kind = reason.split_once(" (").map_or(reason, |(_, why)| why);
        *reasons.entry(kind.to_owned()).or_default() += 1;
    }
    println!(
        "{} records: {good_ok} of {} good documents ok; {} hostile records:",
        records.len(),
        good.len(),
        hostile.len()
    );
    for (reason, count) in reasons {
        println!("  {count:4} × {reason}");
    }
    i32::from(bad > 0)
}

fn is_good(record: &serde_json::Value) -> bool {
    record["input"]
        .as_str()
        .is_some_and(|i| i.contains("good/") || i.starts_with("good"))
}
