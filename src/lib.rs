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
pub mod write;

use sha2::{Digest, Sha256};

pub use error::Error;
pub use model::Report;

/// How to read one input.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// How much one document may hold.
    pub limits: Limits,
    /// Read the bytes in this encoding instead of detecting it.
    pub encoding: Option<decode::Encoding>,
    /// Treat the input as this format instead of guessing it.
    pub format: Option<InputFormat>,
    /// Fail when the title, date or event is missing.
    pub strict: bool,
    /// What the parser is told besides the text (the reference day).
    pub parse: parse::Options,
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

/// The largest input read by default, 2 MiB: news articles are a few kilobytes; a larger
/// file is a mistake (a concatenated archive, a log) that would print thousands of pages.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// How much one document may hold; each limit has a flag to raise it (`--max-input-mb` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Limits {
    /// The most bytes read from one input: a file, standard input, a device, an archive
    /// entry after decompression, a report JSON.
    pub input_bytes: usize,
    /// The most text one document may hold once decoded (UTF-8 bytes), after HTML
    /// extraction.
    pub text_bytes: usize,
    /// The most bytes decompressed from one archive, all entries together.
    pub archive_bytes: u64,
    /// The most pages one document's PDF may have (checked once it is laid out: layout's
    /// time and memory are the worker processes' limits).
    #[serde(default = "default_max_pages")]
    pub pages: usize,
}

/// The most pages by default: a news article prints on a few, a long speech on some dozens;
/// hundreds are a mistake (2 MB of text on one line makes some 400).
pub const MAX_PAGES: usize = 200;

fn default_max_pages() -> usize {
    MAX_PAGES
}

impl Limits {
    /// Refuses a rendered document of more pages than the limit.
    pub fn check_pages(&self, file: &str, pages: usize) -> Result<(), Error> {
        if pages > self.pages {
            return Err(Error::TooManyPages {
                file: printable(file).into_owned(),
                pages,
                limit: self.pages,
            });
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            input_bytes: MAX_INPUT_BYTES,
            text_bytes: MAX_INPUT_BYTES,
            archive_bytes: 1024 * 1024 * 1024,
            pages: MAX_PAGES,
        }
    }
}

/// Reads at most `limit` bytes from `reader`: `Ok(None)` when there is more, so an endless
/// stream (`/dev/zero`, a pipe that never closes its end) costs `limit` bytes, not all memory.
pub fn read_capped(reader: impl std::io::Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

/// A name as it may be printed: control characters (ESC, BEL, …) that would act on the
/// terminal are shown as `\u{1b}` escapes.
pub fn printable(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.chars().any(char::is_control) {
        return name.into();
    }
    name.chars()
        .map(|c| match c {
            c if c.is_control() => c.escape_unicode().to_string(),
            c => c.to_string(),
        })
        .collect::<String>()
        .into()
}

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
    // Names come from outside (archive entries): never a control character in a message.
    let file = || printable(name).into_owned();
    if bytes.len() > opts.limits.input_bytes {
        return Err(Error::TooLarge {
            file: file(),
            bytes: Some(bytes.len() as u64),
            limit: opts.limits.input_bytes as u64,
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
                file: file(),
                source,
            })?;
            let text = match format {
                InputFormat::Html => {
                    html::article_text(&decoded.text).map_err(|source| Error::Html {
                        file: file(),
                        source,
                    })?
                }
                _ => decoded.text,
            };
            if text.len() > opts.limits.text_bytes {
                return Err(Error::TextTooLong {
                    file: file(),
                    bytes: text.len() as u64,
                    limit: opts.limits.text_bytes as u64,
                });
            }
            let source = model::Source {
                name: name.to_owned(),
                format: format.name().to_owned(),
                encoding: decoded.encoding.name().to_owned(),
                sha256: sha256_hex(bytes),
            };
            times.decode += started.elapsed();
            let started = std::time::Instant::now();
            let mut report = parse::parse_with(&text, source, &opts.parse);
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
                file: file(),
                missing: missing.join(", "),
            });
        }
    }
    Ok(report)
}

/// Loads a report JSON, checking its schema version and its dates.
pub fn report_from_json(bytes: &[u8], name: &str) -> Result<Report, Error> {
    let bad = |reason: String| Error::Json {
        file: printable(name).into_owned(),
        reason,
    };
    let mut report: Report = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
    if report.schema != model::SCHEMA_VERSION {
        return Err(bad(format!(
            "schema {} is not supported, this vnbrief reads schema {}",
            report.schema,
            model::SCHEMA_VERSION
        )));
    }
    if let Some(date) = &report.date {
        check_date(date.day, date.month, date.year).map_err(|why| bad(format!("date: {why}")))?;
    }
    // A report's text reaches layout as an article's does: floods of combining marks are
    // split the same way, whatever field holds them.
    let mut value = serde_json::to_value(&report).expect("a report always serialises");
    let mut split = 0;
    for_each_string(&mut value, &mut |s| {
        if let Some((text, n, _)) = decode::split_long_clusters(s) {
            *s = text;
            split += n;
        }
    });
    if split > 0 {
        report = serde_json::from_value(value).map_err(|e| bad(e.to_string()))?;
        report
            .warnings
            .push(decode::long_cluster_warning(split, None));
    }
    Ok(report)
}

/// Calls `f` on every string inside a JSON value.
fn for_each_string(value: &mut serde_json::Value, f: &mut impl FnMut(&mut String)) {
    match value {
        serde_json::Value::String(s) => f(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| for_each_string(v, f)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| for_each_string(v, f)),
        _ => {}
    }
}

/// Checks a calendar date as a report holds it (the year may be unknown): a template
/// would otherwise print "ngày 99 tháng 13".
fn check_date(day: u8, month: u8, year: Option<i32>) -> Result<(), String> {
    if !(1..=12).contains(&month) {
        return Err(format!("month {month} is not a month (1 to 12)"));
    }
    if let Some(y) = year {
        if !(1..=9999).contains(&y) {
            return Err(format!("year {y} is not a year (1 to 9999)"));
        }
    }
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days).contains(&day) {
        return Err(format!(
            "day {day} is not a day of month {month} (1 to {days})"
        ));
    }
    Ok(())
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
