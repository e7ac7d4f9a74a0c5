//! The messages between the pool and a worker process, and how they are framed.
//!
//! A frame is a JSON header and a raw body, each preceded by its length as four
//! little-endian bytes. The body carries what would be costly in JSON: an input's bytes
//! on the way in, the PDF on the way out. The parent reads a frame as it arrives, never
//! allocating what a length claims up front, and refuses one larger than its caps.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::render::{Letterhead, RenderOptions, SvgPages, TemplateChoice};
use crate::{InputFormat, ReadOptions, Report};

/// The largest header, 256 MiB: a report of the largest input is a few megabytes.
pub const MAX_HEADER: u64 = 256 << 20;

/// The largest body, 1 GiB: a PDF bigger than that is refused, not read.
pub const MAX_BODY: u64 = 1 << 30;

/// The first frame a worker receives: how to set itself up.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hello {
    /// The memory limit to set on itself, in bytes.
    pub memory_bytes: u64,
    /// Threads for Typst's parallel layout inside the worker.
    pub threads: usize,
    /// Evict Typst's caches after every this many documents.
    pub evict_every: usize,
    /// Drop cached results unused for this many evictions.
    pub evict_age: usize,
    /// The render options every document uses unless a job brings its own.
    pub render: RenderSpec,
}

/// The worker's answer to [`Hello`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Ready {
    /// Set up; the memory limit actually in force (lower when the hard limit is lower).
    Ok {
        /// The limit in bytes.
        memory_bytes: u64,
    },
    /// The render options were refused (the parent checks them first, so this is rare).
    Setup(String),
}

/// One job.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Request {
    /// Read the body's bytes (decode and parse, or load a report JSON) and render.
    Convert {
        /// The input's name for messages and `source.name`.
        name: String,
        /// How to read it.
        read: ReadSpec,
        /// Render options for this job instead of the worker's own.
        render: Option<RenderSpec>,
    },
    /// Render a report as it is.
    Render {
        /// The report.
        report: Box<Report>,
        /// The name used in messages.
        name: String,
        /// Render options for this job instead of the worker's own.
        render: Option<RenderSpec>,
    },
    /// Draw a report as SVG pages (the live preview of `vnbrief serve`).
    Preview {
        /// The report.
        report: Box<Report>,
        /// The name used in messages.
        name: String,
        /// Render options for this job instead of the worker's own.
        render: Option<RenderSpec>,
        /// Hashes of the pages the caller holds: those come back as their hash alone.
        known: Vec<String>,
    },
}

/// The answer to one job; a PDF travels as the frame's body.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Reply {
    /// Converted: the body is the PDF.
    Done(Box<DoneReply>),
    /// Drawn: the body is the pages' SVG documents ([`DrawnReply`]).
    Drawn(Box<DrawnReply>),
    /// The document failed as it would in process: the message names the file.
    Failed {
        /// The one-line message (template diagnostics may follow on more lines).
        message: String,
    },
}

/// What a successful job sends back besides the PDF.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DoneReply {
    /// The report read (for a convert job).
    pub report: Option<Report>,
    /// Number of pages.
    pub pages: usize,
    /// Template and font warnings.
    pub warnings: Vec<String>,
    /// Decode, parse, compile and export times.
    pub times: [Duration; 4],
    /// The worker's resident memory after the job, so the pool can retire a grown one.
    pub rss_bytes: u64,
}

/// What a successful preview job sends back. The pages' SVG documents (a few hundred
/// kilobytes each) travel as the frame's body, one after the other, not escaped in JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DrawnReply {
    /// The pages with warnings and times, their SVG documents taken out.
    pages: SvgPages,
    /// The length in bytes of each page's SVG in the body; `None` for a page not drawn.
    svg_lengths: Vec<Option<usize>>,
    /// The worker's resident memory after the job, so the pool can retire a grown one.
    pub rss_bytes: u64,
}

impl DrawnReply {
    /// The answer for these pages and the body carrying their SVG documents.
    pub fn new(mut pages: SvgPages, rss_bytes: u64) -> (DrawnReply, Vec<u8>) {
        let mut body = Vec::new();
        let svg_lengths = pages
            .pages
            .iter_mut()
            .map(|page| {
                page.svg.take().map(|svg| {
                    body.extend_from_slice(svg.as_bytes());
                    svg.len()
                })
            })
            .collect();
        let reply = DrawnReply {
            pages,
            svg_lengths,
            rss_bytes,
        };
        (reply, body)
    }

    /// The pages with their SVG documents put back from the frame's body.
    pub fn into_pages(self, body: &[u8]) -> io::Result<SvgPages> {
        let mut pages = self.pages;
        if self.svg_lengths.len() != pages.pages.len() {
            return Err(invalid("one SVG length per page expected"));
        }
        let mut at = 0usize;
        for (page, len) in pages.pages.iter_mut().zip(self.svg_lengths) {
            let Some(len) = len else { continue };
            let end = at
                .checked_add(len)
                .filter(|&end| end <= body.len())
                .ok_or_else(|| invalid("SVG lengths past the body"))?;
            let svg = std::str::from_utf8(&body[at..end]).map_err(|e| invalid(e.to_string()))?;
            page.svg = Some(svg.to_owned());
            at = end;
        }
        if at != body.len() {
            return Err(invalid("bytes after the last SVG"));
        }
        Ok(pages)
    }
}

impl Reply {
    /// The worker's resident memory a successful answer reports.
    pub fn rss_bytes(&self) -> Option<u64> {
        match self {
            Reply::Done(done) => Some(done.rss_bytes),
            Reply::Drawn(drawn) => Some(drawn.rss_bytes),
            Reply::Failed { .. } => None,
        }
    }
}

/// [`RenderOptions`] as it crosses the pipe.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RenderSpec {
    template: TemplateSpec,
    letterhead: Letterhead,
    pdf_standards: Vec<String>,
    tagged: bool,
    timestamp: Option<i64>,
    font_paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum TemplateSpec {
    Builtin(String),
    Path(PathBuf),
}

impl From<&RenderOptions> for RenderSpec {
    fn from(opts: &RenderOptions) -> Self {
        // Destructured, not read field by field: a field added to the options stops this
        // from compiling until it is carried to the worker too.
        let RenderOptions {
            template,
            letterhead,
            pdf_standards,
            tagged,
            timestamp,
            font_paths,
        } = opts;
        RenderSpec {
            template: match template {
                TemplateChoice::Builtin(name) => TemplateSpec::Builtin(name.clone()),
                TemplateChoice::Path(path) => TemplateSpec::Path(path.clone()),
            },
            letterhead: letterhead.clone(),
            pdf_standards: pdf_standards.clone(),
            tagged: *tagged,
            timestamp: *timestamp,
            font_paths: font_paths.clone(),
        }
    }
}

impl From<RenderSpec> for RenderOptions {
    fn from(spec: RenderSpec) -> Self {
        RenderOptions {
            template: match spec.template {
                TemplateSpec::Builtin(name) => TemplateChoice::Builtin(name),
                TemplateSpec::Path(path) => TemplateChoice::Path(path),
            },
            letterhead: spec.letterhead,
            pdf_standards: spec.pdf_standards,
            tagged: spec.tagged,
            timestamp: spec.timestamp,
            font_paths: spec.font_paths,
        }
    }
}

/// [`ReadOptions`] as it crosses the pipe: encoding and format by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadSpec {
    encoding: Option<String>,
    format: Option<String>,
    strict: bool,
    #[serde(default)]
    limits: crate::Limits,
    /// The parser's reference day as (year, month, day).
    #[serde(default)]
    reference: Option<(i32, u8, u8)>,
}

impl From<&ReadOptions> for ReadSpec {
    fn from(opts: &ReadOptions) -> Self {
        let ReadOptions {
            limits,
            encoding,
            format,
            strict,
            parse,
        } = opts;
        let crate::parse::Options { reference } = parse;
        ReadSpec {
            encoding: encoding.map(|e| e.name().to_owned()),
            format: format.map(|f| f.name().to_owned()),
            strict: *strict,
            limits: *limits,
            reference: reference.map(|d| (d.year, d.month, d.day)),
        }
    }
}

impl ReadSpec {
    /// Back to options; a name this build does not know is a protocol error.
    pub fn to_options(&self) -> io::Result<ReadOptions> {
        let encoding = match &self.encoding {
            Some(name) => Some(name.parse().map_err(invalid)?),
            None => None,
        };
        let format = match self.format.as_deref() {
            None => None,
            Some(name) => Some(
                [InputFormat::Text, InputFormat::Html, InputFormat::Json]
                    .into_iter()
                    .find(|f| f.name() == name)
                    .ok_or_else(|| invalid(format!("unknown format {name:?}")))?,
            ),
        };
        Ok(ReadOptions {
            limits: self.limits,
            encoding,
            format,
            strict: self.strict,
            parse: crate::parse::Options {
                reference: self.reference.map(|(year, month, day)| crate::parse::Day {
                    year,
                    month,
                    day,
                }),
            },
        })
    }
}

fn invalid(reason: impl Into<String>) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, reason.into())
}

/// Writes one frame and flushes it.
pub fn write_frame<T: Serialize>(out: &mut impl Write, header: &T, body: &[u8]) -> io::Result<()> {
    let header = serde_json::to_vec(header).map_err(|e| invalid(e.to_string()))?;
    for part in [&header[..], body] {
        let len = u32::try_from(part.len()).map_err(|_| invalid("frame part over 4 GiB"))?;
        out.write_all(&len.to_le_bytes())?;
        out.write_all(part)?;
    }
    out.flush()
}

/// Reads one frame; `Ok(None)` at a clean end of the stream (before any byte of a frame).
pub fn read_frame<T: DeserializeOwned>(input: &mut impl Read) -> io::Result<Option<(T, Vec<u8>)>> {
    match read_raw_frame(input)? {
        Some((header, body)) => Ok(Some((parse_header(&header)?, body))),
        None => Ok(None),
    }
}

/// Reads one frame without reading its header: (header bytes, body).
pub fn read_raw_frame(input: &mut impl Read) -> io::Result<Option<(Vec<u8>, Vec<u8>)>> {
    let Some(header) = read_part(input, MAX_HEADER, true)? else {
        return Ok(None);
    };
    let body = read_part(input, MAX_BODY, false)?.ok_or_else(|| invalid("frame cut short"))?;
    Ok(Some((header, body)))
}

/// Reads a frame's header.
pub fn parse_header<T: DeserializeOwned>(header: &[u8]) -> io::Result<T> {
    serde_json::from_slice(header).map_err(|e| invalid(e.to_string()))
}

/// Reads a length and that many bytes; `None` on end of stream when `eof_ok`.
fn read_part(input: &mut impl Read, max: u64, eof_ok: bool) -> io::Result<Option<Vec<u8>>> {
    let mut len = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match input.read(&mut len[got..]) {
            Ok(0) if got == 0 && eof_ok => return Ok(None),
            Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let len = u64::from(u32::from_le_bytes(len));
    if len > max {
        return Err(invalid(format!("frame part of {len} bytes over {max}")));
    }
    // Grown as the bytes arrive: a corrupt length cannot make us allocate it at once.
    let mut part = Vec::with_capacity(len.min(1 << 20) as usize);
    input.take(len).read_to_end(&mut part)?;
    if part.len() as u64 != len {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    Ok(Some(part))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_end_cleanly() {
        let mut buf = Vec::new();
        let reply = Reply::Failed {
            message: "failed to read a.txt (no text)".into(),
        };
        write_frame(&mut buf, &reply, b"\x00\xffpdf").unwrap();
        write_frame(&mut buf, &reply, b"").unwrap();
        let mut r = &buf[..];
        let (first, body): (Reply, _) = read_frame(&mut r).unwrap().unwrap();
        assert!(matches!(first, Reply::Failed { ref message } if message.contains("a.txt")));
        assert_eq!(body, b"\x00\xffpdf");
        let (_, body): (Reply, _) = read_frame(&mut r).unwrap().unwrap();
        assert!(body.is_empty());
        assert!(read_frame::<Reply>(&mut r).unwrap().is_none());
    }

    #[test]
    fn cut_and_oversized_frames_are_errors() {
        let mut buf = Vec::new();
        write_frame(&mut buf, &"header", b"body").unwrap();
        for cut in 1..buf.len() {
            let err = read_frame::<String>(&mut &buf[..cut]).unwrap_err();
            assert_eq!(err.kind(), io::ErrorKind::UnexpectedEof, "cut at {cut}");
        }
        let huge = [0xff, 0xff, 0xff, 0xff];
        let err = read_frame::<String>(&mut &huge[..]).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn preview_pages_cross_the_pipe_with_their_svg_in_the_body() {
        let page = |hash: &str, svg: Option<&str>| crate::render::SvgPage {
            hash: hash.into(),
            svg: svg.map(Into::into),
            text: svg.map(|_| format!("text of {hash}")),
        };
        let pages = SvgPages {
            pages: vec![
                page("a", Some("<svg>một</svg>")),
                page("b", None),
                page("c", Some("<svg>\"ba\"</svg>")),
            ],
            warnings: vec!["w".into()],
            compile_time: Duration::from_millis(3),
            export_time: Duration::from_millis(1),
        };
        let (reply, body) = DrawnReply::new(pages.clone(), 7);
        assert_eq!(body, "<svg>một</svg><svg>\"ba\"</svg>".as_bytes());
        let mut frame = Vec::new();
        write_frame(&mut frame, &Reply::Drawn(Box::new(reply)), &body).unwrap();
        let (back, body): (Reply, _) = read_frame(&mut &frame[..]).unwrap().unwrap();
        let Reply::Drawn(drawn) = back else {
            panic!("a drawn reply")
        };
        assert_eq!(drawn.rss_bytes, 7);
        let svgs = |p: &SvgPages| -> Vec<_> {
            let pages = p.pages.iter();
            pages
                .map(|p| (p.hash.clone(), p.svg.clone(), p.text.clone()))
                .collect()
        };
        let cut = drawn
            .clone()
            .into_pages(&body[..body.len() - 1])
            .unwrap_err();
        assert_eq!(cut.kind(), io::ErrorKind::InvalidData);
        let back = drawn.into_pages(&body).unwrap();
        assert_eq!(svgs(&back), svgs(&pages));
        assert_eq!(back.warnings, pages.warnings);
    }

    #[test]
    fn options_cross_the_pipe_unchanged() {
        let opts = RenderOptions {
            template: TemplateChoice::Path("t/main.typ".into()),
            pdf_standards: vec!["a-2b".into()],
            tagged: true,
            timestamp: Some(1_700_000_000),
            ..RenderOptions::default()
        };
        let spec = RenderSpec::from(&opts);
        let back: RenderSpec = serde_json::from_slice(&serde_json::to_vec(&spec).unwrap()).unwrap();
        let back = RenderOptions::from(back);
        assert_eq!(back.template, opts.template);
        assert_eq!(back.pdf_standards, opts.pdf_standards);
        assert_eq!((back.tagged, back.timestamp), (opts.tagged, opts.timestamp));

        let read = ReadOptions {
            encoding: Some(crate::decode::Encoding::Tcvn3),
            format: Some(InputFormat::Html),
            strict: true,
            limits: crate::Limits {
                text_bytes: 12_345,
                ..crate::Limits::default()
            },
            parse: crate::parse::Options {
                reference: Some(crate::parse::Day {
                    year: 2024,
                    month: 4,
                    day: 12,
                }),
            },
        };
        let back = ReadSpec::from(&read).to_options().unwrap();
        assert_eq!(back.limits, read.limits);
        assert_eq!(back.parse, read.parse);
        assert_eq!(back.encoding, read.encoding);
        assert_eq!(back.format, read.format);
        assert!(back.strict);
    }
}
