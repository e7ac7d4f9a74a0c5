//! Decoding: every encoded fixture gives the same report as its UTF-8 twin without a hint,
//! the byte tables agree with independent references, HTML pages give their text twins,
//! and no bytes make decode + parse panic or hang.
//!
//! Fixtures come from `tests/make_encoded_fixtures.py` and are committed as bytes.

use std::path::Path;
use std::time::{Duration, Instant};

use vnbrief::decode::{self, tables, Encoding};
use vnbrief::{read_report, InputFormat, ReadOptions};

use crate::util::root;

/// Rows of a fixture MANIFEST.tsv, comments skipped.
fn manifest(rel: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(root().join("tests").join(rel)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(root().join("tests").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The report as JSON without `source`, which names the file's own bytes and encoding.
fn report_body(bytes: &[u8], opts: &ReadOptions) -> serde_json::Value {
    let report = read_report(bytes, "article.txt", opts).unwrap();
    let mut json = serde_json::to_value(&report).unwrap();
    json.as_object_mut().unwrap().remove("source");
    json
}

#[test]
fn encoded_fixtures_equal_their_twins() {
    let rows = manifest("fixtures/encodings/MANIFEST.tsv");
    assert!(rows.len() >= 60, "{} fixtures", rows.len());
    let mut seen = std::collections::BTreeSet::new();
    for row in rows {
        let (file, twin, expected) = (&row[0], &row[1], &row[2]);
        let bytes = read(file);
        let opts = ReadOptions::default();
        let report =
            read_report(&bytes, "article.txt", &opts).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(report.source.encoding, *expected, "{file}");
        assert_eq!(report.source.format, "text", "{file}");
        assert!(
            !report.warnings.iter().any(|w| w.contains("encoding")),
            "{file}: {:?}",
            report.warnings
        );
        assert_eq!(
            report_body(&bytes, &opts),
            report_body(&read(twin), &opts),
            "{file} differs from {twin}"
        );
        seen.insert(expected.clone());
    }
    let all: std::collections::BTreeSet<String> =
        Encoding::ALL.iter().map(|e| e.name().to_owned()).collect();
    assert_eq!(seen, all, "every encoding has fixtures");
}

#[test]
fn forced_encoding_reads_the_same() {
    for row in manifest("fixtures/encodings/MANIFEST.tsv") {
        let encoding: Encoding = row[2].parse().unwrap();
        let bytes = read(&row[0]);
        let forced = decode::decode(&bytes, Some(encoding)).unwrap();
        let detected = decode::decode(&bytes, None).unwrap();
        assert_eq!(forced.text, detected.text, "{}", row[0]);
    }
}

/// Rows "HEX\tCODEPOINT" of a reference table.
fn reference(name: &str) -> Vec<(Vec<u8>, char)> {
    let text = std::fs::read_to_string(
        Path::new(&root())
            .join("tests/fixtures/encodings/reference")
            .join(name),
    )
    .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (hex, cp) = l.split_once('\t').unwrap();
            let bytes = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            (
                bytes,
                char::from_u32(u32::from_str_radix(cp, 16).unwrap()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn tcvn3_table_matches_glibc_iconv() {
    let rows = reference("tcvn3.iconv.tsv");
    assert!(rows.len() >= 140);
    for (bytes, c) in &rows {
        assert_eq!(
            tables::tcvn3::char_of(bytes[0]),
            Some(*c),
            "byte {:02X}",
            bytes[0]
        );
    }
    // And back: every byte iconv decodes is one our table has, none more.
    for b in 0x80..=0xFFu8 {
        assert!(
            rows.iter().any(|(x, _)| x[0] == b),
            "byte {b:02X} unchecked"
        );
    }
}

#[test]
fn viscii_table_matches_glibc_iconv() {
    let rows = reference("viscii.iconv.tsv");
    for (bytes, c) in &rows {
        assert_eq!(
            tables::viscii::char_of(bytes[0]),
            Some(*c),
            "byte {:02X}",
            bytes[0]
        );
    }
    for b in (0x80..=0xFFu8).chain(tables::viscii::C0.iter().map(|x| x.0)) {
        assert!(
            rows.iter().any(|(x, _)| x[0] == b),
            "byte {b:02X} unchecked"
        );
    }
    // No other C0 byte may read as a letter.
    for b in (0..0x20u8).filter(|b| !tables::viscii::C0.iter().any(|x| x.0 == *b)) {
        let c = tables::viscii::char_of(b);
        assert!(c.is_none() || c.unwrap().is_whitespace(), "byte {b:02X}");
    }
}

#[test]
fn vni_decoder_matches_the_npm_table() {
    let rows = reference("vni.npm.tsv");
    assert!(rows.len() >= 130);
    for (bytes, c) in rows {
        let d = decode::decode(&bytes, Some(Encoding::VniWindows)).unwrap();
        assert_eq!(d.text, c.to_string(), "bytes {bytes:02X?}");
    }
}

#[test]
fn html_fixtures_match_their_text_twins() {
    let norm = |s: &str| -> Vec<String> {
        decode::normalize(s)
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    };
    for row in manifest("fixtures/html/MANIFEST.tsv") {
        let (file, twin) = (&row[0], &row[1]);
        let html = String::from_utf8(read(file)).unwrap();
        let text = vnbrief::html::article_text(&html).unwrap_or_else(|e| panic!("{file}: {e}"));
        let twin_text = String::from_utf8(read(twin)).unwrap();
        assert_eq!(norm(&text), norm(&twin_text), "{file}");
        // The whole pipeline picks HTML by content and gives the twin's report.
        let bytes = read(file);
        assert_eq!(
            InputFormat::sniff("page.txt", &bytes),
            InputFormat::Html,
            "{file}"
        );
        let report = read_report(&bytes, "page.txt", &ReadOptions::default()).unwrap();
        assert_eq!(report.source.format, "html");
        let twin_report = read_report(twin_text.as_bytes(), "t.txt", &ReadOptions::default());
        let twin_report = twin_report.unwrap();
        assert_eq!(report.title, twin_report.title, "{file}");
        assert_eq!(report.captions, twin_report.captions, "{file}");
        assert_eq!(report.author, twin_report.author, "{file}");
    }
}

#[test]
fn navigation_only_page_fails_clearly() {
    let bytes = read("fixtures/html/nav-only.html");
    let err = read_report(&bytes, "nav.html", &ReadOptions::default()).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with("failed to read nav.html (no article text in the page"),
        "{msg}"
    );
}

#[test]
fn short_and_ambiguous_texts_warn() {
    // Two TCVN3 words: read, but flagged as a guess.
    let d = decode::decode(b"H\xe9i ngh\xde", None).unwrap();
    assert_eq!(d.text, "Hội nghị");
    assert_eq!(d.encoding, Encoding::Tcvn3);
    assert!(d.warnings[0].contains("low confidence"), "{:?}", d.warnings);
    // UTF-8 and pure ASCII need no guess.
    assert!(decode::decode("Hội nghị".as_bytes(), None)
        .unwrap()
        .warnings
        .is_empty());
}

#[test]
fn bad_bytes_fail_with_offset() {
    let opts = ReadOptions::default();
    for bytes in [
        &[0u8, 159, 146, 150, 255, 0, 1, 2][..],
        b"Ti\xC3\xAAu \xC3\xA3 \xFF\xFE\xFD\x80\x81 abc",
        b"\x00\x00\x00\x00\x00\x00",
    ] {
        let msg = read_report(bytes, "x.txt", &opts).unwrap_err().to_string();
        assert!(msg.starts_with("failed to read x.txt ("), "{msg}");
        assert!(msg.contains("byte"), "{msg}");
    }
}

/// A small deterministic generator (xorshift), so a failing input can be replayed by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// One fuzz input: random bytes, or a fixture (legacy, UTF-16, HTML) with random damage.
fn fuzz_input(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    match rng.below(4) {
        0 => (0..rng.below(600)).map(|_| rng.next() as u8).collect(),
        _ => {
            let seed = &seeds[rng.below(seeds.len())];
            let start = rng.below(seed.len());
            let len = rng.below(4000);
            let mut v = seed[start..(start + len).min(seed.len())].to_vec();
            for _ in 0..rng.below(12) {
                let at = rng.below(v.len() + 1);
                match rng.below(4) {
                    0 if at < v.len() => v[at] = rng.next() as u8,
                    1 => v.insert(at, rng.next() as u8),
                    2 if at < v.len() => {
                        v.remove(at);
                    }
                    _ => {
                        let tag: &[u8] =
                            [&b"<p>"[..], b"</div>", b"<br>", b"<h1>", b"&amp;"][rng.below(5)];
                        v.splice(at..at, tag.iter().copied());
                    }
                }
            }
            v
        }
    }
}

/// Arbitrary bytes through decode and parse: no panic, no slow input. Runs
/// `VNBRIEF_FUZZ_SECS` seconds (default 3) and prints how many inputs it tried.
///
/// A panic in any stage fails the test with its input; a panic found this way is pinned
/// by a test of its own below.
#[test]
fn fuzz_decode_and_parse() {
    let secs: u64 = std::env::var("VNBRIEF_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let mut seeds: Vec<Vec<u8>> = manifest("fixtures/encodings/MANIFEST.tsv")
        .iter()
        .map(|r| read(&r[0]))
        .collect();
    seeds.extend(
        manifest("fixtures/html/MANIFEST.tsv")
            .iter()
            .map(|r| read(&r[0])),
    );
    let seed = std::env::var("VNBRIEF_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x9E37_79B9_7F4A_7C15u64);
    let mut rng = Rng(seed);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let (mut tried, mut ok) = (0u64, 0u64);
    let mut slowest = Duration::ZERO;
    while Instant::now() < deadline {
        let input = fuzz_input(&mut rng, &seeds);
        let html = rng.below(3) == 0;
        let started = Instant::now();
        // Stage one, this module's: decode, then HTML extraction.
        let text = std::panic::catch_unwind(|| {
            let decoded = decode::decode(&input, None).ok()?;
            if html {
                vnbrief::html::article_text(&decoded.text).ok()
            } else {
                Some(decoded.text)
            }
        })
        .unwrap_or_else(|_| panic!("decode panics on input {input:02X?}"));
        // Stage two: the parser on whatever text came out.
        if let Some(text) = text {
            std::panic::catch_unwind(|| {
                vnbrief::parse::parse(&text, vnbrief::model::Source::default())
            })
            .unwrap_or_else(|_| panic!("the parser panics on text {text:?}"));
            ok += 1;
        }
        let took = started.elapsed();
        slowest = slowest.max(took);
        assert!(
            took < Duration::from_secs(2),
            "slow input ({took:?}): {input:02X?}"
        );
        tried += 1;
    }
    println!("fuzz: {tried} inputs in {secs} s ({ok} decoded and parsed), slowest {slowest:?}");
    assert!(tried > 0);
}

/// Found by the fuzz test: the parser slices inside a character after a date's "/".
#[test]
fn parser_survives_symbol_inside_date() {
    // A damaged VNI article whose text holds "… - 31/¨3/2025)." after a year.
    let bytes = read("fixtures/encodings/fuzz-parser-panic.bin");
    let _ = read_report(&bytes, "fuzz.txt", &ReadOptions::default());
}

/// Inputs near the 2 MiB limit finish quickly: no step is quadratic.
#[test]
fn large_inputs_stay_linear() {
    // Absurd nesting is refused before parsing (html5ever is quadratic in depth) ...
    let deep = "<div>".repeat(100_000);
    let started = Instant::now();
    let err = vnbrief::html::article_text(&deep).unwrap_err();
    assert!(err.to_string().contains("nested too deeply"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(1));
    // ... deep but possible nesting, and huge link lists beside the text, are read.
    let mut page = "<div class=\"a\">".repeat(900);
    let paragraph = "Sáng 12/4, Công an tỉnh tổ chức Hội nghị tổng kết công tác năm 2024 và triển \
                     khai nhiệm vụ năm 2025. Dự hội nghị có lãnh đạo các phòng, đơn vị nghiệp vụ \
                     và Công an các huyện, thị xã, thành phố trên địa bàn tỉnh.";
    page.push_str(&format!("<p>{paragraph}</p>"));
    page.push_str(&"<ul><li><a href=\"x\">Tin khác</a></li></ul>".repeat(10_000));
    let started = Instant::now();
    let text = vnbrief::html::article_text(&page).unwrap();
    assert!(text.contains("Hội nghị tổng kết"), "{text}");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(10), "nested page took {took:?}");

    let tcvn3 = read("fixtures/encodings/000.tcvn3.txt");
    let big: Vec<u8> = tcvn3
        .iter()
        .copied()
        .cycle()
        .take(vnbrief::MAX_INPUT_BYTES)
        .collect();
    let started = Instant::now();
    let d = decode::decode(&big, None).unwrap();
    assert_eq!(d.encoding, Encoding::Tcvn3);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(10), "2 MiB TCVN3 took {took:?}");
}

/// The command line: detection, `--encoding`, its help and errors, HTML by content.
#[test]
fn cli_reads_legacy_and_html() {
    use crate::util::{ok, run, scratch, stderr, vnbrief};
    let dir = scratch("decode-cli");
    std::fs::write(
        dir.join("a.txt"),
        read("fixtures/encodings/002.vni-windows.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("page.txt"), read("fixtures/html/015.page.html")).unwrap();
    let source = |args: &[&str]| -> serde_json::Value {
        let out = ok(vnbrief(&dir).arg("parse").args(args));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["source"].clone()
    };
    assert_eq!(source(&["a.txt"])["encoding"], "vni-windows");
    assert_eq!(
        source(&["a.txt", "--encoding", "CP1258"])["encoding"],
        "windows-1258"
    );
    assert_eq!(source(&["page.txt"])["format"], "html");
    let out = run(vnbrief(&dir).args(["parse", "a.txt", "--encoding", "klingon"]));
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("tcvn3, vni-windows, viscii"),
        "{}",
        stderr(&out)
    );
    let help = ok(vnbrief(&dir).args(["parse", "--help"]));
    assert!(String::from_utf8_lossy(&help.stdout).contains("utf-8-via-windows-1252"));
}

/// Issue 12, finding 5: a letter carrying thousands of combining marks keeps every mark,
/// but no grapheme cluster stays longer than a few characters (the rest sit on dotted
/// circles, with a warning), so layout stays linear: the conversion runs in 512 MB of
/// address space (before, 6,000 marks took 3 GB).
#[test]
fn combining_mark_floods_keep_their_marks_in_linear_memory() {
    use crate::util::{memory_limit, run, scratch, stderr, vnbrief, MEMORY_LIMIT};
    let flood = |n: usize| {
        let article = String::from_utf8(read("../examples/giao-ban-quy-1-2024.txt")).unwrap();
        // "q" has no precomposed form with an acute: every mark stays a mark.
        let line = format!("Chữ q{} và e\u{0302}\u{0323} cuối.", "\u{0301}".repeat(n));
        article.replacen('\n', &format!("\n{line}\n"), 1)
    };
    let decoded = decode::decode(flood(10_000).as_bytes(), None).unwrap();
    assert_eq!(
        decoded.text.matches('\u{0301}').count(),
        10_000,
        "marks were dropped"
    );
    // Vietnamese stays composed: "ệ" is one letter, not a circle.
    assert!(
        decoded.text.contains("và ệ cuối."),
        "{}",
        &decoded.text[..200]
    );
    use unicode_segmentation::UnicodeSegmentation;
    let longest = decoded
        .text
        .graphemes(true)
        .map(|g| g.chars().count())
        .max();
    assert!(
        longest <= Some(decode::MAX_CLUSTER_CHARS),
        "a cluster of {longest:?} characters is left"
    );
    assert!(
        decoded
            .warnings
            .iter()
            .any(|w| w.contains("combining marks")),
        "{:?}",
        decoded.warnings
    );
    let dir = scratch("mark-flood");
    std::fs::write(dir.join("flood.txt"), flood(6_000)).unwrap();
    let out = run(memory_limit(
        vnbrief(&dir).args(["convert", "flood.txt", "-o", "flood.pdf", "-q"]),
        MEMORY_LIMIT,
    ));
    assert!(out.status.success(), "{:?} {}", out.status, stderr(&out));
}

/// Invisible format characters inside a name and the dateline (a soft hyphen, a zero-width
/// space, a direction mark, `&shy;` in a saved page) give the report of the clean article:
/// they no longer cut the chair's name or drop the date and place.
#[test]
fn format_characters_inside_words_are_ignored() {
    let clean =
        std::fs::read_to_string(root().join("tests/corpus/000-giao-ban-quy-1-2024.txt")).unwrap();
    let opts = ReadOptions::default();
    let expected = report_body(clean.as_bytes(), &opts);
    assert_eq!(
        expected["chairs"][0]["name"], "Nguyễn Ngọc Cương",
        "the fixture's chair"
    );
    let dirty = clean
        .replacen("Nguyễn Ngọc Cương", "Nguyễn Ngọc Cư\u{AD}ơng", 1)
        .replacen(
            "Ngày 12/4, tại Hà Nội",
            "Ngày 12/\u{200B}4, tại Hà\u{200B} Nội",
            1,
        )
        .replacen("Hồ Việt Triều", "Hồ Vi\u{200D}ệt\u{202E} Triều\u{2069}", 1);
    assert_ne!(dirty, clean);
    let mut got = report_body(dirty.as_bytes(), &opts);
    let warnings = got["warnings"].as_array_mut().unwrap();
    let at = warnings
        .iter()
        .position(|w| {
            w.as_str()
                .unwrap()
                .contains("6 invisible format characters")
        })
        .unwrap_or_else(|| panic!("no warning: {warnings:?}"));
    warnings.remove(at);
    assert_eq!(got, expected);

    // The same article as a saved page, with the soft hyphen as an entity.
    let page = |body: &str| {
        let paragraphs: String = body
            .lines()
            .skip(1)
            .map(|l| format!("<p>{l}</p>\n"))
            .collect();
        let title = clean.lines().next().unwrap();
        format!("<!doctype html><html><body><article><h1>{title}</h1>{paragraphs}</article></body></html>")
    };
    let html = ReadOptions {
        format: Some(InputFormat::Html),
        ..ReadOptions::default()
    };
    let shy = clean.replacen("Nguyễn Ngọc Cương", "Nguyễn Ngọc Cư&shy;ơng", 1);
    assert_eq!(
        report_body(page(&shy).as_bytes(), &html),
        report_body(page(&clean).as_bytes(), &html)
    );
}

#[test]
fn an_emoji_family_keeps_its_joiners() {
    let family = "gia đình 👨\u{200D}👩\u{200D}👧 vui";
    assert_eq!(decode::strip_format_chars(family), None);
    let (text, removed) =
        decode::strip_format_chars("Cư\u{AD}ơng \u{FEFF}o\u{200B}\u{301}").unwrap();
    assert_eq!((text.as_str(), removed), ("Cương ó", 3));
}
