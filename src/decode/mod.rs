//! Decode: article bytes → NFC text with `\n` line ends.
//!
//! Rejects files that are plainly not articles (PDF, ZIP, images) by their magic bytes.

use std::fmt;

use unicode_normalization::UnicodeNormalization;

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
}

impl Encoding {
    /// The name used in `source.encoding` and accepted by `--encoding`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
        }
    }

    /// Every encoding, in the order `--help` lists them.
    pub const ALL: &'static [Encoding] = &[Encoding::Utf8];
}

impl std::str::FromStr for Encoding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        Encoding::ALL
            .iter()
            .copied()
            .find(|e| e.name() == wanted || (wanted == "utf8" && *e == Encoding::Utf8))
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
    /// The bytes are not valid UTF-8 from this offset on.
    NotUtf8 {
        /// Offset of the first invalid byte.
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
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes article bytes: strips a BOM, checks UTF-8, unifies line ends, normalises to NFC.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<Decoded, DecodeError> {
    if let Some(kind) = sniff_binary(bytes) {
        return Err(DecodeError::NotAnArticle(kind));
    }
    let _ = forced; // Only UTF-8 exists so far; every choice decodes the same way.
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|e| DecodeError::NotUtf8 {
        offset: e.valid_up_to() + (bytes.len() - body.len()),
    })?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded {
        text: normalize(text),
        encoding: Encoding::Utf8,
        warnings: Vec::new(),
    })
}

/// Unifies CRLF and CR line ends to LF and composes the text to NFC.
pub fn normalize(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified.nfc().collect()
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
    fn composes_nfd_to_nfc() {
        let d = decode("Vie\u{0323}\u{0302}t".as_bytes(), None).unwrap();
        assert_eq!(d.text, "Việt");
    }

    #[test]
    fn names_offset_of_bad_byte() {
        assert_eq!(
            decode(b"abc\xFFdef", None),
            Err(DecodeError::NotUtf8 { offset: 3 })
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFab\xC3", None),
            Err(DecodeError::NotUtf8 { offset: 5 })
        );
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
