//! One batch at a time per manifest: an advisory lock (`flock`) on a hidden file beside
//! it, held for the whole run and released by the system when the process ends, however
//! it ends (so a killed batch leaves no stale lock). Shards write manifests of their own
//! and may run side by side.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::BatchError;

/// The lock, held while this value lives.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Takes the lock of the manifest `name` in `dir`, or says who holds it.
pub fn acquire(dir: &Path, name: &str) -> Result<Lock, BatchError> {
    let path: PathBuf = dir.join(format!(".{name}.lock"));
    let out_dir = |e: std::io::Error| BatchError::OutDir {
        path: dir.to_owned(),
        reason: crate::io_reason(&e),
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(&path).map_err(out_dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::io::AsRawFd;
        // SAFETY: flock on a file descriptor this function owns.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            return Err(BatchError::Locked {
                lock: path,
                holder: if holder.is_empty() {
                    "another process".into()
                } else {
                    holder.to_owned()
                },
            });
        }
    }
    file.set_len(0).map_err(out_dir)?;
    file.rewind().map_err(out_dir)?;
    writeln!(file, "pid {}", std::process::id()).map_err(out_dir)?;
    Ok(Lock { _file: file })
}
