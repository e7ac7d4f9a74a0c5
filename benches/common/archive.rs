//! Archives of varied articles for the batch benchmark and the hostile-batch example.

use std::path::{Path, PathBuf};

/// Writes `n` different articles: corpus articles in a shuffled paragraph order, with a
/// numbered paragraph, and in every longer paragraph two neighbouring lower-case words
/// swapped at a place that depends on the document. No paragraph repeats within hundreds
/// of documents, as in a real archive, so Typst's memoised layout of one document cannot
/// serve the next (an archive that repeated paragraphs would flatter the cache).
pub fn make_archive(root: &Path, dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let mut corpus: Vec<PathBuf> = std::fs::read_dir(root.join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    corpus.sort();
    for i in 0..n {
        let text = std::fs::read_to_string(&corpus[i % corpus.len()]).unwrap();
        let mut lines: Vec<String> = text
            .lines()
            .enumerate()
            .map(|(k, line)| vary(line, i / corpus.len() * 31 + k * 7))
            .collect();
        let len = lines.len();
        if len > 4 {
            let k = 1 + i % (len - 3);
            lines[1..len - 1].rotate_left(k % (len - 2));
        }
        let numbered = format!("Bản tin số {i}: tổng hợp {} nội dung.", i * 7 % 100);
        lines.insert(1.min(lines.len()), numbered);
        std::fs::write(dir.join(format!("doc-{i:05}.txt")), lines.join("\n")).unwrap();
    }
}

/// A paragraph of eight words or more with the `seed`-th pair of neighbouring lower-case
/// words (counted cyclically) swapped; shorter lines (titles, captions, bylines) as they are.
fn vary(line: &str, seed: usize) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    let plain = |w: &str| !w.is_empty() && w.chars().all(char::is_lowercase);
    let pairs: Vec<usize> = (0..words.len().saturating_sub(1))
        .filter(|&k| plain(words[k]) && plain(words[k + 1]))
        .collect();
    if words.len() < 8 || pairs.is_empty() {
        return line.to_owned();
    }
    let k = pairs[seed % pairs.len()];
    words.swap(k, k + 1);
    words.join(" ")
}
