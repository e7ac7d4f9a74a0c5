//! Decoding speed, detection included (no `--encoding` hint): for each encoding, the
//! encoded fixtures of tests/fixtures/encodings/ one by one (article-sized inputs), and
//! the same joined into one 1 MiB input. Prints the median throughput in MB/s. "utf-8 nfc"
//! are the NFC twins of the 8-bit fixtures; "utf-8" the corpus articles with a BOM (some
//! have NFD passages); "utf-8 nfd" the same fully decomposed.
//! Run with `cargo bench --bench decode`.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use vnbrief::decode::{decode, Encoding};

/// Timed rounds per measurement.
const ROUNDS: usize = 31;
/// Size of the joined input.
const BIG: usize = 1 << 20;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let manifest = std::fs::read_to_string(root.join("fixtures/encodings/MANIFEST.tsv"))
        .expect("tests/fixtures/encodings/MANIFEST.tsv");
    let mut by_encoding: BTreeMap<String, Vec<Vec<u8>>> = BTreeMap::new();
    for line in manifest.lines().filter(|l| !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (file, twin, encoding) = (cols.next().unwrap(), cols.next(), cols.next().unwrap());
        let bytes = std::fs::read(root.join(file)).expect("fixture");
        // Decomposed UTF-8 pays for composition; measured apart from the usual NFC text.
        let key = if file.contains("nfd") {
            format!("{encoding} nfd")
        } else {
            encoding.to_owned()
        };
        by_encoding.entry(key).or_default().push(bytes);
        // The twins of the 8-bit fixtures are plain NFC UTF-8, the common case.
        if encoding == "tcvn3" {
            let twin = std::fs::read(root.join(twin.unwrap())).expect("twin");
            by_encoding
                .entry("utf-8 nfc".into())
                .or_default()
                .push(twin);
        }
    }
    println!("decode (detection included), median of {ROUNDS} rounds:");
    let mut groups: Vec<(String, Encoding)> = Encoding::ALL
        .iter()
        .map(|e| (e.name().to_owned(), *e))
        .collect();
    groups.insert(0, ("utf-8 nfc".to_owned(), Encoding::Utf8));
    groups.insert(2, ("utf-8 nfd".to_owned(), Encoding::Utf8));
    for (label, encoding) in &groups {
        let Some(files) = by_encoding.get(label) else {
            continue;
        };
        // A byte-order mark belongs only at the start: join the BOM-less files of UTF-16
        // (their twins without one are there too), strip it from UTF-8 ones.
        let joinable: Vec<&[u8]> = files
            .iter()
            .filter(|f| !f.starts_with(b"\xFF\xFE") && !f.starts_with(b"\xFE\xFF"))
            .map(|f| f.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(f))
            .collect();
        let mut big = Vec::with_capacity(BIG + 64 * 1024);
        let newline: &[u8] = match encoding {
            Encoding::Utf16Le => b"\n\0",
            Encoding::Utf16Be => b"\0\n",
            _ => b"\n",
        };
        while big.len() < BIG && !joinable.is_empty() {
            for f in &joinable {
                big.extend_from_slice(f);
                big.extend_from_slice(newline);
            }
        }
        let small = median_mbps(files.iter().map(|f| f.as_slice()).collect(), *encoding);
        let large = if big.is_empty() {
            f64::NAN
        } else {
            median_mbps(vec![big.as_slice()], *encoding)
        };
        println!(
            "  {:<24} articles ({} files, {:>3} KiB): {:>7.1} MB/s   one {} KiB input: {:>7.1} MB/s",
            label,
            files.len(),
            files.iter().map(Vec::len).sum::<usize>() / 1024,
            small,
            big.len() / 1024,
            large
        );
    }
}

/// Median throughput of decoding all `inputs` once, in MB/s (10^6 bytes per second).
fn median_mbps(inputs: Vec<&[u8]>, expected: Encoding) -> f64 {
    let bytes: usize = inputs.iter().map(|i| i.len()).sum();
    for input in &inputs {
        let d = decode(input, None).expect("fixture decodes");
        assert_eq!(d.encoding, expected);
    }
    let mut rates: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for input in &inputs {
                black_box(decode(black_box(input), None).ok());
            }
            bytes as f64 / start.elapsed().as_secs_f64() / 1e6
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    rates[ROUNDS / 2]
}
