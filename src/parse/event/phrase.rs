//! Where an event noun phrase ends: its clause, a second predicate, a purpose, a photo marker,
//! a date or a venue tail.

use super::dates::{date_tail, introduced_date};
use super::venue::{is_addressed_venue, is_venue, venue_before_clause, venue_phrase};
use crate::parse::people::mention_at_start;
use crate::parse::people::starts_with_marker;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_COMMENT_VERBS;
use crate::parse::rules::EVENT_EVENT_STOPS as EVENT_STOPS;
use crate::parse::rules::EVENT_OCCASION_WORDS;
use crate::parse::rules::EVENT_PURPOSE_GOES_ON;
use crate::parse::rules::EVENT_PURPOSE_WORDS;
use crate::parse::rules::EVENT_SECOND_VERBS;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::INTRO_OPENERS;
use crate::parse::rules::ONLINE_POINTS;
use crate::parse::rules::PHOTO_WORDS;
use crate::parse::rules::PLACE_NAMES;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;
use crate::parse::text::split_top_level;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;

/// Cuts an event phrase at the end of its clause, dropping "do … chủ trì", "dưới sự chủ
/// trì …", a date tail and a venue tail (returned as the place).
pub(super) fn cut_event(object: &str) -> (String, Option<String>) {
    let (a, b) = split_top_level(object, ';')[0];
    let mut e = trim_end_punct(&object[a..b]);
    // "… qua các thời kỳ.Thay mặt …": a full stop written without its space still ends
    // the sentence (a lower-case letter before it, a capitalised word after; "TP.HCM" and
    // "Tp.HCM" are abbreviations).
    if let Some(i) = glued_full_stop(e).or_else(|| glued_opener(e)) {
        e = trim_end_punct(&e[..i]);
    }
    // ", đồng chí X, … chủ trì": a new clause with a person as its subject; ", có lãnh đạo X
    // đến dự": a clause of who was there; ", khẳng định vai trò …": a comment on the event.
    if let Some(&(a, _)) = split_top_level(e, ',').iter().skip(1).find(|&&(a, _)| {
        let part = e[a..].trim_start();
        if inside_quotes(&e[..a]) {
            return false;
        }
        (mention_at_start(part).is_some() && longest_prefix(part, &PLACE_NAMES).is_none())
            || prefix_ci(part, words::HAVE).is_some()
            || longest_prefix(part, &EVENT_COMMENT_VERBS).is_some()
    }) {
        e = trim_end_punct(&e[..a]);
    }
    // What the stops cut ("… với sự tham dự của X tại Hội trường Y"): its venue is the
    // event's, kept for when the event phrase names none.
    let before_stops = e;
    for stop in EVENT_STOPS.iter() {
        if let Some(i) = e.find(stop) {
            if EVENT_PURPOSE_GOES_ON.contains(stop) && purpose_start(e) < i {
                continue;
            }
            let tail = &e[i..];
            if find_word_ci(stop, words::BY).is_none() || tail.contains(words::CHAIR) {
                e = trim_end_punct(&e[..i]);
            }
        }
    }
    // The second predicate's venue ("… và trao giấy chứng nhận tại Nhà thiếu nhi") is the
    // sentence's, kept for when the event phrase names none.
    let mut second_tail = "";
    if let Some(i) = second_predicate(e) {
        second_tail = &e[i..];
        e = trim_end_punct(&e[..i]);
    }
    // "… năm học 2013-2014 (ảnh)": a photo marker is no part of the phrase.
    if let Some(i) = photo_marker(e) {
        e = trim_end_punct(&e[..i]);
    }
    if let Some(i) = date_tail(e).filter(|&i| !after_occasion(&e[..i])) {
        e = trim_end_punct(&e[..i]);
    }
    let place = if let Some((ta, tb)) = venue_at(e) {
        let venue = venue_before_clause(&e[tb..]);
        e = trim_end_punct(&e[..ta]);
        if let Some(i) = date_tail(e).filter(|&i| !after_occasion(&e[..i])) {
            e = trim_end_punct(&e[..i]);
        }
        is_addressed_venue(venue).then(|| venue.to_owned())
    } else {
        let stop_tail = before_stops.get(e.len()..).unwrap_or("");
        [second_tail, stop_tail].iter().find_map(|tail| {
            let (_, tb) = venue_at(tail)?;
            let venue = venue_before_clause(&tail[tb..]);
            is_venue(venue).then(|| venue.to_owned())
        })
    };
    (e.to_owned(), place)
}

/// Offset of the "và" that opens a second predicate of the event sentence, before the
/// purpose (inside it, "nhằm đánh giá … và tổ chức Tết" is one purpose): a second "tổ chức"
/// ("hội nghị sơ kết … và tổ chức lễ chúc thọ …"), or a verb of [`EVENT_SECOND_VERBS`]
/// after a whole noun phrase ("Đại hội đại biểu lần thứ VII nhiệm kỳ 2022 – 2027 và bầu Ban
/// chấp hành khóa mới"). An act coordinated with the event ("… và trao giấy chứng nhận …",
/// "… và đón nhận Huân chương …") is a second object of the one "tổ chức" and stays, as the
/// gold conventions read it.
fn second_predicate(e: &str) -> Option<usize> {
    let purpose = purpose_start(e);
    let verbs = std::iter::once(words::ORGANIZE).chain(EVENT_SECOND_VERBS.iter().copied());
    verbs
        .flat_map(|verb| find_all_words_ci(&e[..purpose], verb).map(move |(a, b)| (verb, a, b)))
        // A verb inside a quoted name ("hội thảo “…, thu thập và trao đổi mẫu vật …”") is
        // part of the name.
        .filter(|&(_, a, _)| !inside_quotes(&e[..a]))
        .filter_map(|(verb, a, b)| {
            let before = e[..a].trim_end();
            // "Hội nghị X, tổ chức đợt sinh hoạt …": a comma joins a second "tổ chức" as "và" does.
            if verb == words::ORGANIZE && before.ends_with(',') {
                let object = e[b..].trim_start();
                return longest_prefix(object, &EVENT_WORDS)
                    .is_some()
                    .then_some(before.len() - 1);
            }
            // "Đại hội lần thứ III nhiệm kỳ 2023 – 2028, bầu ra Ban Chấp hành …": so does it
            // join a second verb after a whole noun phrase.
            if before.ends_with(',') && word_count(before) >= 5 {
                return Some(before.len() - 1);
            }
            if !ends_with_word_ci(before, words::AND) {
                return None;
            }
            let i = before.len() - words::AND.len();
            // A second "tổ chức" holds an event of its own ("và tổ chức lễ …"), not a noun
            // ("công tác cán bộ và tổ chức bộ máy").
            let second_event = || {
                let object = e[b..].trim_start();
                longest_prefix(object, &EVENT_WORDS).is_some()
            };
            let opens = if verb == words::ORGANIZE {
                second_event()
            } else {
                word_count(&before[..i]) >= 5
            };
            opens.then_some(i)
        })
        .min()
}

/// True when `before` (an event phrase before a trailing date) ends with a word that makes the
/// date an occasion's ("… tặng quà cho các nữ cán bộ nhân ngày 8/3", "… mừng ngày 20/10"):
/// the day celebrated, not when the event was held, and part of the phrase.
fn after_occasion(before: &str) -> bool {
    EVENT_OCCASION_WORDS
        .iter()
        .any(|w| ends_with_word_ci(before.trim_end(), w))
}

/// Offset of the purpose of an event phrase ("nhằm …", "để …"), or its length.
fn purpose_start(e: &str) -> usize {
    EVENT_PURPOSE_WORDS
        .iter()
        .filter_map(|w| find_word_ci(e, w))
        .map(|(a, _)| a)
        .min()
        .unwrap_or(e.len())
}

/// Offset of a photo marker in an event phrase ("(ảnh)", "(Ảnh dưới)", "(Ảnh: X)"), if
/// any: a bracket opening with a photo word that closes within three words or holds a
/// credit, unlike "(ảnh hưởng của …)".
pub(super) fn photo_marker(e: &str) -> Option<usize> {
    e.match_indices('(').map(|(i, _)| i).find(|&i| {
        let inside = e[i + 1..].trim_start();
        let inside = inside.find(')').map_or(inside, |j| &inside[..j]);
        PHOTO_WORDS.iter().any(|w| inside.starts_with(w))
            && (word_count(inside) <= 3 || inside.contains(':'))
    })
}

/// Offset of the first full stop that ends a sentence inside an event phrase: glued to the
/// next sentence ("kỳ.Thay"), or before a word the splitter took for no sentence start
/// ("năm 2015. rong thời gian qua", a dropped capital), if any.
pub(super) fn glued_full_stop(e: &str) -> Option<usize> {
    e.match_indices('.').map(|(i, _)| i).find(|&i| {
        let before = e[..i].chars().next_back();
        let mut after = e[i + 1..].chars();
        let (a1, a2) = (after.next(), after.next());
        let glued = before.is_some_and(char::is_lowercase)
            && a1.is_some_and(char::is_uppercase)
            && a2.is_some_and(char::is_lowercase);
        let lower_next = before.is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
            && a1 == Some(' ')
            && a2.is_some_and(char::is_lowercase);
        glued || lower_next
    })
}

/// Offset of a sentence opener glued to the word before it, its full stop and space lost
/// ("… phường Gia ViênTại hội nghị đã có …"): a capital right after a lower-case letter that
/// opens an introductory clause ([`INTRO_OPENERS`], "Tại", "Sau", "Theo" …), unlike a brand
/// written in camel case ("VietinBank").
fn glued_opener(e: &str) -> Option<usize> {
    let mut prev = None;
    e.char_indices().find_map(|(i, c)| {
        let glued = prev.is_some_and(char::is_lowercase)
            && c.is_uppercase()
            && longest_prefix(&e[i..], &INTRO_OPENERS)
                .is_some_and(|(_, len)| e[i + len..].starts_with(' '));
        prev = Some(c);
        glued.then_some(i)
    })
}

/// The first "tại" of an event phrase that opens a venue, or online bridge points ("tại
/// điểm cầu chính … và 63 điểm cầu tại …": many places, none of them the venue), before
/// the purpose: a "tại" inside it ("… nhằm nâng cao chất lượng giáo dục tại trường") says
/// where the purpose applies, not where the event was held.
fn venue_at(e: &str) -> Option<(usize, usize)> {
    let purpose = purpose_start(e);
    find_all_words_ci(e, words::VENUE)
        .take_while(|&(ta, _)| ta < purpose)
        .find(|&(ta, tb)| {
            let rest = e[tb..].trim_start();
            e[..ta].ends_with(' ')
                && !inside_quotes(&e[..ta])
                && (is_addressed_venue(venue_phrase(rest))
                    || longest_prefix(rest, &ONLINE_POINTS).is_some())
        })
}

/// True when the text after `before` stands inside quotes (a name: "dự án “… tại tỉnh A”"
/// locates the project, not the event).
fn inside_quotes(before: &str) -> bool {
    before.matches('“').count() > before.matches('”').count()
        || before.matches('"').count() % 2 == 1
}

/// True when the object of an event verb (the text after it) has a date right after its
/// event phrase, or after the phrase's venue ("Hội nghị X tại Hội trường Y vào sáng 21/3,
/// …"): the time adjunct of the sentence, written after the event instead of before it.
pub(super) fn dated_after_event(object: &str) -> bool {
    let object = object.trim_start();
    let (event, place) = cut_event(object);
    let Some(mut rest) = object
        .get(event.len()..)
        .filter(|_| object.starts_with(&event))
    else {
        return false;
    };
    rest = rest.trim_start_matches([',', ' ']);
    if let Some(place) = place {
        if let Some(after) = prefix_ci(rest, words::VENUE)
            .and_then(|len| rest[len..].trim_start().strip_prefix(place.as_str()))
        {
            rest = after.trim_start_matches([',', ' ']);
        }
    }
    introduced_date(rest).is_some_and(|(a, _)| a == 0)
}

/// `s` without the words of `table` at its end ("Cuộc họp … vừa" → "Cuộc họp …").
pub(super) fn strip_trailing<'a>(s: &'a str, table: &[&str]) -> &'a str {
    let mut s = trim_end_punct(s);
    while let Some(w) = table.iter().find(|w| ends_with_word_ci(s, w)) {
        s = trim_end_punct(s[..s.len() - w.len()].trim_end());
    }
    s
}

/// True when an event phrase names one event, not the noun that refers back to it ("buổi
/// lễ", "Hội nghị") nor a clause run on after it ("Tại buổi làm việc hai đoàn cùng trao đổi
/// …"): after its head noun a name, a capitalised word or a number ("Lễ Ra trường", "… năm
/// học 2019-2020"), and no person ("Tại Hội nghị Ông X, Trưởng phòng …": a comma left out
/// before the subject).
pub(super) fn is_named(event: &str) -> bool {
    let Some((_, len)) = longest_prefix(event, &EVENT_WORDS) else {
        return false;
    };
    let rest = event[len..].trim_start();
    let person = rest
        .match_indices(' ')
        .map(|(i, _)| i + 1)
        .chain(std::iter::once(0))
        .any(|i| starts_with_marker(&rest[i..]));
    let name = rest
        .split_whitespace()
        .any(|w| w.starts_with(char::is_uppercase) || w.contains(|c: char| c.is_ascii_digit()));
    name && !person
}
