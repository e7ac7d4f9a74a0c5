//! Datelines: the event date at the start of the lead ("Sáng 12/4, tại Hà Nội, …"), the
//! source tag before it ("(BĐ) - "), and the year when the date has none.

use super::rules::pattern;
use super::rules::words;
use super::rules::DAY_RANGE_JOINERS as RANGE_END_WORDS;
use super::rules::DOCUMENT_NOUNS;
use super::rules::{
    DATE_COPULAS, DATE_DEADLINES, DATE_RECURRING_WORDS, EVENT_DATE_TRAILERS, EVENT_WORDS,
    INTRO_OPENERS, PARTS_OF_DAY, PRESENCE_OPENERS, TODAY_WORDS, YEAR_TARGET_WORDS,
};
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::text::{
    ends_with_ci, ends_with_word_ci, find_all_words_of_ci, find_word_ci, is_abbreviation_before,
    longest_prefix, prefix_ci, word_count, Paragraph,
};
use crate::model::EventDate;

/// A numeric date with its time-of-day word or preposition: "Sáng 12/4", "Chiều ngày
/// 08/11/2023", "Chiều 21.4", "Ngày 12-4", "Từ ngày 21 đến 23/3/2019", "chiều nay (7/10)".
/// Matched against the paragraph in lower case ([`lower_same_len`]), so no `(?i)`; ASCII
/// classes (`-u`: the text's white space is folded to single spaces), cheaper to compile.
static NUMERIC_DATE: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("numeric_date")));

/// A date written in words: "ngày 12 tháng 4 năm 2024".
static WORDED_DATE: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("worded_date")));

/// A full date with its year anywhere in the text ("31/3/2025", "22.12.2024").
static FULL_DATE: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("full_date")));

use super::rules::DATELINE_EVENT_VERBS as EVENT_VERBS;

/// Byte length of the source tag at the start of a paragraph, 0 when there is none.
/// The tag is "(BĐ) - ", "(Chinhphu.vn) – ", "QK2 – " (up to 40 characters in brackets or
/// 15 capitals and digits, then dashes) or "(CAND) " (a bracketed word); scanned by hand
/// rather than with a pattern, whose bounded Unicode repetitions are slow to compile.
pub fn source_tag_len(paragraph: &str) -> usize {
    let s = paragraph.trim_start();
    let lead = paragraph.len() - s.len();
    let dashed = |head: usize| {
        let rest = s[head..].trim_start();
        let after = rest.trim_start_matches(['-', '–', '—']);
        (after.len() < rest.len()).then(|| s.len() - after.trim_start().len())
    };
    if let Some(inner) = s.strip_prefix('(') {
        let close = inner.find(['(', ')', '\n']);
        if let Some(i) = close.filter(|&i| inner[i..].starts_with(')')) {
            let n = inner[..i].chars().count();
            if (1..=40).contains(&n) {
                if let Some(len) = dashed(1 + i + 1) {
                    return lead + len;
                }
            }
            let word = !inner[..i].contains(char::is_whitespace);
            let spaced = inner[i + 1..].starts_with(char::is_whitespace);
            if word && (2..=24).contains(&n) && spaced {
                return paragraph.len() - inner[i + 1..].trim_start().len();
            }
        }
        return 0;
    }
    let mut chars = s.char_indices();
    let first_ok = chars
        .next()
        .is_some_and(|(_, c)| c.is_uppercase() || c.is_ascii_digit());
    if !first_ok {
        return 0;
    }
    let run = s
        .char_indices()
        .skip(1)
        .take_while(|&(_, c)| c.is_uppercase() || c.is_ascii_digit() || c == '.')
        .collect::<Vec<_>>();
    let Some(&(last, c)) = run.last() else {
        return 0;
    };
    if run.len() > 14 {
        return 0;
    }
    dashed(last + c.len_utf8()).map_or(0, |len| lead + len)
}

/// A dateline found in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Index of the paragraph (in the list given to [`find`]).
    pub para: usize,
    /// Byte offset where the date expression starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The date; `year` only when the expression has one.
    pub date: EventDate,
}

/// Finds the event date: the first date expression in the given paragraphs that opens a
/// clause (paragraph start, after the source tag, after ",", ":" or a full stop) or follows
/// "tổ chức"; a date inside a clause ("0h ngày 01/4/2019 là …", "trước ngày 5.5") is not one.
pub fn find(paragraphs: &[&Paragraph]) -> Option<Dateline> {
    // "Ngày 13/10/1945, Chủ tịch Hồ Chí Minh gửi thư …" above a meeting of 2020: a date
    // more than HISTORY_YEARS before the latest year the paragraphs name is history.
    let latest = paragraphs.iter().flat_map(|p| years_named(p.text)).max();
    let oldest = latest.map(|y| y - HISTORY_YEARS);
    paragraphs
        .iter()
        .enumerate()
        .find_map(|(i, p)| find_in(p, oldest).map(|d| Dateline { para: i, ..d }))
}

/// How many years before the latest year named near the lead a dated clause is history
/// (an anniversary's origin), not the event.
const HISTORY_YEARS: i32 = 20;

/// [`find`] in one line that is not part of the article's analysis (the first line, a
/// sentence already cut out).
pub fn find_in_line(line: &str) -> Option<Dateline> {
    find_in(&Paragraph::new(line), None)
}

/// The first acceptable date expression of one paragraph.
fn find_in(analysed: &Paragraph, oldest: Option<i32>) -> Option<Dateline> {
    let paragraph = analysed.text;
    let tag = source_tag_len(paragraph);
    let lower = analysed.lower.as_str();
    let mut candidates: Vec<(usize, usize, super::pattern::Captures)> = Vec::new();
    // Each pattern only where its words occur: an unused pattern is never compiled.
    let worded = lower.contains(words::MONTH);
    let patterns = [Some(&*NUMERIC_DATE), worded.then(|| &*WORDED_DATE)];
    for re in patterns.into_iter().flatten() {
        for caps in re.captures_iter(lower) {
            let whole = caps.get(0).unwrap();
            candidates.push((whole.start(), whole.end(), caps));
        }
    }
    candidates.sort_by_key(|(start, _, _)| *start);
    for (start, mut end, caps) in candidates {
        if start < tag {
            continue;
        }
        let day: u8 = caps["d"].parse().ok()?;
        let month: u8 = caps["m"].parse().ok()?;
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            continue;
        }
        let before = paragraph[tag..start].trim_end();
        let after = &paragraph[end..];
        // "… vào ngày 8 tháng 3 hằng năm": a yearly day, no event's date.
        // "Ngày 20/11 là ngày Nhà giáo Việt Nam": the day defined, no event's date.
        // "… trước ngày 14/12/2020": a deadline, no event's date.
        if longest_prefix(after.trim_start(), &DATE_RECURRING_WORDS).is_some()
            || longest_prefix(after.trim_start(), &DATE_COPULAS).is_some()
            || DATE_DEADLINES.iter().any(|w| ends_with_word_ci(before, w))
        {
            continue;
        }
        if !opens_clause(before, &lower[start..end], after) {
            continue;
        }
        if caps.name("open").is_some() {
            // "chiều nay (7/10)": take the closing bracket too.
            let rest = after.trim_start();
            if rest.starts_with(')') {
                end += after.len() - rest.len() + 1;
            }
        }
        // A range's year is written once, at its end ("Từ 04/6 – 13/6/2024").
        let year: Option<i32> = caps
            .name("y")
            .or(caps.name("y2"))
            .and_then(|y| y.as_str().parse().ok());
        // "ngày 21/10/ Tân Sửu (25/11/2021)": a lunar day, its year named, then the solar
        // day in brackets, which the calendar of the report is.
        if year.is_none() {
            if let Some(solar) = solar_in_brackets(paragraph, end) {
                return Some(solar);
            }
        }
        if year.zip(oldest).is_some_and(|(y, oldest)| y < oldest) {
            continue;
        }
        let text = paragraph[start..end].trim().to_owned();
        return Some(Dateline {
            para: 0,
            start,
            end,
            date: EventDate {
                day,
                month,
                year,
                year_inferred: false,
                text,
            },
        });
    }
    tagged_today(paragraph, tag)
}

/// "(BVBNĐ-29/12/2017) Sáng nay, tại hội trường …": a lead that opens with "today" is dated
/// by the full date its source tag carries.
fn tagged_today(paragraph: &str, tag: usize) -> Option<Dateline> {
    let rest = &paragraph[tag..];
    longest_prefix(rest, &TODAY_WORDS)?;
    let caps = FULL_DATE.captures(&paragraph[..tag])?;
    let (d, m, y) = (caps.get(1)?, caps.get(2)?, caps.get(3)?);
    let (day, month): (u8, u8) = (d.as_str().parse().ok()?, m.as_str().parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then(|| Dateline {
        para: 0,
        start: d.start(),
        end: y.end(),
        date: EventDate {
            day,
            month,
            year: y.as_str().parse().ok(),
            year_inferred: false,
            text: paragraph[d.start()..y.end()].to_owned(),
        },
    })
}

/// The end of `before` from the start of its last sentence: after the last ". " that no
/// abbreviation ends ("… tổ chức tại TP. Phan Thiết từ ngày …" is one sentence).
fn sentence_tail(before: &str) -> &str {
    before
        .rmatch_indices(". ")
        .find(|&(i, _)| !is_abbreviation_before(&before[..i], &before[i + 2..]))
        .map_or(before, |(i, _)| &before[i + 2..])
}

/// True when a date expression opens with "từ" and names no end ("Từ đêm 12/8"): since
/// a day, not on it.
pub fn opens_without_end(text: &str) -> bool {
    prefix_ci(text, words::FROM).is_some()
        && !text.contains(['-', '–', '~'])
        && !RANGE_END_WORDS
            .iter()
            .any(|w| find_word_ci(text, w).is_some())
}

/// True when a date (`date`, in lower case) with this text before and after it opens a
/// clause of its own.
fn opens_clause(before: &str, date: &str, after: &str) -> bool {
    // "🌺☘🌺Ngày 15/7/2023, …": marks glued before the dateline open the paragraph too.
    if !before.contains(char::is_alphanumeric) || before.ends_with(['.', '!', '?']) {
        return true;
    }
    if EVENT_VERBS.iter().any(|v| ends_with_word_ci(before, v)) {
        return true;
    }
    // A date after the event in the same sentence ("Hội nghị … diễn ra chiều 21-3, tại
    // …"): an event verb earlier in the sentence, and the date closes its clause.
    let sentence = sentence_tail(before);
    // "… vào ngày 12/4 vừa qua.": the date's trailer closes nothing; nor does the bracket
    // the date opened ("vào chiều qua (4-7).").
    let tail = after.trim_start_matches(' ');
    let tail = tail.strip_prefix(')').map_or(tail, str::trim_start);
    let tail = longest_prefix(tail, &EVENT_DATE_TRAILERS)
        .map_or(tail, |(_, len)| tail[len..].trim_start());
    // "… tổ chức tại X từ ngày 4~6/10 với sự tham gia của …": a presence phrase follows the
    // clause the date closes.
    let closes_clause = tail.is_empty()
        || tail.starts_with([',', '.', ';'])
        || prefix_ci(tail, words::VENUE).is_some()
        || longest_prefix(tail, &PRESENCE_OPENERS).is_some();
    // "… tổ chức hội thi ngày 10.8.2018.", "… họp phiên thường kỳ sáng 7/8.": a day or a
    // part of the day with no preposition, unless it dates a document named right before
    // it ("… quán triệt Kế hoạch ngày 12/3") or owned by someone ("ngày 12/3 của …").
    let bare_day = (prefix_ci(date, words::DAY).is_some()
        || date
            .split(' ')
            .next()
            .is_some_and(|w| PARTS_OF_DAY.contains(&w)))
        && !DOCUMENT_NOUNS.iter().any(|n| ends_with_word_ci(before, n))
        && prefix_ci(after.trim_start(), words::OF).is_none()
        && !dates_owned_document(sentence);
    let after_verb = before.ends_with(',')
        || ends_with_word_ci(before, words::AT_TIME)
        || prefix_ci(date, words::AT_TIME).is_some()
        || prefix_ci(date, words::FROM).is_some()
        || bare_day;
    // "… vào ngày 11/3/2022 tại Nhà văn hóa X, Hội Y tổ chức …": the verb may follow.
    let rest_of_sentence = after.split(". ").next().unwrap_or(after);
    if closes_clause
        && after_verb
        && EVENT_VERBS.iter().any(|v| {
            find_word_ci(sentence, v).is_some() || find_word_ci(rest_of_sentence, v).is_some()
        })
    {
        return true;
    }
    // "… của buổi lễ tốt nghiệp năm học 2019-2020 vào sáng 13/06, các con …": the date
    // "vào" an event's noun closes its clause, the event's date with no verb.
    let at_time =
        ends_with_word_ci(before, words::AT_TIME) || prefix_ci(date, words::AT_TIME).is_some();
    if closes_clause
        && at_time
        && find_all_words_of_ci(sentence, &EVENT_WORDS)
            .next()
            .is_some()
    {
        return true;
    }
    // "…, ngày 9/5/2020 các chi bộ … tổ chức đại hội": the date opens the clause whose
    // subject and event verb follow it; so it does after an introductory clause written
    // without its comma ("Được sự nhất trí của X ngày 22/10 trường Y tổ chức …"). A
    // document's date ("công văn số 95/PGDĐT ngày 21/9 …", "chỉ thị số 35, ngày 30/5 của …")
    // is not the event's.
    let intro_sentence =
        longest_prefix(sentence, &INTRO_OPENERS).is_some() && !sentence.contains(',');
    let owned = prefix_ci(after.trim_start(), words::OF).is_some();
    // A document is dated by its day, an event by its part of the day too ("Quyết định số
    // 73/QĐ-X, sáng ngày 18/10 Giám đốc tổ chức …").
    let timed = date.split(' ').take(2).any(|w| PARTS_OF_DAY.contains(&w));
    if (before.ends_with(',') || intro_sentence)
        && !owned
        && (timed || !after_document(before))
        && EVENT_VERBS
            .iter()
            .any(|v| find_word_ci(rest_of_sentence, v).is_some())
    {
        return true;
    }
    let clause_break = before.ends_with([',', ':', ';', '-', '–', '(']);
    let after = after.trim_start_matches(' ');
    // "Thời gian: 7h30 ngày 31 tháng 5 năm 2012 (thứ Năm)": a bracket after the date
    // holds its weekday or a note, the clause still ends with the date.
    let closes = after.is_empty()
        || after.starts_with([',', ':', '.', ')', '('])
        || prefix_ci(after, words::VENUE).is_some();
    clause_break && closes
}

/// A year for a date written without one, and where it was found (for the warning).
///
/// `latest` caps the year (the reference day's next year), `None` for no cap; `dated` is
/// the index of the dateline's paragraph.
pub fn infer_year(
    title: Option<&str>,
    paragraphs: &[&str],
    dated: usize,
    latest: Option<i32>,
) -> Option<(i32, String)> {
    // The latest plausible year named in the title, the lead or the dateline's own
    // paragraph (a lead about history, "Ngày 13/10/1945 …", names an old year): a review
    // "năm 2023" held in January may set tasks "năm 2024"; targets ("đến năm 2030") are
    // not dates.
    let latest = latest.unwrap_or(i32::MAX);
    let mut best: Option<(i32, String)> = None;
    let dated_paragraph = paragraphs
        .get(dated)
        .filter(|_| dated > 0)
        .map(|p| (*p, format!("paragraph {}", dated + 1)));
    // The plausible years of the title and the lead, each text read once.
    let mut named: Vec<(Vec<i32>, String)> = title
        .map(|t| (t, "the title".to_owned()))
        .into_iter()
        .chain(paragraphs.first().map(|p| (*p, "the lead".to_owned())))
        .map(|(text, label)| {
            let years = years_named(text).into_iter().filter(|y| *y <= latest);
            (years.collect(), label)
        })
        .collect();
    // The dated paragraph only moves a year the title or lead named to a later one: a
    // later paragraph's years alone are as often birth years ("SN 1996") as the date's.
    let lead_years = named.iter().any(|(years, _)| !years.is_empty());
    if let Some((text, label)) = dated_paragraph.filter(|_| lead_years) {
        let years = years_named(text).into_iter().filter(|y| *y <= latest);
        named.push((years.collect(), label));
    }
    for (years, label) in named {
        for year in years {
            if best.as_ref().is_none_or(|(b, _)| year > *b) {
                best = Some((year, label.clone()));
            }
        }
    }
    if best.is_some() {
        return best;
    }
    for p in paragraphs {
        for caps in FULL_DATE.captures_iter(p) {
            let year: Option<i32> = caps
                .get(3)
                .or_else(|| caps.get(4))
                .and_then(|y| y.as_str().parse().ok());
            let start = caps.get(0).unwrap().start();
            let year = year.filter(|y| *y <= latest && !after_document(&p[..start]));
            if let Some(year) = year {
                if best.as_ref().is_none_or(|(b, _)| year > *b) {
                    let written = caps.get(0).unwrap().as_str();
                    best = Some((year, format!("the date {written} in the text")));
                }
            }
        }
    }
    best
}

/// Years named in a text, without ranges of years ("2026 - 2031") and targets ("đến năm
/// 2030", "tầm nhìn 2045").
fn years_named(text: &str) -> Vec<i32> {
    year_spans(text)
        .filter(|&(a, b)| !in_year_range(text, a, b))
        .filter(|&(a, _)| !after_document(&text[..a]))
        .filter(|&(a, _)| {
            // The words right before the year only: lower-casing all of the text before
            // each year would take quadratic time.
            let mut from = a.saturating_sub(32);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = text[from..a].trim_end();
            !YEAR_TARGET_WORDS.iter().any(|w| ends_with_ci(before, w))
        })
        .filter_map(|(a, b)| text[a..b].parse().ok())
        .collect()
}

/// Byte spans of the years 1900–2099 written as a word of four digits ("2024", not the
/// "2024" of "12024"); a scan, as a pattern would cost a fresh process compile time.
pub(super) fn year_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i + 4 <= bytes.len() {
            let at = i;
            let four = &bytes[at..at + 4];
            let is_year = four.iter().all(u8::is_ascii_digit)
                && (four.starts_with(b"19") || four.starts_with(b"20"))
                && (at == 0 || !word(at - 1))
                && !word(at + 4);
            if is_year {
                i = at + 4;
                return Some((at, at + 4));
            }
            i += 1;
        }
        None
    })
}

/// True when the sentence before a day ends with a document and its owner ("Quyết Định của
/// Ban Chấp Hành, Ban Cố Vấn và Ban Giám Sát" before "ngày 17 tháng 4"): the day dates the
/// document, as it does right after the document's noun.
fn dates_owned_document(sentence: &str) -> bool {
    let Some((_, end, _)) = find_all_words_of_ci(sentence, &DOCUMENT_NOUNS).last() else {
        return false;
    };
    let owner = sentence[end..].trim_start();
    prefix_ci(owner, words::OF).is_some()
        && !owner.contains([';', '.', ':'])
        && word_count(owner) <= OWNER_WORDS
}

/// The full solar date in the brackets right after a day written without its year ("21/10/
/// Tân Sửu (25/11/2021)", "(nhằm ngày 25/11/2021)"): only a year's name, no number, between.
fn solar_in_brackets(paragraph: &str, end: usize) -> Option<Dateline> {
    let after = &paragraph[end..];
    let open = after.find('(').filter(|&i| i <= SOLAR_GAP)?;
    if after[..open].contains(|c: char| c.is_ascii_digit() || ".;,)".contains(c)) {
        return None;
    }
    let inner_start = end + open + 1;
    let inner = &paragraph[inner_start..];
    let close = inner.find(')')?;
    let inner = &inner[..close];
    let caps = FULL_DATE.captures(inner)?;
    let (d, m, y) = (caps.get(1)?, caps.get(2)?, caps.get(3)?);
    if word_count(&inner[..d.start()]) > 2
        || inner[..d.start()].contains(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (day, month): (u8, u8) = (d.as_str().parse().ok()?, m.as_str().parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then(|| Dateline {
        para: 0,
        start: inner_start + d.start(),
        // The clause goes on after the bracket, which the event's subject follows.
        end: inner_start + close + 1,
        date: EventDate {
            day,
            month,
            year: y.as_str().parse().ok(),
            year_inferred: false,
            text: inner[d.start()..y.end()].to_owned(),
        },
    })
}

/// Most bytes between a lunar day and the bracketed solar day after it ("/ Tân Sửu (").
const SOLAR_GAP: usize = 40;

/// Most words of a document's owner between the document and its day.
const OWNER_WORDS: usize = 16;

/// True when a date follows a document number ("Chỉ thị số 03/CT-BCA ngày 10-4-2009"):
/// the document's date is not the event's.
fn after_document(before: &str) -> bool {
    let mut start = before.len().saturating_sub(60);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    has_document_number(&before[start..])
}

/// True when `s` holds a document number: digits, "/" or "-", two capitals ("03/CT-BCA",
/// "57-NQ/TW").
fn has_document_number(s: &str) -> bool {
    s.match_indices(['/', '-']).any(|(i, _)| {
        let digit_before = s[..i].ends_with(|c: char| c.is_ascii_digit());
        let mut capitals = s[i + 1..].chars();
        digit_before
            && capitals.next().is_some_and(char::is_uppercase)
            && capitals.next().is_some_and(char::is_uppercase)
    })
}

/// True when the year at `start..end` is one end of a range ("2026 - 2031", "1963-2023").
fn in_year_range(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].trim_end();
    let after = s[end..].trim_start();
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let year_before = before.strip_suffix(dash).is_some_and(|b| {
        let b = b.trim_end();
        // Bytes, not chars: a multi-byte character may stand four bytes from the end.
        b.len() >= 4 && b.as_bytes()[b.len() - 4..].iter().all(u8::is_ascii_digit)
    });
    let year_after = after.strip_prefix(dash).is_some_and(|a| {
        let a = a.trim_start();
        a.len() >= 4 && a.as_bytes()[..4].iter().all(u8::is_ascii_digit)
    });
    year_before || year_after
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`find`] on paragraphs given as text.
    fn find_all(paragraphs: &[&str]) -> Option<Dateline> {
        let analysed: Vec<Paragraph> = paragraphs.iter().map(|p| Paragraph::new(p)).collect();
        find(&analysed.iter().collect::<Vec<_>>())
    }

    fn one(p: &str) -> Option<(u8, u8, Option<i32>, String)> {
        find_in_line(p).map(|d| (d.date.day, d.date.month, d.date.year, d.date.text))
    }

    #[test]
    fn dateline_forms() {
        type Case<'a> = (&'a str, (u8, u8, Option<i32>, &'a str));
        let cases: &[Case] = &[
            (
                "Sáng 12/4, tại Hà Nội, Bộ Công an tổ chức",
                (12, 4, None, "Sáng 12/4"),
            ),
            (
                "Chiều ngày 08/11/2023, Công an tỉnh họp",
                (8, 11, Some(2023), "Chiều ngày 08/11/2023"),
            ),
            ("Chiều 21.4, Ban Tuyên giáo", (21, 4, None, "Chiều 21.4")),
            ("Ngày 12-4, Công an tỉnh", (12, 4, None, "Ngày 12-4")),
            (
                "Từ ngày 21 đến 23/3/2019, tại Huế",
                (21, 3, Some(2019), "Từ ngày 21 đến 23/3/2019"),
            ),
            (
                "Trong 2 ngày 11 và 12/4, Học viện",
                (11, 4, None, "Trong 2 ngày 11 và 12/4"),
            ),
            (
                "Hà Nội, vào chiều nay (7/10), Bộ",
                (7, 10, None, "vào chiều nay (7/10)"),
            ),
            ("Sáng 12/4 tại Hà Nội Công an", (12, 4, None, "Sáng 12/4")),
            ("(BĐ) - Sáng 18/4, Huyện ủy", (18, 4, None, "Sáng 18/4")),
            ("(CAND) -Ngày 2/3, Cục", (2, 3, None, "Ngày 2/3")),
            ("QK2 – Sáng 5/6, Bộ Tư lệnh", (5, 6, None, "Sáng 5/6")),
            (
                "Ngày 12 tháng 4 năm 2024, Bộ",
                (12, 4, Some(2024), "Ngày 12 tháng 4 năm 2024"),
            ),
            (
                "Ông A cho biết: Đến ngày 17.4, tỉnh đã",
                (17, 4, None, "Đến ngày 17.4"),
            ),
            (
                "Ngày 17.2.2025, Ban Thường vụ",
                (17, 2, Some(2025), "Ngày 17.2.2025"),
            ),
            (
                "Trong các ngày 3 và 4-9-2021, tại Huế, Đảng bộ",
                (3, 9, Some(2021), "Trong các ngày 3 và 4-9-2021"),
            ),
            (
                "Chiều ngày thứ năm ngày 9 tháng 5 năm 2019. Hội Nông dân",
                (
                    9,
                    5,
                    Some(2019),
                    "Chiều ngày thứ năm ngày 9 tháng 5 năm 2019",
                ),
            ),
            // A weekday, a clock in "g", marks glued before the dateline.
            (
                "Sáng ngày Chủ nhật 16/11/2014, tại nhà hàng A, Hội B tổ chức họp mặt.",
                (16, 11, Some(2014), "Sáng ngày Chủ nhật 16/11/2014"),
            ),
            (
                "Chính vì vậy, chiều tối thứ Bảy- ngày 14/9 nhà trường đã tổ chức buổi gặp mặt.",
                (14, 9, None, "chiều tối thứ Bảy- ngày 14/9"),
            ),
            (
                "Lúc 17g30 ngày 24.6.2011, giáo xứ A đã cử hành thánh lễ.",
                (24, 6, Some(2011), "Lúc 17g30 ngày 24.6.2011"),
            ),
            (
                "Hòa chung không khí ngày hội, hôm nay ngày 05 tháng 09 năm 2023, thầy và trò trường A tổ chức lễ khai giảng.",
                (5, 9, Some(2023), "hôm nay ngày 05 tháng 09 năm 2023"),
            ),
            (
                "🌺☘Ngày 15/7/2023, Hội A tổ chức chuyến về nguồn.",
                (15, 7, Some(2023), "Ngày 15/7/2023"),
            ),
            (
                "Trong hai ngày 12 và 13 tháng 4 năm 2024, Hội A tổ chức đại hội.",
                (12, 4, Some(2024), "Trong hai ngày 12 và 13 tháng 4 năm 2024"),
            ),
            (
                "Hội A vừa tổ chức hội nghị tổng kết vào ngày 12/4 vừa qua.",
                (12, 4, None, "vào ngày 12/4"),
            ),
            (
                "Hội nghị đã được tổ chức tại thành phố A từ ngày 04~06/10/2019 với sự tham gia của 170 đại biểu.",
                (4, 10, Some(2019), "từ ngày 04~06/10/2019"),
            ),
            ("Sáng mồng 2/9, Hội A tổ chức lễ.", (2, 9, None, "Sáng mồng 2/9")),
            (
                "Ngày mùng 3 tháng 2 năm 2024, Hội A tổ chức gặp mặt.",
                (3, 2, Some(2024), "Ngày mùng 3 tháng 2 năm 2024"),
            ),
            // After the event, closing its clause: with "vào", a bracket, a bare day.
            (
                "Đồng chí Lê Văn An chủ trì phiên họp thường kỳ tháng 4 vào chiều 05/4/2021.",
                (5, 4, Some(2021), "vào chiều 05/4/2021"),
            ),
            (
                "Hội A tổ chức hội nghị sơ kết vào chiều qua (4-7).",
                (4, 7, None, "vào chiều qua (4-7)"),
            ),
            (
                "Hội A tổ chức hội nghị ngày 16 tháng 6.",
                (16, 6, None, "ngày 16 tháng 6"),
            ),
            (
                "Hội A tổ chức hội thi ngày 10.8.2018.",
                (10, 8, Some(2018), "ngày 10.8.2018"),
            ),
            (
                "Hội nghị được tổ chức tại TP. Phan Thiết từ ngày 04~06/10/2019 với sự tham gia của 170 đại biểu.",
                (4, 10, Some(2019), "từ ngày 04~06/10/2019"),
            ),
            (
                "Đoàn công tác tỉnh A đã có buổi làm việc với lãnh đạo Bộ B vào ngày 09/6.",
                (9, 6, None, "vào ngày 09/6"),
            ),
            // A part of the day dates an event, even right after a document's number.
            (
                "Thực hiện Quyết định số 73/QĐ-CT, sáng ngày 18/10/2023 Giám đốc công ty tổ chức hội nghị.",
                (18, 10, Some(2023), "sáng ngày 18/10/2023"),
            ),
        ];
        for (p, (d, m, y, t)) in cases {
            assert_eq!(one(p), Some((*d, *m, *y, t.to_string())), "{p}");
        }
    }

    #[test]
    fn ranges_weekdays_and_rites() {
        let got = one("Trong 3 ngày từ 17 tháng 3 đến ngày 19 tháng 3 năm 2021 Trung tâm A tổ chức 5 buổi mít tinh.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((17, 3, Some(2021))));
        let got =
            one("Trường A tổ chức tuần lễ hội xuân từ ngày 13/2/2023 đến hết ngày 17/2/2023.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((13, 2, Some(2023))));
        // "thứ ba ngày": a weekday, not "three days".
        let got = one("Tối hôm qua, vào lúc 18g00 thứ ba ngày 23/11, Giáo xứ A tổ chức thánh lễ.");
        assert_eq!(got.map(|d| (d.0, d.1)), Some((23, 11)));
        let got = one("Thánh lễ đã được cử hành lúc 04g30 ngày 29.09.2018 tại Nhà thờ A.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((29, 9, Some(2018))));
        // "ngày hôm nay" after the part of the day, a comma before the day, a list of days.
        let got = one("Nhân dịp kỷ niệm 10 năm thành lập (26/5/2013 - 26/5/2023), sáng ngày hôm nay 21/5/2023, CLB A tổ chức Lễ báo công.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((21, 5, Some(2023))));
        let got = one("Sáng nay, 13-9 Dòng họ A đã tổ chức Lễ phát thưởng.");
        assert_eq!(got.map(|d| (d.0, d.1)), Some((13, 9)));
        let got = one("Trong 03 ngày (18, 19 và 22/06/2020), Huyện đoàn A tổ chức tuyên truyền.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((18, 6, Some(2020))));
        // The date "vào" an event's noun, with no verb.
        let got = one("Trong khoảnh khắc cảm động của buổi lễ tốt nghiệp năm học 2019-2020 vào sáng 13/06, các con đã được vui.");
        assert_eq!(got.map(|d| (d.0, d.1)), Some((13, 6)));
    }

    #[test]
    fn a_documents_day_after_the_event_is_not_its_date() {
        assert_eq!(
            one("Hội A tổ chức hội nghị quán triệt Kế hoạch ngày 12/3."),
            None
        );
        assert_eq!(
            one("Hội A tổ chức hội nghị triển khai ngày 12/3 của Tỉnh ủy."),
            None
        );
        // The document's owner between it and its day; the meeting's day, weekday first,
        // follows.
        assert_eq!(
            one(
                "Chiếu theo Quyết Định của Ban Chấp Hành, Ban Cố Vấn ngày 17 tháng 4, 2016 và \
                 nhu cầu của Hội, ngày Chủ Nhật 10 tháng 7, 2016 vừa qua, Hội đã họp tại X."
            ),
            Some((10, 7, None, "ngày Chủ Nhật 10 tháng 7".into()))
        );
    }

    #[test]
    fn the_solar_day_in_brackets_after_a_lunar_one() {
        assert_eq!(
            one("Hôm nay ngày 21/10/ Tân Sửu (25/11/2021), Ban Trị sự tổ chức cuộc họp."),
            Some((25, 11, Some(2021), "25/11/2021".into()))
        );
        // A weekday in brackets is no solar day: the day itself stays.
        assert_eq!(
            one("Ngày 12/3 (thứ Hai), Hội A tổ chức hội nghị."),
            Some((12, 3, None, "Ngày 12/3".into()))
        );
    }

    #[test]
    fn dates_inside_a_clause_are_not_datelines() {
        assert_eq!(
            one("Dân số vào thời điểm 0h ngày 01/4/2019 là 96 triệu người."),
            None
        );
        assert_eq!(one("UBND tỉnh báo cáo trước ngày 5.5."), None);
        // A deadline, even of an event to be held.
        assert_eq!(
            one("HTX tổ chức Hội nghị chốt nhân sự trước ngày 14/12/2020."),
            None
        );
        assert_eq!(one("Kỷ niệm (30.4.1975 - 30.4.2025)"), None);
    }

    #[test]
    fn today_dated_by_the_source_tag() {
        let got = one("(BVA-29/12/2017) Sáng nay, tại hội trường, bệnh viện tổ chức hội nghị.");
        assert_eq!(got, Some((29, 12, Some(2017), "29/12/2017".to_owned())));
        assert_eq!(
            one("(BVA) Sáng nay, tại hội trường, bệnh viện tổ chức hội nghị."),
            None
        );
    }

    #[test]
    fn event_date_after_organised() {
        let got = one("Đây là thông tin tại Hội nghị tổ chức ngày 11/7 tại Hà Nội.");
        assert_eq!(got, Some((11, 7, None, "ngày 11/7".to_owned())));
    }

    #[test]
    fn date_before_the_subject_of_the_event_verb() {
        let got = one("Thực hiện kế hoạch của Đảng ủy Công ty cổ phần A, ngày 9/5/2020 các chi bộ khối B long trọng tổ chức đại hội.");
        assert_eq!(got, Some((9, 5, Some(2020), "ngày 9/5/2020".to_owned())));
        let got = one("Được sự nhất trí của Phòng Giáo dục huyện ngày 22/10/2021 trường Tiểu học B tổ chức Hội nghị viên chức.");
        assert_eq!(
            got,
            Some((22, 10, Some(2021), "ngày 22/10/2021".to_owned()))
        );
        // A document's date, with its number or its issuer, is not the event's.
        assert_eq!(
            one(
                "Thực hiện công văn số 95/PGDĐT ngày 21/9/2021 của Phòng về việc tổ chức Hội nghị."
            ),
            None
        );
        assert_eq!(
            one("Thực hiện chỉ thị số 35, ngày 30/5/2019 của Bộ Chính trị về tổ chức Đại hội."),
            None
        );
    }

    #[test]
    fn recurring_day_is_no_event_date() {
        assert_eq!(
            one("Ngày Quốc tế X được tổ chức vào ngày 8 tháng 3 hằng năm."),
            None
        );
        assert_eq!(one("Lễ hội diễn ra vào ngày 10/3 hàng năm."), None);
        let d =
            find_all(&["Ngày 20/11 là ngày Nhà giáo Việt Nam. Sáng 18/11, trường A tổ chức lễ."]);
        assert_eq!(d.map(|d| d.date.day), Some(18));
    }

    #[test]
    fn a_date_long_before_the_articles_years_is_history() {
        let d = find_all(&[
            "Ngày 13/10/1945, Chủ tịch Hồ Chí Minh gửi thư cho giới công thương.",
            "Năm 2020, chiều 9/10, Phòng Thương mại tổ chức chương trình kỷ niệm.",
        ]);
        assert_eq!(d.map(|d| (d.para, d.date.day)), Some((1, 9)));
        // A date near the years named stays the event's.
        let d = find_all(&["Ngày 13/10/2015, Hội A tổ chức đại hội nhiệm kỳ 2015-2020."]);
        assert_eq!(d.map(|d| d.date.day), Some(13));
    }

    #[test]
    fn date_of_a_numbered_item_before_its_weekday() {
        let got = one("1. Thời gian: ngày 31 tháng 5 năm 2012 (thứ Năm)");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((31, 5, Some(2012))));
    }

    #[test]
    fn worded_date_after_its_clock_time() {
        let got = one("2. Thời gian: 8h15 ngày 12 tháng 7 năm 2021 (thứ Hai)");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((12, 7, Some(2021))));
        let got = one("Lúc 14 giờ 30 ngày 3 tháng 4 năm 2020, Hội A tổ chức hội nghị.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((3, 4, Some(2020))));
        // The weekday before the day, "ngày" left out.
        let got =
            one("Trưa Chủ Nhật, 18 tháng 7 vừa qua, hơn 300 cựu học sinh tham dự buổi họp mặt.");
        assert_eq!(got.map(|d| (d.0, d.1, d.2)), Some((18, 7, None)));
    }

    #[test]
    fn later_paragraph_when_the_lead_has_none() {
        let d = find_all(&[
            "UBND tỉnh vừa ban hành văn bản.",
            "Chiều 22.4, lãnh đạo Sở cho biết",
        ]);
        assert_eq!(d.map(|d| (d.para, d.date.day)), Some((1, 22)));
    }

    #[test]
    fn years_are_inferred() {
        let t = Some("Giao ban công tác quý I/2024");
        assert_eq!(infer_year(t, &[], 0, None).map(|y| y.0), Some(2024));
        let t = Some("Hội nghị quy hoạch nhiệm kỳ 2026 - 2031");
        assert_eq!(
            infer_year(t, &["Kỷ niệm (30.4.1975 - 30.4.2025), sáng 22.4"], 0, None).map(|y| y.0),
            Some(2025)
        );
        assert_eq!(
            infer_year(None, &["Mục tiêu đến năm 2030 và năm 2025"], 0, None).map(|y| y.0),
            Some(2025)
        );
        assert_eq!(infer_year(None, &["Không có năm."], 0, None), None);
        assert_eq!(
            infer_year(
                None,
                &["Tổng kết Chỉ thị số 03/CT-BCA, ngày 10-4-2009"],
                0,
                None
            ),
            None
        );
        // A year after the reference day's next year is a target, not the event's.
        let lead = ["Phấn đấu năm 2027 và tổng kết năm 2025"];
        assert_eq!(
            infer_year(None, &lead, 0, Some(2026)).map(|y| y.0),
            Some(2025)
        );
        assert_eq!(infer_year(None, &lead, 0, None).map(|y| y.0), Some(2027));
    }

    #[test]
    fn year_from_the_dated_paragraph_after_a_lead_about_history() {
        let texts = [
            "Ngày 13/10/1945, Chủ tịch Hồ Chí Minh gửi thư.",
            "Năm 2004, Thủ tướng ký quyết định.",
            "Chiều 9/10, VCCI tổ chức Diễn đàn doanh nhân 2020.",
        ];
        assert_eq!(
            infer_year(None, &texts, 2, None),
            Some((2020, "paragraph 3".to_owned()))
        );
        // With no year in the lead, a later paragraph's year is no source.
        let texts = [
            "Ngày 5-8, Công an huyện bắt giữ hai đối tượng.",
            "Đối tượng A (SN 1996).",
        ];
        assert_eq!(infer_year(None, &texts, 1, None), None);
    }

    #[test]
    fn source_tags() {
        assert_eq!(source_tag_len("(BĐ) - Nhân kỷ niệm"), "(BĐ) - ".len());
        assert_eq!(
            source_tag_len("(Chinhphu.vn) – Tổng số"),
            "(Chinhphu.vn) – ".len()
        );
        assert_eq!(source_tag_len("Ngày 12/4, tại"), 0);
        assert_eq!(source_tag_len("(CAO) Ngày 23-6, tại"), "(CAO) ".len());
        assert_eq!(
            source_tag_len("(Baonghean.vn) - Sáng 8/3"),
            "(Baonghean.vn) - ".len()
        );
    }
}
