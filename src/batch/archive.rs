//! Zip and tar archives of a batch: their entries listed and read front to back, every
//! entry decompressed only up to the input limit and every archive up to its total, a
//! damaged archive failing its own entries only, and repeated zip entry names reported.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::error::megabytes;
use crate::{io_reason, printable, Limits};

use super::inputs::{has_article_extension, safe_relative, shown, Item, Origin, Problem};

/// The failed item of an archive that cannot be read (at all, or from some point on).
fn archive_problem(archive: &Path, why: &str) -> Item {
    let display = shown(archive);
    let message = format!("cannot read archive {display} ({why})");
    Item::problem(display, Problem::Failed(message))
}

/// The item of an archive entry: ignored when it is not a regular file (`odd` says what
/// it is), failed when too large or its path leaves the output folder.
fn entry_item(
    archive: &Path,
    name: &str,
    odd: Option<&str>,
    size: u64,
    limits: &Limits,
    origin: Origin,
) -> Item {
    let display = format!("{}:{}", shown(archive), printable(name));
    let rel = if let Some(what) = odd {
        Err(Problem::Ignored(format!(
            "{display} is {what} in the archive, not read"
        )))
    } else if let Some(why) = entry_too_large(size, limits) {
        Err(Problem::Failed(format!("failed to read {display} ({why})")))
    } else {
        safe_relative(name).map_err(Problem::Failed)
    };
    Item {
        display,
        rel,
        origin,
        output: None,
        source: None,
    }
}

/// Why an entry is refused for its size, if it is.
fn entry_too_large(size: u64, limits: &Limits) -> Option<String> {
    (size > limits.input_bytes as u64).then(|| {
        format!(
            "too large for a news article: {} decompressed, the limit is {}; raise it with \
             --max-input-mb",
            megabytes(size),
            megabytes(limits.input_bytes as u64)
        )
    })
}

/// The item of one of `n` entries that share a name: refused, in a zip and a tar alike
/// (the zip crate could read only one of them, and the manifest could not tell them apart).
fn repeated(archive: &Path, name: &str, n: usize) -> Item {
    let display = format!("{}:{}", shown(archive), printable(name));
    let why = format!(
        "refused: the archive holds {n} entries named {display}; none is converted, as which \
         one is meant is unclear"
    );
    Item::problem(display, Problem::Failed(why))
}

pub(super) fn list_zip(archive: &Path, limits: &Limits) -> Vec<Item> {
    let mut file = match File::open(archive) {
        Ok(f) => f,
        Err(e) => return vec![archive_problem(archive, &io_reason(&e))],
    };
    // The zip crate keeps one entry per name: duplicates are counted from the central
    // directory itself, and every entry of a repeated name is reported, none converted.
    let mut counts: HashMap<Vec<u8>, usize> = HashMap::new();
    for name in central_directory_names(&mut file).unwrap_or_default() {
        *counts.entry(name).or_default() += 1;
    }
    let _ = file.seek(SeekFrom::Start(0));
    let mut zip = match zip::ZipArchive::new(std::io::BufReader::new(file)) {
        Ok(z) => z,
        Err(e) => return vec![archive_problem(archive, &e.to_string().to_lowercase())],
    };
    let mut found = Vec::new();
    for (name, &n) in counts.iter().filter(|(_, &n)| n > 1) {
        let name = String::from_utf8_lossy(name);
        if !has_article_extension(&name) {
            continue;
        }
        for _ in 0..n {
            found.push(repeated(archive, &name, n));
        }
    }
    found.sort_by(|a, b| a.display.cmp(&b.display));
    for index in 0..zip.len() {
        let entry = match zip.by_index(index) {
            Ok(e) => e,
            Err(e) => {
                let display = format!("{}:#{index}", shown(archive));
                let why = format!(
                    "failed to read {display} ({})",
                    e.to_string().to_lowercase()
                );
                found.push(Item::problem(display, Problem::Failed(why)));
                continue;
            }
        };
        if entry.is_dir() || counts.get(entry.name_raw()).is_some_and(|&n| n > 1) {
            continue;
        }
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if !has_article_extension(&name) {
            continue;
        }
        let odd = entry.is_symlink().then_some("a symbolic link");
        let origin = Origin::Zip {
            archive: archive.to_owned(),
            index,
        };
        found.push(entry_item(
            archive,
            &name,
            odd,
            entry.size(),
            limits,
            origin,
        ));
    }
    found
}

/// The entry names of a zip's central directory, repeats included, or `None` when it
/// cannot be found (the zip crate then reports the archive).
fn central_directory_names(file: &mut File) -> Option<Vec<Vec<u8>>> {
    let u16_at = |b: &[u8], i: usize| Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |b: &[u8], i: usize| Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?));
    let u64_at = |b: &[u8], i: usize| Some(u64::from_le_bytes(b.get(i..i + 8)?.try_into().ok()?));
    let len = file.metadata().ok()?.len();
    // The end record is 22 bytes and a comment of at most 65,535.
    let tail_len = len.min(22 + 65_535);
    let tail_start = len - tail_len;
    file.seek(SeekFrom::Start(tail_start)).ok()?;
    let mut tail = vec![0; tail_len as usize];
    file.read_exact(&mut tail).ok()?;
    let end = tail.windows(4).rposition(|w| w == b"PK\x05\x06")?;
    let mut size = u64::from(u32_at(&tail, end + 12)?);
    // The directory ends where the end record (or the zip64 one) starts: this holds
    // for archives with a prefix too (self-extracting), whose offsets are shifted.
    let mut dir_end = tail_start + end as u64;
    if size == 0xFFFF_FFFF || u16_at(&tail, end + 10)? == 0xFFFF {
        let locator = end.checked_sub(20)?;
        if tail.get(locator..locator + 4)? != b"PK\x06\x07" {
            return None;
        }
        let record = u64_at(&tail, locator + 8)?;
        file.seek(SeekFrom::Start(record)).ok()?;
        let mut z64 = [0u8; 56];
        file.read_exact(&mut z64).ok()?;
        if &z64[..4] != b"PK\x06\x06" {
            return None;
        }
        size = u64_at(&z64, 40)?;
        dir_end = record;
    }
    // A directory over 64 MB is not an archive of articles: left to the zip crate.
    if size > 64 << 20 || size > dir_end {
        return None;
    }
    file.seek(SeekFrom::Start(dir_end - size)).ok()?;
    let mut dir = vec![0; size as usize];
    file.read_exact(&mut dir).ok()?;
    let mut names = Vec::new();
    let mut at = 0;
    while dir.get(at..at + 4) == Some(b"PK\x01\x02") {
        let name_len = usize::from(u16_at(&dir, at + 28)?);
        let extra = usize::from(u16_at(&dir, at + 30)?);
        let comment = usize::from(u16_at(&dir, at + 32)?);
        names.push(dir.get(at + 46..at + 46 + name_len)?.to_vec());
        at += 46 + name_len + extra + comment;
    }
    Some(names)
}

/// A reader that fails once more than `limit` bytes came through: a compressed stream
/// decompressing without end stops there.
struct Capped<R> {
    inner: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more tells a stream that ends exactly at the limit from a longer one.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::other(format!(
                    "it decompresses to more than {}; raise the limit with --max-archive-mb",
                    megabytes(self.limit)
                ))),
            };
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

pub(super) fn open_tar(
    archive: &Path,
    gz: bool,
    limits: &Limits,
) -> std::io::Result<tar::Archive<Box<dyn Read>>> {
    let file = std::io::BufReader::new(File::open(archive)?);
    let reader: Box<dyn Read> = if gz {
        Box::new(flate2::read::GzDecoder::new(file))
    } else {
        Box::new(file)
    };
    Ok(tar::Archive::new(Box::new(Capped {
        inner: reader,
        left: limits.archive_bytes,
        limit: limits.archive_bytes,
    })))
}

pub(super) fn list_tar(archive: &Path, gz: bool, limits: &Limits) -> Vec<Item> {
    let mut tar = match open_tar(archive, gz, limits) {
        Ok(t) => t,
        Err(e) => return vec![archive_problem(archive, &io_reason(&e))],
    };
    let entries = match tar.entries() {
        Ok(e) => e,
        Err(e) => return vec![archive_problem(archive, &io_reason(&e))],
    };
    let mut found = Vec::new();
    let mut names: Vec<(usize, String)> = Vec::new();
    for (index, entry) in entries.enumerate() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                // What was listed so far is kept; the rest of the archive fails, once.
                let why = format!("unreadable after {index} entries: {}", io_reason(&e));
                found.push(archive_problem(archive, &why));
                break;
            }
        };
        // The raw name: the tar crate's `path()` would already resolve some tricks.
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let kind = entry.header().entry_type();
        if kind.is_dir() || !has_article_extension(&name) {
            continue;
        }
        let odd = (!kind.is_file()).then_some("a link or device");
        let origin = Origin::Tar {
            archive: archive.to_owned(),
            index,
            gz,
        };
        names.push((found.len(), name.clone()));
        found.push(entry_item(
            archive,
            &name,
            odd,
            entry.size(),
            limits,
            origin,
        ));
    }
    // Entries of one name, as in a zip: every one reported, none converted.
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (_, name) in &names {
        *counts.entry(name.as_str()).or_default() += 1;
    }
    for (at, name) in &names {
        if let Some(&n) = counts.get(name.as_str()).filter(|&&n| n > 1) {
            found[*at] = repeated(archive, name, n);
        }
    }
    found
}

/// Reads an archive entry up to the input limit.
pub(super) fn read_entry(entry: impl Read, limits: &Limits) -> Result<Vec<u8>, String> {
    match crate::read_capped(entry, limits.input_bytes) {
        Ok(Some(bytes)) => Ok(bytes),
        Ok(None) => Err(format!(
            "too large for a news article: more than {} decompressed; raise the limit with \
             --max-input-mb",
            megabytes(limits.input_bytes as u64)
        )),
        Err(e) => Err(io_reason(&e)),
    }
}

pub(super) fn read_zip_entry(
    zips: &mut BTreeMap<PathBuf, (zip::ZipArchive<std::io::BufReader<File>>, u64)>,
    archive: &Path,
    index: usize,
    limits: &Limits,
) -> Result<Vec<u8>, String> {
    if !zips.contains_key(archive) {
        let file = File::open(archive).map_err(|e| io_reason(&e))?;
        let zip = zip::ZipArchive::new(std::io::BufReader::new(file))
            .map_err(|e| e.to_string().to_lowercase())?;
        zips.insert(archive.to_owned(), (zip, 0));
    }
    let (zip, total) = zips.get_mut(archive).expect("inserted above");
    if *total > limits.archive_bytes {
        return Err(format!(
            "the archive decompresses to more than {}; raise the limit with --max-archive-mb",
            megabytes(limits.archive_bytes)
        ));
    }
    let entry = zip
        .by_index(index)
        .map_err(|e| e.to_string().to_lowercase())?;
    let bytes = read_entry(entry, limits)?;
    *total += bytes.len() as u64;
    Ok(bytes)
}
