//! Batch benchmark, run with `cargo bench --bench batch` (`BENCH_DOCS=10000` for the
//! memory-flatness run).
//!
//! Builds an archive folder of N varied articles from the corpus, then reports in one run:
//! - the floor: bare Typst compile + export of the same documents in this process;
//! - `vnbrief::batch::run` with 1 and 2 worker threads: documents/s, per-document cost as a
//!   multiple of the floor, time per stage;
//! - the same batches with each document in a worker process (`--timeout`/`--memory`
//!   limits, the default), side by side with the in-process runs: runs alternate, each
//!   `BENCH_REPEATS` times (default 3), and the medians are compared;
//! - resident memory sampled along the run, and the peak;
//! - the typst CLI run once per file on a sample of the same documents, when on PATH, as a
//!   user runs it and with `--ignore-system-fonts`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use vnbrief::batch::{self, BatchOptions, InputSpec, Progress, Record};
use vnbrief::render::{RenderOptions, Renderer};
use vnbrief::worker::{Isolation, Limits};

#[path = "common/archive.rs"]
mod archive;
use archive::make_archive;

/// The allocator of the `vnbrief` binary, so in-process figures match the product.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let docs: usize = std::env::var("BENCH_DOCS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let work = std::env::temp_dir().join(format!("vnbrief-batch-bench-{}", std::process::id()));
    let input = work.join("in");
    make_archive(&root, &input, docs);
    let render = RenderOptions {
        tagged: true,
        ..RenderOptions::default()
    };

    // The floor: compile + export only, reports parsed beforehand, one thread.
    let reports: Vec<vnbrief::Report> = std::fs::read_dir(&input)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            vnbrief::read_report(&std::fs::read(&p).unwrap(), "x.txt", &Default::default()).unwrap()
        })
        .collect();
    let renderer = Renderer::new(&render).unwrap();
    renderer.render(&reports[0]).unwrap(); // one-time initialisation, as in a batch

    // The floor is the time spent inside Typst's compile and PDF export alone (what vnbrief
    // adds around them, the report's JSON and the font check, counts against vnbrief). It
    // evicts Typst's caches on the batch's schedule and counts that too: how often and how
    // much is evicted changes the compile time as much as anything else here. One thread
    // in all: Typst's parallel layout would otherwise run on the process-wide pool.
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let floor_total = one_thread.install(|| {
        let mut total = Duration::ZERO;
        for (i, report) in reports.iter().enumerate() {
            let rendered = renderer.render(report).unwrap();
            total += rendered.compile_time + rendered.export_time;
            if (i + 1) % batch::EVICT_EVERY == 0 {
                let started = Instant::now();
                vnbrief::render::evict_caches(batch::EVICT_AGE);
                total += started.elapsed();
            }
        }
        total
    });
    let floor = floor_total.as_secs_f64() / docs as f64;

    // The batch runs read their own inputs: keep only the few reports the typst CLI needs,
    // and start the peak-memory count afresh (writing 5 to clear_refs resets VmHWM), so
    // the peak below is the batch's, not the floor's store of every report.
    let mut reports = reports;
    reports.truncate(30);
    reports.shrink_to_fit();
    let _ = std::fs::write("/proc/self/clear_refs", "5");

    let repeats: usize = std::env::var("BENCH_REPEATS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);
    let isolation = Isolation {
        program: PathBuf::from(env!("CARGO_BIN_EXE_vnbrief")),
        ..Isolation::new(Limits::default())
    };
    let mut rates = Vec::new();
    let mut isolated = Vec::new();
    let sampler = RssSampler::new(docs);
    for jobs in [1, 2] {
        let mut runs = [Vec::new(), Vec::new()];
        for _ in 0..repeats {
            // In process, then in worker processes: alternating, so a change in the
            // machine's load falls on both alike.
            for (mode, workers) in [None, Some(isolation.clone())].into_iter().enumerate() {
                let opts = BatchOptions {
                    inputs: vec![InputSpec::Dir(input.clone())],
                    out_dir: work.join(format!("out-{jobs}-{mode}")),
                    jobs,
                    read: Default::default(),
                    render: render.clone(),
                    force: true,
                    shard: None,
                    combine: None,
                    workers,
                    ..Default::default()
                };
                let progress: &dyn Progress = if mode == 0 { &sampler } else { &batch::Silent };
                let outcome = batch::run(&opts, progress).unwrap();
                assert_eq!(outcome.summary.ok, docs, "some documents failed");
                runs[mode].push((outcome.summary.ms, outcome.stages));
            }
        }
        let [in_process, workers] = runs.map(|mut r| {
            r.sort_by(|a, b| a.0.total_cmp(&b.0));
            r.swap_remove(r.len() / 2)
        });
        let row = |(ms, stages): (f64, batch::StageTimes)| {
            (
                jobs,
                docs as f64 / (ms / 1e3),
                ms / 1e3 / docs as f64,
                stages,
            )
        };
        rates.push(row(in_process));
        isolated.push(row(workers));
    }

    println!("vnbrief batch benchmark: {docs} documents made from the corpus");
    println!(
        "  command: cargo bench --bench batch   (BENCH_DOCS={docs} BENCH_REPEATS={repeats}; medians of {repeats} runs)"
    );
    println!(
        "  floor: bare compile + export, 1 thread   {:.2} ms/doc",
        floor * 1e3
    );
    for (jobs, rate, per_doc, stages) in &rates {
        println!(
            "  batch, {jobs} thread(s): {rate:7.1} docs/s  {:.2} ms/doc wall  ({:.2} × floor per thread-doc)",
            per_doc * 1e3,
            per_doc * *jobs as f64 / floor
        );
        let n = docs as f64;
        println!(
            "     per doc: decode {:.3} ms, parse {:.3} ms, compile {:.2} ms, export {:.2} ms",
            ms(stages.decode) / n,
            ms(stages.parse) / n,
            ms(stages.compile) / n,
            ms(stages.export) / n
        );
    }
    println!(
        "  2 threads / 1 thread throughput: {:.2}×",
        rates[1].1 / rates[0].1
    );
    for ((jobs, rate, _, _), (_, worker_rate, worker_per_doc, _)) in rates.iter().zip(&isolated) {
        println!(
            "  worker processes, {jobs}: {worker_rate:7.1} docs/s  {:.2} ms/doc wall  → {:+.1} % throughput vs in process (target within 5 %)",
            worker_per_doc * 1e3,
            (worker_rate / rate - 1.0) * 100.0
        );
    }
    println!(
        "  1-thread cost / floor: {:.2}× (target ≤ 1.3)",
        rates[0].2 / floor
    );
    println!("  resident memory along the runs (MB): {}", sampler.curve());
    println!(
        "  peak resident memory of the batch runs (VmHWM): {:.0} MB",
        peak_rss_mb()
    );

    let have_typst = Command::new("typst")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if have_typst {
        let sample = docs.min(30);
        // As a user runs it (system fonts searched too), and its fastest form.
        for (label, system_fonts) in [("", true), (" --ignore-system-fonts", false)] {
            let t = typst_cli_per_doc(&root, &work, &reports[..sample], system_fonts);
            println!(
                "  typst CLI{label}, one process per file ({sample} files): {:.1} ms/doc → vnbrief 2 threads is {:.1}× faster",
                t * 1e3,
                rates[1].1 * t
            );
        }
    } else {
        println!("  typst CLI not on PATH (cargo install typst-cli --version 0.15.1 --locked)");
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// Runs the typst CLI once per document on the same template and data.
fn typst_cli_per_doc(
    root: &Path,
    work: &Path,
    reports: &[vnbrief::Report],
    system_fonts: bool,
) -> f64 {
    let dir = work.join("typst");
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    for f in ["briefing.typ", "nd30.typ"] {
        std::fs::copy(root.join("templates").join(f), dir.join(f)).unwrap();
    }
    for f in vnbrief::fonts::FONT_FILES {
        std::fs::write(dir.join("fonts").join(f.file), f.data).unwrap();
    }
    let letterhead = serde_json::to_vec(&vnbrief::render::Letterhead::default()).unwrap();
    std::fs::write(dir.join("letterhead.json"), letterhead).unwrap();
    let start = Instant::now();
    for report in reports {
        std::fs::write(dir.join("report.json"), serde_json::to_vec(report).unwrap()).unwrap();
        let mut cmd = Command::new("typst");
        cmd.current_dir(&dir).arg("compile");
        if !system_fonts {
            cmd.arg("--ignore-system-fonts");
        }
        let out = cmd
            .args(["--font-path", "fonts", "briefing.typ", "t.pdf"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    start.elapsed().as_secs_f64() / reports.len() as f64
}

/// Samples resident memory every tenth of the run.
struct RssSampler {
    every: usize,
    state: Mutex<(usize, Vec<f64>)>,
}

impl RssSampler {
    fn new(docs: usize) -> Self {
        RssSampler {
            every: (docs / 10).max(1),
            state: Mutex::new((0, Vec::new())),
        }
    }

    fn curve(&self) -> String {
        let state = self.state.lock().unwrap();
        state
            .1
            .iter()
            .map(|m| format!("{m:.0}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl Progress for RssSampler {
    fn start(&self, _total: usize) {}

    fn done(&self, _record: &Record) {
        let mut state = self.state.lock().unwrap();
        state.0 += 1;
        if state.0.is_multiple_of(self.every) {
            state.1.push(status_mb("VmRSS:"));
        }
    }
}

fn status_mb(key: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn peak_rss_mb() -> f64 {
    status_mb("VmHWM:")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
