//! The event sentence: who held what, where ("Ngày 12/4, tại Hà Nội, Cục … đã tổ chức Hội
//! nghị …"). The entry point and the shared [`EventInfo`]: which paragraphs and sentences are
//! read in which order, and the values dropped when they do not look like their field. The
//! readings themselves live in the files below, one shape each.

mod active;
mod dates;
mod lead;
mod mention;
mod organizer;
mod passive;
mod phrase;
mod places;
#[cfg(test)]
mod tests;
mod venue;
mod verb;

use crate::parse::dateline::Dateline;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::INTRO_OPENERS;
use crate::parse::rules::MEETING_WORDS;
use crate::parse::rules::ORGANISER_NOT_OPENERS;
use crate::parse::text::find_word_ci;
use crate::parse::text::longest_prefix;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;
use crate::parse::text::Paragraph;
use active::active;
use dates::{clock_time, date_tail, date_token, introduced_date};
use lead::{dateline_fragment, inverted, is_plan, sentences_with_date};
use mention::{mentioned, MENTION_RULE};
use organizer::{after_time_phrase, strip_adverbs};
use passive::passive;
pub use venue::place_after_dateline;
use venue::{
    dateline_venue, labelled_venue, sentence_break, venue_of_held, venue_of_meeting, venue_sentence,
};
use verb::{hosted, object_of_verb, VERB_EVENT_RULE};

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
        let held = |p: &&Paragraph| {
            venue_of_held(p)
                .or_else(|| labelled_venue(p))
                .or_else(|| venue_sentence(p))
        };
        if let Some(place) = paragraphs.iter().take(3).find_map(held) {
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
    // "Trong ngày Lễ Ra trường, các con …": nothing says who held what, but a sentence opens
    // with the event it is about.
    if info == EventInfo::default() {
        info = mentioned(paragraphs).unwrap_or_default();
    }
    // "… Giáo xứ A long trọng mừng lễ quan thầy …. Ngày mừng lễ được mở đầu …. Thánh lễ mừng
    // kính thánh quan thầy được long trọng cử hành lúc 17h00 …": when the first two
    // paragraphs name nothing, a passive of the third timed by the clock alone (the report's
    // own day; a date there may be another occasion's) says what was held.
    if info == EventInfo::default() {
        if let Some(third) = paragraphs.get(2) {
            info = sentences_with_date(third, None)
                .into_iter()
                .filter(|(sentence, _)| {
                    clock_time(sentence).is_some() && date_token(sentence).is_none()
                })
                .find_map(|(sentence, _)| passive(sentence, None, false))
                .unwrap_or_default();
        }
    }
    // "Ngày 24/9, tại Lạng Sơn, CĐ X đã tiến hành bàn giao …": no event noun nor gathering
    // verb, but the dated sentence opens with where it happened (a guess).
    if info.rule.is_empty() && info.place.is_none() {
        if let Some(place) = dateline.and_then(|d| dateline_venue(paragraphs.get(d.para)?, d)) {
            info.place = Some(place);
            info.rule = MET_AT_RULE;
            info.split_rule = Some(".dateline");
        }
    }
    drop_odd_values(&mut info);
    info
}

/// The rule of a venue where people met, no event named ("… đã họp tại X").
pub const MET_AT_RULE: &str = "event.met_at";

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
        if let Some(info) = passive(sentence, date_end, lead && i == 0) {
            return Some(with_venue(i, info));
        }
    }
    verb_only
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

/// Under a title that names the organiser whole ("Trường X, Đại học Y tổ chức …"), a
/// lead whose venue took the first part of that name ("tại Phòng họp A, Trường X, Đại học
/// Y đã tổ chức") gives it back: the venue stops before the organiser.
///
/// A text without a headline has its lead as the first line ("Sáng nay, Trường X long trọng
/// tổ chức lễ kỷ niệm …"): when the paragraphs named no event, a first line that opens
/// with a dateline or an introduction is read as the lead.
pub fn confirm_by_title(info: &mut EventInfo, title: &str) {
    // An event only mentioned in the paragraphs yields to a lead in the first line.
    if *info == EventInfo::default() || info.rule == MENTION_RULE {
        let lead = Paragraph::new(title);
        // A first line dated at its end ("X đã tổ chức kỳ họp thứ 16 vào chiều 11-11.") is
        // a lead as much as one dated in front.
        let opens_lead = crate::parse::dateline::find_in_line(title).is_some_and(|d| d.start == 0)
            || longest_prefix(title, &INTRO_OPENERS).is_some()
            || date_tail(trim_end_punct(title)).is_some();
        if opens_lead {
            let date = crate::parse::dateline::find(&[&lead]);
            let from_title = find(&[&lead], date.as_ref());
            if info.rule != MENTION_RULE || !from_title.rule.is_empty() {
                *info = from_title;
            }
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
