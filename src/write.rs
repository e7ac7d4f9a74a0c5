//! Writing outputs, for the command line and the batch alike: a regular file is replaced
//! whole or not at all (a temporary file renamed into place), a character device or FIFO
//! the user named (`-o /dev/stdout`) is written to directly, and anything else is refused,
//! so no flag turns a device into a file or writes through a link the user did not name.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::io_reason;

/// Why an output was not written.
#[derive(Debug)]
#[non_exhaustive]
pub enum WriteError {
    /// Something that is not a file is in the way (a folder, a socket, a link in a batch).
    NotAFile {
        /// The output path.
        path: PathBuf,
        /// What is there, in words ("a folder", "a socket").
        kind: &'static str,
    },
    /// Something that is not a folder is where the output's folder should be (a file
    /// named like it).
    NotAFolder {
        /// The folder's path.
        path: PathBuf,
        /// What is there, in words ("a file", "a socket").
        kind: &'static str,
    },
    /// The system refused the write.
    Io {
        /// The output path.
        path: PathBuf,
        /// Why, in short words.
        reason: String,
    },
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::NotAFile { path, kind } => write!(
                f,
                "refused to write {}: it is {kind}, not a file",
                crate::printable(&path.display().to_string())
            ),
            WriteError::NotAFolder { path, kind } => write!(
                f,
                "refused to write into {}: it is {kind}, not a folder",
                crate::printable(&path.display().to_string())
            ),
            WriteError::Io { path, reason } => write!(
                f,
                "failed to write {} ({reason})",
                crate::printable(&path.display().to_string())
            ),
        }
    }
}

impl std::error::Error for WriteError {}

impl WriteError {
    fn io(path: &Path, e: &std::io::Error) -> Self {
        WriteError::Io {
            path: path.to_owned(),
            reason: io_reason(e),
        }
    }
}

/// What is at a path, for deciding how to write there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Missing,
    File,
    /// A character device or a FIFO: written to in place.
    Stream,
    Other(&'static str),
}

fn kind_of(meta: &std::fs::Metadata) -> Target {
    let t = meta.file_type();
    if t.is_file() {
        return Target::File;
    }
    if t.is_dir() {
        return Target::Other("a folder");
    }
    if t.is_symlink() {
        return Target::Other("a symbolic link");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_char_device() || t.is_fifo() {
            return Target::Stream;
        }
        if t.is_socket() {
            return Target::Other("a socket");
        }
        if t.is_block_device() {
            return Target::Other("a block device");
        }
    }
    Target::Other("not a regular file")
}

fn target(path: &Path) -> Result<Target, WriteError> {
    match std::fs::metadata(path) {
        Ok(meta) => Ok(kind_of(&meta)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Target::Missing),
        Err(e) => Err(WriteError::io(path, &e)),
    }
}

/// Checks, before any work, that [`write_output`] would not refuse `path`.
pub fn check_output(path: &Path) -> Result<(), WriteError> {
    match target(path)? {
        Target::Other(kind) => Err(WriteError::NotAFile {
            path: path.to_owned(),
            kind,
        }),
        _ => Ok(()),
    }
}

/// True for the kernel's own names (`/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`): they are
/// written in place whatever they lead to, never replaced by a file.
fn kernel_name(path: &Path) -> bool {
    path.starts_with("/dev") || path.starts_with("/proc")
}

/// Writes `bytes` to `path` as the user named it (links followed): a device or FIFO
/// directly, a regular file atomically (the file a link leads to, not the link), and
/// refuses anything else. `token` marks the temporary file (`.NAME.TOKEN.part` beside
/// the output).
pub fn write_output(path: &Path, bytes: &[u8], token: &str) -> Result<(), WriteError> {
    let target = match target(path)? {
        Target::File if kernel_name(path) => Target::Stream,
        other => other,
    };
    match target {
        Target::Stream => {
            let mut out = OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(|e| WriteError::io(path, &e))?;
            // A regular file behind a kernel name (`-o /dev/stdout > f.pdf`) is truncated:
            // the PDF replaces what was there, as it would at a plain path.
            let is_file = out.metadata().is_ok_and(|m| m.is_file());
            if is_file {
                out.set_len(0).map_err(|e| WriteError::io(path, &e))?;
            }
            out.write_all(bytes)
                .and_then(|_| out.flush())
                .map_err(|e| WriteError::io(path, &e))
        }
        Target::Other(kind) => Err(WriteError::NotAFile {
            path: path.to_owned(),
            kind,
        }),
        Target::File => {
            let real = path.canonicalize().map_err(|e| WriteError::io(path, &e))?;
            replace_atomically(&real, bytes, token)
        }
        Target::Missing => replace_atomically(path, bytes, token),
    }
}

/// Writes `bytes` to `root/rel`, creating the folders on the way, and never through a
/// symbolic link or over anything but a regular file below `root` (the batch's output
/// folder, which the user named and may itself be a link).
pub fn write_below(root: &Path, rel: &Path, bytes: &[u8], token: &str) -> Result<(), WriteError> {
    let path = root.join(rel);
    let mut dir = root.to_owned();
    let parents: Vec<_> = rel
        .parent()
        .map(|p| p.components().collect())
        .unwrap_or_default();
    for part in parents {
        dir.push(part);
        match std::fs::symlink_metadata(&dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(meta) => {
                return Err(WriteError::NotAFolder {
                    path: dir,
                    kind: match kind_of(&meta) {
                        Target::File => "a file",
                        Target::Other(kind) => kind,
                        _ => "a device or FIFO",
                    },
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match std::fs::create_dir(&dir) {
                    Ok(()) => {}
                    // Another worker made it meanwhile: checked again on the next write.
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(WriteError::io(&dir, &e)),
                }
            }
            Err(e) => return Err(WriteError::io(&dir, &e)),
        }
    }
    match std::fs::symlink_metadata(&path) {
        Ok(meta) => match kind_of(&meta) {
            Target::File => {}
            Target::Other(kind) => return Err(WriteError::NotAFile { path, kind }),
            _ => {
                return Err(WriteError::NotAFile {
                    path,
                    kind: "a device or FIFO",
                })
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(WriteError::io(&path, &e)),
    }
    replace_atomically(&path, bytes, token)
}

/// The temporary name of an output: hidden, in the same folder, marked with a token.
pub fn temp_path(path: &Path, token: &str) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{token}.part"))
}

/// Creates `path` anew (never opening what is already there, a planted link included),
/// first removing a stale file of that name.
pub fn create_new(path: &Path) -> std::io::Result<File> {
    let open = || OpenOptions::new().write(true).create_new(true).open(path);
    match open() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            std::fs::remove_file(path)?;
            open()
        }
        other => other,
    }
}

/// Writes a file whole or not at all: to a temporary name, then renamed.
///
/// The rename makes a killed process leave the old file or the new one, never a part.
/// There is no fsync per document: it would double the cost of a small PDF, and what
/// it guards against (a power cut) the batch's manifest check on resume catches anyway,
/// since a PDF whose bytes do not match its recorded hash is converted again (and, when it
/// is no longer a whole PDF, replaced; a whole one changed since is the user's edit and
/// is left alone without `--force`).
fn replace_atomically(path: &Path, bytes: &[u8], token: &str) -> Result<(), WriteError> {
    let tmp = temp_path(path, token);
    let result = create_new(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(WriteError::io(path, &e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("vnbrief-write-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_a_file_and_refuses_a_folder() {
        let dir = scratch("file");
        let path = dir.join("a.pdf");
        std::fs::write(&path, "old").unwrap();
        write_output(&path, b"new", "t").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let err = write_output(&dir, b"x", "t").unwrap_err();
        assert!(err.to_string().contains("it is a folder"), "{err}");
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "a temporary file is left"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_the_user_names_has_its_file_replaced_not_itself() {
        let dir = scratch("named-link");
        std::fs::write(dir.join("real.pdf"), "old").unwrap();
        std::os::unix::fs::symlink("real.pdf", dir.join("link.pdf")).unwrap();
        write_output(&dir.join("link.pdf"), b"new", "t").unwrap();
        assert!(std::fs::symlink_metadata(dir.join("link.pdf"))
            .unwrap()
            .is_symlink());
        assert_eq!(std::fs::read(dir.join("real.pdf")).unwrap(), b"new");
    }

    #[cfg(unix)]
    #[test]
    fn never_writes_through_a_link_below_the_root() {
        let dir = scratch("link");
        let elsewhere = scratch("link-elsewhere");
        std::os::unix::fs::symlink(&elsewhere, dir.join("sub")).unwrap();
        let err = write_below(&dir, Path::new("sub/a.pdf"), b"x", "t").unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
        std::os::unix::fs::symlink(elsewhere.join("b.pdf"), dir.join("b.pdf")).unwrap();
        assert!(write_below(&dir, Path::new("b.pdf"), b"x", "t").is_err());
        assert!(!elsewhere.join("b.pdf").exists());
        write_below(&dir, Path::new("c/d/e.pdf"), b"x", "t").unwrap();
        assert_eq!(std::fs::read(dir.join("c/d/e.pdf")).unwrap(), b"x");
        std::fs::write(dir.join("f"), "a file").unwrap();
        let err = write_below(&dir, Path::new("f/g.pdf"), b"x", "t").unwrap_err();
        assert!(
            err.to_string().ends_with("f: it is a file, not a folder"),
            "{err}"
        );
    }
}
