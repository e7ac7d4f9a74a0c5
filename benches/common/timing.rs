//! Timing helpers the process benches share: one timed run of a command, and medians.

use std::process::Command;
use std::time::{Duration, Instant};

/// Runs `cmd` to its end and returns its wall time; panics with its stderr if it fails.
pub fn time_process(cmd: &mut Command) -> Duration {
    let started = Instant::now();
    let out = cmd.output().expect("process starts");
    let took = started.elapsed();
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// The times in increasing order.
pub fn sorted(times: &[Duration]) -> Vec<Duration> {
    let mut v = times.to_vec();
    v.sort();
    v
}

/// The median of the times (the upper one of an even count).
pub fn median(times: &[Duration]) -> Duration {
    sorted(times)[times.len() / 2]
}
