//! `vnbrief serve` benchmark, run with `cargo bench --bench serve` (`BENCH_EDITS=1000`).
//!
//! Starts the server binary on a free port, reads the sample article through `/api/parse`,
//! then edits one field (the first chair's position) again and again, asking for the
//! preview after each edit, as the page does. Reports in one run, side by side:
//! - re-preview latency after a one-field edit, server side (compile + SVG) and as a client
//!   sees it (HTTP round trip with the JSON both ways), median and 95th percentile;
//! - a cold `vnbrief convert` process of the same article;
//! - `typst compile` of the same template and data, when a `typst` binary is on PATH;
//! - the server's resident memory after the warm-up and along the edits.

#[allow(dead_code)]
#[path = "../tests/serve/client.rs"]
mod client;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const SAMPLE: &str = "examples/giao-ban-quy-1-2024.txt";

/// Pages drawn (sent with their SVG) over the measured edits.
static DRAWN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn main() {
    let edits: usize = std::env::var("BENCH_EDITS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = std::env::temp_dir().join(format!("vnbrief-serve-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let sample = root.join(SAMPLE);
    let bytes = std::fs::read(&sample).unwrap();

    let server = client::Server::start(&[]);
    let parsed = server.call("POST", "/api/parse?name=sample.txt", &bytes);
    assert_eq!(parsed.status, 200, "{}", parsed.text());
    let mut report = parsed.json();

    // Warm-up: the first previews load fonts and fill Typst's caches.
    let mut have = Vec::new();
    for i in 0..10 {
        preview(
            &server,
            &mut report,
            &format!("Chức vụ khởi động {i}"),
            &mut have,
        );
    }
    let rss_start = rss_kib(server.pid());
    DRAWN.store(0, std::sync::atomic::Ordering::Relaxed);
    let mut server_side = Vec::with_capacity(edits);
    let mut client_side = Vec::with_capacity(edits);
    let mut rss_along = Vec::new();
    for i in 0..edits {
        let position = format!("Cục trưởng lần sửa {i}");
        let (server_ms, client) = preview(&server, &mut report, &position, &mut have);
        server_side.push(Duration::from_secs_f64(server_ms / 1e3));
        client_side.push(client);
        if (i + 1) % (edits / 4).max(1) == 0 {
            rss_along.push((i + 1, rss_kib(server.pid())));
        }
    }

    // Whole processes of the same article, alternating the tools.
    let exe = env!("CARGO_BIN_EXE_vnbrief");
    let typst_dir = typst_project(&work, &report);
    let have_typst = Command::new("typst")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let runs = 10;
    let mut convert = Vec::new();
    let mut typst = Vec::new();
    for _ in 0..runs {
        convert.push(time_process(
            Command::new(exe)
                .arg("convert")
                .arg(&sample)
                .arg("-o")
                .arg(work.join("v.pdf")),
        ));
        if have_typst {
            typst.push(time_process(
                Command::new("typst")
                    .current_dir(&typst_dir)
                    .args(["compile", "--ignore-system-fonts", "--font-path", "fonts"])
                    .args(["briefing.typ", "t.pdf"]),
            ));
        }
    }

    println!("vnbrief serve benchmark: {SAMPLE}, {edits} one-field edits, each re-previewed");
    println!("  command: cargo bench --bench serve   (BENCH_EDITS={edits})");
    println!(
        "  re-preview, server side (compile + SVG)  {}  ({:.2} pages drawn per edit)",
        stats(&server_side),
        DRAWN.load(std::sync::atomic::Ordering::Relaxed) as f64 / edits as f64
    );
    println!(
        "  re-preview, as the client sees it (HTTP) {}",
        stats(&client_side)
    );
    println!(
        "  cold `vnbrief convert` process           {}",
        stats(&convert)
    );
    if have_typst {
        println!(
            "  `typst compile --ignore-system-fonts`    {}",
            stats(&typst)
        );
        println!(
            "  ratio median client re-preview / typst compile: {:.2} (target ≤ 0.30)",
            median(&client_side).as_secs_f64() / median(&typst).as_secs_f64()
        );
    } else {
        println!("  typst CLI not on PATH (cargo install typst-cli --version 0.15.1 --locked);");
        println!(
            "  ratio median client re-preview / cold vnbrief convert: {:.2}",
            median(&client_side).as_secs_f64() / median(&convert).as_secs_f64()
        );
    }
    let along: Vec<String> = rss_along
        .iter()
        .map(|(n, kib)| format!("{n}: {:.1} MB", *kib as f64 / 1024.0))
        .collect();
    let end = rss_along.last().map(|(_, k)| *k).unwrap_or(rss_start);
    println!(
        "  server resident memory: after warm-up {:.1} MB; after edits {}; drift {:+.1} MB",
        rss_start as f64 / 1024.0,
        along.join(", "),
        (end as f64 - rss_start as f64) / 1024.0
    );
    drop(server);
    let _ = std::fs::remove_dir_all(&work);
}

/// Sets the first chair's position and asks for the preview, saying which pages are drawn
/// already (as the page does): (server ms, round trip).
fn preview(
    server: &client::Server,
    report: &mut Value,
    position: &str,
    have: &mut Vec<Value>,
) -> (f64, Duration) {
    report["chairs"][0]["position"] = json!(position);
    let body = serde_json::to_vec(&json!({"report": report, "template": "briefing", "have": have}))
        .unwrap();
    let started = Instant::now();
    let answer = server.call("POST", "/api/preview", &body);
    let took = started.elapsed();
    assert_eq!(answer.status, 200, "{}", answer.text());
    let value = answer.json();
    let server_ms = value["compile_ms"].as_f64().unwrap() + value["draw_ms"].as_f64().unwrap();
    let pages = value["pages"].as_array().unwrap();
    *have = pages.iter().map(|p| p["hash"].clone()).collect();
    DRAWN.fetch_add(
        pages.iter().filter(|p| !p["svg"].is_null()).count(),
        std::sync::atomic::Ordering::Relaxed,
    );
    (server_ms, took)
}

/// Resident memory of a process in KiB, from /proc.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The briefing template as `vnbrief templates export` writes it, with the same data.
fn typst_project(work: &Path, report: &Value) -> PathBuf {
    let dir = work.join("typst-project");
    time_process(
        Command::new(env!("CARGO_BIN_EXE_vnbrief"))
            .args(["templates", "export", "briefing"])
            .arg(&dir),
    );
    std::fs::write(
        dir.join("report.json"),
        serde_json::to_vec_pretty(report).unwrap(),
    )
    .unwrap();
    let letterhead = serde_json::to_vec_pretty(&vnbrief::render::Letterhead::default()).unwrap();
    std::fs::write(dir.join("letterhead.json"), letterhead).unwrap();
    dir
}

fn time_process(cmd: &mut Command) -> Duration {
    let started = Instant::now();
    let out = cmd.output().expect("process starts");
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

fn sorted(times: &[Duration]) -> Vec<Duration> {
    let mut v = times.to_vec();
    v.sort();
    v
}

fn median(times: &[Duration]) -> Duration {
    sorted(times)[times.len() / 2]
}

fn stats(times: &[Duration]) -> String {
    let v = sorted(times);
    let p95 = v[((v.len() * 95) / 100).min(v.len() - 1)];
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
    format!(
        "median {:>9}  p95 {:>9}  (n={})",
        ms(v[v.len() / 2]),
        ms(p95),
        v.len()
    )
}
