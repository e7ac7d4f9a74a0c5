//! The event sentence: who held what, where ("Ngày 12/4, tại Hà Nội, Cục … đã tổ chức Hội
//! nghị …"). Finds the organiser (subject of "tổ chức"), the event noun phrase and the venue.

use super::rules::pattern;
use super::rules::words;
use super::rules::NOT_VENUE_OPENERS;
use super::rules::ONLINE_POINTS;
use super::rules::{
    EVENT_CLAUSE_WORDS, EVENT_TALLY_COUNTERS, EVENT_TALLY_WORDS, ORGANISATION_KINDS,
    PLACE_UNIT_BODIES,
};
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::dateline::{source_tag_len, Dateline};
use super::people::{mention_at_start, starts_with_marker};
use super::rules::CLOCK_UNITS;
use super::rules::INVERTED_OPENERS;
use super::rules::ORGANISATION_HEADS;
use super::rules::ROLES_DELEGATION_LEAD_VERBS;
use super::rules::SESSION_NOUNS;
use super::rules::{BUILDINGS, EVENT_VERB_OBJECTS, NOUNS_BEFORE_MEETING_VERB, VERB_EVENTS};
use super::rules::{
    EVENT_DATE_TRAILERS, EVENT_FRAGMENT_TAILS, EVENT_OPERATION_VERBS, EVENT_PLAN_NOUNS,
    EVENT_TIME_PHRASES, PLACE_ADMIN_UNITS,
};
use super::rules::{
    EVENT_OBJECT_VERBS, EVENT_WORDS, INTRO_OPENERS, MEETING_WORDS, ORGANIZE_ADVERBS,
    ORGANIZE_AS_NOUN_AFTER, PASSIVE_ADVERBS, VENUE_WORDS,
};
use super::text::{
    ends_with_word_ci, eq_ci, find_all_words_ci, find_word_ci, first_top_level_comma,
    longest_prefix, lower_same_len, prefix_ci, split_top_level, trim_end_punct, word_count,
    Paragraph,
};

/// What the event sentence says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventInfo {
    /// The subject of "tổ chức", co-organisers kept together.
    pub organizer: Option<String>,
    /// The event noun phrase as written.
    pub event: Option<String>,
    /// The venue after "tại".
    pub place: Option<String>,
    /// A person who is the subject of the event sentence (host of a working session).
    pub host: Option<String>,
    /// The rule that read the sentence ("event.active", …), empty when none did.
    pub rule: &'static str,
    /// How the organiser and the venue were told apart, when weaker than the sentence's
    /// rule: appended to the rule for those two fields ("…building_owner").
    pub split_rule: Option<&'static str>,
}

impl EventInfo {
    /// True when the event is a working meeting (its middle paragraphs report results).
    pub fn is_meeting(&self) -> bool {
        self.event.as_deref().is_some_and(|e| {
            let lower = e.to_lowercase();
            MEETING_WORDS.iter().any(|w| lower.contains(w))
        })
    }
}

/// A trailing "tổ chức ngày 11/7", "vào sáng 12/4", "ngày 12/4" on an event phrase, matched
/// in lower case.
static DATE_TAIL: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("date_tail")));

use super::rules::EVENT_PASSIVE_VERBS as PASSIVE_VERBS;

use super::rules::EVENT_PLANNED as PLANNED;

use super::rules::EVENT_AFTER_PASSIVE as AFTER_PASSIVE;

use super::rules::EVENT_EVENT_STOPS as EVENT_STOPS;

use super::rules::{
    EVENT_CEREMONY_ACTS, EVENT_CEREMONY_HEADS, EVENT_CONNECTORS, EVENT_DATE_LEADS,
    EVENT_PURPOSE_WORDS, EVENT_SECOND_VERBS, EVENT_VENUE_ENDS,
};

use super::rules::{
    EVENT_HELD_VERBS, EVENT_MET_VERBS, ORGANISER_GROUPS, PHOTO_WORDS, PLACE_ADDRESS_PARTS,
    PLACE_NAMES,
};

use super::rules::EVENT_PASSIVE_EVENT_AFTER as PASSIVE_EVENT_AFTER;

use super::rules::{EVENT_COMMENT_VERBS, ORGANISER_NOT_OPENERS};

/// The rule of an event written as a verb ("X họp …", "X tập huấn …").
const VERB_EVENT_RULE: &str = "event.verb_event";

/// Finds the event in the first paragraphs: `paragraphs[0]` is the lead; `dateline` the
/// event date found earlier (its paragraph is searched too).
pub fn find(paragraphs: &[&Paragraph], dateline: Option<&Dateline>) -> EventInfo {
    // "Ngày 16/10, trường A tổ chức Hội nghị X!" over "Ngày 16/10, trường A tổ chức Hội nghị X
    // nhằm …": a first line that the next paragraph repeats and continues is a headline; the
    // event is read from the paragraph (the dateline's offsets hold in both).
    if let [first, second, ..] = paragraphs {
        let head = first.text.trim_end_matches(|c: char| !c.is_alphanumeric());
        if word_count(head) >= 5 && second.text.len() > head.len() && second.text.starts_with(head)
        {
            let date = dateline.map(|d| Dateline {
                para: d.para.saturating_sub(1),
                ..d.clone()
            });
            return find(&paragraphs[1..], date.as_ref());
        }
    }
    let mut info = find_event(paragraphs, dateline);
    if info.event.is_some() && info.place.is_none() {
        if let Some(place) = paragraphs.iter().take(3).find_map(|p| venue_of_held(p)) {
            info.place = Some(place);
            info.split_rule = info.split_rule.or(Some(".held_at"));
        }
    }
    // "Sáng 15/8, BLL đã họp tại Vườn treo X để …": no event noun, but where they met.
    if info.rule.is_empty() && info.place.is_none() {
        if let Some(place) = dateline.and_then(|d| venue_of_meeting(paragraphs.get(d.para)?, d)) {
            info.place = Some(place);
            info.rule = MET_AT_RULE;
        }
    }
    drop_odd_values(&mut info);
    info
}

/// The rule of a venue where people met, no event named ("… đã họp tại X").
pub const MET_AT_RULE: &str = "event.met_at";

/// The venue right after a gathering verb of the dateline's sentence ("BLL đã họp tại Vườn
/// treo X để …", "… đã họp mặt tại nhà anh Y ở xã Z, huyện W"), read as a venue phrase.
fn venue_of_meeting(paragraph: &Paragraph, dateline: &Dateline) -> Option<String> {
    let &(_, b) = paragraph
        .sentences
        .iter()
        .find(|&&(a, b)| a <= dateline.start && dateline.start < b)?;
    let sentence = paragraph.text.get(dateline.end.min(b)..b)?;
    EVENT_MET_VERBS.iter().find_map(|v| {
        find_all_words_ci(sentence, v).find_map(|(_, vb)| {
            let rest = sentence[vb..].trim_start();
            let len = prefix_ci(rest, words::VENUE)?;
            let venue = venue_clause(&rest[len..]);
            is_addressed_venue(venue).then(|| venue.to_owned())
        })
    })
}

/// Drops a value that does not look like its field, left blank rather than printed wrong:
/// an organiser or a venue with a date or a percentage inside ("Tính đến tháng 2/2018, toàn
/// tỉnh có …"), an event with a percentage (a clause, not a noun phrase).
///
/// An organiser opened by a preposition or a copula ("của Sở X về việc …", "Là đơn vị …") is
/// a fragment of another clause, and one whose first comma closes a time phrase ("Mở đầu năm
/// 2014, Ban X") keeps only its subject after the comma; a venue that runs over a full stop
/// into the next sentence ("xã A. Chi nhánh B được …") stops at it.
fn drop_odd_values(info: &mut EventInfo) {
    if let Some(o) = info.organizer.take() {
        info.organizer = Some(after_time_phrase(&o).to_owned());
    }
    let odd = |v: &str| v.contains('%') || introduced_date(v).is_some();
    let fragment = |v: &str| longest_prefix(v, &ORGANISER_NOT_OPENERS).is_some();
    if info
        .organizer
        .as_deref()
        .is_some_and(|o| odd(o) || fragment(o))
    {
        info.organizer = None;
    }
    if let Some(p) = info.place.as_mut() {
        if let Some(end) = sentence_break(p) {
            p.truncate(end);
        }
    }
    if info.place.as_deref().is_some_and(odd) {
        info.place = None;
    }
    if info.event.as_deref().is_some_and(|e| e.contains('%')) {
        info.event = None;
    }
}

/// The part of an organiser after an opening time phrase ("Mở đầu năm 2014, Ban X" → "Ban
/// X"): the part before its first top-level comma holds a year, and a subject follows. A
/// comma part that is a time phrase alone ("Năm nay, Trường X", "Quận Đoàn …, sáng nay,
/// trường X") opens the clause wherever it stands: the subject is what follows it.
fn after_time_phrase(o: &str) -> &str {
    let Some(c) = first_top_level_comma(o) else {
        return o;
    };
    let rest = o[c + 1..].trim_start();
    if has_year(&o[..c]) && rest.starts_with(char::is_uppercase) {
        return rest;
    }
    let parts = split_top_level(o, ',');
    let time = parts.iter().rposition(|&(a, b)| {
        let part = o[a..b].trim();
        longest_prefix(part, &EVENT_TIME_PHRASES).is_some_and(|(_, len)| len == part.len())
    });
    match time.and_then(|i| parts.get(i + 1)) {
        Some(&(a, _)) if body_reading(o[a..].trim()).is_some() => o[a..].trim(),
        _ => o,
    }
}

/// Length of a year that the dateline left after its day and month ("20/11/ 2023": a year
/// typed after a space behind its slash), 0 when none.
fn year_after(s: &str) -> usize {
    let Some(rest) = s.strip_prefix('/') else {
        return 0;
    };
    let spaced = rest.trim_start_matches(' ');
    let year = spaced.bytes().take_while(u8::is_ascii_digit).count();
    let glued = spaced[year..].starts_with(|c: char| c.is_alphanumeric());
    if year == 4 && !glued {
        s.len() - spaced.len() + year
    } else {
        0
    }
}

/// Length of a bracket right after a dateline that dates it again ("Sáng 12/5/2025 (nhằm
/// ngày 15/4 năm Ất Tỵ)", "13-9 ( 23/7 Đinh Dậu)": the lunar date), with the space before
/// it; 0 when none. It holds a number and is short: a remark of the date, not the subject.
fn aside_after(s: &str) -> usize {
    let t = s.trim_start();
    let Some(inside) = t.strip_prefix('(') else {
        return 0;
    };
    match inside.find(')') {
        Some(j)
            if inside[..j].contains(|c: char| c.is_ascii_digit())
                && word_count(&inside[..j]) <= 10 =>
        {
            s.len() - t.len() + 1 + j + 1
        }
        _ => 0,
    }
}

/// True when `s` holds a year as a word ("năm 2014", "2017-2021").
fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")))
}

/// Offset of a full stop that ends a sentence inside a value ("xã A. Chi nhánh B …"): after
/// a word of three letters or more and before a capital, unlike "TP. Hồ Chí Minh".
fn sentence_break(v: &str) -> Option<usize> {
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

/// The venue of a later sentence about the event: "Buổi lễ đã được tổ chức trang trọng tại
/// Nhà hát X, Thành phố Y." (an event noun opens it, a passive verb and "tại" follow).
fn venue_of_held(paragraph: &Paragraph) -> Option<String> {
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

/// The venue at the start of `s` (after "tại", with no subject after it): its first clause
/// with the administrative units or the short place name that follow it ("Nhà hát Hòa
/// Bình, Thành phố Hồ Chí Minh", "Trung tâm Hội nghị Quốc gia, Hà Nội, với sự …").
fn venue_clause(s: &str) -> &str {
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

/// The event of the first paragraphs, before a later sentence's venue is looked for.
fn find_event(paragraphs: &[&Paragraph], dateline: Option<&Dateline>) -> EventInfo {
    let mut order = vec![0];
    if let Some(d) = dateline {
        order.push(d.para);
    }
    order.push(1);
    order.dedup();
    let mut seen = Vec::new();
    let mut deferred = None;
    let mut verb_lead = None;
    for &k in &order {
        if k >= paragraphs.len() || seen.contains(&k) {
            continue;
        }
        seen.push(k);
        if k == 0 {
            if is_plan(paragraphs[0]) {
                return EventInfo::default();
            }
            // "Đó là … tại Hội nghị … do X tổ chức": the lead names its event after "tại",
            // before any other event noun of the sentence.
            if let Some(info) = inverted(paragraphs[0]) {
                return info;
            }
        }
        let date = dateline.filter(|d| d.para == k);
        // "X tổ chức tập huấn …" names an organiser only in the lead or the dated paragraph:
        // later on it is one more activity ("Cũng tại kỳ họp, HĐND xã tổ chức lấy phiếu …").
        let verb_only = k == 0 || date.is_some();
        if let Some(info) = find_in(paragraphs[k], date, verb_only, k == 0) {
            let info = with_named_event(paragraphs[k], date, info);
            // An undated lead whose "tổ chức" names no event ("Thực hiện Điều 125, Luật Tổ
            // chức … về tổ chức hội nghị …") yields to the dateline's paragraph.
            let dated_later = k == 0 && date.is_none() && dateline.is_some_and(|d| d.para > 0);
            if info.event.is_some() || !dated_later {
                return info;
            }
            verb_lead.get_or_insert(info);
        }
        // The lead's own event ("X chủ trì lễ công bố …") before a later paragraph's; but an
        // undated verb reading ("X họp mặt …", a headline repeated as the first line) yields to
        // the event sentence of the dateline's paragraph.
        if k == 0 {
            if let Some(info) = object_of_verb(paragraphs[0], date, false) {
                let dated_later = date.is_none() && dateline.is_some_and(|d| d.para > 0);
                if !(dated_later && info.rule == VERB_EVENT_RULE) {
                    return info;
                }
                deferred = Some(info);
            }
        }
    }
    if let Some(info) = verb_lead.or(deferred) {
        return info;
    }
    // No "tổ chức": a working session or reception hosted by the sentence's subject.
    if let Some(info) = paragraphs.first().and_then(|p| hosted(p)) {
        return info;
    }
    // "tại X, diễn ra Hội nghị …", "đồng chí X chủ trì cuộc họp …", "UBND tỉnh họp phiên …";
    // last, a bare "Sáng 26/4, đồng chí X chủ trì hội nghị." when it is all the text says.
    [false, true]
        .iter()
        .find_map(|&bare| {
            seen.iter().find_map(|&k| {
                object_of_verb(paragraphs[k], dateline.filter(|d| d.para == k), bare)
            })
        })
        .unwrap_or_default()
}

/// "Ngày 12/1, tại X, đã diễn ra Hội nghị tổng kết …. Ban Y đăng cai tổ chức Hội nghị.": an
/// organiser whose event is its bare head noun refers back to the event the paragraph names
/// after a verb of [`EVENT_OBJECT_VERBS`] with the same head; that reading takes the organiser.
fn with_named_event(paragraph: &Paragraph, date: Option<&Dateline>, info: EventInfo) -> EventInfo {
    let head = |e: &str| longest_prefix(e, &EVENT_WORDS).map(|(w, len)| (w, len == e.len()));
    let Some((word, true)) = info.event.as_deref().and_then(head) else {
        return info;
    };
    if info.organizer.is_none() {
        return info;
    }
    match object_of_verb(paragraph, date, false) {
        Some(mut named)
            if named.organizer.is_none()
                && named.host.is_none()
                && named.event.as_deref().and_then(head) == Some((word, false)) =>
        {
            named.organizer = info.organizer;
            named.place = named.place.or(info.place);
            named.split_rule = Some(".anaphor");
            named
        }
        _ => info,
    }
}

/// The event named as the object of [`EVENT_OBJECT_VERBS`], with a "tại X" before the verb;
/// with `bare`, also a one- or two-word event noun after a dateline ("chủ trì hội nghị").
fn object_of_verb<'p>(
    paragraph: &Paragraph<'p>,
    date: Option<&Dateline>,
    bare: bool,
) -> Option<EventInfo> {
    for (sentence, date) in sentences_with_date(paragraph, date) {
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
                        let before = before.trim_start_matches([',', ' ']);
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

/// An inverted lead: "Đó là yêu cầu của X tại cuộc họp …", "Đây là thông tin tại Hội nghị
/// …": the event is the noun phrase after "tại" in the first sentence; a person after "của"
/// is its host (who spoke at it).
fn inverted(paragraph: &Paragraph) -> Option<EventInfo> {
    let (a, b) = *paragraph.sentences.first()?;
    let sentence = &paragraph.text[a..b];
    // "CSVNO – Đó là thông tin tại cuộc họp …": after the source tag.
    let sentence = &sentence[source_tag_len(sentence)..];
    // "Sáng 2/10, đó là …": after a dateline moved to the front, too.
    let sentence = &sentence[after_dateline(sentence)..];
    longest_prefix(sentence, &INVERTED_OPENERS)?;
    let (ta, object) = find_all_words_ci(sentence, words::VENUE).find_map(|(ta, tb)| {
        let object = sentence[tb..].trim_start();
        longest_prefix(object, &EVENT_WORDS).map(|_| (ta, object))
    })?;
    let (object, organizer) = by_organiser(object);
    let (event, place) = cut_event(object);
    // The person whose words are reported hosts the event only when no body organised it.
    let host = find_word_ci(&sentence[..ta], words::OF)
        .filter(|_| organizer.is_none())
        .and_then(|(_, ob)| {
            let x = sentence[ob..ta].trim().trim_end_matches(',');
            mention_at_start(x).map(|_| x.to_owned())
        });
    Some(EventInfo {
        event: Some(event),
        place,
        host,
        organizer,
        rule: "event.inverted_lead",
        split_rule: None,
    })
}

/// An event phrase ending with its agent ("Hội nghị … do Liên đoàn Lao động tỉnh tổ chức
/// sáng 2/10"): the phrase before "do" and the organiser.
fn by_organiser(object: &str) -> (&str, Option<String>) {
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

/// True when the lead announces a plan ("… vừa ban hành kế hoạch tổ chức Hội nghị …"): its
/// first sentence, after any introduction, has "tổ chức" as the object of a plan noun.
fn is_plan(paragraph: &Paragraph) -> bool {
    let Some(&(a, b)) = paragraph.sentences.first() else {
        return false;
    };
    let sentence = &paragraph.text[a..b];
    let intro = intro_len(sentence);
    // "Thực hiện kế hoạch tổ chức Hội thi …." with no comma: the whole sentence is the
    // reason for the event that the next sentence reports, not an announcement.
    if intro == 0 && longest_prefix(sentence, &INTRO_OPENERS).is_some() {
        return false;
    }
    let body = &sentence[intro..];
    find_all_words_ci(body, words::ORGANIZE).any(|(va, _)| {
        let before = body[..va].trim_end();
        EVENT_PLAN_NOUNS.iter().any(|w| {
            // "Sở Văn hóa, Thể thao và Du lịch tổ chức …": a name's last word, no plan.
            let in_name = before
                .get(..before.len().saturating_sub(w.len()))
                .and_then(|rest| rest.split_whitespace().next_back())
                .is_some_and(|word| word.starts_with(|c: char| c.is_uppercase()));
            ends_with_word_ci(before, w) && !in_name
        })
    })
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

/// The sentences of a paragraph after its source tag, each with the dateline's byte range
/// relative to the sentence when the dateline lies inside it.
fn sentences_with_date<'p>(
    paragraph: &Paragraph<'p>,
    date: Option<&Dateline>,
) -> Vec<(&'p str, Option<(usize, usize)>)> {
    let text = paragraph.text;
    let tag = source_tag_len(text);
    paragraph
        .sentences
        .iter()
        .filter_map(|&(a, b)| {
            let a = a.max(tag);
            let inside = date.filter(|d| d.start >= a && d.end <= b).map(|d| {
                let end = d.end + year_after(&text[d.end..b]);
                (d.start - a, end - a + aside_after(&text[end..b]))
            });
            (a < b).then(|| (&text[a..b], inside))
        })
        .collect()
}

/// The event of one paragraph, active ("X tổ chức Hội nghị …") or passive ("Hội nghị …
/// tổ chức ngày 11/7 tại Hà Nội").
fn find_in<'p>(
    paragraph: &Paragraph<'p>,
    date: Option<&Dateline>,
    verb_only_allowed: bool,
    lead: bool,
) -> Option<EventInfo> {
    let mut verb_only = None;
    let mut list = sentences_with_date(paragraph, date);
    // "Chiều 15/01, tại hội trường X. Hội Y tổ chức hội thi …": a dateline sentence with
    // nothing but its venue dates the next sentence and gives it its venue.
    let mut fragment = None;
    if let Some(k) = list.iter().position(|(_, d)| d.is_some()) {
        if let Some(venue) = dateline_fragment(list[k].0, list[k].1).filter(|_| k + 1 < list.len())
        {
            list[k + 1].1 = Some((0, 0));
            list.remove(k);
            fragment = Some((k, venue));
        }
    }
    // The dated sentence first: "Thực hiện Hướng dẫn số 12 … về việc tổ chức Hội nghị X. Chiều
    // 6/2, Bệnh viện A tổ chức Hội nghị …" names its event where the dateline stands.
    let mut sentences: Vec<_> = list.into_iter().enumerate().collect();
    sentences.sort_by_key(|(_, (_, date_end))| date_end.is_none());
    let with_venue = |i: usize, mut info: EventInfo| {
        if let Some((_, venue)) = fragment.as_ref().filter(|(k, _)| *k == i) {
            info.place = info.place.or(venue.clone());
        }
        info
    };
    for (i, (sentence, date_end)) in sentences {
        match active(sentence, date_end, lead && i == 0) {
            Some(info) if info.event.is_some() => return Some(with_venue(i, info)),
            Some(info) if verb_only_allowed => {
                verb_only.get_or_insert(with_venue(i, info));
            }
            _ => {}
        }
        if let Some(info) = passive(sentence, date_end) {
            return Some(with_venue(i, info));
        }
    }
    verb_only
}

/// The venue of a dateline sentence that says nothing else ("Ngày 23/5/2025, tại làng A, xã
/// B.", "Ngày 15/10, tại X dưới sự chứng kiến của …."): `Some(None)` without a venue, `None`
/// when the sentence goes on to a predicate of its own.
fn dateline_fragment(sentence: &str, date: Option<(usize, usize)>) -> Option<Option<String>> {
    let (ds, de) = date?;
    if ds > 0 {
        return None;
    }
    let rest = trim_end_punct(sentence[de..].trim_start_matches([',', ' ']));
    if rest.is_empty() {
        return Some(None);
    }
    let len = prefix_ci(rest, words::VENUE)?;
    let venue = venue_clause(&rest[len..]);
    let after = rest[len..].trim_start();
    let tail = after.get(venue.len()..)?.trim_start_matches([',', ' ']);
    // What follows the venue is a witness or an attendance ("dưới sự chứng kiến …"), no verb.
    let plain = tail.is_empty()
        || (longest_prefix(tail, &EVENT_FRAGMENT_TAILS).is_some()
            && find_word_ci(tail, words::ORGANIZE).is_none());
    (after.starts_with(venue) && plain && is_venue(venue)).then(|| Some(venue.to_owned()))
}

/// True when `before` ends with a number and a counting word ("đã 9 lần").
fn is_tally_count(before: &str) -> bool {
    EVENT_TALLY_COUNTERS.iter().any(|w| {
        ends_with_word_ci(before, w)
            && before[..before.len() - w.len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// "S (đã) tổ chức E": organiser S, event E. "S tổ chức tập huấn …", "S tổ chức cho hội
/// viên đi tham quan …": "tổ chức" with a verb phrase names the organiser but no event
/// noun; that reading is returned only when no "tổ chức" of the sentence has an event noun.
///
/// `lead` says the sentence opens the lead: undated, "X tổ chức Y" with the subject as its
/// first words is the lead's event sentence all the same (`event.active.lead`).
fn active(sentence: &str, date: Option<(usize, usize)>, lead: bool) -> Option<EventInfo> {
    let mut verb_only: Option<(usize, EventInfo)> = None;
    for (va, vb) in find_all_words_ci(sentence, words::ORGANIZE) {
        // "Hội X tổ chức tổ chức hội thi …": a verb typed twice is one verb, the second.
        if prefix_ci(sentence[vb..].trim_start(), words::ORGANIZE).is_some() {
            continue;
        }
        let subject_end = sentence[..va]
            .trim_end()
            .strip_suffix(words::ORGANIZE)
            .filter(|b| b.ends_with(' '))
            .map_or(va, |b| b.trim_end().len());
        let before = sentence[..subject_end].trim_end();
        // "UBND tỉnh sẽ tổ chức Hội nghị …": announced, not held; but the lead that opens
        // with the event's date ("Sáng 20/11, tại X, Bộ Y sẽ tổ chức Hội thảo …") previews
        // the event it reports (a guess).
        let planned = PLANNED.iter().any(|w| ends_with_word_ci(before, w));
        // The date may as well close the sentence ("Bộ Y sẽ tổ chức Hội thảo … vào sáng
        // 20/11"): before the verb or after it, the lead dates the event it previews.
        // Then nothing but a venue may come before the subject ("Theo kế hoạch, UBND tỉnh
        // sẽ tổ chức … vào ngày 20/12" is a plan).
        let dated_lead = lead
            && (date.is_some_and(|(ds, de)| ds == 0 && de <= va)
                || ((date.is_some_and(|(ds, _)| ds >= vb) || dated_after_event(&sentence[vb..]))
                    && subject_opens(&sentence[..va])));
        if ends_with_word_ci(before, words::PASSIVE)
            || ORGANIZE_AS_NOUN_AFTER
                .iter()
                .any(|w| ends_with_word_ci(before, w))
            || (planned && !dated_lead)
        {
            continue;
        }
        // "X đã 9 lần tổ chức Cuộc thi …": a tally of past events, not this one.
        if is_tally_count(before) {
            continue;
        }
        // "X thực hiện chuyến về nguồn, viếng … và tổ chức giao lưu …": a second predicate,
        // its subject somewhere before the first verb (no reading).
        if ends_with_word_ci(before, words::AND) {
            continue;
        }
        // "15 tổ chức cơ sở đảng", "các tổ chức chính trị - xã hội": the noun "organisation".
        if longest_prefix(sentence[vb..].trim_start(), &ORGANISATION_KINDS).is_some() {
            continue;
        }
        let mut object = sentence[vb..].trim_start();
        while let Some((_, len)) = longest_prefix(object, &ORGANIZE_ADVERBS) {
            object = object[len..].trim_start();
        }
        // "tổ chức thành công “Hội nghị …”", "tổ chức 02 Hội nghị …": a quoted name, a count.
        let with_quote = object;
        let quoted = object.strip_prefix(['"', '“']);
        object = quoted.unwrap_or(object);
        // The count stays in the event as written ("5 buổi mít tinh …", `tests/LABELLING.md`);
        // the noun after it says whether there is one.
        let counted = object;
        let count = object.len()
            - object
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if count > 0 && object[count..].starts_with(' ') {
            object = object[count..].trim_start();
        }
        // "Tòa án … tổ chức xét xử lưu động …", "Đội CSĐT tổ chức đấu tranh …": an
        // operation, not an event, and its subject no organiser.
        if longest_prefix(object, &EVENT_OPERATION_VERBS).is_some() {
            continue;
        }
        // "đã tổ chức được 12 buổi tuyên truyền": a tally of a year's activities.
        if longest_prefix(object, &EVENT_TALLY_WORDS).is_some() {
            continue;
        }
        // "Nhà Thiếu nhi huyện X Tổ chức Tổng kết hè …": a verb written with a capital inside
        // the sentence says the writer capitalises words, so its object's capital names nothing.
        let verb_capitalised = va > 0 && sentence[va..].starts_with(char::is_uppercase);
        // "tổ chức họp để thông qua …", "tổ chức họp Hội đồng … xét duyệt …", "tổ chức họp
        // thường kỳ": a bare "họp" is the verb, no event noun (the reading
        // `tests/LABELLING.md` settles; "họp mặt" is a noun), even capitalised ("tổ chức Họp
        // phụ huynh …"): unlike "Tổng kết", the bare verb is no event's name.
        let bare_meeting =
            longest_prefix(object, &EVENT_WORDS).is_some_and(|(w, _)| eq_ci(w, VERB_EVENTS[0]));
        let lower_start =
            object.starts_with(|c: char| c.is_lowercase()) || verb_capitalised || bare_meeting;
        let verb =
            lower_start && (bare_meeting || longest_prefix(object, &EVENT_VERB_OBJECTS).is_some());
        let named = longest_prefix(object, &EVENT_WORDS).is_some();
        // "tổ chức “Ngày cao điểm Hoa phượng đỏ toàn quốc” năm 2021": a capitalised name in
        // quotes is the event's name, though its head is no event noun (a weaker reading).
        let quoted_name = !named && quoted.is_some() && object.starts_with(char::is_uppercase);
        let noun = (named || quoted_name) && !verb;
        let verb_phrase = lower_start;
        if !noun && !verb_phrase {
            continue;
        }
        // "…, đã diễn ra Hội nghị phối hợp tổ chức Diễn đàn …": this "tổ chức" is inside the
        // event named after an earlier verb; that verb's reading names the event.
        let inside_named = EVENT_OBJECT_VERBS.iter().any(|v| {
            find_all_words_ci(before, v)
                .any(|(_, b)| longest_prefix(before[b..].trim_start(), &EVENT_WORDS).is_some())
        });
        if inside_named {
            continue;
        }
        let (event, tail_place) = if noun {
            let (mut event, tail_place) = cut_event(counted);
            if quoted.is_some() {
                // Quotes around the whole phrase are no part of it; a quoted name with
                // words after it keeps both its quotes.
                let inner = event.trim_end_matches(['"', '”']);
                event = if inner.contains(['"', '”']) {
                    cut_event(with_quote).0
                } else {
                    inner.to_owned()
                };
            }
            (Some(event), tail_place)
        } else {
            (None, None)
        };
        // The dateline in the sentence, before the verb or after the event ("… tổ chức Hội
        // nghị sơ kết … chiều 21-3, tại …"), makes it the event sentence.
        // A date written before the verb that the dateline did not take ("hôm nay, sáng ngày
        // 18/10/2023 X tổ chức …") dates the sentence all the same.
        // So does a date right after the event phrase of the lead's first sentence ("… tổ
        // chức Hội nghị X vào chiều 21/3"), whether or not the dateline took it; later, such
        // a sentence may recount an earlier event.
        let dated = date.is_some()
            || introduced_dates(&sentence[..va]).any(|(_, _, b)| !b)
            || (lead && dated_after_event(&sentence[vb..]));
        let (mut subject, mut place, mut split_rule) =
            subject_and_place(sentence, subject_end, date);
        // "Tính đến cuối tháng 2, toàn tỉnh có 120/152 cơ sở Hội tổ chức Đại hội …": a count
        // of the bodies that held one, neither this event nor its organiser.
        if is_statistic(subject) {
            continue;
        }
        // "Tổ chức Hội nghị người lao động … là hoạt động có ý nghĩa …": with no subject and
        // a copula, the sentence says what holding such an event is.
        let copula = event
            .as_deref()
            .is_some_and(|e| find_word_ci(e, words::COPULA).is_some());
        if subject.is_empty() && copula {
            continue;
        }
        if let Some(rest) =
            after_introduced_date(subject).filter(|rest| body_reading(rest).is_some())
        {
            subject = rest;
            split_rule = split_rule.or(Some(".after_date"));
        }
        if let Some(len) = prefix_ci(subject, words::VENUE) {
            // "tại Hội trường UBND xã đã tổ chức Hội nghị …": a venue and no subject.
            // "tại Nhà văn hóa xã X Hội cựu chiến binh xã long trọng tổ chức": a body's
            // head word after the venue's first words starts the organiser.
            let venue = subject[len..].trim();
            // "tại lớp bồi dưỡng … và cấp ủy viên cơ sở đợt 2, Đảng ủy xã X đã tổ chức": a
            // venue too long for `place_at` still ends at the comma before the subject.
            let after_comma = Some(body_after_opening(venue))
                .filter(|b| b.len() < venue.len() && body_reading(b).is_some())
                .map(|b| venue.len() - b.len());
            let body = after_comma.or_else(|| {
                venue
                    .match_indices(' ')
                    .skip(1)
                    .map(|(i, _)| i + 1)
                    .find(|&i| {
                        // "Trung tâm Hội nghị Triển lãm tỉnh": an event noun names the venue.
                        venue[i..].starts_with(|c: char| c.is_uppercase())
                            && longest_prefix(&venue[i..], &ORGANISATION_HEADS).is_some()
                            && longest_prefix(&venue[i..], &EVENT_WORDS).is_none()
                    })
            });
            let (venue, body) = body.map_or((venue, ""), |i| {
                (venue[..i].trim().trim_end_matches(','), &venue[i..])
            });
            if place.is_none() && is_venue(venue) {
                place = Some(venue.to_owned());
            }
            subject = body;
            if !body.is_empty() {
                split_rule = Some(".venue_then_body");
            }
        } else if subject.starts_with(|c: char| c.is_lowercase()) && body_reading(subject).is_none()
        {
            // "hòa chung không khí …, Trường X đã tổ chức": a lower-case opening phrase is
            // no body; the subject is the part after its last comma.
            let tail = body_after_opening(subject);
            if tail.len() < subject.len() && body_reading(tail).is_some() {
                subject = tail;
                split_rule = split_rule.or(Some(".after_opening"));
            }
        }
        let opens = std::ptr::eq(subject.as_ptr(), sentence.trim_start().as_ptr());
        let mut info = EventInfo {
            event,
            place: place.or(tail_place),
            // No date before the verb: a report about an event ("đã hoàn thành …"), a plan
            // or a summary as often as the event itself.
            rule: match (dated, noun) {
                (true, true) => "event.active",
                (false, true) => "event.active.undated",
                (true, false) => "event.active.verb_object",
                (false, false) => "event.active.undated.verb_object",
            },
            split_rule,
            ..Default::default()
        };
        // "xã Vân Canh tổ chức Đại hội …": a commune or district as the body.
        let unit = (is_admin_unit(subject) && first_top_level_comma(subject).is_none())
            || is_count_of_units(subject);
        if longest_prefix(subject, &INVERTED_OPENERS).is_some() {
            // "Đây là nhiệm vụ quan trọng, … hội nghị sẽ quán triệt để tổ chức": a comment
            // on the event, its "subject" no body.
        } else if unit {
            info.organizer = Some(subject.to_owned());
        } else if let Some(how) = body_reading(subject) {
            info.organizer = Some(subject.to_owned());
            if !how.is_empty() {
                info.split_rule = info.split_rule.or(Some(how));
            }
        } else if mention_at_start(subject).is_some() {
            info.host = Some(subject.to_owned());
        }
        // Undated, a lead that opens with its organiser, a capitalised name read plainly (no
        // opening, venue or date split off), is the lead's event sentence all the same.
        let plain_lead = lead && opens && info.split_rule.is_none() && info.organizer.is_some();
        if noun && !dated && plain_lead {
            info.rule = "event.active.lead";
        }
        if quoted_name {
            info.rule = "event.active.quoted_name";
        }
        if planned {
            info.rule = "event.active.planned";
        }
        if noun {
            return Some(info);
        }
        // A verb phrase without an organiser says nothing about an event; nor does a
        // subject that still holds a date or an introduction ("Trước đó, vào khoảng 23h30
        // ngày 20/9, Đội … tổ chức đấu tranh"): the sentence was not read as a lead.
        let clean = |s: &str| {
            super::dateline::find_in_line(s).is_none()
                && longest_prefix(s, &INTRO_OPENERS).is_none()
                && !EVENT_CLAUSE_WORDS
                    .iter()
                    .any(|w| find_word_ci(s, w).is_some())
        };
        // The first verb phrase, unless its "tổ chức" lies before this one's subject ("tại trụ
        // sở Viện Khoa học tổ chức nhà nước, Hội đồng X đã tổ chức họp …": a noun in the venue).
        // (An empty subject is no slice of the sentence: it starts at the verb.)
        let subject_at = (subject.as_ptr() as usize)
            .checked_sub(sentence.as_ptr() as usize)
            .filter(|&at| at <= sentence.len())
            .unwrap_or(subject_end);
        let first = verb_only.as_ref().is_none_or(|(at, _)| *at < subject_at);
        if first && info.organizer.as_deref().is_some_and(clean) {
            verb_only = Some((va, info));
        }
    }
    verb_only.map(|(_, info)| info)
}

/// The subject of the "tổ chức" at `va` and the venue before it: the subject starts after
/// the dateline and its place, or after introductory clauses. Also returns how organiser
/// and venue were told apart when that is weaker than the sentence's rule.
fn subject_and_place(
    sentence: &str,
    va: usize,
    date: Option<(usize, usize)>,
) -> (&str, Option<String>, Option<&'static str>) {
    let mut place = None;
    let mut start = 0;
    let mut split_rule = None;
    if let Some((ds, de)) = date.filter(|&(_, de)| de <= va) {
        start = de;
        let rest = &sentence[de..va];
        let skipped = rest.len() - rest.trim_start_matches([',', ' ']).len();
        start += skipped;
        // "Chiều ngày 17/5 vừa qua Ủy ban nhân dân huyện đã tổ chức": a word that ends the
        // date is not part of the subject.
        if let Some((_, len)) = longest_prefix(&sentence[start..va], &EVENT_DATE_TRAILERS) {
            let rest = &sentence[start + len..va];
            start += len + (rest.len() - rest.trim_start_matches([',', ' ']).len());
        }
        if let Some((p, len)) = place_at(&sentence[start..va]) {
            place = Some(p);
            start += len;
            // "tại Hội trường A, Học viện Y, Khối Z đã tổ chức": the building's owner
            // belongs to the place; the organiser is the last part, the verb's subject.
            let subject = &sentence[start..va];
            if let (Some(p), Some(comma)) = (place.as_mut(), first_top_level_comma(subject)) {
                let owner = subject[..comma].trim();
                let rest = subject[comma + 1..].trim();
                if longest_prefix(p, &BUILDINGS).is_some()
                    && is_organisation(owner)
                    && is_organisation(strip_adverbs(rest))
                    && first_top_level_comma(rest).is_none()
                {
                    p.push_str(", ");
                    p.push_str(owner);
                    split_rule = Some(".building_owner");
                    start += comma
                        + 1
                        + (subject[comma + 1..].len() - subject[comma + 1..].trim_start().len());
                }
            }
        } else if let Some(p) = place_before(&sentence[..ds]) {
            place = Some(p);
        }
    } else {
        // "Sáng ngày Chủ Nhật 16/11/2014, tại …": a date the dateline did not take opens the
        // sentence; introductory clauses and the venue follow it.
        if let Some((0, end)) = introduced_date(&sentence[..va]) {
            if let Some(rest) = sentence[end..va].trim_start().strip_prefix(',') {
                start = va - rest.trim_start().len();
            }
        }
        // "Vừa qua, tại huyện X, Y đã tổ chức": introductory clauses, the venue among them.
        let (len, venue) = intro_and_place(&sentence[start..va]);
        start += len;
        place = venue;
    }
    (strip_adverbs(&sentence[start..va]), place, split_rule)
}

/// "… E (được) tổ chức ngày 11/7 tại X": event E, place X; "E, do X phối hợp với Y tổ
/// chức …": organiser X with its co-organiser.
fn passive(sentence: &str, date: Option<(usize, usize)>) -> Option<EventInfo> {
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
    for ea in starts {
        // Only a named event (capitalised), not an anaphoric "hội nghị".
        if !sentence[ea..].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        // "tại Trung tâm Hội nghị Quốc gia", "tại Trung tâm Hội nghị Triển lãm tỉnh": part
        // of a venue's name, anywhere in a venue phrase that opens with a venue word.
        let before = sentence[..ea].trim_end();
        if VENUE_WORDS.iter().any(|w| ends_with_word_ci(before, w)) || in_venue_name(before) {
            continue;
        }
        // "Tiểu ban Chỉ đạo Đề án thứ tư Chương trình 212 …" may be part of a body's
        // name ("chủ đề Hội thảo …" is not): unsure when no clause opens before it.
        let inside = !opens_phrase(before);
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
        if !dated && !ends_passive_clause(&rest[vb..]) && !by_agent(rest[..va].trim_end()) {
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
                // "E được X tổ chức": the agent ends the event phrase; a passive names no
                // organiser (the README's rule), unlike "do X tổ chức".
                if is_organisation(strip_adverbs(&phrase[db..])) {
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
        let phrase = strip_trailing(phrase, &PASSIVE_ADVERBS);
        if word_count(phrase) < 3 || phrase.contains(';') {
            continue;
        }
        let (event, _) = cut_event(phrase);
        let after = &rest[vb..];
        let place = find_word_ci(after, words::VENUE).and_then(|(_, tb)| {
            let x = venue_clause(&after[tb..]);
            // "tại Hội trường X vào sáng 10/1": the date is not part of the venue.
            let x = date_tail(x).map_or(x, |cut| x[..cut].trim_end());
            is_venue(x).then(|| x.to_owned())
        });
        // "Tại X, Đại hội … đã tiến hành …": a venue opening the sentence before the
        // event, after its dateline if any.
        let place = place.or_else(|| {
            let opening = &sentence[after_dateline(sentence)..];
            place_at(opening)
                .filter(|(p, len)| is_venue(p) && opening[*len..].trim_start().len() == rest.len())
                .map(|(p, _)| p)
        });
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
    let after = s[vb..].trim_start();
    after.is_empty()
        || after.starts_with(|c: char| !c.is_alphabetic())
        || longest_prefix(after, &AFTER_PASSIVE).is_some()
        || by_agent(before)
}

/// True when `before` (the text before a bare "tổ chức") ends with its agent, "do X": "Hội
/// nghị … do Khoa Y tổ chức đã thu hút …" is a passive relative whatever follows it.
fn by_agent(before: &str) -> bool {
    find_all_words_ci(before, words::BY)
        .last()
        .is_some_and(|(_, db)| body_reading(strip_adverbs(&before[db..])).is_some())
}

/// True when what follows a passive verb is a date, a venue or the end of the clause.
fn ends_passive_clause(after: &str) -> bool {
    let mut after = after.trim_start();
    while let Some((_, len)) = longest_prefix(after, &ORGANIZE_ADVERBS) {
        after = after[len..].trim_start();
    }
    after.is_empty()
        || after.starts_with(|c: char| !c.is_alphabetic())
        || longest_prefix(after, &AFTER_PASSIVE).is_some()
}

/// `s` without the words of `table` at its end ("Cuộc họp … vừa" → "Cuộc họp …").
fn strip_trailing<'a>(s: &'a str, table: &[&str]) -> &'a str {
    let mut s = trim_end_punct(s);
    while let Some(w) = table.iter().find(|w| ends_with_word_ci(s, w)) {
        s = trim_end_punct(s[..s.len() - w.len()].trim_end());
    }
    s
}

/// Offset of the "và" that opens a second predicate of the event sentence, before the
/// purpose (inside it, "nhằm đánh giá … và tổ chức Tết" is one purpose): a second "tổ chức"
/// ("hội nghị sơ kết … và tổ chức lễ chúc thọ …"), or a verb of [`EVENT_SECOND_VERBS`]
/// after a whole noun phrase ("Hội trại Tổng kết các lớp năng khiếu Hè và trao giấy chứng
/// nhận …"). After a name of two or three words, or in a ceremony's name, the act is part
/// of the one event ("lễ bế giảng và trao bằng tốt nghiệp", "Lễ tổng kết năm học 2023 -
/// 2024 và trao thưởng cho học sinh giỏi").
fn second_predicate(e: &str) -> Option<usize> {
    let purpose = purpose_start(e);
    let verbs = std::iter::once(words::ORGANIZE).chain(EVENT_SECOND_VERBS.iter().copied());
    verbs
        .flat_map(|verb| find_all_words_ci(&e[..purpose], verb).map(move |(a, b)| (verb, a, b)))
        .filter_map(|(verb, a, b)| {
            let before = e[..a].trim_end();
            // "Hội nghị X, tổ chức đợt sinh hoạt …": a comma joins a second "tổ chức" as "và" does.
            if verb == words::ORGANIZE && before.ends_with(',') {
                let object = e[b..].trim_start();
                return longest_prefix(object, &EVENT_WORDS)
                    .is_some()
                    .then_some(before.len() - 1);
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
                let act = EVENT_CEREMONY_ACTS.contains(&verb);
                let ceremony = longest_prefix(e, &EVENT_CEREMONY_HEADS).is_some();
                word_count(&before[..i]) >= 5 && !(act && ceremony)
            };
            opens.then_some(i)
        })
        .min()
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

/// The venue noun phrase at the start of `s` (after "tại"): it stops before a date ("tại
/// X từ ngày 04/10"), and before a word that opens a purpose, an agent or the sentence's
/// next predicate ("tại Trụ sở X, Hà Nội trao đổi về …").
fn venue_phrase(s: &str) -> &str {
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

/// The first numeric date in `s` ("14/9", "21-3", "09.6.2024", "04~06/10/2019", "2/2018"):
/// its byte range. Day and month have one or two digits, a year four; "120/152",
/// "1.000.000" and "78,94" are figures.
fn date_token(s: &str) -> Option<(usize, usize)> {
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
fn introduced_date(s: &str) -> Option<(usize, usize)> {
    introduced_dates(s).next().map(|(a, b, _)| (a, b))
}

/// Every date of `s` written as one ([`introduced_date`]), with whether it is in brackets
/// (an anniversary's span, "(26/3/1931 – 26/3/2017)", rather than a date of the sentence).
fn introduced_dates(s: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
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

/// The subject after the last date written inside it ("Chính vì vậy, Chiều tối thứ Bảy-
/// ngày 14/9 BGH", "Hòa chung không khí … (26/3/1931 – 26/3/2017) Liên đội trường X"): a
/// date the dateline did not take still opens the sentence, and the subject follows it.
fn after_introduced_date(subject: &str) -> Option<&str> {
    let end = introduced_dates(subject).last()?.1;
    let mut rest = &subject[end..];
    loop {
        let trimmed = rest.trim_start_matches([')', ',', ' ', '-', '–']);
        let trimmed = longest_prefix(trimmed, &EVENT_DATE_TRAILERS)
            .map_or(trimmed, |(_, len)| &trimmed[len..]);
        if trimmed.len() == rest.len() {
            break;
        }
        rest = trimmed;
    }
    (!rest.is_empty()).then_some(rest)
}

/// True when a subject counts the bodies that held an event ("toàn tỉnh có 120/152 cơ sở
/// Hội tổ chức Đại hội", "80% chi bộ đã tổ chức …"): a statistic, not this event's organiser.
fn is_statistic(subject: &str) -> bool {
    subject.contains('%')
        || find_all_words_ci(subject, words::HAVE).any(|(_, b)| {
            let counted = subject[b..].trim_start();
            counted.starts_with(|c: char| c.is_ascii_digit())
                || prefix_ci(counted, words::PLURAL).is_some()
        })
}

/// Offset of a photo marker in an event phrase ("(ảnh)", "(Ảnh dưới)", "(Ảnh: X)"), if
/// any: a bracket opening with a photo word that closes within three words or holds a
/// credit, unlike "(ảnh hưởng của …)".
fn photo_marker(e: &str) -> Option<usize> {
    e.match_indices('(').map(|(i, _)| i).find(|&i| {
        let inside = e[i + 1..].trim_start();
        let inside = inside.find(')').map_or(inside, |j| &inside[..j]);
        PHOTO_WORDS.iter().any(|w| inside.starts_with(w))
            && (word_count(inside) <= 3 || inside.contains(':'))
    })
}

/// "X (đã) có buổi làm việc với …": host X, event "buổi làm việc với …".
fn hosted(paragraph: &Paragraph) -> Option<EventInfo> {
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

/// Cuts an event phrase at the end of its clause, dropping "do … chủ trì", "dưới sự chủ
/// trì …", a date tail and a venue tail (returned as the place).
fn cut_event(object: &str) -> (String, Option<String>) {
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
    if let Some(i) = date_tail(e) {
        e = trim_end_punct(&e[..i]);
    }
    let place = if let Some((ta, tb)) = venue_at(e) {
        let venue = venue_phrase(&e[tb..]);
        e = trim_end_punct(&e[..ta]);
        if let Some(i) = date_tail(e) {
            e = trim_end_punct(&e[..i]);
        }
        is_addressed_venue(venue).then(|| venue.to_owned())
    } else {
        let stop_tail = before_stops.get(e.len()..).unwrap_or("");
        [second_tail, stop_tail].iter().find_map(|tail| {
            let (_, tb) = venue_at(tail)?;
            let venue = venue_phrase(&tail[tb..]);
            is_venue(venue).then(|| venue.to_owned())
        })
    };
    (e.to_owned(), place)
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

/// Offset of the first full stop that ends a sentence inside an event phrase: glued to the
/// next sentence ("kỳ.Thay"), or before a word the splitter took for no sentence start
/// ("năm 2015. rong thời gian qua", a dropped capital), if any.
fn glued_full_stop(e: &str) -> Option<usize> {
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

/// Under a title that names the organiser whole ("Trường X, Đại học Y tổ chức …"), a
/// lead whose venue took the first part of that name ("tại Phòng họp A, Trường X, Đại học
/// Y đã tổ chức") gives it back: the venue stops before the organiser.
///
/// A text without a headline has its lead as the first line ("Sáng nay, Trường X long trọng
/// tổ chức lễ kỷ niệm …"): when the paragraphs named no event, a first line that opens
/// with a dateline or an introduction is read as the lead.
pub fn confirm_by_title(info: &mut EventInfo, title: &str) {
    if *info == EventInfo::default() {
        let lead = Paragraph::new(title);
        // A first line dated at its end ("X đã tổ chức kỳ họp thứ 16 vào chiều 11-11.") is
        // a lead as much as one dated in front.
        let opens_lead = super::dateline::find_in_line(title).is_some_and(|d| d.start == 0)
            || longest_prefix(title, &INTRO_OPENERS).is_some()
            || date_tail(trim_end_punct(title)).is_some();
        if opens_lead {
            let date = super::dateline::find(&[&lead]);
            *info = find(&[&lead], date.as_ref());
        }
        return;
    }
    let (Some(org), Some(place)) = (info.organizer.as_deref(), info.place.as_deref()) else {
        return;
    };
    let Some((va, _)) = find_word_ci(title, words::ORGANIZE) else {
        return;
    };
    let subject = strip_adverbs(&title[..va]);
    let joined = format!("{place}, {org}");
    if subject.len() <= org.len() || !joined.ends_with(subject) {
        return;
    }
    let venue = trim_end_punct(&joined[..joined.len() - subject.len()]);
    if !venue.is_empty() {
        info.place = Some(venue.to_owned());
        info.organizer = Some(subject.to_owned());
        info.split_rule = Some(".title");
    }
}

/// Start of a trailing date ("…, ngày 11/7", "tổ chức vào sáng 12/4"); a bare number date
/// that ends a name ("Ngày hội Quốc phòng toàn dân 22.12") is no tail.
fn date_tail(e: &str) -> Option<usize> {
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

/// True when `before` (the text before a word) ends inside a venue's name: a "tại" then a
/// venue word ("Trung tâm", "Nhà văn hóa") and no comma or clause end since.
fn in_venue_name(before: &str) -> bool {
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

/// The organiser after a lower-case opening phrase: its last comma part, or the run of
/// capitalised parts that ends it (a body and its parent, "…, Cục X, Bộ Y"), not a city or
/// a unit that locates it first.
fn body_after_opening(subject: &str) -> &str {
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

/// True when the text before a verb is its subject alone, after a venue at most ("Tại Đà
/// Lạt, Sở X sẽ"): no opening clause of its own before it.
fn subject_opens(before: &str) -> bool {
    let s = before.trim_start();
    let rest = place_at(s).map_or(s, |(_, len)| &s[len..]);
    first_top_level_comma(rest).is_none()
}

/// True when the object of an event verb (the text after it) has a date right after its
/// event phrase, or after the phrase's venue ("Hội nghị X tại Hội trường Y vào sáng 21/3,
/// …"): the time adjunct of the sentence, written after the event instead of before it.
fn dated_after_event(object: &str) -> bool {
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
fn clock_time(s: &str) -> Option<(usize, usize)> {
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

/// The venue written right after the dateline ("Sáng 26/12, tại Hà Nội, …"), for an event
/// named elsewhere.
pub fn place_after_dateline(paragraph: &str, dateline: &Dateline) -> Option<String> {
    let rest = paragraph.get(dateline.end..)?;
    let rest = rest[aside_after(rest)..].trim_start_matches([',', ' ']);
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
fn place_at(s: &str) -> Option<(String, usize)> {
    let len = prefix_ci(s, words::VENUE)?;
    let rest = &s[len..];
    let mut comma = first_top_level_comma(rest)?;
    while let Some(next) = first_top_level_comma(&rest[comma + 1..]) {
        let part = rest[comma + 1..comma + 1 + next].trim();
        // A city or a country by its name alone ("tại Trung tâm Hội nghị Quốc gia, Hà Nội,
        // Công đoàn X tổ chức") locates the venue as a unit with its name does.
        if !is_locator(part) && !is_address_part(part) {
            break;
        }
        comma += 1 + next;
    }
    let x = rest[..comma].trim();
    // The venue's own words, not the units and address parts that locate it.
    if word_count(first_clause(x)) > 15 || x.is_empty() {
        return None;
    }
    let after = &rest[comma + 1..];
    Some((
        x.to_owned(),
        len + comma + 1 + (after.len() - after.trim_start().len()),
    ))
}

/// True for a part that locates something: a city or a country by its name alone ("Hà
/// Nội") or an administrative unit with its name ("tỉnh Kiên Giang").
fn is_locator(part: &str) -> bool {
    longest_prefix(part, &PLACE_NAMES).is_some_and(|(_, len)| len == part.len())
        || is_admin_unit(part)
}

/// True for an administrative unit with its name ("tỉnh Kiên Giang", "Thành phố Hải
/// Phòng", "Quận 3"), not a body named after one ("Tỉnh ủy").
fn is_admin_unit(part: &str) -> bool {
    longest_prefix(part, &PLACE_ADMIN_UNITS).is_some_and(|(_, len)| {
        let name = part[len..].trim_start_matches(['.', ' ']);
        // "Huyện Đoàn", "Tỉnh Ủy" written with a capital: bodies, not places.
        name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && longest_prefix(name, &PLACE_UNIT_BODIES).is_none()
    })
}

/// True for a part of a street address after a venue ("số 70", "Đường Nguyễn Văn Quá",
/// "phố Trần Phú"): a word of [`PLACE_ADDRESS_PARTS`] and a number or a name.
fn is_address_part(part: &str) -> bool {
    longest_prefix(part, &PLACE_ADDRESS_PARTS).is_some_and(|(_, len)| {
        let name = part[len..].trim_start();
        len < part.len()
            && part[len..].starts_with(' ')
            && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// True for a count of administrative units as a subject ("14 xã, thị trấn đã tổ chức kỳ
/// họp …": each of them held one).
fn is_count_of_units(s: &str) -> bool {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || !s[digits..].starts_with(' ') {
        return false;
    }
    s[digits..].split([',', '/']).all(|part| {
        let part = part.trim();
        longest_prefix(part, &PLACE_ADMIN_UNITS).is_some_and(|(_, len)| len == part.len())
    })
}

/// True for a short place name after a venue ("Hà Nội", "Đà Nẵng"): one to three
/// capitalised words, no number, no rank or honorific ("Hà" is a family name too).
fn is_place_name(part: &str) -> bool {
    let part = trim_end_punct(part);
    let n = word_count(part);
    (1..=3).contains(&n)
        && part.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit())
        })
        && !starts_with_marker(part)
}

/// "Tại X, " just before the dateline.
fn place_before(s: &str) -> Option<String> {
    let s = s.trim_end().strip_suffix(',')?;
    let (_, end) = find_all_words_ci(s, words::VENUE).last()?;
    let x = s[end..].trim();
    (first_top_level_comma(x).is_none() && is_venue(x)).then(|| x.to_owned())
}

/// The text up to the first top-level comma or the end.
fn first_clause(s: &str) -> &str {
    let s = s.trim_start();
    trim_end_punct(first_top_level_comma(s).map_or(s, |i| &s[..i]))
}

/// True when `x` names a venue: a proper name or a venue noun, and not too long.
fn is_venue(x: &str) -> bool {
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
fn is_addressed_venue(x: &str) -> bool {
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
fn name_after_common_noun(s: &str) -> Option<usize> {
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

/// Offset after a dateline that opens the sentence, with its "tại …" venue and commas.
fn after_dateline(sentence: &str) -> usize {
    let Some(d) = super::dateline::find_in_line(sentence).filter(|d| d.start == 0) else {
        return 0;
    };
    let mut start = d.end + aside_after(&sentence[d.end..]);
    start += sentence[start..].len() - sentence[start..].trim_start_matches([',', ' ']).len();
    if let Some((_, len)) = place_at(&sentence[start..]) {
        start += len;
    }
    start
}

/// Length of introductory clauses ("Nhân dịp …, ", "Thực hiện …, ") at the start of `s`.
fn intro_len(s: &str) -> usize {
    let mut start = 0;
    while opens_intro(&s[start..]) {
        let Some(comma) = first_top_level_comma(&s[start..]) else {
            break;
        };
        start += comma + 1;
        start += s[start..].len() - s[start..].trim_start().len();
    }
    start
}

/// True when `s` opens with an introductory clause or a connector ("Nhân dịp …", "Chính vì
/// vậy, …"): what runs to its comma is no subject.
fn opens_intro(s: &str) -> bool {
    longest_prefix(s, &INTRO_OPENERS).is_some() || longest_prefix(s, &EVENT_CONNECTORS).is_some()
}

/// Length of the introductory clauses at the start of `s` and the venue of a "tại X, "
/// among them.
fn intro_and_place(s: &str) -> (usize, Option<String>) {
    let mut start = 0;
    let mut place = None;
    loop {
        let rest = &s[start..];
        if let Some((p, len)) = place_at(rest).filter(|(p, _)| is_venue(first_clause(p))) {
            place = Some(p);
            start += len;
            continue;
        }
        let comma = opens_intro(rest)
            .then(|| first_top_level_comma(rest))
            .flatten();
        let Some(comma) = comma else {
            return (start, place);
        };
        start += comma + 1;
        start += s[start..].len() - s[start..].trim_start().len();
    }
}

/// `s` without `word` as its last word ("X có" → "X").
fn without_last_word<'a>(s: &'a str, word: &str) -> &'a str {
    match s.strip_suffix(word) {
        Some(rest) if rest.ends_with(' ') => rest.trim_end(),
        _ => s,
    }
}

/// Removes adverbs between a subject and "tổ chức" ("đã", "long trọng", "phối hợp"),
/// written in lower case as listed: a capitalised word is part of a name ("Lâm Đồng").
fn strip_adverbs(s: &str) -> &str {
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
fn is_common_noun_name(s: &str) -> bool {
    // One or two lower-case words ("trường", "bệnh viện") before the capitalised name.
    name_after_common_noun(s).is_some_and(|at| is_organisation(&s[at..]))
}

/// How `s` reads as the organiser, if it does: "" for a capitalised name ("Trường THCS A"),
/// else the weaker reading it needs: `.common_noun` for bodies written with their common
/// noun in lower case ("trường MN Xuân Lĩnh", "chùa A, thiền viện B"), `.members` for the
/// people of a body ("thầy và trò trường THCS A"), `.plural` for bodies named in the plural,
/// each holding the event ("các cơ sở Đoàn khối xã A và Đoàn Khối B").
fn body_reading(s: &str) -> Option<&'static str> {
    let named = |b: &str| is_organisation(b) || is_common_noun_list(b);
    if is_organisation(s) {
        Some("")
    } else if is_common_noun_list(s) {
        Some(".common_noun")
    } else if longest_prefix(s, &ORGANISER_GROUPS)
        .is_some_and(|(_, len)| named(s[len..].trim_start()))
    {
        Some(".members")
    } else if prefix_ci(s, words::PLURAL)
        .is_some_and(|len| is_common_noun_list(s[len..].trim_start()))
    {
        Some(".plural")
    } else {
        None
    }
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
fn words_outside_brackets(s: &str) -> usize {
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
fn is_organisation(s: &str) -> bool {
    // A ';' ends a clause: "X trao tặng …; đồng thời tổ chức" has no body as its subject.
    !s.is_empty()
        && !s.contains(';')
        && s.starts_with(|c: char| c.is_uppercase())
        && words_outside_brackets(s) <= 30
        && (mention_at_start(s).is_none()
            || (longest_prefix(s, &ORGANISATION_HEADS).is_some() && !starts_with_marker(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::dateline;

    fn event_of(p: &str) -> EventInfo {
        let analysed = Paragraph::new(p);
        let d = dateline::find(&[&analysed]);
        find(&[&analysed], d.as_ref())
    }

    /// The event of a text of several paragraphs.
    fn events_of(paragraphs: &[&str]) -> EventInfo {
        let analysed: Vec<Paragraph> = paragraphs.iter().map(|p| Paragraph::new(p)).collect();
        let refs: Vec<&Paragraph> = analysed.iter().collect();
        let d = dateline::find(&refs);
        find(&refs, d.as_ref())
    }

    #[test]
    fn organiser_event_place() {
        let got = event_of("Ngày 12/4, tại Hà Nội, Cục Cảnh sát QLHC, Bộ Công an đã tổ chức Hội nghị giao ban quý I. Thiếu tướng A chủ trì.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Cục Cảnh sát QLHC, Bộ Công an")
        );
        assert_eq!(got.event.as_deref(), Some("Hội nghị giao ban quý I"));
        assert_eq!(got.place.as_deref(), Some("Hà Nội"));
    }

    #[test]
    fn consent_and_anniversary_openers_and_lower_case_bodies() {
        let got = event_of(
            "Được sự đồng ý của Đảng ủy Công ty A, Chi bộ Khối B tổ chức Đại hội lần thứ II.",
        );
        assert_eq!(got.organizer.as_deref(), Some("Chi bộ Khối B"));
        let got = event_of("Kỷ niệm 40 năm Ngày Nhà giáo (20/11/1982 - 20/11/2022), trường THCS Lê Lợi tổ chức họp mặt tri ân.");
        assert_eq!(got.organizer.as_deref(), Some("trường THCS Lê Lợi"));
        let got = event_of(
            "Ngày 12/3/2021, bệnh viện Đa khoa C đã tổ chức Hội nghị người lao động năm 2021.",
        );
        assert_eq!(got.organizer.as_deref(), Some("bệnh viện Đa khoa C"));
        assert_eq!(got.split_rule, Some(".common_noun"));
        let got = event_of(
            "Ngày 26-3, chùa Bửu Thành, thiền viện Tuệ Quang (TP. Thủ Đức) đã tổ chức lễ trao quà.",
        );
        assert_eq!(
            got.organizer.as_deref(),
            Some("chùa Bửu Thành, thiền viện Tuệ Quang (TP. Thủ Đức)")
        );
        let got = event_of("Sáng ngày 15/8, các cơ sở Đoàn khối xã A và Đoàn Khối Trường học đã đồng loạt tổ chức Ngày hội thanh niên.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("các cơ sở Đoàn khối xã A và Đoàn Khối Trường học")
        );
        assert_eq!(got.split_rule, Some(".plural"));
        let got = event_of("Sáng ngày 5/9/2023, thầy và trò trường THCS A long trọng tổ chức lễ khai giảng năm học mới.");
        assert_eq!(got.organizer.as_deref(), Some("thầy và trò trường THCS A"));
        // "các" and a three-word common noun before a short name: plural bodies, a guess
        // (fresh4 526's gold names them).
        let got = event_of("Ngày 12/3, các chi bộ khối Văn phòng tổ chức đại hội.");
        assert_eq!(got.organizer.as_deref(), Some("các chi bộ khối Văn phòng"));
        assert_eq!(got.split_rule, Some(".plural"));
    }

    #[test]
    fn inverted_lead_after_source_tag_and_glued_full_stop() {
        let got = event_of("ABC – Đó là thông tin tại cuộc họp Thường trực Hội X về việc chuẩn bị Đại hội, vào ngày 19/5.");
        assert_eq!(
            got.event.as_deref(),
            Some("cuộc họp Thường trực Hội X về việc chuẩn bị Đại hội")
        );
        let got = event_of("Sáng 4/1, Bệnh viện A tổ chức buổi gặp mặt các cán bộ hưu trí qua các thời kỳ.Thay mặt Ban Giám đốc, ông B phát biểu.");
        assert_eq!(
            got.event.as_deref(),
            Some("buổi gặp mặt các cán bộ hưu trí qua các thời kỳ")
        );
        // An abbreviation's full stop is no sentence end.
        assert_eq!(glued_full_stop("Hội nghị tại TP.Hồ Chí Minh"), None);
        assert_eq!(glued_full_stop("Hội nghị tại Tp.HCM"), None);
        assert_eq!(
            glued_full_stop("lễ tuyên dương năm 2015. rong thời gian qua"),
            Some("lễ tuyên dương năm 2015".len())
        );
    }

    #[test]
    fn tallies_and_comments_name_no_organiser() {
        let got = event_of(
            "Đến nay, Hội X đã 9 lần tổ chức Cuộc thi Sáng tạo và 7 lần tổ chức Hội thi Kỹ thuật.",
        );
        assert_eq!((got.organizer, got.event), (None, None));
        let got = event_of(
            "Đây là nhiệm vụ quan trọng, vì vậy hội nghị sẽ quán triệt để tổ chức thực hiện tốt.",
        );
        assert_eq!(got.organizer, None);
        let got =
            event_of("Nhân dịp 8/3, Hội Phụ nữ các cấp đã tổ chức nhiều hoạt động để hưởng ứng.");
        assert_eq!(got.organizer, None);
        assert!(is_tally_count("Hội đã 9 lần"));
        assert!(!is_tally_count("Hội Cựu chiến binh lần"));
    }

    #[test]
    fn reason_sentence_is_no_plan() {
        let p = "Thực hiện kế hoạch tổ chức hội thi giáo viên giỏi năm học 2020-2021. Chiều ngày 7 tháng 12 năm 2020 trường MN Hoa Sen tổ chức hội thi giáo viên giỏi cấp trường.";
        let got = event_of(p);
        assert_eq!(got.organizer.as_deref(), Some("trường MN Hoa Sen"));
        assert_eq!(
            got.event.as_deref(),
            Some("hội thi giáo viên giỏi cấp trường")
        );
        // "triển khai tổ chức Đại hội": carrying out a plan, not holding the event.
        let got = event_of("Nhằm giúp các chi bộ triển khai tổ chức Đại hội đúng quy định, Đảng ủy Công ty tổ chức tập huấn cho bí thư chi bộ.");
        assert_eq!(got.organizer.as_deref(), Some("Đảng ủy Công ty"));
        assert_eq!(got.event, None);
    }

    #[test]
    fn venue_before_organiser_and_in_brackets() {
        let got = event_of("(binhdinh.gov.vn) - Tối 30/3, tại Quảng trường Nguyễn Tất Thành (TP. Quy Nhơn), Tỉnh ủy, HĐND tỉnh long trọng tổ chức Lễ kỷ niệm 50 năm (31/3/1975 - 31/3/2025).");
        assert_eq!(
            got.place.as_deref(),
            Some("Quảng trường Nguyễn Tất Thành (TP. Quy Nhơn)")
        );
        assert_eq!(got.organizer.as_deref(), Some("Tỉnh ủy, HĐND tỉnh"));
        assert_eq!(
            got.event.as_deref(),
            Some("Lễ kỷ niệm 50 năm (31/3/1975 - 31/3/2025)")
        );
    }

    #[test]
    fn co_organisers_and_tails() {
        let got = event_of("Sáng 12/4, Công an tỉnh phối hợp với Sở Tư pháp tổ chức hội thảo về cải cách hành chính tại Hội trường Công an tỉnh, do Đại tá Nguyễn Văn A chủ trì.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Công an tỉnh phối hợp với Sở Tư pháp")
        );
        assert_eq!(
            got.event.as_deref(),
            Some("hội thảo về cải cách hành chính")
        );
        assert_eq!(got.place.as_deref(), Some("Hội trường Công an tỉnh"));
    }

    #[test]
    fn passive_event() {
        let p = ["Tổng số dân là 96 triệu.", "Đây là thông tin tại Hội nghị trực tuyến toàn quốc công bố kết quả năm 2019 tổ chức ngày 11/7 tại Hà Nội."];
        let got = events_of(&p);
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị trực tuyến toàn quốc công bố kết quả năm 2019")
        );
        assert_eq!(got.place.as_deref(), Some("Hà Nội"));
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn working_session_host() {
        let got = event_of("Sáng 12/4, Thiếu tướng Nguyễn Văn A, Giám đốc Công an tỉnh đã có buổi làm việc với Công an huyện B.");
        assert_eq!(
            got.event.as_deref(),
            Some("buổi làm việc với Công an huyện B")
        );
        assert_eq!(got.organizer, None);
        assert!(got.host.is_some());
    }

    #[test]
    fn standing_body_meets_and_opens_a_session() {
        let got = event_of("Ngày 9/6, Thường trực HĐND huyện Vị Xuyên họp thống nhất nội dung, chương trình Kỳ họp thứ nhất. Đồng chí A chủ trì hội nghị.");
        assert_eq!(
            got.event.as_deref(),
            Some("họp thống nhất nội dung, chương trình Kỳ họp thứ nhất")
        );
        assert_eq!(got.organizer, None);
        let got = event_of("Sáng ngày 12 tháng 12 năm 2019, Hội đồng nhân dân huyện Ba Tri khai mạc kỳ họp thứ 14 để tổng kết năm 2019.");
        assert_eq!(
            got.event.as_deref(),
            Some("kỳ họp thứ 14 để tổng kết năm 2019")
        );
    }

    #[test]
    fn planned_event_is_not_the_event() {
        let got = event_of("Theo đó, Kỳ họp thứ nhất dự kiến diễn ra vào ngày 24/6, tại Hội trường trung tâm huyện.");
        assert_eq!(got.event, None);
        assert_eq!(got.place, None);
    }

    #[test]
    fn delegation_visits() {
        let got = event_of("Ngày 09/6, tại trụ sở Bộ Thông tin và Truyền thông, Đoàn công tác tỉnh Hòa Bình do đồng chí Bùi Văn Tỉnh, Bí thư Tỉnh ủy làm trưởng đoàn đã có buổi làm việc với lãnh đạo Bộ.");
        assert_eq!(got.event.as_deref(), Some("buổi làm việc với lãnh đạo Bộ"));
        assert_eq!(got.host, None);
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn receptions_congress_sessions() {
        let got = event_of("Sáng 1/11, tại Hà Nội, Tổng Giám đốc TTXVN Vũ Việt Trang đã tiếp Đoàn công tác Quỹ Báo chí Hàn Quốc do ông Lee Hee Yong làm Trưởng đoàn.");
        assert_eq!(got.event, None);
        assert!(got.host.is_some_and(|h| h.ends_with("Vũ Việt Trang")));
        let got = event_of("Sáng 12/10, tại Trung tâm Hội nghị Quốc gia (Hà Nội), Đại hội đại biểu Đảng bộ Chính phủ lần thứ I đã tiến hành phiên trù bị.");
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội đại biểu Đảng bộ Chính phủ lần thứ I")
        );
        let got = event_of(
            "Sáng 14/10, Đại hội Đại biểu Đảng bộ Thành phố lần thứ I chính thức khai mạc.",
        );
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội Đại biểu Đảng bộ Thành phố lần thứ I")
        );
    }

    #[test]
    fn organising_a_verb_names_the_organiser_only() {
        let got = event_of("Sáng 3/5, tại xã Hòa Lạc, Hội Nông dân huyện phối hợp với Trạm Khuyến nông tổ chức tập huấn kỹ thuật trồng nấm cho 30 hội viên.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Hội Nông dân huyện phối hợp với Trạm Khuyến nông")
        );
        assert_eq!(got.event, None);
        assert_eq!(got.place.as_deref(), Some("xã Hòa Lạc"));
        assert_eq!(got.rule, "event.active.verb_object");
        // An event noun later in the sentence wins over the verb phrase.
        let got = event_of("Ngày 4/5, Sở Y tế tổ chức cho cán bộ đi học, Trường Y tổ chức Hội nghị khoa học lần thứ 3.");
        assert_eq!(got.event.as_deref(), Some("Hội nghị khoa học lần thứ 3"));
        // A trial or a raid is news, not an event with an organiser.
        let got = event_of(
            "Ngày 9/5, Tòa án nhân dân huyện tổ chức xét xử lưu động vụ án trộm cắp tài sản.",
        );
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn venue_keeps_its_administrative_units() {
        let got = event_of("Chiều 5/3, tại Tam Kỳ, tỉnh Quảng Nam, Sở Nội vụ và Sở Tư pháp tổ chức hội nghị tập huấn công tác văn thư.");
        assert_eq!(got.place.as_deref(), Some("Tam Kỳ, tỉnh Quảng Nam"));
        assert_eq!(got.organizer.as_deref(), Some("Sở Nội vụ và Sở Tư pháp"));
        let got = event_of("Sáng 26/3, tại Công viên Lê Lợi, Huyện Đoàn, Hội LHPN huyện phối hợp tổ chức Lễ ra quân Tháng Thanh niên.");
        assert_eq!(got.place.as_deref(), Some("Công viên Lê Lợi"));
        assert_eq!(got.organizer.as_deref(), Some("Huyện Đoàn, Hội LHPN huyện"));
        // A body named after a unit is the subject, not part of the venue.
        let got = event_of("Tối 2/9, tại Quảng trường trung tâm, Tỉnh ủy, UBND tỉnh tổ chức Lễ mít tinh kỷ niệm Quốc khánh.");
        assert_eq!(got.place.as_deref(), Some("Quảng trường trung tâm"));
        assert_eq!(got.organizer.as_deref(), Some("Tỉnh ủy, UBND tỉnh"));
    }

    #[test]
    fn subjects_after_openings_and_venues() {
        let got = event_of("Chiều ngày 7/6 vừa qua Ủy ban nhân dân xã đã tổ chức Hội nghị tổng kết công tác dân số.");
        assert_eq!(got.organizer.as_deref(), Some("Ủy ban nhân dân xã"));
        let got = event_of("Sáng ngày 5/9, hòa chung không khí của ngày hội đến trường, Trường THCS Lê Lợi đã long trọng tổ chức Lễ khai giảng năm học mới.");
        assert_eq!(got.organizer.as_deref(), Some("Trường THCS Lê Lợi"));
        assert_eq!(got.event.as_deref(), Some("Lễ khai giảng năm học mới"));
        let got = event_of("Chiều 30/11, tại Hội trường UBND xã đã tổ chức Hội nghị sơ kết công tác chuyển đổi số.");
        assert_eq!(got.place.as_deref(), Some("Hội trường UBND xã"));
        assert_eq!(got.organizer, None);
        let got = event_of("Vào ngày 11/3 tại Nhà văn hóa thôn Đông Hội Phụ nữ xã long trọng tổ chức Đại hội lần thứ IX.");
        assert_eq!(got.place.as_deref(), Some("Nhà văn hóa thôn Đông"));
        assert_eq!(got.organizer.as_deref(), Some("Hội Phụ nữ xã"));
    }

    #[test]
    fn inverted_lead_with_its_organiser() {
        let got = event_of("Đó là nội dung được nêu tại hội nghị tổng kết công tác khuyến học năm 2024 do Hội Khuyến học tỉnh tổ chức sáng 3/1. Dự hội nghị có lãnh đạo tỉnh.");
        assert_eq!(
            got.event.as_deref(),
            Some("hội nghị tổng kết công tác khuyến học năm 2024")
        );
        assert_eq!(got.organizer.as_deref(), Some("Hội Khuyến học tỉnh"));
        assert_eq!(got.host, None);
    }

    #[test]
    fn inverted_lead_drops_its_date_tail() {
        let got = event_of("Đó là khẳng định của đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy tại Hội nghị tổng kết công tác xây dựng Đảng năm 2024, diễn ra sáng 10/1.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị tổng kết công tác xây dựng Đảng năm 2024")
        );
    }

    #[test]
    fn a_plan_is_no_event() {
        let got = event_of("Ngày 2/3, Sở Nội vụ đã ban hành kế hoạch tổ chức Hội nghị tổng kết công tác thi đua năm 2024.");
        assert_eq!(got, EventInfo::default());
        let got = event_of("Sáng 2/3, Sở Văn hóa, Thể thao và Du lịch tổ chức Hội nghị tổng kết công tác năm 2024.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Sở Văn hóa, Thể thao và Du lịch")
        );
        let got = event_of("Thực hiện kế hoạch tổ chức các hoạt động của tỉnh, sáng 2/3, Sở Nội vụ tổ chức Hội nghị tổng kết công tác thi đua.");
        assert_eq!(got.organizer.as_deref(), Some("Sở Nội vụ"));
    }

    #[test]
    fn event_phrases_stop_at_their_clause() {
        // A dateline inside a passive phrase opens the event's own clause.
        let got = event_of("Hưởng ứng Đại hội Công đoàn các cấp, ngày 21/4, Đại hội Công đoàn cơ sở Công ty X lần thứ V được tổ chức thành công.");
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội Công đoàn cơ sở Công ty X lần thứ V")
        );
        let got = event_of("Ngày 24-12, Bảo hiểm xã hội tỉnh tổ chức hội nghị trực tuyến triển khai nhiệm vụ năm 2025 tại điểm cầu chính và 9 điểm cầu tại các huyện.");
        assert_eq!(
            got.event.as_deref(),
            Some("hội nghị trực tuyến triển khai nhiệm vụ năm 2025")
        );
        assert_eq!(got.place, None);
        let got = event_of("Sáng 17/1, Trường Cao đẳng Y tế tổ chức Lễ tốt nghiệp cho 120 sinh viên, đồng thời trao chứng chỉ cho 40 học viên.");
        assert_eq!(
            got.event.as_deref(),
            Some("Lễ tốt nghiệp cho 120 sinh viên")
        );
        let got = event_of("Sáng 25/12, Đại hội đại biểu Hội Luật gia tỉnh lần thứ V đã bước vào phiên làm việc chính thức.");
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội đại biểu Hội Luật gia tỉnh lần thứ V")
        );
    }

    #[test]
    fn reception_written_with_verbs_has_no_event() {
        let got = event_of("Chiều 20/12, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh đã tiếp và làm việc với đoàn công tác của Bộ Tư pháp.");
        assert_eq!(got.event, None);
        assert!(got.host.is_some());
    }

    #[test]
    fn venue_in_a_later_sentence() {
        let p = [
            "Ngày 3/6, Trường Đại học A đã tổ chức lễ tốt nghiệp cho 500 sinh viên.",
            "Buổi lễ đã được tổ chức trang trọng tại Nhà hát Lớn, Thành phố Hải Phòng.",
        ];
        let got = events_of(&p);
        assert_eq!(
            got.place.as_deref(),
            Some("Nhà hát Lớn, Thành phố Hải Phòng")
        );
        assert_eq!(got.organizer.as_deref(), Some("Trường Đại học A"));
        let p = [
            "Ngày 3/6, Trường Đại học A đã tổ chức lễ tốt nghiệp cho 500 sinh viên.",
            "Lễ tốt nghiệp đợt 2 sẽ được tổ chức tại Nhà hát Lớn.",
        ];
        let analysed = p.map(Paragraph::new);
        let got = find(&[&analysed[0], &analysed[1]], None);
        assert_eq!(got.place, None);
        let got = events_of(&[
            "Sáng 12/5, Hội Nông dân huyện A tổ chức Hội nghị sơ kết 6 tháng đầu năm.",
            "Hội nghị diễn ra tại Hội trường UBND huyện, với sự tham dự của 80 đại biểu.",
        ]);
        assert_eq!(got.place.as_deref(), Some("Hội trường UBND huyện"));
    }

    #[test]
    fn bodies_that_convene_or_hold_and_whole_venues() {
        let got = event_of("Chiều ngày 6/11 Hội đồng nhân dân xã An Phú triệu tập cuộc họp liên tịch chuẩn bị kỳ họp thứ 5.");
        assert_eq!(
            got.event.as_deref(),
            Some("cuộc họp liên tịch chuẩn bị kỳ họp thứ 5")
        );
        assert_eq!(got.organizer, None);
        let got = event_of(
            "Ngày 26/10, xã Phú Lạc tổ chức Đại hội đại biểu Hội Cựu chiến binh xã lần thứ nhất.",
        );
        assert_eq!(got.organizer.as_deref(), Some("xã Phú Lạc"));
        let got = event_of("9 giờ, ngày 8/4/2022, tại Phòng Truyền thống, cơ sở 2 Lê Lợi, Phường 4, Quận 3, TP. Hồ Chí Minh đã diễn ra Lễ ký kết hợp tác giữa Trường A và Công ty B.");
        assert_eq!(
            got.place.as_deref(),
            Some("Phòng Truyền thống, cơ sở 2 Lê Lợi, Phường 4, Quận 3, TP. Hồ Chí Minh")
        );
        // A ';' ends the clause of the first verb: no body as the subject of the second.
        let got = event_of("Nhân dịp Ngày Thầy thuốc, Ban Giám đốc bệnh viện trao quà cho các khoa; đồng thời tổ chức Họp mặt các cán bộ hưu trí.");
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn an_undated_passive_must_say_when_or_where() {
        let p = ["Sáng 5/9, năm học mới mở ra trên cả nước. Lễ khai giảng năm nay được tổ chức theo hình thức trực tuyến.", "Thầy trò Trường Tiểu học B long trọng tổ chức Lễ khai giảng năm học mới, cũng là dịp kỷ niệm 80 năm ngành Giáo dục."];
        let got = events_of(&p);
        assert_eq!(got.event.as_deref(), Some("Lễ khai giảng năm học mới"));
        assert_eq!(got.organizer.as_deref(), Some("Thầy trò Trường Tiểu học B"));
    }

    #[test]
    fn dated_object_of_a_verb_and_a_city_after_the_venue() {
        let got = event_of("Sáng 14/3, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì cuộc họp nghe báo cáo tiến độ dự án.");
        assert_eq!(got.rule, "event.dated_object_of_verb");
        let got = event_of("Phát biểu khai mạc Đại hội đại biểu Hội Luật gia, đồng chí B nhấn mạnh vai trò của Hội.");
        assert_eq!(got.rule, "event.object_of_verb");
        let got = event_of("Sáng 26-12, Đại hội đại biểu Hội Nông dân tỉnh lần thứ X đã khai mạc tại Nhà văn hóa tỉnh, Đà Nẵng, với sự tham gia của 300 đại biểu.");
        assert_eq!(got.place.as_deref(), Some("Nhà văn hóa tỉnh, Đà Nẵng"));
    }

    #[test]
    fn announced_events_and_agents() {
        // A lead that opens with the date announces the event it reports: labelled like a
        // report (corpus-fresh4 536), a guess.
        let got = event_of("Ngày 2/4, UBND tỉnh sẽ tổ chức Hội nghị xúc tiến đầu tư năm 2025 tại Trung tâm Hội nghị tỉnh.");
        assert_eq!(got.rule, "event.active.planned");
        let got = event_of("Hội nghị đã thống nhất nhiều nội dung. Ngày 2/4, UBND tỉnh sẽ tổ chức Hội nghị xúc tiến đầu tư năm 2025.");
        assert_eq!(got.event, None);
        let got =
            event_of("Sáng 10/10, Công an tỉnh tổ chức lực lượng truy quét các tụ điểm đánh bạc.");
        assert_eq!(got.organizer, None);
        let got = event_of(
            "Ngày 4/10, Đoàn liên ngành của huyện tổ chức kiểm tra an toàn thực phẩm tại 20 cơ sở.",
        );
        assert_eq!(got.organizer, None);
        let got = event_of("Sáng 5/3, Hội nghị tổng kết công tác Đoàn năm 2024 do Tỉnh đoàn tổ chức đã diễn ra tại Hội trường Tỉnh ủy.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị tổng kết công tác Đoàn năm 2024")
        );
        assert_eq!(got.organizer.as_deref(), Some("Tỉnh đoàn"));
        assert_eq!(got.place.as_deref(), Some("Hội trường Tỉnh ủy"));
        // A date after the event still dates the sentence.
        let got = event_of(
            "Sở Giáo dục và Tỉnh đoàn đồng tổ chức Hội thảo về sức khỏe học đường vào sáng 12/4.",
        );
        assert_eq!(got.rule, "event.active");
        assert_eq!(got.event.as_deref(), Some("Hội thảo về sức khỏe học đường"));
    }

    #[test]
    fn long_and_counted_organisers() {
        let got = event_of("Sáng 12/12, tại Đà Nẵng, Học viện Chính trị khu vực III (Học viện Chính trị quốc gia Hồ Chí Minh), trường Đại học Khoa học xã hội và Nhân văn (Đại học Quốc gia Hà Nội) và trường Đại học Khoa học xã hội và Nhân văn (Đại học Quốc gia TP Hồ Chí Minh) tổ chức Hội thảo khoa học quốc tế.");
        assert!(got
            .organizer
            .is_some_and(|o| o.starts_with("Học viện") && o.ends_with("TP Hồ Chí Minh)")));
        let got = event_of("Từ ngày 24/6 đến 6/7, 12 xã, thị trấn đã tổ chức thành công kỳ họp thứ nhất HĐND khóa XX.");
        assert_eq!(got.organizer.as_deref(), Some("12 xã, thị trấn"));
    }

    #[test]
    fn organisation_as_a_noun() {
        let got = event_of("Ngày 5/3, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện đã ra quân hưởng ứng Tháng Thanh niên.");
        assert_eq!(got.organizer, None);
        let got = event_of("Ngày 5/3, Đảng ủy xã có 15 tổ chức cơ sở đảng trực thuộc.");
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn clauses_and_tallies_name_no_organiser() {
        let got = event_of("Ngày 3/5, Công an huyện cho biết đã bắt giữ 2 đối tượng, trong đó có một đối tượng từng tổ chức đánh bạc.");
        assert_eq!(got.organizer, None);
        let got = event_of(
            "Năm 2023, Hội Nông dân xã đã tổ chức được 12 buổi tuyên truyền cho 800 lượt hội viên.",
        );
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn a_closing_session_names_its_event() {
        let got = event_of("Sau 2 ngày làm việc, chiều 12/7, Kỳ họp thứ 7 HĐND huyện khóa XX, nhiệm kỳ 2021-2026 đã bế mạc.");
        assert_eq!(
            got.event.as_deref(),
            Some("Kỳ họp thứ 7 HĐND huyện khóa XX, nhiệm kỳ 2021-2026")
        );
    }

    #[test]
    fn a_first_line_that_is_the_lead() {
        let mut info = EventInfo::default();
        confirm_by_title(&mut info, "Sáng nay, Trường Tiểu học B long trọng tổ chức lễ kỷ niệm 40 năm ngày Nhà giáo Việt Nam.");
        assert_eq!(info.organizer.as_deref(), Some("Trường Tiểu học B"));
        assert_eq!(
            info.event.as_deref(),
            Some("lễ kỷ niệm 40 năm ngày Nhà giáo Việt Nam")
        );
        // A headline is not the lead: its "tổ chức" names nothing.
        let mut info = EventInfo::default();
        confirm_by_title(&mut info, "UBND huyện tổ chức hội nghị thường kỳ tháng 4.");
        assert_eq!(info, EventInfo::default());
        // A first line dated at its end is a lead as one dated in front is.
        let mut info = EventInfo::default();
        confirm_by_title(
            &mut info,
            "HĐND huyện Tân Phú khóa XII đã tổ chức kỳ họp thứ 9 (chuyên đề) vào chiều 5-7.",
        );
        assert_eq!(
            info.organizer.as_deref(),
            Some("HĐND huyện Tân Phú khóa XII")
        );
        assert_eq!(info.event.as_deref(), Some("kỳ họp thứ 9 (chuyên đề)"));
    }

    #[test]
    fn a_bare_event_noun_only_as_the_last_resort() {
        let got =
            event_of("Sáng ngày 26/4, đồng chí Hoàng Văn A, Chủ tịch UBND huyện chủ trì hội nghị.");
        assert_eq!(got.event.as_deref(), Some("hội nghị"));
        assert_eq!(got.rule, "event.object_of_verb.bare");
        let p = [
            "Sáng 9/3, đồng chí A chủ trì phiên họp.",
            "Ngày 9/3, UBND tỉnh họp phiên thường kỳ tháng 3.",
        ];
        let got = events_of(&p);
        assert_eq!(got.event.as_deref(), Some("phiên thường kỳ tháng 3"));
    }

    #[test]
    fn no_event_in_news() {
        let got = event_of("Ngày 22.4, phòng An ninh đối nội phối hợp với CA xã đã tiến hành tuyên truyền về phòng chống lừa đảo.");
        assert_eq!(got, EventInfo::default());
    }

    #[test]
    fn a_purpose_stays_in_the_event_and_its_venue_is_none() {
        let got = event_of("Ngày 12/3, Trường MN A tổ chức Hội nghị viên chức năm học 2024-2025, nhằm nâng cao chất lượng giáo dục tại trường.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị viên chức năm học 2024-2025, nhằm nâng cao chất lượng giáo dục tại trường")
        );
        assert_eq!(got.place, None);
    }

    #[test]
    fn a_second_predicate_an_attendance_tail_and_a_photo_marker_end_the_event() {
        let got = event_of("Sáng 9/6, Hội Người cao tuổi xã B tổ chức hội nghị sơ kết 6 tháng và tổ chức lễ mừng thọ cho hội viên.");
        assert_eq!(got.event.as_deref(), Some("hội nghị sơ kết 6 tháng"));
        let got =
            event_of("Ngày 9/6, Sở Nội vụ tổ chức hội nghị về công tác cán bộ và tổ chức bộ máy.");
        assert_eq!(
            got.event.as_deref(),
            Some("hội nghị về công tác cán bộ và tổ chức bộ máy")
        );
        let got = event_of("Ngày 14/8, Nhà Thiếu nhi Quận A tổ chức Hội trại tổng kết các lớp năng khiếu hè và trao giấy chứng nhận cho học viên.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội trại tổng kết các lớp năng khiếu hè")
        );
        let got = event_of("Ngày 14/8, Nhà Thiếu nhi Quận A tổ chức Hội trại tổng kết các lớp năng khiếu hè và trao giấy chứng nhận tại Nhà thiếu nhi thu hút 100 em.");
        assert_eq!(got.place.as_deref(), Some("Nhà thiếu nhi"));
        let got = event_of("Ngày 30/5, Trường A tổ chức Lễ tổng kết năm học 2023 - 2024 và trao thưởng cho học sinh giỏi.");
        assert_eq!(
            got.event.as_deref(),
            Some("Lễ tổng kết năm học 2023 - 2024 và trao thưởng cho học sinh giỏi")
        );
        let got =
            event_of("Ngày 4/7, Trường A tổ chức lễ bế giảng và trao bằng tốt nghiệp khóa 14.");
        assert_eq!(
            got.event.as_deref(),
            Some("lễ bế giảng và trao bằng tốt nghiệp khóa 14")
        );
        // Inside the purpose, "và tổ chức" is part of it.
        let got = event_of("Ngày 5/2, Bộ Tư lệnh A tổ chức Hội nghị giao ban nhằm đánh giá tình hình và tổ chức Tết Nguyên đán.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị giao ban nhằm đánh giá tình hình và tổ chức Tết Nguyên đán")
        );
        let got = event_of("Ngày 16/11, Hội cựu giáo chức huyện A đã tổ chức Đại hội lần thứ I, tham dự Đại hội có 110 hội viên.");
        assert_eq!(got.event.as_deref(), Some("Đại hội lần thứ I"));
        let got = event_of("Chiều 22-6, chùa A tổ chức lễ trao học bổng cho 50 học sinh (ảnh).");
        assert_eq!(
            got.event.as_deref(),
            Some("lễ trao học bổng cho 50 học sinh")
        );
        assert_eq!(photo_marker("lễ X (Ảnh: Minh Anh)"), Some("lễ X ".len()));
        assert_eq!(
            photo_marker("hội thảo về tác động (ảnh hưởng của thiên tai tới mùa màng)"),
            None
        );
    }

    #[test]
    fn a_venue_is_a_noun_phrase() {
        let got = event_of("Sáng 10/9, Trường B tổ chức Lễ tốt nghiệp khóa 2025 tại Giảng đường C đánh dấu chặng đường sáu năm học tập của các tân bác sĩ cùng thầy cô và gia đình.");
        assert_eq!(got.event.as_deref(), Some("Lễ tốt nghiệp khóa 2025"));
        assert_eq!(got.place.as_deref(), Some("Giảng đường C"));
        let got = event_of("Hội nghị tổng kết năm học đã được tổ chức tại Thành phố A, tỉnh B từ ngày 04/10/2019 với sự tham gia của 100 đại biểu.");
        assert_eq!(got.place.as_deref(), Some("Thành phố A, tỉnh B"));
        // A city after the comma is no person opening a clause.
        let got = event_of("Sáng 10/4, Viện A tổ chức buổi Tọa đàm tại Trụ sở 38 Ngô Quyền, Hoàn Kiếm, Hà Nội trao đổi về hoạt động của viện.");
        assert_eq!(got.event.as_deref(), Some("buổi Tọa đàm"));
        assert_eq!(
            got.place.as_deref(),
            Some("Trụ sở 38 Ngô Quyền, Hoàn Kiếm, Hà Nội")
        );
        // A street address belongs to the venue; a date the dateline missed opens the lead.
        let got = active("Sáng ngày Chủ Nhật 16/11/2014, tại Nhà hàng A, số 70, Đường Nguyễn Văn B, Phường C, Quận 12, Tp.HCM, hội Đồng hương làng D đã tổ chức buổi họp mặt thường niên.", None, true).unwrap();
        assert_eq!(
            got.place.as_deref(),
            Some("Nhà hàng A, số 70, Đường Nguyễn Văn B, Phường C, Quận 12, Tp.HCM")
        );
        assert_eq!(got.organizer.as_deref(), Some("hội Đồng hương làng D"));
        // A number in a venue's name is no date.
        assert_eq!(
            venue_phrase("Quảng trường 2/9 đánh dấu"),
            "Quảng trường 2/9"
        );
    }

    #[test]
    fn dates_in_a_subject_and_statistics() {
        assert_eq!(date_token("ngày 14/9 BGH"), Some((6, 10)));
        assert!(date_token("từ ngày 04~06/10/2019").is_some());
        assert!(date_token("tháng 2/2018").is_some());
        let worded = "hôm nay ngày 05 tháng 09 năm 2023, thầy";
        let (a, b) = date_token(worded).unwrap();
        assert_eq!(&worded[a..b], "05 tháng 09 năm 2023");
        assert_eq!(date_token("có 5 tháng liền"), None);
        for figure in ["120/152 cơ sở", "1.000.000 đồng", "78,94%", "lớp 10A14"] {
            assert_eq!(date_token(figure), None, "{figure}");
        }
        assert_eq!(
            after_introduced_date("Chính vì vậy, Chiều tối thứ Bảy- ngày 14/9 BGH"),
            Some("BGH")
        );
        let got = event_of(
            "Chính vì vậy, Chiều tối thứ Bảy- ngày 14/9 BGH đã tổ chức buổi gặp mặt phụ huynh.",
        );
        assert_eq!(got.organizer.as_deref(), Some("BGH"));
        let got = event_of("Hòa chung không khí kỷ niệm 86 năm thành lập Đoàn (26/3/1931 – 26/3/2017) Liên đội trường tiểu học A long trọng tổ chức lễ kết nạp đội viên mới.");
        assert_eq!(got.organizer.as_deref(), Some("Liên đội trường tiểu học A"));
        // An anniversary's span in brackets does not date the sentence; a date written in
        // it does, though the dateline did not take it.
        assert_eq!(
            (got.rule, got.split_rule),
            ("event.active.undated", Some(".after_date"))
        );
        let got = active(
            "Sáng ngày 18/10/2023 Công ty A tổ chức hội nghị đối thoại.",
            None,
            false,
        )
        .unwrap();
        assert_eq!(got.rule, "event.active");
        assert_eq!(got.organizer.as_deref(), Some("Công ty A"));
        let got = event_of("Tính đến cuối tháng 2/2018, toàn tỉnh có 120/152 cơ sở Hội tổ chức Đại hội nhiệm kỳ 2018 - 2023 (đạt 78%).");
        assert_eq!((got.organizer, got.event), (None, None));
        let got =
            event_of("Theo thống kê, đến nay đã có các huyện tổ chức Đại hội Hội Nông dân cơ sở.");
        assert_eq!((got.organizer, got.event), (None, None));
    }

    #[test]
    fn a_quoted_name_is_an_event_and_a_guess() {
        let got = event_of("Sáng ngày 15/8, Đoàn xã A đã đồng loạt tổ chức “Ngày cao điểm Hoa phượng đỏ toàn quốc” năm 2021.");
        assert_eq!(
            got.event.as_deref(),
            Some("“Ngày cao điểm Hoa phượng đỏ toàn quốc” năm 2021")
        );
        assert_eq!(got.rule, "event.active.quoted_name");
        let got = event_of("Ngày 2/3, Trường A tổ chức “Hội thi giáo viên giỏi cấp trường”.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thi giáo viên giỏi cấp trường")
        );
    }

    #[test]
    fn a_headline_the_lead_repeats_and_continues() {
        let got = events_of(&[
            "Ngày 16/10/2020, trường MN A tổ chức Hội nghị viên chức năm học 2020- 2021!",
            "Ngày 16/10/2020, trường MN A tổ chức Hội nghị viên chức năm học 2020- 2021 nhằm phát huy dân chủ.",
        ]);
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị viên chức năm học 2020- 2021 nhằm phát huy dân chủ")
        );
    }

    #[test]
    fn a_lead_that_previews_its_event_is_a_guess() {
        let got = event_of("Sáng 20/11/2020, tại TP. Hồ Chí Minh, Bộ A sẽ tổ chức Hội thảo lấy ý kiến về khu công nghiệp.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thảo lấy ý kiến về khu công nghiệp")
        );
        assert_eq!(got.organizer.as_deref(), Some("Bộ A"));
        assert_eq!(got.rule, "event.active.planned");
        let got = event_of("Theo kế hoạch, UBND tỉnh sẽ tổ chức Hội nghị tổng kết vào ngày 20/12.");
        assert_eq!(got.event, None);
    }

    #[test]
    fn values_unlike_their_field_are_dropped() {
        let mut info = EventInfo {
            organizer: Some("Chiều ngày 14/9 BGH".to_owned()),
            place: Some("Hội trường A".to_owned()),
            event: Some("Đại hội nhiệm kỳ 2018 - 2023 (đạt 78,94%)".to_owned()),
            ..Default::default()
        };
        drop_odd_values(&mut info);
        assert_eq!(
            (info.organizer, info.place.as_deref(), info.event),
            (None, Some("Hội trường A"), None)
        );
    }

    #[test]
    fn a_clause_of_who_came_or_a_comment_ends_the_event() {
        for lead in [
            "Ngày 10/11, trường A tổ chức buổi họp mặt 30 năm ngày Nhà giáo, có lãnh đạo xã B đến dự.",
            "Ngày 10/11, Hội C tổ chức buổi họp mặt trang trọng, khẳng định vai trò của hội viên.",
        ] {
            assert_eq!(
                event_of(lead).event.as_deref().map(|e| e.split(',').count()),
                Some(1),
                "{lead}"
            );
        }
        let kept =
            event_of("Ngày 10/11, trường A tổ chức Hội nghị viên chức, người lao động năm 2024.");
        assert_eq!(
            kept.event.as_deref(),
            Some("Hội nghị viên chức, người lao động năm 2024")
        );
    }

    #[test]
    fn a_three_word_common_noun_before_a_capitalised_name() {
        let got = event_of(
            "Ngày 2/10/2016, trường mầm non Hoa Sen đã tổ chức khai mạc Hội thi \"B\" cấp trường.",
        );
        assert_eq!(
            (got.organizer.as_deref(), got.event),
            (Some("trường mầm non Hoa Sen"), None)
        );
        let got = event_of("Ngày 2/10, phóng viên báo Tin Mới có chuyến công tác tại xã A, tổ chức tập huấn kỹ năng.");
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn a_year_typed_after_a_space_behind_its_slash() {
        let got = event_of("Sáng ngày 20/11/ 2023 trường mầm non Hoa Sen tổ chức buổi họp mặt.");
        assert_eq!(got.organizer.as_deref(), Some("trường mầm non Hoa Sen"));
        assert_eq!(got.event.as_deref(), Some("buổi họp mặt"));
    }

    #[test]
    fn a_rite_celebrated_in_the_passive() {
        let got = event_of(
            "Sáng 29/9/2018, Thánh lễ kính thánh A đã được long trọng cử hành tại Nhà thờ Giáo xứ B.",
        );
        assert_eq!(got.event.as_deref(), Some("Thánh lễ kính thánh A"));
        assert_eq!(got.place.as_deref(), Some("Nhà thờ Giáo xứ B"));
    }

    #[test]
    fn where_people_met_without_an_event_noun() {
        let got = event_of(
            "Sáng 15/8/2015, BLL đã họp tại Vườn treo Pacific để triển khai công tác chuẩn bị.",
        );
        assert_eq!(got.event, None);
        assert_eq!(got.place.as_deref(), Some("Vườn treo Pacific"));
        assert_eq!(got.rule, MET_AT_RULE);
        // Only right after the verb: a later "tại" locates something else.
        let got = event_of("Sáng 15/8/2015, BLL đã họp bàn việc xây nhà tại xã A.");
        assert_eq!(got.place, None);
    }

    #[test]
    fn a_venue_with_its_address_ends_the_event() {
        let (e, place) = cut_event(
            "buổi sinh hoạt tháng 11, tại Cung Văn hóa Lao động hữu nghị Việt – Tiệp, số 53 phố Lạch Tray, Hải Phòng",
        );
        assert_eq!(e, "buổi sinh hoạt tháng 11");
        assert_eq!(
            place.as_deref(),
            Some("Cung Văn hóa Lao động hữu nghị Việt – Tiệp, số 53 phố Lạch Tray, Hải Phòng")
        );
        // Counts of people after a comma end it too.
        let (e, _) = cut_event("Đại lễ Vu Lan, với hàng trăm Phật tử đến đọc kinh");
        assert_eq!(e, "Đại lễ Vu Lan");
    }

    #[test]
    fn a_spot_located_by_a_venue_is_the_venue() {
        let got = event_of("Sáng 12/5, Ban Trị sự huyện A tổ chức lễ Phật đản tại lễ đài chính đặt tại chùa B, xã C.");
        assert_eq!(got.event.as_deref(), Some("lễ Phật đản"));
        assert_eq!(
            got.place.as_deref(),
            Some("lễ đài chính đặt tại chùa B, xã C")
        );
    }

    #[test]
    fn the_dated_sentence_names_the_event() {
        let got = event_of("Thực hiện Hướng dẫn số 12/HD của Sở A về việc hướng dẫn tổ chức Hội nghị viên chức năm 2024. Chiều ngày 06/02/2024, Bệnh viện B long trọng tổ chức Hội nghị đại biểu viên chức Bệnh viện B năm 2024.");
        assert_eq!(got.organizer.as_deref(), Some("Bệnh viện B"));
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị đại biểu viên chức Bệnh viện B năm 2024")
        );
    }

    #[test]
    fn a_venue_that_ends_the_dateline_sentence() {
        let text = "Ngày 23/5/2025, tại làng An Bình, xã Hòa Lợi. Chi nhánh A được sự hỗ trợ của B, tổ chức đợt tuyên truyền pháp luật.";
        let analysed = Paragraph::new(text);
        let d = dateline::find(&[&analysed]).expect("a dateline");
        assert_eq!(
            place_after_dateline(text, &d).as_deref(),
            Some("làng An Bình, xã Hòa Lợi")
        );
    }

    #[test]
    fn a_tai_inside_quotes_is_no_venue() {
        let got = event_of("Ngày 26/12/2018, Sở A tổ chức Hội thảo giới thiệu dự án “Nâng cao năng lực tại tỉnh B và C” tại huyện D.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thảo giới thiệu dự án “Nâng cao năng lực tại tỉnh B và C”")
        );
        assert_eq!(got.place.as_deref(), Some("huyện D"));
    }

    #[test]
    fn a_do_phrase_before_a_passive_with_duoc_keeps_its_own_verb() {
        let got = event_of("Ngày 26/12/2018, Hội thảo giới thiệu dự án B do Quỹ C tài trợ trong giai đoạn 2017- 2021 đã được tổ chức tại huyện D.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thảo giới thiệu dự án B do Quỹ C tài trợ trong giai đoạn 2017- 2021")
        );
        assert_eq!(got.organizer, None);
        assert_eq!(got.place.as_deref(), Some("huyện D"));
    }

    #[test]
    fn a_rite_offered_is_the_event() {
        let got = event_of("Vào lúc 5g00 sáng ngày 06.5.2021, tại nhà thờ A, Đức Cha B đã dâng thánh lễ tạ ơn nhân kỷ niệm 04 năm ngày thành lập Giáo phận.");
        assert_eq!(
            got.event.as_deref(),
            Some("thánh lễ tạ ơn nhân kỷ niệm 04 năm ngày thành lập Giáo phận")
        );
        assert_eq!(got.place.as_deref(), Some("nhà thờ A"));
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn fragments_time_phrases_and_run_on_venues() {
        let mut info = EventInfo {
            organizer: Some("của Sở A và Công đoàn B về việc hướng dẫn".to_owned()),
            place: Some("thôn A, xã Bình. Hội C được sự hỗ trợ của D".to_owned()),
            ..Default::default()
        };
        drop_odd_values(&mut info);
        assert_eq!(
            (info.organizer, info.place.as_deref()),
            (None, Some("thôn A, xã Bình"))
        );
        for (organiser, kept) in [
            ("Là đơn vị thứ hai", None),
            (
                "Mở đầu năm 2014, Ban Chấp hành Hội",
                Some("Ban Chấp hành Hội"),
            ),
            (
                "HĐND tỉnh A khóa X, nhiệm kỳ 2021 – 2026",
                Some("HĐND tỉnh A khóa X, nhiệm kỳ 2021 – 2026"),
            ),
        ] {
            let mut info = EventInfo {
                organizer: Some(organiser.to_owned()),
                place: Some("TP. Hồ Chí Minh".to_owned()),
                ..Default::default()
            };
            drop_odd_values(&mut info);
            assert_eq!(info.organizer.as_deref(), kept, "{organiser}");
            assert_eq!(info.place.as_deref(), Some("TP. Hồ Chí Minh"));
        }
    }

    #[test]
    fn a_second_predicate_names_no_organiser() {
        let got = event_of("Ngày 15/7/2023, Hội Cựu TNXP huyện A thực hiện chuyến về nguồn, viếng Đền tưởng niệm tại huyện B và tổ chức giao lưu với Hội bạn.");
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn a_bare_meeting_verb_names_no_event() {
        for lead in [
            "Ngày 28-10, UBND tỉnh đã tổ chức họp thường kỳ tháng 10.",
            "Ngày 24/6/2022, Liên minh Hợp tác xã tỉnh tổ chức họp để thông qua đánh giá thực trạng.",
            "Sáng 26/4, Sở Khoa học và Công nghệ tổ chức họp Hội đồng xét duyệt đề tài.",
            // Capitalised, the bare verb is still no event's name.
            "Chiều ngày 20/01/2024, Trường THPT A tổ chức Họp phụ huynh cuối học kì I.",
        ] {
            let got = event_of(lead);
            assert_eq!(got.event, None, "{lead}");
            assert!(got.organizer.is_some(), "{lead}");
        }
        let got = event_of("Ngày 28-10, UBND tỉnh đã tổ chức họp mặt cán bộ hưu trí.");
        assert_eq!(got.rule, "event.active");
    }

    #[test]
    fn a_capitalised_verb_a_copula_and_a_rite() {
        let got = event_of("Ngày 15/8/2022 Nhà Thiếu nhi huyện A Tổ chức Tổng kết hè năm 2022.");
        assert_eq!(got.event, None);
        assert_eq!(got.organizer.as_deref(), Some("Nhà Thiếu nhi huyện A"));
        let got = event_of(
            "Tổ chức Hội nghị người lao động là hoạt động có ý nghĩa, nhằm phát huy dân chủ.",
        );
        assert_eq!(got.event, None);
        let got = event_of("Lúc 17g30 ngày 24.6.2011, giáo xứ A đã long trọng cử hành lễ thánh B.");
        assert_eq!(got.event.as_deref(), Some("lễ thánh B"));
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn an_undated_lead_and_a_repeated_headline() {
        let got = event_of("Trường THCS A tổ chức lễ khai giảng năm học mới.");
        assert_eq!(got.rule, "event.active.lead");
        let got = event_of("Vừa qua, Trường THCS A tổ chức lễ khai giảng năm học mới.");
        assert_eq!(got.rule, "event.active.undated");
        // The headline repeated as the first line: its verb yields to the dated lead.
        let p = [
            "Thanh Điền họp mặt ngày truyền thống Người cao tuổi",
            "Sáng ngày 06.6, Hội Người cao tuổi xã Thanh Điền tổ chức chương trình họp mặt kỷ niệm ngày truyền thống.",
        ];
        let got = events_of(&p);
        assert_eq!(
            got.event.as_deref(),
            Some("chương trình họp mặt kỷ niệm ngày truyền thống")
        );
        assert_eq!(
            got.organizer.as_deref(),
            Some("Hội Người cao tuổi xã Thanh Điền")
        );
    }

    #[test]
    fn a_time_adjunct_after_the_event_is_cut_whatever_its_words() {
        // Relative days with the date in brackets, a worded date, a clock time: the adjunct
        // says when, and is no part of the event (made-up sentences).
        for (tail, day) in [
            ("vào chiều qua (14.5)", "14"),
            ("vào sáng nay (03/7/2019)", "03"),
            ("vào hôm nay (9-11)", "9"),
            ("vào sáng ngày 12 tháng 12 năm 2019", "12"),
            (", vào ngày 19 tháng 5", "19"),
            ("vào lúc 8h30 ngày 2/6", "2"),
            ("vào lúc 14 giờ 15", "14"),
        ] {
            let s = format!("Hội Nông dân xã Bình An đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm {tail}.");
            let got = event_of(&s);
            assert_eq!(
                got.event.as_deref(),
                Some("Hội nghị sơ kết công tác 6 tháng đầu năm"),
                "{tail} ({day})"
            );
            assert_eq!(got.organizer.as_deref(), Some("Hội Nông dân xã Bình An"));
        }
        // A list joined by a comma before the adjunct stays whole; a span in brackets, a
        // month with its year and a date inside a name are no adjunct.
        let (e, _) = cut_event("Hội nghị hiệp đồng giữa các tỉnh, thành phố vào chiều 20-3");
        assert_eq!(e, "Hội nghị hiệp đồng giữa các tỉnh, thành phố");
        for name in [
            "Lễ kỷ niệm Ngày Giải phóng, thống nhất đất nước (30/4/1975 - 30/4/2025)",
            "Diễn đàn doanh nghiệp lần thứ 6 vào tháng 10 năm 2012",
            "phiên họp thường kỳ, tháng 5/2023",
            "Lễ mít tinh kỷ niệm Ngày hội Quốc phòng toàn dân 22.12",
        ] {
            assert_eq!(cut_event(name).0, name);
        }
    }

    #[test]
    fn a_date_after_the_event_dates_the_sentence() {
        // "sẽ tổ chức" in a lead dated at its end previews the event it reports, as with the
        // date in front (a guess either way).
        let got = event_of("Tại Đà Lạt, Sở Công Thương sẽ tổ chức Hội thảo phát triển thương mại điện tử vào sáng 20/11/2020.");
        assert_eq!(got.rule, "event.active.planned");
        assert_eq!(got.organizer.as_deref(), Some("Sở Công Thương"));
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thảo phát triển thương mại điện tử")
        );
        // A date after the event's venue dates it too, whether or not the dateline took it.
        assert!(dated_after_event(
            " Hội nghị tổng kết năm học tại Hội trường B vào sáng 21/3, với sự tham dự của 50 đại biểu."
        ));
        assert!(!dated_after_event(
            " Hội nghị quán triệt Chỉ thị số 10 ngày 19/4/2023 của Thủ tướng."
        ));
    }

    #[test]
    fn a_venue_named_after_events_and_a_city_after_the_venue() {
        // An event noun anywhere inside a venue's name is the venue's (made-up sentences).
        let got = event_of("Sáng 3/5, tại Trung tâm Hội nghị Triển lãm tỉnh, chính thức khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX.");
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX")
        );
        assert_eq!(
            got.place.as_deref(),
            Some("Trung tâm Hội nghị Triển lãm tỉnh")
        );
        // A city by its name alone after the venue locates it; the subject follows.
        let got = event_of("Sáng 3/5, tại Nhà hát Lớn, Hải Phòng, Sở Văn hóa thành phố tổ chức Lễ kỷ niệm 70 năm thành lập ngành.");
        assert_eq!(got.place.as_deref(), Some("Nhà hát Lớn, Hải Phòng"));
        assert_eq!(got.organizer.as_deref(), Some("Sở Văn hóa thành phố"));
    }

    #[test]
    fn a_date_after_the_event_dates_passives_and_verb_phrases() {
        // Undated by the dateline, a date closing the phrase before a passive verb dates it
        // (made-up sentences).
        let got = event_of("Hội thảo khoa học sinh viên lần thứ 5 vào ngày 12/5/2019 được tổ chức mang nhiều ý nghĩa.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội thảo khoa học sinh viên lần thứ 5")
        );
        // A person's verb phrase with its date after it, as with the date in front.
        let got = event_of("Tại trụ sở Hội Nông dân tỉnh, đồng chí Trần Văn An, Bí thư Tỉnh ủy gặp mặt hội viên nông dân tiêu biểu vào ngày 14/10.");
        assert_eq!(
            got.event.as_deref(),
            Some("gặp mặt hội viên nông dân tiêu biểu")
        );
        assert_eq!(got.place.as_deref(), Some("trụ sở Hội Nông dân tỉnh"));
        // The adjunct inside the quotes closing a quoted name.
        let got = event_of("Trường Cao đẳng A đã tổ chức thành công “Hội nghị Người lao động năm học 2024 - 2025 vào sáng ngày 10/12/2024”.");
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị Người lao động năm học 2024 - 2025")
        );
    }

    #[test]
    fn a_sentence_dated_at_its_end_keeps_its_opening_venue() {
        // A session or a congress dated at the end of its sentence: the venue that opens the
        // sentence is read as it is after a dateline (made-up sentences).
        let got = event_of("Tại trụ sở Sở Tài chính, Đoàn công tác tỉnh Lạng Sơn do đồng chí Lê Văn Bình làm trưởng đoàn đã có buổi làm việc với lãnh đạo Sở vào ngày 12/3.");
        assert_eq!(got.event.as_deref(), Some("buổi làm việc với lãnh đạo Sở"));
        assert_eq!(got.place.as_deref(), Some("trụ sở Sở Tài chính"));
        let got = event_of("Tại Nhà hát tỉnh, Đại hội đại biểu Hội Luật gia tỉnh lần thứ V đã tiến hành phiên trù bị vào sáng 4/8.");
        assert_eq!(
            got.event.as_deref(),
            Some("Đại hội đại biểu Hội Luật gia tỉnh lần thứ V")
        );
        assert_eq!(got.place.as_deref(), Some("Nhà hát tỉnh"));
        assert_eq!(got.rule, "event.passive");
    }

    #[test]
    fn an_inverted_lead_after_a_dateline() {
        // The date moved to the front of an inverted lead (made-up sentence).
        let got = event_of("Sáng 6/9, Đó là nội dung chính tại Hội nghị tổng kết phong trào thi đua năm 2024 và Tổng kết Chương trình “Mỗi ngày một việc tốt” do Hội Phụ nữ tỉnh tổ chức.");
        assert_eq!(got.rule, "event.inverted_lead");
        assert_eq!(got.organizer.as_deref(), Some("Hội Phụ nữ tỉnh"));
        assert_eq!(
            got.event.as_deref(),
            Some("Hội nghị tổng kết phong trào thi đua năm 2024 và Tổng kết Chương trình “Mỗi ngày một việc tốt”")
        );
    }

    #[test]
    fn a_body_and_its_parent_after_an_opening_phrase() {
        // The run of capitalised parts after a lower-case opening is the organiser, its
        // parent body with it; a city before it locates it (made-up sentences).
        let got = event_of("Sáng 5/9, hòa chung không khí của ngày hội toàn dân, Cục Chính trị, Bộ Tư lệnh Thủ đô đã long trọng tổ chức Lễ kỷ niệm 80 năm ngày truyền thống.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Cục Chính trị, Bộ Tư lệnh Thủ đô")
        );
        let got = event_of("Sáng 5/9, hòa chung không khí của ngày hội toàn dân, Đà Nẵng, Trường THPT Phan Châu Trinh đã long trọng tổ chức Lễ khai giảng năm học mới.");
        assert_eq!(
            got.organizer.as_deref(),
            Some("Trường THPT Phan Châu Trinh")
        );
    }

    #[test]
    fn venues_named_with_a_common_noun_or_after_events() {
        // A venue with its common noun in lower case (made-up sentences).
        let got = event_of("Sáng 12/3, Hội Khuyến học huyện tổ chức Hội nghị tổng kết năm 2024 tại trường Trung học cơ sở Tân Lập.");
        assert_eq!(got.event.as_deref(), Some("Hội nghị tổng kết năm 2024"));
        assert_eq!(got.place.as_deref(), Some("trường Trung học cơ sở Tân Lập"));
        // An event noun in a venue's name starts no organiser after it.
        let got = event_of("Chiều 3/11, tại Trung tâm Hội nghị Triển lãm tỉnh Hội Nông dân xã long trọng tổ chức Đại hội lần thứ IX.");
        assert_eq!(got.organizer.as_deref(), Some("Hội Nông dân xã"));
        assert_eq!(
            got.place.as_deref(),
            Some("Trung tâm Hội nghị Triển lãm tỉnh")
        );
        let got = event_of("Chiều 3/11, tại Trung tâm Hội nghị Triển lãm tỉnh đã tổ chức Hội nghị tổng kết năm 2024.");
        assert_eq!(got.organizer, None);
    }

    #[test]
    fn a_long_venue_ends_at_the_comma_before_its_subject() {
        // A venue too long to be read as one still ends at the comma before the verb's
        // subject, whatever words the subject has (made-up sentences).
        for body in [
            "Đảng ủy xã Tân An",
            "Trung ương Hội Luật gia Việt Nam",
            "Ban Tuyên giáo Huyện ủy và Trung tâm Chính trị huyện",
        ] {
            let s = format!("Sáng 20/8, tại lớp bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ và cấp ủy viên cơ sở đợt 2 năm nay, {body} đã tổ chức buổi thực hành kỹ năng sinh hoạt chi bộ.");
            assert_eq!(event_of(&s).organizer.as_deref(), Some(body), "{body}");
        }
    }

    #[test]
    fn a_lunar_date_after_the_dateline_is_skipped() {
        // The bracket that dates the day again, in the lunar calendar, stands between the
        // dateline and the venue or the subject (made-up sentences).
        for aside in [
            "(nhằm ngày 10/4 năm Quý Mão)",
            "( 23/7 Đinh Dậu)",
            "(tức 15/8 âm lịch)",
        ] {
            let s = format!("Sáng ngày 12/5/2025 {aside}, tại Nhà văn hóa xã A, Hội Phụ nữ xã A đã long trọng tổ chức Lễ kỷ niệm ngày thành lập Hội.");
            let info = event_of(&s);
            assert_eq!(
                info.organizer.as_deref(),
                Some("Hội Phụ nữ xã A"),
                "{aside}"
            );
            assert_eq!(info.place.as_deref(), Some("Nhà văn hóa xã A"), "{aside}");
            assert_eq!(info.event.as_deref(), Some("Lễ kỷ niệm ngày thành lập Hội"));
        }
    }

    #[test]
    fn a_dateline_sentence_with_only_its_venue() {
        // "DATE, tại X." then the event sentence: the venue and the date are the next
        // sentence's (made-up sentences).
        let info = event_of("Chiều ngày 15/01, tại hội trường UBND xã Bình An. Hội Cựu chiến binh xã Bình An tổ chức hội thi kéo co chào mừng năm mới.");
        assert_eq!(info.place.as_deref(), Some("hội trường UBND xã Bình An"));
        assert_eq!(
            info.organizer.as_deref(),
            Some("Hội Cựu chiến binh xã Bình An")
        );
        assert_eq!(info.rule, "event.active");
        // A dateline sentence with a predicate of its own is no fragment.
        let info = event_of("Ngày 12/1/2024, tại tỉnh C, đã diễn ra Hội nghị tổng kết công tác năm 2023 của Khối thi đua. Sở D đăng cai tổ chức Hội nghị.");
        assert_eq!(info.organizer.as_deref(), Some("Sở D"));
        assert_eq!(info.rule, "event.dated_object_of_verb");
        assert_eq!(info.place.as_deref(), Some("tỉnh C"));
    }

    #[test]
    fn a_time_phrase_opens_the_clause_before_the_organiser() {
        for (lead, body) in [
            ("Năm nay, Trường THPT A tổ chức Lễ tri ân vào ngày 19/5/2024.", "Trường THPT A"),
            ("Thực hiện chỉ đạo của Huyện đoàn, Hội đồng Đội huyện, sáng nay, trường THCS B đã tổ chức Ngày hội tiến bước lên Đoàn.", "trường THCS B"),
            ("Chiều 3/4, Hội Nông dân xã C tổ chức tổ chức hội thi nấu ăn ngày Tết.", "Hội Nông dân xã C"),
        ] {
            assert_eq!(event_of(lead).organizer.as_deref(), Some(body), "{lead}");
        }
    }

    #[test]
    fn an_agent_after_the_object_of_a_verb_is_its_organiser() {
        let info = event_of("Sáng ngày 19/7/2024, tại chùa A, phường B đã trang nghiêm diễn ra lễ khai mạc khóa tu mùa Hè 2024 do Ban Trị sự Phật giáo quận C tổ chức.");
        assert_eq!(
            info.event.as_deref(),
            Some("lễ khai mạc khóa tu mùa Hè 2024")
        );
        assert_eq!(
            info.organizer.as_deref(),
            Some("Ban Trị sự Phật giáo quận C")
        );
        assert_eq!(info.place.as_deref(), Some("chùa A, phường B"));
        let info = event_of("Ngày 12/5, Ban Trị sự tỉnh A đã tổ chức Đại lễ Phật đản năm 2025 trong không khí trang nghiêm.");
        assert_eq!(info.event.as_deref(), Some("Đại lễ Phật đản năm 2025"));
    }

    #[test]
    fn whoever_is_with_the_event_ends_it() {
        // "với sự" and any noun: who attended, helped or witnessed it (made-up sentences).
        for tail in [
            "với sự tham dự của 40 đại biểu",
            "với sự phối hợp của Sở Y tế",
            "với sự của hơn 40 cán bộ",
        ] {
            let s = format!(
                "Ngày 30/1, Thư viện tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2018 {tail}."
            );
            assert_eq!(
                event_of(&s).event.as_deref(),
                Some("hội nghị triển khai nhiệm vụ năm 2018"),
                "{tail}"
            );
        }
    }

    #[test]
    fn a_verb_phrase_after_a_name_holding_the_verb() {
        // "tổ chức" inside the venue's name is a noun; the subject's own verb names the organiser.
        let info = event_of("Ngày 14/6/2012, tại trụ sở Viện Khoa học tổ chức nhà nước, Hội đồng xét duyệt đề tài đã tổ chức họp xét duyệt đề cương.");
        assert_eq!(info.organizer.as_deref(), Some("Hội đồng xét duyệt đề tài"));
        assert_eq!(info.event, None);
    }

    #[test]
    fn an_organiser_of_a_bare_event_noun_takes_the_event_named_before() {
        let info = event_of("Ngày 12/1/2024, tại tỉnh Hà Nam, đã diễn ra Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua. Sở Công Thương tỉnh Hà Nam đăng cai tổ chức Hội nghị.");
        assert_eq!(
            info.event.as_deref(),
            Some("Hội nghị tổng kết công tác thi đua năm 2023 của Khối thi đua")
        );
        assert_eq!(
            info.organizer.as_deref(),
            Some("Sở Công Thương tỉnh Hà Nam")
        );
        assert_eq!(info.split_rule, Some(".anaphor"));
    }

    #[test]
    fn an_opener_glued_to_the_word_before_ends_the_event() {
        let info = events_of(&[
            "Thực hiện Điều 125, Luật Tổ chức Chính quyền địa phương năm 2015 về tổ chức hội nghị đối thoại với nhân dân.",
            "Tối ngày 17/10/2018 UBND phường A đã tổ chức hội nghị đối thoại trực tiếp với nhân dân về việc cải tạo đường phường An HòaTại hội nghị đã có 12 ý kiến.",
        ]);
        assert_eq!(info.organizer.as_deref(), Some("UBND phường A"));
        assert_eq!(
            info.event.as_deref(),
            Some("hội nghị đối thoại trực tiếp với nhân dân về việc cải tạo đường phường An Hòa")
        );
    }

    #[test]
    fn an_event_with_its_agent_before_another_verb() {
        let info = event_of("Nhằm khuyến khích sinh viên nghiên cứu, Hội nghị Nghiên cứu khoa học sinh viên năm học 2021-2022 do Khoa Ngữ văn tổ chức đã thu hút hơn 100 sinh viên.");
        assert_eq!(
            info.event.as_deref(),
            Some("Hội nghị Nghiên cứu khoa học sinh viên năm học 2021-2022")
        );
        assert_eq!(info.organizer.as_deref(), Some("Khoa Ngữ văn"));
        assert_eq!(info.rule, "event.passive.undated");
    }
}
