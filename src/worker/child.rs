//! The worker process's side: set the limits, answer jobs until the pipe closes.
//!
//! Runs inside `vnbrief __worker`. Its standard output carries only frames: whatever
//! else might print there is sent to standard error, which the pool keeps the end of to
//! tell an exhausted memory limit from another crash.

use std::fs::File;
use std::io::{self, BufReader, BufWriter};
use std::os::fd::FromRawFd;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Duration;

use super::protocol::{self, DoneReply, DrawnReply, Hello, Ready, RenderSpec, Reply, Request};
use crate::batch::StageTimes;
use crate::render::{RenderOptions, Renderer};

/// Render options a job brought along, kept warm for the next job that brings them.
const KEPT_RENDERERS: usize = 4;

/// The worker's main loop; returns the process's exit code (0 when the pipe closed).
pub fn run() -> i32 {
    let (mut input, mut output) = match protocol_streams() {
        Ok(streams) => streams,
        Err(e) => {
            eprintln!("vnbrief worker: cannot set up its pipes ({e})");
            return 2;
        }
    };
    // Ctrl-C in a terminal reaches the whole process group: the parent decides what
    // becomes of a document in flight, not the signal.
    // SAFETY: setting a signal's disposition to "ignore" touches no memory of ours.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_IGN);
    }
    watch_parent();
    let hello: Hello = match protocol::read_frame(&mut input) {
        Ok(Some((hello, _))) => hello,
        Ok(None) => return 0,
        Err(e) => {
            eprintln!("vnbrief worker: bad first frame ({e})");
            return 2;
        }
    };
    let memory_bytes = set_memory_limit(hello.memory_bytes);
    let mut state = match State::new(&hello) {
        Ok(state) => state,
        Err(message) => {
            let _ = protocol::write_frame(&mut output, &Ready::Setup(message), &[]);
            return 2;
        }
    };
    if protocol::write_frame(&mut output, &Ready::Ok { memory_bytes }, &[]).is_err() {
        return 0;
    }
    let threads = match rayon::ThreadPoolBuilder::new()
        .num_threads(hello.threads.max(1))
        .thread_name(|i| format!("vnbrief-worker-layout-{i}"))
        .build()
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("vnbrief worker: cannot start its threads ({e})");
            return 2;
        }
    };
    let mut done = 0usize;
    loop {
        let (request, body): (Request, Vec<u8>) = match protocol::read_frame(&mut input) {
            Ok(Some(frame)) => frame,
            Ok(None) => return 0,
            Err(e) => {
                eprintln!("vnbrief worker: bad frame ({e})");
                return 2;
            }
        };
        // Typst's parallel layout and the PDF writer's tasks run on the pool of the
        // thread that asks: this worker's own few threads, not one per core.
        let (reply, pdf) = threads.install(|| {
            catch_unwind(AssertUnwindSafe(|| state.handle(request, &body))).unwrap_or_else(
                |panic| {
                    let what = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown panic".into());
                    let message = format!("internal error while converting ({what})");
                    (Reply::Failed { message }, Vec::new())
                },
            )
        });
        drop(body);
        if protocol::write_frame(&mut output, &reply, &pdf).is_err() {
            return 0;
        }
        done += 1;
        if hello.evict_every > 0 && done.is_multiple_of(hello.evict_every) {
            crate::render::evict_caches(hello.evict_age);
        }
    }
}

/// Frames come on standard input; they leave on a copy of standard output, and the
/// process's standard output itself is pointed at standard error.
fn protocol_streams() -> io::Result<(BufReader<io::Stdin>, BufWriter<File>)> {
    // SAFETY: plain descriptor calls; the duplicate is owned by the `File` alone, and
    // descriptor 1 stays open (now the same file as descriptor 2).
    let out = unsafe {
        let fd = libc::dup(1);
        if fd < 0 || libc::dup2(2, 1) < 0 {
            return Err(io::Error::last_os_error());
        }
        File::from_raw_fd(fd)
    };
    Ok((BufReader::new(io::stdin()), BufWriter::new(out)))
}

/// Ends the worker when its parent is gone, so a killed batch leaves no worker spinning
/// in a runaway template (an orphan is re-parented, which changes its parent id).
fn watch_parent() {
    let parent = std::os::unix::process::parent_id();
    let spawned = std::thread::Builder::new()
        .name("vnbrief-worker-watch".into())
        .spawn(move || loop {
            std::thread::sleep(Duration::from_millis(500));
            if std::os::unix::process::parent_id() != parent {
                // SAFETY: `_exit` ends the process at once, running no handler that could
                // wait on a lock held by the thread busy in Typst.
                unsafe { libc::_exit(3) }
            }
        });
    if let Err(e) = spawned {
        eprintln!("vnbrief worker: cannot watch its parent ({e})");
    }
}

/// Limits the data segment (heap and anonymous mappings) to `bytes`, or to the hard
/// limit when that is lower; returns the limit in force.
///
/// `RLIMIT_DATA` rather than `RLIMIT_AS`: the allocator reserves address space it may
/// never use, and the binary maps its embedded fonts, so an address-space limit would
/// stop a worker well before it used that much memory.
fn set_memory_limit(bytes: u64) -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `limit` is a valid rlimit for the kernel to fill and to read.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_DATA, &mut limit) != 0 {
            return u64::MAX;
        }
        let wanted = bytes.min(limit.rlim_max);
        limit.rlim_cur = wanted;
        if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
            eprintln!(
                "vnbrief worker: cannot set its memory limit ({})",
                io::Error::last_os_error()
            );
            return u64::MAX;
        }
        wanted
    }
}

/// The resident memory of this process, from `/proc/self/statm`.
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    // SAFETY: sysconf reads a constant of the system.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    pages * u64::try_from(page).unwrap_or(4096)
}

/// The warm part of a worker: its renderer, and those that jobs brought along.
struct State {
    renderer: Renderer,
    kept: Vec<(RenderSpec, Renderer)>,
}

impl State {
    fn new(hello: &Hello) -> Result<State, String> {
        let opts = RenderOptions::from(hello.render.clone());
        let renderer = Renderer::new(&opts).map_err(|e| e.to_string())?;
        Ok(State {
            renderer,
            kept: Vec::new(),
        })
    }

    /// The renderer for a job's options: the worker's own, or one kept or made for them.
    fn renderer(&mut self, spec: Option<RenderSpec>) -> Result<&Renderer, String> {
        let Some(spec) = spec else {
            return Ok(&self.renderer);
        };
        let at = match self.kept.iter().position(|(s, _)| *s == spec) {
            Some(at) => at,
            None => {
                let renderer =
                    Renderer::new(&RenderOptions::from(spec.clone())).map_err(|e| e.to_string())?;
                if self.kept.len() == KEPT_RENDERERS {
                    self.kept.remove(0);
                }
                self.kept.push((spec, renderer));
                self.kept.len() - 1
            }
        };
        Ok(&self.kept[at].1)
    }

    fn handle(&mut self, request: Request, body: &[u8]) -> (Reply, Vec<u8>) {
        let failed = |message: String| (Reply::Failed { message }, Vec::new());
        let mut stages = StageTimes::default();
        // A convert job sends its report back (the batch prints its warnings and may
        // combine it); a render job's report is the caller's already.
        let (report, name, render, send_back) = match request {
            Request::Convert { name, read, render } => {
                let read = match read.to_options() {
                    Ok(read) => read,
                    Err(e) => return failed(format!("failed to read {name} ({e})")),
                };
                match crate::read_report_timed(body, &name, &read, &mut stages) {
                    Ok(report) => (report, name, render, true),
                    Err(e) => return failed(e.to_string()),
                }
            }
            Request::Render {
                report,
                name,
                render,
            } => (*report, name, render, false),
            Request::Preview {
                report,
                name,
                render,
                known,
            } => {
                let renderer = match self.renderer(render) {
                    Ok(r) => r,
                    Err(message) => return failed(message),
                };
                return match renderer.render_svg(&report, &known) {
                    Ok(pages) => {
                        let (drawn, svgs) = DrawnReply::new(pages, resident_bytes());
                        (Reply::Drawn(Box::new(drawn)), svgs)
                    }
                    Err(e) => failed(e.message_for(&name)),
                };
            }
        };
        let renderer = match self.renderer(render) {
            Ok(r) => r,
            Err(message) => return failed(message),
        };
        match renderer.render(&report) {
            Ok(rendered) => {
                let done = DoneReply {
                    report: send_back.then_some(report),
                    pages: rendered.pages,
                    warnings: rendered.warnings,
                    times: [
                        stages.decode,
                        stages.parse,
                        rendered.compile_time,
                        rendered.export_time,
                    ],
                    rss_bytes: resident_bytes(),
                };
                (Reply::Done(Box::new(done)), rendered.pdf)
            }
            Err(e) => failed(e.message_for(&name)),
        }
    }
}
