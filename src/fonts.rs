//! Fonts: the font files embedded in the binary and their character coverage.
//!
//! Typst draws a tofu box for a character no font has, without a warning, so every
//! report is checked here before rendering and the missing characters are named.

use std::collections::BTreeSet;
use std::sync::LazyLock;

/// One embedded font file.
#[derive(Debug)]
pub struct FontFile {
    /// The file name under `fonts/`.
    pub file: &'static str,
    /// The style this file provides ("Regular", "Bold", …).
    pub style: &'static str,
    /// The file's bytes.
    pub data: &'static [u8],
}

/// The family templates name; a metric clone of Times New Roman under the OFL.
pub const FAMILY: &str = "Tinos";

/// The licence of the embedded fonts, shown by `vnbrief fonts`.
pub const LICENSE: &str = "SIL Open Font License 1.1 (fonts/OFL.txt)";

/// Every embedded font file, regular first.
pub static FONT_FILES: &[FontFile] = &[
    FontFile {
        file: "Tinos-Regular.ttf",
        style: "Regular",
        data: include_bytes!("../fonts/Tinos-Regular.ttf"),
    },
    FontFile {
        file: "Tinos-Bold.ttf",
        style: "Bold",
        data: include_bytes!("../fonts/Tinos-Bold.ttf"),
    },
    FontFile {
        file: "Tinos-Italic.ttf",
        style: "Italic",
        data: include_bytes!("../fonts/Tinos-Italic.ttf"),
    },
    FontFile {
        file: "Tinos-BoldItalic.ttf",
        style: "Bold Italic",
        data: include_bytes!("../fonts/Tinos-BoldItalic.ttf"),
    },
];

/// The Vietnamese letters: 12 vowels × 6 tones in both cases, Đ đ and the plain Latin letters.
pub fn vietnamese_alphabet() -> Vec<char> {
    const VOWELS: &str = "aăâeêioôơuưy";
    // Combining grave, acute, hook above, tilde, dot below: composed to NFC below.
    const TONES: [&str; 6] = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];
    use unicode_normalization::UnicodeNormalization;
    let mut letters: BTreeSet<char> = ('a'..='z').chain('A'..='Z').chain(['đ', 'Đ']).collect();
    for vowel in VOWELS
        .chars()
        .flat_map(|v| [v, v.to_uppercase().next().unwrap_or(v)])
    {
        for tone in TONES {
            let composed: String = format!("{vowel}{tone}").nfc().collect();
            letters.extend(composed.chars());
        }
    }
    letters.into_iter().collect()
}

/// Each embedded face parsed once, in the order of [`FONT_FILES`].
static FACES: LazyLock<Vec<ttf_parser::Face<'static>>> = LazyLock::new(|| {
    FONT_FILES
        .iter()
        .map(|f| {
            ttf_parser::Face::parse(f.data, 0)
                .unwrap_or_else(|e| panic!("embedded font {} is broken ({e})", f.file))
        })
        .collect()
});

/// Coverage facts about one embedded font file.
#[derive(Debug, Clone)]
pub struct FontCoverage {
    /// The file name.
    pub file: &'static str,
    /// The family name stored in the font.
    pub family: String,
    /// The style this file provides.
    pub style: &'static str,
    /// Number of glyphs in the font.
    pub glyphs: u16,
    /// Vietnamese letters covered, out of [`vietnamese_alphabet`]'s length.
    pub vietnamese: (usize, usize),
    /// Vietnamese letters this font lacks.
    pub missing: Vec<char>,
}

/// Describes every embedded font: family, style, glyphs and Vietnamese coverage.
pub fn coverage() -> Vec<FontCoverage> {
    let alphabet = vietnamese_alphabet();
    FONT_FILES
        .iter()
        .zip(FACES.iter())
        .map(|(file, face)| {
            let missing: Vec<char> = alphabet
                .iter()
                .copied()
                .filter(|c| face.glyph_index(*c).is_none())
                .collect();
            let family = face
                .names()
                .into_iter()
                .find(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
                .and_then(|n| n.to_string())
                .unwrap_or_else(|| FAMILY.to_owned());
            FontCoverage {
                file: file.file,
                family,
                style: file.style,
                glyphs: face.number_of_glyphs(),
                vietnamese: (alphabet.len() - missing.len(), alphabet.len()),
                missing,
            }
        })
        .collect()
}

/// Returns the characters of `texts` that some embedded style cannot draw, each once, sorted.
///
/// White space and control characters are skipped: they are never drawn.
pub fn missing_chars<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<char> {
    let mut seen = BTreeSet::new();
    for text in texts {
        seen.extend(
            text.chars()
                .filter(|c| !c.is_whitespace() && !c.is_control()),
        );
    }
    seen.into_iter()
        .filter(|&c| !is_invisible(c) && FACES.iter().any(|face| face.glyph_index(c).is_none()))
        .collect()
}

/// Format characters that shape to nothing: no glyph is needed for them.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
}

/// Names characters for a warning: "📢 (U+1F4E2), ☎ (U+260E)".
pub fn describe_chars(chars: &[char]) -> String {
    chars
        .iter()
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphabet_has_all_vietnamese_letters() {
        let letters = vietnamese_alphabet();
        // 12 vowels × 6 tones × 2 cases + đ Đ + the 52 ASCII letters, less the 24 plain
        // vowels a e i o u y already counted among the ASCII letters.
        assert_eq!(letters.len(), 144 + 2 + 52 - 12);
        for c in ['ệ', 'Ễ', 'ỵ', 'Ự', 'ẵ', 'đ', 'Đ'] {
            assert!(letters.contains(&c), "{c}");
        }
    }

    #[test]
    fn every_style_covers_vietnamese() {
        for font in coverage() {
            assert_eq!(font.family, "Tinos");
            assert!(
                font.missing.is_empty(),
                "{} lacks {:?}",
                font.file,
                font.missing
            );
        }
    }

    #[test]
    fn names_uncovered_characters() {
        let missing = missing_chars(["Hội nghị 📢 “tín dụng đen” ./.", "\u{200B}x\t"]);
        assert_eq!(missing, vec!['📢']);
        assert_eq!(describe_chars(&missing), "📢 (U+1F4E2)");
    }
}
