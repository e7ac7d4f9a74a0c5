//! The crate's top-level error: which stage failed, for which file.

use std::fmt;

use crate::decode::DecodeError;
use crate::html::HtmlError;
use crate::render::RenderError;

/// A failure of one document, with the file it concerns.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The bytes could not be decoded as an article.
    Read {
        /// The input's name.
        file: String,
        /// Why decoding failed.
        source: DecodeError,
    },
    /// The input is larger than its limit ([`crate::Limits`]).
    TooLarge {
        /// The input's name.
        file: String,
        /// Its size in bytes; `None` when it was not read to its end (a stream).
        bytes: Option<u64>,
        /// The limit in bytes.
        limit: u64,
    },
    /// The decoded text of a document is longer than its limit.
    TextTooLong {
        /// The input's name.
        file: String,
        /// The text's length in bytes of UTF-8.
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The rendered document has more pages than its limit.
    TooManyPages {
        /// The input's name.
        file: String,
        /// Its pages.
        pages: usize,
        /// The limit.
        limit: usize,
    },
    /// An HTML page held no article.
    Html {
        /// The input's name.
        file: String,
        /// Why extraction failed.
        source: HtmlError,
    },
    /// A report JSON could not be loaded.
    Json {
        /// The input's name.
        file: String,
        /// Why it was refused.
        reason: String,
    },
    /// `--strict` and a required field is missing.
    Strict {
        /// The input's name.
        file: String,
        /// The missing fields, comma-separated.
        missing: String,
    },
    /// The report could not be rendered.
    Render {
        /// The input's name.
        file: String,
        /// Why rendering failed.
        source: RenderError,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { file, source } => write!(f, "failed to read {file} ({source})"),
            Error::TooLarge { file, bytes, limit } => write!(
                f,
                "failed to read {file} (too large for a news article: {}, the limit is {}; \
                 raise it with --max-input-mb)",
                size_over(*bytes, *limit),
                megabytes(*limit)
            ),
            Error::TextTooLong { file, bytes, limit } => write!(
                f,
                "failed to read {file} (its text is too long for a news article: {}, the \
                 limit is {}; raise it with --max-text-mb)",
                megabytes(*bytes),
                megabytes(*limit)
            ),
            Error::TooManyPages { file, pages, limit } => write!(
                f,
                "failed to render {file} ({pages} pages, the limit is {limit}; raise it with \
                 --max-pages)"
            ),
            Error::Html { file, source } => write!(f, "failed to read {file} ({source})"),
            Error::Json { file, reason } => {
                write!(f, "failed to load report {file} ({})", plain_words(reason))
            }
            Error::Strict { file, missing } => {
                write!(
                    f,
                    "{file} lacks required fields in --strict mode ({missing})"
                )
            }
            Error::Render { file, source } => write!(f, "failed to render {file} ({source})"),
        }
    }
}

impl std::error::Error for Error {}

/// A reader's message (serde's, the TOML reader's) without Rust's names for types, which
/// mean nothing to a clerk ("expected u8" → "expected a whole number from 0 to 255"),
/// on one line.
pub fn plain_words(reason: &str) -> String {
    const TYPES: &[(&str, &str)] = &[
        ("expected u8", "expected a whole number from 0 to 255"),
        ("expected u16", "expected a whole number from 0 to 65535"),
        ("expected u32", "expected a whole number from 0"),
        ("expected u64", "expected a whole number from 0"),
        ("expected usize", "expected a whole number from 0"),
        ("expected i32", "expected a whole number"),
        ("expected i64", "expected a whole number"),
        ("expected f64", "expected a number"),
        ("expected a string", "expected text in quotes"),
        ("expected a sequence", "expected a list [ … ]"),
        ("expected a boolean", "expected true or false"),
    ];
    let mut out = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    for (rust, words) in TYPES {
        out = out.replace(rust, words);
    }
    // "expected struct DocDate", "expected struct Report": a table of keys.
    while let Some(at) = out.find("expected struct ") {
        let name_end = out[at + 16..]
            .find(|c: char| !c.is_alphanumeric())
            .map_or(out.len(), |n| at + 16 + n);
        out.replace_range(at..name_end, "expected a table of keys");
    }
    out
}

/// A size in megabytes (MiB) as a limit is given: "2 MB", "1.5 MB"; below a tenth of a
/// megabyte in kilobytes or bytes ("1.0 KB", "900 bytes"), never "0.0 MB".
pub fn megabytes(bytes: u64) -> String {
    let (kb, mb) = (bytes as f64 / 1024.0, bytes as f64 / (1024.0 * 1024.0));
    if bytes < 1024 {
        format!("{bytes} bytes")
    } else if mb < 0.1 {
        format!("{kb:.1} KB")
    } else if mb.fract() == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// A size over its limit: "more than 2 MB" when it is unknown (a stream cut at the limit).
fn size_over(bytes: Option<u64>, limit: u64) -> String {
    match bytes {
        Some(b) => megabytes(b),
        None => format!("more than {}", megabytes(limit)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_never_zero_megabytes() {
        assert_eq!(megabytes(2 << 20), "2 MB");
        assert_eq!(megabytes(3 << 19), "1.5 MB");
        assert_eq!(megabytes(1049), "1.0 KB");
        assert_eq!(megabytes(2 * 1049), "2.0 KB");
        assert_eq!(megabytes(900), "900 bytes");
    }

    #[test]
    fn rust_type_names_become_words() {
        assert_eq!(
            plain_words("invalid type: string \"x\", expected struct DocDate\nat line 2"),
            "invalid type: string \"x\", expected a table of keys at line 2"
        );
        assert_eq!(
            plain_words("invalid value: integer `300`, expected u8"),
            "invalid value: integer `300`, expected a whole number from 0 to 255"
        );
    }
}
