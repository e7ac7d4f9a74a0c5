//! Choosing the encoding: byte-order marks and UTF-16's zero bytes first, then strict UTF-8
//! (with a check for double encoding), then every 8-bit candidate scored on how
//! Vietnamese it reads.

use super::read::{control_byte, fits_cp1252, read_as};
use super::score::{score, Score};
use super::{DecodeError, Encoding};

/// Bytes scored per candidate: some 600 words, plenty to tell the tables apart (their
/// scores lie far apart, see the fixtures), and it keeps detection cost flat.
const SAMPLE: usize = 4 * 1024;

/// Bytes of the first look at every candidate.
const GLANCE: usize = 1024;

/// Below this value no 8-bit reading is accepted.
const ACCEPT: f64 = 0.5;
/// At or above this value, with enough words and a clear lead, a choice needs no warning.
const CONFIDENT: f64 = 0.85;
/// Accented words needed before a guess counts as confident.
const ENOUGH_WORDS: usize = 5;
/// How far the winner must lead the runner-up to be confident.
const MARGIN: f64 = 0.3;

/// The 8-bit candidates, in the order that breaks exact ties.
const LEGACY: [Encoding; 4] = [
    Encoding::Tcvn3,
    Encoding::VniWindows,
    Encoding::Windows1258,
    Encoding::Viscii,
];

/// Detected text (not yet normalised), its encoding, and warnings about the choice.
pub type Detected = (String, Encoding, Vec<String>);

/// Detects the encoding of `bytes` and reads them.
pub fn detect(bytes: &[u8]) -> Result<Detected, DecodeError> {
    if bytes.starts_with(b"\xFF\xFE") {
        return read_as(bytes, Encoding::Utf16Le).map(|t| (t, Encoding::Utf16Le, vec![]));
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return read_as(bytes, Encoding::Utf16Be).map(|t| (t, Encoding::Utf16Be, vec![]));
    }
    if let Some(encoding) = utf16_by_zeros(bytes) {
        return read_as(bytes, encoding).map(|t| (t, encoding, vec![]));
    }
    match read_as(bytes, Encoding::Utf8) {
        // NUL bytes are valid UTF-8 but no text holds them: said as such, with where.
        Ok(_) if let Some(offset) = bytes.iter().position(|&b| b == 0) => {
            Err(DecodeError::NulInUtf8 {
                offset,
                count: bytes.iter().filter(|&&b| b == 0).count(),
            })
        }
        Ok(text) => Ok(utf8_or_double(text)),
        Err(DecodeError::NotUtf8 { offset }) => legacy(bytes, offset),
        Err(e) => Err(e),
    }
}

/// UTF-16 without a byte-order mark: ASCII-range characters leave a zero in every other
/// byte, and Vietnamese text is mostly ASCII-range letters and spaces.
fn utf16_by_zeros(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even, mut odd) = (0, 0);
    for p in sample.chunks_exact(2) {
        even += usize::from(p[0] == 0);
        odd += usize::from(p[1] == 0);
    }
    // A third of the units in the ASCII range, and (nearly) no zero on the other side.
    let clear = |hit: usize, other: usize| hit * 3 >= pairs && other * 50 <= pairs;
    if clear(odd, even) {
        Some(Encoding::Utf16Le)
    } else if clear(even, odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Valid UTF-8: kept, unless it reads far better re-encoded as Windows-1252 and decoded
/// again (text that was misread once and saved).
fn utf8_or_double(text: String) -> Detected {
    if !fits_cp1252(&text) {
        return (text, Encoding::Utf8, vec![]);
    }
    let Ok(repaired) = read_as(text.as_bytes(), Encoding::Utf8ViaWindows1252) else {
        return (text, Encoding::Utf8, vec![]);
    };
    let as_is = score_sample(&text);
    let fixed = score_sample(&repaired);
    if fixed.good > 0 && fixed.value() > as_is.value() + MARGIN {
        let warnings = confidence_warning(Encoding::Utf8ViaWindows1252, &fixed, as_is.value());
        (repaired, Encoding::Utf8ViaWindows1252, warnings)
    } else {
        (text, Encoding::Utf8, vec![])
    }
}

/// Not UTF-8: scores each 8-bit reading of a sample, then reads the whole with the best.
fn legacy(bytes: &[u8], utf8_offset: usize) -> Result<Detected, DecodeError> {
    // A first look at 1 KiB drops the readings that are plainly wrong; the rest are scored
    // on the whole sample. Most inputs leave one candidate after the first look.
    let glance = &bytes[..bytes.len().min(GLANCE)];
    let mut scored: Vec<(Encoding, Score)> = LEGACY
        .iter()
        .filter_map(|&e| read_as(glance, e).ok().map(|t| (e, score_sample(&t))))
        .collect();
    let top = scored.iter().map(|s| s.1.value()).fold(f64::MIN, f64::max);
    if bytes.len() > GLANCE {
        let sample = &bytes[..bytes.len().min(SAMPLE)];
        for (encoding, score) in scored.iter_mut() {
            if score.value() > top - 1.0 || score.units() < 20 {
                if let Ok(text) = read_as(sample, *encoding) {
                    *score = score_sample(&text);
                }
            }
        }
    }
    // Stable sort: exact ties keep the LEGACY order.
    scored.sort_by(|a, b| b.1.value().total_cmp(&a.1.value()));
    let best = scored.first().copied();
    let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |s| s.1.value());
    match best {
        Some((encoding, s)) if s.units() > 0 && s.value() >= ACCEPT => {
            let text = read_as(bytes, encoding)?;
            Ok((text, encoding, confidence_warning(encoding, &s, runner_up)))
        }
        _ if nearly_utf8(bytes) => Err(DecodeError::NotUtf8 {
            offset: utf8_offset,
        }),
        _ => Err(DecodeError::Undecodable {
            offset: control_byte(bytes).map_or(utf8_offset, |c| c.min(utf8_offset)),
            best_guess: best.map_or(Encoding::Windows1258, |b| b.0),
        }),
    }
}

/// The warning for a choice that rests on little or ambiguous evidence, if any.
fn confidence_warning(encoding: Encoding, s: &Score, runner_up: f64) -> Vec<String> {
    let lead = s.value() - runner_up;
    if s.value() >= CONFIDENT && s.good >= ENOUGH_WORDS && lead >= MARGIN {
        return vec![];
    }
    vec![format!(
        "the encoding was guessed as {} with low confidence ({} of {} accented words read as \
         Vietnamese); give --encoding if the text looks wrong",
        encoding.name(),
        s.good,
        s.units()
    )]
}

/// Scores the start of a reading (the scorer folds separate marks itself, so no NFC pass).
fn score_sample(text: &str) -> Score {
    let mut end = text.len().min(SAMPLE);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    score(&text[..end])
}

/// True when the bytes are mostly well-formed UTF-8 multi-byte sequences with a few bad
/// bytes: a damaged UTF-8 file, better reported as such than as a wild guess.
fn nearly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += chunk.invalid().len();
    }
    good >= 2 && good >= 4 * bad
}
