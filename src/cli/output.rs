//! Writing results: `-` is standard output; a path goes through the library's one write
//! helper ([`vnbrief::write::write_output`]): a regular file replaced whole, a device or
//! FIFO written in place, anything else refused.

use std::io::Write;
use std::path::Path;

use vnbrief::io_reason;

use super::Failure;

/// Writes bytes to `path` (`-` is standard output).
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
    let token = std::process::id().to_string();
    vnbrief::write::write_output(path, bytes, &token).map_err(|e| Failure::failed(e.to_string()))
}
