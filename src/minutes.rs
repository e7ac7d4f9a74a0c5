//! Minutes data: what the `minutes` template (biên bản) needs beyond the report, derived
//! from it here rather than in Typst so the rules are tested: the groups that attended,
//! the start time, and the conclusions split into tasks.
//!
//! Templates read it as `/minutes.json`. Nothing here is invented: a start hour the article
//! does not give stays `null`, and every paragraph of the body lands in exactly one of
//! `results`, `conclusions` or `tasks`.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::{Report, SectionKind};

/// The facts of a biên bản that the report holds only inside its text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Minutes {
    /// Groups named as attending without names ("đại diện lãnh đạo các đơn vị nghiệp vụ").
    pub groups: Vec<String>,
    /// The start time, as far as the article gives it.
    pub start: StartTime,
    /// Every paragraph outside the conclusions, in reading order.
    pub results: Vec<String>,
    /// The conclusions up to the first request ("ghi nhận và biểu dương …").
    pub conclusions: Vec<String>,
    /// The requests ("đề nghị", "yêu cầu") and the sentences after them in the conclusions.
    pub tasks: Vec<String>,
}

/// A start time; each part is `null` when the article does not give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartTime {
    /// Hour of day, 0–23.
    pub hour: Option<u8>,
    /// Minute, 0–59.
    pub minute: Option<u8>,
    /// "sáng", "trưa", "chiều" or "tối" from the dateline.
    pub part_of_day: Option<String>,
}

/// Words that open a request in a closing speech; the sentence and those after it are tasks.
const REQUEST_WORDS: &[&str] = &["đề nghị", "yêu cầu"];

/// Words that open a group of attendees named without people.
const GROUP_WORDS: &[&str] = &[
    "đại diện",
    "lãnh đạo các",
    "lãnh đạo một số",
    "các đồng chí",
    "các đại biểu",
    "đại biểu",
    "cán bộ",
    "các thành viên",
    "thành viên",
    "toàn thể",
    "đông đảo",
];

/// What may stand right before a group word for it to open a clause.
const CLAUSE_OPENERS: &[&str] = &[", ", "; ", ": ", "có ", "cùng ", "và ", "với "];

/// Words of an attendance sentence: a group is only taken from such a sentence.
const ATTENDANCE_WORDS: &[&str] = &["dự", "tham gia", "có mặt"];

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "KS", "CN", "TT", "Q", "P", "St", "v.v",
];

/// Derives the minutes data of a report.
pub fn minutes_of(report: &Report) -> Minutes {
    let mut minutes = Minutes {
        start: start_time(report),
        ..Minutes::default()
    };
    let mut requested = false;
    for section in &report.sections {
        if section.kind != SectionKind::Conclusion {
            minutes.results.extend(section.paragraphs.iter().cloned());
            continue;
        }
        for paragraph in &section.paragraphs {
            let mut before = Vec::new();
            for sentence in sentences(paragraph) {
                requested = requested || is_request(sentence);
                if requested {
                    minutes.tasks.push(sentence.to_owned());
                } else {
                    before.push(sentence);
                }
            }
            if !before.is_empty() {
                minutes.conclusions.push(before.join(" "));
            }
        }
    }
    for section in &report.sections {
        if matches!(section.kind, SectionKind::Lead | SectionKind::Attendance) {
            for sentence in section.paragraphs.iter().flat_map(|p| sentences(p)) {
                for group in groups_in(sentence) {
                    if !minutes.groups.contains(&group) {
                        minutes.groups.push(group);
                    }
                }
            }
        }
    }
    minutes
}

/// True when the sentence asks for something.
fn is_request(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    REQUEST_WORDS.iter().any(|w| contains_word(&lower, w))
}

/// True when `needle` occurs in `hay` between word boundaries.
fn contains_word(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Splits a paragraph into sentences, each with its final mark; joined with single
/// spaces they give the paragraph back.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let text = paragraph.trim();
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (at, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let end = at + c.len_utf8();
        // A sentence ends at a mark followed by a space and a capital, a digit or a quote.
        let rest = &text[end..];
        let Some(next) = rest.strip_prefix(' ').and_then(|r| r.chars().next()) else {
            continue;
        };
        if !(next.is_uppercase() || next.is_ascii_digit() || "“\"‘(".contains(next)) {
            continue;
        }
        if c == '.' && ends_with_abbreviation(&text[start..at]) {
            continue;
        }
        out.push(text[start..end].trim());
        start = end + 1;
        debug_assert!(bytes[end] == b' ');
    }
    if start < text.len() {
        out.push(text[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// True when the text ends with an abbreviation such as "TP" or "PGS".
fn ends_with_abbreviation(text: &str) -> bool {
    let word = text
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    ABBREVIATIONS.contains(&word)
}

/// The groups an attendance sentence names ("đại diện lãnh đạo các đơn vị nghiệp vụ").
fn groups_in(sentence: &str) -> Vec<String> {
    let lower = lowercase_same_length(sentence);
    if !ATTENDANCE_WORDS.iter().any(|w| contains_word(&lower, w)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((at, _)) = GROUP_WORDS
        .iter()
        .filter_map(|w| {
            lower[from..]
                .match_indices(w)
                .map(|(i, _)| from + i)
                .find(|&i| opens_clause(&lower, i))
                .map(|i| (i, *w))
        })
        .min()
    {
        // The group runs to the next ';', a named person, or the sentence end.
        let rest = &lower[at..];
        let end = [";", ", đồng chí", " cùng đồng chí", ", ông ", ", bà "]
            .iter()
            .filter_map(|stop| rest.find(stop))
            .min()
            .unwrap_or(rest.len());
        let group = sentence[at..at + end]
            .trim()
            .trim_end_matches(['.', ',', ':', '…', '/'])
            .trim();
        if group.chars().count() > 8 {
            out.push(group.to_owned());
        }
        from = at + end.max(1);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
    }
    out
}

/// Lowercases the characters whose lowercase has the same UTF-8 length (all Vietnamese
/// letters), so byte offsets found in the result hold in the original.
fn lowercase_same_length(text: &str) -> String {
    text.chars()
        .map(|c| {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            }
        })
        .collect()
}

/// True when a group word at `at` opens a clause rather than sitting inside a name.
fn opens_clause(lower: &str, at: usize) -> bool {
    at == 0 || CLAUSE_OPENERS.iter().any(|o| lower[..at].ends_with(o))
}

/// Hour and minute from the dateline or the lead's first sentence ("8 giờ 30", "14h").
fn start_time(report: &Report) -> StartTime {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?:^|[^\p{L}\d])(\d{1,2}) ?(?:giờ|h|g)(?: ?(\d{1,2})(?: ?phút)?)?(?:[^\p{L}\d]|$)",
        )
        .expect("valid regex")
    });
    let mut start = StartTime::default();
    let date_text = report.date.as_ref().map(|d| d.text.as_str()).unwrap_or("");
    let first_word = date_text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    if ["sáng", "trưa", "chiều", "tối"].contains(&first_word.as_str()) {
        start.part_of_day = Some(first_word);
    }
    let lead = report
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Lead)
        .and_then(|s| s.paragraphs.first())
        .map(|p| sentences(p).first().copied().unwrap_or(""))
        .unwrap_or("");
    for text in [date_text, lead] {
        if let Some(c) = TIME.captures(text) {
            let hour: Option<u8> = c[1].parse().ok().filter(|h| *h < 24);
            let minute: Option<u8> = c
                .get(2)
                .and_then(|m| m.as_str().parse().ok())
                .filter(|m| *m < 60);
            if hour.is_some() {
                start.hour = hour;
                start.minute = minute;
                break;
            }
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Section, Source};

    fn report(sections: &[(SectionKind, &[&str])]) -> Report {
        let mut r = Report::empty(Source::default());
        r.sections = sections
            .iter()
            .map(|(kind, ps)| Section {
                kind: *kind,
                paragraphs: ps.iter().map(|p| p.to_string()).collect(),
            })
            .collect();
        r
    }

    #[test]
    fn sentences_give_the_paragraph_back() {
        let p = "TP. Hồ Chí Minh có 10.598 xã. PGS. TS Nguyễn Văn A phát biểu! Đồng thời, “tăng cường” công tác./.";
        let s = sentences(p);
        assert_eq!(
            s,
            [
                "TP. Hồ Chí Minh có 10.598 xã.",
                "PGS. TS Nguyễn Văn A phát biểu!",
                "Đồng thời, “tăng cường” công tác./."
            ]
        );
        assert_eq!(s.join(" "), p);
    }

    #[test]
    fn requests_and_what_follows_are_tasks() {
        let r = report(&[
            (SectionKind::Lead, &["Ngày 12/4, hội nghị diễn ra."]),
            (SectionKind::Results, &["Kết quả tốt. Các đại biểu đề nghị bổ sung."]),
            (
                SectionKind::Conclusion,
                &[
                    "Đồng chí ghi nhận kết quả. Đồng chí đề nghị các đơn vị khẩn trương triển khai.",
                    "Tiếp tục phát huy vai trò. Đồng thời, tăng cường phòng ngừa.",
                ],
            ),
        ]);
        let m = minutes_of(&r);
        assert_eq!(
            m.results,
            [
                "Ngày 12/4, hội nghị diễn ra.",
                "Kết quả tốt. Các đại biểu đề nghị bổ sung."
            ]
        );
        assert_eq!(m.conclusions, ["Đồng chí ghi nhận kết quả."]);
        assert_eq!(
            m.tasks,
            [
                "Đồng chí đề nghị các đơn vị khẩn trương triển khai.",
                "Tiếp tục phát huy vai trò.",
                "Đồng thời, tăng cường phòng ngừa."
            ]
        );
    }

    #[test]
    fn groups_come_from_attendance_sentences_only() {
        let r = report(&[
            (
                SectionKind::Attendance,
                &["Dự hội nghị còn có Đại tá Bùi Xuân Khởi, Phó Giám đốc Công an tỉnh, đại diện lãnh đạo các đơn vị nghiệp vụ; các đồng chí là thành viên Ban Chỉ đạo."],
            ),
            (SectionKind::Results, &["Đại diện các sở đã báo cáo kết quả."]),
        ]);
        assert_eq!(
            minutes_of(&r).groups,
            [
                "đại diện lãnh đạo các đơn vị nghiệp vụ",
                "các đồng chí là thành viên Ban Chỉ đạo"
            ]
        );
    }

    #[test]
    fn start_hour_only_when_written() {
        let mut r = report(&[(
            SectionKind::Lead,
            &["Sáng 12/4, lúc 8 giờ 30, hội nghị khai mạc. Sau 2 giờ, kết thúc."],
        )]);
        r.date = Some(crate::model::EventDate {
            day: 12,
            month: 4,
            year: None,
            year_inferred: false,
            text: "Sáng 12/4".into(),
        });
        let s = minutes_of(&r).start;
        assert_eq!(
            (s.hour, s.minute, s.part_of_day.as_deref()),
            (Some(8), Some(30), Some("sáng"))
        );
        r.sections[0].paragraphs[0] = "Sáng 12/4, hội nghị khai mạc tại 14 Lê Lợi.".into();
        let s = minutes_of(&r).start;
        assert_eq!((s.hour, s.minute), (None, None));
    }
}
