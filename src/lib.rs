//! vnbrief turns Vietnamese news articles about meetings into print-ready PDF documents
//! laid out as Nghị định 30/2020 requires: a briefing report (báo cáo), meeting minutes
//! (biên bản) or a printed copy of the article.
//!
//! # Steps
//! 1. [`decode`]: bytes → text. Detects the encoding, unifies line ends, composes to NFC.
//! 2. [`parse`]: text → [`Report`]. Finds title, dateline, organiser, event, people,
//!    captions, byline, figures and sections; what it cannot find becomes a warning.
//! 3. [`render`]: [`Report`] → PDF. Serves the report as `/report.json` to an embedded
//!    Typst template and exports the document with embedded fonts ([`fonts`]).
//!
//! [`read_report`] runs steps 1–2 (or reads a report JSON as is); [`batch`] drives many
//! documents through all three on worker threads; the `vnbrief` binary adds the command
//! line on top.

pub mod batch;
pub mod config;
pub mod decode;
pub mod error;
pub mod eval;
pub mod fonts;
pub mod html;
pub mod minutes;
pub mod model;
pub mod parse;
pub mod render;
pub mod serve;
pub mod worker;

use sha2::{Digest, Sha256};

pub use error::Error;
pub use model::Report;

/// How to read one input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Read the bytes in this encoding instead of detecting it.
    pub encoding: Option<decode::Encoding>,
    /// Treat the input as this format instead of guessing it.
    pub format: Option<InputFormat>,
    /// Fail when the title, date or event is missing.
    pub strict: bool,
}

/// The kinds of input vnbrief reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A plain-text article: title line, one paragraph per line, byline last.
    Text,
    /// A saved web page or an HTML fragment.
    Html,
    /// A report JSON as `vnbrief parse` prints it.
    Json,
}

impl InputFormat {
    /// The name used in `source.format`.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Json => "json",
        }
    }

    /// Guesses the format from the file name and the first bytes.
    pub fn sniff(name: &str, bytes: &[u8]) -> InputFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            return InputFormat::Json;
        }
        if lower.ends_with(".html") || lower.ends_with(".htm") {
            return InputFormat::Html;
        }
        let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let first = start.iter().find(|b| !b.is_ascii_whitespace());
        if first == Some(&b'{') && start.windows(9).take(4096).any(|w| w == b"\"schema\":") {
            return InputFormat::Json;
        }
        if html::looks_like_html(bytes) {
            return InputFormat::Html;
        }
        InputFormat::Text
    }
}

/// The largest input read, 2 MiB: news articles are a few kilobytes; a larger file is
/// a mistake (a concatenated archive, a log) that would print thousands of pages.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// Reads one input into a report: decodes and parses an article, or loads a report JSON.
///
/// `name` is the file name used in messages and in `source.name`.
pub fn read_report(bytes: &[u8], name: &str, opts: &ReadOptions) -> Result<Report, Error> {
    read_report_timed(bytes, name, opts, &mut batch::StageTimes::default())
}

/// [`read_report`], adding the time spent decoding and parsing to `times`.
pub fn read_report_timed(
    bytes: &[u8],
    name: &str,
    opts: &ReadOptions,
    times: &mut batch::StageTimes,
) -> Result<Report, Error> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge {
            file: name.to_owned(),
            bytes: bytes.len(),
        });
    }
    let format = opts
        .format
        .unwrap_or_else(|| InputFormat::sniff(name, bytes));
    let report = match format {
        InputFormat::Json => report_from_json(bytes, name)?,
        InputFormat::Text | InputFormat::Html => {
            let started = std::time::Instant::now();
            let decoded = decode::decode(bytes, opts.encoding).map_err(|source| Error::Read {
                file: name.to_owned(),
                source,
            })?;
            let text = match format {
                InputFormat::Html => {
                    html::article_text(&decoded.text).map_err(|source| Error::Html {
                        file: name.to_owned(),
                        source,
                    })?
                }
                _ => decoded.text,
            };
            let source = model::Source {
                name: name.to_owned(),
                format: format.name().to_owned(),
                encoding: decoded.encoding.name().to_owned(),
                sha256: sha256_hex(bytes),
            };
            times.decode += started.elapsed();
            let started = std::time::Instant::now();
            let mut report = parse::parse(&text, source);
            times.parse += started.elapsed();
            report.warnings.splice(0..0, decoded.warnings);
            report
        }
    };
    if opts.strict {
        let missing: Vec<&str> = [
            ("title", report.title.is_none()),
            ("date", report.date.is_none()),
            ("event", report.event.is_none()),
        ]
        .into_iter()
        .filter_map(|(field, absent)| absent.then_some(field))
        .collect();
        if !missing.is_empty() {
            return Err(Error::Strict {
                file: name.to_owned(),
                missing: missing.join(", "),
            });
        }
    }
    Ok(report)
}

/// Loads a report JSON, checking its schema version.
pub fn report_from_json(bytes: &[u8], name: &str) -> Result<Report, Error> {
    let bad = |reason: String| Error::Json {
        file: name.to_owned(),
        reason,
    };
    let report: Report = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    if report.schema != model::SCHEMA_VERSION {
        return Err(bad(format!(
            "schema {} is not supported, this vnbrief reads schema {}",
            report.schema,
            model::SCHEMA_VERSION
        )));
    }
    Ok(report)
}

/// Lowercase hex SHA-256 of the bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The reason of an I/O error in short lowercase words, without the OS error number.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        InvalidData => "invalid data".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}
