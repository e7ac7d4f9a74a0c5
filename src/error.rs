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
    /// The input is larger than [`crate::MAX_INPUT_BYTES`].
    TooLarge {
        /// The input's name.
        file: String,
        /// Its size in bytes.
        bytes: usize,
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
            Error::TooLarge { file, bytes } => write!(
                f,
                "failed to read {file} (too large for a news article: {:.1} MB, the limit is {} MB)",
                *bytes as f64 / 1e6,
                crate::MAX_INPUT_BYTES / (1024 * 1024)
            ),
            Error::Html { file, source } => write!(f, "failed to read {file} ({source})"),
            Error::Json { file, reason } => {
                write!(f, "failed to load report {file} ({reason})")
            }
            Error::Strict { file, missing } => {
                write!(f, "{file} lacks required fields in --strict mode ({missing})")
            }
            Error::Render { file, source } => write!(f, "failed to render {file} ({source})"),
        }
    }
}

impl std::error::Error for Error {}
