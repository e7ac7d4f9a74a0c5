//! The documents of a batch: found in folders, zip and tar archives or a list of paths,
//! each with a safe relative path under which its output is mirrored.
//!
//! Only regular files are read: FIFOs, sockets and devices are listed as ignored (a FIFO
//! would block the batch forever), and so are symbolic links unless `--follow` is given,
//! which follows them only to inside the input folder. Every read is capped
//! ([`crate::Limits`]), archive entries after decompression too. A damaged archive fails
//! its own entries, never the batch.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, Read};
use std::path::{Component, Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::error::megabytes;
use crate::{io_reason, printable, Limits};

use super::{archive, BatchError};

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
    pub fn from_arg(path: &Path) -> Result<InputSpec, BatchError> {
        if path.as_os_str() == "-" {
            return Ok(InputSpec::StdinList);
        }
        let meta = std::fs::metadata(path).map_err(|e| BatchError::Input {
            path: path.to_owned(),
            reason: io_reason(&e),
        })?;
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

    /// The file the input is on disk, if it is one (not a folder or the list).
    pub fn file(&self) -> Option<&Path> {
        match self {
            InputSpec::Zip(p) | InputSpec::Tar(p) | InputSpec::TarGz(p) | InputSpec::File(p) => {
                Some(p)
            }
            InputSpec::Dir(_) | InputSpec::StdinList => None,
        }
    }

    /// The name that prefixes its documents' paths when several inputs are given (none
    /// for a file: it goes to the top of OUTDIR, as when it is the only input).
    fn prefix(&self) -> String {
        match self {
            InputSpec::Dir(p) => p
                .file_name()
                .map_or_else(|| "input".to_owned(), |n| n.to_string_lossy().into_owned()),
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
                file[..file.len() - cut].to_owned()
            }
            InputSpec::File(_) | InputSpec::StdinList => String::new(),
        }
    }
}

/// How to find and read the documents.
#[derive(Debug, Clone, Copy, Default)]
pub struct ListOptions {
    /// Follow symbolic links (only to inside the input folder).
    pub follow: bool,
    /// Size limits on each document and archive.
    pub limits: Limits,
}

/// How to fetch one document's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A regular file on disk (links already resolved: it is opened without following).
    File(PathBuf),
    /// Entry `index` of a zip archive.
    Zip {
        /// The archive.
        archive: PathBuf,
        /// The entry's index.
        index: usize,
    },
    /// Entry number `index` (counting every entry) of a tar archive.
    Tar {
        /// The archive.
        archive: PathBuf,
        /// The entry's number.
        index: usize,
        /// Compressed with gzip.
        gz: bool,
    },
    /// Nothing to read: the item is a problem found while listing.
    None,
}

/// Why an item is not converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It fails: a path leaving the output folder, a damaged archive, a read error.
    Failed(String),
    /// It is skipped and listed: not a regular file, or a link not followed.
    Ignored(String),
}

impl Problem {
    /// The message.
    pub fn message(&self) -> &str {
        match self {
            Problem::Failed(m) | Problem::Ignored(m) => m,
        }
    }
}

/// One document of the batch.
#[derive(Debug, Clone)]
pub struct Item {
    /// How the document is named in messages and the manifest (control characters
    /// escaped).
    pub display: String,
    /// Its path relative to the output folder, without extension change; or why it is
    /// not converted.
    pub rel: Result<PathBuf, Problem>,
    /// Where its bytes are.
    pub origin: Origin,
    /// The output's path relative to the output folder, set by [`assign_outputs`].
    pub output: Option<PathBuf>,
    /// The file's real path (links resolved), for files on disk; set before outputs are
    /// assigned (`batch/place.rs`).
    pub source: Option<String>,
}

impl Item {
    pub(super) fn problem(display: String, problem: Problem) -> Item {
        Item {
            display,
            rel: Err(problem),
            origin: Origin::None,
            output: None,
            source: None,
        }
    }
}

/// Lists every document of the inputs, in a deterministic order. An `Err` is an input
/// folder or list that cannot be read at all; anything below becomes a failed item.
pub fn enumerate(inputs: &[InputSpec], opts: &ListOptions) -> Result<Vec<Item>, BatchError> {
    let prefixed = inputs.len() > 1;
    let mut items = Vec::new();
    // Two inputs of one name (`y2019/hop y2020/hop`, `a.zip a.tar.gz`) get folders of
    // their own: `hop/`, `hop-2/`, in command-line order.
    let mut prefixes: HashSet<String> = HashSet::new();
    for input in inputs {
        let base = if prefixed {
            input.prefix()
        } else {
            String::new()
        };
        let prefix = if base.is_empty() {
            PathBuf::new()
        } else {
            let name = (1..)
                .map(|k| match k {
                    1 => base.clone(),
                    k => format!("{base}-{k}"),
                })
                .find(|name| !prefixes.contains(&folded(Path::new(name))))
                .expect("a free name");
            prefixes.insert(folded(Path::new(&name)));
            PathBuf::from(name)
        };
        let found = match input {
            InputSpec::Dir(dir) => walk_dir(dir, opts.follow)?,
            InputSpec::File(path) => {
                let name = path.file_name().map(PathBuf::from).unwrap_or_default();
                vec![named_file(path, Ok(name), true)]
            }
            InputSpec::Zip(archive) => archive::list_zip(archive, &opts.limits),
            InputSpec::Tar(archive) => archive::list_tar(archive, false, &opts.limits),
            InputSpec::TarGz(archive) => archive::list_tar(archive, true, &opts.limits),
            InputSpec::StdinList => list_stdin(opts.follow)?,
        };
        items.extend(found.into_iter().map(|mut item| {
            item.rel = item.rel.map(|r| prefix.join(r));
            item
        }));
    }
    Ok(items)
}

/// The name of a path for messages.
pub(super) fn shown(path: &Path) -> String {
    printable(&path.display().to_string()).into_owned()
}

/// What a path is when it is not a regular file or folder, in words.
fn odd_kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
    }
    let _ = t;
    "not a regular file"
}

/// An item for a path the user named (on the command line or in the list): a regular
/// file becomes a document; anything else is listed as ignored. `follow` follows a link
/// to a regular file.
fn named_file(path: &Path, rel: Result<PathBuf, Problem>, follow: bool) -> Item {
    let display = shown(path);
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let why = format!("failed to read {display} ({})", io_reason(&e));
            return Item::problem(display, Problem::Failed(why));
        }
    };
    let target = if meta.file_type().is_symlink() {
        if !follow {
            let why = format!("{display} is a symbolic link, not followed (--follow follows it)");
            return Item::problem(display, Problem::Ignored(why));
        }
        match path
            .canonicalize()
            .and_then(|t| Ok((std::fs::metadata(&t)?, t)))
        {
            Ok((m, t)) if m.is_file() => t,
            Ok((m, _)) => {
                let why = format!("{display} is a link to {}", odd_kind(m.file_type()));
                return Item::problem(display, Problem::Ignored(why));
            }
            Err(e) => {
                let why = format!(
                    "failed to read {display} (a broken link: {})",
                    io_reason(&e)
                );
                return Item::problem(display, Problem::Failed(why));
            }
        }
    } else if meta.is_file() {
        path.to_owned()
    } else {
        let why = format!(
            "{display} is {}, not a regular file",
            odd_kind(meta.file_type())
        );
        return Item::problem(display, Problem::Ignored(why));
    };
    Item {
        display,
        rel,
        origin: Origin::File(target),
        output: None,
        source: None,
    }
}

/// True for names the batch converts, by extension.
pub fn has_article_extension(name: &str) -> bool {
    let lower = name.to_lowercase();
    EXTENSIONS
        .iter()
        .any(|ext| lower.ends_with(&format!(".{ext}")))
}

fn walk_dir(root: &Path, follow: bool) -> Result<Vec<Item>, BatchError> {
    let real_root = root.canonicalize().map_err(|e| BatchError::Input {
        path: root.to_owned(),
        reason: io_reason(&e),
    })?;
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
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if dir == root => {
                return Err(BatchError::Input {
                    path: root.to_owned(),
                    reason: io_reason(&e),
                })
            }
            Err(e) => {
                let display = shown(&dir);
                let why = format!("cannot read folder {display} ({})", io_reason(&e));
                found.push(Item::problem(display, Problem::Failed(why)));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let rel = || -> Result<PathBuf, Problem> {
                path.strip_prefix(root)
                    .map(Path::to_owned)
                    .map_err(|e| Problem::Failed(e.to_string()))
            };
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                if has_article_extension(&name) {
                    found.push(Item {
                        display: shown(&path),
                        rel: rel(),
                        origin: Origin::File(path.clone()),
                        output: None,
                        source: None,
                    });
                }
            } else if kind.is_symlink() {
                let target = path.canonicalize().ok();
                let target_meta = target.as_ref().and_then(|t| std::fs::metadata(t).ok());
                let is_dir = target_meta.as_ref().is_some_and(|m| m.is_dir());
                if !is_dir && !has_article_extension(&name) {
                    continue;
                }
                let display = shown(&path);
                let ignored = |why: String| Item::problem(display.clone(), Problem::Ignored(why));
                match (target, target_meta) {
                    _ if !follow => found.push(ignored(format!(
                        "{display} is a symbolic link, not followed (--follow follows links \
                         inside the input folder)"
                    ))),
                    (Some(t), Some(_)) if !t.starts_with(&real_root) => found.push(ignored(
                        format!("{display} is a link to outside the input folder, not followed"),
                    )),
                    (Some(_), Some(m)) if m.is_dir() => stack.push(path),
                    (Some(t), Some(m)) if m.is_file() => found.push(Item {
                        display,
                        rel: rel(),
                        origin: Origin::File(t),
                        output: None,
                        source: None,
                    }),
                    (Some(_), Some(m)) => found.push(ignored(format!(
                        "{display} is a link to {}",
                        odd_kind(m.file_type())
                    ))),
                    _ => found.push(ignored(format!("{display} is a broken link"))),
                }
            } else if has_article_extension(&name) {
                let display = shown(&path);
                let why = format!("{display} is {}, not a regular file", odd_kind(kind));
                found.push(Item::problem(display, Problem::Ignored(why)));
            }
        }
    }
    found.sort_by(|a, b| (a.rel.as_ref().ok(), &a.display).cmp(&(b.rel.as_ref().ok(), &b.display)));
    Ok(found)
}

fn list_stdin(follow: bool) -> Result<Vec<Item>, BatchError> {
    let mut found = Vec::new();
    // A line is a path: longer than this, the list is not one.
    const MAX_LINE: u64 = 64 * 1024;
    let mut stdin = std::io::stdin().lock();
    let here = std::env::current_dir().map_err(|e| BatchError::List(io_reason(&e)))?;
    loop {
        let mut line = Vec::new();
        let n = (&mut stdin)
            .take(MAX_LINE)
            .read_until(b'\n', &mut line)
            .map_err(|e| BatchError::List(io_reason(&e)))?;
        if n == 0 {
            break;
        }
        if n as u64 == MAX_LINE && !line.ends_with(b"\n") {
            return Err(BatchError::List(format!(
                "a line is longer than {} KB",
                MAX_LINE / 1024
            )));
        }
        let line =
            String::from_utf8(line).map_err(|_| BatchError::List("a path is not UTF-8".into()))?;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let rel = listed_relative(Path::new(line), &here);
        found.push(named_file(Path::new(line), rel, follow));
    }
    Ok(found)
}

/// The output path of a path the user listed: the user's own paths may go anywhere
/// (`../luu-tru/a.txt`, `/data/a.txt`), as on the command line; only the output must
/// stay in OUTDIR. The path is taken as written relative to `here` (the current folder),
/// its `.` and `..` resolved by name, and what it shares with `here` cut off: `luu-tru/a.txt`
/// and `$PWD/luu-tru/a.txt` give `luu-tru/a.pdf`, `../luu-tru/a.txt` gives `luu-tru/a.pdf`
/// too, and `/data/a.txt` (outside) `data/a.pdf`. An earlier run into the same OUTDIR
/// takes precedence (`batch/place.rs`).
fn listed_relative(path: &Path, here: &Path) -> Result<PathBuf, Problem> {
    let lexical = |p: &Path| {
        let mut out = PathBuf::new();
        for comp in p.components() {
            match comp {
                Component::ParentDir => {
                    out.pop();
                }
                Component::CurDir => {}
                other => out.push(other),
            }
        }
        out
    };
    let whole = lexical(&here.join(path));
    let here = lexical(here);
    let mut shared = here.as_path();
    while !whole.starts_with(shared) {
        match shared.parent() {
            Some(up) => shared = up,
            None => break,
        }
    }
    let rel: PathBuf = whole
        .strip_prefix(shared)
        .unwrap_or(&whole)
        .components()
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    if rel.as_os_str().is_empty() {
        return Err(Problem::Failed(format!(
            "{}: not a file name",
            printable(&path.display().to_string())
        )));
    }
    Ok(rel)
}

/// Checks an archive entry or listed path: relative, no `..`, no drive or root.
pub fn safe_relative(name: &str) -> Result<PathBuf, String> {
    let unsafe_path = || {
        format!(
            "refused: the path \"{}\" leaves the output folder",
            printable(name)
        )
    };
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

/// A relative path fit to name an output: in NFC (a zip made on macOS stores NFD), and
/// control characters (ESC, BEL, …) replaced by `_`, so no file name can act on a
/// terminal that lists it.
fn clean_output(rel: &Path) -> PathBuf {
    rel.components()
        .map(|c| {
            let part = c.as_os_str().to_string_lossy();
            part.nfc()
                .map(|ch| if ch.is_control() { '_' } else { ch })
                .collect::<String>()
        })
        .collect()
}

/// The name two outputs must not share: case and Unicode normalisation folded, as
/// Windows, macOS and exFAT compare names, so a copy of OUTDIR there cannot make one PDF
/// replace another.
pub(super) fn folded(path: &Path) -> String {
    let lower: String = path
        .to_string_lossy()
        .nfc()
        .flat_map(char::to_lowercase)
        .collect();
    lower.nfc().collect()
}

/// Gives each item its output path (`a/b.txt` → `a/b.pdf`), unique over the whole run
/// and regardless of case and normalisation (see `folded`): when several inputs map to one
/// name, the first in path order keeps it and the others get the first free `-2`, `-3`,
/// … suffix. An item keeps the output an earlier run gave it (`previous`: source file or
/// input → output) while no other item of this run claims it first, and no name is given
/// that `occupied` says is taken on disk by a file no run wrote.
pub fn assign_outputs(
    items: &mut [Item],
    previous: &HashMap<String, String>,
    occupied: impl Fn(&Path) -> bool,
) {
    // Each item's own output name, grouped by its folded form.
    let mut own: HashMap<usize, PathBuf> = HashMap::new();
    let mut by_output: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if let Ok(rel) = &item.rel {
            let output = clean_output(&rel.with_extension("pdf"));
            by_output.entry(folded(&output)).or_default().push(i);
            own.insert(i, output);
        }
    }
    let mut taken: HashSet<String> = HashSet::new();
    // What earlier runs named, while that name is still one this item would get.
    for indices in by_output.values() {
        for &i in indices {
            let output = &own[&i];
            let item = &items[i];
            let known = item.source.as_ref().and_then(|s| previous.get(s));
            let Some(prev) = known
                .or_else(|| previous.get(&item.display))
                .map(PathBuf::from)
            else {
                continue;
            };
            if prev.parent() == output.parent() && !taken.contains(&folded(&prev)) && {
                let stem = output.file_stem().unwrap_or_default().to_string_lossy();
                let name = prev.file_name().unwrap_or_default().to_string_lossy();
                name == format!("{stem}.pdf")
                    || name
                        .strip_prefix(&format!("{stem}-"))
                        .and_then(|r| r.strip_suffix(".pdf"))
                        .is_some_and(|k| k.parse::<usize>().is_ok_and(|k| k >= 2))
            } {
                taken.insert(folded(&prev));
                items[i].output = Some(prev);
            }
        }
    }
    // Everything else in path order: the primary name first, then the free suffixes.
    let primaries: HashSet<String> = by_output.keys().cloned().collect();
    for (_, mut indices) in by_output {
        indices.sort_by(|&a, &b| {
            (items[a].rel.as_ref().ok(), &items[a].display)
                .cmp(&(items[b].rel.as_ref().ok(), &items[b].display))
        });
        let mut k = 1;
        for i in indices {
            if items[i].output.is_some() {
                continue;
            }
            let output = &own[&i];
            let stem = output.file_stem().unwrap_or_default().to_string_lossy();
            let path = loop {
                let candidate = if k == 1 {
                    output.clone()
                } else {
                    output.with_file_name(format!("{stem}-{k}.pdf"))
                };
                k += 1;
                let key = folded(&candidate);
                // Another group's own name is left to it (`a-2.txt` keeps `a-2.pdf`).
                let others = k > 2 && primaries.contains(&key);
                if !taken.contains(&key) && !others && !occupied(&candidate) {
                    break candidate;
                }
            };
            taken.insert(folded(&path));
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

/// Reads the items' bytes in order and hands each to `sink` (which returns false to stop);
/// archives are read once, front to back, without unpacking anything to disk, and no read
/// goes past its limit.
pub fn read_all(
    items: Vec<Item>,
    limits: &Limits,
    mut sink: impl FnMut(Item, Result<Vec<u8>, Problem>) -> bool,
) {
    let mut zips: BTreeMap<PathBuf, (zip::ZipArchive<std::io::BufReader<File>>, u64)> =
        BTreeMap::new();
    // Tar entries come in archive order: group them so each archive is streamed once.
    let mut tars: BTreeMap<(PathBuf, bool), Vec<(usize, Item)>> = BTreeMap::new();
    for item in items {
        let failed =
            |why: String| Problem::Failed(format!("failed to read {} ({why})", item.display));
        let bytes = match (&item.rel, &item.origin) {
            (Err(problem), _) => Err(problem.clone()),
            (_, Origin::None) => Err(Problem::Failed(format!(
                "{}: nothing to read",
                item.display
            ))),
            (_, Origin::File(path)) => read_regular(path, limits).map_err(failed),
            (_, Origin::Zip { archive, index }) => {
                archive::read_zip_entry(&mut zips, archive, *index, limits).map_err(failed)
            }
            (_, Origin::Tar { archive, index, gz }) => {
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
        let result = (|| -> Result<bool, String> {
            let mut tar = archive::open_tar(&archive, gz, limits).map_err(|e| io_reason(&e))?;
            let entries = tar.entries().map_err(|e| io_reason(&e))?;
            for (index, entry) in entries.enumerate() {
                let Some((next, _)) = wanted.peek() else {
                    break;
                };
                if *next != index {
                    // Skipping an entry reads it through: a damaged one ends the archive.
                    entry.map_err(|e| io_reason(&e))?;
                    continue;
                }
                let (_, item) = wanted.next().expect("peeked");
                let bytes = entry
                    .map_err(|e| io_reason(&e))
                    .and_then(|e| archive::read_entry(e, limits))
                    .map_err(|e| Problem::Failed(format!("failed to read {} ({e})", item.display)));
                if !sink(item, bytes) {
                    return Ok(false);
                }
            }
            Ok(true)
        })();
        match result {
            Ok(true) => {}
            Ok(false) => return,
            // The archive broke part-way: every entry not yet read fails with the reason.
            Err(e) => {
                for (_, item) in wanted {
                    let msg = format!(
                        "failed to read {} (the archive broke before it: {e})",
                        item.display
                    );
                    if !sink(item, Err(Problem::Failed(msg))) {
                        return;
                    }
                }
            }
        }
    }
}

/// Reads a regular file up to the input limit, never blocking: it is opened without
/// following a link and without waiting (a FIFO put in its place since the listing
/// would otherwise hang the batch), and refused unless it is still a regular file.
fn read_regular(path: &Path, limits: &Limits) -> Result<Vec<u8>, String> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| io_reason(&e))?;
    let meta = file.metadata().map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(format!(
            "{}, not a regular file",
            odd_kind(meta.file_type())
        ));
    }
    if meta.len() > limits.input_bytes as u64 {
        return Err(format!(
            "too large for a news article: {}, the limit is {}; raise it with --max-input-mb",
            megabytes(meta.len()),
            megabytes(limits.input_bytes as u64)
        ));
    }
    match crate::read_capped(file, limits.input_bytes) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(format!(
            "too large for a news article: it grew past {} while read",
            megabytes(limits.input_bytes as u64)
        )),
        Err(e) => Err(io_reason(&e)),
    }
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

    #[test]
    fn listed_paths_are_mirrored_as_written_below_what_they_share_with_the_folder() {
        let here = Path::new("/w/in2");
        let rel = |p: &str| listed_relative(Path::new(p), here).unwrap();
        assert_eq!(rel("luu-tru/a.txt"), PathBuf::from("luu-tru/a.txt"));
        assert_eq!(rel("./luu-tru/./a.txt"), PathBuf::from("luu-tru/a.txt"));
        assert_eq!(rel("/w/in2/luu-tru/a.txt"), PathBuf::from("luu-tru/a.txt"));
        assert_eq!(rel("../luu-tru/a.txt"), PathBuf::from("luu-tru/a.txt"));
        assert_eq!(rel("../../../x/a.txt"), PathBuf::from("x/a.txt"));
        assert_eq!(rel("/data/a.txt"), PathBuf::from("data/a.txt"));
        assert!(listed_relative(Path::new(".."), here).is_err());
    }

    fn item(rel: &str) -> Item {
        Item {
            display: rel.to_owned(),
            rel: Ok(PathBuf::from(rel)),
            origin: Origin::File(PathBuf::from(rel)),
            output: None,
            source: None,
        }
    }

    fn outputs(items: &[Item]) -> Vec<PathBuf> {
        items.iter().map(|i| i.output.clone().unwrap()).collect()
    }

    #[test]
    fn outputs_are_unique_over_every_group_and_what_is_on_disk() {
        let mut items = vec![
            item("a.html"),
            item("a.json"),
            item("a.txt"),
            item("a-2.txt"),
        ];
        let on_disk = |p: &Path| p == Path::new("a-4.pdf");
        assign_outputs(&mut items, &HashMap::new(), on_disk);
        let outs = outputs(&items);
        assert_eq!(
            outs,
            ["a.pdf", "a-3.pdf", "a-5.pdf", "a-2.pdf"].map(PathBuf::from)
        );
        // A later run keeps each item's name even when a new input sorts first.
        let previous: HashMap<String, String> = items
            .iter()
            .map(|i| {
                (
                    i.display.clone(),
                    i.output.clone().unwrap().display().to_string(),
                )
            })
            .collect();
        let mut again = vec![item("a.htm"), item("a.html"), item("a.json"), item("a.txt")];
        assign_outputs(&mut again, &previous, |_| false);
        let outs = outputs(&again);
        assert_eq!(
            outs[1..],
            ["a.pdf", "a-3.pdf", "a-5.pdf"].map(PathBuf::from)
        );
        assert_eq!(outs[0], PathBuf::from("a-2.pdf"));
    }

    #[test]
    fn output_names_lose_their_control_characters() {
        let mut items = vec![item("a\u{1b}[31m\u{7}.txt")];
        assign_outputs(&mut items, &HashMap::new(), |_| false);
        assert_eq!(outputs(&items), [PathBuf::from("a_[31m_.pdf")]);
    }

    #[test]
    fn outputs_differing_only_in_case_or_normalisation_do_not_share_a_name() {
        let mut items = vec![
            item("A.TXT"),
            item("a.txt"),
            item("Ho\u{323}\u{302}i.txt"),
            item("H\u{1ed9}i.txt"),
            item("Sub/b.txt"),
            item("sub/b.txt"),
        ];
        assign_outputs(&mut items, &HashMap::new(), |_| false);
        let outs: Vec<String> = outputs(&items)
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(
            outs,
            [
                "A.pdf",
                "a-2.pdf",
                "H\u{1ed9}i.pdf",
                "H\u{1ed9}i-2.pdf",
                "Sub/b.pdf",
                "sub/b-2.pdf"
            ]
        );
    }

    #[test]
    fn colliding_outputs_get_deterministic_suffixes() {
        let mut items = vec![
            item("a/x.txt"),
            item("a/x.html"),
            item("a/x-2.txt"),
            item("a/y.json"),
        ];
        assign_outputs(&mut items, &HashMap::new(), |_| false);
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
