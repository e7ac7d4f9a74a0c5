//! Parsing speed: the cold first call in a fresh process, median over several child
//! processes, side by side with the same first call when every pattern is compiled at run
//! time as before build.rs built their DFAs; the warm median time per article over
//! the dev and held-out corpora, with the same figure for patterns compiled at run time; and "2 MB hostile inputs": decode + parse of each shape of
//! `benches/hostile.rs` at the 2 MiB input limit, with the same shape at 1/4 of the size in
//! the same run (linear time: the ratio stays near 4). Run with `cargo bench --bench parse`.

use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use vnbrief::model::Source;

mod hostile;

/// Runs per hostile shape and size.
const HOSTILE_RUNS: usize = 3;

/// Rounds over the whole corpus.
const ROUNDS: usize = 200;
/// Child processes spawned for the cold figure.
const COLD_RUNS: usize = 15;
/// Set in a child process: `cold`, parse the sample once and print the elapsed nanoseconds;
/// `warm`, print the warm median and fastest nanoseconds per article.
const COLD_ENV: &str = "VNBRIEF_BENCH_COLD";
/// Set as well in the "before" half: `src/parse/pattern.rs` then compiles every pattern at
/// run time, as before build.rs built their DFAs.
const AT_RUN_TIME_ENV: &str = "VNBRIEF_BENCH_PATTERNS_AT_RUN_TIME";

/// Every `.txt` article of a directory as (name, normalised text), in name order.
fn load(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut articles: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).expect("article");
            (
                name,
                vnbrief::decode::normalize(&String::from_utf8_lossy(&bytes)),
            )
        })
        .collect();
    articles.sort();
    articles
}

/// A source named after the article.
fn source(name: &str) -> Source {
    Source {
        name: name.to_owned(),
        ..Source::default()
    }
}

/// Child mode: time the very first parse of the sample article in this process.
fn cold_child(root: &Path) {
    let path = root.join("tests/corpus/000-giao-ban-quy-1-2024.txt");
    let bytes = std::fs::read(path).expect("sample article");
    let text = vnbrief::decode::normalize(&String::from_utf8_lossy(&bytes));
    let start = Instant::now();
    black_box(vnbrief::parse::parse(black_box(&text), source("000.txt")));
    println!("{}", start.elapsed().as_nanos());
}

/// Spawns this binary `COLD_RUNS` times in child mode (`before`: with the patterns compiled
/// at run time); the sorted first-call times.
fn cold_times(before: bool) -> Vec<Duration> {
    let exe = std::env::current_exe().expect("bench executable");
    let mut times: Vec<Duration> = (0..COLD_RUNS)
        .map(|_| {
            let mut child = Command::new(&exe);
            child.env(COLD_ENV, "cold").env_remove(AT_RUN_TIME_ENV);
            if before {
                child.env(AT_RUN_TIME_ENV, "1");
            }
            let out = child.output().expect("spawn the bench binary");
            let ns: u64 = String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .expect("child prints nanoseconds");
            Duration::from_nanos(ns)
        })
        .collect();
    times.sort();
    times
}

/// The dev and held-out articles.
fn corpus(root: &Path) -> Vec<(String, String)> {
    let mut articles = load(&root.join("tests/corpus"));
    articles.extend(load(&root.join("tests/corpus-extra")));
    assert!(!articles.is_empty(), "no articles in tests/corpus");
    articles
}

/// Warm time per article over `articles`, after one warm-up round (which compiles what is
/// compiled at run time): median and fastest of [`ROUNDS`] rounds.
fn warm(articles: &[(String, String)]) -> (Duration, Duration) {
    for (name, text) in articles {
        black_box(vnbrief::parse::parse(text, source(name)));
    }
    let mut per_article: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for (name, text) in articles {
                black_box(vnbrief::parse::parse(black_box(text), source(name)));
            }
            start.elapsed() / articles.len() as u32
        })
        .collect();
    per_article.sort();
    (per_article[ROUNDS / 2], per_article[0])
}

/// [`warm`] in a child process with every pattern compiled at run time.
fn warm_before() -> (Duration, Duration) {
    let exe = std::env::current_exe().expect("bench executable");
    let out = Command::new(&exe)
        .env(COLD_ENV, "warm")
        .env(AT_RUN_TIME_ENV, "1")
        .output()
        .expect("spawn the bench binary");
    let text = String::from_utf8_lossy(&out.stdout);
    let ns: Vec<u64> = text
        .split_whitespace()
        .map(|n| n.parse().expect("child prints nanoseconds"))
        .collect();
    (Duration::from_nanos(ns[0]), Duration::from_nanos(ns[1]))
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var(COLD_ENV).as_deref() {
        Ok("warm") => {
            let (median, fastest) = warm(&corpus(root));
            println!("{} {}", median.as_nanos(), fastest.as_nanos());
            return;
        }
        Ok(_) => {
            cold_child(root);
            return;
        }
        Err(_) => {}
    }
    // Interleaved, so both halves see the same load on a shared machine.
    let (mut cold, mut before) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        cold.extend(cold_times(false));
        before.extend(cold_times(true));
    }
    cold.sort();
    before.sort();
    let n = cold.len();
    println!(
        "parse cold: first call in a fresh process, {n} processes: median {:.2} ms, fastest {:.2} ms",
        cold[n / 2].as_secs_f64() * 1e3,
        cold[0].as_secs_f64() * 1e3,
    );
    println!(
        "  the same with every pattern compiled at run time (as before build.rs built DFAs): median {:.2} ms, fastest {:.2} ms",
        before[n / 2].as_secs_f64() * 1e3,
        before[0].as_secs_f64() * 1e3,
    );

    let articles = corpus(root);
    let (median, fastest) = warm(&articles);
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    println!(
        "parse warm: {} articles ({} KiB), {ROUNDS} rounds: median {:.1} µs per article, fastest {:.1} µs",
        articles.len(),
        bytes / 1024,
        median.as_secs_f64() * 1e6,
        fastest.as_secs_f64() * 1e6,
    );
    let (median, fastest) = warm_before();
    println!(
        "  the same with every pattern compiled at run time: median {:.1} µs, fastest {:.1} µs",
        median.as_secs_f64() * 1e6,
        fastest.as_secs_f64() * 1e6,
    );
    hostile_group();
    println!("command: cargo bench --bench parse");
}

/// Median time of decode + parse of `bytes` over [`HOSTILE_RUNS`] runs.
fn decode_parse_median(bytes: &[u8]) -> Duration {
    let mut times: Vec<Duration> = (0..HOSTILE_RUNS)
        .map(|_| {
            let start = Instant::now();
            let text = vnbrief::decode::decode(black_box(bytes), None)
                .expect("decodable")
                .text;
            black_box(vnbrief::parse::parse(&text, source("hostile.txt")));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[HOSTILE_RUNS / 2]
}

/// "2 MB hostile inputs": each shape at 2 MiB and at 512 KiB, side by side.
fn hostile_group() {
    println!("2 MB hostile inputs (decode + parse, median of {HOSTILE_RUNS}):");
    for (name, make) in hostile::ALL {
        let full = make(hostile::SIZE);
        let quarter = make(hostile::SIZE / 4);
        let (t_full, t_quarter) = (decode_parse_median(&full), decode_parse_median(&quarter));
        println!(
            "  {name:<16} {:>8.1} ms for {} KiB, {:>7.1} ms for {} KiB, ratio {:.1}",
            t_full.as_secs_f64() * 1e3,
            full.len() / 1024,
            t_quarter.as_secs_f64() * 1e3,
            quarter.len() / 1024,
            t_full.as_secs_f64() / t_quarter.as_secs_f64(),
        );
    }
}
