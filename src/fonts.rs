//! Fonts: the font files embedded in the binary, the folders of extra fonts a user names
//! (`--font-path`), and character coverage.
//!
//! Typst draws a tofu box for a character no font has, without a warning, so every
//! report is checked here before rendering, against the faces the document is actually
//! set in, and the missing characters are named.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

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

/// Coverage facts about one font face: embedded, or from a font folder.
#[derive(Debug, Clone)]
pub struct FontCoverage {
    /// The file name (embedded) or path (from a folder), with `#N` for a collection's face.
    pub file: String,
    /// The family name stored in the font.
    pub family: String,
    /// The style this face provides.
    pub style: String,
    /// Number of glyphs in the font.
    pub glyphs: u16,
    /// Vietnamese letters covered, out of [`vietnamese_alphabet`]'s length.
    pub vietnamese: (usize, usize),
    /// Vietnamese letters this font lacks.
    pub missing: Vec<char>,
}

/// Describes every embedded font: family, style, glyphs and Vietnamese coverage.
pub fn coverage() -> Vec<FontCoverage> {
    FONT_FILES
        .iter()
        .zip(FACES.iter())
        .map(|(file, face)| describe_face(file.file.to_owned(), Some(file.style), face))
        .collect()
}

/// Describes every face of the fonts read from font folders, in their path order.
pub fn folder_coverage(fonts: &FolderFonts) -> Vec<FontCoverage> {
    let mut out = Vec::new();
    for (path, data) in &fonts.files {
        let data = data.as_ref();
        let faces = ttf_parser::fonts_in_collection(data).unwrap_or(1);
        for index in 0..faces {
            let Ok(face) = ttf_parser::Face::parse(data, index) else {
                continue;
            };
            let mut name = path.display().to_string();
            if faces > 1 {
                name.push_str(&format!("#{index}"));
            }
            out.push(describe_face(name, None, &face));
        }
    }
    out
}

/// A face's family (from its name table), style and Vietnamese coverage; `style` is the
/// embedded file's own when given, else read from the face's flags.
fn describe_face(file: String, style: Option<&str>, face: &ttf_parser::Face) -> FontCoverage {
    let alphabet = vietnamese_alphabet();
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
    let style = style.map(str::to_owned).unwrap_or_else(|| {
        match (face.is_bold(), face.is_italic()) {
            (false, false) => "Regular",
            (true, false) => "Bold",
            (false, true) => "Italic",
            (true, true) => "Bold Italic",
        }
        .to_owned()
    });
    FontCoverage {
        file,
        family,
        style,
        glyphs: face.number_of_glyphs(),
        vietnamese: (alphabet.len() - missing.len(), alphabet.len()),
        missing,
    }
}

/// Returns the characters of `texts` that some embedded style cannot draw, each once, sorted.
///
/// White space and control characters are skipped: they are never drawn.
pub fn missing_chars<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<char> {
    let styles: Vec<Vec<&ttf_parser::Face>> = FACES.iter().map(|f| vec![f]).collect();
    missing_in(&styles, texts)
}

/// The characters of `texts` that some style cannot draw with any of its faces.
fn missing_in<'a>(
    styles: &[Vec<&ttf_parser::Face>],
    texts: impl IntoIterator<Item = &'a str>,
) -> Vec<char> {
    let mut seen = BTreeSet::new();
    for text in texts {
        seen.extend(
            text.chars()
                .filter(|c| !c.is_whitespace() && !c.is_control()),
        );
    }
    seen.into_iter()
        .filter(|&c| {
            !is_invisible(c)
                && styles
                    .iter()
                    .any(|faces| faces.iter().all(|face| face.glyph_index(c).is_none()))
        })
        .collect()
}

/// The bytes of a font file: embedded in the binary or read from a folder.
#[derive(Debug, Clone)]
pub enum FontBytes {
    /// One of [`FONT_FILES`].
    Embedded(&'static [u8]),
    /// Read from a font folder.
    Read(Arc<[u8]>),
}

impl AsRef<[u8]> for FontBytes {
    fn as_ref(&self) -> &[u8] {
        match self {
            FontBytes::Embedded(b) => b,
            FontBytes::Read(b) => b,
        }
    }
}

/// One face of a font file: the file's bytes and the face's index in it.
#[derive(Debug, Clone)]
pub struct FaceRef {
    /// The whole file.
    pub data: FontBytes,
    /// The face's index (0 unless the file is a collection).
    pub index: u32,
}

/// The faces a document is drawn with: for each style, its faces in fallback order.
#[derive(Debug, Clone, Default)]
pub struct Coverage {
    styles: Vec<Vec<FaceRef>>,
}

impl Coverage {
    /// Coverage by these faces: one list per style (regular, bold, …), first choice first.
    pub fn new(styles: Vec<Vec<FaceRef>>) -> Self {
        Coverage { styles }
    }

    /// The characters of `texts` that some style cannot draw with any of its faces.
    pub fn missing_chars<'a>(&self, texts: impl IntoIterator<Item = &'a str>) -> Vec<char> {
        let faces: Vec<Vec<ttf_parser::Face>> = self
            .styles
            .iter()
            .map(|style| {
                style
                    .iter()
                    .filter_map(|f| ttf_parser::Face::parse(f.data.as_ref(), f.index).ok())
                    .collect()
            })
            .collect();
        let refs: Vec<Vec<&ttf_parser::Face>> =
            faces.iter().map(|style| style.iter().collect()).collect();
        missing_in(&refs, texts)
    }
}

/// Why the fonts a user named could not be read.
#[derive(Debug)]
#[non_exhaustive]
pub enum FontError {
    /// A font folder could not be read.
    Folder {
        /// The folder given.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

impl fmt::Display for FontError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FontError::Folder { path, reason } => {
                write!(
                    f,
                    "failed to read font folder {} ({reason})",
                    path.display()
                )
            }
        }
    }
}

impl std::error::Error for FontError {}

/// A font file is skipped beyond this size: no real text face comes near it.
const MAX_FONT_FILE: u64 = 64 << 20;
/// Font files read from all folders together, at most.
const MAX_FONT_FILES: usize = 4000;
/// Bytes read from all folders together, at most.
const MAX_FONT_BYTES: u64 = 1 << 30;
/// Sub-folders are searched this deep.
const MAX_DEPTH: usize = 6;

/// Font files read from the folders a user named, and what was skipped.
#[derive(Debug, Default)]
pub struct FolderFonts {
    /// Each font file (.ttf, .otf, .ttc, .otc), in path order, with its path.
    pub files: Vec<(PathBuf, FontBytes)>,
    /// Files left out and why, in plain words.
    pub warnings: Vec<String>,
}

/// Reads every font file under the given folders (sub-folders included), in path order so
/// the same folders give the same document. A folder that cannot be read is an error;
/// a file that is too big, unreadable or not a font is skipped with a warning.
pub fn read_folders(dirs: &[PathBuf]) -> Result<FolderFonts, FontError> {
    let mut paths = Vec::new();
    for dir in dirs {
        let fail = |reason: String| FontError::Folder {
            path: dir.clone(),
            reason,
        };
        if !dir.is_dir() {
            let reason = match std::fs::metadata(dir) {
                Ok(_) => "not a folder".to_owned(),
                Err(e) => crate::io_reason(&e),
            };
            return Err(fail(reason));
        }
        collect_font_paths(dir, 0, &mut paths).map_err(|e| fail(crate::io_reason(&e)))?;
    }
    paths.sort();
    paths.dedup();
    let mut out = FolderFonts::default();
    let mut total = 0u64;
    for (i, path) in paths.into_iter().enumerate() {
        if i >= MAX_FONT_FILES {
            out.warnings.push(format!(
                "the font folders hold more than {MAX_FONT_FILES} font files; the rest are skipped"
            ));
            break;
        }
        match read_font_file(&path, &mut total) {
            Ok(data) => out.files.push((path, FontBytes::Read(data.into()))),
            Err(reason) => out
                .warnings
                .push(format!("skipped font {} ({reason})", path.display())),
        }
    }
    Ok(out)
}

fn read_font_file(path: &Path, total: &mut u64) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| crate::io_reason(&e))?
        .len();
    if size > MAX_FONT_FILE {
        return Err(format!("{size} bytes, more than {MAX_FONT_FILE}"));
    }
    if *total + size > MAX_FONT_BYTES {
        return Err(format!(
            "the font folders hold more than {MAX_FONT_BYTES} bytes"
        ));
    }
    let data = std::fs::read(path).map_err(|e| crate::io_reason(&e))?;
    if ttf_parser::fonts_in_collection(&data).is_none()
        && ttf_parser::Face::parse(&data, 0).is_err()
    {
        return Err("not a font".into());
    }
    *total += data.len() as u64;
    Ok(data)
}

fn collect_font_paths(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            if depth < MAX_DEPTH {
                // An unreadable sub-folder is skipped: the folder named is what must be readable.
                let _ = collect_font_paths(&path, depth + 1, out);
            }
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["ttf", "otf", "ttc", "otc"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        }) {
            out.push(path);
        }
    }
    Ok(())
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
    fn font_folders_keep_fonts_and_skip_the_rest() {
        let dir = std::env::temp_dir().join(format!("vnbrief-fonts-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("con")).unwrap();
        std::fs::write(dir.join("con/Tinos.TTF"), FONT_FILES[0].data).unwrap();
        std::fs::write(dir.join("hong.ttf"), b"not a font").unwrap();
        std::fs::write(dir.join("ghi-chu.txt"), b"ignored").unwrap();
        let read = read_folders(std::slice::from_ref(&dir)).unwrap();
        let missing = read_folders(&[dir.join("khong-co")])
            .unwrap_err()
            .to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(read.files.len(), 1, "{:?}", read.warnings);
        assert!(read.files[0].0.ends_with("con/Tinos.TTF"));
        assert_eq!(read.warnings.len(), 1);
        assert!(
            read.warnings[0].contains("hong.ttf (not a font)"),
            "{:?}",
            read.warnings
        );
        assert!(missing.contains("khong-co (no such file)"), "{missing}");
    }

    #[test]
    fn coverage_follows_the_chain_of_faces() {
        let regular = FaceRef {
            data: FontBytes::Embedded(FONT_FILES[0].data),
            index: 0,
        };
        let coverage = Coverage::new(vec![vec![regular.clone()], vec![regular]]);
        assert_eq!(coverage.missing_chars(["Ệ 📢"]), vec!['📢']);
        assert_eq!(Coverage::new(vec![vec![]]).missing_chars(["a"]), vec!['a']);
    }

    #[test]
    fn names_uncovered_characters() {
        let missing = missing_chars(["Hội nghị 📢 “tín dụng đen” ./.", "\u{200B}x\t"]);
        assert_eq!(missing, vec!['📢']);
        assert_eq!(describe_chars(&missing), "📢 (U+1F4E2)");
    }
}
