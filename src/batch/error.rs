//! Why a batch could not run, or could not finish its bookkeeping.

use std::fmt;
use std::path::PathBuf;

use crate::printable;

/// A batch-level failure (one document's failure is a manifest record, not this).
#[derive(Debug)]
#[non_exhaustive]
pub enum BatchError {
    /// An input named on the command line cannot be opened.
    Input {
        /// The input as given.
        path: PathBuf,
        /// Why, in short words.
        reason: String,
    },
    /// The list of paths on standard input cannot be read.
    List(String),
    /// The template or another render setting is wrong.
    Render(crate::render::RenderError),
    /// The output folder cannot be made or used.
    OutDir {
        /// The output folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Another batch is writing into the same output folder.
    Locked {
        /// The lock file.
        lock: PathBuf,
        /// What the lock file says about its holder ("pid 1234").
        holder: String,
    },
    /// `--combine` names a file the batch reads or writes otherwise.
    CombineConflict {
        /// The combined PDF's path.
        path: PathBuf,
        /// What it would overwrite ("an input", "the manifest", "the output of …").
        what: String,
    },
    /// `--combine` names a file that cannot be written: its folder is missing, or a
    /// folder or device is in its place (checked before any work).
    CombineTarget {
        /// The combined PDF's path.
        path: PathBuf,
        /// Why, in short words.
        reason: String,
    },
    /// The combined PDF could not be made or written (the documents were converted).
    Combine(String),
    /// The worker threads could not start.
    Workers(String),
    /// The manifest could not be written (documents may have been converted).
    Manifest {
        /// The manifest's path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

impl BatchError {
    /// True when the command line is at fault and nothing was done: exit code 2. A
    /// manifest or combined PDF failing after documents were converted is not (exit 1).
    pub fn is_usage(&self) -> bool {
        !matches!(self, BatchError::Manifest { .. } | BatchError::Combine(_))
    }
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |p: &PathBuf| printable(&p.display().to_string()).into_owned();
        match self {
            BatchError::Input { path, reason } => {
                write!(f, "cannot open input {} ({reason})", shown(path))
            }
            BatchError::List(reason) => {
                write!(f, "cannot read the list on standard input ({reason})")
            }
            BatchError::Render(e) => write!(f, "{e}"),
            BatchError::OutDir { path, reason } => {
                write!(f, "cannot use the output folder {} ({reason})", shown(path))
            }
            BatchError::Locked { lock, holder } => write!(
                f,
                "another vnbrief batch ({holder}) is writing into this output folder; wait for \
                 it to finish or choose another -o (lock: {})",
                shown(lock)
            ),
            BatchError::CombineConflict { path, what } => write!(
                f,
                "--combine {} would overwrite {what}; choose another file",
                shown(path)
            ),
            BatchError::CombineTarget { path, reason } => {
                write!(f, "cannot write --combine {} ({reason})", shown(path))
            }
            BatchError::Combine(why) => f.write_str(why),
            BatchError::Workers(reason) => write!(f, "cannot start the workers ({reason})"),
            BatchError::Manifest { path, reason } => {
                write!(f, "failed to write the manifest {} ({reason})", shown(path))
            }
        }
    }
}

impl std::error::Error for BatchError {}
