//! Lead shapes: the inverted lead ("Đó là … tại Hội nghị …"), a plan, the dateline sentence
//! and the introductory clauses that open a sentence before its subject.

use super::organizer::by_organiser;
use super::phrase::cut_event;
use super::venue::{first_clause, is_place_list, is_venue, place_at, venue_clause};
use super::EventInfo;
use crate::parse::dateline::source_tag_len;
use crate::parse::dateline::Dateline;
use crate::parse::people::mention_at_start;
use crate::parse::rules::words;
use crate::parse::rules::EVENT_CONNECTORS;
use crate::parse::rules::EVENT_FRAGMENT_TAILS;
use crate::parse::rules::EVENT_PLAN_NOUNS;
use crate::parse::rules::EVENT_TIME_PHRASES;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::INTRO_OPENERS;
use crate::parse::rules::INVERTED_OPENERS;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::first_top_level_comma;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;
use crate::parse::text::Paragraph;

/// An inverted lead: "Đó là yêu cầu của X tại cuộc họp …", "Đây là thông tin tại Hội nghị
/// …": the event is the noun phrase after "tại" in the first sentence; a person after "của"
/// is its host (who spoke at it).
pub(super) fn inverted(paragraph: &Paragraph) -> Option<EventInfo> {
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

/// True when the lead announces a plan ("… vừa ban hành kế hoạch tổ chức Hội nghị …"): its
/// first sentence, after any introduction, has "tổ chức" as the object of a plan noun.
pub(super) fn is_plan(paragraph: &Paragraph) -> bool {
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

/// The sentences of a paragraph after its source tag, each with the dateline's byte range
/// relative to the sentence when the dateline lies inside it.
pub(super) fn sentences_with_date<'p>(
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
pub(super) fn aside_after(s: &str) -> usize {
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

/// The venue of a dateline sentence that says nothing else ("Ngày 23/5/2025, tại làng A, xã
/// B.", "Ngày 15/10, tại X dưới sự chứng kiến của …."): `Some(None)` without a venue, `None`
/// when the sentence goes on to a predicate of its own.
pub(super) fn dateline_fragment(
    sentence: &str,
    date: Option<(usize, usize)>,
) -> Option<Option<String>> {
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

/// Offset after a dateline that opens the sentence, with its "tại …" venue and commas.
pub(super) fn after_dateline(sentence: &str) -> usize {
    let Some(d) = crate::parse::dateline::find_in_line(sentence).filter(|d| d.start == 0) else {
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
pub(super) fn intro_len(s: &str) -> usize {
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
    longest_prefix(s, &INTRO_OPENERS).is_some()
        || longest_prefix(s, &EVENT_CONNECTORS).is_some()
        || is_time_phrase(first_clause(s))
}

/// True for a comma part that is a time phrase alone ("Năm nay", "sáng nay"): it opens the
/// clause before its subject.
pub(super) fn is_time_phrase(part: &str) -> bool {
    longest_prefix(part, &EVENT_TIME_PHRASES).is_some_and(|(_, len)| len == part.len())
}

/// Length of the introductory clauses at the start of `s` and the venue of a "tại X, "
/// among them.
pub(super) fn intro_and_place(s: &str) -> (usize, Option<String>) {
    let mut start = 0;
    let mut place = None;
    loop {
        let rest = &s[start..];
        if let Some((p, len)) =
            place_at(rest).filter(|(p, _)| is_venue(first_clause(p)) || is_place_list(p))
        {
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

/// True when the text before a verb is its subject alone, after a venue at most ("Tại Đà
/// Lạt, Sở X sẽ"): no opening clause of its own before it.
pub(super) fn subject_opens(before: &str) -> bool {
    let s = before.trim_start();
    let rest = place_at(s).map_or(s, |(_, len)| &s[len..]);
    first_top_level_comma(rest).is_none()
}
