//! Parse: article text → [`Report`].
//!
//! Placeholder reader: the first line is the title, every other line a body paragraph.

use crate::model::{Report, Section, SectionKind, Source};

/// Parses the text of one article (NFC, `\n` line ends) into a report.
pub fn parse(text: &str, source: Source) -> Report {
    let mut report = Report::empty(source);
    let mut lines = text.lines().map(fold_space).filter(|l| !l.is_empty());
    report.title = lines.next();
    let paragraphs: Vec<String> = lines.collect();
    if !paragraphs.is_empty() {
        report.sections.push(Section {
            kind: SectionKind::Body,
            paragraphs,
        });
    }
    report
}

/// Folds runs of white space to one space and trims the ends.
pub fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
