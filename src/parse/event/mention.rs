//! Events named only in a sentence's introductory phrase ("Trong ngày Lễ Ra trường, các con
//! …") or as the subject of what it did ("Hội nghị Ban chấp hành đã thảo luận …"): the last
//! reading, when no sentence says who held what.

use super::lead::after_dateline;
use super::phrase::{cut_event, is_named};
use super::EventInfo;
use crate::parse::rules::words;
use crate::parse::rules::{
    CAPTION_TERM_WORDS, EVENT_MENTION_FRAMES, EVENT_MENTION_OPENERS, EVENT_SUBJECT_ENDS,
    EVENT_WORDS,
};
use crate::parse::text::{
    find_all_words_ci, find_word_ci, first_top_level_comma, longest_prefix, word_count, Paragraph,
};

/// The rule of an event named only in an introductory phrase (a guess: no verb says it
/// was held).
pub(super) const MENTION_RULE: &str = "event.mentioned";

/// The event named in the introductory phrase that opens a sentence of the first three
/// paragraphs ("Trong những khoảnh khắc … của buổi lễ tốt nghiệp năm học 2019-2020 của
/// trường X vào sáng 13/06, các con …"), if a named one stands there.
pub(super) fn mentioned(paragraphs: &[&Paragraph]) -> Option<EventInfo> {
    let named = paragraphs.iter().take(3).find_map(|p| {
        p.sentences.iter().find_map(|&(a, b)| {
            let sentence = &p.text[a..b];
            // "Ngày 25/09/2020, sau Phiên họp trù bị Đại hội X, Hội Y đã bầu …": the opening
            // phrase may follow the dateline.
            let dated = &sentence[after_dateline(sentence)..];
            in_opening(sentence)
                .or_else(|| in_opening(dated))
                .or_else(|| as_subject(sentence))
                .or_else(|| as_subject(dated))
        })
    });
    if let Some(event) = named {
        return Some(EventInfo {
            event: Some(event),
            rule: MENTION_RULE,
            ..Default::default()
        });
    }
    let (a, b) = *paragraphs.first()?.sentences.first()?;
    let (event, place) = attended(&paragraphs[0].text[a..b])?;
    Some(EventInfo {
        event: Some(event),
        place: Some(place),
        rule: ATTENDED_RULE,
        ..Default::default()
    })
}

/// The rule of an event named only as what the lead's people attended, at a venue (a guess,
/// as [`MENTION_RULE`] is).
const ATTENDED_RULE: &str = "event.mentioned.attended";

/// The event the lead's first sentence says its people attended at a venue ("… hơn 300 quan
/// khách … tham dự buổi họp mặt tại nhà hàng X, …"): the event noun right after "dự" and the
/// venue after it; without a venue a "tham dự hội nghị" may refer back to an event.
fn attended(sentence: &str) -> Option<(String, String)> {
    find_all_words_ci(sentence, words::ATTEND).find_map(|(_, b)| {
        let object = sentence[b..].trim_start();
        longest_prefix(object, &EVENT_WORDS)?;
        let (event, place) = cut_event(object);
        Some((event, place?))
    })
}

/// The event of an opening "Trong …," or "Tại …,": the event noun right after the opener or
/// a frame word ("ngày", "dịp"), or after a "của" inside the phrase; the phrase runs to the
/// comma, its date tail cut.
fn in_opening(sentence: &str) -> Option<String> {
    let (_, len) = longest_prefix(sentence, &EVENT_MENTION_OPENERS)?;
    let mut comma = first_top_level_comma(sentence).filter(|&c| c > len)?;
    // "Tại Đại hội lần thứ nhất, nhiệm kỳ 2017 – 2022, Ban …": the event's term, after its
    // own comma, is part of the phrase.
    while let Some(next) = term_after(sentence, comma) {
        comma = next;
    }
    let intro = sentence[len..comma].trim();
    let at = event_start(intro)?;
    let (event, _) = cut_event(&intro[at..]);
    is_named(&event).then_some(event)
}

/// The comma that ends a term ("nhiệm kỳ …", "năm học …") opening right after the comma at
/// `comma`, if one does.
fn term_after(sentence: &str, comma: usize) -> Option<usize> {
    let rest = &sentence[comma + 1..];
    longest_prefix(rest.trim_start(), &CAPTION_TERM_WORDS)?;
    first_top_level_comma(rest).map(|c| comma + 1 + c)
}

/// The event named as the subject of a sentence that reports what it did ("Hội nghị Ban
/// chấp hành đã tập trung thảo luận …", after a dateline too): a capitalised event noun with
/// its name, no comma but before its term, before a word of [`EVENT_SUBJECT_ENDS`] ("đã",
/// "vừa").
fn as_subject(sentence: &str) -> Option<String> {
    if !sentence.starts_with(char::is_uppercase) {
        return None;
    }
    longest_prefix(sentence, &EVENT_WORDS)?;
    let end = EVENT_SUBJECT_ENDS
        .iter()
        .filter_map(|w| find_word_ci(sentence, w).map(|(a, _)| a))
        .min()?;
    let subject = sentence[..end].trim_end();
    // "Đại hội … lần thứ IV, nhiệm kỳ 2024-2029 đã thành công tốt đẹp": a comma may open
    // the event's term, no other clause.
    let terms_only = subject
        .match_indices(',')
        .all(|(c, _)| longest_prefix(subject[c + 1..].trim_start(), &CAPTION_TERM_WORDS).is_some());
    (terms_only && word_count(subject) <= 16 && is_named(subject)).then(|| subject.to_owned())
}

/// Where the event noun of an opening phrase starts, if it stands where an event is named.
fn event_start(intro: &str) -> Option<usize> {
    let opens = |rest: &str| longest_prefix(rest, &EVENT_WORDS).map(|_| intro.len() - rest.len());
    if let Some(at) = opens(intro) {
        return Some(at);
    }
    if let Some((_, len)) = longest_prefix(intro, &EVENT_MENTION_FRAMES) {
        return opens(intro[len..].trim_start());
    }
    find_all_words_ci(intro, words::OF).find_map(|(_, b)| opens(intro[b..].trim_start()))
}
