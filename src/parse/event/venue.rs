//! The venue: the noun phrase after "tại", where it stops, and whether it names a place.

use super::dates::introduced_date;
use super::lead::{aside_after, dateline_fragment};
use super::organizer::words_outside_brackets;
use super::phrase::strip_trailing;
use super::places::{is_address_part, is_admin_unit, is_locator, is_place_name};
use crate::parse::dateline::Dateline;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_DATE_LEADS;
use crate::parse::rules::EVENT_DATE_TRAILERS;
use crate::parse::rules::EVENT_HELD_VERBS;
use crate::parse::rules::EVENT_INCIDENT_VERBS;
use crate::parse::rules::EVENT_MET_VERBS;
use crate::parse::rules::EVENT_OPERATION_VERBS;
use crate::parse::rules::EVENT_PLANNED as PLANNED;
use crate::parse::rules::EVENT_VENUE_ENDS;
use crate::parse::rules::EVENT_VENUE_LABELS;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::NOT_VENUE_OPENERS;
use crate::parse::rules::ORGANISER_NOT_OPENERS;
use crate::parse::rules::VENUE_WORDS;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::eq_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::first_top_level_comma;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;
use crate::parse::text::split_top_level;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;
use crate::parse::text::Paragraph;

/// The venue right after a gathering verb of the dateline's sentence ("BLL đã họp tại Vườn
/// treo X để …", "… đã họp mặt tại nhà anh Y ở xã Z, huyện W"), read as a venue phrase.
pub(super) fn venue_of_meeting(paragraph: &Paragraph, dateline: &Dateline) -> Option<String> {
    let &(_, b) = paragraph
        .sentences
        .iter()
        .find(|&&(a, b)| a <= dateline.start && dateline.start < b)?;
    let sentence = paragraph.text.get(dateline.end.min(b)..b)?;
    EVENT_MET_VERBS.iter().find_map(|v| {
        find_all_words_ci(sentence, v).find_map(|(va, vb)| {
            // "… tham dự buổi họp mặt tại X": after an event noun ("buổi") the verb is the rest
            // of the event's name, not what people did, so the event reader names it.
            let head = sentence[..va].trim_end();
            let word = head.rfind(' ').map_or(0, |i| i + 1);
            if longest_prefix(&sentence[word..], &EVENT_WORDS)
                .is_some_and(|(_, len)| word + len >= head.len())
            {
                return None;
            }
            let rest = sentence[vb..].trim_start();
            let len = prefix_ci(rest, words::VENUE)?;
            let venue = venue_clause(&rest[len..]);
            is_addressed_venue(venue).then(|| venue.to_owned())
        })
    })
}

/// The venue of a sentence that labels it ("Địa điểm: Hội trường X", "Địa điểm tại Hội
/// trường X (111 Bà Huyện Thanh Quan, Quận 3)."), as a report or a programme lists when and
/// where.
pub(super) fn labelled_venue(paragraph: &Paragraph) -> Option<String> {
    paragraph.sentences.iter().find_map(|&(a, b)| {
        let sentence = &paragraph.text[a..b];
        let (_, len) = longest_prefix(sentence, &EVENT_VENUE_LABELS)?;
        let rest = sentence[len..].trim_start();
        let rest = match rest.strip_prefix(':') {
            Some(r) => r,
            None => &rest[prefix_ci(rest, words::VENUE)?..],
        };
        let venue = venue_clause(rest);
        is_addressed_venue(venue).then(|| venue.to_owned())
    })
}

/// The venue of a later sentence about the event: "Buổi lễ đã được tổ chức trang trọng tại
/// Nhà hát X, Thành phố Y." (an event noun opens it, a passive verb and "tại" follow).
pub(super) fn venue_of_held(paragraph: &Paragraph) -> Option<String> {
    paragraph.sentences.iter().find_map(|&(a, b)| {
        let sentence = &paragraph.text[a..b];
        longest_prefix(sentence, &EVENT_WORDS)?;
        // "… được tổ chức tại …", or a verb that needs no "được" ("Hội nghị diễn ra tại …").
        let organised = find_word_ci(sentence, words::ORGANIZE)
            .filter(|&(va, _)| ends_with_word_ci(sentence[..va].trim_end(), words::PASSIVE));
        let (va, vb) = organised.or_else(|| {
            EVENT_HELD_VERBS
                .iter()
                .filter_map(|v| find_word_ci(sentence, v))
                .min()
        })?;
        let before = sentence[..va].trim_end();
        let before = before
            .strip_suffix(words::PASSIVE)
            .map_or(before, str::trim_end);
        // "Hội nghị lần sau sẽ được tổ chức tại …": a planned one, not this event's venue.
        if PLANNED.iter().any(|w| ends_with_word_ci(before, w)) {
            return None;
        }
        let (_, tb) = find_word_ci(&sentence[vb..], words::VENUE)?;
        let venue = venue_clause(&sentence[vb + tb..]);
        is_venue(venue).then(|| venue.to_owned())
    })
}

/// The venue of a sentence that is nothing but "Tại X." after the event's sentence ("…
/// tổ chức Hội nghị Khoa học cấp bộ môn. Tại Hội trường Cơ sở II Viện (…)."), where the
/// writer put the event's venue in a sentence of its own.
pub(super) fn venue_sentence(paragraph: &Paragraph) -> Option<String> {
    paragraph.sentences.iter().find_map(|&(a, b)| {
        let sentence = trim_end_punct(paragraph.text[a..b].trim());
        let len = prefix_ci(sentence, words::VENUE)?;
        let rest = sentence[len..].trim_start();
        let venue = venue_clause(rest);
        (venue.len() == rest.len() && is_addressed_venue(venue)).then(|| venue.to_owned())
    })
}

/// The venue at the start of `s` (after "tại", with no subject after it): its first clause
/// with the administrative units or the short place name that follow it ("Nhà hát Hòa
/// Bình, Thành phố Hồ Chí Minh", "Trung tâm Hội nghị Quốc gia, Hà Nội, với sự …").
pub(super) fn venue_clause(s: &str) -> &str {
    let s = venue_phrase(s);
    let Some(mut end) = first_top_level_comma(s) else {
        return trim_end_punct(s);
    };
    loop {
        let rest = &s[end + 1..];
        let next = first_top_level_comma(rest).unwrap_or(rest.len());
        let part = rest[..next].trim();
        if !is_admin_unit(part) && !is_place_name(part) {
            return trim_end_punct(&s[..end]);
        }
        end += 1 + next;
        if end >= s.len() {
            return trim_end_punct(s);
        }
    }
}

/// The venue noun phrase at the start of `s` (after "tại"), as [`venue_phrase`] reads it,
/// stopping before a comma part written in lower case that locates nothing ("nhà hàng X,
/// trong bầu không khí thân tình …": a clause of the sentence); a capitalised part (the
/// building's owner, "Hội trường Rùa, Đại học Cần Thơ") or a unit stays.
pub(super) fn venue_before_clause(s: &str) -> &str {
    let s = venue_phrase(s);
    let parts = split_top_level(s, ',');
    parts
        .iter()
        .skip(1)
        .find(|&&(a, b)| {
            let part = s[a..b].trim();
            part.starts_with(char::is_lowercase) && !is_locator(part) && !is_address_part(part)
        })
        .map_or(s, |&(a, _)| trim_end_punct(&s[..a]))
}

/// The venue noun phrase at the start of `s` (after "tại"): it stops before a date ("tại
/// X từ ngày 04/10"), and before a word that opens a purpose, an agent or the sentence's
/// next predicate ("tại Trụ sở X, Hà Nội trao đổi về …").
pub(super) fn venue_phrase(s: &str) -> &str {
    let s = trim_end_punct(s.trim_start());
    let mut end = s.len();
    for w in EVENT_VENUE_ENDS.iter() {
        let lower =
            find_all_words_ci(s, w).find(|&(a, _)| a > 0 && s[a..].starts_with(char::is_lowercase));
        if let Some((a, _)) = lower {
            end = end.min(a);
        }
    }
    if let Some((a, _)) = introduced_date(&s[..end]) {
        end = a;
    }
    strip_trailing(&s[..end], &EVENT_DATE_LEADS)
}

/// The venue right after the dateline of a sentence that names no event, unless the sentence
/// reports an operation ("Ngày 31-5, tại hội trường UBND xã X, TAQS … tổ chức xét xử lưu
/// động …": a trial; "… bắt giữ 2 đối tượng": an arrest; "… đã xảy ra vụ cháy": an
/// incident; no meeting).
pub(super) fn dateline_venue(paragraph: &Paragraph, dateline: &Dateline) -> Option<String> {
    let &(a, b) = paragraph
        .sentences
        .iter()
        .find(|&&(a, b)| a <= dateline.start && dateline.start < b)?;
    let sentence = &paragraph.text[a..b];
    // An operation's verb anywhere in it ("Công an huyện B bắt giữ 2 đối tượng …"): police
    // or court news, no meeting.
    let operation = EVENT_OPERATION_VERBS
        .iter()
        .chain(EVENT_INCIDENT_VERBS.iter())
        .any(|v| find_word_ci(sentence, v).is_some());
    if operation {
        return None;
    }
    // "Ngày 15/10/2012, tại TTGDTX X dưới sự chứng kiến của …." with no comma after the venue.
    let date = (dateline.start - a, dateline.end.min(b) - a);
    place_after_dateline(paragraph.text, dateline)
        .or_else(|| dateline_fragment(sentence, Some(date)).flatten())
}

/// The venue written right after the dateline ("Sáng 26/12, tại Hà Nội, …"), for an event
/// named elsewhere.
pub fn place_after_dateline(paragraph: &str, dateline: &Dateline) -> Option<String> {
    let rest = paragraph.get(dateline.end..)?;
    let mut rest = rest[aside_after(rest)..].trim_start_matches([',', ' ']);
    // "Vào ngày 13 và 14 tháng 11 vừa qua, tại …": a word that ends the date comes first.
    if let Some((_, len)) = longest_prefix(rest, &EVENT_DATE_TRAILERS) {
        rest = rest[len..].trim_start_matches([',', ' ']);
    }
    // "Ngày 23/5, tại làng A, xã B. Chi nhánh C …, D tổ chức": the sentence ends with the
    // venue.
    place_at(rest).map(|(mut place, _)| {
        if let Some(end) = sentence_break(&place) {
            place.truncate(end);
        }
        place
    })
}

/// "tại X, …" at the start of `s`: the place and the length consumed (with the comma). The
/// administrative units that locate X ("tại Phú Quốc, tỉnh Kiên Giang, Bộ Tư lệnh …") are
/// part of it while another comma follows them: the last part before the verb is its subject.
pub(super) fn place_at(s: &str) -> Option<(String, usize)> {
    let len = prefix_ci(s, words::VENUE)?;
    let rest = &s[len..];
    let mut comma = first_top_level_comma(rest)?;
    if let Some(end) = listed_places(rest, comma) {
        comma = end;
    }
    while let Some(next) = first_top_level_comma(&rest[comma + 1..]) {
        let part = rest[comma + 1..comma + 1 + next].trim();
        // A city or a country by its name alone ("tại Trung tâm Hội nghị Quốc gia, Hà Nội,
        // Công đoàn X tổ chức") locates the venue as a unit with its name does.
        // "tại Hội trường tầng 2, Nhà Khách Bộ Quốc phòng (số 266 Thụy Khuê, …), Hội nghị
        // …": a building given with its street address in brackets holds the room before it.
        if !is_locator(part) && !is_address_part(part) && !is_addressed_building(part) {
            break;
        }
        comma += 1 + next;
    }
    let x = rest[..comma].trim();
    // The venue's own words, not the units and address parts that locate it, nor the
    // address in brackets ("trụ sở Hội X (toạ lạc tại số 122 …, quận 1, TP.HCM)").
    if words_outside_brackets(first_clause(x)) > 15 || x.is_empty() {
        return None;
    }
    let after = &rest[comma + 1..];
    Some((
        x.to_owned(),
        len + comma + 1 + (after.len() - after.trim_start().len()),
    ))
}

/// True for a venue followed by its street address in brackets ("Nhà Khách Bộ Quốc phòng
/// (số 266 Thụy Khuê, Tây Hồ, Hà Nội)"): the bracket closes the part and opens with an
/// address part or ends with a unit or a city that locates it.
fn is_addressed_building(part: &str) -> bool {
    let Some((name, inside)) = part.strip_suffix(')').and_then(|p| p.split_once('(')) else {
        return false;
    };
    let parts = split_top_level(inside, ',');
    let first = parts.first().map_or("", |&(a, b)| inside[a..b].trim());
    let last = parts.last().map_or("", |&(a, b)| inside[a..b].trim());
    is_venue(name.trim()) && (is_address_part(first) || is_locator(last))
}

/// True for the places a plural venue lists ([`listed_places`]): "các trường A, B và C", many
/// venues named one by one, unlike "các đơn vị" (none of them named).
pub(super) fn is_place_list(p: &str) -> bool {
    prefix_ci(p, words::PLURAL).is_some()
        && first_top_level_comma(p).is_some()
        && find_word_ci(p, words::AND).is_some()
}

/// "các trường A, B, C và D, Huyện đoàn X tổ chức …": a plural venue lists its places after
/// commas, the last joined by "và"; returns the offset of the comma after that last one. The
/// list's items are names (capitalised, a few words each); without the "và" nothing is
/// listed, and the part after the first comma may be the subject.
fn listed_places(rest: &str, first_comma: usize) -> Option<usize> {
    prefix_ci(rest.trim_start(), words::PLURAL)?;
    let mut at = first_comma;
    loop {
        let next = first_top_level_comma(&rest[at + 1..])?;
        let part = rest[at + 1..at + 1 + next].trim();
        if !part.starts_with(char::is_uppercase) || word_count(part) > 12 {
            return None;
        }
        at += 1 + next;
        if find_word_ci(part, words::AND).is_some() {
            return Some(at);
        }
    }
}

/// "Tại X, " just before the dateline, or "Tại X, xã Y, huyện Z, " with the units that
/// locate it.
pub(super) fn place_before(s: &str) -> Option<String> {
    let s = s.trim_end().strip_suffix(',')?;
    let (_, end) = find_all_words_ci(s, words::VENUE).last()?;
    let x = s[end..].trim();
    (!x.is_empty() && is_addressed_venue(x)).then(|| x.to_owned())
}

/// The text up to the first top-level comma or the end.
pub(super) fn first_clause(s: &str) -> &str {
    let s = s.trim_start();
    trim_end_punct(first_top_level_comma(s).map_or(s, |i| &s[..i]))
}

/// True when `x` names a venue: a proper name or a venue noun, and not too long.
pub(super) fn is_venue(x: &str) -> bool {
    let n = word_count(x);
    if n == 0 || n > 15 {
        return false;
    }
    if NOT_VENUE_OPENERS
        .iter()
        .any(|w| prefix_ci(x, w.trim()).is_some())
    {
        return false;
    }
    x.starts_with(|c: char| c.is_uppercase())
        || longest_prefix(x, &VENUE_WORDS).is_some()
        || named_with_common_noun(x)
        || located_venue(x)
}

/// True when `x` names a venue, or a venue with the address parts and units that locate it
/// after commas ("Cung Văn hóa X, số 53 phố Y, Hải Phòng"), too long for [`is_venue`]
/// alone: the venue after "tại" that ends an event phrase.
pub(super) fn is_addressed_venue(x: &str) -> bool {
    let parts = split_top_level(x, ',');
    is_venue(x)
        || (parts.len() > 1
            && is_venue(x[parts[0].0..parts[0].1].trim())
            && parts[1..].iter().all(|&(a, b)| {
                let part = x[a..b].trim();
                is_locator(part) || is_address_part(part)
            }))
}

/// True when `x` is a short spot located by a venue of its own ("lễ đài chính đặt tại chùa
/// A, xã B"): up to five words without a comma, then "tại" and a venue.
fn located_venue(x: &str) -> bool {
    find_word_ci(x, words::VENUE).is_some_and(|(a, b)| {
        let spot = &x[..a];
        a > 0 && !spot.contains(',') && word_count(spot) <= 5 && is_venue(x[b..].trim_start())
    })
}

/// True for a place written with its common noun in lower case before its capitalised name
/// ("trường Trung học cơ sở Xuân Hòa", "nhà hàng Vườn Hồng"), not an event ("lễ Kỷ niệm …").
fn named_with_common_noun(x: &str) -> bool {
    name_after_common_noun(x).is_some_and(|at| x[at..].starts_with(char::is_uppercase))
        && longest_prefix(x, &EVENT_WORDS).is_none()
}

/// Where the name starts after one to three lower-case words ("trường", "bệnh viện",
/// "trường mầm non") that open `s`, when more words follow them. Three words only before a
/// short name ("trường mầm non Sơn Ca", "chi bộ khối Văn phòng, …", unlike "phóng viên báo X
/// có chuyến công tác tại …") and without a preposition or a copula among them ("đoàn của Bộ
/// X").
pub(super) fn name_after_common_noun(s: &str) -> Option<usize> {
    let parts: Vec<&str> = s.splitn(5, ' ').collect();
    let noun_words = parts
        .iter()
        .take(4)
        .take_while(|w| w.starts_with(char::is_lowercase))
        .count();
    let plain = || {
        parts[..noun_words]
            .iter()
            .all(|w| longest_prefix(w, &ORGANISER_NOT_OPENERS).is_none() && !eq_ci(w, words::VENUE))
            && word_count(first_clause(
                &s[parts[..noun_words]
                    .iter()
                    .map(|w| w.len() + 1)
                    .sum::<usize>()..],
            )) <= 5
    };
    ((1..=3).contains(&noun_words) && parts.len() > noun_words && (noun_words < 3 || plain()))
        .then(|| parts[..noun_words].iter().map(|w| w.len() + 1).sum())
}

/// True when `before` (the text before a word) ends inside a venue's name: a "tại" then a
/// venue word ("Trung tâm", "Nhà văn hóa") and no comma or clause end since.
pub(super) fn in_venue_name(before: &str) -> bool {
    let clause = before
        .rfind([',', ';', '.', ':'])
        .map_or(before, |i| &before[i + 1..]);
    find_all_words_ci(clause, words::VENUE)
        .last()
        .is_some_and(|(_, tb)| {
            let venue = clause[tb..].trim_start();
            longest_prefix(venue, &VENUE_WORDS).is_some()
        })
}

/// Offset of a full stop that ends a sentence inside a value ("xã A. Chi nhánh B …"): after
/// a word of three letters or more and before a capital, unlike "TP. Hồ Chí Minh".
pub(super) fn sentence_break(v: &str) -> Option<usize> {
    v.match_indices(". ").map(|(i, _)| i).find(|&i| {
        let word = v[..i]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        word.chars().count() >= 3
            && word.chars().all(char::is_alphabetic)
            && v[i + 2..].starts_with(char::is_uppercase)
    })
}
