//! Render: [`Report`] → PDF through an embedded Typst engine.
//!
//! The report reaches the template only as data: it is served as the virtual file
//! `/report.json` (and the unit's settings as `/letterhead.json`), which the template
//! loads with `json(…)`, so no article text is ever read as Typst markup. This is the
//! only module that uses Typst.

mod checks;
mod diagnostics;
mod svg;
mod templates;
mod world;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use typst::diag::Warned;
use typst::foundations::{Bytes, Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

pub use svg::{SvgPage, SvgPages};
pub use templates::{files_of as builtin_files, find as find_builtin, Builtin, BUILTINS};
pub use world::{LETTERHEAD_PATH, MINUTES_PATH, REPORTS_PATH, REPORT_PATH};

use crate::fonts;
use crate::model::Report;
use world::{DocWorld, Shared, TemplateFiles, TemplateSet};

/// The unit's fixed data printed around the article: who issues the document and who signs.
///
/// Every field is optional: an unknown one prints as a dotted blank, never a guess.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Letterhead {
    /// The parent body (cơ quan chủ quản), e.g. "BỘ CÔNG AN".
    pub parent_body: Option<String>,
    /// The issuing body (cơ quan ban hành), e.g. "CỤC CẢNH SÁT QLHC VỀ TTXH".
    pub issuing_body: Option<String>,
    /// The document number and code after "Số:", e.g. "15/BC-C06".
    pub number: Option<String>,
    /// The place name of the place–date line, e.g. "Hà Nội".
    pub place: Option<String>,
    /// The document's date, e.g. 2024-04-12.
    pub date: Option<DocDate>,
    /// The signer's full name.
    pub signer: Option<String>,
    /// The signer's authority and title, e.g. "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG".
    pub signer_title: Option<String>,
    /// The "Nơi nhận:" recipients, one per entry, without "- " and ";". An entry starting
    /// "Lưu" is the file copy line and replaces the one the template adds.
    pub recipients: Vec<String>,
    /// The drafting unit (đơn vị soạn thảo) of the file copy line "Lưu: VT, C06.".
    pub drafting_unit: Option<String>,
    /// "Kính gửi:" recipients of a report sent to a superior body, one per entry.
    pub kinh_gui: Vec<String>,
    /// The trích yếu under the document type; by default the template names the event.
    pub subject: Option<String>,
    /// Print the article's photo captions as "(Ảnh: …)" notes in a báo cáo.
    pub photo_notes: bool,
    /// A draft for checking: the fields the parser found by a weak rule or of an odd shape (the
    /// report's `review`) are shaded and marked "(?)", with a note saying why.
    pub mark_review: bool,
}

/// A calendar date of the document itself. Read from `"YYYY-MM-DD"`, a TOML date
/// (`date = 2024-04-12` in `vnbrief.toml`) or `{year, month, day}` (the letterhead JSON);
/// written as the last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DocDate {
    /// Year.
    pub year: i32,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day, 1 to 31.
    pub day: u8,
}

impl std::str::FromStr for DocDate {
    type Err = String;

    /// Reads `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("invalid date {s:?} (expected YYYY-MM-DD)");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        let (year, month, day) = (
            y.parse::<i32>().map_err(|_| bad())?,
            m.parse::<u8>().map_err(|_| bad())?,
            d.parse::<u8>().map_err(|_| bad())?,
        );
        Datetime::from_ymd(year, month, day)
            .ok_or_else(|| format!("invalid date {s:?} (no such day in the calendar)"))?;
        Ok(DocDate { year, month, day })
    }
}

impl<'de> Deserialize<'de> for DocDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DocDateVisitor)
    }
}

/// Reads the three forms of a [`DocDate`], every refusal in words (no Rust type names).
struct DocDateVisitor;

/// The key under which the `toml` crate hands a TOML date to a visitor.
const TOML_DATETIME_KEY: &str = "$__toml_private_datetime";

impl<'de> serde::de::Visitor<'de> for DocDateVisitor {
    type Value = DocDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD (e.g. \"2024-04-12\")")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DocDate, E> {
        s.parse().map_err(E::custom)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<DocDate, A::Error> {
        use serde::de::Error;
        let (mut year, mut month, mut day) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            let number = |v: f64, part: &str| {
                (v.fract() == 0.0 && v.abs() < 1e9)
                    .then_some(v as i64)
                    .ok_or_else(|| {
                        A::Error::custom(format!("date: {part} {v} is not a whole number"))
                    })
            };
            match key.as_str() {
                TOML_DATETIME_KEY => {
                    // A TOML date comes as its text; one with a time of day is not a date.
                    let text: String = map.next_value()?;
                    return text.parse().map_err(|_| {
                        A::Error::custom(format!(
                            "invalid date {text:?} (expected a date YYYY-MM-DD, without a time)"
                        ))
                    });
                }
                "year" => year = Some(number(map.next_value()?, "year")?),
                "month" => month = Some(number(map.next_value()?, "month")?),
                "day" => day = Some(number(map.next_value()?, "day")?),
                other => {
                    return Err(A::Error::custom(format!(
                        "date: unknown key {other:?} (expected \"YYYY-MM-DD\" or year, month, day)"
                    )))
                }
            }
        }
        let (Some(year), Some(month), Some(day)) = (year, month, day) else {
            return Err(A::Error::custom(
                "date: expected \"YYYY-MM-DD\" or all of year, month and day",
            ));
        };
        format!("{year:04}-{month:02}-{day:02}")
            .parse()
            .map_err(A::Error::custom)
    }
}

/// Which template to compile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateChoice {
    /// A built-in template by name ("briefing").
    Builtin(String),
    /// A user's template: the main `.typ` file; its folder is the template's root.
    Path(PathBuf),
}

impl Default for TemplateChoice {
    fn default() -> Self {
        TemplateChoice::Builtin(templates::DEFAULT.to_owned())
    }
}

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// The template.
    pub template: TemplateChoice,
    /// The unit's settings.
    pub letterhead: Letterhead,
    /// PDF standards to conform to, by typst-pdf's names ("a-2b", "ua-1", "1.7").
    pub pdf_standards: Vec<String>,
    /// Whether to write a tagged PDF (for screen readers).
    pub tagged: bool,
    /// Creation time in seconds since 1970 (`SOURCE_DATE_EPOCH`); none writes no date.
    pub timestamp: Option<i64>,
    /// Folders of extra fonts (`--font-path`); the template's preferred family found there
    /// (Times New Roman) sets the text instead of the embedded Tinos.
    pub font_paths: Vec<PathBuf>,
}

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF file's bytes.
    pub pdf: Vec<u8>,
    /// Number of pages.
    pub pages: usize,
    /// Template warnings and characters the fonts cannot draw.
    pub warnings: Vec<String>,
    /// Time spent laying the document out.
    pub compile_time: Duration,
    /// Time spent writing the PDF.
    pub export_time: Duration,
}

/// Why a report could not be rendered.
#[derive(Debug)]
#[non_exhaustive]
pub enum RenderError {
    /// No built-in template has this name.
    UnknownTemplate(String),
    /// A user template's main file could not be opened.
    TemplateFile {
        /// The path given.
        path: PathBuf,
        /// The reason.
        reason: String,
    },
    /// The template failed to compile: formatted diagnostics, one block each.
    Compile(String),
    /// A PDF standard name or combination was refused.
    Standard(String),
    /// PDF export failed.
    Export(String),
    /// A font folder could not be read.
    Fonts(fonts::FontError),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::UnknownTemplate(name) => {
                let names: Vec<&str> = BUILTINS.iter().map(|t| t.name).collect();
                write!(
                    f,
                    "unknown template {name:?} (built-in: {})",
                    names.join(", ")
                )
            }
            RenderError::TemplateFile { path, reason } => {
                write!(f, "cannot open template {} ({reason})", path.display())
            }
            RenderError::Compile(_) => f.write_str("the template failed to compile"),
            RenderError::Standard(msg) if msg.starts_with("PDF/A") => f.write_str(msg),
            RenderError::Standard(msg) => write!(f, "invalid PDF standard ({msg})"),
            RenderError::Export(msg) => write!(f, "PDF export failed ({msg})"),
            RenderError::Fonts(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RenderError {}

impl RenderError {
    /// The template diagnostics (`file:line:col: error: …` with the source line), if any.
    pub fn details(&self) -> Option<&str> {
        match self {
            RenderError::Compile(diags) => Some(diags),
            _ => None,
        }
    }

    /// "failed to render NAME (reason)", then the diagnostics on the following lines.
    pub fn message_for(&self, name: &str) -> String {
        match self.details() {
            Some(details) => format!("failed to render {name} ({self})\n{details}"),
            None => format!("failed to render {name} ({self})"),
        }
    }
}

/// A template loaded once and rendered many times; safe to share between threads.
pub struct Renderer {
    template: TemplateSet,
    shared: Arc<Shared>,
    /// What the options themselves call for (a number with another type code, two file
    /// copy lines, fonts skipped); added to every document's warnings.
    setup_warnings: Vec<String>,
    letterhead: Bytes,
    standards: PdfStandards,
    tagged: bool,
    timestamp: Option<Timestamp>,
    today: Datetime,
    /// A PDF/A standard was asked for: every document needs a date.
    needs_date: bool,
    /// The document date given in the letterhead.
    doc_date: Option<DocDate>,
}

impl Renderer {
    /// Loads the template and checks the options; no report is needed yet.
    pub fn new(opts: &RenderOptions) -> Result<Renderer, RenderError> {
        let mut setup_warnings = Vec::new();
        let template = match &opts.template {
            TemplateChoice::Builtin(name) => {
                let builtin = templates::find(name)
                    .ok_or_else(|| RenderError::UnknownTemplate(name.clone()))?;
                if let Some(code) = builtin.code {
                    setup_warnings.extend(checks::number(
                        opts.letterhead.number.as_deref(),
                        code,
                        &layout_data().type_codes,
                    ));
                    setup_warnings.extend(checks::archive(&opts.letterhead));
                    setup_warnings.extend(checks::unused(&opts.letterhead, code));
                }
                TemplateSet::new(
                    TemplateFiles::Builtin(templates::FILES),
                    world::file_id(builtin.main),
                )
            }
            TemplateChoice::Path(main) => user_template(main)?,
        };
        let shared = if opts.font_paths.is_empty() {
            world::EMBEDDED.clone()
        } else {
            let read = fonts::read_folders(&opts.font_paths).map_err(RenderError::Fonts)?;
            setup_warnings.extend(read.warnings);
            let shared = Shared::new(read.files.into_iter().map(|(_, data)| data).collect());
            setup_warnings.extend(shared.warnings.iter().cloned());
            Arc::new(shared)
        };
        let letterhead =
            serde_json::to_vec_pretty(&opts.letterhead).expect("a letterhead always serialises");
        let standards = pdf_standards(&opts.pdf_standards)?;
        let timestamp = match opts.timestamp {
            Some(secs) => Some(timestamp_from_unix(secs).ok_or_else(|| {
                RenderError::Standard(format!("timestamp {secs} is out of range"))
            })?),
            None => None,
        };
        let today = opts
            .timestamp
            .and_then(datetime_from_unix)
            .unwrap_or_else(|| Datetime::from_ymd(1970, 1, 1).expect("valid date"));
        let needs_date = opts
            .pdf_standards
            .iter()
            .any(|s| s.trim().to_ascii_lowercase().starts_with("a-"));
        Ok(Renderer {
            template,
            shared,
            setup_warnings,
            letterhead: Bytes::new(letterhead),
            standards,
            tagged: opts.tagged,
            timestamp,
            today,
            needs_date,
            doc_date: opts.letterhead.date,
        })
    }

    /// Renders one report to PDF.
    pub fn render(&self, report: &Report) -> Result<Rendered, RenderError> {
        self.compile(report_files(report), report.texts(), event_date(report))
    }

    /// Refuses, before any layout, a report these options cannot print: PDF/A without a
    /// date from the options, `SOURCE_DATE_EPOCH` or the report's own date with its year.
    pub fn check_report(&self, report: &Report) -> Result<(), RenderError> {
        self.pdf_options_for(event_date(report)).map(drop)
    }

    /// Renders many reports into one document; the template reads them as an array
    /// from `/reports.json` (the `bulletin` template does).
    pub fn render_collection(&self, reports: &[Report]) -> Result<Rendered, RenderError> {
        let json = serde_json::to_vec(reports).expect("reports always serialise");
        self.compile(
            vec![(*REPORTS_ID, Bytes::new(json))],
            reports.iter().flat_map(Report::texts),
            None,
        )
    }

    fn compile<'a>(
        &self,
        data: Vec<(typst::syntax::FileId, Bytes)>,
        texts: impl Iterator<Item = &'a str>,
        event_date: Option<DocDate>,
    ) -> Result<Rendered, RenderError> {
        let pdf_options = self.pdf_options_for(event_date)?;
        let LaidOut {
            world,
            document,
            warnings,
            compile_time,
        } = self.lay_out(data, texts)?;
        let started = Instant::now();
        let pdf = typst_pdf::pdf(&document, &pdf_options)
            .map_err(|errors| RenderError::Export(diagnostics::format(&world, &errors)))?;
        let export_time = started.elapsed();
        Ok(Rendered {
            pdf,
            pages: document.pages().len(),
            warnings,
            compile_time,
            export_time,
        })
    }
}

impl Renderer {
    /// Lays a document out from its data files (the letterhead is added here): the step
    /// the PDF and the SVG preview share. The world comes back for the export's diagnostics.
    pub(crate) fn lay_out<'a>(
        &self,
        mut data: Vec<(typst::syntax::FileId, Bytes)>,
        texts: impl Iterator<Item = &'a str>,
    ) -> Result<LaidOut<'_>, RenderError> {
        let mut warnings = self.warnings_for(texts);
        data.push((*LETTERHEAD_ID, self.letterhead.clone()));
        for (_, bytes) in &mut data {
            *bytes = without_format_chars(std::mem::replace(bytes, Bytes::new(Vec::new())));
        }
        let world = self.world(data);
        let started = Instant::now();
        let Warned {
            output,
            warnings: typst_warnings,
        } = typst::compile::<PagedDocument>(&world);
        let compile_time = started.elapsed();
        warnings.extend(
            typst_warnings
                .iter()
                .map(|d| diagnostics::format_one(&world, d)),
        );
        let document =
            output.map_err(|errors| RenderError::Compile(diagnostics::format(&world, &errors)))?;
        Ok(LaidOut {
            world,
            document,
            warnings,
            compile_time,
        })
    }

    /// The world of one document: this renderer's template, fonts and date, and `data`
    /// (the report's files and the letterhead).
    pub(crate) fn world(&self, data: Vec<(typst::syntax::FileId, Bytes)>) -> DocWorld<'_> {
        DocWorld {
            shared: &self.shared,
            template: &self.template,
            data,
            today: self.today,
        }
    }

    /// The warnings of a document before it is compiled: the options' own (another type
    /// code, two file copy lines, fonts skipped) and the characters of `texts` that the
    /// fonts the text is set in cannot draw.
    pub(crate) fn warnings_for<'a>(&self, texts: impl Iterator<Item = &'a str>) -> Vec<String> {
        let mut warnings = self.setup_warnings.clone();
        let missing = self.shared.coverage.missing_chars(texts);
        if !missing.is_empty() {
            let fonts = if self.shared.chain == [fonts::FAMILY] {
                "the embedded fonts".to_owned()
            } else {
                format!("the fonts {}", self.shared.chain.join(", "))
            };
            warnings.push(format!(
                "{fonts} cannot draw {}; they print as empty boxes",
                fonts::describe_chars(&missing)
            ));
        }
        warnings
    }

    /// The font families the text is set in, first choice first ("Tinos" without font
    /// folders).
    pub fn font_families(&self) -> &[String] {
        &self.shared.chain
    }

    /// PDF/A requires a creation date. Without `SOURCE_DATE_EPOCH` the document's own
    /// date is used (`--date`), else the meeting's date; with neither it is an error,
    /// rather than a made-up date.
    fn pdf_options_for(&self, event_date: Option<DocDate>) -> Result<PdfOptions, RenderError> {
        let mut options = PdfOptions {
            ident: Smart::Auto,
            creator: Smart::Custom(Some(format!("vnbrief {}", env!("CARGO_PKG_VERSION")))),
            timestamp: self.timestamp,
            standards: self.standards.clone(),
            tagged: self.tagged,
            ..PdfOptions::default()
        };
        if self.needs_date && options.timestamp.is_none() {
            let date = self.doc_date.or(event_date).ok_or_else(|| {
                RenderError::Standard(
                    "PDF/A needs a document date: give --date YYYY-MM-DD or set SOURCE_DATE_EPOCH"
                        .into(),
                )
            })?;
            let datetime = Datetime::from_ymd(date.year, date.month, date.day)
                .ok_or_else(|| RenderError::Standard(format!("invalid date {date:?}")))?;
            options.timestamp = Some(Timestamp::new_utc(datetime));
        }
        Ok(options)
    }
}

/// The layout's data shared with `templates/nd30.typ`: font preference and type codes.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct LayoutData {
    font_families: Vec<String>,
    type_codes: Vec<String>,
}

fn layout_data() -> &'static LayoutData {
    static DATA: LazyLock<LayoutData> = LazyLock::new(|| {
        toml::from_str(templates::LAYOUT_DATA).expect("templates/nd30.toml is valid")
    });
    &DATA
}

static REPORT_ID: LazyLock<typst::syntax::FileId> = LazyLock::new(|| world::file_id(REPORT_PATH));
static REPORTS_ID: LazyLock<typst::syntax::FileId> = LazyLock::new(|| world::file_id(REPORTS_PATH));
static MINUTES_ID: LazyLock<typst::syntax::FileId> = LazyLock::new(|| world::file_id(MINUTES_PATH));
static LETTERHEAD_ID: LazyLock<typst::syntax::FileId> =
    LazyLock::new(|| world::file_id(LETTERHEAD_PATH));

/// A laid-out document with the world it was compiled in and its warnings.
pub(crate) struct LaidOut<'w> {
    world: DocWorld<'w>,
    document: PagedDocument,
    warnings: Vec<String>,
    compile_time: Duration,
}

/// The data files of one report: `/report.json`, `/minutes.json` (served to every template:
/// cheap, and a user's minutes template can read it too) and a one-report `/reports.json`
/// (so `--template bulletin` prints a single article too).
fn report_files(report: &Report) -> Vec<(typst::syntax::FileId, Bytes)> {
    let json = serde_json::to_vec_pretty(report).expect("a report always serialises");
    let minutes = serde_json::to_vec_pretty(&crate::minutes::minutes_of(report))
        .expect("minutes always serialise");
    let mut collection = Vec::with_capacity(json.len() + 2);
    collection.push(b'[');
    collection.extend_from_slice(&json);
    collection.push(b']');
    vec![
        (*REPORT_ID, Bytes::new(json)),
        (*MINUTES_ID, Bytes::new(minutes)),
        (*REPORTS_ID, Bytes::new(collection)),
    ]
}

/// A data file (JSON) without the invisible format characters of
/// [`crate::decode::FORMAT_CHARS`]. A report JSON may be edited by hand or come from anyone:
/// a right-to-left override in one field would print the fields after it backwards. In JSON
/// such characters can only stand inside strings, so they are removed from the bytes.
fn without_format_chars(bytes: Bytes) -> Bytes {
    let stripped = std::str::from_utf8(&bytes)
        .ok()
        .and_then(crate::decode::strip_format_chars);
    match stripped {
        Some((text, _)) => Bytes::new(text.into_bytes()),
        None => bytes,
    }
}

/// The meeting's date as a document date, when the report gives its year.
fn event_date(report: &Report) -> Option<DocDate> {
    report.date.as_ref().and_then(|d| {
        Some(DocDate {
            year: d.year?,
            month: d.month,
            day: d.day,
        })
    })
}

/// Renders one report with a template loaded for it alone.
pub fn render(report: &Report, opts: &RenderOptions) -> Result<Rendered, RenderError> {
    Renderer::new(opts)?.render(report)
}

/// Drops Typst's memoised results older than `max_age` renders (0 drops all).
///
/// A long batch calls this regularly so memory stays flat.
pub fn evict_caches(max_age: usize) {
    comemo::evict(max_age);
}

/// Opens a user template: its folder becomes the root nothing may leave.
fn user_template(main: &Path) -> Result<TemplateSet, RenderError> {
    let fail = |reason: String| RenderError::TemplateFile {
        path: main.to_owned(),
        reason,
    };
    let real = main
        .canonicalize()
        .map_err(|e| fail(e.to_string().to_lowercase()))?;
    if !real.is_file() {
        return Err(fail("not a file".into()));
    }
    let root = real
        .parent()
        .ok_or_else(|| fail("has no folder".into()))?
        .to_owned();
    let name = real
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| fail("the file name is not valid Unicode".into()))?;
    let id = world::file_id(&format!("/{name}"));
    Ok(TemplateSet::new(
        TemplateFiles::Folder {
            root,
            cache: Mutex::new(HashMap::new()),
        },
        id,
    ))
}

/// Parses standard names with typst-pdf's own names and checks the combination.
fn pdf_standards(names: &[String]) -> Result<PdfStandards, RenderError> {
    let mut list = Vec::new();
    for name in names {
        let standard: PdfStandard =
            serde_json::from_value(serde_json::Value::String(name.trim().to_ascii_lowercase()))
                .map_err(|_| {
                    RenderError::Standard(format!(
                        "unknown standard {name:?}; known: {}",
                        STANDARD_NAMES
                    ))
                })?;
        list.push(standard);
    }
    PdfStandards::new(&list).map_err(|e| RenderError::Standard(e.message().to_string()))
}

/// The standard names typst-pdf accepts, for messages and `--help`.
pub const STANDARD_NAMES: &str =
    "1.4, 1.5, 1.6, 1.7, 2.0, a-1b, a-1a, a-2b, a-2u, a-2a, a-3b, a-3u, a-3a, a-4, a-4f, a-4e, ua-1";

fn datetime_from_unix(secs: i64) -> Option<Datetime> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    Datetime::from_ymd_hms(
        y,
        m,
        d,
        (rem / 3600) as u8,
        ((rem % 3600) / 60) as u8,
        (rem % 60) as u8,
    )
}

fn timestamp_from_unix(secs: i64) -> Option<Timestamp> {
    datetime_from_unix(secs).map(Timestamp::new_utc)
}

/// Converts days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_825), (2024, 4, 12));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn doc_date_parses_and_checks() {
        assert_eq!(
            "2024-04-12".parse(),
            Ok(DocDate {
                year: 2024,
                month: 4,
                day: 12
            })
        );
        assert!("2024-02-30".parse::<DocDate>().is_err());
        assert!("12/4/2024".parse::<DocDate>().is_err());
    }

    #[test]
    fn standards_by_name() {
        assert!(pdf_standards(&["a-2b".into()]).is_ok());
        let err = pdf_standards(&["a-9z".into()]).unwrap_err().to_string();
        assert!(err.contains("unknown standard"), "{err}");
    }
}
