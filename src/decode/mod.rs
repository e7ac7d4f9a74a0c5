//! Decode: article bytes → NFC text with `\n` line ends.
//!
//! Rejects files that are plainly not articles (PDF, ZIP, images) by their magic bytes,
//! then detects the encoding among UTF-8, UTF-16, Windows-1258, TCVN3, VNI-Windows, VISCII
//! and double-encoded UTF-8 by how Vietnamese each reading looks ([`score`]).

use std::fmt;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

mod detect;
mod read;
pub mod score;
pub mod tables;

/// The text of an input file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, NFC, with `\n` line ends and no byte-order mark.
    pub text: String,
    /// The encoding the bytes were read as.
    pub encoding: Encoding,
    /// What the reader should know about the decoding.
    pub warnings: Vec<String>,
}

/// A character encoding vnbrief can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// UTF-16, little-endian (by its byte-order mark or its zero bytes).
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1258: Latin-1-like, tone marks as separate combining bytes.
    Windows1258,
    /// TCVN3 (TCVN 5712, ABC): the .VnTime fonts' encoding.
    Tcvn3,
    /// VNI-Windows: base letter plus a mark byte.
    VniWindows,
    /// VISCII (RFC 1456).
    Viscii,
    /// UTF-8 that was once misread as Windows-1252 and saved again ("Viá»‡t").
    Utf8ViaWindows1252,
}

impl Encoding {
    /// The name used in `source.encoding` and accepted by `--encoding`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1258 => "windows-1258",
            Encoding::Tcvn3 => "tcvn3",
            Encoding::VniWindows => "vni-windows",
            Encoding::Viscii => "viscii",
            Encoding::Utf8ViaWindows1252 => "utf-8-via-windows-1252",
        }
    }

    /// Every encoding, in the order `--help` lists them.
    pub const ALL: &'static [Encoding] = &[
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1258,
        Encoding::Tcvn3,
        Encoding::VniWindows,
        Encoding::Viscii,
        Encoding::Utf8ViaWindows1252,
    ];

    /// Other spellings users type for the same encoding.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Encoding::Utf8 => &["utf8"],
            Encoding::Utf16Le => &["utf16le", "utf-16"],
            Encoding::Utf16Be => &["utf16be"],
            Encoding::Windows1258 => &["cp1258", "windows1258"],
            Encoding::Tcvn3 => &["tcvn", "tcvn5712", "tcvn5712-1", "abc", "vn3"],
            Encoding::VniWindows => &["vni", "vni-win"],
            Encoding::Viscii => &[],
            Encoding::Utf8ViaWindows1252 => &["mojibake"],
        }
    }
}

impl std::str::FromStr for Encoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        Encoding::ALL
            .iter()
            .copied()
            .find(|e| e.name() == wanted || e.aliases().contains(&wanted.as_str()))
            .ok_or_else(|| {
                let names: Vec<_> = Encoding::ALL.iter().map(|e| e.name()).collect();
                format!("unknown encoding {s:?} (known: {})", names.join(", "))
            })
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why bytes could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeError {
    /// The input holds no bytes, or only white space.
    Empty,
    /// The input is a file of another kind, named here ("PDF", "ZIP", "PNG").
    NotAnArticle(&'static str),
    /// The bytes are nearly all UTF-8 but invalid from this offset on.
    NotUtf8 {
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// No candidate encoding reads the bytes as Vietnamese text.
    Undecodable {
        /// Offset of the first byte that is not UTF-8 (or a control byte).
        offset: usize,
        /// The candidate that read best, though not well enough.
        best_guess: Encoding,
    },
    /// The bytes are valid UTF-8 but hold NUL bytes, which no article does.
    NulInUtf8 {
        /// Offset of the first NUL byte.
        offset: usize,
        /// How many there are.
        count: usize,
    },
    /// The bytes are not valid in the encoding given with `--encoding`.
    Invalid {
        /// The encoding given.
        encoding: Encoding,
        /// Offset of the first byte it cannot read.
        offset: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => f.write_str("the file is empty"),
            DecodeError::NotAnArticle(kind) => {
                write!(f, "not an article (looks like a {kind} file)")
            }
            DecodeError::NotUtf8 { offset } => write!(f, "not UTF-8 at byte {offset}"),
            DecodeError::Undecodable { offset, best_guess } => write!(
                f,
                "no known encoding reads it: invalid at byte {offset}, best guess {best_guess}"
            ),
            DecodeError::NulInUtf8 { offset, count: 1 } => write!(
                f,
                "a NUL byte at byte {offset} in text that is otherwise valid UTF-8"
            ),
            DecodeError::NulInUtf8 { offset, count } => write!(
                f,
                "{count} NUL bytes, the first at byte {offset}, in text that is otherwise \
                 valid UTF-8"
            ),
            DecodeError::Invalid { encoding, offset } => {
                write!(f, "not valid {encoding} at byte {offset}")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes article bytes: detects the encoding (or uses `forced`), strips a BOM, unifies
/// line ends, normalises to NFC.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, DecodeError> {
    if let Some(kind) = sniff_binary(bytes) {
        return Err(DecodeError::NotAnArticle(kind));
    }
    // DOS editors ended files with Ctrl-Z; it is no part of the text.
    let bytes = bytes.strip_suffix(b"\x1A").unwrap_or(bytes);
    let (text, encoding, warnings) = match forced {
        Some(encoding) => (read::read_as(bytes, encoding)?, encoding, Vec::new()),
        None => detect::detect(bytes)?,
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut warnings = warnings;
    let mut text = normalize_owned(text);
    if let Some((stripped, removed)) = strip_format_chars(&text) {
        text = stripped;
        warnings.push(format_chars_warning(removed));
    }
    if let Some((split_text, split, line)) = split_long_clusters(&text) {
        text = split_text;
        warnings.push(long_cluster_warning(split, Some(line)));
    }
    Ok(Decoded {
        text,
        encoding,
        warnings,
    })
}

/// Invisible format characters that have no place in Vietnamese text, each with why it
/// goes: kept, they silently cut a name in two for the parser ("Cư<SHY>ơng" is not a
/// word) or make the PDF show the text after them in another order. The only list of
/// them: decode strips them from articles, render from the strings of a report JSON.
pub const FORMAT_CHARS: &[(char, &str)] = &[
    (
        '\u{00AD}',
        "soft hyphen: a hyphenation hint from word processors and `&shy;`",
    ),
    (
        '\u{200B}',
        "zero-width space: a line-break hint inside words",
    ),
    (
        '\u{200C}',
        "zero-width non-joiner: joining control of other scripts",
    ),
    (
        '\u{200D}',
        "zero-width joiner: joins emoji, but cuts a word it sits in",
    ),
    ('\u{2060}', "word joiner: a no-break hint"),
    (
        '\u{FEFF}',
        "byte-order mark inside the text (files joined together)",
    ),
    ('\u{200E}', "left-to-right mark"),
    (
        '\u{200F}',
        "right-to-left mark: reorders the text around it",
    ),
    ('\u{202A}', "left-to-right embedding"),
    (
        '\u{202B}',
        "right-to-left embedding: reverses the text after it",
    ),
    ('\u{202C}', "pop directional formatting"),
    ('\u{202D}', "left-to-right override"),
    (
        '\u{202E}',
        "right-to-left override: prints the text after it backwards",
    ),
    ('\u{2066}', "left-to-right isolate"),
    ('\u{2067}', "right-to-left isolate"),
    ('\u{2068}', "first-strong isolate"),
    ('\u{2069}', "pop directional isolate"),
];

/// True for a character of [`FORMAT_CHARS`]. All lie in U+00AD or U+200B–U+FEFF, so the
/// common characters answer with one comparison.
pub fn is_format_char(c: char) -> bool {
    (c == '\u{00AD}' || c >= '\u{200B}') && FORMAT_CHARS.iter().any(|(f, _)| *f == c)
}

/// The text without its [`FORMAT_CHARS`] and how many were removed, or `None` when it
/// holds none (the common case: one scan, no copy). A zero-width joiner between two
/// symbols (an emoji family) is kept: there it joins pictures, not letters.
pub fn strip_format_chars(text: &str) -> Option<(String, usize)> {
    if !text.chars().any(is_format_char) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let symbol = |c: Option<&char>| c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace());
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    for (i, &c) in chars.iter().enumerate() {
        let emoji_joiner =
            c == '\u{200D}' && i > 0 && symbol(chars.get(i - 1)) && symbol(chars.get(i + 1));
        if is_format_char(c) && !emoji_joiner {
            removed += 1;
        } else {
            out.push(c);
        }
    }
    (removed > 0).then(|| {
        // Removing a character can bring a letter next to its mark: compose them again.
        let out = if is_nfc_fast(&out) {
            out
        } else {
            compose_segments(&out)
        };
        (out, removed)
    })
}

/// The warning for `removed` invisible format characters taken out of an article.
pub fn format_chars_warning(removed: usize) -> String {
    format!(
        "{removed} invisible format character{} (soft hyphens, zero-width spaces, \
         direction marks) removed from the text",
        if removed == 1 { "" } else { "s" }
    )
}

/// The longest grapheme cluster (a letter with its marks) kept whole, in characters. A
/// Vietnamese letter needs at most 3, the longest emoji sequences about 10; beyond this
/// is a flood of marks, and layout's cost grows with the square of a cluster's length
/// (6,000 marks on one letter took 3 GB to lay out).
pub const MAX_CLUSTER_CHARS: usize = 12;

/// Characters past a cluster's limit go, this many at a time, onto a dotted circle (◌),
/// the base that fonts and Unicode use to show a mark without a letter.
const MARKS_PER_CIRCLE: usize = 4;

/// Splits every grapheme cluster longer than [`MAX_CLUSTER_CHARS`]: its first characters
/// stay, the rest are kept on dotted circles. Returns the new text, how many clusters were
/// split and the line of the first, or `None` when none is too long. Linear in the text;
/// text without a run of that many non-ASCII characters is answered after one scan (a
/// cluster only grows by non-ASCII characters).
pub fn split_long_clusters(text: &str) -> Option<(String, usize, usize)> {
    use unicode_segmentation::UnicodeSegmentation;
    // Counted on bytes: an ASCII byte ends a run, a leading byte starts a character.
    let mut run = 0;
    let long_run = text.bytes().any(|b| {
        match b {
            0x00..=0x7F => run = 0,
            0xC0..=0xFF => run += 1,
            _ => {}
        }
        run >= MAX_CLUSTER_CHARS
    });
    if !long_run {
        return None;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let (mut split, mut first_line, mut line) = (0, 0, 1);
    for cluster in text.graphemes(true) {
        if cluster.chars().nth(MAX_CLUSTER_CHARS).is_none() {
            out.push_str(cluster);
            line += cluster.matches('\n').count();
            continue;
        }
        split += 1;
        if split == 1 {
            first_line = line;
        }
        let mut rest = cluster.chars();
        out.extend(rest.by_ref().take(MAX_CLUSTER_CHARS));
        let rest: Vec<char> = rest.collect();
        for chunk in rest.chunks(MARKS_PER_CIRCLE) {
            out.push('\u{25CC}');
            out.extend(chunk);
        }
    }
    (split > 0).then_some((out, split, first_line))
}

/// The warning for `split` clusters cut by [`split_long_clusters`], the first on `line`.
pub fn long_cluster_warning(split: usize, line: Option<usize>) -> String {
    format!(
        "{split} letter{} carr{} more than {} combining marks{}; the marks past those are \
         kept on dotted circles (◌)",
        if split == 1 { "" } else { "s" },
        if split == 1 { "ies" } else { "y" },
        MAX_CLUSTER_CHARS - 1,
        line.map(|l| format!(" (first on line {l})"))
            .unwrap_or_default()
    )
}

/// Unifies CRLF and CR line ends to LF and composes the text to NFC.
pub fn normalize(text: &str) -> String {
    normalize_owned(text.to_owned())
}

/// [`normalize`], reusing the buffer when the text needs no change (the common case).
fn normalize_owned(mut text: String) -> String {
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    if text.contains('\r') {
        text = text.replace("\r\n", "\n").replace('\r', "\n");
    }
    if is_nfc_fast(&text) {
        return text;
    }
    compose_segments(&text)
}

/// NFC of a text that is not NFC, normalising only what needs it. An ASCII character
/// starts a new normalisation segment (it is a starter that never composes with what
/// precedes it), so ASCII is copied as is and each non-ASCII run goes to the normaliser
/// with the ASCII letter before it ("e" + U+0323 + U+0302 → "ệ"): about twice as fast
/// as normalising the whole text, most of which is ASCII.
fn compose_segments(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < bytes.len() {
        // The ASCII run, all but its last character, which may be a base letter.
        let ascii = bytes[at..].iter().take_while(|b| b.is_ascii()).count();
        let rest = at + ascii;
        if rest == bytes.len() {
            out.push_str(&text[at..]);
            break;
        }
        let base = if ascii > 0 { rest - 1 } else { rest };
        out.push_str(&text[at..base]);
        let end = rest + bytes[rest..].iter().take_while(|b| !b.is_ascii()).count();
        let segment = &text[base..end];
        if !compose_vietnamese(segment, &mut out) {
            out.extend(segment.nfc());
        }
        at = end;
    }
    out
}

/// True when the text is surely NFC. Characters below U+0300, the precomposed Vietnamese
/// letters (U+1E00–U+1EFF) and common punctuation are NFC with combining class 0, so only
/// the text from the first other character needs Unicode's (slower) quick check. A
/// combining diacritic (U+0300–U+036F) answers at once: it is what decomposed Vietnamese
/// is made of, and the quick check would only say "maybe" after reading the whole rest.
fn is_nfc_fast(text: &str) -> bool {
    let plain = |c: char| {
        c < '\u{300}'
            || ('\u{1E00}'..='\u{1EFF}').contains(&c)
            || ('\u{2010}'..='\u{2027}').contains(&c)
    };
    match text.char_indices().find(|(_, c)| !plain(*c)) {
        None => true,
        Some((_, c)) if ('\u{300}'..='\u{36F}').contains(&c) => false,
        Some((i, _)) => is_nfc_quick(text[i..].chars()) == IsNormalized::Yes,
    }
}

/// The Windows-1252 character of a byte (undefined bytes become C1 controls, as WHATWG has it).
pub fn cp1252_char(b: u8) -> char {
    const SPECIALS: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => SPECIALS[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Names the file kind when the bytes start with the signature of a non-text format.
pub fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF"),
        (b"PK\x03\x04", "ZIP"),
        (b"PK\x05\x06", "ZIP"),
        (b"\x89PNG\r\n\x1a\n", "PNG"),
        (b"\xFF\xD8\xFF", "JPEG"),
        (b"GIF87a", "GIF"),
        (b"GIF89a", "GIF"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "Word or Excel (OLE)"),
        (b"\x1F\x8B", "gzip"),
        (b"7z\xBC\xAF\x27\x1C", "7-Zip"),
        (b"Rar!\x1A\x07", "RAR"),
        (b"\x7FELF", "ELF executable"),
        (b"MZ", "Windows executable"),
    ];
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Some(kind);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP");
    }
    None
}

/// Composes a segment of Latin letters and combining marks the way Vietnamese text needs
/// (each run of marks in canonical order, then composed one by one onto the letter before
/// it), appending it to `out`. Returns false, having appended nothing, when the segment holds
/// anything else or a mark does not compose: the caller then uses the full algorithm.
fn compose_vietnamese(segment: &str, out: &mut String) -> bool {
    use unicode_normalization::char::{canonical_combining_class, compose};
    /// More marks on one letter than Vietnamese ever stacks: left to the full algorithm.
    const MAX_MARKS: usize = 4;
    let letter = |c: char| {
        c.is_ascii()
            || ('\u{C0}'..='\u{1B0}').contains(&c)
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
    };
    let mark = |c: char| ('\u{300}'..='\u{36F}').contains(&c);
    let start = out.len();
    let give_up = |out: &mut String| {
        out.truncate(start);
        false
    };
    let mut chars = segment.chars().peekable();
    while let Some(c) = chars.next() {
        if !letter(c) {
            return give_up(out);
        }
        // The marks on this letter with their classes, in a fixed buffer: no allocation
        // per letter on this path, which decomposed text takes for every accented one.
        let mut marks = [('\0', 0u8); MAX_MARKS];
        let mut n = 0;
        while let Some(&m) = chars.peek().filter(|m| mark(**m)) {
            if n == MAX_MARKS {
                return give_up(out);
            }
            marks[n] = (m, canonical_combining_class(m));
            n += 1;
            chars.next();
        }
        // Canonical order: a stable sort by class (insertion sort, n ≤ 4).
        for i in 1..n {
            let mut j = i;
            while j > 0 && marks[j - 1].1 > marks[j].1 {
                marks.swap(j - 1, j);
                j -= 1;
            }
        }
        let mut acc = c;
        for &(m, _) in &marks[..n] {
            match compose(acc, m) {
                Some(next) => acc = next,
                None => return give_up(out),
            }
        }
        out.push(acc);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFTi\xC3\xAAu \r\nb\rc", None).unwrap();
        assert_eq!(d.text, "Tiêu \nb\nc");
        assert_eq!(d.encoding, Encoding::Utf8);
    }

    #[test]
    fn segments_compose_like_the_whole_text() {
        for text in [
            "Vie\u{0323}\u{0302}t Nam, Ho\u{0302}\u{0300}ng A\u{0301}nh",
            "e\u{0302}\u{0323} out of order, A\u{030A}\u{212B} angstrom, \u{0301}lead mark",
            "ca\u{0300}\u{0300}\u{0323} x\u{1100}\u{1161} hangul 가\u{11A8}",
            "plain ascii",
            "",
        ] {
            assert_eq!(
                compose_segments(text),
                text.nfc().collect::<String>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn segments_compose_like_the_whole_text_at_random() {
        let alphabet: Vec<char> = "aeoAEuy dđêƠ×.,\u{0300}\u{0301}\u{0303}\u{0309}\u{0323}\u{0302}\u{0306}\u{031B}\u{0344}\u{212B}ệẠ\u{1100}\u{1161}\u{11A8}가\u{0F73}"
            .chars()
            .collect();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let len = (seed >> 59) as usize;
            let text: String = (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(
                compose_segments(&text),
                text.nfc().collect::<String>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn only_floods_of_marks_are_split() {
        // Long runs of letters, Vietnamese and an emoji family are left alone.
        for text in [
            "ĐĂĐĂĐĂĐĂĐĂĐĂĐĂĐĂ ệệệệệệệệệệệệệệ",
            "gia đình 👨\u{200D}👩\u{200D}👧\u{200D}👦 vui",
        ] {
            assert_eq!(split_long_clusters(text), None, "{text}");
        }
        let flood = format!("q{}!", "\u{301}".repeat(21));
        let (split, n, line) = split_long_clusters(&format!("a\n{flood}")).unwrap();
        assert_eq!((n, line), (1, 2));
        let expected = format!(
            "a\nq{}◌{}◌{}◌{}!",
            "\u{301}".repeat(MAX_CLUSTER_CHARS - 1),
            "\u{301}".repeat(4),
            "\u{301}".repeat(4),
            "\u{301}".repeat(2)
        );
        assert_eq!(split, expected);
    }

    #[test]
    fn composes_nfd_to_nfc() {
        let d = decode("Vie\u{0323}\u{0302}t".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Việt");
    }

    #[test]
    fn names_offset_of_bad_byte() {
        // Damaged UTF-8 is reported as such, with the offset.
        let damaged = "Hội nghị tổng kết công tác năm";
        let at = damaged.find(" tổng").unwrap();
        let mut bytes = damaged.as_bytes().to_vec();
        bytes.insert(at, 0xFF);
        assert_eq!(
            decode(&bytes, None),
            Err(DecodeError::NotUtf8 { offset: at })
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\xC3", Some(Encoding::Utf8)),
            Err(DecodeError::NotUtf8 { offset: 5 })
        );
        // Bytes no table reads as Vietnamese name the offset and the best guess.
        let err = decode(b"abc\xFF\xFE\xFD\x80\x81def", None).unwrap_err();
        assert!(
            matches!(err, DecodeError::Undecodable { offset: 3, .. }),
            "{err:?}"
        );
        assert!(err.to_string().contains("invalid at byte 3, best guess"));
    }

    #[test]
    fn rejects_binary_that_no_table_reads() {
        let err = decode(&[0, 159, 146, 150, 255, 0, 1, 2], None).unwrap_err();
        assert!(
            matches!(err, DecodeError::Undecodable { offset: 0, .. }),
            "{err:?}"
        );
    }

    #[test]
    fn reads_legacy_encodings() {
        // "Hội nghị của Công an tỉnh" in TCVN3, VNI and Windows-1258 (decomposed).
        let cases: [(&[u8], Encoding); 3] = [
            (b"H\xe9i ngh\xde c\xf1a C\xabng an t\xd8nh", Encoding::Tcvn3),
            (
                b"Ho\xe4i ngh\xf2 cu\xfba Co\xe2ng an t\xe6nh",
                Encoding::VniWindows,
            ),
            (
                b"H\xf4\xf2i nghi\xf2 cu\xd2a C\xf4ng an ti\xd2nh",
                Encoding::Windows1258,
            ),
        ];
        for (bytes, encoding) in cases {
            let d = decode(bytes, None).unwrap();
            assert_eq!(d.text, "Hội nghị của Công an tỉnh", "{encoding}");
            assert_eq!(d.encoding, encoding);
        }
    }

    #[test]
    fn ascii_is_utf8_and_names_parse() {
        let d = decode(b"Plain ASCII text", None).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.warnings.is_empty());
        for e in Encoding::ALL {
            assert_eq!(e.name().parse::<Encoding>(), Ok(*e));
        }
        assert_eq!("CP1258".parse::<Encoding>(), Ok(Encoding::Windows1258));
    }

    #[test]
    fn rejects_empty_and_binary() {
        assert_eq!(decode(b" \n\t", None), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"%PDF-1.7 ...", None),
            Err(DecodeError::NotAnArticle("PDF"))
        );
        let msg = decode(b"PK\x03\x04zz", None).unwrap_err().to_string();
        assert_eq!(msg, "not an article (looks like a ZIP file)");
    }
}
