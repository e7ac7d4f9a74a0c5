//! Dates and clock times written inside an event sentence ("ngày 14/9", "vào lúc 11h00").

use super::phrase::strip_trailing;
use crate::parse::pattern::Pattern;
use crate::parse::rules::pattern;
use crate::parse::rules::words;
use crate::parse::rules::CLOCK_UNITS;
use crate::parse::rules::EVENT_DATE_LEADS;
use crate::parse::text::eq_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::lower_same_len;
use crate::parse::text::prefix_ci;
use crate::parse::text::split_top_level;
use std::sync::LazyLock;

/// A trailing "tổ chức ngày 11/7", "vào sáng 12/4", "ngày 12/4" on an event phrase, matched
/// in lower case.
static DATE_TAIL: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("date_tail")));

/// Start of a trailing date ("…, ngày 11/7", "tổ chức vào sáng 12/4"); a bare number date
/// that ends a name ("Ngày hội Quốc phòng toàn dân 22.12") is no tail.
pub(super) fn date_tail(e: &str) -> Option<usize> {
    if !e.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = lower_same_len(e);
    let pattern = DATE_TAIL.find(&lower).and_then(|m| {
        let introduced = m.as_str().contains(',') || m.as_str().chars().any(char::is_alphabetic);
        introduced.then_some(m.start())
    });
    match (pattern, time_adjunct(e)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The first numeric date in `s` ("14/9", "21-3", "09.6.2024", "04~06/10/2019", "2/2018"):
/// its byte range. Day and month have one or two digits, a year four; "120/152",
/// "1.000.000" and "78,94" are figures.
pub(super) fn date_token(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let digits = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let first = digits(i);
        let mut end = i + first;
        // "05 tháng 09 năm 2023": the month written as a word.
        if let Some(len) = (first <= 2).then(|| worded_month(&s[end..])).flatten() {
            return Some((i, end + len));
        }
        let mut groups = vec![first];
        while end + 1 < b.len() && b"/.-~".contains(&b[end]) && b[end + 1].is_ascii_digit() {
            let n = digits(end + 1);
            groups.push(n);
            end += 1 + n;
        }
        // "20/11/ 2023": a year typed after a space behind its slash.
        if groups.len() == 2 && b.get(end) == Some(&b'/') && b.get(end + 1) == Some(&b' ') {
            let n = digits(end + 2);
            if n == 4 {
                groups.push(n);
                end += 2 + n;
            }
        }
        let date_like = groups.len() >= 2
            && groups[0] <= 2
            && (groups[1] <= 2 || (groups.len() == 2 && groups[1] == 4))
            && groups[2..].iter().all(|&n| n <= 2 || n == 4);
        let glued = end < b.len() && b[end].is_ascii_alphanumeric();
        if date_like && !glued {
            return Some((i, end));
        }
        i = end.max(i + 1);
    }
    None
}

/// Length of " tháng 09" or " tháng 09 năm 2023" at the start of `s` (after a day), if any.
fn worded_month(s: &str) -> Option<usize> {
    let number = |t: &str, most: usize| {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        let glued = t[n..].starts_with(char::is_alphanumeric);
        (n >= 1 && n <= most && !glued).then_some(n)
    };
    fn after_word<'t>(t: &'t str, word: &str) -> Option<(usize, &'t str)> {
        let t = t.strip_prefix(' ')?;
        let len = prefix_ci(t, word)?;
        t[len..].strip_prefix(' ').map(|rest| (1 + len + 1, rest))
    }
    let (skip, rest) = after_word(s, words::MONTH)?;
    let month = number(rest, 2)?;
    let mut len = skip + month;
    if let Some((skip, rest)) = after_word(&s[len..], words::YEAR) {
        if let Some(year) = number(rest, 4).filter(|&n| n == 4) {
            len += skip + year;
        }
    }
    Some(len)
}

/// The first date in `s` that is written as one: introduced by a word of
/// [`EVENT_DATE_LEADS`] ("ngày 14/9", "sáng 12/4") or inside brackets ("(26/3/1931 –
/// 26/3/2017)"), unlike a number in a name ("Quảng trường 2/9"). Returns the start of its
/// lead words and the end of the date.
pub(super) fn introduced_date(s: &str) -> Option<(usize, usize)> {
    introduced_dates(s).next().map(|(a, b, _)| (a, b))
}

/// Every date of `s` written as one ([`introduced_date`]), with whether it is in brackets
/// (an anniversary's span, "(26/3/1931 – 26/3/2017)", rather than a date of the sentence).
pub(super) fn introduced_dates(s: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some((a, b)) = date_token(&s[from..]) {
            let (a, b) = (from + a, from + b);
            from = b;
            let before = s[..a].trim_end();
            let lead = strip_trailing(before, &EVENT_DATE_LEADS);
            let bracketed = s[..a].matches('(').count() > s[..a].matches(')').count();
            if bracketed {
                return Some((a, b, true));
            }
            if lead.len() < before.len() {
                return Some((lead.len(), b, false));
            }
        }
        None
    })
}

/// Start of a time adjunct that ends a phrase, whatever its words: "vào" or a comma, at
/// most four words without a number, then dates or clock times and nothing but closing
/// brackets ("… vào chiều qua (21.12)", "…, vào sáng ngày 12 tháng 12 năm 2019", "… vào lúc
/// 11h00 ngày 16/10"). It says when the event was, not which event; a month and a year
/// alone ("vào tháng 10 năm 2012", "tháng 5/2023") may be part of the name and are no tail.
fn time_adjunct(e: &str) -> Option<usize> {
    let mut starts: Vec<(usize, usize)> = find_all_words_ci(e, words::AT_TIME).collect();
    starts.extend(
        split_top_level(e, ',')
            .iter()
            .skip(1)
            .map(|&(a, _)| (a - 1, a)),
    );
    starts.sort_unstable();
    starts
        .into_iter()
        .find(|&(_, after)| times_to_end(&e[after..], 4))
        .map(|(a, _)| a)
}

/// True when `s` is, up to its end, at most `words` words without a number before a day
/// with its month or a clock time, then the same again or closing brackets and stops.
fn times_to_end(s: &str, words: usize) -> bool {
    let Some((a, b)) = [
        date_token(s).filter(|&(a, b)| has_day(&s[a..b])),
        clock_time(s),
    ]
    .into_iter()
    .flatten()
    .min() else {
        return false;
    };
    // Plain words only ("chiều qua (", "sáng ngày"): a dash or a number before the date
    // makes it the second end of a span ("(30/4/1975 - 30/4/2025)").
    let plain: Vec<&str> = s[..a]
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ',']))
        .filter(|w| !w.is_empty())
        .collect();
    // A "vào" further on opens the adjunct itself ("…, thành phố vào chiều 20-3": the
    // comma joins the phrase's own list).
    let later_at_time = plain.iter().skip(1).any(|w| eq_ci(w, words::AT_TIME));
    if plain.len() > words
        || later_at_time
        || !plain.iter().all(|w| w.chars().all(char::is_alphabetic))
    {
        return false;
    }
    let rest = s[b..].trim_start_matches(|c: char| c.is_whitespace() || ").,\"”".contains(c));
    rest.is_empty() || times_to_end(rest, 2)
}

/// True for a date token with a day ("21/3", "4-7-2014", "12 tháng 12"), not a month with
/// its year ("5/2023").
fn has_day(token: &str) -> bool {
    let parts: Vec<&str> = token.split(['/', '.', '-', '~']).collect();
    !(parts.len() == 2 && parts[1].len() == 4)
}

/// The first clock time in `s` ("11h00", "8 giờ 30", "7g"): an hour of one or two digits
/// and a unit of [`CLOCK_UNITS`], with its minutes.
pub(super) fn clock_time(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    (0..b.len()).find_map(|i| {
        let starts = b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        if !starts {
            return None;
        }
        let hour = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let rest = s[i + hour..].trim_start();
        let unit = CLOCK_UNITS.iter().find(|u| rest.starts_with(*u))?;
        let mut end = s.len() - rest.len() + unit.len();
        let minutes = s[end..].trim_start();
        let m = minutes.bytes().take_while(u8::is_ascii_digit).count();
        if m > 0 {
            end = s.len() - minutes.len() + m;
        }
        let glued = s[end..].starts_with(char::is_alphanumeric);
        (hour <= 2 && !glued).then_some((i, end))
    })
}

/// True when `s` holds a year as a word ("năm 2014", "2017-2021").
pub(super) fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}
