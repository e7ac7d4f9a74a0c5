//! How Vietnamese a decoding reads: the share of its accented words that are well-formed
//! Vietnamese syllables, with frequent function words as extra evidence.
//!
//! A wrong reading of legacy bytes turns accented letters into Latin-1 symbols and
//! impossible letter strings ("ViÖt", "c«ng", "Viá»‡t"), so right and wrong readings of
//! the same bytes score far apart; ASCII words are the same in every reading and are
//! ignored.

use std::sync::LazyLock;

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
    /// Evidence in −3…1.5: about 1 when every accented word is a syllable, negative when
    /// most are not. A wrong 8-bit table still turns many bytes into plausible letters, so
    /// bad words weigh three times, and function words (a fifth of all words in real text,
    /// almost none in a misreading) add up to 0.5.
    pub fn value(&self) -> f64 {
        let units = self.good + self.bad + self.odd;
        if units == 0 {
            return 0.0;
        }
        let u = units as f64;
        let base = (self.good as f64 - 3.0 * (self.bad + self.odd) as f64) / u;
        base + 2.0 * (self.function_words as f64 / u).min(0.25)
    }

    /// Accented units seen: how much the score rests on.
    pub fn units(&self) -> usize {
        self.good + self.bad + self.odd
    }
}

/// Words of the "frequent function words" list in vn-domain.md §4, with a few more.
const FUNCTION_WORDS: &[&str] = &[
    "của", "và", "các", "có", "được", "trong", "là", "cho", "với", "không", "những", "một", "đã",
    "người", "này", "theo", "về", "tại", "công", "năm", "ngày", "đồng", "chí", "hội", "nghị",
    "tỉnh", "đến", "từ", "để", "việc",
];

/// Tone marks, in the order `Word::tone` numbers them (0 = no tone).
const TONE_MARKS: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// A letter folded to its lowercase form without tone ("Ộ" → 'ô', tone 5).
#[derive(Clone, Copy)]
struct Folded {
    letter: char,
    tone: u8,
}

/// The two blocks that hold the precomposed Vietnamese letters.
const LATIN: std::ops::RangeInclusive<u32> = 0xC0..=0x1B0;
const VIET: std::ops::RangeInclusive<u32> = 0x1EA0..=0x1EF9;

/// Every precomposed Vietnamese letter, folded, indexed by code point within its block
/// (an array, not a hash map: this lookup is the scorer's inner loop); built once from
/// Unicode decompositions.
static FOLD: LazyLock<Vec<Option<Folded>>> = LazyLock::new(|| {
    let mut table = vec![None; LATIN.clone().count() + VIET.clone().count()];
    for c in LATIN.chain(VIET).filter_map(char::from_u32) {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let mut tone = 0;
        let bare: String = lower
            .to_string()
            .nfd()
            .filter(|m| match TONE_MARKS.iter().position(|t| t == m) {
                Some(i) => {
                    tone = i as u8 + 1;
                    false
                }
                None => true,
            })
            .nfc()
            .collect();
        let mut chars = bare.chars();
        if let (Some(letter), None) = (chars.next(), chars.next()) {
            if is_vowel(letter) || letter == 'đ' {
                table[fold_index(c).expect("in a block")] = Some(Folded { letter, tone });
            }
        }
    }
    table
});

/// The index of a character in `FOLD`, if it is in one of the two blocks.
fn fold_index(c: char) -> Option<usize> {
    let code = c as u32;
    if LATIN.contains(&code) {
        Some((code - LATIN.start()) as usize)
    } else if VIET.contains(&code) {
        Some((code - VIET.start()) as usize + LATIN.clone().count())
    } else {
        None
    }
}

/// Function words as packed keys (see `Word::key`), to compare with folded words.
static FUNCTION_KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    FUNCTION_WORDS
        .iter()
        .filter_map(|w| {
            let mut word = Word::default();
            w.chars().for_each(|c| word.push(c));
            word.key()
        })
        .collect()
});

/// One word being read: its letters folded into a small buffer, no allocation.
#[derive(Default)]
struct Word {
    buf: [u8; 32],
    len: usize,
    tone: u8,
    tones: u8,
    accented: bool,
    foreign: bool,
    any: bool,
}

impl Word {
    fn push(&mut self, c: char) {
        self.any = true;
        if c.is_ascii() {
            self.push_letter(c.to_ascii_lowercase());
            return;
        }
        self.accented = true;
        if let Some(i) = TONE_MARKS.iter().position(|t| *t == c) {
            self.tone = i as u8 + 1;
            self.tones = self.tones.saturating_add(1);
            return;
        }
        if let Some(f) = fold_index(c).and_then(|i| FOLD[i]) {
            if f.tone > 0 {
                self.tone = f.tone;
                self.tones = self.tones.saturating_add(1);
            }
            self.push_letter(f.letter);
            return;
        }
        // A separate vowel-quality mark changes the letter before it.
        let shaped = match (self.last(), c) {
            (Some('a'), '\u{302}') => Some('â'),
            (Some('e'), '\u{302}') => Some('ê'),
            (Some('o'), '\u{302}') => Some('ô'),
            (Some('a'), '\u{306}') => Some('ă'),
            (Some('o'), '\u{31B}') => Some('ơ'),
            (Some('u'), '\u{31B}') => Some('ư'),
            _ => None,
        };
        match shaped {
            Some(letter) => {
                self.len -= 1;
                self.push_letter(letter);
            }
            None => self.foreign = true,
        }
    }

    fn push_letter(&mut self, c: char) {
        if self.len + 4 > self.buf.len() {
            self.foreign = true;
            return;
        }
        self.len += c.encode_utf8(&mut self.buf[self.len..]).len();
    }

    fn last(&self) -> Option<char> {
        self.bare().chars().next_back()
    }

    fn bare(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    /// The folded word and its tone packed in an integer, for words of up to 7 bytes: one
    /// comparison per function word instead of a string comparison.
    fn key(&self) -> Option<u64> {
        if self.len > 7 {
            return None;
        }
        let mut bytes = [0u8; 8];
        bytes[..self.len].copy_from_slice(&self.buf[..self.len]);
        bytes[7] = self.tone;
        Some(u64::from_le_bytes(bytes))
    }

    fn is_syllable(&self) -> bool {
        !self.foreign && self.tones <= 1 && is_bare_syllable(self.bare())
    }
}

/// Scores a text, composed or not (separate tone and vowel marks are folded in).
pub fn score(text: &str) -> Score {
    let mut s = Score::default();
    let mut word = Word::default();
    let flush = |word: &mut Word, s: &mut Score| {
        if word.accented {
            if word.is_syllable() {
                s.good += 1;
                if word.key().is_some_and(|k| FUNCTION_KEYS.contains(&k)) {
                    s.function_words += 1;
                }
            } else {
                s.bad += 1;
            }
        }
        if word.any {
            *word = Word::default();
        }
    };
    for c in text.chars() {
        // Vietnamese letters and marks are recognised by range before Unicode's (slower)
        // alphabetic table is asked about the rest.
        let letter = c.is_ascii_alphabetic()
            || (!c.is_ascii() && (fold_index(c).is_some() || is_combining(c) || c.is_alphabetic()));
        if letter {
            word.push(c);
            continue;
        }
        flush(&mut word, &mut s);
        if (!c.is_ascii() || c.is_ascii_control()) && is_odd(c) {
            s.odd += 1;
        }
    }
    flush(&mut word, &mut s);
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
/// The twelve Vietnamese vowel letters, lowercase and without tone ("aăâeêioôơuưy").
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// True when a word is a well-formed Vietnamese syllable: onset, one to three vowels, a
/// final consonant, and at most one tone mark.
pub fn is_syllable(word: &str) -> bool {
    let mut w = Word::default();
    word.chars().for_each(|c| w.push(c));
    w.is_syllable()
}

/// The same, for lowercase letters without tone.
fn is_bare_syllable(bare: &str) -> bool {
    if bare.is_empty() {
        return false;
    }
    ONSETS.iter().any(|onset| {
        let Some(rest) = bare.strip_prefix(onset) else {
            return false;
        };
        let vowels = rest.chars().take_while(|c| is_vowel(*c)).count();
        if !(1..=3).contains(&vowels) {
            // "gi" and "qu" lend their vowel: "gì" = gi + (ì), checked with onset "g".
            return false;
        }
        let coda: &str = &rest[rest
            .char_indices()
            .nth(vowels)
            .map_or(rest.len(), |(i, _)| i)..];
        CODAS.contains(&coda)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables() {
        assert!(is_syllable("Vie\u{323}\u{302}t"), "decomposed");
        for w in [
            "việt", "nghiêng", "của", "gì", "quốc", "được", "hoà", "thuỷ", "đồng", "ở",
        ] {
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
