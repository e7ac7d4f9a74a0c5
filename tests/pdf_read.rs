//! Reading vnbrief's PDFs in Rust, so the tests need no system tool (no poppler): the
//! text in reading order, each glyph with its position, size and font, the drawn paths,
//! the page boxes, the fonts and the document information.
//!
//! The pages are interpreted with `hayro-interpret` (already in the dependency tree through
//! typst) into a [`Device`] that keeps what was drawn; the objects are read with
//! `hayro-syntax`. Coordinates are PDF points with the origin at the top-left corner of the
//! page and y growing downwards, as `pdftotext -bbox` gives them.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use hayro_interpret::font::Glyph as PdfGlyph;
use hayro_interpret::{
    interpret_page, BlendMode, ClipPath, Context, Device, GlyphDrawMode, Image, InterpreterCache,
    InterpreterSettings, Paint, PathDrawMode, SoftMask, TransformExt,
};
use hayro_syntax::object::{Array, Dict, Name};
use hayro_syntax::Pdf;
use kurbo::{Affine, BezPath, Point, Rect, Shape as _, Vec2};

/// One glyph as drawn: its text, where its baseline starts and ends, its size and font.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// The text it stands for (from the font's ToUnicode map); empty when unmapped.
    pub text: String,
    /// The left end of its baseline, in points from the page's left edge.
    pub x: f64,
    /// The baseline, in points from the page's top edge.
    pub y: f64,
    /// Where its advance ends on the baseline (the next glyph's `x` without spacing).
    pub end_x: f64,
    /// The font size in points.
    pub size: f64,
    /// The font's PostScript name, without a subset prefix.
    pub font: String,
    /// The box its outline covers (its ink: accents included), top-down coordinates;
    /// empty for a glyph without outline (a space, a Type3 glyph).
    pub ink: Rect,
}

/// A run of glyphs on one baseline in one font and size with no gap between them: a
/// word, or a group of words when the PDF draws their spaces.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Its text.
    pub text: String,
    /// The left end of its baseline.
    pub x0: f64,
    /// The right end of its last glyph's advance.
    pub x1: f64,
    /// The baseline, from the page's top edge.
    pub y: f64,
    /// The font size in points.
    pub size: f64,
    /// The font's PostScript name.
    pub font: String,
}

/// One path drawn on a page (rules, lines, boxes), by its bounding box.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    /// The box the path covers (without the stroke's width), top-down coordinates.
    pub bbox: Rect,
    /// Stroked (a line) rather than filled.
    pub stroked: bool,
    /// The stroke's width in points (0 for a fill).
    pub line_width: f64,
}

/// What one page holds.
#[derive(Debug, Clone)]
pub struct Page {
    /// The media box, in PDF user space: `[x0, y0, x1, y1]`.
    pub media_box: [f64; 4],
    /// The glyphs in the order the content stream draws them.
    pub glyphs: Vec<Glyph>,
    /// The paths drawn.
    pub shapes: Vec<Shape>,
}

impl Page {
    /// The page's width and height in points.
    pub fn size(&self) -> (f64, f64) {
        let [x0, y0, x1, y1] = self.media_box;
        (x1 - x0, y1 - y0)
    }

    /// The words of the page: glyph runs split at white space, gaps, and changes of
    /// baseline, font or size.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        let mut open = false;
        for g in &self.glyphs {
            if g.text.is_empty() || g.text.chars().all(char::is_whitespace) {
                open = false;
                continue;
            }
            if let Some(last) = spans.last_mut().filter(|_| open) {
                let joins = (g.y - last.y).abs() < 0.01
                    && g.font == last.font
                    && (g.size - last.size).abs() < 0.01
                    && (g.x - last.x1).abs() <= 0.15 * g.size;
                if joins {
                    last.text.push_str(&g.text);
                    last.x1 = g.end_x;
                    continue;
                }
            }
            spans.push(Span {
                text: g.text.clone(),
                x0: g.x,
                x1: g.end_x,
                y: g.y,
                size: g.size,
                font: g.font.clone(),
            });
            open = true;
        }
        spans
    }

    /// The page's text, in drawing order: a line break where the baseline moves, a space
    /// where glyphs on one line are apart.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut prev: Option<&Glyph> = None;
        for g in self.glyphs.iter().filter(|g| !g.text.is_empty()) {
            let blank = g.text.chars().all(char::is_whitespace);
            if let Some(p) = prev {
                let size = g.size.max(p.size);
                let new_line = (g.y - p.y).abs() > 0.5 * size || g.x < p.x - 0.5 * size;
                let ends_blank = out.ends_with(char::is_whitespace);
                if new_line {
                    out.truncate(out.trim_end_matches([' ', '\t']).len());
                    out.push('\n');
                } else if g.x - p.end_x > 0.15 * size && !ends_blank && !blank {
                    out.push(' ');
                }
            }
            if blank {
                if !out.ends_with(char::is_whitespace) && !out.is_empty() {
                    out.push(' ');
                }
            } else {
                out.push_str(&g.text);
            }
            prev = Some(g);
        }
        out.truncate(out.trim_end().len());
        out
    }
}

/// A PDF's fonts as its pages' resources name them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Font {
    /// The `BaseFont` name, without a subset prefix (`ABCDEF+`).
    pub name: String,
    /// The font dictionary's `Subtype` (`Type0`, `TrueType`, `Type1`, `Type3`).
    pub subtype: String,
    /// True when the font program is in the file (`FontFile`, `FontFile2`, `FontFile3`).
    pub embedded: bool,
}

/// The document information dictionary, text strings decoded.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Info {
    /// `Title`.
    pub title: Option<String>,
    /// `Author`.
    pub author: Option<String>,
    /// `Subject`.
    pub subject: Option<String>,
    /// `Keywords`.
    pub keywords: Option<String>,
    /// `Creator`.
    pub creator: Option<String>,
    /// `Producer`.
    pub producer: Option<String>,
    /// `CreationDate` as `YYYY-MM-DD HH:MM:SS`, UTC offset dropped.
    pub creation_date: Option<String>,
}

/// A PDF read whole: its pages, fonts and information.
#[derive(Debug, Clone)]
pub struct Document {
    /// Every page in order.
    pub pages: Vec<Page>,
    /// Every font the pages use, sorted and without repeats.
    pub fonts: Vec<Font>,
    /// The information dictionary.
    pub info: Info,
}

impl Document {
    /// The text of every page, each ended by a form feed as `pdftotext` does.
    pub fn text(&self) -> String {
        self.pages
            .iter()
            .map(|p| format!("{}\n\u{c}", p.text()))
            .collect()
    }
}

/// Reads the PDF at `path`; panics (failing the test) when it is not a readable PDF.
pub fn read(path: &Path) -> Document {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    read_bytes(bytes).unwrap_or_else(|why| panic!("{} is not a PDF: {why}", path.display()))
}

/// Reads a PDF from its bytes.
pub fn read_bytes(bytes: Vec<u8>) -> Result<Document, String> {
    let pdf = Pdf::new(Arc::new(bytes)).map_err(|e| format!("{e:?}"))?;
    let cache = InterpreterCache::new();
    let mut pages = Vec::new();
    let mut fonts = Vec::new();
    for page in pdf.pages().iter() {
        let media = page.media_box();
        let (w, h) = page.render_dimensions();
        let mut context = Context::new(
            page.initial_transform(true).to_kurbo(),
            Rect::new(0.0, 0.0, f64::from(w), f64::from(h)),
            &cache,
            pdf.xref(),
            InterpreterSettings::default(),
        );
        let mut collector = Collector::default();
        interpret_page(page, &mut context, &mut collector);
        pages.push(Page {
            media_box: [media.x0, media.y0, media.x1, media.y1],
            glyphs: collector.glyphs,
            shapes: collector.shapes,
        });
        collect_fonts(&page.resources().fonts, &mut fonts, 0);
    }
    fonts.sort();
    fonts.dedup();
    Ok(Document {
        pages,
        fonts,
        info: info(&pdf),
    })
}

/// The whole text of the PDF at `path` (pages in order, each ended by a form feed).
pub fn text(path: &Path) -> String {
    read(path).text()
}

/// The number of pages of the PDF at `path`.
pub fn page_count(path: &Path) -> usize {
    read(path).pages.len()
}

/// Keeps what a page draws.
#[derive(Default)]
struct Collector {
    glyphs: Vec<Glyph>,
    shapes: Vec<Shape>,
    /// Font names by hayro's font key: a font's data is looked at once.
    font_names: HashMap<u128, String>,
}

impl Collector {
    fn font_name(&mut self, glyph: &PdfGlyph<'_>) -> String {
        match glyph {
            PdfGlyph::Outline(g) => self
                .font_names
                .entry(g.font_cache_key())
                .or_insert_with(|| {
                    g.font_data()
                        .and_then(|d| d.postscript_name)
                        .unwrap_or_default()
                })
                .clone(),
            PdfGlyph::Type3(_) => "Type3".into(),
        }
    }
}

impl<'a> Device<'a> for Collector {
    fn set_soft_mask(&mut self, _: Option<SoftMask<'a>>) {}
    fn set_blend_mode(&mut self, _: BlendMode) {}
    fn draw_path(&mut self, path: &BezPath, transform: Affine, _: &Paint<'a>, mode: &PathDrawMode) {
        let (stroked, line_width) = match mode {
            PathDrawMode::Fill(_) => (false, 0.0),
            PathDrawMode::Stroke(s) => (true, f64::from(s.line_width) * scale(transform)),
        };
        self.shapes.push(Shape {
            bbox: (transform * path.clone()).bounding_box(),
            stroked,
            line_width,
        });
    }
    fn push_clip_path(&mut self, _: &ClipPath) {}
    fn push_transparency_group(&mut self, _: f32, _: Option<SoftMask<'a>>, _: BlendMode) {}
    fn draw_glyph(
        &mut self,
        glyph: &PdfGlyph<'a>,
        transform: Affine,
        glyph_transform: Affine,
        _: &Paint<'a>,
        _: &GlyphDrawMode,
    ) {
        // Glyph space has 1000 units to the em: the em's height is the font size.
        let full = transform * glyph_transform;
        let origin = full * Point::ORIGIN;
        let advance = match glyph {
            PdfGlyph::Outline(g) => f64::from(g.advance_width().unwrap_or(0.0)),
            PdfGlyph::Type3(_) => 0.0,
        };
        let text = match glyph.as_unicode() {
            Some(hayro_interpret::hayro_cmap::BfString::Char(c)) => c.to_string(),
            Some(hayro_interpret::hayro_cmap::BfString::String(s)) => s,
            None => String::new(),
        };
        let font = self.font_name(glyph);
        let ink = match glyph {
            // The outline is in glyph space (1000 units to the em), like `full` expects.
            PdfGlyph::Outline(g) => (full * g.outline()).bounding_box(),
            PdfGlyph::Type3(_) => Rect::from_origin_size(origin, (0.0, 0.0)),
        };
        self.glyphs.push(Glyph {
            text,
            x: origin.x,
            y: origin.y,
            end_x: (full * Point::new(advance, 0.0)).x,
            size: (full.as_coeffs()[2].hypot(full.as_coeffs()[3])) * 1000.0,
            font,
            ink,
        });
    }
    fn draw_image(&mut self, _: Image<'a, '_>, _: Affine) {}
    fn pop_clip_path(&mut self) {}
    fn pop_transparency_group(&mut self) {}
}

/// How much a transform scales lengths (the mean of its two axes).
fn scale(t: Affine) -> f64 {
    let [a, b, c, d, _, _] = t.as_coeffs();
    (Vec2::new(a, b).hypot() + Vec2::new(c, d).hypot()) / 2.0
}

/// Adds the fonts of a resource dictionary, and of the form XObjects it uses, to `out`.
fn collect_fonts(fonts: &Dict<'_>, out: &mut Vec<Font>, depth: usize) {
    for key in fonts.keys() {
        let Some(font) = fonts.get::<Dict<'_>>(key.as_ref()) else {
            continue;
        };
        let name = font
            .get::<Name<'_>>(b"BaseFont")
            .map(|n| strip_subset(n.as_str()).to_owned())
            .unwrap_or_default();
        let subtype = font
            .get::<Name<'_>>(b"Subtype")
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default();
        // A Type0 font's program hangs from its descendant CID font.
        let descriptor = font.get::<Dict<'_>>(b"FontDescriptor").or_else(|| {
            font.get::<Array<'_>>(b"DescendantFonts")
                .and_then(|a| a.iter::<Dict<'_>>().next())
                .and_then(|d| d.get::<Dict<'_>>(b"FontDescriptor"))
        });
        let embedded = descriptor.is_some_and(|d| {
            ["FontFile", "FontFile2", "FontFile3"]
                .iter()
                .any(|k| d.contains_key(k))
        });
        out.push(Font {
            name,
            subtype,
            embedded,
        });
        // Type3 glyphs may use fonts of their own.
        if depth < 4 {
            if let Some(res) = font
                .get::<Dict<'_>>(b"Resources")
                .and_then(|r| r.get::<Dict<'_>>(b"Font"))
            {
                collect_fonts(&res, out, depth + 1);
            }
        }
    }
}

fn strip_subset(name: &str) -> &str {
    match name.split_once('+') {
        Some((tag, rest)) if tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()) => rest,
        _ => name,
    }
}

/// The information dictionary's entries.
fn info(pdf: &Pdf) -> Info {
    let meta = pdf.metadata();
    let text = |v: &Option<Vec<u8>>| v.as_deref().map(decode_text_string);
    Info {
        title: text(&meta.title),
        author: text(&meta.author),
        subject: text(&meta.subject),
        keywords: text(&meta.keywords),
        creator: text(&meta.creator),
        producer: text(&meta.producer),
        creation_date: meta.creation_date.map(|d| {
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                d.year, d.month, d.day, d.hour, d.minute, d.second
            )
        }),
    }
}

/// A PDF text string: UTF-16BE after a byte-order mark, UTF-8 after its mark, else
/// PDFDocEncoding (Latin-1 for the characters that matter here).
fn decode_text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// The reader on a real conversion: the Quốc hiệu in 13 pt bold at the top of page 1, the
/// rule drawn under the Tiêu ngữ as wide as its words, and every page counted.
#[test]
fn reads_glyphs_rules_and_pages_of_a_conversion() {
    use crate::util::{fixture, ok, scratch, vnbrief};
    let pdf = scratch("pdf-read").join("s.pdf");
    ok(vnbrief(&fixture("convert"))
        .args(["convert", "sample.txt", "-o"])
        .arg(&pdf));
    let doc = read(&pdf);
    let spans = doc.pages[0].spans();
    let cong = spans
        .iter()
        .find(|s| s.text == "CỘNG")
        .expect("Quốc hiệu on page 1");
    assert!(
        (cong.size - 13.0).abs() < 0.01 && cong.font == "Tinos-Bold",
        "{cong:?}"
    );
    assert!(cong.y < 100.0, "Quốc hiệu not at the top: {cong:?}");
    // Ink: "Ộ" carries a circumflex above and a dot below the "C" beside it.
    let glyph = |c: &str| {
        doc.pages[0]
            .glyphs
            .iter()
            .find(|g| g.text == c && (g.y - cong.y).abs() < 0.01)
            .unwrap_or_else(|| panic!("no {c} on the Quốc hiệu line"))
    };
    let (c, o) = (glyph("C"), glyph("Ộ"));
    assert!(
        o.ink.y0 < c.ink.y0 - 1.0 && o.ink.y1 > c.ink.y1 + 1.0,
        "{c:?} {o:?}"
    );
    assert!(c.ink.y1 <= c.y + 0.5 && c.ink.y0 > c.y - c.size, "{c:?}");
    let doc_lap = spans.iter().find(|s| s.text == "Độc").expect("Tiêu ngữ");
    let motto: Vec<&Span> = spans
        .iter()
        .skip_while(|s| s.text != "Độc")
        .take_while(|s| (s.y - doc_lap.y).abs() < 0.5)
        .collect();
    let (start, end) = (motto[0].x0, motto.last().unwrap().x1);
    assert!(motto.last().unwrap().text.starts_with("phúc"), "{motto:?}");
    let rule = doc.pages[0]
        .shapes
        .iter()
        .find(|s| s.stroked && s.bbox.y0 > motto[0].y && s.bbox.y0 < motto[0].y + 10.0)
        .expect("a rule under the Tiêu ngữ");
    assert!(
        (rule.bbox.x0 - start).abs() < 1.0 && (rule.bbox.x1 - end).abs() < 1.0,
        "rule {rule:?} vs words {start:.2}–{end:.2}"
    );
    assert!(doc.pages.len() >= 2);
    assert_eq!(page_count(&pdf), doc.pages.len());
}
