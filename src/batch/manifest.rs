//! The batch manifest: one JSON line per input, then a summary line.

use std::collections::HashMap;
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
    /// Stopped early (Ctrl-C): documents not started are not in the manifest.
    #[serde(default)]
    pub interrupted: bool,
    /// Converted or skipped documents whose `review` is not empty.
    #[serde(default)]
    pub need_review: usize,
    /// Wall time of the whole run in milliseconds.
    pub ms: f64,
    /// Documents converted per second.
    pub docs_per_second: f64,
}

#[derive(Serialize)]
struct SummaryLine<'a> {
    summary: &'a Summary,
}

/// Previous runs' successful outputs, by output path, for resuming.
pub type Previous = HashMap<String, Record>;

/// Reads the manifests of earlier runs (a finished one and one a kill left behind).
pub fn load_previous(paths: &[PathBuf]) -> Previous {
    let mut previous = Previous::new();
    for path in paths {
        let Ok(file) = std::fs::File::open(path) else {
            continue;
        };
        for line in std::io::BufReader::new(file).lines().map_while(Result::ok) {
            // A line cut short by a kill does not parse and is ignored.
            if let Ok(record) = serde_json::from_str::<Record>(&line) {
                if let (Status::Ok | Status::Skipped, Some(out)) = (record.status, &record.output) {
                    previous.insert(out.clone(), record);
                }
            }
        }
    }
    previous
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

    /// Appends the summary and puts the manifest in place.
    pub fn finish(mut self, summary: &Summary) -> std::io::Result<()> {
        serde_json::to_writer(&mut self.out, &SummaryLine { summary })?;
        self.out.write_all(b"\n")?;
        self.out.flush()?;
        self.out.get_ref().sync_all()?;
        std::fs::rename(&self.part, &self.done)
    }
}
