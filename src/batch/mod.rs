//! Batch: many documents through the pipeline in one process, on N worker threads that
//! share the fonts and the loaded template.
//!
//! A failing or panicking document is recorded in the manifest and the rest go on.
//! Outputs are written under a temporary name and renamed when whole ([`crate::write`]),
//! never through a link inside the output folder, so a killed run leaves no partial PDF;
//! the next run removes its temporary files and skips every output whose input and
//! options are unchanged. Output names are unique over the whole run before anything is
//! written; a lock keeps a second batch out of the same manifest; a stop flag (Ctrl-C)
//! ends the run early with its manifest and summary written.

mod archive;
pub mod error;
pub mod inputs;
mod lock;
pub mod manifest;
mod place;

use std::collections::{HashMap, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use serde::Serialize;

pub use error::BatchError;
pub use inputs::{InputSpec, Problem};
pub use manifest::{Record, Status, Summary};

use crate::render::{RenderOptions, Rendered, Renderer, TemplateChoice};
use crate::worker::{Isolation, Pool};
use crate::{ReadOptions, Report};

/// Typst's memoised results are evicted once every this many documents (from all
/// threads together): an eviction locks every cache, so doing it after each document
/// made the worker threads wait on each other.
pub const EVICT_EVERY: usize = 4;

/// Results unused for this many evictions are dropped, so memory stays flat over a long
/// batch while a template's own work is still reused.
pub const EVICT_AGE: usize = 2;

/// How to run a batch.
#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Folders, archives, files, or the list on standard input.
    pub inputs: Vec<InputSpec>,
    /// The output folder; the input tree is mirrored under it, where earlier runs into it
    /// put their documents' folders (`batch/place.rs`).
    pub out_dir: PathBuf,
    /// Worker threads, each with a worker process of its own when `workers` is set.
    pub jobs: usize,
    /// How to read each input.
    pub read: ReadOptions,
    /// How to render each report.
    pub render: RenderOptions,
    /// Redo outputs that are up to date.
    pub force: bool,
    /// Only the K-th of N slices (1-based).
    pub shard: Option<(usize, usize)>,
    /// Also write every article into this one PDF, with a table of contents.
    pub combine: Option<PathBuf>,
    /// Convert each document in a worker process with these limits (`None`: in this
    /// process, where a runaway template stalls or aborts the whole batch).
    pub workers: Option<Isolation>,
    /// Follow symbolic links inside input folders (never to outside them).
    pub follow: bool,
    /// Set (by a Ctrl-C handler) to stop: no new document is started, those in flight
    /// finish, and the manifest is written with `interrupted` in its summary.
    pub stop: Arc<AtomicBool>,
}

/// Time spent in each stage, summed over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct StageTimes {
    /// Decoding bytes to text.
    pub decode: Duration,
    /// Parsing text to a report.
    pub parse: Duration,
    /// Typst compilation (layout).
    pub compile: Duration,
    /// PDF export.
    pub export: Duration,
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, o: Self) {
        self.decode += o.decode;
        self.parse += o.parse;
        self.compile += o.compile;
        self.export += o.export;
    }
}

/// What a batch reports as it goes; the CLI draws a bar or prints lines.
pub trait Progress: Sync {
    /// The number of documents is known.
    fn start(&self, total: usize);
    /// One document is done.
    fn done(&self, record: &Record);
}

/// A progress that says nothing.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _total: usize) {}
    fn done(&self, _record: &Record) {}
}

/// The outcome of a batch.
#[derive(Debug)]
pub struct Outcome {
    /// Counts and rate, as in the manifest's last line.
    pub summary: Summary,
    /// Stage times summed over converted documents.
    pub stages: StageTimes,
    /// Where the manifest is.
    pub manifest: PathBuf,
    /// Why the combined PDF could not be written, if it was asked for and failed.
    pub combine_error: Option<BatchError>,
    /// The inputs skipped as not regular files or links not followed, with why.
    pub ignored: Vec<String>,
}

/// Runs a batch. An `Err` is fatal (no output folder, a bad template, an unreadable
/// input folder, another batch at work, a conflicting `--combine`: nothing was converted),
/// except [`BatchError::Manifest`], which comes after the documents.
pub fn run(opts: &BatchOptions, progress: &dyn Progress) -> Result<Outcome, BatchError> {
    let started = Instant::now();
    let renderer = Renderer::new(&opts.render).map_err(BatchError::Render)?;
    let limits = opts.read.limits;
    let list = inputs::ListOptions {
        follow: opts.follow,
        limits,
    };
    let mut items = inputs::enumerate(&opts.inputs, &list)?;
    std::fs::create_dir_all(&opts.out_dir).map_err(|e| BatchError::OutDir {
        path: opts.out_dir.clone(),
        reason: crate::io_reason(&e),
    })?;
    let token = match opts.shard {
        Some((k, n)) => format!("s{k}of{n}"),
        None => "run".to_owned(),
    };
    let manifest_name = match opts.shard {
        Some((k, n)) => format!("manifest-{k}-of-{n}.jsonl"),
        None => "manifest.jsonl".to_owned(),
    };
    let _lock = lock::acquire(&opts.out_dir, &manifest_name)?;
    let manifest_path = opts.out_dir.join(&manifest_name);
    let manifest_part = crate::write::temp_path(&manifest_path, &token);
    // What earlier runs did, including one killed before it could finish its manifest;
    // every record is kept for the documents this run does not touch.
    let earlier_records = manifest::load_records(&[manifest_path.clone(), manifest_part.clone()]);
    let previous = manifest::written(&earlier_records);
    // Every output any run (any shard) recorded: a file there is ours to replace; any
    // other file in the output folder is the user's and keeps its name.
    let every_run = manifest::load_records(&manifest::all_in(&opts.out_dir));
    let ours: HashSet<PathBuf> = manifest::written(&every_run)
        .into_keys()
        .map(PathBuf::from)
        .collect();
    place::Places::learn(&every_run).apply(&mut items);
    let earlier: HashMap<String, String> = previous
        .values()
        .flat_map(|r| {
            let output = r.output.clone();
            std::iter::once(&r.input)
                .chain(r.source.as_ref())
                .filter_map(move |key| Some((key.clone(), output.clone()?)))
        })
        .collect();
    let on_disk = OnDisk::default();
    inputs::assign_outputs(&mut items, &earlier, |rel| {
        // The file of that name, or one differing only in case or normalisation: on a copy
        // to Windows, macOS or exFAT the two would be one.
        on_disk.like(&opts.out_dir, rel).into_iter().any(|rel| {
            let path = opts.out_dir.join(&rel);
            !ours.contains(&rel) && !made_here(&path)
        })
    });
    if let Some((k, n)) = opts.shard {
        items = inputs::shard(items, k, n);
    }
    if let Some(path) = &opts.combine {
        check_combine(path, opts, &items, &manifest_path)?;
    }
    // The worker processes start before the manifest does: if they cannot, nothing is left.
    let pool = match &opts.workers {
        Some(isolation) => Some(
            Pool::new(isolation.pool_options(opts.render.clone(), opts.jobs.max(1)))
                .map_err(|e| BatchError::Workers(e.to_string()))?,
        ),
        None => None,
    };
    remove_stale_temps(&opts.out_dir, &token);
    let total = items.len();
    progress.start(total);
    let options_sha = options_hash(opts);
    let manifest_error = |e: std::io::Error| BatchError::Manifest {
        path: manifest_path.clone(),
        reason: crate::io_reason(&e),
    };
    let mut writer =
        manifest::ManifestWriter::create(&manifest_path, &manifest_part).map_err(manifest_error)?;

    let ctx = Context {
        opts,
        renderer: &renderer,
        pool: pool.as_ref(),
        previous: &previous,
        options_sha: &options_sha,
        token: &token,
    };
    let jobs = opts.jobs.max(1);
    let mut summary = Summary {
        total,
        ..Summary::default()
    };
    let mut stages = StageTimes::default();
    let mut combined: Vec<(usize, Report)> = Vec::new();
    let mut write_error = None;
    let mut ignored = Vec::new();
    let mut touched: HashSet<String> = HashSet::new();

    // The workers are the threads of a pool of their own, and Typst's parallel layout and
    // krilla's deferred page compression run on the pool of the thread that asks for them:
    // so `--jobs N` uses N threads, and each document's inner tasks stay on its worker
    // instead of being handed across threads (on the process-wide pool, one worker kept
    // both cores busy and a second one gained little).
    let workers = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("vnbrief-worker-{i}"))
        .build()
        .map_err(|e| BatchError::Workers(e.to_string()))?;
    let (work_tx, work_rx) = mpsc::sync_channel::<Work>(jobs * 4);
    let work_rx = std::sync::Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let finished = AtomicUsize::new(0);
    let stop = &*opts.stop;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut n = 0;
            inputs::read_all(items, &limits, |item, bytes| {
                n += 1;
                !stop.load(Ordering::Relaxed) && work_tx.send((n - 1, item, bytes)).is_ok()
            });
        });
        let finished = &finished;
        let work_rx = &work_rx;
        let ctx = &ctx;
        scope.spawn(move || {
            // One worker loop on each thread of the pool, by broadcast: a spawned loop could
            // be picked up by a thread waiting inside Typst's parallel layout, which would
            // then run two loops, one above the other, while another thread idled.
            workers.broadcast(|_| {
                let done_tx = done_tx.clone();
                loop {
                    let next = work_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((index, item, bytes)) = next else {
                        break;
                    };
                    // Stopped: documents not yet started are left for the next run.
                    if stop.load(Ordering::Relaxed) {
                        continue;
                    }
                    let done = process_guarded(ctx, index, item, bytes);
                    // Worker processes evict their own caches on the same schedule.
                    if finished.fetch_add(1, Ordering::Relaxed) % EVICT_EVERY == EVICT_EVERY - 1
                        && ctx.pool.is_none()
                    {
                        crate::render::evict_caches(EVICT_AGE);
                    }
                    if done_tx.send(done).is_err() {
                        break;
                    }
                }
            });
        });
        for done in done_rx {
            if !done.record.review.is_empty() {
                summary.need_review += 1;
            }
            match done.record.status {
                Status::Ok => summary.ok += 1,
                Status::Failed => summary.failed += 1,
                Status::Skipped => summary.skipped += 1,
                Status::Ignored => {
                    summary.ignored += 1;
                    ignored.push(done.record.error.clone().unwrap_or_default());
                }
            }
            stages += done.stages;
            touched.extend(manifest::names(&done.record).map(str::to_owned));
            if let Err(e) = writer.record(&done.record) {
                write_error.get_or_insert(e);
            }
            progress.done(&done.record);
            if let Some(report) = done.report {
                combined.push((done.index, report));
            }
        }
    });
    summary.interrupted = stop.load(Ordering::Relaxed);

    let mut combine_error = None;
    if let (Some(path), false) = (&opts.combine, summary.interrupted) {
        combined.sort_by_key(|(i, _)| *i);
        let reports: Vec<Report> = combined.into_iter().map(|(_, r)| r).collect();
        if let Err(e) = write_combined(opts, &reports, path, &token) {
            combine_error = Some(e);
        }
    }
    summary.ms = millis(started.elapsed());
    summary.docs_per_second = if summary.ms > 0.0 {
        summary.ok as f64 / (summary.ms / 1e3)
    } else {
        0.0
    };
    let kept = manifest::untouched(earlier_records, &touched, &opts.out_dir);
    summary.kept = kept.len();
    writer.finish(&kept, &summary).map_err(manifest_error)?;
    if let Some(e) = write_error {
        return Err(manifest_error(e));
    }
    Ok(Outcome {
        summary,
        stages,
        manifest: manifest_path,
        combine_error,
        ignored,
    })
}

/// The names in OUTDIR's folders, read once per folder, by their folded form.
#[derive(Default)]
struct OnDisk(std::cell::RefCell<HashMap<PathBuf, HashMap<String, Vec<PathBuf>>>>);

impl OnDisk {
    /// The paths (relative to `root`) of the files there named like `rel`, regardless of
    /// case and normalisation, `rel` itself included when it exists.
    fn like(&self, root: &Path, rel: &Path) -> Vec<PathBuf> {
        let (Some(dir), Some(name)) = (rel.parent(), rel.file_name()) else {
            return Vec::new();
        };
        let mut cache = self.0.borrow_mut();
        let names = cache.entry(dir.to_owned()).or_insert_with(|| {
            let mut names: HashMap<String, Vec<PathBuf>> = HashMap::new();
            for entry in std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
            {
                let file = PathBuf::from(entry.file_name());
                names
                    .entry(inputs::folded(&file))
                    .or_default()
                    .push(dir.join(file));
            }
            names
        });
        let mut found = names
            .get(&inputs::folded(Path::new(name)))
            .cloned()
            .unwrap_or_default();
        // A name the listing missed (made since) still counts.
        if !found.iter().any(|p| p == rel) && std::fs::symlink_metadata(root.join(rel)).is_ok() {
            found.push(rel.to_owned());
        }
        found
    }
}

/// True for a PDF vnbrief wrote (its information names vnbrief as the creator): a run
/// killed between writing a PDF and recording it, or a manifest removed, leaves PDFs no
/// manifest lists, and they are still this program's to replace.
fn made_here(path: &Path) -> bool {
    const MARK: &[u8] = b"/Creator(vnbrief ";
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    // Our PDFs are far smaller; a larger file is surely not one.
    match crate::read_capped(file, 16 << 20) {
        Ok(Some(bytes)) => {
            bytes.starts_with(b"%PDF-") && bytes.windows(MARK.len()).any(|w| w == MARK)
        }
        _ => false,
    }
}

/// Refuses a `--combine` path that cannot be written (no such folder, a folder in its
/// place) or that is an input, the manifest, or one of the outputs.
fn check_combine(
    path: &Path,
    opts: &BatchOptions,
    items: &[inputs::Item],
    manifest: &Path,
) -> Result<(), BatchError> {
    let target = |reason: String| BatchError::CombineTarget {
        path: path.to_owned(),
        reason,
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(target(format!(
            "its folder {} does not exist; create it first",
            inputs::shown(folder)
        )));
    }
    crate::write::check_output(path).map_err(|e| match e {
        crate::write::WriteError::NotAFile { kind, .. } => {
            target(format!("{kind} is there, not a file"))
        }
        other => target(other.to_string()),
    })?;
    let wanted = resolved(path);
    let conflict = |what: String| BatchError::CombineConflict {
        path: path.to_owned(),
        what,
    };
    for input in opts.inputs.iter().filter_map(InputSpec::file) {
        if resolved(input) == wanted {
            return Err(conflict(format!("the input {}", input.display())));
        }
    }
    for item in items {
        if let inputs::Origin::File(file) = &item.origin {
            if resolved(file) == wanted {
                return Err(conflict(format!("the input {}", item.display)));
            }
        }
        if let Some(out) = &item.output {
            if resolved(&opts.out_dir.join(out)) == wanted {
                return Err(conflict(format!("the output of {}", item.display)));
            }
        }
    }
    let part = crate::write::temp_path(manifest, "");
    if resolved(manifest) == wanted || wanted.starts_with(resolved(&part)) {
        return Err(conflict("the manifest".into()));
    }
    if let Some(dir) = opts.inputs.iter().find_map(|i| match i {
        InputSpec::Dir(d) => wanted.starts_with(resolved(d)).then_some(d),
        _ => None,
    }) {
        if inputs::has_article_extension(&wanted.to_string_lossy()) {
            return Err(conflict(format!(
                "a document of the input folder {}",
                dir.display()
            )));
        }
    }
    Ok(())
}

/// A path made absolute with its links resolved, as far as it exists: two names of one
/// file compare equal.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match (absolute.parent(), absolute.file_name()) {
        (Some(dir), Some(name)) => resolved(dir).join(name),
        _ => absolute,
    }
}

/// What every worker shares.
struct Context<'a> {
    opts: &'a BatchOptions,
    renderer: &'a Renderer,
    pool: Option<&'a Pool>,
    previous: &'a manifest::Previous,
    options_sha: &'a str,
    token: &'a str,
}

/// One document read and waiting for a worker: its place in input order, the item, its bytes.
type Work = (usize, inputs::Item, Result<Vec<u8>, Problem>);

/// One finished document.
struct Done {
    index: usize,
    record: Record,
    stages: StageTimes,
    report: Option<Report>,
}

/// Processes one document; a panic inside becomes a failed record, not a dead batch.
fn process_guarded(
    ctx: &Context<'_>,
    index: usize,
    item: inputs::Item,
    bytes: Result<Vec<u8>, Problem>,
) -> Done {
    let started = Instant::now();
    let display = item.display.clone();
    let source = item.source.clone();
    let output = item
        .output
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned());
    match catch_unwind(AssertUnwindSafe(|| {
        process(ctx, index, item, bytes, started)
    })) {
        Ok(done) => done,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let error = format!("internal error while converting {display} ({what})");
            Done::failed(
                ctx,
                index,
                (display, output, source),
                Problem::Failed(error),
                None,
                started,
            )
        }
    }
}

impl Done {
    /// A document not converted (failed, or ignored): `names` are its input, output and
    /// source names.
    fn failed(
        ctx: &Context<'_>,
        index: usize,
        names: (String, Option<String>, Option<String>),
        problem: Problem,
        input_sha256: Option<String>,
        started: Instant,
    ) -> Done {
        let (status, error, output) = match problem {
            Problem::Failed(e) => (Status::Failed, e, names.1),
            Problem::Ignored(e) => (Status::Ignored, e, None),
        };
        let record = Record {
            input: names.0,
            output,
            status,
            error: Some(error),
            warnings: Vec::new(),
            review: Vec::new(),
            pages: None,
            input_sha256,
            output_sha256: None,
            options_sha256: ctx.options_sha.to_owned(),
            ms: millis(started.elapsed()),
            source: names.2,
        };
        Done {
            index,
            record,
            stages: StageTimes::default(),
            report: None,
        }
    }
}

fn process(
    ctx: &Context<'_>,
    index: usize,
    item: inputs::Item,
    bytes: Result<Vec<u8>, Problem>,
    started: Instant,
) -> Done {
    let input = item.display.clone();
    let output_rel = item.output.clone();
    let output = output_rel
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned());
    let source = item.source.clone();
    let fail = |error: Problem, input_sha: Option<String>| {
        Done::failed(
            ctx,
            index,
            (input.clone(), output.clone(), source.clone()),
            error,
            input_sha,
            started,
        )
    };
    let rel = match (&item.rel, output_rel) {
        (Ok(_), Some(out)) => out,
        (Err(why), _) => return fail(why.clone(), None),
        (Ok(_), None) => {
            let why = format!("{input}: no output name could be given");
            return fail(Problem::Failed(why), None);
        }
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return fail(e, None),
    };
    let input_sha = crate::sha256_hex(&bytes);
    let out_path = ctx.opts.out_dir.join(&rel);
    let wants_report = ctx.opts.combine.is_some();

    if !ctx.opts.force {
        if let Some(prev) = up_to_date(
            ctx,
            output.as_deref().unwrap_or_default(),
            &input_sha,
            &out_path,
        ) {
            // The combined PDF still needs this article's report.
            let report = if wants_report {
                crate::read_report(&bytes, &input, &ctx.opts.read).ok()
            } else {
                None
            };
            let record = Record {
                status: Status::Skipped,
                error: None,
                ms: millis(started.elapsed()),
                input: input.clone(),
                source: source.clone().or(prev.source.clone()),
                ..prev
            };
            return Done {
                index,
                record,
                stages: StageTimes::default(),
                report,
            };
        }
    }

    // The read → render step, one document from its bytes to its PDF.
    let (report, rendered, stages) = match convert_document(ctx, &bytes, &input) {
        Ok(converted) => converted,
        Err(e) => return fail(Problem::Failed(e), Some(input_sha)),
    };
    if let Err(e) = ctx.opts.read.limits.check_pages(&input, rendered.pages) {
        return fail(Problem::Failed(e.to_string()), Some(input_sha));
    }
    let output_sha = crate::sha256_hex(&rendered.pdf);
    // A PDF changed since this program wrote it (annotated, signed) is the user's now.
    if !ctx.opts.force {
        let recorded = edited_since(
            ctx,
            output.as_deref().unwrap_or_default(),
            &out_path,
            &output_sha,
        );
        if let Some(recorded) = recorded {
            let why = format!(
                "{} was changed after vnbrief wrote it (its bytes no longer match the manifest), \
                 so it is left as it is: move it away to convert {input} again, or give --force \
                 to replace it",
                inputs::shown(&out_path)
            );
            let mut done = fail(Problem::Failed(why), Some(input_sha));
            // The next run still knows the PDF as this program's, and still leaves it.
            done.record.output_sha256 = Some(recorded);
            return done;
        }
    }
    if let Err(e) = crate::write::write_below(&ctx.opts.out_dir, &rel, &rendered.pdf, ctx.token) {
        return fail(Problem::Failed(e.to_string()), Some(input_sha));
    }
    let mut warnings = report.warnings.clone();
    warnings.extend(rendered.warnings);
    let record = Record {
        input,
        output,
        status: Status::Ok,
        error: None,
        warnings,
        review: report.review.clone(),
        pages: Some(rendered.pages),
        input_sha256: Some(input_sha),
        output_sha256: Some(output_sha),
        options_sha256: ctx.options_sha.to_owned(),
        ms: millis(started.elapsed()),
        source,
    };
    Done {
        index,
        record,
        stages,
        report: wants_report.then_some(report),
    }
}

/// Reads and renders one document: in a worker process when the batch has them, else here.
fn convert_document(
    ctx: &Context<'_>,
    bytes: &[u8],
    input: &str,
) -> Result<(Report, Rendered, StageTimes), String> {
    if let Some(pool) = ctx.pool {
        return pool
            .convert(bytes, input, &ctx.opts.read, None)
            .map(|c| (c.report, c.rendered, c.stages))
            .map_err(|e| e.message_for(input));
    }
    let mut stages = StageTimes::default();
    let report = crate::read_report_timed(bytes, input, &ctx.opts.read, &mut stages)
        .map_err(|e| e.to_string())?;
    let rendered = ctx
        .renderer
        .render(&report)
        .map_err(|e| e.message_for(input))?;
    stages.compile = rendered.compile_time;
    stages.export = rendered.export_time;
    Ok((report, rendered, stages))
}

/// The previous record of an output when its input, options and PDF are all unchanged.
fn up_to_date(ctx: &Context<'_>, output: &str, input_sha: &str, out_path: &Path) -> Option<Record> {
    let prev = ctx.previous.get(output)?;
    if prev.input_sha256.as_deref() != Some(input_sha) || prev.options_sha256 != ctx.options_sha {
        return None;
    }
    let pdf = std::fs::read(out_path).ok()?;
    (prev.output_sha256.as_deref() == Some(crate::sha256_hex(&pdf).as_str())).then(|| prev.clone())
}

/// The hash an earlier run recorded for an output that is on disk as a whole PDF with
/// other bytes, neither those recorded nor the `new` ones (a run killed between writing a
/// PDF and recording it left those: outputs are the same bytes on every run). A file that
/// is not a whole PDF (cut short by a power cut) is nobody's work and is replaced.
fn edited_since(ctx: &Context<'_>, output: &str, out_path: &Path, new: &str) -> Option<String> {
    let recorded = ctx.previous.get(output)?.output_sha256.clone()?;
    if !std::fs::symlink_metadata(out_path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let pdf = std::fs::read(out_path).ok()?;
    let tail = &pdf[pdf.len().saturating_sub(1024)..];
    let whole = pdf.starts_with(b"%PDF-") && tail.windows(5).any(|w| w == b"%%EOF");
    let sha = crate::sha256_hex(&pdf);
    (whole && sha != recorded && sha != new).then_some(recorded)
}

/// Removes temporary files a killed run with the same token left in the output folder.
fn remove_stale_temps(dir: &Path, token: &str) {
    let suffix = format!(".{token}.part");
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() && name.starts_with('.') && name.ends_with(&suffix) {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// A digest of everything besides the input that shapes an output.
/// Each file of the font folders as "path size mtime": adding or replacing a font (Times
/// New Roman installed) changes the output, so it must change the options' hash. Names and
/// stamps, not bytes: a system font folder holds hundreds of megabytes.
fn font_folder_stamps(folders: &[PathBuf]) -> Vec<String> {
    let mut stamps = Vec::new();
    for folder in folders {
        stamps.push(format!("folder {}", folder.display()));
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.metadata() else { continue };
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            stamps.push(format!("{} {} {mtime}", entry.path().display(), meta.len()));
        }
    }
    stamps.sort();
    stamps
}

fn options_hash(opts: &BatchOptions) -> String {
    #[derive(Serialize)]
    struct Shaping<'a> {
        version: &'a str,
        template: String,
        letterhead: &'a crate::render::Letterhead,
        standards: &'a [String],
        tagged: bool,
        timestamp: Option<i64>,
        fonts: Vec<String>,
        encoding: Option<&'static str>,
        format: Option<&'static str>,
        strict: bool,
        /// The parser's reference day (`--reference-date`): it can change a report's year.
        reference: Option<(i32, u8, u8)>,
    }
    let template = match &opts.render.template {
        TemplateChoice::Builtin(name) => format!("builtin:{name}"),
        // A user template's files may change between runs: their bytes are hashed too.
        TemplateChoice::Path(main) => {
            let dir = main.parent().unwrap_or(Path::new("."));
            let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
                .map(|d| {
                    d.flatten()
                        .map(|e| e.path())
                        .filter(|p| p.is_file())
                        .collect()
                })
                .unwrap_or_default();
            files.sort();
            let mut all = Vec::new();
            for f in files {
                all.extend(f.to_string_lossy().as_bytes());
                all.extend(std::fs::read(&f).unwrap_or_default());
            }
            format!("path:{}:{}", main.display(), crate::sha256_hex(&all))
        }
    };
    let shaping = Shaping {
        version: env!("CARGO_PKG_VERSION"),
        template,
        letterhead: &opts.render.letterhead,
        standards: &opts.render.pdf_standards,
        tagged: opts.render.tagged,
        timestamp: opts.render.timestamp,
        fonts: font_folder_stamps(&opts.render.font_paths),
        encoding: opts.read.encoding.map(|e| e.name()),
        format: opts.read.format.map(|f| f.name()),
        strict: opts.read.strict,
        reference: opts.read.parse.reference.map(|d| (d.year, d.month, d.day)),
    };
    crate::sha256_hex(&serde_json::to_vec(&shaping).expect("options serialise"))
}

/// Renders every report into one PDF with a table of contents and bookmarks.
fn write_combined(
    opts: &BatchOptions,
    reports: &[Report],
    path: &Path,
    token: &str,
) -> Result<(), BatchError> {
    let render = RenderOptions {
        template: TemplateChoice::Builtin("bulletin".into()),
        ..opts.render.clone()
    };
    let renderer = Renderer::new(&render).map_err(BatchError::Render)?;
    let rendered = renderer
        .render_collection(reports)
        .map_err(|e| BatchError::Combine(format!("failed to combine ({e})")))?;
    crate::write::write_output(path, &rendered.pdf, token)
        .map_err(|e| BatchError::Combine(e.to_string()))
}

fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}
