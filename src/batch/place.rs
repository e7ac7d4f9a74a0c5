//! Where a document's output goes when OUTDIR already holds earlier runs: the manifest
//! records each input file's real path (`source`) beside its output, so a run over part
//! of the archive (a list of new files, one file, a sub-folder) writes where the full
//! run wrote, instead of starting a second tree.
//!
//! A file an earlier run converted keeps its folder. A new file goes to the folder that
//! matches the nearest folder above it that an earlier run mirrored: `luu-tru/2024` was
//! mirrored as `2024`, so `luu-tru/2024/new.txt` goes to `2024/` and `luu-tru/2025/x.txt`
//! to `2025/`. Without earlier runs nothing changes.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::inputs::{Item, Origin};
use super::manifest::Record;

/// What earlier runs tell about where outputs go.
#[derive(Debug, Default)]
pub struct Places {
    /// A source file → the folder of its output.
    files: HashMap<PathBuf, PathBuf>,
    /// A source folder → the output folder it was mirrored as (the most used, then the
    /// first in order, when runs disagree).
    dirs: HashMap<PathBuf, PathBuf>,
}

impl Places {
    /// Learns from the records of every manifest in OUTDIR.
    pub fn learn(records: &[Record]) -> Places {
        let mut files = HashMap::new();
        let mut votes: HashMap<PathBuf, BTreeMap<PathBuf, usize>> = HashMap::new();
        for r in records {
            let (Some(source), Some(output)) = (&r.source, &r.output) else {
                continue;
            };
            let source = Path::new(source);
            let (Some(mut dir), Some(out)) = (source.parent(), Path::new(output).parent()) else {
                continue;
            };
            files.insert(source.to_owned(), out.to_owned());
            let mut out = out;
            // Up the two trees while their folder names agree: `/a/luu-tru/2024` mirrored
            // as `2024` also says `/a/luu-tru` was mirrored as the top of OUTDIR.
            loop {
                *votes
                    .entry(dir.to_owned())
                    .or_default()
                    .entry(out.to_owned())
                    .or_default() += 1;
                let (Some(name), Some(up)) = (dir.file_name(), dir.parent()) else {
                    break;
                };
                if out.file_name() != Some(name) {
                    break;
                }
                dir = up;
                out = out.parent().unwrap_or(Path::new(""));
            }
        }
        let dirs = votes
            .into_iter()
            .filter_map(|(dir, outs)| {
                let best = outs.values().copied().max()?;
                let out = outs.into_iter().find(|(_, n)| *n == best)?.0;
                Some((dir, out))
            })
            .collect();
        Places { files, dirs }
    }

    /// Where `source` goes, relative to OUTDIR and without the extension changed, if an
    /// earlier run says.
    fn place(&self, source: &Path) -> Option<PathBuf> {
        let name = source.file_name()?;
        let dir = source.parent()?;
        if let Some(out) = self.files.get(source) {
            return Some(out.join(name));
        }
        let mut above = dir;
        loop {
            if let Some(out) = self.dirs.get(above) {
                let below = dir.strip_prefix(above).ok()?;
                return Some(out.join(below).join(name));
            }
            above = above.parent()?;
        }
    }

    /// Sets each file's `source` and moves its output path to where earlier runs put its
    /// folder's documents.
    pub fn apply(&self, items: &mut [Item]) {
        for item in items {
            let Origin::File(path) = &item.origin else {
                continue;
            };
            let Ok(real) = path.canonicalize() else {
                continue;
            };
            if item.rel.is_ok() {
                if let Some(rel) = self.place(&real) {
                    item.rel = Ok(rel);
                }
            }
            item.source = Some(real.to_string_lossy().into_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(source: &str, output: &str) -> Record {
        Record {
            input: source.to_owned(),
            output: Some(output.to_owned()),
            status: super::super::Status::Ok,
            error: None,
            warnings: Vec::new(),
            review: Vec::new(),
            pages: None,
            input_sha256: None,
            output_sha256: None,
            options_sha256: String::new(),
            ms: 0.0,
            source: Some(source.to_owned()),
        }
    }

    #[test]
    fn new_files_follow_their_folder_and_known_files_stay() {
        let places = Places::learn(&[
            record("/a/luu-tru/2024/x.txt", "2024/x.pdf"),
            record("/a/luu-tru/2024/y.txt", "2024/y-2.pdf"),
            record("/b/hop/z.txt", "hop/z.pdf"),
        ]);
        let at = |p: &str| places.place(Path::new(p));
        assert_eq!(at("/a/luu-tru/2024/y.txt"), Some("2024/y.txt".into()));
        assert_eq!(at("/a/luu-tru/2024/new.txt"), Some("2024/new.txt".into()));
        assert_eq!(at("/a/luu-tru/2025/m/n.txt"), Some("2025/m/n.txt".into()));
        assert_eq!(at("/a/luu-tru/top.txt"), Some("top.txt".into()));
        assert_eq!(at("/b/hop/sub/w.txt"), Some("hop/sub/w.txt".into()));
        assert_eq!(at("/b/w.txt"), Some("w.txt".into()));
        assert_eq!(at("/c/w.txt"), None);
    }
}
