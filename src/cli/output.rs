//! Writing results: whole files or nothing, never a half-written PDF.

use std::io::Write;
use std::path::Path;

use vnbrief::io_reason;

use super::Failure;

/// Writes bytes to `path` (`-` is standard output) through a temporary file renamed
/// into place, so an interrupted run leaves the old file or the new one, never a part.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        return match out.write_all(bytes).and_then(|_| out.flush()) {
            Ok(()) => Ok(()),
            // A closed pipe (`| head`) is the reader's choice, not a failure.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Failure::failed(format!(
                "failed to write to standard output ({})",
                io_reason(&e)
            ))),
        };
    }
    let fail = |e: std::io::Error| {
        Failure::failed(format!(
            "failed to write {} ({})",
            path.display(),
            io_reason(&e)
        ))
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.part", std::process::id()));
    let result = std::fs::File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|_| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    Ok(())
}
