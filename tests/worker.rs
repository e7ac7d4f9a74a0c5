//! Worker processes: a runaway template is stopped by the deadline or the memory limit,
//! its worker is replaced and the next document converts (issue 12, finding 9).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use vnbrief::render::{RenderOptions, Renderer, TemplateChoice};
use vnbrief::worker::{Crash, Limits, Pool, PoolOptions, WorkerError};

use crate::util::{fixture, scratch};

/// A pool of the vnbrief binary built for these tests.
fn pool_options(render: RenderOptions, limits: Limits) -> PoolOptions {
    PoolOptions {
        program: PathBuf::from(env!("CARGO_BIN_EXE_vnbrief")),
        limits,
        ..PoolOptions::new(render, 1)
    }
}

/// A user template in a fresh folder; it reads the report so the report is a real input.
fn user_template(name: &str, body: &str) -> RenderOptions {
    let dir = scratch(name);
    let main = dir.join("main.typ");
    let source = format!("#let report = json(\"/report.json\")\n= #report.title\n{body}\n");
    std::fs::write(&main, source).unwrap();
    RenderOptions {
        template: TemplateChoice::Path(main),
        ..RenderOptions::default()
    }
}

fn sample() -> Vec<u8> {
    std::fs::read(fixture("convert/sample.txt")).unwrap()
}

/// The same document in process, to compare bytes with.
fn in_process(render: &RenderOptions, input: &Path) -> Vec<u8> {
    let bytes = std::fs::read(input).unwrap();
    let report = vnbrief::read_report(&bytes, "sample.txt", &Default::default()).unwrap();
    Renderer::new(render).unwrap().render(&report).unwrap().pdf
}

/// Converts the sample with the pool's own options and checks it came out whole.
fn converts_sample(pool: &Pool, render: &RenderOptions) {
    let done = pool
        .convert(&sample(), "sample.txt", &Default::default(), None)
        .expect("the sample converts");
    assert!(done.rendered.pdf.starts_with(b"%PDF-"));
    assert_eq!(done.report.source.name, "sample.txt");
    assert_eq!(
        done.rendered.pdf,
        in_process(render, &fixture("convert/sample.txt")),
        "a worker's PDF is the in-process PDF, byte for byte"
    );
}

#[test]
fn a_worker_converts_as_the_process_does() {
    let render = RenderOptions::default();
    let pool = Pool::new(pool_options(render.clone(), Limits::default())).unwrap();
    converts_sample(&pool, &render);
    // A render job with options of its own (another template) uses them.
    let report = vnbrief::read_report(&sample(), "sample.txt", &Default::default()).unwrap();
    let minutes = RenderOptions {
        template: TemplateChoice::Builtin("minutes".into()),
        ..RenderOptions::default()
    };
    let rendered = pool.render(&report, "sample.txt", Some(&minutes)).unwrap();
    let expected = Renderer::new(&minutes).unwrap().render(&report).unwrap();
    assert_eq!(rendered.pdf, expected.pdf);
    assert_eq!(rendered.pages, expected.pages);
    assert_eq!(pool.replaced(), 0);
}

#[test]
fn a_worker_draws_the_preview_pages_as_the_process_does() {
    let pool = Pool::new(pool_options(RenderOptions::default(), Limits::default())).unwrap();
    let report = vnbrief::read_report(&sample(), "sample.txt", &Default::default()).unwrap();
    let minutes = RenderOptions {
        template: TemplateChoice::Builtin("minutes".into()),
        ..RenderOptions::default()
    };
    let drawn = pool
        .render_svg(&report, "sample.txt", Some(&minutes), &[])
        .unwrap();
    let expected = Renderer::new(&minutes)
        .unwrap()
        .render_svg(&report, &[])
        .unwrap();
    let svgs = |pages: &vnbrief::render::SvgPages| -> Vec<(String, Option<String>)> {
        let pages = pages.pages.iter();
        pages.map(|p| (p.hash.clone(), p.svg.clone())).collect()
    };
    // The same pages with the same hashes, though the worker read other templates first.
    assert_eq!(svgs(&drawn), svgs(&expected));
    assert!(drawn.pages[0].text.as_deref().unwrap().contains("BIÊN BẢN"));
    // The pages the caller holds come back as their hash alone.
    let known: Vec<String> = drawn.pages.iter().map(|p| p.hash.clone()).collect();
    let again = pool
        .render_svg(&report, "sample.txt", Some(&minutes), &known)
        .unwrap();
    assert!(again
        .pages
        .iter()
        .all(|p| p.svg.is_none() && p.text.is_none()));
    assert_eq!(again.pages.len(), known.len());
    let broken = user_template("svg-broken", "#panic(\"on purpose\")");
    let err = pool
        .render_svg(&report, "sample.txt", Some(&broken), &[])
        .unwrap_err();
    assert!(
        err.message_for("sample.txt").contains("on purpose"),
        "{err}"
    );
    assert_eq!(pool.replaced(), 0);
}

/// A runaway template in a preview is stopped as in a PDF, and the worker replaced.
#[test]
fn a_preview_that_loops_forever_is_stopped_by_the_deadline() {
    let limits = Limits {
        time: Duration::from_secs(2),
        ..Limits::default()
    };
    let hostile = user_template(
        "svg-loop",
        "#for i in range(100000) { for j in range(100000) { } }",
    );
    let pool = Pool::new(pool_options(RenderOptions::default(), limits)).unwrap();
    let report = vnbrief::read_report(&sample(), "sample.txt", &Default::default()).unwrap();
    let started = Instant::now();
    let err = pool
        .render_svg(&report, "sample.txt", Some(&hostile), &[])
        .unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(err, WorkerError::Timeout { limit: limits.time });
    assert_eq!(pool.replaced(), 1);
    let drawn = pool.render_svg(&report, "sample.txt", None, &[]).unwrap();
    assert!(drawn.pages[0].svg.as_deref().unwrap().starts_with("<svg"));
}

#[test]
fn document_errors_come_back_as_in_process_and_keep_the_worker() {
    let pool = Pool::new(pool_options(RenderOptions::default(), Limits::default())).unwrap();
    let err = pool
        .convert(b"{\"schema\": 99}", "bad.json", &Default::default(), None)
        .unwrap_err();
    let expected = vnbrief::read_report(b"{\"schema\": 99}", "bad.json", &Default::default())
        .unwrap_err()
        .to_string();
    assert_eq!(err, WorkerError::Document(expected));
    let broken = user_template("broken", "#panic(\"on purpose\")");
    let err = pool
        .convert(&sample(), "sample.txt", &Default::default(), Some(&broken))
        .unwrap_err();
    let message = err.message_for("sample.txt");
    assert!(
        message.starts_with("failed to render sample.txt"),
        "{message}"
    );
    assert!(message.contains("on purpose"), "{message}");
    assert_eq!(
        pool.replaced(),
        0,
        "a document error does not cost the worker"
    );
}

/// Runs a hostile template: it must fail with `expected`'s kind within `within`, and the
/// pool must then convert the sample with a fresh worker.
fn stopped(name: &str, body: &str, limits: Limits, within: Duration) -> WorkerError {
    let hostile = user_template(name, body);
    let render = RenderOptions::default();
    let pool = Pool::new(pool_options(render.clone(), limits)).unwrap();
    let started = Instant::now();
    let err = pool
        .convert(&sample(), "sample.txt", &Default::default(), Some(&hostile))
        .unwrap_err();
    let took = started.elapsed();
    assert!(took < within, "{name}: stopped only after {took:?}");
    assert!(err.is_worker_failure(), "{name}: {err}");
    assert_eq!(pool.replaced(), 1, "{name}: the worker was replaced");
    converts_sample(&pool, &render);
    err
}

#[test]
fn an_endless_loop_is_stopped_by_the_deadline() {
    let limits = Limits {
        time: Duration::from_secs(2),
        ..Limits::default()
    };
    // Issue 12 finding 9: nested `for` over 10^10; `while` loops Typst stops by itself.
    let body = "#for i in range(100000) { for j in range(100000) { } }";
    let err = stopped("loop", body, limits, Duration::from_secs(10));
    assert_eq!(err, WorkerError::Timeout { limit: limits.time });
    assert_eq!(
        err.message_for("sample.txt"),
        "failed to convert sample.txt (stopped after 2 s: the time limit per document)"
    );
}

/// A memory limit low enough to be reached in a few seconds.
const SMALL: Limits = Limits {
    time: Duration::from_secs(120),
    memory_bytes: 512 << 20,
};

#[test]
fn a_doubled_string_is_stopped_by_the_memory_limit() {
    let body = "#let s = \"ab\"\n#for i in range(64) { s = s + s }\n#s.len()";
    let err = stopped("double", body, SMALL, SMALL.time);
    assert_eq!(
        err,
        WorkerError::Memory {
            limit_bytes: SMALL.memory_bytes
        }
    );
    assert!(err
        .to_string()
        .contains("ran out of the 512 MB memory limit per document"));
}

#[test]
fn two_hundred_thousand_pages_are_stopped_by_the_memory_limit() {
    let body = "#for i in range(200000) [#i #pagebreak()]";
    let err = stopped("pages", body, SMALL, SMALL.time);
    assert_eq!(
        err,
        WorkerError::Memory {
            limit_bytes: SMALL.memory_bytes
        }
    );
}

/// A stand-in worker that says it is ready, then dies of a signal when given a job.
fn crashing_worker(signal: &str) -> PoolOptions {
    let ready = r#"{"Ok":{"memory_bytes":1}}"#;
    let script = format!(
        "printf '\\{:03o}\\000\\000\\000%s\\000\\000\\000\\000' '{ready}'; \
         head -c 1 >/dev/null; sleep 0.2; kill -{signal} $$",
        ready.len()
    );
    PoolOptions {
        program: PathBuf::from("/bin/sh"),
        args: vec!["-c".into(), script.into()],
        ..PoolOptions::new(RenderOptions::default(), 1)
    }
}

#[test]
fn a_crashed_worker_is_reported_by_its_signal_and_replaced() {
    let pool = Pool::new(crashing_worker("SEGV")).unwrap();
    for n in 1..=2 {
        let err = pool
            .convert(&sample(), "sample.txt", &Default::default(), None)
            .unwrap_err();
        assert_eq!(err, WorkerError::Crashed(Crash::Signal(11)));
        assert_eq!(
            err.message_for("sample.txt"),
            "failed to convert sample.txt (the worker crashed (signal 11))"
        );
        assert_eq!(pool.replaced(), n);
    }
}

#[test]
fn the_worker_subcommand_is_hidden() {
    let dir = scratch("worker-help");
    let out = crate::util::ok(crate::util::vnbrief(&dir).arg("--help"));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("batch"), "{help}");
    assert!(!help.contains("__worker"), "{help}");
}

/// The manifest's records by input name.
fn records(out: &Path) -> std::collections::BTreeMap<String, serde_json::Value> {
    std::fs::read_to_string(out.join("manifest.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter_map(|r| Some((r["input"].as_str()?.to_owned(), r)))
        .collect()
}

/// A folder of the sample under four titles: two plain, one the template loops on and
/// one it doubles a string on; and that template.
fn hostile_batch(dir: &Path) -> PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    let text = String::from_utf8(sample()).unwrap();
    for (name, title) in [
        ("a.txt", "Giao ban quý I"),
        ("b.txt", "LẶP VÔ HẠN"),
        ("c.txt", "NHÂN ĐÔI"),
        ("d.txt", "Giao ban quý II"),
    ] {
        let body = text.split_once('\n').unwrap().1;
        std::fs::write(input.join(name), format!("{title}\n{body}")).unwrap();
    }
    let template = dir.join("t/main.typ");
    std::fs::create_dir_all(template.parent().unwrap()).unwrap();
    let source = "#let report = json(\"/report.json\")\n= #report.title\n\
        #if report.title.contains(\"VÔ HẠN\") { for i in range(100000) { for j in range(100000) { } } }\n\
        #if report.title.contains(\"NHÂN ĐÔI\") { let s = \"ab\"; for i in range(64) { s = s + s }; [#s.len()] }\n";
    std::fs::write(&template, source).unwrap();
    template
}

#[test]
fn a_batch_records_runaway_documents_with_their_reason_and_goes_on() {
    let dir = scratch("worker-batch");
    let template = hostile_batch(&dir);
    // The time limit is generous: the doubled string needs a second of CPU to reach the
    // memory limit, and on a loaded machine that second can take several.
    let out = crate::util::run(
        crate::util::vnbrief(&dir)
            .args([
                "batch",
                "in",
                "-o",
                "out",
                "--jobs",
                "2",
                "--timeout",
                "20",
                "--memory",
                "512",
                "--template",
            ])
            .arg(&template),
    );
    assert_eq!(out.status.code(), Some(1), "{}", crate::util::stderr(&out));
    let records = records(&dir.join("out"));
    for ok in ["in/a.txt", "in/d.txt"] {
        assert_eq!(records[ok]["status"], "ok", "{ok}: {}", records[ok]);
    }
    let error = |name: &str| {
        records[name]["error"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(records["in/b.txt"]["status"], "failed");
    assert!(
        error("in/b.txt").ends_with("(stopped after 20 s: the time limit per document)"),
        "{}",
        error("in/b.txt")
    );
    assert!(
        error("in/c.txt").ends_with("(ran out of the 512 MB memory limit per document)"),
        "{}",
        error("in/c.txt")
    );
}

#[test]
fn worker_and_in_process_batches_write_the_same_pdfs() {
    let dir = scratch("worker-same");
    hostile_batch(&dir);
    for name in ["b.txt", "c.txt"] {
        std::fs::remove_file(dir.join("in").join(name)).unwrap();
    }
    crate::util::ok(crate::util::vnbrief(&dir).args(["batch", "in", "-o", "workers"]));
    crate::util::ok(crate::util::vnbrief(&dir).args(["batch", "in", "-o", "here", "--in-process"]));
    let (workers, here) = (records(&dir.join("workers")), records(&dir.join("here")));
    assert_eq!(workers.len(), 2);
    for (name, record) in &workers {
        assert_eq!(record["status"], "ok");
        assert_eq!(
            record["output_sha256"], here[name]["output_sha256"],
            "{name}"
        );
        assert_eq!(record["warnings"], here[name]["warnings"], "{name}");
    }
}

#[test]
fn limit_flags_are_checked_before_any_work() {
    let dir = scratch("worker-flags");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::write(dir.join("in/a.txt"), sample()).unwrap();
    for (args, flag) in [
        (&["--timeout", "0"][..], "--timeout"),
        (&["--timeout", "nan"], "--timeout"),
        (&["--memory", "10"], "--memory"),
        (&["--memory", "99999999999999999"], "--memory"),
        (&["--in-process", "--timeout", "5"], "--in-process"),
    ] {
        let out = crate::util::run(
            crate::util::vnbrief(&dir)
                .args(["batch", "in", "-o", "out"])
                .args(args),
        );
        let err = crate::util::stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(flag), "{args:?}: {err}");
        assert!(!dir.join("out").exists(), "{args:?}: nothing is written");
    }
}

/// The worker processes whose parent is `pid`.
fn workers_of(pid: u32) -> Vec<u32> {
    let children = std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"));
    children
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|c| c.parse().ok())
        .collect()
}

#[test]
fn workers_end_when_their_batch_is_killed() {
    let dir = scratch("worker-orphans");
    let template = hostile_batch(&dir);
    let mut batch = crate::util::vnbrief(&dir)
        .args(["batch", "in", "-o", "out", "--jobs", "2", "--template"])
        .arg(&template)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut workers = Vec::new();
    while workers.len() < 2 && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
        workers = workers_of(batch.id());
    }
    assert_eq!(workers.len(), 2, "the batch started its two workers");
    // One of them is in the endless loop: nothing but the parent's death can stop it.
    batch.kill().unwrap();
    batch.wait().unwrap();
    let gone = |pid: &u32| !Path::new(&format!("/proc/{pid}")).exists();
    let started = Instant::now();
    while !workers.iter().all(gone) && started.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        workers.iter().all(gone),
        "workers {workers:?} outlived their batch"
    );
}

/// `convert` and `render` lay a single document out in a worker too (trial 7, 7): a
/// runaway document stops at `--timeout` or `--memory`, with the reason and exit 1, and a
/// normal one gives the in-process PDF.
#[test]
fn single_documents_have_the_batch_limits() {
    let dir = scratch("worker-single");
    let template = hostile_batch(&dir);
    let run = |args: &[&str]| {
        let started = Instant::now();
        let out = crate::util::run(crate::util::vnbrief(&dir).args(args));
        (out, started.elapsed())
    };
    let t = template.to_str().unwrap();
    let (out, took) = run(&[
        "convert",
        "in/b.txt",
        "-o",
        "b.pdf",
        "--timeout",
        "3",
        "-t",
        t,
    ]);
    let err = crate::util::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("(stopped after 3 s: the time limit per document)"),
        "{err}"
    );
    assert!(
        took < Duration::from_secs(20),
        "stopped only after {took:?}"
    );
    assert!(!dir.join("b.pdf").exists());

    crate::util::ok(crate::util::vnbrief(&dir).args(["parse", "in/c.txt", "-o", "c.json"]));
    let (out, _) = run(&[
        "render",
        "c.json",
        "--memory",
        "512",
        "--timeout",
        "60",
        "-t",
        t,
    ]);
    let err = crate::util::stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("(ran out of the 512 MB memory limit per document)"),
        "{err}"
    );

    let (out, _) = run(&["convert", "in/a.txt", "-o", "a.pdf"]);
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    assert!(
        crate::util::stderr(&out).contains("wrote a.pdf ("),
        "convert says what it wrote: {}",
        crate::util::stderr(&out)
    );
    crate::util::ok(crate::util::vnbrief(&dir).args([
        "convert",
        "in/a.txt",
        "-o",
        "here.pdf",
        "--in-process",
        "-q",
    ]));
    assert_eq!(
        std::fs::read(dir.join("a.pdf")).unwrap(),
        std::fs::read(dir.join("here.pdf")).unwrap()
    );
}
