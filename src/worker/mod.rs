//! Worker processes: documents converted where they can be stopped.
//!
//! Typst cannot be interrupted from inside, so a runaway template (an endless loop, a
//! string doubled until memory runs out, two hundred thousand pages) would stall or
//! abort the whole process. A [`Pool`] runs a few child processes of vnbrief's own binary
//! (`vnbrief __worker`, see [`child_main`]), each with a memory limit it sets on itself
//! at start-up; the pool gives each document a deadline. A worker that overruns, aborts
//! or crashes is killed, its document fails with the reason in words, and a new worker
//! takes its place for the next document.
//!
//! Workers are warm: each loads the fonts and the template once and evicts Typst's
//! caches on the batch's schedule. Jobs and answers are length-prefixed frames on the
//! worker's standard input and output ([`protocol`]). [`Pool`] is `Sync`: batch threads
//! and a server's blocking tasks call it directly, one document per call.

mod child;
mod process;
pub mod protocol;

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use crate::batch::StageTimes;
use crate::render::{RenderOptions, Rendered, SvgPages};
use crate::{ReadOptions, Report};
use process::Process;
use protocol::{Hello, Reply, Request};

/// The hidden subcommand that runs a worker: `vnbrief __worker`.
pub const WORKER_COMMAND: &str = "__worker";

/// The default time limit per document: a long article renders in well under a second.
pub const DEFAULT_TIME: Duration = Duration::from_secs(30);

/// The default memory limit per worker process, 2 GiB: a normal document needs a
/// few tens of megabytes, a 2 MB article a few hundred.
pub const DEFAULT_MEMORY: u64 = 2 << 30;

/// How long a new worker may take to start and report ready, at least.
const START_WAIT: Duration = Duration::from_secs(10);

/// The worker's side: runs the job loop on standard input and output; returns the exit
/// code. The binary's hidden [`WORKER_COMMAND`] calls this and nothing else.
pub fn child_main() -> i32 {
    child::run()
}

/// What one document may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock time from sending the document to its answer.
    pub time: Duration,
    /// The worker process's memory (its data segment: heap and anonymous mappings).
    pub memory_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: DEFAULT_TIME,
            memory_bytes: DEFAULT_MEMORY,
        }
    }
}

/// Where a batch or a server converts: the worker program and the limits per document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Isolation {
    /// Limits per document.
    pub limits: Limits,
    /// The vnbrief binary to run as worker.
    pub program: PathBuf,
    /// Its arguments.
    pub args: Vec<OsString>,
}

impl Isolation {
    /// This process's own executable as worker, with these limits.
    pub fn new(limits: Limits) -> Self {
        Isolation {
            limits,
            program: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("vnbrief")),
            args: vec![WORKER_COMMAND.into()],
        }
    }

    /// A pool of `workers` processes rendering with `render`.
    pub fn pool_options(&self, render: RenderOptions, workers: usize) -> PoolOptions {
        PoolOptions {
            program: self.program.clone(),
            args: self.args.clone(),
            limits: self.limits,
            ..PoolOptions::new(render, workers)
        }
    }
}

/// How to run a pool.
#[derive(Debug, Clone)]
pub struct PoolOptions {
    /// The vnbrief binary to run as worker (default: this process's own executable).
    pub program: PathBuf,
    /// Its arguments (default: the hidden [`WORKER_COMMAND`]).
    pub args: Vec<OsString>,
    /// Worker processes, at most this many documents at once.
    pub workers: usize,
    /// Limits per document.
    pub limits: Limits,
    /// Render options every document uses unless a call brings its own.
    pub render: RenderOptions,
    /// Threads for Typst's parallel layout inside each worker.
    pub threads: usize,
    /// Evict Typst's caches in a worker after every this many of its documents.
    pub evict_every: usize,
    /// Drop cached results unused for this many evictions.
    pub evict_age: usize,
}

impl PoolOptions {
    /// `workers` processes of this executable with the default limits and the batch's
    /// cache schedule, one layout thread each.
    pub fn new(render: RenderOptions, workers: usize) -> Self {
        let Isolation {
            limits,
            program,
            args,
        } = Isolation::new(Limits::default());
        PoolOptions {
            program,
            args,
            workers,
            limits,
            render,
            threads: 1,
            evict_every: crate::batch::EVICT_EVERY,
            evict_age: crate::batch::EVICT_AGE,
        }
    }
}

/// Why a worker gave no PDF for a document.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WorkerError {
    /// The document failed as it would in process (unreadable, template error…); the
    /// message names the file, as the stage wrote it.
    Document(String),
    /// The document ran past its time limit and its worker was killed.
    Timeout {
        /// The limit.
        limit: Duration,
    },
    /// The worker ran out of its memory limit.
    Memory {
        /// The limit in force, in bytes.
        limit_bytes: u64,
    },
    /// The worker died otherwise.
    Crashed(Crash),
    /// A worker could not be started.
    Start(String),
    /// A worker answered something unreadable and was killed.
    Protocol(String),
}

/// How a worker died.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Crash {
    /// Killed by this signal (not by the pool).
    Signal(i32),
    /// Its stack overflowed (deeply nested content).
    StackOverflow,
    /// It exited by itself with this code.
    Exit(i32),
}

impl fmt::Display for WorkerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkerError::Document(message) => f.write_str(message),
            WorkerError::Timeout { limit } => write!(
                f,
                "stopped after {}: the time limit per document",
                seconds(*limit)
            ),
            WorkerError::Memory { limit_bytes } => write!(
                f,
                "ran out of the {} memory limit per document",
                size(*limit_bytes)
            ),
            WorkerError::Crashed(Crash::Signal(libc::SIGKILL)) => f.write_str(
                "the worker was killed (signal 9), as the system does when memory runs out",
            ),
            WorkerError::Crashed(Crash::Signal(signal)) => {
                write!(f, "the worker crashed (signal {signal})")
            }
            WorkerError::Crashed(Crash::StackOverflow) => {
                f.write_str("the worker crashed (stack overflow: the document nests too deeply)")
            }
            WorkerError::Crashed(Crash::Exit(code)) => {
                write!(f, "the worker exited unexpectedly (code {code})")
            }
            WorkerError::Start(reason) => write!(f, "cannot start a worker process ({reason})"),
            WorkerError::Protocol(reason) => {
                write!(f, "the worker's answer was unreadable ({reason})")
            }
        }
    }
}

impl std::error::Error for WorkerError {}

impl WorkerError {
    /// The one-line message for a failed document: the stage's own message, or
    /// "failed to convert NAME (reason)".
    pub fn message_for(&self, name: &str) -> String {
        match self {
            WorkerError::Document(message) => message.clone(),
            _ => format!("failed to convert {name} ({self})"),
        }
    }

    /// True when the document hit a limit or killed its worker (not a document error).
    pub fn is_worker_failure(&self) -> bool {
        !matches!(self, WorkerError::Document(_))
    }
}

/// A worker answered a job with the product of another kind (a build mismatch).
fn unexpected_answer() -> WorkerError {
    WorkerError::Protocol("an answer of the wrong kind".into())
}

/// "30 s", "2.5 s".
fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}

/// "2 GB" for whole gibibytes, else "1500 MB" (mebibytes, as `--memory` takes them).
fn size(bytes: u64) -> String {
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GB", bytes >> 30)
    } else {
        format!("{} MB", bytes.div_ceil(1 << 20))
    }
}

/// A document converted by a worker.
#[derive(Debug, Clone)]
pub struct Converted {
    /// The report read from the input.
    pub report: Report,
    /// The PDF and its warnings.
    pub rendered: Rendered,
    /// Decode, parse, compile and export times.
    pub stages: StageTimes,
}

/// A few warm worker processes sharing the documents of a batch or a server.
pub struct Pool {
    opts: PoolOptions,
    hello: Hello,
    slots: Mutex<Slots>,
    freed: Condvar,
    replaced: AtomicUsize,
}

/// The idle workers and how many are alive (idle or busy).
struct Slots {
    idle: Vec<Process>,
    live: usize,
}

impl Pool {
    /// Starts the workers and waits until each is ready; an error means none could run
    /// (the program is missing, or the render options were refused).
    pub fn new(opts: PoolOptions) -> Result<Pool, WorkerError> {
        let opts = PoolOptions {
            workers: opts.workers.max(1),
            ..opts
        };
        let hello = Hello {
            memory_bytes: opts.limits.memory_bytes,
            threads: opts.threads.max(1),
            evict_every: opts.evict_every,
            evict_age: opts.evict_age,
            render: (&opts.render).into(),
        };
        let pool = Pool {
            slots: Mutex::new(Slots {
                idle: Vec::with_capacity(opts.workers),
                live: 0,
            }),
            freed: Condvar::new(),
            replaced: AtomicUsize::new(0),
            opts,
            hello,
        };
        let started: Vec<Process> = std::thread::scope(|scope| {
            let starting: Vec<_> = (0..pool.opts.workers)
                .map(|_| scope.spawn(|| pool.start()))
                .collect();
            starting
                .into_iter()
                .map(|s| s.join().expect("starting a worker does not panic"))
                .collect::<Result<_, _>>()
        })?;
        {
            let mut slots = pool.lock();
            slots.live = started.len();
            slots.idle = started;
        }
        Ok(pool)
    }

    /// The limits per document.
    pub fn limits(&self) -> Limits {
        self.opts.limits
    }

    /// How many workers were killed or died and were replaced so far.
    pub fn replaced(&self) -> usize {
        self.replaced.load(Ordering::Relaxed)
    }

    /// Reads an input (decode and parse, or a report JSON) and renders it, in a worker.
    /// `render` replaces the pool's render options for this document.
    pub fn convert(
        &self,
        bytes: &[u8],
        name: &str,
        read: &ReadOptions,
        render: Option<&RenderOptions>,
    ) -> Result<Converted, WorkerError> {
        let request = Request::Convert {
            name: name.to_owned(),
            read: read.into(),
            render: render.map(Into::into),
        };
        let (done, pdf) = self.run_pdf(&request, bytes)?;
        let report = done
            .report
            .ok_or_else(|| WorkerError::Protocol("no report in the answer".into()))?;
        let [decode, parse, compile, export] = done.times;
        Ok(Converted {
            report,
            stages: StageTimes {
                decode,
                parse,
                compile,
                export,
            },
            rendered: Rendered {
                pdf,
                pages: done.pages,
                warnings: done.warnings,
                compile_time: compile,
                export_time: export,
            },
        })
    }

    /// Renders a report in a worker; `name` is used in messages.
    pub fn render(
        &self,
        report: &Report,
        name: &str,
        render: Option<&RenderOptions>,
    ) -> Result<Rendered, WorkerError> {
        let request = Request::Render {
            report: Box::new(report.clone()),
            name: name.to_owned(),
            render: render.map(Into::into),
        };
        let (done, pdf) = self.run_pdf(&request, &[])?;
        let [_, _, compile, export] = done.times;
        Ok(Rendered {
            pdf,
            pages: done.pages,
            warnings: done.warnings,
            compile_time: compile,
            export_time: export,
        })
    }

    /// Draws a report as SVG pages in a worker (a preview); pages whose hash is in
    /// `known` come back as their hash alone. `name` is used in messages.
    pub fn render_svg(
        &self,
        report: &Report,
        name: &str,
        render: Option<&RenderOptions>,
        known: &[String],
    ) -> Result<SvgPages, WorkerError> {
        let request = Request::Preview {
            report: Box::new(report.clone()),
            name: name.to_owned(),
            render: render.map(Into::into),
            known: known.to_vec(),
        };
        match self.run(&request, &[])? {
            (Reply::Drawn(drawn), svgs) => drawn
                .into_pages(&svgs)
                .map_err(|e| WorkerError::Protocol(e.to_string())),
            _ => Err(unexpected_answer()),
        }
    }

    /// A PDF job: the worker's answer and the PDF.
    fn run_pdf(
        &self,
        request: &Request,
        body: &[u8],
    ) -> Result<(protocol::DoneReply, Vec<u8>), WorkerError> {
        match self.run(request, body)? {
            (Reply::Done(done), pdf) => Ok((*done, pdf)),
            _ => Err(unexpected_answer()),
        }
    }

    /// One job on an idle worker (waiting for one if all are busy); a document's own
    /// failure is [`WorkerError::Document`].
    fn run(&self, request: &Request, body: &[u8]) -> Result<(Reply, Vec<u8>), WorkerError> {
        let mut worker = self.checkout()?;
        match worker.ask(request, body, self.opts.limits.time) {
            Ok((Reply::Failed { message }, _)) => {
                self.checkin(Some(worker));
                Err(WorkerError::Document(message))
            }
            Ok((reply, out)) => {
                // Memory a worker keeps between documents counts against the next one:
                // a worker grown past half its limit is replaced before it fails one.
                let grown = reply
                    .rss_bytes()
                    .is_some_and(|rss| rss > worker.memory_bytes / 2);
                self.checkin((!grown).then_some(worker));
                Ok((reply, out))
            }
            Err(e) => {
                self.replaced.fetch_add(1, Ordering::Relaxed);
                self.checkin(None);
                Err(e)
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, Slots> {
        self.slots.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn start(&self) -> Result<Process, WorkerError> {
        Process::start(
            &self.opts,
            &self.hello,
            START_WAIT.max(self.opts.limits.time),
        )
    }

    /// An idle worker, a new one when fewer than `workers` are alive, or the next freed.
    fn checkout(&self) -> Result<Process, WorkerError> {
        let mut slots = self.lock();
        loop {
            if let Some(worker) = slots.idle.pop() {
                return Ok(worker);
            }
            if slots.live < self.opts.workers {
                slots.live += 1;
                drop(slots);
                return self.start().inspect_err(|_| self.checkin(None));
            }
            slots = self.freed.wait(slots).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Gives a worker back, or `None` when it is gone (killed, dead or retired).
    fn checkin(&self, worker: Option<Process>) {
        let mut slots = self.lock();
        match worker {
            Some(worker) => slots.idle.push(worker),
            None => slots.live -= 1,
        }
        drop(slots);
        self.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_in_words() {
        let timeout = WorkerError::Timeout {
            limit: Duration::from_secs(30),
        };
        assert_eq!(
            timeout.to_string(),
            "stopped after 30 s: the time limit per document"
        );
        let memory = WorkerError::Memory {
            limit_bytes: DEFAULT_MEMORY,
        };
        assert_eq!(
            memory.to_string(),
            "ran out of the 2 GB memory limit per document"
        );
        let memory = WorkerError::Memory {
            limit_bytes: 300 << 20,
        };
        assert_eq!(
            memory.to_string(),
            "ran out of the 300 MB memory limit per document"
        );
        let crash = WorkerError::Crashed(Crash::Signal(11));
        assert_eq!(crash.to_string(), "the worker crashed (signal 11)");
        assert_eq!(
            crash.message_for("a.txt"),
            "failed to convert a.txt (the worker crashed (signal 11))"
        );
        let short = WorkerError::Timeout {
            limit: Duration::from_millis(2500),
        };
        assert!(short.to_string().starts_with("stopped after 2.5 s"));
    }

    #[test]
    fn document_errors_keep_their_own_message() {
        let e = WorkerError::Document("failed to read a.txt (no text)".into());
        assert_eq!(e.message_for("a.txt"), "failed to read a.txt (no text)");
        assert!(!e.is_worker_failure());
        assert!(WorkerError::Crashed(Crash::Exit(3)).is_worker_failure());
    }

    #[test]
    fn a_missing_program_is_a_start_error() {
        let mut opts = PoolOptions::new(RenderOptions::default(), 1);
        opts.program = PathBuf::from("/nonexistent/vnbrief");
        match Pool::new(opts) {
            Err(WorkerError::Start(reason)) => assert_eq!(reason, "no such file"),
            other => panic!("expected a start error, got {:?}", other.err()),
        }
    }
}
