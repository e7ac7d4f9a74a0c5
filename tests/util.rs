//! Helpers shared by the integration tests: running the binary, scratch folders,
//! PDF text extraction, golden files.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use unicode_normalization::UnicodeNormalization;

/// The project folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// True when goldens should be rewritten (`VNBRIEF_BLESS=1 cargo test`); review the diff.
pub fn blessing() -> bool {
    std::env::var_os("VNBRIEF_BLESS").is_some_and(|v| v != "0")
}

/// A fresh, empty scratch folder for one test.
pub fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir()
        .join(format!("vnbrief-tests-{}", std::process::id()))
        .join(format!("{name}-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A `vnbrief` command run in `dir`.
pub fn vnbrief(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vnbrief"));
    cmd.current_dir(dir).stdin(Stdio::null());
    cmd
}

/// Limits the command's address space (`RLIMIT_AS`): a regression that eats memory then
/// fails its test at once instead of taking the machine's memory.
pub fn memory_limit(cmd: &mut Command, bytes: u64) -> &mut Command {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the forked child before exec and only calls setrlimit,
    // which is async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        })
    }
}

/// The address-space limit of the hostile-input tests: a conversion needs under 300 MB.
pub const MEMORY_LIMIT: u64 = 512 << 20;

/// Runs a command to its end, or kills it after `secs` seconds (`None`: it hung).
pub fn run_for(cmd: &mut Command, secs: u64) -> Option<Output> {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vnbrief runs");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(secs)) {
        Ok(out) => Some(out.expect("vnbrief runs")),
        Err(_) => {
            // SAFETY: a plain kill(2) of the child we spawned.
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
            None
        }
    }
}

/// Makes a FIFO at `path`.
pub fn mkfifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(
        unsafe { libc::mkfifo(c.as_ptr(), 0o644) },
        0,
        "mkfifo {}",
        path.display()
    );
}

/// Runs a command and returns its output.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("vnbrief runs")
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Runs a command that must succeed, returning its output.
pub fn ok(cmd: &mut Command) -> Output {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "command failed: {cmd:?}\n{}",
        stderr(&out)
    );
    out
}

/// The text of a PDF in drawing order, pages ended by form feeds (read in Rust by
/// [`crate::pdf_read`], no system tool needed).
pub fn pdf_text(pdf: &Path) -> String {
    crate::pdf_read::text(pdf)
}

/// The PDF's text without the page-number lines of the page headers.
pub fn body_text(pdf: &Path) -> String {
    let text = pdf_text(pdf);
    let kept: Vec<&str> = text
        .lines()
        .map(|l| l.trim_matches('\u{c}'))
        .filter(|l| !l.trim().chars().all(|c| c.is_ascii_digit()) || l.trim().is_empty())
        .collect();
    squash(&kept.join("\n"))
}

/// NFC with all white space removed: line breaks and justification then do not matter.
pub fn squash(s: &str) -> String {
    s.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// Compares `actual` with the golden file, or rewrites it when blessing.
pub fn check_golden(path: &Path, actual: &str) {
    if blessing() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        // Written aside and renamed into place, so a test reading the goldens meanwhile (the
        // schema check walks every report) sees the old file or the new one, never half of it.
        let name = path.file_name().unwrap().to_string_lossy();
        let aside = path.with_file_name(format!(".{name}.blessing-{}", std::process::id()));
        std::fs::write(&aside, actual).unwrap();
        std::fs::rename(&aside, path).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "missing golden {}: run with VNBRIEF_BLESS=1 and review it",
            path.display()
        )
    });
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(10)
            .map(|(i, (a, b))| format!("line {}:\n  - {a}\n  + {b}", i + 1))
            .collect();
        panic!(
            "{} differs from the output ({} vs {} lines):\n{}\n(rerun with VNBRIEF_BLESS=1 \
             to accept, then review `git diff`)",
            path.display(),
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}
