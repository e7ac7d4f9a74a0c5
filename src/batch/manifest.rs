//! The batch manifest: one JSON line per input, then a summary line.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// What happened to one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Converted.
    Ok,
    /// Not converted; `error` says why.
    Failed,
    /// Unchanged since a previous run: input, options and output all match.
    Skipped,
    /// Not read: not a regular file (a FIFO, socket, device), or a link not followed;
    /// `error` says which.
    Ignored,
}

/// One line of the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The input as named in messages.
    pub input: String,
    /// The output path relative to the output folder, when one was assigned.
    pub output: Option<String>,
    /// What happened.
    pub status: Status,
    /// Why it failed.
    pub error: Option<String>,
    /// Parser and renderer warnings.
    pub warnings: Vec<String>,
    /// The report's fields found by a weak rule or of an odd shape, to be checked by a person
    /// (the report's `review`); empty when nothing needs a look.
    #[serde(default)]
    pub review: Vec<String>,
    /// Pages of the PDF.
    pub pages: Option<usize>,
    /// SHA-256 of the input bytes.
    pub input_sha256: Option<String>,
    /// SHA-256 of the PDF.
    pub output_sha256: Option<String>,
    /// SHA-256 of the options that shape the output, for resuming.
    pub options_sha256: String,
    /// Wall time for this input in milliseconds.
    pub ms: f64,
    /// The input file's absolute path with links resolved (files on disk only, not archive
    /// entries): how a later run over part of the archive finds where its outputs go.
    #[serde(default)]
    pub source: Option<String>,
}

/// The last line of the manifest.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Inputs seen.
    pub total: usize,
    /// Converted.
    pub ok: usize,
    /// Failed.
    pub failed: usize,
    /// Skipped as unchanged.
    pub skipped: usize,
    /// Not read: not regular files, or links not followed.
    #[serde(default)]
    pub ignored: usize,
    /// Stopped early (Ctrl-C): documents not started have no record of this run (an
    /// earlier run's record of them is kept).
    #[serde(default)]
    pub interrupted: bool,
    /// Converted or skipped documents whose `review` is not empty.
    #[serde(default)]
    pub need_review: usize,
    /// Records of earlier runs kept in the manifest: documents this run did not touch (a
    /// run over a list, one file or a sub-folder keeps the rest of the record).
    #[serde(default)]
    pub kept: usize,
    /// Wall time of the whole run in milliseconds.
    pub ms: f64,
    /// Documents converted per second.
    pub docs_per_second: f64,
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: &'a Summary,
}

/// Previous runs' outputs written (and not since replaced), by output path, for resuming.
pub type Previous = HashMap<String, Record>;

/// The outputs the `records` of earlier runs wrote, the latest record of each.
pub fn written(records: &[Record]) -> Previous {
    let mut previous = Previous::new();
    for record in records {
        // A failed record with a PDF hash is of a PDF changed after it was written, left
        // in place: still this program's, still not to be replaced.
        let written =
            matches!(record.status, Status::Ok | Status::Skipped) || record.output_sha256.is_some();
        if let (true, Some(out)) = (written, &record.output) {
            previous.insert(out.clone(), record.clone());
        }
    }
    previous
}

/// Every record of the manifests at `paths` (a finished one, one a kill left behind), in
/// order; a line cut short by a kill does not parse and is left out.
pub fn load_records(paths: &[PathBuf]) -> Vec<Record> {
    let mut records = Vec::new();
    for path in paths {
        let Ok(file) = std::fs::File::open(path) else {
            continue;
        };
        for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
            if let Ok(record) = serde_json::from_str::<Record>(&line) {
                records.push(record);
            }
        }
    }
    records
}

/// The names a record answers to (its input, output and source file): a later record
/// with any of them supersedes it.
pub fn names(record: &Record) -> impl Iterator<Item = &str> {
    std::iter::once(record.input.as_str())
        .chain(record.output.as_deref())
        .chain(record.source.as_deref())
}

/// The records of `earlier` that this run did not supersede (`touched`: the [`names`] of
/// its records), the latest of each, in output order; a converted document's record only
/// while its PDF is still in `out_dir`.
pub fn untouched(earlier: Vec<Record>, touched: &HashSet<String>, out_dir: &Path) -> Vec<Record> {
    let mut kept: BTreeMap<(bool, String), Record> = BTreeMap::new();
    for r in earlier {
        let converted = matches!(r.status, Status::Ok | Status::Skipped);
        let gone = converted
            && r.output
                .as_deref()
                .is_none_or(|o| std::fs::symlink_metadata(out_dir.join(o)).is_err());
        if gone || names(&r).any(|n| touched.contains(n)) {
            continue;
        }
        // A later line of the same document replaces an earlier one.
        let key = match &r.output {
            Some(o) => (false, o.clone()),
            None => (true, r.input.clone()),
        };
        kept.insert(key, r);
    }
    kept.into_values().collect()
}

/// The manifests in `dir` (every shard's, finished or cut short by a kill).
pub fn all_in(dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.file_name().unwrap_or_default().to_string_lossy();
                    let finished = name.starts_with("manifest") && name.ends_with(".jsonl");
                    let cut = name.starts_with(".manifest") && name.ends_with(".part");
                    (finished || cut) && p.is_file()
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Writes the manifest line by line, flushing each so a killed run keeps what it did.
pub struct ManifestWriter {
    out: BufWriter<std::fs::File>,
    part: PathBuf,
    done: PathBuf,
}

impl ManifestWriter {
    /// Starts writing `done` through the temporary name `part`.
    pub fn create(done: &Path, part: &Path) -> std::io::Result<Self> {
        let out = BufWriter::new(crate::write::create_new(part)?);
        Ok(ManifestWriter {
            out,
            part: part.to_owned(),
            done: done.to_owned(),
        })
    }

    /// Appends one record.
    pub fn record(&mut self, record: &Record) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")?;
        self.out.flush()
    }

    /// Appends the `kept` records of earlier runs and the summary, and puts the manifest
    /// in place (a rename: the old manifest stays whole until the new one is).
    pub fn finish(mut self, kept: &[Record], summary: &Summary) -> std::io::Result<()> {
        for record in kept {
            serde_json::to_writer(&mut self.out, record)?;
            self.out.write_all(b"\n")?;
        }
        serde_json::to_writer(&mut self.out, &SummaryLine { summary })?;
        self.out.write_all(b"\n")?;
        self.out.flush()?;
        self.out.get_ref().sync_all()?;
        std::fs::rename(&self.part, &self.done)
    }
}
