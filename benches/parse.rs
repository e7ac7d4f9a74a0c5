//! Parsing speed: parses every dev-corpus article N times and prints the median time per
//! article. Run with `cargo bench --bench parse`.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use vnbrief::model::Source;

/// Rounds over the whole corpus.
const ROUNDS: usize = 200;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut articles: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("tests/corpus")
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
    assert!(!articles.is_empty(), "no articles in {}", dir.display());

    // One warm-up round compiles the regular expressions.
    for (name, text) in &articles {
        black_box(vnbrief::parse::parse(
            text,
            Source {
                name: name.clone(),
                ..Source::default()
            },
        ));
    }
    let mut per_article: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for (name, text) in &articles {
                let source = Source {
                    name: name.clone(),
                    ..Source::default()
                };
                black_box(vnbrief::parse::parse(black_box(text), source));
            }
            start.elapsed() / articles.len() as u32
        })
        .collect();
    per_article.sort();
    let median = per_article[ROUNDS / 2];
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    println!(
        "parse: {} articles ({} KiB), {ROUNDS} rounds: median {:.1} µs per article, fastest {:.1} µs",
        articles.len(),
        bytes / 1024,
        median.as_secs_f64() * 1e6,
        per_article[0].as_secs_f64() * 1e6,
    );
    println!("command: cargo bench --bench parse");
}
