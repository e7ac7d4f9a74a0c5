//! Preview: a report drawn as SVG pages (typst-svg) from the same world as its PDF, with
//! each page's plain text so a page can offer it to screen readers and to search.
//!
//! Each page comes with a hash of its laid-out content; a caller that already holds a
//! page with that hash (most pages, after a one-field edit) gets it without its SVG and
//! text, which saves drawing it and sending it again.

use std::time::{Duration, Instant};

use typst::layout::{Frame, FrameItem, Point};

use super::{report_files, LaidOut, RenderError, Renderer};
use crate::model::Report;

/// A report's pages as SVG documents; serialisable, so a worker process can send them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SvgPages {
    /// The pages in order.
    pub pages: Vec<SvgPage>,
    /// Template warnings and characters the fonts cannot draw.
    pub warnings: Vec<String>,
    /// Time spent laying the document out.
    pub compile_time: Duration,
    /// Time spent drawing the SVG.
    pub export_time: Duration,
}

/// One page: its content hash, its SVG document and the text printed on it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct SvgPage {
    /// The hash of the laid-out page, 32 hex digits: equal pages have equal hashes.
    pub hash: String,
    /// A standalone SVG document (glyphs are drawn as paths); `None` for a known page.
    pub svg: Option<String>,
    /// The page's text runs in reading order, one line per baseline; `None` for a known page.
    pub text: Option<String>,
}

impl Renderer {
    /// Draws one report as SVG pages: the same template, data and fonts as [`Renderer::render`].
    ///
    /// Pages whose hash is in `known` are not drawn: they come with their hash only.
    pub fn render_svg(&self, report: &Report, known: &[String]) -> Result<SvgPages, RenderError> {
        let LaidOut {
            document,
            warnings,
            compile_time,
            ..
        } = self.lay_out(report_files(report), report.texts())?;
        let started = Instant::now();
        let options = typst_svg::SvgOptions::default();
        let pages = document
            .pages()
            .iter()
            .map(|page| {
                let hash = format!("{:032x}", page_hash(page));
                let new = !known.contains(&hash);
                SvgPage {
                    svg: new.then(|| typst_svg::svg(page, &options)),
                    text: new.then(|| frame_text(&page.frame)),
                    hash,
                }
            })
            .collect();
        Ok(SvgPages {
            pages,
            warnings,
            compile_time,
            export_time: started.elapsed(),
        })
    }
}

/// A hash of what a page draws: its size, fill and visible items. Introspection tags are
/// left out: they carry the document's content and styles, which change on every page when
/// any field changes (the letterhead's data is captured in page-wide show rules). Source
/// spans are left out too: they number files in the order a process first read them, so
/// the same page would hash differently in two worker processes.
fn page_hash(page: &typst_layout::Page) -> u128 {
    typst::utils::hash128(&(&page.fill, frame_hash(&page.frame)))
}

fn frame_hash(frame: &Frame) -> u128 {
    use typst::utils::hash128;
    let items: Vec<u128> = frame
        .items()
        .filter_map(|(pos, item)| match item {
            FrameItem::Group(group) => Some(hash128(&(
                pos,
                group.transform,
                &group.clip,
                frame_hash(&group.frame),
            ))),
            FrameItem::Text(text) => {
                let glyphs: Vec<_> = text
                    .glyphs
                    .iter()
                    .map(|g| {
                        let advance = (g.x_advance, g.x_offset, g.y_advance, g.y_offset);
                        (g.id, advance, g.range.clone())
                    })
                    .collect();
                let style = (&text.font, text.size, &text.fill, &text.stroke);
                let words = (text.lang, text.region, &text.text);
                Some(hash128(&(pos, style, words, glyphs)))
            }
            FrameItem::Shape(shape, _span) => Some(hash128(&(pos, shape))),
            FrameItem::Image(image, size, _span) => Some(hash128(&(pos, image, size))),
            FrameItem::Link(destination, size) => Some(match destination {
                typst::model::Destination::Url(url) => hash128(&(pos, url, size)),
                // A link inside the document draws nothing; where it points is numbered
                // like spans.
                _ => hash128(&(pos, size)),
            }),
            FrameItem::Tag(_) => None,
        })
        .collect();
    hash128(&(frame.size(), items))
}

/// A page's text: runs on one baseline joined by spaces, a new line when the baseline moves.
fn frame_text(frame: &Frame) -> String {
    let mut runs = Vec::new();
    collect_runs(frame, Point::zero(), &mut runs);
    let mut out = String::new();
    let mut last_y: Option<f64> = None;
    for (y, text) in runs {
        match last_y {
            Some(prev) if (prev - y).abs() < 1.0 => out.push(' '),
            Some(_) => out.push('\n'),
            None => {}
        }
        out.push_str(&text);
        last_y = Some(y);
    }
    out
}

/// Every text run with its baseline in points, groups entered (their translation applied).
fn collect_runs(frame: &Frame, origin: Point, runs: &mut Vec<(f64, String)>) {
    for (pos, item) in frame.items() {
        let at = origin + *pos;
        match item {
            FrameItem::Group(group) => {
                let shift = Point::new(group.transform.tx, group.transform.ty);
                collect_runs(&group.frame, at + shift, runs);
            }
            FrameItem::Text(text) => runs.push((at.y.to_pt(), text.text.to_string())),
            _ => {}
        }
    }
}
