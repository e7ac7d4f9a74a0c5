//! The passive event sentence, "E (được) tổ chức / diễn ra / cử hành … tại X", with its agent.

use super::dates::{date_tail, introduced_date};
use super::lead::after_dateline;
use super::organizer::{
    body_reading, by_organiser, is_common_noun_name, is_organisation, skip_adverbs, strip_adverbs,
};
use super::phrase::{cut_event, is_named, strip_trailing};
use super::venue::{first_clause, in_venue_name, is_venue, place_at, venue_clause};
use super::EventInfo;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_AFTER_PASSIVE as AFTER_PASSIVE;
use crate::parse::rules::EVENT_AGENT_MARKERS;
use crate::parse::rules::EVENT_DATE_LEADS;
use crate::parse::rules::EVENT_PASSIVE_EVENT_AFTER as PASSIVE_EVENT_AFTER;
use crate::parse::rules::EVENT_PASSIVE_VERBS as PASSIVE_VERBS;
use crate::parse::rules::EVENT_PLANNED as PLANNED;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::ORGANIZE_AS_NOUN_AFTER;
use crate::parse::rules::PASSIVE_ADVERBS;
use crate::parse::rules::VENUE_WORDS;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::longest_prefix;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;

/// "… E (được) tổ chức ngày 11/7 tại X": event E, place X; "E, do X phối hợp với Y tổ
/// chức …": organiser X with its co-organiser.
///
/// `lead` says the sentence opens the lead: there a lower-case event noun that opens its
/// clause refers back to nothing ("Trong tháng 1, chương trình liên hoan cuối năm đã diễn ra
/// …") and names the event though it has no name of its own.
pub(super) fn passive(
    sentence: &str,
    date: Option<(usize, usize)>,
    lead: bool,
) -> Option<EventInfo> {
    let dated = date.is_some();
    if !PASSIVE_VERBS
        .iter()
        .any(|v| find_word_ci(sentence, v).is_some())
    {
        return None;
    }
    // The earliest event noun first: "Hội trại Tổng kết …", "Phiên toàn thể Hội nghị …" open
    // with the outer one.
    let mut starts: Vec<usize> = EVENT_WORDS
        .iter()
        .flat_map(|word| find_all_words_ci(sentence, word).map(|(ea, _)| ea))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    // The start of the last event phrase met (not a venue's name).
    let mut previous: Option<usize> = None;
    for ea in starts {
        // Only a named event (capitalised, or in lower case with its name: "Năm nay buổi hội
        // ngộ Tân niên 2020 tổ chức vào …"), not an anaphoric "hội nghị".
        let lower = !sentence[ea..].starts_with(|c: char| c.is_uppercase());
        // "tại Trung tâm Hội nghị Quốc gia", "tại Trung tâm Hội nghị Triển lãm tỉnh": part
        // of a venue's name, anywhere in a venue phrase that opens with a venue word.
        let before = sentence[..ea].trim_end();
        if VENUE_WORDS.iter().any(|w| ends_with_word_ci(before, w)) || in_venue_name(before) {
            continue;
        }
        // "… diễn ra lễ khai mạc khóa tu mùa Hè …": a noun inside an earlier event's phrase
        // (no comma or clause end between them) is part of that event, no subject of its own.
        let inner = previous.is_some_and(|p| !sentence[p..ea].contains([',', ';', ':', '.']));
        previous = Some(ea);
        if inner {
            continue;
        }
        // "… bàn về kế hoạch chuẩn bị tổ chức Diễn đàn … do X đăng cai tổ chức": the object of
        // an active "tổ chức" (here a plan) is the active reading's, not a passive subject.
        if ends_with_word_ci(before, words::ORGANIZE) {
            continue;
        }
        // "Tiểu ban Chỉ đạo Đề án thứ tư Chương trình 212 …" may be part of a body's
        // name ("chủ đề Hội thảo …" is not): unsure when no clause opens before it.
        let inside = !opens_phrase(before);
        // "…, một hội thảo đã được tổ chức với 33 khách mời …": the indefinite article brings
        // in a new event (nothing to refer back to), and stays in it as written.
        let article = (lower && ends_with_word_ci(before, words::ONE))
            .then(|| &sentence[before.len() - words::ONE.len()..ea]);
        let rest = &sentence[ea..];
        let verb = PASSIVE_VERBS
            .iter()
            .flat_map(|v| find_all_words_ci(rest, v).filter(|&(va, vb)| passive_use(rest, va, vb)))
            .min_by_key(|r| r.0);
        let Some((va, vb)) = verb else { continue };
        // Undated, "được tổ chức theo hình thức trực tuyến" says how, not which event
        // was held: only a date, a venue or the clause's end after the verb names it.
        // A date closing the phrase before the verb ("Hội nghị X vào ngày 16/6 được tổ
        // chức …") dates it as the dateline does.
        // So does one closing the sentence ("Đại hội X đã tiến hành phiên trù bị vào
        // sáng 12/10.").
        let before_verb = strip_trailing(trim_end_punct(&rest[..va]), &PASSIVE_ADVERBS);
        let dated = dated
            || date_tail(before_verb).is_some()
            || date_tail(trim_end_punct(&rest[vb..])).is_some();
        // An agent before the verb ("E do X tổ chức đã …") names who held this event.
        let certain = article.is_some() && find_word_ci(&rest[va..vb], words::PASSIVE).is_some();
        if !dated
            && !certain
            && !ends_passive_clause(&rest[vb..])
            && !by_agent(rest[..va].trim_end())
        {
            continue;
        }
        // "chào mừng Đại hội Công đoàn các cấp …, ngày 21/4, Đại hội toàn thể … được tổ
        // chức": a dateline inside the phrase opens the event's own clause after it.
        if date.is_some_and(|(ds, _)| ds > ea && ds < ea + va) {
            continue;
        }
        // "Kỳ họp thứ nhất dự kiến diễn ra vào ngày 24/6": a planned event, not this one.
        let before_verb = rest[..va].trim_end();
        if PLANNED.iter().any(|w| ends_with_word_ci(before_verb, w)) {
            continue;
        }
        let mut phrase = trim_end_punct(&rest[..va]);
        let mut organizer = None;
        // "Hội thảo … do X tài trợ … đã được tổ chức": before a verb with "được" a "do X"
        // phrase has a verb of its own (the event's sponsor, chair …), no agent of this one.
        let with_passive = find_word_ci(&rest[va..vb], words::PASSIVE).is_some();
        if rest[va..vb].ends_with(words::ORGANIZE) {
            let agent_by = find_all_words_ci(phrase, words::BY)
                .last()
                .filter(|_| !with_passive);
            if let Some((da, db)) = agent_by {
                let agent = strip_adverbs(&phrase[db..]);
                if is_organisation(agent) || is_common_noun_name(agent) {
                    organizer = Some(agent.to_owned());
                    phrase = trim_end_punct(&phrase[..da]);
                }
            } else if let Some((da, db)) = find_all_words_ci(phrase, words::PASSIVE).last() {
                // "E đã được Ban Trị sự X tổ chức …": the agent ends the event phrase and,
                // named as a body, is its organiser as in "do X tổ chức" (fresh9 947, both
                // labellers); a passive with no agent ("X đã được tổ chức thánh lễ", fresh9
                // 927) names none.
                let agent = strip_adverbs(&phrase[db..]);
                if is_organisation(agent) {
                    organizer = Some(agent.to_owned());
                    phrase = trim_end_punct(&phrase[..da]);
                }
            }
        }
        if organizer.is_none() {
            // "Hội nghị … do Tỉnh đoàn tổ chức đã diễn ra tại …".
            let (before_by, agent) = by_organiser(phrase);
            if agent.is_some() {
                phrase = before_by;
                organizer = agent;
            }
        }
        // "Hội thảo diễn ra ngày 24/7 tại Hà Nội, do Trung tâm X cùng Nhóm Y tổ chức.": the
        // agent may close the sentence after the date and the venue.
        if organizer.is_none() {
            let organised = rest[va..vb].ends_with(words::ORGANIZE);
            organizer = by_organiser(&rest[vb..])
                .1
                .or_else(|| agent_after(&rest[vb..]).filter(|_| organised));
        }
        let phrase = strip_trailing(phrase, &PASSIVE_ADVERBS);
        let article_words = article.map_or(0, word_count);
        if word_count(phrase) + article_words < 3 || phrase.contains(';') {
            // A bare "Hội thảo" names no event (its name stands elsewhere), but its agent
            // and venue are the event's.
            if organizer.is_some() && !inside && dated {
                return Some(EventInfo {
                    place: passive_place(sentence, rest, vb),
                    organizer,
                    rule: "event.passive.bare",
                    ..Default::default()
                });
            }
            continue;
        }
        let first_mention = (lead && !inside) || article.is_some();
        if lower && (phrase.contains(',') || !(is_named(phrase) || first_mention)) {
            continue;
        }
        let (mut event, _) = cut_event(phrase);
        if let Some(article) = article {
            event.insert_str(0, article);
        }
        let place = passive_place(sentence, rest, vb);
        return Some(EventInfo {
            event: Some(event),
            place,
            organizer,
            rule: if inside {
                "event.passive.inside_phrase"
            } else if dated || date_tail(&rest[vb..]).is_some() {
                "event.passive"
            } else {
                "event.passive.undated"
            },
            ..Default::default()
        });
    }
    None
}

/// The agent right after a passive verb ("… được tổ chức bởi Trường Đại học A tại Hội
/// trường B"): a body after [`EVENT_AGENT_MARKERS`], up to its venue, its date or a comma.
fn agent_after(after: &str) -> Option<String> {
    let after = skip_adverbs(after);
    let (_, len) = longest_prefix(after, &EVENT_AGENT_MARKERS)?;
    let agent = first_clause(&after[len..]);
    let mut end = agent.len();
    if let Some((ta, _)) = find_word_ci(agent, words::VENUE) {
        end = end.min(ta);
    }
    if let Some((da, _)) = introduced_date(agent) {
        end = end.min(da);
    }
    let agent = strip_trailing(&agent[..end], &EVENT_DATE_LEADS);
    is_organisation(agent).then(|| agent.to_owned())
}

/// The venue of a passive event sentence: after "tại" behind the verb at `vb` of `rest` (the
/// sentence from the event noun on), or opening the sentence before the event ("Tại X, Đại
/// hội … đã tiến hành …"), after its dateline if any.
fn passive_place(sentence: &str, rest: &str, vb: usize) -> Option<String> {
    let after = &rest[vb..];
    let place = find_word_ci(after, words::VENUE).and_then(|(_, tb)| {
        let x = venue_clause(&after[tb..]);
        // "tại Hội trường X vào sáng 10/1": the date is not part of the venue.
        let x = date_tail(x).map_or(x, |cut| x[..cut].trim_end());
        is_venue(x).then(|| x.to_owned())
    });
    place.or_else(|| {
        let opening = &sentence[after_dateline(sentence)..];
        place_at(opening)
            .filter(|(p, len)| is_venue(p) && opening[*len..].trim_start().len() == rest.len())
            .map(|(p, _)| p)
    })
}

/// True when the text before an event noun leaves it at the start of a clause: nothing, a
/// punctuation mark, or a word of [`PASSIVE_EVENT_AFTER`] ("tại Hội nghị …", "là Hội nghị").
fn opens_phrase(before: &str) -> bool {
    before.is_empty()
        || before.ends_with(|c: char| !c.is_alphanumeric())
        || PASSIVE_EVENT_AFTER
            .iter()
            .any(|w| ends_with_word_ci(before, w))
}

/// True when the verb at `va..vb` of `s` is used passively: "được"/"diễn ra" forms, or a
/// bare "tổ chức" followed by a date, a venue or the end of the clause, not by an object.
fn passive_use(s: &str, va: usize, vb: usize) -> bool {
    let verb = &s[va..vb];
    if !verb.ends_with(words::ORGANIZE) || verb.contains(words::PASSIVE) {
        return true;
    }
    let before = s[..va].trim_end();
    if ORGANIZE_AS_NOUN_AFTER
        .iter()
        .any(|w| ends_with_word_ci(before, w))
    {
        return false;
    }
    clause_ends(s[vb..].trim_start()) || by_agent(before)
}

/// True when `before` (the text before a bare "tổ chức") ends with its agent, "do X" or
/// "được X": "Hội nghị … do Khoa Y tổ chức đã thu hút …", "Hội nghị … đã được Ban X tổ chức
/// đơn giản …" are passives whatever follows them.
fn by_agent(before: &str) -> bool {
    [words::BY, words::PASSIVE].iter().any(|w| {
        find_all_words_ci(before, w)
            .last()
            .is_some_and(|(_, db)| body_reading(strip_adverbs(&before[db..])).is_some())
    })
}

/// True when what follows a passive verb is a date, a venue or the end of the clause.
fn ends_passive_clause(after: &str) -> bool {
    clause_ends(skip_adverbs(after))
}

/// True when `after` (trimmed, what follows a verb) opens no object: the end of the clause,
/// a punctuation mark or a number, or a date or a venue ([`AFTER_PASSIVE`]).
fn clause_ends(after: &str) -> bool {
    after.is_empty()
        || after.starts_with(|c: char| !c.is_alphabetic())
        || longest_prefix(after, &AFTER_PASSIVE).is_some()
}
