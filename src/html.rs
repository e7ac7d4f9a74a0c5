//! HTML input: a saved news page → article text in the plain-text layout the parser reads.

use std::fmt;

/// Why an HTML page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum HtmlError {
    /// HTML input is not read by this build.
    Unsupported,
}

impl fmt::Display for HtmlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HtmlError::Unsupported => f.write_str("HTML input is not supported yet"),
        }
    }
}

impl std::error::Error for HtmlError {}

/// Extracts title, paragraphs, captions and byline of a page, one per line.
pub fn article_text(_html: &str) -> Result<String, HtmlError> {
    Err(HtmlError::Unsupported)
}
