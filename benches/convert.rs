//! Benchmark of one conversion of the sample article, run with `cargo bench --bench convert`.
//!
//! Reports, side by side in one run (the machine is shared and noisy, so ratios matter):
//! - the whole `vnbrief convert` process, cold, per document;
//! - the same template and data compiled by the typst CLI (`typst compile`), when a
//!   `typst` binary is on PATH (`cargo install typst-cli --version 0.15.1 --locked`);
//! - in-process: read + parse, and compile + export of a loaded template.
//!
//! Runs alternate between the tools so drifts in machine load hit both alike.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "common/timing.rs"]
mod timing;
use timing::{median, time_process};

use vnbrief::render::{RenderOptions, Renderer};

const SAMPLE: &str = "examples/giao-ban-quy-1-2024.txt";

/// The allocator of the `vnbrief` binary, so in-process figures match the product.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let sample = root.join(SAMPLE);
    let work = std::env::temp_dir().join(format!("vnbrief-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).unwrap();

    // In-process: parse, then compile + export with the template loaded once.
    let bytes = std::fs::read(&sample).unwrap();
    let mut parse_times = Vec::new();
    let mut report = None;
    for _ in 0..runs {
        let t = Instant::now();
        report = Some(vnbrief::read_report(&bytes, "sample.txt", &Default::default()).unwrap());
        parse_times.push(t.elapsed());
    }
    let report = report.unwrap();
    let renderer = Renderer::new(&RenderOptions {
        tagged: true,
        ..Default::default()
    })
    .unwrap();
    let mut cold_render = None;
    let mut render_times = Vec::new();
    for i in 0..runs {
        // Drop every memoised result so each run lays the document out from scratch, as a
        // batch of different articles does.
        vnbrief::render::evict_caches(0);
        let t = Instant::now();
        let pdf = renderer.render(&report).unwrap();
        let took = t.elapsed();
        assert!(pdf.pdf.starts_with(b"%PDF"));
        if i == 0 {
            cold_render = Some(took);
        } else {
            render_times.push(took);
        }
    }

    // Whole processes, alternating vnbrief and the typst CLI.
    let typst_dir = prepare_typst_project(&root, &work, &report);
    let have_typst = Command::new("typst")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let exe = env!("CARGO_BIN_EXE_vnbrief");
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut theirs_no_system = Vec::new();
    for _ in 0..runs {
        ours.push(time_process(
            Command::new(exe)
                .arg("convert")
                .arg(&sample)
                .arg("-o")
                .arg(work.join("v.pdf")),
        ));
        if have_typst {
            // As a typst user runs it: the project's fonts added to the system's.
            theirs.push(time_process(
                Command::new("typst").current_dir(&typst_dir).args([
                    "compile",
                    "--font-path",
                    "fonts",
                    "briefing.typ",
                    "t.pdf",
                ]),
            ));
            // Its fastest form: no system font discovery.
            theirs_no_system.push(time_process(
                Command::new("typst")
                    .current_dir(&typst_dir)
                    .args(["compile", "--ignore-system-fonts", "--font-path", "fonts"])
                    .args(["briefing.typ", "t.pdf"]),
            ));
        }
    }

    println!("vnbrief convert benchmark: {SAMPLE}, {runs} runs, medians (min-max)");
    println!("  command: cargo bench --bench convert   (BENCH_RUNS={runs})");
    println!("  in-process read + parse        {}", stats(&parse_times));
    println!(
        "  in-process compile + export    {}  (first, cold: {})",
        stats(&render_times),
        ms(cold_render.unwrap())
    );
    println!("  whole `vnbrief convert` process {}", stats(&ours));
    if have_typst {
        let ratio = |t: &[Duration]| median(&ours).as_secs_f64() / median(t).as_secs_f64();
        println!(
            "  whole `typst compile --font-path fonts` {}",
            stats(&theirs)
        );
        println!(
            "  whole `typst compile --ignore-system-fonts --font-path fonts` {}",
            stats(&theirs_no_system)
        );
        println!(
            "  ratio vnbrief / typst CLI: {:.2} (default fonts), {:.2} (--ignore-system-fonts); target ≤ 0.50",
            ratio(&theirs),
            ratio(&theirs_no_system)
        );
    } else {
        println!("  typst CLI not found on PATH: install it with");
        println!("    cargo install typst-cli --version 0.15.1 --locked");
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// Writes the briefing template, fonts and data as a plain typst project.
fn prepare_typst_project(root: &Path, work: &Path, report: &vnbrief::Report) -> PathBuf {
    let dir = work.join("typst-project");
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    for f in ["briefing.typ", "nd30.typ"] {
        std::fs::copy(root.join("templates").join(f), dir.join(f)).unwrap();
    }
    for f in vnbrief::fonts::FONT_FILES {
        std::fs::write(dir.join("fonts").join(f.file), f.data).unwrap();
    }
    std::fs::write(
        dir.join("report.json"),
        serde_json::to_vec_pretty(report).unwrap(),
    )
    .unwrap();
    let letterhead = serde_json::to_vec_pretty(&vnbrief::render::Letterhead::default()).unwrap();
    std::fs::write(dir.join("letterhead.json"), letterhead).unwrap();
    dir
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn stats(times: &[Duration]) -> String {
    let min = times.iter().min().copied().unwrap_or_default();
    let max = times.iter().max().copied().unwrap_or_default();
    format!("{:>9} ({} - {})", ms(median(times)), ms(min), ms(max))
}
