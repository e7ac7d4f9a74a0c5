//! The compile engine behind the page: warm renderers (template and letterhead loaded
//! once), compiles off the async runtime, a bounded queue, a time limit per compile and
//! Typst's memoised results evicted as edits come in.
//!
//! Every compile goes through [`Engine::run`]. When the server has a pool (the default),
//! previews (SVG) and PDFs alike go to the stoppable worker processes of [`crate::worker`]:
//! a runaway template is killed at its deadline or memory limit and its worker replaced,
//! and a worker keeps its renderers and Typst's caches between jobs, so a re-preview after
//! an edit lays out only what changed. Without a pool (`--in-process`) [`compile`] runs
//! here: a compile past its time limit is abandoned (the request gets its answer and its
//! slot is freed, the thread finishes its compile in the background).

use std::collections::VecDeque;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::Semaphore;

use crate::model::Report;
use crate::render::{self, Letterhead, RenderError, RenderOptions, Renderer, TemplateChoice};

/// How much the engine takes on.
#[derive(Debug, Clone)]
pub struct EngineLimits {
    /// Compiles running at once.
    pub jobs: usize,
    /// Requests allowed to wait for a free compile slot; beyond them the answer is 503.
    pub queue: usize,
    /// The longest one compile may take.
    pub time_limit: Duration,
}

impl Default for EngineLimits {
    fn default() -> Self {
        EngineLimits {
            jobs: 2,
            queue: 8,
            time_limit: crate::worker::DEFAULT_TIME,
        }
    }
}

/// What to compile.
#[derive(Debug, Clone)]
pub struct Job {
    /// The report as edited.
    pub report: Report,
    /// Render options: the template and letterhead the page chose over the server's settings.
    pub options: RenderOptions,
    /// SVG pages or a PDF.
    pub kind: JobKind,
    /// Hashes of the preview pages the page already shows: those are not drawn again.
    pub known: Vec<String>,
}

/// The two products.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// SVG pages for the live preview.
    Preview,
    /// The PDF, as `vnbrief render` writes it.
    Pdf,
}

/// A finished compile.
#[derive(Debug)]
pub enum Output {
    /// Preview pages.
    Preview(render::SvgPages),
    /// A PDF.
    Pdf(render::Rendered),
}

/// Why a compile gave no document.
#[derive(Debug)]
#[non_exhaustive]
pub enum CompileError {
    /// Every slot and queue place is taken.
    Busy,
    /// The compile ran past the time limit.
    TimedOut(Duration),
    /// The template or the PDF export failed.
    Render(RenderError),
    /// The compile thread panicked.
    Crashed,
    /// A worker process gave no PDF: the document failed, or ran past a limit and the
    /// worker was killed.
    Worker(crate::worker::WorkerError),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Busy => f.write_str("the server is busy: too many documents at once"),
            CompileError::TimedOut(limit) => write!(
                f,
                "the template took longer than the {} s time limit and was stopped",
                limit.as_secs_f64()
            ),
            CompileError::Render(e) => e.fmt(f),
            CompileError::Crashed => f.write_str("the compile crashed"),
            CompileError::Worker(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CompileError {}

/// Renderers kept warm, by template and letterhead; a few, most recent first.
const WARM_RENDERERS: usize = 8;

/// Memoised results unused for this many compiles are dropped (typst's watch mode keeps 10).
pub const CACHE_MAX_AGE: usize = 10;

/// The engine: limits, the warm renderers and the count of compiles still running.
pub struct Engine {
    limits: EngineLimits,
    slots: Arc<Semaphore>,
    /// Requests waiting or compiling.
    admitted: AtomicUsize,
    /// Compiles abandoned at their time limit that have not finished yet.
    abandoned: Arc<AtomicUsize>,
    warm: Arc<Warm>,
    /// Worker processes for every compile, if the server runs them.
    pool: Option<Arc<crate::worker::Pool>>,
}

impl Engine {
    /// An engine with these limits.
    pub fn new(limits: EngineLimits, pool: Option<crate::worker::Pool>) -> Self {
        Engine {
            pool: pool.map(Arc::new),
            slots: Arc::new(Semaphore::new(limits.jobs.max(1))),
            limits,
            admitted: AtomicUsize::new(0),
            abandoned: Arc::new(AtomicUsize::new(0)),
            warm: Arc::new(Mutex::new(VecDeque::new())),
        }
    }

    /// Compiles abandoned at their time limit and still running.
    pub fn abandoned(&self) -> usize {
        self.abandoned.load(Ordering::Relaxed)
    }

    /// Runs one job: waits for a slot (503 beyond the queue), compiles off the runtime,
    /// gives up at the time limit.
    pub async fn run(&self, job: Job) -> Result<Output, CompileError> {
        let capacity = self.limits.jobs.max(1) + self.limits.queue;
        if self.admitted.fetch_add(1, Ordering::SeqCst) >= capacity {
            self.admitted.fetch_sub(1, Ordering::SeqCst);
            return Err(CompileError::Busy);
        }
        let _admitted = Admitted(&self.admitted);
        let _slot = self
            .slots
            .acquire()
            .await
            .map_err(|_| CompileError::Crashed)?;
        if let Some(pool) = &self.pool {
            // The pool enforces the deadline and the memory limit itself, killing the worker.
            let pool = Arc::clone(pool);
            return tokio::task::spawn_blocking(move || in_worker(&pool, job))
                .await
                .unwrap_or(Err(CompileError::Crashed));
        }
        let warm = Arc::clone(&self.warm);
        let abandoned = Arc::clone(&self.abandoned);
        let finished = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let done = Arc::clone(&finished);
        let handle = tokio::task::spawn_blocking(move || {
            let result = compile(&warm, job);
            done.store(true, Ordering::SeqCst);
            result
        });
        match tokio::time::timeout(self.limits.time_limit, handle).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(CompileError::Crashed),
            Err(_) => {
                if !finished.load(Ordering::SeqCst) {
                    abandoned.fetch_add(1, Ordering::SeqCst);
                    watch_abandoned(finished, abandoned);
                }
                Err(CompileError::TimedOut(self.limits.time_limit))
            }
        }
    }
}

/// Compiles one job in a worker process of the pool (blocking).
fn in_worker(pool: &crate::worker::Pool, job: Job) -> Result<Output, CompileError> {
    let options = Some(&job.options);
    let result = match job.kind {
        JobKind::Preview => pool
            .render_svg(&job.report, "report", options, &job.known)
            .map(Output::Preview),
        JobKind::Pdf => pool.render(&job.report, "report", options).map(Output::Pdf),
    };
    result.map_err(|e| match e {
        crate::worker::WorkerError::Timeout { limit } => CompileError::TimedOut(limit),
        other => CompileError::Worker(other),
    })
}

/// Counts an abandoned compile down once its thread is done.
fn watch_abandoned(finished: Arc<std::sync::atomic::AtomicBool>, count: Arc<AtomicUsize>) {
    tokio::spawn(async move {
        while !finished.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
        count.fetch_sub(1, Ordering::SeqCst);
    });
}

struct Admitted<'a>(&'a AtomicUsize);

impl Drop for Admitted<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

type Warm = Mutex<VecDeque<(String, Arc<Renderer>)>>;

/// Compiles one job in this process with a warm renderer, then ages Typst's caches.
pub fn compile(warm: &Warm, job: Job) -> Result<Output, CompileError> {
    let renderer = warm_renderer(warm, &job.options).map_err(CompileError::Render)?;
    let result = match job.kind {
        JobKind::Preview => renderer
            .render_svg(&job.report, &job.known)
            .map(Output::Preview),
        JobKind::Pdf => renderer.render(&job.report).map(Output::Pdf),
    };
    // Each edit leaves memoised layouts of the previous text behind; dropping those unused
    // for a few compiles keeps a long editing session's memory flat.
    render::evict_caches(CACHE_MAX_AGE);
    result.map_err(CompileError::Render)
}

/// The renderer for these options, built once and kept among the most recent few.
fn warm_renderer(warm: &Warm, options: &RenderOptions) -> Result<Arc<Renderer>, RenderError> {
    let key = renderer_key(options);
    {
        let mut cache = warm.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(i) = cache.iter().position(|(k, _)| *k == key) {
            let entry = cache.remove(i).expect("index found");
            let renderer = Arc::clone(&entry.1);
            cache.push_front(entry);
            return Ok(renderer);
        }
    }
    let renderer = Arc::new(Renderer::new(options)?);
    let mut cache = warm.lock().unwrap_or_else(|e| e.into_inner());
    cache.push_front((key, Arc::clone(&renderer)));
    cache.truncate(WARM_RENDERERS);
    Ok(renderer)
}

/// Everything a renderer is built from, as one string.
fn renderer_key(options: &RenderOptions) -> String {
    let template = match &options.template {
        TemplateChoice::Builtin(name) => format!("builtin:{name}"),
        TemplateChoice::Path(path) => format!("path:{}", path.display()),
    };
    let letterhead: &Letterhead = &options.letterhead;
    format!(
        "{template}\n{}\n{:?}\n{}\n{:?}\n{:?}",
        serde_json::to_string(letterhead).expect("a letterhead always serialises"),
        options.pdf_standards,
        options.tagged,
        options.timestamp,
        options.font_paths
    )
}
