//! `vnbrief serve` benchmark, run with `nice -n 19 cargo bench --bench serve`.
//!
//! Starts the server binary on a free port, reads the sample article through `/api/parse`,
//! then edits one field (the first chair's position) again and again, asking for the
//! preview after each edit with the hashes of the pages already drawn, as the page does.
//! Reports in one run, side by side:
//! - the re-preview after a one-field edit: Typst's compile + SVG in the worker, the whole
//!   request in the server, and the HTTP round trip a client sees, median and 95th
//!   percentile; with the server's worker processes (the default) and `--in-process`;
//! - as the browser sees it: the browser suite's timing case (tests/browser, Chromium),
//!   when node, Chromium and the suite's packages are there;
//! - a cold `vnbrief convert` process of the same article, and `typst compile` of the same
//!   document (the same template, data and fonts, exported by `vnbrief templates export`),
//!   the typst binary from `TYPST_BIN` or PATH; the ratios re-preview / typst compile;
//! - the resident memory of the server and its workers after the warm-up and along the
//!   edits.
//!
//! `BENCH_EDITS` (default 1000) edits per server, `BENCH_RUNS` (default 20) cold processes
//! of each tool, `BENCH_BROWSER=0` skips the browser.

#[allow(dead_code)]
#[path = "../tests/serve/client.rs"]
mod client;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "common/timing.rs"]
mod timing;
use timing::{median, sorted, time_process};

use serde_json::{json, Value};

const SAMPLE: &str = "examples/giao-ban-quy-1-2024.txt";

/// Edits before measuring: the first previews load fonts and fill Typst's caches.
const WARM_UP: usize = 10;

fn main() {
    let edits = env_number("BENCH_EDITS", 1000).max(1);
    let runs = env_number("BENCH_RUNS", 20).max(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = std::env::temp_dir().join(format!("vnbrief-serve-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();
    let sample = root.join(SAMPLE);
    let bytes = std::fs::read(&sample).unwrap();
    let exe = env!("CARGO_BIN_EXE_vnbrief");

    let workers = edit_session(&[], &bytes, edits);
    let in_process = edit_session(&["--in-process"], &bytes, edits);
    let browser = browser_timing(&root, exe);

    // Whole processes of the same document, alternating the tools.
    let typst = typst_binary();
    let typst_dir = typst_project(&work, &workers.report);
    let mut convert = Vec::new();
    let mut typst_fonts = Vec::new();
    let mut typst_alone = Vec::new();
    for _ in 0..runs {
        convert.push(time_process(
            Command::new(exe)
                .arg("convert")
                .arg(&sample)
                .arg("-o")
                .arg(work.join("v.pdf")),
        ));
        if let Some((bin, _)) = &typst {
            // As a typst user runs it: the project's fonts added to the system's; and
            // with the project's fonts only, as vnbrief uses its embedded ones.
            typst_fonts.push(time_process(
                Command::new(bin).current_dir(&typst_dir).args([
                    "compile",
                    "--font-path",
                    "fonts",
                    "briefing.typ",
                    "t.pdf",
                ]),
            ));
            typst_alone.push(time_process(
                Command::new(bin).current_dir(&typst_dir).args([
                    "compile",
                    "--ignore-system-fonts",
                    "--font-path",
                    "fonts",
                    "briefing.typ",
                    "t.pdf",
                ]),
            ));
        }
    }

    println!("vnbrief serve benchmark: {SAMPLE}, briefing template, {edits} one-field edits per server (first chair's position), each re-previewed");
    println!(
        "  command: nice -n 19 cargo bench --bench serve   (BENCH_EDITS={edits} BENCH_RUNS={runs})"
    );
    for (label, session) in [
        ("worker processes (default)", &workers),
        ("--in-process", &in_process),
    ] {
        println!(
            "  re-preview, server {label}: {:.2} pages drawn per edit",
            session.drawn as f64 / edits as f64
        );
        println!("    Typst compile + SVG     {}", stats(&session.typst));
        println!("    whole request, server   {}", stats(&session.server));
        println!("    HTTP round trip, client {}", stats(&session.http));
        println!(
            "    resident memory, server + workers: {}",
            session.memory()
        );
    }
    match &browser {
        Ok(lines) => {
            for line in lines {
                println!("  {line}");
            }
        }
        Err(why) => println!("  browser timing not measured: {why}"),
    }
    println!(
        "  cold `vnbrief convert` process                          {}",
        stats(&convert)
    );
    match &typst {
        Some((_, version)) => {
            println!(
                "  `typst compile --font-path fonts` ({version})      {}",
                stats(&typst_fonts)
            );
            println!(
                "  `typst compile --ignore-system-fonts --font-path fonts` {}",
                stats(&typst_alone)
            );
            println!("  ratio median re-preview (worker processes) / median typst compile (target ≤ 0.30):");
            for (label, times) in [
                ("whole request, server  ", &workers.server),
                ("HTTP round trip, client", &workers.http),
            ] {
                println!(
                    "    {label}: {:.2} × `typst compile --font-path fonts`, {:.2} × with --ignore-system-fonts",
                    ratio(times, &typst_fonts),
                    ratio(times, &typst_alone)
                );
            }
        }
        None => {
            println!("  typst CLI not found (TYPST_BIN or PATH): ratio not measured");
            println!(
                "  ratio median HTTP re-preview / cold vnbrief convert: {:.2}",
                ratio(&workers.http, &convert)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// One server's edits: the times of each re-preview and the memory along the way.
struct Session {
    /// The report as last edited.
    report: Value,
    typst: Vec<Duration>,
    server: Vec<Duration>,
    http: Vec<Duration>,
    /// Pages sent with their SVG over the measured edits.
    drawn: usize,
    /// (edits done, server KiB, workers KiB), the first after the warm-up.
    rss: Vec<(usize, u64, u64)>,
    /// Worker process ids seen along the edits.
    worker_ids: std::collections::BTreeSet<u32>,
}

impl Session {
    /// "after warm-up … MB (server … + workers …); 250 edits: … MB; …; moved … MB".
    fn memory(&self) -> String {
        let mb = |kib: u64| kib as f64 / 1024.0;
        let total = |r: &(usize, u64, u64)| r.1 + r.2;
        let (first, last) = (&self.rss[0], self.rss.last().unwrap());
        let min = self.rss.iter().map(total).min().unwrap();
        let max = self.rss.iter().map(total).max().unwrap();
        let along: Vec<String> = self.rss[1..]
            .iter()
            .map(|r| format!("{}: {:.1}", r.0, mb(total(r))))
            .collect();
        format!(
            "after warm-up {:.1} MB (server {:.1} + workers {:.1}); after edits {} MB; moved {:+.1} MB (range {:.1}-{:.1}); {} worker process(es) seen",
            mb(total(first)),
            mb(first.1),
            mb(first.2),
            along.join(", "),
            mb(total(last)) - mb(total(first)),
            mb(min),
            mb(max),
            self.worker_ids.len()
        )
    }
}

/// Starts a server with `args`, parses the sample, warms up, then times `edits` edits.
fn edit_session(args: &[&str], article: &[u8], edits: usize) -> Session {
    let server = client::Server::start(args);
    let parsed = server.call("POST", "/api/parse?name=sample.txt", article);
    assert_eq!(parsed.status, 200, "{}", parsed.text());
    let mut session = Session {
        report: parsed.json(),
        typst: Vec::with_capacity(edits),
        server: Vec::with_capacity(edits),
        http: Vec::with_capacity(edits),
        drawn: 0,
        rss: Vec::new(),
        worker_ids: Default::default(),
    };
    let mut have = Vec::new();
    for i in 0..WARM_UP {
        let position = format!("Chức vụ khởi động {i}");
        preview(&server, &mut session.report, &position, &mut have);
    }
    let memory = |done: usize, session: &mut Session| {
        let workers = server.workers();
        session.worker_ids.extend(&workers);
        let workers_kib = workers.iter().map(|&pid| client::rss_kib(pid)).sum();
        let server_kib = client::rss_kib(server.pid());
        session.rss.push((done, server_kib, workers_kib));
    };
    memory(0, &mut session);
    for i in 0..edits {
        let position = format!("Cục trưởng lần sửa {i}");
        let timed = preview(&server, &mut session.report, &position, &mut have);
        session.typst.push(timed.typst);
        session.server.push(timed.server);
        session.http.push(timed.http);
        session.drawn += timed.drawn;
        if (i + 1) % (edits / 4).max(1) == 0 {
            memory(i + 1, &mut session);
        }
    }
    session
}

/// What one preview took.
struct Timed {
    typst: Duration,
    server: Duration,
    http: Duration,
    drawn: usize,
}

/// Sets the first chair's position and asks for the preview, saying which pages are drawn
/// already (as the page does).
fn preview(
    server: &client::Server,
    report: &mut Value,
    position: &str,
    have: &mut Vec<Value>,
) -> Timed {
    report["chairs"][0]["position"] = json!(position);
    let body = serde_json::to_vec(&json!({"report": report, "template": "briefing", "have": have}))
        .unwrap();
    let started = Instant::now();
    let answer = server.call("POST", "/api/preview", &body);
    let http = started.elapsed();
    assert_eq!(answer.status, 200, "{}", answer.text());
    let value = answer.json();
    let ms = |key: &str| Duration::from_secs_f64(value[key].as_f64().unwrap() / 1e3);
    let pages = value["pages"].as_array().unwrap();
    *have = pages.iter().map(|p| p["hash"].clone()).collect();
    Timed {
        typst: ms("compile_ms") + ms("draw_ms"),
        server: ms("server_ms"),
        http,
        drawn: pages.iter().filter(|p| !p["svg"].is_null()).count(),
    }
}

/// The browser suite's timing case against this binary: its figure lines, or why not.
fn browser_timing(root: &Path, exe: &str) -> Result<Vec<String>, String> {
    if std::env::var("BENCH_BROWSER").is_ok_and(|v| v == "0") {
        return Err("BENCH_BROWSER=0".into());
    }
    let suite = root.join("tests/browser");
    if !suite.join("node_modules/playwright-core").is_dir() {
        return Err(
            "tests/browser/node_modules missing (bash tests/browser/run installs it)".into(),
        );
    }
    let out = Command::new("node")
        .current_dir(&suite)
        .args(["--test", "--test-name-pattern", "timing", "serve.test.mjs"])
        .env("VNBRIEF_BIN", exe)
        .output()
        .map_err(|e| format!("node does not start ({e})"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let tail: Vec<&str> = stdout.lines().rev().take(15).collect();
        return Err(format!(
            "the browser suite failed: {}",
            tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
        ));
    }
    let lines: Vec<String> = stdout
        .lines()
        .filter_map(|l| l.trim_start_matches(['#', ' ']).strip_prefix("browser: "))
        .map(|l| format!("as the browser sees it (Chromium), {l}"))
        .collect();
    if lines.is_empty() {
        return Err("the browser suite printed no timing".into());
    }
    Ok(lines)
}

/// The typst CLI from `TYPST_BIN` or PATH, with its version line, if it runs.
fn typst_binary() -> Option<(PathBuf, String)> {
    let bin = std::env::var_os("TYPST_BIN").map_or_else(|| PathBuf::from("typst"), PathBuf::from);
    let out = Command::new(&bin).arg("--version").output().ok()?;
    out.status.success().then(|| {
        let version = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        (bin, version)
    })
}

/// The briefing template as `vnbrief templates export` writes it (template, fonts), with
/// the edited report and the letterhead the server used (its default).
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

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn ratio(times: &[Duration], base: &[Duration]) -> f64 {
    median(times).as_secs_f64() / median(base).as_secs_f64()
}

fn stats(times: &[Duration]) -> String {
    let v = sorted(times);
    let p95 = v[((v.len() * 95) / 100).min(v.len() - 1)];
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
    format!(
        "median {:>8}  p95 {:>8}  (n={})",
        ms(v[v.len() / 2]),
        ms(p95),
        v.len()
    )
}
