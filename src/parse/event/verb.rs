//! Events written as verbs or as a verb's object ("X họp …", "chủ trì Hội nghị …"), working
//! sessions and receptions hosted by a person.

use super::dates::introduced_date;
use super::lead::{after_dateline, intro_and_place, intro_len, sentences_with_date};
use super::organizer::{by_organiser, is_organisation, strip_adverbs, without_last_word};
use super::phrase::{cut_event, dated_after_event};
use super::venue::{first_clause, is_venue, place_at};
use super::EventInfo;
use crate::parse::dateline::source_tag_len;
use crate::parse::dateline::Dateline;
use crate::parse::people::mention_at_start;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_LIGHT_VERBS;
use crate::parse::rules::EVENT_OBJECT_VERBS;
use crate::parse::rules::EVENT_OCCASION_WORDS;
use crate::parse::rules::EVENT_PLANNED as PLANNED;
use crate::parse::rules::EVENT_VISIT_VERBS;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::NOUNS_BEFORE_MEETING_VERB;
use crate::parse::rules::ROLES_DELEGATION_LEAD_VERBS;
use crate::parse::rules::SESSION_NOUNS;
use crate::parse::rules::VERB_EVENTS;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::eq_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;
use crate::parse::text::word_count;
use crate::parse::text::Paragraph;

/// The rule of an event written as a verb ("X họp …", "X tập huấn …").
pub(super) const VERB_EVENT_RULE: &str = "event.verb_event";

/// The event named as the object of [`EVENT_OBJECT_VERBS`], with a "tại X" before the verb;
/// with `bare`, also a one- or two-word event noun after a dateline ("chủ trì hội nghị").
pub(super) fn object_of_verb<'p>(
    paragraph: &Paragraph<'p>,
    date: Option<&Dateline>,
    bare: bool,
) -> Option<EventInfo> {
    for (sentence, date) in sentences_with_date(paragraph, date) {
        // "CỰU HỌC SINH KHÓA 4 HỌP MẶT “…”": a line in capitals is a headline (printed again
        // as the first line), not a sentence that holds an event.
        if !sentence.contains(char::is_lowercase) {
            continue;
        }
        let date_end = date.map_or(0, |(_, end)| end);
        for verb in EVENT_OBJECT_VERBS.iter() {
            for (va, vb) in find_all_words_ci(sentence, verb) {
                // The subject runs from the dateline to the verb; a date after the verb
                // ("… tại cuộc họp …, sáng 12/9") leaves the whole start.
                let date_end = if date_end <= va { date_end } else { 0 };
                let object = sentence[vb..].trim_start();
                let mut organizer = None;
                let mut host = None;
                // A date right after the verb phrase dates it as the dateline does.
                let dated_verb = VERB_EVENTS.contains(verb)
                    && (date.is_some() || dated_after_event(&sentence[va..]));
                let named = longest_prefix(object, &EVENT_WORDS).is_some();
                // "đã tiến hành họp Hội đồng …", as "tổ chức họp …": a bare "họp" after a
                // light verb is the verb, no event (`tests/LABELLING.md`).
                let before = sentence[..va].trim_end();
                let light = |s: &str| EVENT_LIGHT_VERBS.iter().any(|w| ends_with_word_ci(s, w));
                let bare_meeting = |s: &str| {
                    longest_prefix(s, &EVENT_WORDS).is_some_and(|(w, _)| eq_ci(w, VERB_EVENTS[0]))
                };
                if (light(&sentence[..vb]) && bare_meeting(object))
                    || (eq_ci(verb, VERB_EVENTS[0]) && light(before))
                {
                    continue;
                }
                // "X đã đến thăm và làm việc với Y": a visit, the verb no event of its own.
                let visit = before
                    .strip_suffix(words::AND)
                    .filter(|b| b.ends_with(' '))
                    .is_some_and(|b| {
                        EVENT_VISIT_VERBS
                            .iter()
                            .any(|v| ends_with_word_ci(b.trim_end(), v))
                    });
                if visit && !named {
                    continue;
                }
                // "… các xã, phường còn lại sẽ tiến hành Đại hội …": announced, not held.
                if PLANNED.iter().any(|w| ends_with_word_ci(before, w)) {
                    continue;
                }
                // "diễn ra Lễ khai mạc … do Ban X tổ chức": the agent after the event is its
                // organiser, as in a passive.
                let mut agent = None;
                let (event, tail_place) = if named {
                    let (object, by) = by_organiser(object);
                    agent = by;
                    cut_event(object)
                } else if let Some(subject) = (VERB_EVENTS.contains(verb)
                    && (date.is_some() || *verb == VERB_EVENTS[0]))
                    .then(|| meets_as_subject(&sentence[date_end..va]))
                    .flatten()
                {
                    // "Thường trực HĐND huyện họp thống nhất nội dung …", "Công an tỉnh
                    // tập huấn …": the verb phrase is the event, its subject the organiser
                    // (except for "họp", whose subject is the body that meets); only in the
                    // dateline's sentence, except "họp".
                    if *verb != VERB_EVENTS[0] {
                        organizer = Some(subject.to_owned());
                    }
                    cut_event(&sentence[va..])
                } else if let Some(person) = dated_verb
                    .then(|| person_as_subject(&sentence[date_end..va]))
                    .flatten()
                {
                    // "Ngày 23/4, tại trụ sở X, đồng chí Y, Bí thư Tỉnh ủy gặp mặt đại biểu …":
                    // the verb phrase is the event, the person its host.
                    host = Some(person.to_owned());
                    cut_event(&sentence[va..])
                } else {
                    continue;
                };
                // A bare "chủ trì hội nghị" refers back to an event named elsewhere, unless
                // a dateline opens its sentence and nothing else names the event (a guess).
                let dated = date.is_some_and(|(_, end)| end <= va);
                let short = word_count(&event) < 3;
                if short && !(bare && dated && named) {
                    continue;
                }
                let place = sentence
                    .get(date_end..va)
                    .and_then(|before| {
                        let mut before = before.trim_start_matches([',', ' ']);
                        // "Ngày 03 tháng 11 năm 2019, tại Quy Nhơn, X đã tiến hành Đại hội …"
                        // in a paragraph the dateline was not read from: its date opens it.
                        if let Some((0, end)) = introduced_date(before) {
                            if let Some(rest) = before[end..].trim_start().strip_prefix(',') {
                                before = rest.trim_start();
                            }
                        }
                        // "Ngày 29/04/2023 nhân dịp lễ X tại Chùa Y (…) đã diễn ra lễ …": the
                        // occasion the event marks stands before its venue.
                        if let Some((_, len)) = longest_prefix(before, &EVENT_OCCASION_WORDS) {
                            let occasion = &before[len..];
                            if let Some((a, _)) = find_word_ci(occasion, words::VENUE)
                                .filter(|&(a, _)| !occasion[..a].contains(','))
                            {
                                before = &occasion[a..];
                            }
                        }
                        // "tại Phòng A, cơ sở 97 …, Quận 3, TP. X đã diễn ra Lễ …": the event
                        // follows the verb, so all before it is the venue.
                        let whole = prefix_ci(before, words::VENUE)
                            .map(|len| strip_adverbs(&before[len..]))
                            .filter(|x| {
                                *verb == EVENT_OBJECT_VERBS[0]
                                    && word_count(x) <= 25
                                    && is_venue(first_clause(x))
                            });
                        if let Some(x) = whole {
                            return Some(x.to_owned());
                        }
                        if let Some((p, _)) = place_at(before).filter(|(p, _)| is_venue(p)) {
                            return Some(p);
                        }
                        let len = prefix_ci(before, words::VENUE)?;
                        let x = strip_adverbs(&before[len..]);
                        is_venue(x).then(|| x.to_owned())
                    })
                    .or(tail_place);
                // A dateline before the verb makes the sentence the lead's event sentence
                // ("Sáng 12/4, đồng chí X chủ trì cuộc họp …"); without one the verb may
                // refer back to an event named elsewhere ("Phát biểu khai mạc Đại hội, …").
                let rule = if !named || organizer.is_some() || host.is_some() {
                    VERB_EVENT_RULE
                } else if short {
                    "event.object_of_verb.bare"
                } else if dated {
                    "event.dated_object_of_verb"
                } else {
                    "event.object_of_verb"
                };
                let split_rule = agent.is_some().then_some(".agent");
                return Some(EventInfo {
                    event: Some(event),
                    place,
                    organizer: organizer.or(agent),
                    host,
                    rule,
                    split_rule,
                });
            }
        }
    }
    None
}

/// True when `before` (the text of a sentence before its "họp", after the dateline) is an
/// organisation as the subject: "Thường trực HĐND huyện Vị Xuyên", not "Dự" or "cuộc".
///
/// Returns the subject.
fn meets_as_subject(before: &str) -> Option<&str> {
    let before = before.trim_start_matches([',', ' ']);
    let before = place_at(before).map_or(before, |(_, len)| &before[len..]);
    let subject = strip_adverbs(&before[intro_len(before)..]);
    // "… khai mạc kỳ họp", "Dự cuộc họp": "họp" ends an event noun.
    let noun = NOUNS_BEFORE_MEETING_VERB
        .iter()
        .any(|w| ends_with_word_ci(subject, w));
    let organisation =
        is_organisation(subject) && !subject.contains(',') && word_count(subject) >= 2;
    (!noun && organisation).then_some(subject)
}

/// The person who is the subject of a verb event, `before` being the sentence between the
/// dateline and the verb ("tại trụ sở X, đồng chí Y, Bí thư Tỉnh ủy").
fn person_as_subject(before: &str) -> Option<&str> {
    let before = before.trim_start_matches([',', ' ']);
    let (len, _) = intro_and_place(before);
    let subject = strip_adverbs(&before[len..]);
    // "… có buổi làm việc với": the verb is part of an event noun (a working session).
    let noun = NOUNS_BEFORE_MEETING_VERB
        .iter()
        .any(|w| ends_with_word_ci(subject, w));
    (!noun && mention_at_start(subject).is_some()).then_some(subject)
}

/// "X (đã) có buổi làm việc với …": host X, event "buổi làm việc với …".
pub(super) fn hosted(paragraph: &Paragraph) -> Option<EventInfo> {
    let tag = source_tag_len(paragraph.text);
    let (a, b) = *paragraph.sentences.first()?;
    let sentence = &paragraph.text[a.max(tag)..b];
    let mut body = &sentence[after_dateline(sentence)..];
    // "Tại trụ sở X, Đoàn công tác … có buổi làm việc … vào ngày 9/6": the venue opens the
    // sentence as it does after a dateline (which takes it itself).
    let mut venue = None;
    if let Some((p, len)) = place_at(body).filter(|(p, _)| is_venue(p)) {
        venue = Some(p);
        body = &body[len..];
    }
    let body = &body[intro_len(body)..];
    // "Tổng Giám đốc X đã tiếp Đoàn công tác …": a reception hosted by X, no event noun.
    for (va, vb) in find_all_words_ci(body, words::RECEIVE) {
        let mut guest = body[vb..].trim_start();
        if let Some(len) = prefix_ci(guest, words::AND_WORK_WITH) {
            guest = guest[len..].trim_start();
        }
        let visitor =
            prefix_ci(guest, words::DELEGATION).is_some() || mention_at_start(guest).is_some();
        let subject = strip_adverbs(&body[..va]);
        if visitor && mention_at_start(subject).is_some() {
            return Some(EventInfo {
                host: Some(subject.to_owned()),
                rule: "event.reception",
                ..Default::default()
            });
        }
    }
    for noun in SESSION_NOUNS.iter() {
        if let Some((na, _)) = find_word_ci(body, noun) {
            let subject = strip_adverbs(without_last_word(body[..na].trim_end(), words::HAVE));
            // "Phát biểu tại buổi gặp mặt, …": a session someone spoke at is a back-reference
            // to an event named elsewhere, and what follows it is another clause.
            if ends_with_word_ci(subject, words::VENUE) {
                return None;
            }
            let (event, place) = cut_event(&body[na..]);
            // A person hosts the session; a delegation ("Đoàn công tác tỉnh X do đồng chí Y
            // làm trưởng đoàn") visits: its host is named elsewhere ("Tiếp và làm việc …").
            let host = if mention_at_start(subject).is_some() {
                Some(subject.to_owned())
            } else if is_organisation(subject)
                || ROLES_DELEGATION_LEAD_VERBS
                    .iter()
                    .any(|v| find_word_ci(subject, v).is_some())
            {
                None
            } else {
                return None;
            };
            return Some(EventInfo {
                event: Some(event),
                place: place.or(venue),
                host,
                organizer: None,
                rule: "event.working_session",
                split_rule: None,
            });
        }
    }
    None
}
