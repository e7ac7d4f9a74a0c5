//! One worker process seen from the pool: started, asked, and killed when it overruns.

use std::collections::VecDeque;
use std::io::{self, BufWriter, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::protocol::{self, Hello, Ready, Reply, Request};
use super::{Crash, PoolOptions, WorkerError};

/// How much of a worker's standard error is kept: enough for the allocator's last words.
const STDERR_TAIL: usize = 8 * 1024;

/// What the reader thread hands over: a raw frame, the end of the stream, or an error.
type Incoming = io::Result<Option<(Vec<u8>, Vec<u8>)>>;

/// A running worker process.
pub(super) struct Process {
    child: Child,
    stdin: BufWriter<ChildStdin>,
    incoming: Receiver<Incoming>,
    stderr: Arc<Mutex<VecDeque<u8>>>,
    stderr_reader: Option<JoinHandle<()>>,
    /// The memory limit the worker reported in force.
    pub memory_bytes: u64,
}

impl Process {
    /// Starts a worker, sends it its set-up and waits (up to `wait`) until it is ready.
    pub fn start(opts: &PoolOptions, hello: &Hello, wait: Duration) -> Result<Self, WorkerError> {
        let start_error = |e: io::Error| WorkerError::Start(crate::io_reason(&e));
        let mut child = Command::new(&opts.program)
            .args(&opts.args)
            // mimalloc reserves 1 GiB of address space up front, which the data-segment
            // limit counts as used; reserving in small steps makes the limit mean memory.
            .env("MIMALLOC_ARENA_RESERVE", "32MiB")
            // A backtrace of an aborting worker takes seconds to symbolise and nobody
            // reads it: the pool keeps only the last lines of its standard error.
            .env("RUST_BACKTRACE", "0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(start_error)?;
        let (Some(stdin), Some(mut stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            unreachable!("all three streams were piped");
        };
        let (tx, incoming) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("vnbrief-worker-reader".into())
            .spawn(move || loop {
                let frame = protocol::read_raw_frame(&mut stdout);
                let last = !matches!(frame, Ok(Some(_)));
                if tx.send(frame).is_err() || last {
                    break;
                }
            });
        let tail = Arc::new(Mutex::new(VecDeque::with_capacity(STDERR_TAIL)));
        let kept = Arc::clone(&tail);
        let stderr_reader = std::thread::Builder::new()
            .name("vnbrief-worker-stderr".into())
            .spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n @ 1..) = stderr.read(&mut buf) {
                    let mut tail = kept.lock().unwrap_or_else(|e| e.into_inner());
                    tail.extend(&buf[..n]);
                    let over = tail.len().saturating_sub(STDERR_TAIL);
                    tail.drain(..over);
                }
            });
        let mut process = Process {
            child,
            stdin: BufWriter::new(stdin),
            incoming,
            stderr: tail,
            stderr_reader: None,
            memory_bytes: hello.memory_bytes,
        };
        match (spawned, stderr_reader) {
            (Ok(_), Ok(handle)) => process.stderr_reader = Some(handle),
            (Err(e), _) | (_, Err(e)) => return Err(start_error(e)),
        }
        if let Err(e) = protocol::write_frame(&mut process.stdin, hello, &[]) {
            return Err(process.dead(Some(e)));
        }
        let (header, _) = process.receive(Instant::now() + wait, wait)?;
        match protocol::parse_header(&header) {
            Ok(Ready::Ok { memory_bytes }) => process.memory_bytes = memory_bytes,
            Ok(Ready::Setup(reason)) => {
                process.kill();
                return Err(WorkerError::Start(reason));
            }
            Err(e) => {
                process.kill();
                return Err(WorkerError::Protocol(e.to_string()));
            }
        }
        Ok(process)
    }

    /// Sends one job and waits for its answer until `limit` has passed. On any error
    /// the process is dead (killed here if it was still running).
    pub fn ask(
        &mut self,
        request: &Request,
        body: &[u8],
        limit: Duration,
    ) -> Result<(Reply, Vec<u8>), WorkerError> {
        let deadline = Instant::now() + limit;
        if let Err(e) = protocol::write_frame(&mut self.stdin, request, body) {
            return Err(self.dead(Some(e)));
        }
        let (header, body) = self.receive(deadline, limit)?;
        match protocol::parse_header(&header) {
            Ok(reply) => Ok((reply, body)),
            Err(e) => {
                self.kill();
                Err(WorkerError::Protocol(e.to_string()))
            }
        }
    }

    /// The next frame, or why none will come.
    fn receive(
        &mut self,
        deadline: Instant,
        limit: Duration,
    ) -> Result<(Vec<u8>, Vec<u8>), WorkerError> {
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.incoming.recv_timeout(wait) {
            Ok(Ok(Some(frame))) => Ok(frame),
            Ok(Ok(None)) | Err(RecvTimeoutError::Disconnected) => Err(self.dead(None)),
            Ok(Err(e)) => Err(self.dead(Some(e))),
            Err(RecvTimeoutError::Timeout) => {
                self.kill();
                Err(WorkerError::Timeout { limit })
            }
        }
    }

    /// Why the process stopped answering: its exit read from its status and the end of
    /// its standard error. `io` is the pipe error that showed it, if any.
    fn dead(&mut self, io: Option<io::Error>) -> WorkerError {
        // A pipe error with the process still running (it closed its output) is a
        // protocol failure; it is killed all the same so it cannot linger.
        let status = match self.wait_exit(Duration::from_secs(5)) {
            Some(status) => status,
            None => {
                self.kill();
                let reason = io.map_or("the pipe closed".into(), |e| crate::io_reason(&e));
                return WorkerError::Protocol(reason);
            }
        };
        if let Some(reader) = self.stderr_reader.take() {
            let _ = reader.join();
        }
        let tail = {
            let tail = self.stderr.lock().unwrap_or_else(|e| e.into_inner());
            String::from_utf8_lossy(&tail.iter().copied().collect::<Vec<u8>>()).into_owned()
        };
        // Rust's allocator error handler prints this, then aborts.
        if tail.contains("memory allocation of") {
            return WorkerError::Memory {
                limit_bytes: self.memory_bytes,
            };
        }
        if tail.contains("has overflowed its stack") {
            return WorkerError::Crashed(Crash::StackOverflow);
        }
        match (status.signal(), status.code()) {
            (Some(signal), _) => WorkerError::Crashed(Crash::Signal(signal)),
            (None, Some(code)) => WorkerError::Crashed(Crash::Exit(code)),
            (None, None) => WorkerError::Crashed(Crash::Exit(-1)),
        }
    }

    /// The exit status once the process has exited, waiting up to `wait` (a process that
    /// closed its pipes is usually exiting; a large one takes a moment to be torn down).
    fn wait_exit(&mut self, wait: Duration) -> Option<std::process::ExitStatus> {
        let until = Instant::now() + wait;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return Some(status),
                Ok(None) if Instant::now() < until => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                _ => return None,
            }
        }
    }

    /// Kills the process and reaps it.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        // An idle worker holds no work: killing it loses nothing and cannot hang.
        self.kill();
    }
}
