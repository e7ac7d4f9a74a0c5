//! `vnbrief batch`: validated options, a progress bar or log lines, Ctrl-C, the exit code.

use std::io::{IsTerminal, Write};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use vnbrief::batch::{self, BatchError, BatchOptions, InputSpec, Record, Status};

use super::args::BatchArgs;
use super::{megabytes, read_options, render_options, Failure};

/// The exit code of a batch stopped by Ctrl-C (128 + SIGINT, as shells report it).
const INTERRUPTED: i32 = 130;

/// Runs a batch: exit 0 when every input converted, was skipped or ignored, 1 when any
/// failed, 2 when it could not start, 130 when Ctrl-C stopped it.
pub fn run(args: BatchArgs) -> Result<(), Failure> {
    let opts = options(&args)?;
    // Ctrl-C (or SIGTERM) sets the stop flag: the batch finishes what is in flight and
    // writes its manifest; a second one ends the process at once.
    for signal in [signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM] {
        signal_hook::flag::register_conditional_shutdown(signal, INTERRUPTED, opts.stop.clone())
            .and_then(|_| signal_hook::flag::register(signal, opts.stop.clone()))
            .map_err(|e| {
                Failure::usage(format!("cannot handle Ctrl-C ({})", vnbrief::io_reason(&e)))
            })?;
    }
    let progress = Reporter::new(args.read.quiet);
    let outcome = batch::run(&opts, &progress).map_err(|e: BatchError| Failure {
        code: if e.is_usage() { 2 } else { 1 },
        message: e.to_string(),
    })?;
    progress.finish();
    let s = &outcome.summary;
    if !outcome.ignored.is_empty() {
        let mut err = std::io::stderr().lock();
        for why in &outcome.ignored {
            let _ = writeln!(err, "ignored: {why}");
        }
    }
    if s.total == 0 {
        eprintln!(
            "warning: no articles found: a batch converts files ending in .{} and the articles \
             in .zip, .tar and .tar.gz archives",
            vnbrief::batch::inputs::EXTENSIONS.join(", .")
        );
    }
    if s.ok + s.skipped > 0 {
        eprintln!(
            "{} of {} documents need review (fields found by a weak rule or of an odd shape: \"review\" in the manifest)",
            s.need_review,
            s.ok + s.skipped
        );
    }
    eprintln!(
        "{} documents: {} ok, {} failed, {} skipped, {} ignored in {:.1} s ({:.1} documents/s); \
         manifest: {}{}{}",
        s.total,
        s.ok,
        s.failed,
        s.skipped,
        s.ignored,
        s.ms / 1e3,
        s.docs_per_second,
        vnbrief::printable(&outcome.manifest.display().to_string()),
        if s.kept > 0 {
            format!(
                " (with {} records of earlier runs this one did not touch)",
                s.kept
            )
        } else {
            String::new()
        },
        if s.interrupted {
            " (interrupted: documents not started are left for the next run)"
        } else {
            ""
        }
    );
    if s.interrupted {
        return Err(Failure {
            message: "interrupted".into(),
            code: INTERRUPTED,
        });
    }
    if let Some(e) = outcome.combine_error {
        return Err(Failure::failed(e.to_string()));
    }
    if s.failed > 0 {
        return Err(Failure::failed(format!(
            "{} of {} documents failed (see the manifest)",
            s.failed, s.total
        )));
    }
    Ok(())
}

/// Checks every flag before any work.
fn options(args: &BatchArgs) -> Result<BatchOptions, Failure> {
    let inputs = args
        .inputs
        .iter()
        .map(|p| InputSpec::from_arg(p).map_err(|e| Failure::usage(e.to_string())))
        .collect::<Result<Vec<_>, _>>()?;
    if inputs
        .iter()
        .filter(|i| **i == InputSpec::StdinList)
        .count()
        > 1
    {
        return Err(Failure::usage(
            "- (the list on standard input) may be given once",
        ));
    }
    if args.output.is_file() {
        return Err(Failure::usage(format!(
            "{} is a file; -o takes a folder",
            args.output.display()
        )));
    }
    let jobs = match args.jobs {
        Some(0) => return Err(Failure::usage("--jobs must be at least 1")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let shard = match &args.shard {
        None => None,
        Some(text) => Some(parse_shard(text).ok_or_else(|| {
            Failure::usage(format!(
                "--shard {text:?}: expected K/N with 1 ≤ K ≤ N, e.g. 3/10"
            ))
        })?),
    };
    let mut read = read_options(&args.read, &args.limits)?;
    read.limits.archive_bytes = megabytes("--max-archive-mb", args.max_archive_mb)?;
    Ok(BatchOptions {
        inputs,
        out_dir: args.output.clone(),
        jobs,
        read,
        render: render_options(&args.render)?,
        force: args.force,
        shard,
        combine: args.combine.clone(),
        workers: super::worker::limits(&args.workers)?.map(vnbrief::worker::Isolation::new),
        follow: args.follow,
        stop: Arc::new(AtomicBool::new(false)),
    })
}

fn parse_shard(text: &str) -> Option<(usize, usize)> {
    let (k, n) = text.split_once('/')?;
    let (k, n): (usize, usize) = (k.trim().parse().ok()?, n.trim().parse().ok()?);
    (k >= 1 && k <= n).then_some((k, n))
}

/// Shows progress: a bar on a terminal, a line per failure and a periodic count otherwise.
struct Reporter {
    bar: Option<ProgressBar>,
    quiet: bool,
    state: Mutex<(usize, usize, Instant)>,
}

impl Reporter {
    fn new(quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new(0);
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:40} {pos}/{len} documents  {per_sec}  eta {eta}  {msg}",
                )
                .expect("valid template"),
            );
            bar
        });
        Reporter {
            bar,
            quiet,
            state: Mutex::new((0, 0, Instant::now())),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl batch::Progress for Reporter {
    fn start(&self, total: usize) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.1 = total;
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
        }
    }

    fn done(&self, record: &Record) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.0 += 1;
        let line = match record.status {
            Status::Failed => Some(format!(
                "error: {}",
                record.error.as_deref().unwrap_or("failed")
            )),
            _ => None,
        };
        match &self.bar {
            Some(bar) => {
                if let Some(line) = line {
                    bar.println(line);
                }
                bar.inc(1);
            }
            None => {
                let mut err = std::io::stderr().lock();
                if let Some(line) = line {
                    let _ = writeln!(err, "{line}");
                }
                // Without a terminal, a count every ten seconds shows the run is alive.
                if !self.quiet && state.2.elapsed().as_secs() >= 10 {
                    let _ = writeln!(err, "{} of {} documents done", state.0, state.1);
                    state.2 = Instant::now();
                }
            }
        }
    }
}
