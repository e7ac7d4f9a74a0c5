//! The limits per document of the worker processes (batch, serve, convert, render), from
//! their flags.

use std::time::Duration;

use vnbrief::worker::Limits;

use super::args::WorkerFlags;
use super::Failure;

/// Below this a worker cannot hold the fonts and one short document.
const MIN_MEMORY_MB: u64 = 128;

/// Checks the flags: `None` for `--in-process`, else the limits with defaults filled in.
pub(crate) fn limits(flags: &WorkerFlags) -> Result<Option<Limits>, Failure> {
    if flags.in_process {
        return Ok(None);
    }
    let mut limits = Limits::default();
    if let Some(secs) = flags.timeout {
        if !(secs.is_finite() && secs > 0.0 && secs <= 86_400.0) {
            return Err(Failure::usage(format!(
                "--timeout {secs}: expected a number of seconds above 0, at most 86400 (a day)"
            )));
        }
        limits.time = Duration::from_secs_f64(secs);
    }
    if let Some(mb) = flags.memory {
        let bytes = mb
            .checked_mul(1 << 20)
            .filter(|_| mb >= MIN_MEMORY_MB)
            .ok_or_else(|| {
                Failure::usage(format!(
                    "--memory {mb}: expected at least {MIN_MEMORY_MB} (megabytes)"
                ))
            })?;
        limits.memory_bytes = bytes;
    }
    Ok(Some(limits))
}

/// Runs the hidden worker subcommand: the job loop, then the process ends.
pub(crate) fn run() -> ! {
    std::process::exit(vnbrief::worker::child_main())
}
