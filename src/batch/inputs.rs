//! The documents of a batch: found in folders, zip and tar archives or a list of paths,
//! each with a safe relative path under which its output is mirrored.

use std::collections::{BTreeMap, HashSet};
use std::fs::File;
use std::io::{BufRead, Read};
use std::path::{Component, Path, PathBuf};

use crate::io_reason;

/// The file extensions a batch converts.
pub const EXTENSIONS: &[&str] = &["txt", "html", "htm", "json"];

/// Where a batch's documents come from, as the user named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSpec {
    /// A folder, walked recursively.
    Dir(PathBuf),
    /// A `.zip` archive.
    Zip(PathBuf),
    /// A `.tar` archive.
    Tar(PathBuf),
    /// A `.tar.gz` or `.tgz` archive.
    TarGz(PathBuf),
    /// One article file.
    File(PathBuf),
    /// A list of paths, one per line, read from standard input (`-`).
    StdinList,
}

impl InputSpec {
    /// Classifies a command-line input by what it is on disk and its name.
    pub fn from_arg(path: &Path) -> Result<InputSpec, String> {
        if path.as_os_str() == "-" {
            return Ok(InputSpec::StdinList);
        }
        let meta = std::fs::metadata(path)
            .map_err(|e| format!("cannot open input {} ({})", path.display(), io_reason(&e)))?;
        if meta.is_dir() {
            return Ok(InputSpec::Dir(path.to_owned()));
        }
        let name = path.to_string_lossy().to_lowercase();
        Ok(if name.ends_with(".zip") {
            InputSpec::Zip(path.to_owned())
        } else if name.ends_with(".tar.gz") || name.ends_with(".tgz") {
            InputSpec::TarGz(path.to_owned())
        } else if name.ends_with(".tar") {
            InputSpec::Tar(path.to_owned())
        } else {
            InputSpec::File(path.to_owned())
        })
    }

    /// The name that prefixes its documents' paths when several inputs are given.
    fn prefix(&self) -> PathBuf {
        let name = match self {
            InputSpec::Dir(p) | InputSpec::File(p) => p
                .file_name()
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("input")),
            InputSpec::Zip(p) | InputSpec::Tar(p) | InputSpec::TarGz(p) => {
                let file = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let lower = file.to_lowercase();
                let cut = [".tar.gz", ".tgz", ".tar", ".zip"]
                    .iter()
                    .find(|ext| lower.ends_with(*ext))
                    .map_or(0, |ext| ext.len());
                PathBuf::from(&file[..file.len() - cut])
            }
            InputSpec::StdinList => PathBuf::new(),
        };
        name
    }
}

/// How to fetch one document's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A file on disk.
    File(PathBuf),
    /// Entry `index` of a zip archive.
    Zip { archive: PathBuf, index: usize },
    /// Entry number `index` (counting every entry) of a tar archive.
    Tar {
        archive: PathBuf,
        index: usize,
        gz: bool,
    },
}

/// One document of the batch.
#[derive(Debug, Clone)]
pub struct Item {
    /// How the document is named in messages and the manifest.
    pub display: String,
    /// Its path relative to the output folder, without extension change; `Err` holds
    /// why the path was refused (an archive entry leaving the output folder).
    pub rel: Result<PathBuf, String>,
    /// Where its bytes are.
    pub origin: Origin,
    /// The output's path relative to the output folder, set by [`assign_outputs`].
    pub output: Option<PathBuf>,
}

/// Lists every document of the inputs, in a deterministic order.
pub fn enumerate(inputs: &[InputSpec]) -> Result<Vec<Item>, String> {
    let prefixed = inputs.len() > 1;
    let mut items = Vec::new();
    for input in inputs {
        let prefix = if prefixed {
            input.prefix()
        } else {
            PathBuf::new()
        };
        let found = match input {
            InputSpec::Dir(dir) => walk_dir(dir)?,
            InputSpec::File(path) => {
                let name = path.file_name().map(PathBuf::from).unwrap_or_default();
                vec![file_item(path.clone(), Ok(name))]
            }
            InputSpec::Zip(archive) => list_zip(archive)?,
            InputSpec::Tar(archive) => list_tar(archive, false)?,
            InputSpec::TarGz(archive) => list_tar(archive, true)?,
            InputSpec::StdinList => list_stdin()?,
        };
        items.extend(found.into_iter().map(|mut item| {
            item.rel = item.rel.map(|r| prefix.join(r));
            item
        }));
    }
    Ok(items)
}

fn file_item(path: PathBuf, rel: Result<PathBuf, String>) -> Item {
    Item {
        display: path.display().to_string(),
        rel,
        origin: Origin::File(path),
        output: None,
    }
}

/// True for names the batch converts, by extension.
pub fn has_article_extension(name: &str) -> bool {
    let lower = name.to_lowercase();
    EXTENSIONS
        .iter()
        .any(|ext| lower.ends_with(&format!(".{ext}")))
}

fn walk_dir(root: &Path) -> Result<Vec<Item>, String> {
    let mut found = Vec::new();
    let mut stack = vec![root.to_owned()];
    let mut seen = HashSet::new();
    while let Some(dir) = stack.pop() {
        // A link cycle would walk forever: visit each real folder once.
        if let Ok(real) = dir.canonicalize() {
            if !seen.insert(real) {
                continue;
            }
        }
        let entries = std::fs::read_dir(&dir)
            .map_err(|e| format!("cannot read folder {} ({})", dir.display(), io_reason(&e)))?;
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if has_article_extension(&name) {
                let rel = path
                    .strip_prefix(root)
                    .map(Path::to_owned)
                    .map_err(|e| e.to_string());
                found.push(file_item(path, rel));
            }
        }
    }
    found.sort_by(|a, b| a.rel.as_ref().ok().cmp(&b.rel.as_ref().ok()));
    Ok(found)
}

fn list_zip(archive: &Path) -> Result<Vec<Item>, String> {
    let fail = |e: String| format!("cannot read archive {} ({e})", archive.display());
    let file = File::open(archive).map_err(|e| fail(io_reason(&e)))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| fail(e.to_string().to_lowercase()))?;
    let mut found = Vec::new();
    for index in 0..zip.len() {
        let entry = zip
            .by_index(index)
            .map_err(|e| fail(e.to_string().to_lowercase()))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().map_err(|e| fail(e.to_string()))?.into_owned();
        if !has_article_extension(&name) {
            continue;
        }
        found.push(Item {
            display: format!("{}:{name}", archive.display()),
            rel: safe_relative(&name),
            origin: Origin::Zip {
                archive: archive.to_owned(),
                index,
            },
            output: None,
        });
    }
    Ok(found)
}

fn open_tar(archive: &Path, gz: bool) -> Result<tar::Archive<Box<dyn Read>>, String> {
    let file = File::open(archive).map_err(|e| {
        format!(
            "cannot read archive {} ({})",
            archive.display(),
            io_reason(&e)
        )
    })?;
    let reader: Box<dyn Read> = if gz {
        Box::new(flate2::read::GzDecoder::new(std::io::BufReader::new(file)))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    Ok(tar::Archive::new(reader))
}

fn list_tar(archive: &Path, gz: bool) -> Result<Vec<Item>, String> {
    let fail = |e: std::io::Error| {
        format!(
            "cannot read archive {} ({})",
            archive.display(),
            io_reason(&e)
        )
    };
    let mut tar = open_tar(archive, gz)?;
    let mut found = Vec::new();
    for (index, entry) in tar.entries().map_err(fail)?.enumerate() {
        let entry = entry.map_err(fail)?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        // The raw name: the tar crate's `path()` would already resolve some tricks.
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        if !has_article_extension(&name) {
            continue;
        }
        found.push(Item {
            display: format!("{}:{name}", archive.display()),
            rel: safe_relative(&name),
            origin: Origin::Tar {
                archive: archive.to_owned(),
                index,
                gz,
            },
            output: None,
        });
    }
    Ok(found)
}

fn list_stdin() -> Result<Vec<Item>, String> {
    let mut found = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.map_err(|e| format!("cannot read the list on standard input ({e})"))?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let path = PathBuf::from(line);
        // Absolute paths mirror their whole tree under the output folder; `..` is refused.
        let rel = safe_relative(line.trim_start_matches('/'));
        found.push(file_item(path, rel));
    }
    Ok(found)
}

/// Checks an archive entry or listed path: relative, no `..`, no drive or root.
pub fn safe_relative(name: &str) -> Result<PathBuf, String> {
    let unsafe_path = || format!("refused: the path {name:?} leaves the output folder");
    if name.starts_with('/') || name.starts_with('\\') || name.contains('\0') {
        return Err(unsafe_path());
    }
    let normalised = name.replace('\\', "/");
    let mut out = PathBuf::new();
    for comp in Path::new(&normalised).components() {
        match comp {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir | Component::RootDir | Component::Prefix(_) => {
                return Err(unsafe_path())
            }
        }
    }
    if out.as_os_str().is_empty()
        || normalised
            .split('/')
            .any(|p| p.len() == 2 && p.ends_with(':'))
    {
        return Err(unsafe_path());
    }
    Ok(out)
}

/// Gives each item its output path (`a/b.txt` → `a/b.pdf`); when several inputs map to
/// one name, the first in path order keeps it and the others get `-2`, `-3`, … suffixes.
pub fn assign_outputs(items: &mut [Item]) {
    let mut by_output: BTreeMap<PathBuf, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if let Ok(rel) = &item.rel {
            by_output
                .entry(rel.with_extension("pdf"))
                .or_default()
                .push(i);
        }
    }
    let taken: HashSet<PathBuf> = by_output.keys().cloned().collect();
    for (output, mut indices) in by_output {
        indices.sort_by(|&a, &b| items[a].rel.as_ref().ok().cmp(&items[b].rel.as_ref().ok()));
        for (n, &i) in indices.iter().enumerate() {
            let path = if n == 0 {
                output.clone()
            } else {
                let stem = output
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let mut k = n + 1;
                loop {
                    let candidate = output.with_file_name(format!("{stem}-{k}.pdf"));
                    if !taken.contains(&candidate) {
                        break candidate;
                    }
                    k += 1;
                }
            };
            items[i].output = Some(path);
        }
    }
}

/// Keeps the K-th of N deterministic slices (1-based), by a stable hash of the path, so
/// the same document always falls in the same slice on every machine.
pub fn shard(items: Vec<Item>, k: usize, n: usize) -> Vec<Item> {
    items
        .into_iter()
        .filter(|item| {
            let key = match &item.rel {
                Ok(rel) => rel.to_string_lossy().into_owned(),
                Err(_) => item.display.clone(),
            };
            (fnv1a(key.as_bytes()) % n as u64) as usize == k - 1
        })
        .collect()
}

/// FNV-1a, 64 bits: stable across platforms and releases, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Reads the items' bytes in order and hands each to `sink`; archives are read once,
/// front to back, without unpacking anything to disk.
pub fn read_all(items: Vec<Item>, mut sink: impl FnMut(Item, Result<Vec<u8>, String>) -> bool) {
    let mut zips: BTreeMap<PathBuf, zip::ZipArchive<std::io::BufReader<File>>> = BTreeMap::new();
    // Tar entries come in archive order: group them so each archive is streamed once.
    let mut tars: BTreeMap<(PathBuf, bool), Vec<(usize, Item)>> = BTreeMap::new();
    for item in items {
        let bytes = match &item.origin {
            Origin::File(path) => std::fs::read(path)
                .map_err(|e| format!("failed to read {} ({})", item.display, io_reason(&e))),
            Origin::Zip { archive, index } => read_zip_entry(&mut zips, archive, *index)
                .map_err(|e| format!("failed to read {} ({e})", item.display)),
            Origin::Tar { archive, index, gz } => {
                tars.entry((archive.clone(), *gz))
                    .or_default()
                    .push((*index, item));
                continue;
            }
        };
        if !sink(item, bytes) {
            return;
        }
    }
    for ((archive, gz), mut wanted) in tars {
        wanted.sort_by_key(|(i, _)| *i);
        let mut wanted = wanted.into_iter().peekable();
        let result = (|| -> Result<(), String> {
            let mut tar = open_tar(&archive, gz)?;
            let entries = tar.entries().map_err(|e| io_reason(&e))?;
            for (index, entry) in entries.enumerate() {
                let Some((next, _)) = wanted.peek() else {
                    break;
                };
                if *next != index {
                    continue;
                }
                let (_, item) = wanted.next().expect("peeked");
                let bytes = entry.map_err(|e| io_reason(&e)).and_then(|mut e| {
                    let mut buf = Vec::new();
                    e.read_to_end(&mut buf)
                        .map(|_| buf)
                        .map_err(|e| io_reason(&e))
                });
                let bytes = bytes.map_err(|e| format!("failed to read {} ({e})", item.display));
                if !sink(item, bytes) {
                    return Err(String::new());
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            if e.is_empty() {
                return;
            }
            // The archive broke part-way: every entry not yet read fails with the reason.
            for (_, item) in wanted {
                let msg = format!("failed to read {} ({e})", item.display);
                if !sink(item, Err(msg)) {
                    return;
                }
            }
        }
    }
}

fn read_zip_entry(
    zips: &mut BTreeMap<PathBuf, zip::ZipArchive<std::io::BufReader<File>>>,
    archive: &Path,
    index: usize,
) -> Result<Vec<u8>, String> {
    if !zips.contains_key(archive) {
        let file = File::open(archive).map_err(|e| io_reason(&e))?;
        let zip = zip::ZipArchive::new(std::io::BufReader::new(file))
            .map_err(|e| e.to_string().to_lowercase())?;
        zips.insert(archive.to_owned(), zip);
    }
    let zip = zips.get_mut(archive).expect("inserted above");
    let mut entry = zip
        .by_index(index)
        .map_err(|e| e.to_string().to_lowercase())?;
    let mut buf = Vec::new();
    entry.read_to_end(&mut buf).map_err(|e| io_reason(&e))?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_paths_leaving_the_folder() {
        assert_eq!(safe_relative("a/b.txt"), Ok(PathBuf::from("a/b.txt")));
        assert_eq!(safe_relative("./a/./b.txt"), Ok(PathBuf::from("a/b.txt")));
        for bad in [
            "../x.txt",
            "a/../../x.txt",
            "/etc/x.txt",
            "\\x.txt",
            "C:/x.txt",
            "a\\..\\..\\x.txt",
            "",
        ] {
            assert!(safe_relative(bad).is_err(), "{bad}");
        }
    }

    fn item(rel: &str) -> Item {
        file_item(PathBuf::from(rel), Ok(PathBuf::from(rel)))
    }

    #[test]
    fn colliding_outputs_get_deterministic_suffixes() {
        let mut items = vec![
            item("a/x.txt"),
            item("a/x.html"),
            item("a/x-2.txt"),
            item("a/y.json"),
        ];
        assign_outputs(&mut items);
        let outs: Vec<_> = items.iter().map(|i| i.output.clone().unwrap()).collect();
        // x.html sorts before x.txt, so it keeps the name; x-2.pdf is taken, so x.txt gets -3.
        assert_eq!(outs[1], PathBuf::from("a/x.pdf"));
        assert_eq!(outs[0], PathBuf::from("a/x-3.pdf"));
        assert_eq!(outs[2], PathBuf::from("a/x-2.pdf"));
        assert_eq!(outs[3], PathBuf::from("a/y.pdf"));
    }

    #[test]
    fn shards_partition_the_items() {
        let items: Vec<Item> = (0..100).map(|i| item(&format!("d/{i}.txt"))).collect();
        let mut total = 0;
        let mut seen = HashSet::new();
        for k in 1..=3 {
            for it in shard(items.clone(), k, 3) {
                assert!(seen.insert(it.display.clone()));
                total += 1;
            }
        }
        assert_eq!(total, 100);
    }
}
