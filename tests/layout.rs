//! The Nghị định 30 layout measured in the PDFs: each prescribed element of the báo cáo
//! (Mẫu 1.4) and the biên bản (Mẫu 1.9) found by its text, its font size and weight, the
//! header's line pitch, the rules' lengths, the margins (accents included), the body's
//! indent and spacing, the "Lưu" line, the end mark and the zero padding, against the
//! decree's numbers kept as data in `tests/fixtures/layout/nd30.toml`.
//!
//! Every corpus article and the sample are rendered with both templates, once with no
//! unit settings (blanks) and once with the sample unit's; then with a font folder whose
//! family is "Times New Roman" ([`rename`]), which must change the font and nothing else.

mod rename;

use std::path::PathBuf;

use kurbo::Rect;
use serde::Deserialize;
use vnbrief::render::{DocDate, Letterhead, RenderOptions, Renderer, TemplateChoice};

use crate::pdf_read::{self, Document, Page};
use crate::util::*;

const MM: f64 = 72.0 / 25.4;

/// `tests/fixtures/layout/nd30.toml`.
#[derive(Debug, Deserialize)]
struct Decree {
    page: PageRules,
    element: std::collections::HashMap<String, ElementRule>,
    size_sets: SizeSets,
    spacing: Spacing,
    rules: RuleLengths,
    number: Pattern,
    date: Pattern,
    end_mark: EndMark,
}

#[derive(Debug, Deserialize)]
struct PageRules {
    width: f64,
    height: f64,
    margin_top: [f64; 2],
    margin_bottom: [f64; 2],
    margin_left: [f64; 2],
    margin_right: [f64; 2],
}

#[derive(Debug, Deserialize)]
struct ElementRule {
    #[serde(default)]
    text: Option<String>,
    size: [f64; 2],
    style: String,
    #[serde(default)]
    max_lines: Option<usize>,
}

#[derive(Debug, Deserialize)]
struct SizeSets {
    quoc_hieu_tieu_ngu: Vec<[f64; 2]>,
}

#[derive(Debug, Deserialize)]
struct Spacing {
    header_pitch_em: [f64; 2],
    body_pitch_em: [f64; 2],
    paragraph_gap: f64,
    indent: [f64; 2],
    header_clearance: f64,
}

#[derive(Debug, Deserialize)]
struct RuleLengths {
    tieu_ngu: [f64; 2],
    issuing_body: [f64; 2],
    subject: [f64; 2],
}

#[derive(Debug, Deserialize)]
struct Pattern {
    pattern: String,
}

#[derive(Debug, Deserialize)]
struct EndMark {
    text: String,
    count: usize,
}

fn decree() -> Decree {
    let path = fixture("layout/nd30.toml");
    toml::from_str(&std::fs::read_to_string(&path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A line of text: words on one baseline that follow each other closely.
#[derive(Debug, Clone)]
struct Line {
    page: usize,
    text: String,
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    /// "regular", "bold", "italic" or "bold-italic" of each word.
    styles: Vec<&'static str>,
}

impl Line {
    fn style(&self) -> Option<&'static str> {
        let first = *self.styles.first()?;
        self.styles.iter().all(|s| *s == first).then_some(first)
    }

    fn centre(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
}

/// The style a PostScript name says: "Tinos-BoldItalic" is bold-italic.
fn style_of(font: &str) -> &'static str {
    let suffix = font.rsplit_once('-').map_or("", |(_, s)| s);
    match (suffix.contains("Bold"), suffix.contains("Italic")) {
        (true, true) => "bold-italic",
        (true, false) => "bold",
        (false, true) => "italic",
        (false, false) => "regular",
    }
}

fn lines_of(doc: &Document) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for (page, p) in doc.pages.iter().enumerate() {
        let mut open = false;
        for span in p.spans() {
            if let Some(last) = lines.last_mut().filter(|_| open) {
                let same = last.page == page
                    && (span.y - last.y).abs() < 0.5
                    && span.x0 >= last.x0
                    && span.x0 - last.x1 < 0.8 * span.size.max(last.size);
                if same {
                    last.text.push(' ');
                    last.text.push_str(&span.text);
                    last.x1 = span.x1;
                    last.size = last.size.max(span.size);
                    last.styles.push(style_of(&span.font));
                    continue;
                }
            }
            lines.push(Line {
                page,
                text: span.text.clone(),
                x0: span.x0,
                x1: span.x1,
                y: span.y,
                size: span.size,
                styles: vec![style_of(&span.font)],
            });
            open = true;
        }
    }
    lines
}

/// The ink of every glyph (its outline's box), page by page: accents included. Glyphs
/// without an outline (spaces, Type3 glyphs) have no ink and are left out.
fn ink_of(bytes: &[u8]) -> Vec<Vec<(String, Rect)>> {
    let doc = pdf_read::read_bytes(bytes.to_vec()).expect("a readable PDF");
    doc.pages
        .into_iter()
        .map(|page| {
            page.glyphs
                .into_iter()
                .filter(|g| g.ink.width() > 0.0 || g.ink.height() > 0.0)
                .map(|g| (g.text, g.ink))
                .collect()
        })
        .collect()
}

/// Which template and which settings a PDF was made with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Briefing,
    Minutes,
}

/// The sample unit's settings, with a number and a date below 10 to see the padding.
fn unit_letterhead(kind: Kind) -> Letterhead {
    let config = vnbrief::config::parse(
        &std::fs::read_to_string(root().join("examples/vnbrief.toml")).unwrap(),
    )
    .unwrap();
    Letterhead {
        number: Some("5/C06".into()),
        date: Some(DocDate {
            year: 2024,
            month: 3,
            day: 5,
        }),
        kinh_gui: if kind == Kind::Briefing {
            vec!["Lãnh đạo Bộ Công an".into()]
        } else {
            Vec::new()
        },
        ..config.letterhead
    }
}

/// Findings: every failed measurement, so one run shows them all.
struct Findings {
    name: String,
    failures: Vec<String>,
}

impl Findings {
    fn check(&mut self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.failures.push(format!("{}: {}", self.name, what()));
        }
    }

    fn within(&mut self, what: &str, value: f64, [lo, hi]: [f64; 2], tolerance: f64) {
        self.check(value >= lo - tolerance && value <= hi + tolerance, || {
            format!("{what} is {value:.3}, the decree says {lo}–{hi}")
        });
    }

    fn element(&mut self, decree: &Decree, key: &str, line: &Line) {
        let rule = &decree.element[key];
        self.within(&format!("{key} size"), line.size, rule.size, 0.01);
        self.check(line.style() == Some(rule.style.as_str()), || {
            format!(
                "{key} {:?} is {:?}, the decree says {}",
                line.text, line.styles, rule.style
            )
        });
        if let Some(text) = &rule.text {
            self.check(&line.text == text, || {
                format!("{key} reads {:?}", line.text)
            });
        }
    }
}

/// The first line on page 1 whose text satisfies `test`.
fn find(lines: &[Line], test: impl Fn(&Line) -> bool) -> Option<&Line> {
    lines.iter().find(|l| test(l))
}

/// The horizontal rule drawn just under a line of text (within one text size).
fn rule_under(page: &Page, line: &Line) -> Option<Rect> {
    page.shapes
        .iter()
        .filter(|s| s.stroked && s.bbox.height() < 0.5 && s.bbox.width() > 5.0)
        .map(|s| s.bbox)
        .find(|b| b.y0 > line.y && b.y0 < line.y + line.size && b.x0 < line.x1 && b.x1 > line.x0)
}

/// Measures one PDF against the decree; returns what fails.
fn measure(
    decree: &Decree,
    name: &str,
    kind: Kind,
    unit: bool,
    undrawable: bool,
    pdf: &[u8],
) -> Vec<String> {
    let doc = pdf_read::read_bytes(pdf.to_vec()).unwrap();
    let lines = lines_of(&doc);
    let mut f = Findings {
        name: format!("{name} ({kind:?}, {})", if unit { "unit" } else { "blank" }),
        failures: Vec::new(),
    };
    let p = &decree.page;
    let (w, h) = doc.pages[0].size();
    f.within("page width (mm)", w / MM, [p.width, p.width], 0.05);
    f.within("page height (mm)", h / MM, [p.height, p.height], 0.05);
    let left = p.margin_left[0] * MM;
    let right = w - p.margin_right[0] * MM;
    let text_centre = (left + right) / 2.0;
    let first: Vec<Line> = lines.iter().filter(|l| l.page == 0).cloned().collect();

    // Ô 1.
    let Some(qh) = find(&first, |l| l.text.starts_with("CỘNG HÒA")).cloned() else {
        f.check(false, || "no Quốc hiệu".into());
        return f.failures;
    };
    f.element(decree, "quoc_hieu", &qh);
    let tn = find(&first, |l| l.text.starts_with("Độc lập")).cloned();
    let Some(tn) = tn else {
        f.check(false, || "no Tiêu ngữ".into());
        return f.failures;
    };
    f.element(decree, "tieu_ngu", &tn);
    f.check(
        decree
            .size_sets
            .quoc_hieu_tieu_ngu
            .iter()
            .any(|[a, b]| (qh.size - a).abs() < 0.01 && (tn.size - b).abs() < 0.01),
        || {
            format!(
                "sizes {} / {} are not one of the decree's sets",
                qh.size, tn.size
            )
        },
    );
    f.check((qh.centre() - tn.centre()).abs() < 0.5, || {
        "the Tiêu ngữ is not centred under the Quốc hiệu".into()
    });
    let pitch = |a: &Line, b: &Line| (b.y - a.y) / a.size.max(b.size);
    match rule_under(&doc.pages[0], &tn) {
        Some(r) => {
            f.within(
                "Tiêu ngữ rule / text",
                r.width() / (tn.x1 - tn.x0),
                decree.rules.tieu_ngu,
                0.5 / (tn.x1 - tn.x0),
            );
        }
        None => f.check(false, || "no rule under the Tiêu ngữ".into()),
    }

    // Ô 2 and 3: the left column, down to "Số:".
    let number = find(&first, |l| l.text.starts_with("Số:")).cloned();
    let Some(number) = number else {
        f.check(false, || "no Số line".into());
        return f.failures;
    };
    f.element(decree, "number", &number);
    let code = if kind == Kind::Briefing { "BC" } else { "BB" };
    let re = regex::Regex::new(&decree.number.pattern).unwrap();
    let caps = re.captures(&number.text);
    f.check(caps.as_ref().is_some_and(|c| &c[2] == code), || {
        format!(
            "{:?} does not match {} with {code}",
            number.text, decree.number.pattern
        )
    });
    if unit {
        f.check(number.text == format!("Số: 05/{code}-C06"), || {
            format!("{:?}: 5 is not padded", number.text)
        });
    }
    let column: Vec<&Line> = first
        .iter()
        .filter(|l| l.y < number.y - 1.0 && l.x1 < qh.x0)
        .collect();
    let (parent, issuing): (Vec<&Line>, Vec<&Line>) = if unit {
        (column[..1].to_vec(), column[1..].to_vec())
    } else {
        (Vec::new(), column.clone())
    };
    for l in &parent {
        f.element(decree, "parent_body", l);
    }
    for l in &issuing {
        f.element(decree, "issuing_body", l);
    }
    // The ink of page 1's glyphs: a header line's marks must clear the line above.
    let ink = ink_of(pdf);
    let ink_of_line = |l: &Line| -> Vec<Rect> {
        ink[0]
            .iter()
            .map(|(_, b)| *b)
            .filter(|b| {
                b.x0 >= l.x0 - 0.5
                    && b.x1 <= l.x1 + 0.5
                    && b.y1 > l.y - 0.7 * l.size
                    && b.y0 < l.y + 0.1 * l.size
            })
            .collect()
    };
    let clearance = |upper: &Line, lower: &Line| {
        let (a, b) = (ink_of_line(upper), ink_of_line(lower));
        a.iter()
            .flat_map(|u| b.iter().map(move |d| (u, d)))
            .filter(|(u, d)| u.x0 < d.x1 && d.x0 < u.x1)
            .map(|(u, d)| d.y0 - u.y1)
            .fold(f64::INFINITY, f64::min)
    };
    let mut header_pairs: Vec<(&Line, &Line)> = column.windows(2).map(|p| (p[0], p[1])).collect();
    header_pairs.push((&qh, &tn));
    for (a, b) in header_pairs {
        f.within(
            &format!("header pitch {:?} → {:?} (em)", a.text, b.text),
            pitch(a, b),
            decree.spacing.header_pitch_em,
            0.0,
        );
        let gap = clearance(a, b);
        f.check(gap >= decree.spacing.header_clearance, || {
            format!(
                "the marks of {:?} come {gap:.2} pt from {:?} above",
                b.text, a.text
            )
        });
    }
    if unit {
        // "CỤC CẢNH SÁT / QLHC VỀ TTXH", not "… QLHC VỀ / TTXH".
        let texts: Vec<&str> = issuing.iter().map(|l| l.text.as_str()).collect();
        f.check(texts == ["CỤC CẢNH SÁT", "QLHC VỀ TTXH"], || {
            format!("issuing body lines {texts:?}")
        });
    }
    if let Some(last) = issuing.last() {
        let widest = issuing.iter().map(|l| l.x1 - l.x0).fold(0.0, f64::max);
        match rule_under(&doc.pages[0], last) {
            Some(r) => {
                f.within(
                    "issuing body rule / text",
                    r.width() / widest,
                    decree.rules.issuing_body,
                    0.0,
                );
                f.check((r.center().x - last.centre()).abs() < 1.0, || {
                    "the issuing body's rule is not centred".into()
                });
            }
            None => f.check(false, || "no rule under the issuing body".into()),
        }
    }

    // Ô 4: the place–date line, level with "Số:" (Mẫu 1.9 has none).
    let place_date = find(&first, |l| {
        l.text.contains(", ngày") && l.page == 0 && l.y < qh.y + 80.0
    });
    let date_re = regex::Regex::new(&decree.date.pattern).unwrap();
    match (kind, place_date) {
        (Kind::Briefing, Some(pd)) => {
            f.element(decree, "place_date", pd);
            f.check((pd.y - number.y).abs() < 0.05, || {
                format!(
                    "the place–date line is {:.2} pt off the Số line",
                    pd.y - number.y
                )
            });
            f.check(date_re.is_match(&pd.text), || {
                format!("{:?} is not padded", pd.text)
            });
            if unit {
                f.check(pd.text == "Hà Nội, ngày 05 tháng 3 năm 2024", || {
                    format!("place–date {:?}", pd.text)
                });
            }
        }
        (Kind::Briefing, None) => f.check(false, || "no place–date line".into()),
        (Kind::Minutes, Some(pd)) => f.check(false, || format!("a place–date line {:?}", pd.text)),
        (Kind::Minutes, None) => {}
    }

    // Ô 5a: tên loại, trích yếu and its rule.
    let type_name = if kind == Kind::Briefing {
        "BÁO CÁO"
    } else {
        "BIÊN BẢN"
    };
    let Some(tl) = find(&first, |l| l.text == type_name).cloned() else {
        f.check(false, || format!("no {type_name}"));
        return f.failures;
    };
    f.element(decree, "type_name", &tl);
    f.check((tl.centre() - text_centre).abs() < 0.5, || {
        format!("{type_name} is not centred")
    });
    let subject_rule = doc.pages[0]
        .shapes
        .iter()
        .filter(|s| s.stroked && s.bbox.height() < 0.5 && s.bbox.y0 > tl.y)
        .map(|s| s.bbox)
        .min_by(|a, b| a.y0.total_cmp(&b.y0));
    let Some(subject_rule) = subject_rule else {
        f.check(false, || "no rule under the trích yếu".into());
        return f.failures;
    };
    let subject: Vec<&Line> = first
        .iter()
        .filter(|l| l.y > tl.y + 1.0 && l.y < subject_rule.y0)
        .collect();
    let rule = &decree.element["subject"];
    f.check(
        !subject.is_empty() && subject.len() <= rule.max_lines.unwrap_or(9),
        || format!("the trích yếu has {} lines", subject.len()),
    );
    for l in &subject {
        f.element(decree, "subject", l);
    }
    let widest = subject.iter().map(|l| l.x1 - l.x0).fold(0.0, f64::max);
    f.within(
        "trích yếu rule / text",
        subject_rule.width() / widest,
        decree.rules.subject,
        0.0,
    );
    for pair in std::iter::once(&&tl)
        .chain(subject.iter())
        .collect::<Vec<_>>()
        .windows(2)
    {
        f.within(
            "trích yếu pitch (em)",
            pitch(pair[0], pair[1]),
            decree.spacing.header_pitch_em,
            0.0,
        );
    }

    // Ô 9a: Kính gửi, centred.
    let kinh_gui = find(&first, |l| l.text.starts_with("Kính gửi:"));
    f.check(
        kinh_gui.is_some() == (unit && kind == Kind::Briefing),
        || format!("Kính gửi line: {:?}", kinh_gui.map(|l| &l.text)),
    );
    if let Some(k) = kinh_gui {
        f.element(decree, "kinh_gui", k);
        f.check((k.centre() - text_centre).abs() < 1.0, || {
            "Kính gửi is not centred".into()
        });
    }

    // Ô 9b, 7: "Nơi nhận:", the recipients with one Lưu line last, the signer.
    let Some(label) = lines.iter().find(|l| l.text == "Nơi nhận:").cloned() else {
        f.check(false, || "no Nơi nhận".into());
        return f.failures;
    };
    f.element(decree, "recipients_label", &label);
    f.check(label.x0 - left < 0.5, || {
        "Nơi nhận is not flush left".into()
    });
    let recipients: Vec<&Line> = lines
        .iter()
        .filter(|l| {
            l.page == label.page && l.y > label.y && l.x0 < text_centre && l.text.starts_with("- ")
        })
        .collect();
    for l in &recipients {
        f.element(decree, "recipients", l);
    }
    let archive: Vec<&&Line> = recipients
        .iter()
        .filter(|l| l.text.starts_with("- Lưu"))
        .collect();
    f.check(archive.len() == 1, || {
        format!("{} Lưu lines", archive.len())
    });
    let expected = match (kind, unit) {
        (Kind::Briefing, false) => "- Lưu: VT.",
        (Kind::Briefing, true) => "- Lưu: VT, C06.",
        (Kind::Minutes, false) => "- Lưu: VT, Hồ sơ.",
        (Kind::Minutes, true) => "- Lưu: VT, C06, Hồ sơ.",
    };
    f.check(
        recipients.last().is_some_and(|l| l.text == expected),
        || {
            format!(
                "last recipient {:?}, expected {expected:?}",
                recipients.last().map(|l| &l.text)
            )
        },
    );
    for l in recipients.iter().rev().skip(1) {
        f.check(l.text.ends_with(';'), || {
            format!("{:?} does not end with ;", l.text)
        });
    }
    // The signer's block: the right column from the signer's title (level with "Nơi
    // nhận:"), or from CHỦ TỌA (level with THƯ KÝ, above "Nơi nhận:").
    let anchor = match kind {
        Kind::Briefing => Some(&label),
        Kind::Minutes => lines.iter().find(|l| l.text.starts_with("THƯ KÝ")),
    };
    let Some(anchor) = anchor else {
        f.check(false, || "no signature block".into());
        return f.failures;
    };
    let right_col: Vec<&Line> = lines
        .iter()
        .filter(|l| l.page == anchor.page && l.x0 > text_centre - 20.0 && l.y > anchor.y - 5.0)
        .collect();
    if kind == Kind::Briefing {
        let bold: Vec<&&Line> = right_col
            .iter()
            .filter(|l| l.style() == Some("bold"))
            .collect();
        f.check(bold.len() >= 2, || "no signer block".into());
        if let (Some(title), Some(signer)) = (bold.first(), bold.last()) {
            f.element(decree, "signer_title", title);
            f.element(decree, "signer", signer);
            f.check((title.y - label.y).abs() < 3.0, || {
                format!(
                    "Nơi nhận is {:.1} pt off the signer's title line",
                    label.y - title.y
                )
            });
        }
    } else {
        let texts: Vec<&str> = right_col.iter().map(|l| l.text.as_str()).collect();
        for needed in ["CHỦ TỌA", "(Chữ ký của người có thẩm quyền, dấu"] {
            f.check(texts.iter().any(|t| t.starts_with(needed)), || {
                format!("no {needed:?} in {texts:?}")
            });
        }
        // THƯ KÝ left and CHỦ TỌA right on one baseline, their names on another.
        let level = |a: &Line, b: &Line| {
            (a.y - b.y).abs() < 0.05 && a.x1 < text_centre && b.x0 > text_centre
        };
        let chair = right_col.iter().find(|l| l.text == "CHỦ TỌA");
        f.check(chair.is_some_and(|c| level(anchor, c)), || {
            "THƯ KÝ and CHỦ TỌA are not level".into()
        });
        let names: Vec<&Line> = lines
            .iter()
            .filter(|l| {
                l.page == anchor.page
                    && l.y > anchor.y + 30.0
                    && (l.page < label.page || l.y < label.y)
                    && l.style() == Some("bold")
            })
            .collect();
        f.check(names.len() == 2 && level(names[0], names[1]), || {
            format!(
                "the signers' names are not level: {:?}",
                names.iter().map(|l| (&l.text, l.y)).collect::<Vec<_>>()
            )
        });
        f.check(lines.iter().any(|l| l.text == "(Chữ ký)"), || {
            "no (Chữ ký) under THƯ KÝ".into()
        });
    }

    // Page numbers: top centre from page 2, in the top margin.
    let top = p.margin_top[0] * MM;
    for (i, _) in doc.pages.iter().enumerate() {
        let numbers: Vec<&Line> = lines.iter().filter(|l| l.page == i && l.y < top).collect();
        if i == 0 {
            f.check(numbers.is_empty(), || "a page number on page 1".into());
        } else {
            f.check(
                numbers.len() == 1 && numbers[0].text == (i + 1).to_string(),
                || {
                    format!(
                        "page {} numbers {:?}",
                        i + 1,
                        numbers.iter().map(|l| &l.text).collect::<Vec<_>>()
                    )
                },
            );
            if let Some(n) = numbers.first() {
                f.element(decree, "page_number", n);
                f.check((n.centre() - text_centre).abs() < 0.5, || {
                    "page number not centred".into()
                });
            }
        }
    }

    // Margins: every line's advance box inside the left and right margins (a glyph's ink
    // may overshoot its box by a serif, as in any typesetting; Typst's justification may
    // leave a line up to 0.3 pt long); vertically all ink, the accents of a page's first
    // line included, inside the top and bottom margins, the page numbers in the top margin.
    for l in &lines {
        f.check(l.x0 >= left - 0.05 && l.x1 <= right + 0.3, || {
            format!(
                "{:?} runs {:.2}–{:.2} mm across",
                l.text,
                l.x0 / MM,
                l.x1 / MM
            )
        });
    }
    let bottom = h - p.margin_bottom[0] * MM;
    // The margins as measured: the extent of the full (justified, at least 140 mm wide)
    // lines of each page across, and its ink from the top, page numbers aside. (The bottom
    // is only bounded above: a page may end early before a block that is kept whole.)
    for (i, glyphs) in ink.iter().enumerate() {
        let full: Vec<&Line> = lines
            .iter()
            .filter(|l| l.page == i && l.y >= top && l.x1 - l.x0 > 140.0 * MM)
            .collect();
        if !full.is_empty() {
            let x0 = full.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min);
            let x1 = full.iter().map(|l| l.x1).fold(0.0, f64::max);
            f.within(
                &format!("left margin of page {} (mm)", i + 1),
                x0 / MM,
                p.margin_left,
                0.02,
            );
            f.within(
                &format!("right margin of page {} (mm)", i + 1),
                (w - x1) / MM,
                p.margin_right,
                0.11,
            );
        }
        let y0 = glyphs
            .iter()
            .filter(|(t, b)| !(b.y1 <= top && t.chars().all(|c| c.is_ascii_digit())))
            .map(|(_, b)| b.y0)
            .fold(f64::INFINITY, f64::min);
        f.within(
            &format!("top margin of page {} (mm)", i + 1),
            y0 / MM,
            p.margin_top,
            0.02,
        );
    }
    for (i, glyphs) in ink.iter().enumerate() {
        for (text, b) in glyphs {
            let number = b.y1 <= top && text.chars().all(|c| c.is_ascii_digit());
            f.check(
                b.y1 <= bottom + 0.05 && (number || b.y0 >= top - 0.05),
                || {
                    format!(
                        "{text:?} on page {} reaches into the margin: {:.2}–{:.2} mm down",
                        i + 1,
                        b.y0 / MM,
                        b.y1 / MM
                    )
                },
            );
        }
    }

    // Body: the lines from the trích yếu (or Kính gửi) to the signature block (the
    // signer's title level with "Nơi nhận:", or THƯ KÝ above it), regular or with a bold
    // label, at the body size; tables (12 pt) and photo notes (italic) aside.
    let start = kinh_gui.map_or(subject_rule.y0, |k| k.y);
    let end = anchor;
    // A justified line whose spaces are stretched wide comes apart into fragments: the
    // fragments on one baseline are one line of the body.
    let mut rows: Vec<Line> = Vec::new();
    for l in lines.iter().filter(|l| {
        let after = l.page > 0 || l.y > start + 1.0;
        let before = l.page < end.page || (l.page == end.page && l.y < end.y - 5.0);
        after && before && l.y >= top && l.size > 12.5 && l.style() != Some("italic")
    }) {
        match rows.last_mut() {
            Some(row) if row.page == l.page && (row.y - l.y).abs() < 0.05 => {
                row.text = format!("{} {}", row.text, l.text);
                row.x1 = row.x1.max(l.x1);
                row.styles.extend(&l.styles);
            }
            _ => rows.push(l.clone()),
        }
    }
    let body: Vec<&Line> = rows.iter().collect();
    let indent = |l: &Line| (l.x0 - left) / MM;
    for l in &body {
        f.within(
            &format!("body size of {:?}", l.text),
            l.size,
            decree.element["body"].size,
            0.01,
        );
    }
    // Each line is flush left or starts a paragraph (numbered conclusions too) at the
    // indent; a character the fonts cannot draw (an emoji) prints as an empty box that
    // has no text, so its line seems to start up to 3 mm further in.
    let mut within = Vec::new();
    let mut paragraph_gaps = Vec::new();
    for (i, b) in body.iter().enumerate() {
        let starts = decree
            .spacing
            .indent
            .iter()
            .any(|x| (indent(b) - x).abs() < 0.2);
        let flush = indent(b).abs() < 0.2;
        let boxed = undrawable
            && decree
                .spacing
                .indent
                .iter()
                .any(|x| indent(b) > *x && indent(b) < x + 3.0);
        f.check(starts || flush || boxed, || {
            format!("{:?} starts {:.2} mm in from the margin", b.text, indent(b))
        });
        let Some(a) = i
            .checked_sub(1)
            .map(|i| body[i])
            .filter(|a| a.page == b.page)
        else {
            continue;
        };
        if starts || boxed {
            paragraph_gaps.push((b.y - a.y, &b.text));
        } else {
            within.push(b.y - a.y);
            f.within(
                "body line pitch (em)",
                (b.y - a.y) / b.size,
                decree.spacing.body_pitch_em,
                0.0,
            );
        }
    }
    // At least 6 pt more between paragraphs (and numbered items) than between lines.
    within.sort_by(f64::total_cmp);
    let line = within.get(within.len() / 2).copied().unwrap_or(0.0);
    for (gap, text) in paragraph_gaps {
        f.check(gap - line >= decree.spacing.paragraph_gap - 0.05, || {
            format!(
                "only {:.2} pt between paragraphs before {text:?}",
                gap - line
            )
        });
    }
    f.check(!within.is_empty(), || "no body lines measured".into());

    // The end mark: once, at the end of the last body line.
    let text = doc.text();
    f.check(
        text.matches(&decree.end_mark.text).count() == decree.end_mark.count,
        || format!("{} end marks", text.matches(&decree.end_mark.text).count()),
    );
    f.check(
        body.last()
            .is_some_and(|l| l.text.ends_with(&decree.end_mark.text)),
        || format!("the last body line is {:?}", body.last().map(|l| &l.text)),
    );

    // Dates the template writes ("Thời gian: Ngày 12 tháng 4 …", the closing line): padded.
    let any_date = regex::Regex::new(r"ngày \S+ tháng \S+ năm \S+").unwrap();
    let mut dates = 0;
    for l in lines
        .iter()
        .filter(|l| l.text.starts_with("Thời gian") || l.text.contains("kết thúc vào"))
    {
        let text = l.text.to_lowercase();
        for m in any_date.find_iter(&text) {
            let m = m.as_str().trim_end_matches(['.', '/', ',']);
            f.check(date_re.is_match(m), || format!("{m:?} is not padded"));
            dates += 1;
        }
    }
    let expected = if kind == Kind::Briefing { 1 } else { 2 };
    f.check(dates == expected, || {
        format!("{dates} template dates, expected {expected}")
    });
    f.failures
}

fn render(renderer: &Renderer, report: &vnbrief::Report) -> Vec<u8> {
    let rendered = renderer.render(report).unwrap();
    assert!(
        rendered.warnings.iter().all(|w| w.contains("cannot draw")),
        "{}: {:?}",
        report.source.name,
        rendered.warnings
    );
    rendered.pdf
}

fn renderer(kind: Kind, unit: bool, font_paths: Vec<PathBuf>) -> Renderer {
    Renderer::new(&RenderOptions {
        template: TemplateChoice::Builtin(
            if kind == Kind::Briefing {
                "briefing"
            } else {
                "minutes"
            }
            .into(),
        ),
        letterhead: if unit {
            unit_letterhead(kind)
        } else {
            Letterhead::default()
        },
        font_paths,
        ..Default::default()
    })
    .unwrap()
}

/// The layout of every corpus article and the sample, both templates, with and without
/// the unit's settings.
#[test]
fn every_document_measures_as_the_decree_says() {
    let decree = decree();
    let reports = crate::templates::corpus_reports();
    let mut failures = Vec::new();
    let mut measured = 0;
    for kind in [Kind::Briefing, Kind::Minutes] {
        for unit in [false, true] {
            let renderer = renderer(kind, unit, Vec::new());
            for report in &reports {
                let pdf = render(&renderer, report);
                let undrawable = !vnbrief::fonts::missing_chars(report.texts()).is_empty();
                failures.extend(measure(
                    &decree,
                    &report.source.name,
                    kind,
                    unit,
                    undrawable,
                    &pdf,
                ));
                measured += 1;
            }
        }
    }
    assert_eq!(measured, reports.len() * 4);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A copy of the embedded Tinos named "Times New Roman", in a scratch folder.
fn times_new_roman_folder() -> PathBuf {
    let dir = scratch("tnr-fonts");
    for font in vnbrief::fonts::FONT_FILES {
        let renamed = rename::rename_family(font.data, "Tinos", "Times New Roman");
        let name = font.file.replace("Tinos", "TimesNewRoman");
        std::fs::write(dir.join(name), renamed).unwrap();
    }
    dir
}

/// `vnbrief fonts` lists a font folder's faces (given by flag or by the settings file)
/// with their coverage, names the families the templates will use, and warns of a file
/// that is not a font.
#[test]
fn fonts_lists_the_font_folders_and_the_family_the_templates_use() {
    let folder = times_new_roman_folder();
    std::fs::write(folder.join("broken.ttf"), b"not a font").unwrap();
    let dir = scratch("fonts-command");
    std::fs::write(
        dir.join("vnbrief.toml"),
        format!("fonts = [{:?}]\n", folder.display().to_string()),
    )
    .unwrap();
    let by_flag = vnbrief(&dir)
        .args(["fonts", "--font-path"])
        .arg(&folder)
        .output()
        .unwrap();
    let by_config = vnbrief(&dir)
        .args(["fonts", "--config", "vnbrief.toml"])
        .output()
        .unwrap();
    for out in [by_flag, by_config] {
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = String::from_utf8(out.stdout.clone()).unwrap();
        let faces: Vec<&str> = text
            .lines()
            .filter(|l| l.contains("TimesNewRoman-"))
            .collect();
        assert_eq!(faces.len(), 4, "{text}");
        for style in ["Regular", "Bold", "Italic", "Bold Italic"] {
            assert!(
                faces
                    .iter()
                    .any(|l| l.contains(&format!("Times New Roman  {style} "))
                        && l.contains("186/186")),
                "no {style} line in {text}"
            );
        }
        assert!(
            text.contains("The built-in templates set the text in: Times New Roman"),
            "{text}"
        );
        assert!(
            stderr(&out).contains("broken.ttf (not a font)"),
            "{}",
            stderr(&out)
        );
    }
}

/// With a font folder holding Times New Roman, the PDF embeds it and not Tinos; the layout
/// is otherwise the same glyph for glyph, and measures as the decree says.
#[test]
fn a_font_folder_with_times_new_roman_replaces_tinos_and_nothing_else() {
    let decree = decree();
    let folder = times_new_roman_folder();
    let report = crate::templates::corpus_reports().pop().unwrap();
    for kind in [Kind::Briefing, Kind::Minutes] {
        let with = renderer(kind, true, vec![folder.clone()]);
        assert_eq!(with.font_families(), ["Times New Roman", "Tinos"]);
        let without = renderer(kind, true, Vec::new());
        assert_eq!(without.font_families(), ["Tinos"]);
        let (a, b) = (render(&with, &report), render(&without, &report));
        let (da, db) = (
            pdf_read::read_bytes(a.clone()).unwrap(),
            pdf_read::read_bytes(b).unwrap(),
        );
        let names = |d: &Document| {
            d.fonts
                .iter()
                .map(|f| (f.name.clone(), f.embedded))
                .collect::<Vec<_>>()
        };
        for (name, embedded) in names(&da) {
            assert!(
                name.starts_with("TimesNewRoman") && embedded,
                "{kind:?}: {name}"
            );
        }
        for (name, embedded) in names(&db) {
            assert!(name.starts_with("Tinos") && embedded, "{kind:?}: {name}");
        }
        let glyphs = |d: &Document| {
            d.pages
                .iter()
                .flat_map(|p| {
                    p.glyphs
                        .iter()
                        .map(|g| (g.text.clone(), g.x, g.y, g.size, style_of(&g.font)))
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            glyphs(&da),
            glyphs(&db),
            "{kind:?}: the layout changed with the font"
        );
        assert!(!glyphs(&da).is_empty());
        let failures = measure(
            &decree,
            "sample with Times New Roman",
            kind,
            true,
            false,
            &a,
        );
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

/// The coverage check follows the fonts used: with the folder, the warning names them.
#[test]
fn the_coverage_check_names_the_fonts_used() {
    let folder = times_new_roman_folder();
    let mut report = crate::templates::corpus_reports().pop().unwrap();
    report.sections[0].paragraphs[0].push_str(" 📢");
    let with = renderer(Kind::Briefing, false, vec![folder])
        .render(&report)
        .unwrap();
    assert!(
        with.warnings
            .iter()
            .any(|w| w.starts_with("the fonts Times New Roman, Tinos cannot draw 📢")),
        "{:?}",
        with.warnings
    );
    let without = renderer(Kind::Briefing, false, Vec::new())
        .render(&report)
        .unwrap();
    assert!(
        without
            .warnings
            .iter()
            .any(|w| w.starts_with("the embedded fonts cannot draw 📢")),
        "{:?}",
        without.warnings
    );
}

/// `--font-path` and the `fonts` key of vnbrief.toml reach the renderer; a missing folder
/// is a usage error.
#[test]
fn font_path_flag_and_settings_key() {
    let dir = scratch("font-path");
    let folder = times_new_roman_folder();
    let sample = root().join("examples/giao-ban-quy-1-2024.txt");
    let out = run(vnbrief(&dir)
        .arg("convert")
        .arg(&sample)
        .args(["-q", "-o", "a.pdf", "--font-path"])
        .arg(&folder));
    assert!(out.status.success(), "{}", stderr(&out));
    let fonts = pdf_read::read(&dir.join("a.pdf")).fonts;
    assert!(
        fonts.iter().all(|f| f.name.starts_with("TimesNewRoman")),
        "{fonts:?}"
    );
    std::fs::create_dir_all(dir.join("unit")).unwrap();
    std::fs::rename(&folder, dir.join("unit/phong-chu")).unwrap();
    std::fs::write(dir.join("unit/vnbrief.toml"), "fonts = [\"phong-chu\"]\n").unwrap();
    let out = run(vnbrief(&dir).arg("convert").arg(&sample).args([
        "-q",
        "-o",
        "b.pdf",
        "--config",
        "unit/vnbrief.toml",
    ]));
    assert!(out.status.success(), "{}", stderr(&out));
    let fonts = pdf_read::read(&dir.join("b.pdf")).fonts;
    assert!(
        fonts.iter().all(|f| f.name.starts_with("TimesNewRoman")),
        "{fonts:?}"
    );
    let bad = run(vnbrief(&dir).arg("convert").arg(&sample).args([
        "-o",
        "c.pdf",
        "--font-path",
        "khong-co",
    ]));
    assert_eq!(bad.status.code(), Some(2), "{}", stderr(&bad));
    assert!(
        stderr(&bad).contains("failed to read font folder khong-co (no such file)"),
        "{}",
        stderr(&bad)
    );
}
