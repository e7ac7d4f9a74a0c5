//! Minutes data: what the `minutes` template (biên bản) needs beyond the other fields, read
//! from the body once the sections are built: the groups that attended, the start time, and
//! the conclusions split into tasks. Stored in the report ([`Minutes`]); render only lays out.
//! Like every finder, it reads the paragraphs' one analysis ([`Paragraph`]: sentences and
//! lower-case copy) and splits or lower-cases nothing itself.
//!
//! Nothing here is invented: a start hour the article does not give stays `null`, and every
//! paragraph of the body lands in exactly one of `results`, `conclusions` or `tasks`.

use super::clause;
use super::rules::CLOCK_UNITS;
use super::rules::PARTS_OF_DAY;
use super::text::{self, Paragraph};
use crate::model::{Minutes, Report, SectionKind, StartTime};
use crate::parse::rules::words;

use super::rules::MINUTES_REQUEST_WORDS as REQUEST_WORDS;

use super::rules::MINUTES_GROUP_WORDS as GROUP_WORDS;

/// Reads the minutes data of a report whose sections and date are set; `analysed` holds the
/// analysis of each section's paragraphs, in the same order as `report.sections`.
pub fn read(report: &Report, analysed: &[Vec<&Paragraph>]) -> Minutes {
    let mut minutes = Minutes {
        start: start_time(report, analysed),
        ..Minutes::default()
    };
    let mut requested = false;
    for (section, paragraphs) in report.sections.iter().zip(analysed) {
        if section.kind != SectionKind::Conclusion {
            minutes.results.extend(section.paragraphs.iter().cloned());
            continue;
        }
        for paragraph in paragraphs {
            let mut before = Vec::new();
            for sentence in paragraph.sentence_strs() {
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
    let mut seen = std::collections::HashSet::new();
    for (section, paragraphs) in report.sections.iter().zip(analysed) {
        if matches!(section.kind, SectionKind::Lead | SectionKind::Attendance) {
            for paragraph in paragraphs {
                for sentence in paragraph.sentence_strs() {
                    for group in groups_in(sentence, paragraph.lower_of(sentence)) {
                        if seen.insert(group.clone()) {
                            minutes.groups.push(group);
                        }
                    }
                }
            }
        }
    }
    minutes
}

use super::rules::MINUTES_NOUN_BEFORE as NOUN_BEFORE;

/// True when the sentence asks for something.
fn is_request(sentence: &str) -> bool {
    REQUEST_WORDS.iter().any(|w| {
        text::find_all_words_ci(sentence, w).any(|(at, _)| {
            let before = sentence[..at].trim_end();
            !NOUN_BEFORE
                .iter()
                .any(|n| text::ends_with_word_ci(before, n))
        })
    })
}

/// Splits a paragraph into sentences, each with its final mark, as the parser does;
/// joined with single spaces they give the paragraph back (the one splitter, re-exported
/// for checks of the minutes' text).
pub use super::text::sentence_strs as sentences;

/// The groups an attendance sentence names ("đại diện lãnh đạo các đơn vị nghiệp vụ");
/// `lower` is the sentence's lower-case copy from its paragraph's analysis.
fn groups_in(sentence: &str, lower: &str) -> Vec<String> {
    if !clause::mentions_attendance(sentence) {
        return Vec::new();
    }
    // Every place a group word opens a clause, and every place a group stops, found once
    // in order: a sentence of many groups is read in linear time.
    let mut opens: Vec<usize> = GROUP_WORDS
        .iter()
        .flat_map(|w| lower.match_indices(w).map(|(i, _)| i))
        .filter(|&i| clause::opens_item(lower, i))
        .collect();
    opens.sort_unstable();
    opens.dedup();
    let mut stops: Vec<usize> = GROUP_STOPS
        .iter()
        .flat_map(|stop| lower.match_indices(stop).map(|(i, _)| i))
        .collect();
    stops.sort_unstable();
    let mut out = Vec::new();
    let mut from = 0;
    for at in opens {
        if at < from {
            continue;
        }
        // The group runs to the next ';', a named person, or the sentence end.
        let rest = &lower[at..];
        let end = stops[stops.partition_point(|&p| p < at)..]
            .first()
            .map_or(rest.len(), |p| p - at);
        let word_len = GROUP_WORDS
            .iter()
            .filter(|w| rest.starts_with(*w))
            .map(|w| w.len())
            .max()
            .unwrap_or(0);
        // "các đồng chí: A, B" and "các đồng chí Nguyễn Văn A" introduce people already
        // listed as attendees, not a group.
        let next = sentence[at + word_len..].trim_start().chars().next();
        let head = &rest[..text::floor_boundary(rest, word_len + words::COMRADE.len())];
        let introduces_people = next.is_some_and(|c| c == ':' || c.is_uppercase())
            && head.find(words::COMRADE).is_some_and(|i| i < word_len);
        let group = sentence[at..at + end]
            .trim()
            .trim_end_matches(['.', ',', ':', '…', '/'])
            .trim();
        if group.chars().count() > 8 && !introduces_people && !group.contains(':') {
            out.push(group.to_owned());
        }
        from = at + end.max(1);
    }
    out
}

use super::rules::MINUTES_GROUP_STOPS as GROUP_STOPS;

/// Hour and minute written next to the dateline ("Sáng 12/4, lúc 8 giờ 30", "8h ngày
/// 12/4"); other times of the lead ("thời điểm 0h ngày 01/4") are not the start.
fn start_time(report: &Report, analysed: &[Vec<&Paragraph>]) -> StartTime {
    /// How far from the dateline, in characters, a time still belongs to it.
    const NEAR: usize = 30;
    let mut start = StartTime::default();
    let Some(date) = report.date.as_ref() else {
        return start;
    };
    let Some((paragraph, at)) = analysed
        .iter()
        .flatten()
        .find_map(|p| p.text.find(&date.text).map(|at| (p, at)))
    else {
        return start;
    };
    let after = at + date.text.len();
    // The part of day, in lower case from the paragraph's analysis ("Sáng 12/4": "sáng").
    let first_word = paragraph.lower[at..after]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if PARTS_OF_DAY.contains(&first_word) {
        start.part_of_day = Some(first_word.to_owned());
    }
    let paragraph = paragraph.text;
    let from = paragraph[..at]
        .char_indices()
        .rev()
        .nth(NEAR - 1)
        .map_or(0, |(i, _)| i);
    let to = paragraph[after..]
        .char_indices()
        .nth(NEAR)
        .map_or(paragraph.len(), |(i, _)| after + i);
    if let Some((hour, minute)) = first_time(&paragraph[from..to]) {
        start.hour = Some(hour);
        start.minute = minute;
    }
    start
}

/// The first clock time in a text: "8 giờ 30 phút", "8 giờ", "14h30", "7g30". Hours
/// outside 5–22 are skipped: meetings are held in the day, and "0h" is a reference time.
/// Scanned by hand: a Unicode regex would cost more to build than the whole search.
fn first_time(text: &str) -> Option<(u8, Option<u8>)> {
    let bytes = text.as_bytes();
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let digits_at = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let mut at = 0;
    while at < bytes.len() {
        let n = digits_at(at);
        if n == 0 {
            at += 1;
            continue;
        }
        let start = at;
        at += n;
        if n > 2 || is_word_char(text[..start].chars().next_back()) {
            continue;
        }
        let hour: u8 = text[start..at].parse().ok()?;
        let rest = text[at..].strip_prefix(' ').unwrap_or(&text[at..]);
        let Some(unit) = CLOCK_UNITS.iter().find(|u| rest.starts_with(*u)) else {
            continue;
        };
        let rest = &rest[unit.len()..];
        // "14h30": the minutes follow; "8 giờ 30 phút": after a space.
        let spaced = rest.strip_prefix(' ').unwrap_or(rest);
        let m = spaced.bytes().take_while(u8::is_ascii_digit).count();
        let (minute, tail) = if (1..=2).contains(&m) {
            let tail = &spaced[m..];
            let tail = tail
                .trim_start()
                .strip_prefix(words::MINUTE_UNIT)
                .unwrap_or(tail);
            (spaced[..m].parse::<u8>().ok().filter(|m| *m < 60), tail)
        } else {
            (None, rest)
        };
        if is_word_char(tail.chars().next()) || !(5..=22).contains(&hour) {
            continue;
        }
        return Some((hour, minute));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Section, Source};

    /// [`super::read`] with each paragraph analysed as the parser does.
    fn read(r: &Report) -> Minutes {
        let analysed: Vec<Vec<Paragraph>> = r
            .sections
            .iter()
            .map(|s| s.paragraphs.iter().map(|p| Paragraph::new(p)).collect())
            .collect();
        let refs: Vec<Vec<&Paragraph>> = analysed.iter().map(|s| s.iter().collect()).collect();
        super::read(r, &refs)
    }

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
        let m = read(&r);
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
            read(&r).groups,
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
        let s = read(&r).start;
        assert_eq!(
            (s.hour, s.minute, s.part_of_day.as_deref()),
            (Some(8), Some(30), Some("sáng"))
        );
        r.sections[0].paragraphs[0] = "Sáng 12/4, hội nghị khai mạc tại 14 Lê Lợi.".into();
        let s = read(&r).start;
        assert_eq!((s.hour, s.minute), (None, None));
    }

    #[test]
    fn nouns_and_reference_times_are_not_requests_or_starts() {
        assert!(!is_request("Công tác cán bộ đáp ứng yêu cầu phát triển."));
        assert!(!is_request("Theo đề nghị của Sở, hội nghị thông qua."));
        assert!(is_request("Đồng chí yêu cầu các sở khẩn trương."));
        let mut r = report(&[(
            SectionKind::Lead,
            &["Dân số vào thời điểm 0h ngày 01/4/2019 là 96 triệu. Hội nghị tổ chức ngày 11/7 tại Hà Nội."],
        )]);
        r.date = Some(crate::model::EventDate {
            day: 11,
            month: 7,
            year: Some(2019),
            year_inferred: false,
            text: "ngày 11/7".into(),
        });
        assert_eq!(read(&r).start, StartTime::default());
        r.sections[0].paragraphs[0] = "Vào lúc 14h30 ngày 11/7, hội nghị khai mạc.".into();
        assert_eq!(read(&r).start.hour, Some(14));
        assert_eq!(read(&r).start.minute, Some(30));
    }

    #[test]
    fn clock_times_are_read_by_hand() {
        assert_eq!(first_time("lúc 8 giờ 30 phút ngày"), Some((8, Some(30))));
        assert_eq!(first_time("vào 14h30, tại"), Some((14, Some(30))));
        assert_eq!(first_time("7g ngày 5/6"), Some((7, None)));
        assert_eq!(first_time("0h ngày 01/4, rồi 9 giờ"), Some((9, None)));
        assert_eq!(first_time("số 14 Lê Lợi, 120h, 8 gói"), None);
        assert_eq!(first_time("Quốc lộ 1h"), None);
    }

    #[test]
    fn people_introduced_by_cac_dong_chi_are_not_a_group() {
        let r = report(&[(
            SectionKind::Attendance,
            &["Dự buổi gặp mặt có các đồng chí: Hồ Quốc Dũng - Bí thư Tỉnh ủy; các đồng chí trong Ban Thường vụ Tỉnh ủy."],
        )]);
        assert_eq!(
            read(&r).groups,
            ["các đồng chí trong Ban Thường vụ Tỉnh ủy"]
        );
    }
}
