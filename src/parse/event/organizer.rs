//! The organiser: whether a subject reads as a body, and the opening words cut off before it.

use super::dates::has_year;
use super::lead::is_time_phrase;
use super::places::is_locator;
use super::venue::name_after_common_noun;
use crate::parse::people::mention_at_start;
use crate::parse::people::starts_with_marker;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_TIME_PHRASES;
use crate::parse::rules::ORGANISATION_HEADS;
use crate::parse::rules::ORGANISER_GROUPS;
use crate::parse::rules::ORGANIZE_ADVERBS;
use crate::parse::rules::{
    EVENT_CLAUSE_WORDS, EVENT_CONNECTORS, INTRO_OPENERS, ORGANISER_NOT_OPENERS,
};
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::first_top_level_comma;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;
use crate::parse::text::split_top_level;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;

/// The organiser after a lower-case opening phrase (up to its last semicolon): its last
/// comma part, or the run of capitalised parts that ends it (a body and its parent, "…, Cục
/// X, Bộ Y"), not a city or a unit that locates it first.
pub(super) fn body_after_opening(subject: &str) -> &str {
    // "thực hiện Kế hoạch … của Chi nhánh X; Chi nhánh X phối hợp …": a semicolon closes the
    // opening clause as a comma does.
    let subject = subject
        .rsplit_once(';')
        .map_or(subject, |(_, rest)| rest.trim());
    let parts = split_top_level(subject, ',');
    let part = |&(a, b): &(usize, usize)| subject[a..b].trim();
    let last = parts.last().map_or("", part);
    let mut run = parts
        .iter()
        .rposition(|p| !part(p).starts_with(char::is_uppercase))
        .map_or(0, |i| i + 1);
    while run + 1 < parts.len() {
        if !is_locator(part(&parts[run])) {
            break;
        }
        run += 1;
    }
    match parts.get(run) {
        Some(&(a, _)) if run + 1 < parts.len() && body_reading(subject[a..].trim()).is_some() => {
            subject[a..].trim()
        }
        _ => last,
    }
}

/// `s` after the adverbs that follow "tổ chức" at its start ("thành công", "trọng thể"),
/// trimmed.
pub(super) fn skip_adverbs(s: &str) -> &str {
    let mut s = s.trim_start();
    while let Some((_, len)) = longest_prefix(s, &ORGANIZE_ADVERBS) {
        s = s[len..].trim_start();
    }
    s
}

/// Removes adverbs between a subject and "tổ chức" ("đã", "long trọng", "phối hợp"),
/// written in lower case as listed: a capitalised word is part of a name ("Lâm Đồng").
pub(super) fn strip_adverbs(s: &str) -> &str {
    let mut s = trim_end_punct(s.trim());
    loop {
        let before = s;
        for adverb in ORGANIZE_ADVERBS.iter() {
            if s.ends_with(adverb) && ends_with_word_ci(s, adverb) {
                s = trim_end_punct(s[..s.len() - adverb.len()].trim_end());
            }
        }
        if s == before {
            return s;
        }
    }
}

/// True for an organisation written with a lower-case common noun before its name
/// ("trường Đại học Kinh tế quốc dân").
pub(super) fn is_common_noun_name(s: &str) -> bool {
    // One or two lower-case words ("trường", "bệnh viện") before the capitalised name.
    name_after_common_noun(s).is_some_and(|at| is_organisation(&s[at..]))
}

/// How `s` reads as the organiser, if it does: "" for a capitalised name ("Trường THCS A"),
/// else the weaker reading it needs: `.common_noun` for bodies written with their common
/// noun in lower case ("trường MN Xuân Lĩnh", "chùa A, thiền viện B"), `.members` for the
/// people of a body ("thầy và trò trường THCS A"), `.plural` for bodies named in the plural,
/// each holding the event ("các cơ sở Đoàn khối xã A và Đoàn Khối B").
pub(super) fn body_reading(s: &str) -> Option<&'static str> {
    let named = |b: &str| is_organisation(b) || is_common_noun_list(b);
    if is_organisation(s) {
        Some("")
    } else if is_common_noun_list(s) {
        Some(".common_noun")
    } else if longest_prefix(members_of(s), &ORGANISER_GROUPS).is_some_and(|(_, len)| {
        let s = members_of(s);
        named(s[len..].trim_start())
    }) {
        Some(".members")
    } else if prefix_ci(s, words::PLURAL)
        .is_some_and(|len| is_common_noun_list(s[len..].trim_start()))
    {
        Some(".plural")
    } else {
        None
    }
}

/// `s` after a plural "các" that opens a group of a body's people ("các giáo viên và học
/// sinh trường A").
fn members_of(s: &str) -> &str {
    prefix_ci(s, words::PLURAL).map_or(s, |len| s[len..].trim_start())
}

/// True when `s`, all that stands between a dateline and its "tổ chức", reads as a subject
/// written in lower case ("đoàn xã", "bạn chiến đấu trung đoàn 24, sư đoàn 10", "32 khối lớp
/// trong nhà trường X"): a noun phrase of up to 30 words (as for a capitalised body), not a
/// clause, an introduction, a fragment of another clause or a time phrase.
pub(super) fn is_lower_case_subject(s: &str) -> bool {
    s.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && (1..=30).contains(&words_outside_brackets(s))
        // "Ngày 1.3 tới, toàn tỉnh sẽ …": a lone word before a comma ends the time phrase.
        && first_top_level_comma(s).is_none_or(|c| word_count(&s[..c]) >= 2)
        && !s.contains([';', ':', '%', '"', '“', '”'])
        && longest_prefix(s, &ORGANISER_NOT_OPENERS).is_none()
        && longest_prefix(s, &INTRO_OPENERS).is_none()
        && longest_prefix(s, &EVENT_CONNECTORS).is_none()
        && longest_prefix(s, &EVENT_TIME_PHRASES).is_none()
        && !EVENT_CLAUSE_WORDS
            .iter()
            .any(|w| find_word_ci(s, w).is_some())
        // "phóng viên báo X có chuyến công tác tại xã A": a clause of its own.
        && [words::HAVE, words::VENUE]
            .iter()
            .all(|w| find_word_ci(s, w).is_none())
        && crate::parse::dateline::find_in_line(s).is_none()
}

/// True for one body or co-organisers joined by commas, each written with its common noun in
/// lower case or as a capitalised name, at least one of them lower case ("chùa Bửu Thành,
/// thiền viện Tuệ Quang (TP. Thủ Đức)").
fn is_common_noun_list(s: &str) -> bool {
    let parts: Vec<&str> = split_top_level(s, ',')
        .iter()
        .map(|&(a, b)| s[a..b].trim())
        .collect();
    parts.iter().any(|p| is_common_noun_name(p))
        && parts
            .iter()
            .all(|p| is_common_noun_name(p) || is_organisation(p))
}

/// The number of words (not dashes) outside brackets: "(Học viện Chính trị - Hành chính Quốc gia Hồ Chí
/// Minh)" after a body's name says whose it is and does not make the subject longer.
pub(super) fn words_outside_brackets(s: &str) -> usize {
    let mut depth = 0usize;
    let outside: String = s
        .chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth > 0 || c == ')' {
                ' '
            } else {
                c
            }
        })
        .collect();
    outside
        .split_whitespace()
        .filter(|w| w.contains(char::is_alphanumeric))
        .count()
}

/// True when the subject reads as an organisation: capitalised, short, not a person (a
/// body's noun that is also a family name, "Đoàn Khối các cơ quan tỉnh", is a body unless
/// a rank or honorific marks a person).
pub(super) fn is_organisation(s: &str) -> bool {
    // A ';' ends a clause: "X trao tặng …; đồng thời tổ chức" has no body as its subject.
    !s.is_empty()
        && !s.contains(';')
        && s.starts_with(|c: char| c.is_uppercase())
        && words_outside_brackets(s) <= 30
        && (mention_at_start(s).is_none()
            || (longest_prefix(s, &ORGANISATION_HEADS).is_some() && !starts_with_marker(s)))
}

/// The part of an organiser after an opening time phrase ("Mở đầu năm 2014, Ban X" → "Ban
/// X"): the part before its first top-level comma holds a year, and a subject follows. A
/// comma part that is a time phrase alone ("Năm nay, Trường X", "Quận Đoàn …, sáng nay,
/// trường X") opens the clause wherever it stands: the subject is what follows it.
pub(super) fn after_time_phrase(o: &str) -> &str {
    let Some(c) = first_top_level_comma(o) else {
        return o;
    };
    let rest = o[c + 1..].trim_start();
    if has_year(&o[..c]) && rest.starts_with(char::is_uppercase) {
        return rest;
    }
    let parts = split_top_level(o, ',');
    let time = parts
        .iter()
        .rposition(|&(a, b)| is_time_phrase(o[a..b].trim()));
    match time.and_then(|i| parts.get(i + 1)) {
        Some(&(a, _)) if body_reading(o[a..].trim()).is_some() => o[a..].trim(),
        _ => o,
    }
}

/// `s` without `word` as its last word ("X có" → "X").
pub(super) fn without_last_word<'a>(s: &'a str, word: &str) -> &'a str {
    match s.strip_suffix(word) {
        Some(rest) if rest.ends_with(' ') => rest.trim_end(),
        _ => s,
    }
}

/// An event phrase ending with its agent ("Hội nghị … do Liên đoàn Lao động tỉnh tổ chức
/// sáng 2/10"): the phrase before "do" and the organiser.
pub(super) fn by_organiser(object: &str) -> (&str, Option<String>) {
    for (da, db) in find_all_words_ci(object, words::BY) {
        let Some((oa, _)) = find_word_ci(&object[db..], words::ORGANIZE) else {
            continue;
        };
        // The agent read as a subject is ("do trường Tiểu học A tổ chức").
        let agent = strip_adverbs(&object[db..db + oa]);
        if body_reading(agent).is_some() {
            return (trim_end_punct(&object[..da]), Some(agent.to_owned()));
        }
    }
    (object, None)
}
