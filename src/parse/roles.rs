//! Roles: who chaired ("chủ trì", "đồng chủ trì", "dự và chủ trì", "do X chủ trì",
//! "dưới sự chủ trì của …") and who attended ("Dự hội nghị có …", "Tham dự … có", "Cùng dự",
//! "Đến dự và chỉ đạo", "Về phía … có", "với sự tham dự của …").

use super::clause::{self, WordOpener, ALSO_ATTEND, ATTEND, CHAIR_LIST, GAP, ON_THE_SIDE};
use super::rules::ROLES_ATTEND_OPENERS as ATTEND_OPENERS;
use super::rules::ROLES_ATTEND_VERBS as ATTEND_VERBS;
use super::rules::ROLES_OTHER_EVENT_OPENERS;
use super::rules::UNDER_CHAIR;
use super::rules::{words, PRESENCE_OPENERS, ROLES_ATTEND_OBJECTS as ATTEND_OBJECTS};
use std::collections::HashSet;
use std::sync::LazyLock;

use super::people::{
    parse_list, parse_person, position_head_len, predicate_verb_at, starts_with_marker,
};
use super::rules::{ATTENDANCE_CONTINUATIONS, EVENT_WORDS, INTRO_OPENERS};
use super::text::{
    ends_with_word_ci, eq_ci, find_all_words_ci, find_word_ci, first_top_level_comma, is_one_of_ci,
    longest_prefix, lower_same_len, prefix_ci, split_top_level, Paragraph,
};
use crate::model::Person;

use super::rules::ROLES_NOT_ATTEND as NOT_ATTEND;

use super::rules::ROLES_NOT_CHAIR_BEFORE as NOT_CHAIR_BEFORE;

use super::rules::ROLES_CHAIR_OBJECTS as CHAIR_OBJECTS;

use super::rules::ROLES_CHAIR_ADVERBS as CHAIR_ADVERBS;

use super::rules::ROLES_RITE_CHAIR_VERBS as RITE_CHAIR_VERBS;

use super::rules::ROLES_PRESENT_VERBS as PRESENT_VERBS;

/// Who chaired and who attended.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    /// People said to chair, in order of mention.
    pub chairs: Vec<Person>,
    /// Named people of attendance clauses, in order of mention.
    pub attendees: Vec<Person>,
    /// Indexes of the paragraphs that hold an attendance or chair clause.
    pub paragraphs: Vec<usize>,
    /// The rule that found the first chair.
    pub chair_rule: &'static str,
    /// The rule that found the first attendee.
    pub attendee_rule: &'static str,
}

/// Finds chairs and attendees in body paragraphs (captions excluded); `host` is the subject
/// of a working session found by the event reader, `event` the event it read.
pub fn find(paragraphs: &[&Paragraph], host: Option<&str>, event: Option<&str>) -> Roles {
    let mut roles = Roles::default();
    // Names listed so far, lower-cased: one look-up per person, not a scan of the list.
    let mut chair_names = HashSet::new();
    let mut attendee_names = HashSet::new();
    if let Some(p) = host.and_then(|h| parse_person(h, true, false)) {
        push_unique(&mut roles.chairs, &mut chair_names, p);
        roles.chair_rule = "event.host";
    }
    // Set after "Tham dự hội nghị có:" ends a paragraph with no one named: the bullet
    // paragraphs that follow are its items.
    let mut open_list = false;
    for (k, paragraph) in paragraphs.iter().enumerate() {
        let mut found = false;
        // The items, bulleted or opening with a marker ("Đồng chí X - …").
        if open_list && (paragraph.text.starts_with(BULLETS) || starts_with_marker(paragraph.text))
        {
            for p in parse_list(Some(paragraph), paragraph.text, false, true) {
                push_unique(&mut roles.attendees, &mut attendee_names, p);
            }
            if roles.attendee_rule.is_empty() && !roles.attendees.is_empty() {
                roles.attendee_rule = "roles.attend.bullets";
            }
            roles.paragraphs.push(k);
            continue;
        }
        open_list = false;
        // "Cùng ngày, Chi hội X cũng tổ chức lễ … với sự tham gia của …": another event's
        // people.
        if k > 0 && longest_prefix(paragraph.text, &ROLES_OTHER_EVENT_OPENERS).is_some() {
            continue;
        }
        // "Phía chính quyền gồm có những vị đại diện … . Đặc biệt còn có …, như:": an
        // attendance clause that named no one, in a paragraph that ends announcing a list.
        let mut unnamed_clause = false;
        for sentence in paragraph.sentence_strs() {
            let (mut chairs, mut chair_rule) = chairs_in(sentence, paragraph);
            if chairs.is_empty() {
                (chairs, chair_rule) = rite_chairs(sentence, paragraph, event);
            }
            let leaders = delegation_leaders(sentence, paragraph);
            let (attendees, clause, attendee_rule) = attendees_in(sentence, paragraph, k > 0);
            if roles.chairs.is_empty() && !chairs.is_empty() {
                roles.chair_rule = chair_rule;
            }
            if roles.attendees.is_empty() {
                if !leaders.is_empty() {
                    roles.attendee_rule = "roles.delegation_leader";
                } else if !attendees.is_empty() {
                    roles.attendee_rule = attendee_rule;
                }
            }
            found |= !chairs.is_empty() || !leaders.is_empty() || clause;
            for p in leaders {
                push_unique(&mut roles.attendees, &mut attendee_names, p);
            }
            for p in chairs {
                push_unique(&mut roles.chairs, &mut chair_names, p);
            }
            open_list = clause && attendees.is_empty() && sentence.ends_with(':');
            unnamed_clause |= clause && attendees.is_empty();
            for p in attendees {
                push_unique(&mut roles.attendees, &mut attendee_names, p);
            }
        }
        open_list |= unnamed_clause && paragraph.text.trim_end().ends_with(':');
        if found {
            roles.paragraphs.push(k);
        }
    }
    if roles.chairs.is_empty() {
        if let Some(chair) = chair_by_title(paragraphs, &roles.attendees) {
            chair_names.insert(lower_same_len(&chair.name));
            roles.chairs.push(chair);
            roles.chair_rule = "roles.under_chair.title";
        }
    }
    roles
        .attendees
        .retain(|a| !chair_names.contains(&lower_same_len(&a.name)));
    roles
}

/// "Dưới sự chủ trì của Thứ trưởng, hội thảo …": a chair named by an office alone is the
/// one attendee listed with that office.
fn chair_by_title(paragraphs: &[&Paragraph], attendees: &[Person]) -> Option<Person> {
    for paragraph in paragraphs {
        for sentence in paragraph.sentence_strs() {
            if !sentence.contains(words::CHAIR_TAIL) {
                continue;
            }
            let Some(end) = clause::after_phrase(paragraph.lower_of(sentence), &UNDER_CHAIR) else {
                continue;
            };
            let after = &sentence[end..];
            let Some(len) = position_head_len(after) else {
                continue;
            };
            // The office alone: a comma or the end follows it, not a name.
            if !(after[len..].is_empty() || after[len..].starts_with([',', '.', ';'])) {
                continue;
            }
            let title = &after[..len];
            let mut holders = attendees
                .iter()
                .filter(|a| a.position.as_deref().is_some_and(|p| p.starts_with(title)));
            if let (Some(one), None) = (holders.next(), holders.next()) {
                return Some(one.clone());
            }
        }
    }
    None
}

/// Longest object of an attendance verb before a bare colon ("Tham dự chương trình:").
const COLON_OBJECT_WORDS: usize = 4;

/// The marks that open a bulleted list item.
const BULLETS: [char; 5] = ['-', '–', '•', '+', '*'];

/// Adds a person unless someone with the same name (case-insensitive) is listed already;
/// `names` holds the list's names in lower case.
fn push_unique(list: &mut Vec<Person>, names: &mut HashSet<String>, p: Person) {
    if names.insert(lower_same_len(&p.name)) {
        list.push(p);
    }
}

/// The sentence and, when it opens with an introductory clause ("Tại điểm cầu …, "), the
/// text after that clause.
fn clause_starts(sentence: &str) -> Vec<&str> {
    let mut out = vec![sentence];
    if longest_prefix(sentence, &INTRO_OPENERS).is_some() {
        if let Some(comma) = first_top_level_comma(sentence) {
            out.push(sentence[comma + 1..].trim_start());
        }
    }
    // "…, tham dự có đồng chí X …": an attendance clause after a comma.
    out.extend(
        split_top_level(sentence, ',')
            .into_iter()
            .skip(1)
            .map(|(a, _)| sentence[a..].trim_start())
            .filter(|rest| {
                let head: String = rest.split(' ').take(3).collect::<Vec<_>>().join(" ");
                rest.starts_with(char::is_lowercase)
                    && ATTEND_OPENERS.iter().any(|w| rest.starts_with(w))
                    && find_all_words_ci(&head, words::ATTEND).next().is_some()
            }),
    );
    // Clauses after ";": "…; cùng dự có …".
    out.extend(
        split_top_level(sentence, ';')
            .into_iter()
            .skip(1)
            .map(|(a, b)| sentence[a..b].trim()),
    );
    out
}

/// Attendees named in one sentence, and whether it holds an attendance clause at all.
fn attendees_in(
    sentence: &str,
    para: &Paragraph,
    later: bool,
) -> (Vec<Person>, bool, &'static str) {
    for clause in clause_starts(sentence) {
        let lower = para.lower_of(clause);
        let mut rest = None;
        // The patterns' first words, checked first: an unused pattern is never compiled.
        let attend = (lower.contains(words::ATTEND)
            || longest_prefix(lower, &ATTEND_VERBS).is_some())
            && ATTEND_OPENERS.iter().any(|w| lower.starts_with(w));
        let attend = attend.then(|| ATTEND.captures(lower)).flatten();
        if let Some(c) = attend {
            let obj = c.name("obj").map_or("", |m| m.as_str()).trim_start();
            let first = obj.split(' ').next().unwrap_or("");
            // "Đến dự chương trình: X": a colon with no "có" opens the list only after a short
            // object ("Tham dự hội nghị, ông X cho biết: …" reports speech).
            let gap = c.name("gap").map_or("", |m| m.as_str());
            // "Đến dự đại hội về phía Đoàn phường: Có đồng chí X": the side named before
            // the colon.
            let side = find_all_words_ci(gap, words::SIDE).next().is_some();
            let colon_ok = c.name("colon").is_none()
                || (!gap.contains(',')
                    && (side || super::text::word_count(gap) <= COLON_OBJECT_WORDS));
            if !NOT_ATTEND.contains(&first) && colon_ok {
                rest = Some(&clause[c.get(0).unwrap().end()..]);
            }
        } else if let Some(end) = comma_before_attendee(clause, lower) {
            rest = Some(&clause[end..]);
        } else if let Some(end) = lower
            .starts_with(words::WITH)
            .then(|| ALSO_ATTEND.list_start(lower))
            .flatten()
            .or_else(|| {
                // "Về phía X có …", or "Phía X có …" without its "về".
                (lower.starts_with(words::ABOUT) || lower.starts_with(words::SIDE)).then_some(())?;
                ON_THE_SIDE.list_start(lower)
            })
        {
            rest = Some(&clause[end..]);
        }
        if let Some(rest) = rest {
            return (
                parse_list(Some(para), end_clause(rest), false, false),
                true,
                "roles.attend",
            );
        }
        if let Some(rest) = DELEGATION.list(clause) {
            let list = end_clause(rest);
            return (
                parse_list(Some(para), list, false, false),
                true,
                "roles.delegation",
            );
        }
        if let Some(rest) = CONTINUATION.list(clause) {
            let got = parse_list(Some(para), end_clause(rest), false, false);
            if !got.is_empty() {
                return (got, true, "roles.continuation");
            }
        }
    }
    if let Some(end) = clause::after_phrase(para.lower_of(sentence), &PRESENCE_OPENERS) {
        // "… tham dự lễ khai giảng chung do Bộ X tổ chức tại Y, với sự tham gia của Z": past
        // the lead, a presence after another body's event ("do X tổ chức") is that event's.
        if later && clause::agent_of(&sentence[..end], &[words::ORGANIZE]).is_some() {
            return (Vec::new(), true, "roles.presence_of");
        }
        let list = end_clause(&sentence[end..]);
        return (
            parse_list(Some(para), list, false, false),
            true,
            "roles.presence_of",
        );
    }
    // "Đoàn … do X làm trưởng đoàn, đi cùng là đồng chí A – …, đồng chí B – …".
    if let Some(end) = clause::after_phrase(para.lower_of(sentence), &COMPANION_OPENERS) {
        let got = parse_list(Some(para), end_clause(&sentence[end..]), false, false);
        if !got.is_empty() {
            return (got, true, "roles.companions");
        }
    }
    let (got, rule) = subject_attendees(sentence, para);
    let found = !got.is_empty();
    (got, found, rule)
}

/// Where the list starts in "Dự và chỉ đạo hội nghị, đồng chí X, …": a short attendance
/// phrase, a comma, then a person named with a form of address (no "có" between).
fn comma_before_attendee(clause: &str, lower: &str) -> Option<usize> {
    if !ATTEND_OPENERS.iter().any(|w| lower.starts_with(w)) {
        return None;
    }
    let comma = lower.find(',')?;
    let head = &lower[..comma];
    let attends = find_all_words_ci(head, words::ATTEND).next().is_some();
    let rest = clause[comma + 1..].trim_start();
    (attends
        && super::text::word_count(head) <= COMMA_ATTEND_WORDS
        && super::people::honorific_len(rest).is_some())
    .then(|| clause.len() - rest.len())
}

/// Longest attendance phrase before the comma of [`comma_before_attendee`], in words.
const COMMA_ATTEND_WORDS: usize = 6;

/// The text of a list up to the end of the sentence, without the final stop.
fn end_clause(s: &str) -> &str {
    s.trim()
        .trim_end_matches(['.', '!', '…'])
        .trim_end_matches("/.")
        .trim_end()
}

use super::rules::ROLES_HOST_OPENERS as HOST_OPENERS;

use super::rules::ROLES_DELEGATION_OPENERS as DELEGATION_OPENERS;

use super::rules::ROLES_DELEGATION_LEAD_VERBS as DELEGATION_LEAD_VERBS;

use super::rules::ROLES_COMPANION_OPENERS as COMPANION_OPENERS;

/// The host list of a working session: "Tiếp và làm việc với đoàn có …".
static HOST: LazyLock<WordOpener> = LazyLock::new(|| WordOpener {
    openers: &HOST_OPENERS,
    verbs: clause::HAVE_OR_INCLUDE,
    gap: GAP,
});

/// A delegation's member list: "Cùng tham gia đoàn công tác có …".
static DELEGATION: LazyLock<WordOpener> = LazyLock::new(|| WordOpener {
    openers: &DELEGATION_OPENERS,
    verbs: clause::HAVE_OR_INCLUDE,
    gap: GAP,
});

/// A paragraph continuing an attendance list: "Đại biểu quốc tế có …".
static CONTINUATION: LazyLock<WordOpener> = LazyLock::new(|| WordOpener {
    openers: &ATTENDANCE_CONTINUATIONS,
    verbs: clause::HAVE,
    gap: usize::MAX,
});

/// Leaders of a visiting delegation: "Đoàn công tác … do đồng chí X, … làm trưởng đoàn",
/// "… do đồng chí X dẫn đầu".
fn delegation_leaders(sentence: &str, para: &Paragraph) -> Vec<Person> {
    clause::agent_of(sentence, &DELEGATION_LEAD_VERBS)
        .map(|x| parse_list(Some(para), &sentence[x], false, true))
        .unwrap_or_default()
}

/// Chairs named in one sentence, with the rule that found them.
fn chairs_in(sentence: &str, para: &Paragraph) -> (Vec<Person>, &'static str) {
    // The host of a working session: "Tiếp và làm việc với đoàn (về phía Bộ) có X".
    for clause in clause_starts(sentence) {
        if let Some(rest) = HOST.list(clause) {
            let got = parse_list(Some(para), end_clause(rest), false, false);
            if !got.is_empty() {
                return (got, "roles.host_opener");
            }
        }
    }
    // "Chủ tịch UBND tỉnh X, … cùng lãnh đạo … tiếp, làm việc với đoàn": the hosts.
    for opener in HOST_OPENERS.iter() {
        for (a, _) in find_all_words_ci(sentence, opener) {
            let rules = (
                "roles.subject_of_host",
                "roles.subject_of_host.surname_only",
            );
            let before = sentence[..a].trim_end();
            // "cảm ơn sự đón tiếp": a noun, not the hosts' verb.
            let noun = NOT_CHAIR_BEFORE
                .iter()
                .any(|w| ends_with_word_ci(before, w));
            if let Some(found) = (!before.is_empty() && !noun)
                .then(|| subject_list(before, para, rules))
                .flatten()
            {
                return found;
            }
        }
    }
    // Every chair form has "chủ trì" or "chủ tọa"; most sentences have neither.
    if !sentence.contains(words::CHAIR_TAIL) && !sentence.contains(words::PRESIDE_TAIL) {
        return (Vec::new(), "");
    }
    let lower = para.lower_of(sentence);
    if let Some(end) = clause::after_phrase(lower, &UNDER_CHAIR) {
        // "BLL dưới sự chủ trì của Trưởng ban X đã họp …": the list ends where the
        // sentence's own verb goes on.
        let list = end_clause(&sentence[end..]);
        let list = predicate_verb_at(list).map_or(list, |i| list[..i].trim_end());
        return (
            parse_list(Some(para), list, false, false),
            "roles.under_chair",
        );
    }
    if let Some(x) = clause::chaired_by(lower) {
        let got = parse_list(Some(para), &sentence[x], false, true);
        if !got.is_empty() {
            return (got, "roles.chaired_by");
        }
    }
    for clause in clause_starts(sentence) {
        let lower = para.lower_of(clause);
        if let Some(end) = CHAIR_LIST.list_start(lower) {
            let list = end_clause(&clause[end..]);
            return (
                parse_list(Some(para), list, false, false),
                "roles.chair_list",
            );
        }
    }
    // "Chủ trì hội nghị BSCKII Dương Tất Linh – giám đốc …": the role and its object open
    // the sentence, the chair follows with a marker and no "có".
    for clause in clause_starts(sentence) {
        let Some(len) = prefix_ci(clause, words::CHAIR) else {
            continue;
        };
        let rest = &clause[len..];
        let head = subject_window_start(rest, CHAIR_FIRST_GAP);
        if let Some((i, true)) = person_start(head).filter(|_| !head.contains([',', ':'])) {
            let got = parse_list(Some(para), end_clause(&rest[i..]), false, false);
            if !got.is_empty() {
                return (got, "roles.chair_first");
            }
        }
    }
    for (a, b) in find_all_words_ci(sentence, words::CHAIR) {
        let mut before = sentence[..a].trim_end();
        let after = sentence[b..].trim_start();
        // "Thứ trưởng X sẽ chủ trì Hội thảo": the chair of an event announced, a guess; "sẽ
        // chủ trì, phối hợp …" sets a task instead.
        let planned =
            ends_with_word_ci(before, words::WILL) && longest_prefix(after, &EVENT_WORDS).is_some();
        if planned {
            before = before[..before.len() - words::WILL.len()].trim_end();
        } else if NOT_CHAIR_BEFORE
            .iter()
            .any(|w| ends_with_word_ci(before, w))
        {
            continue;
        }
        // "… chủ trì Hôi nghị.": a short object that ends the sentence, even misspelt.
        let ends_soon = super::text::word_count(after) <= SHORT_OBJECT_WORDS
            && super::text::ends_sentence(after);
        let object_ok = after.is_empty()
            || after.starts_with([',', '.', ';', ':'])
            || CHAIR_OBJECTS.iter().any(|o| prefix_ci(after, o).is_some())
            || ends_soon;
        if !object_ok {
            continue;
        }
        loop {
            let start = before;
            for adverb in CHAIR_ADVERBS.iter() {
                if ends_with_word_ci(before, adverb) {
                    before = before[..before.len() - adverb.len()].trim_end();
                }
            }
            if before == start {
                break;
            }
        }
        let rules = if planned {
            (
                "roles.subject_of_chair.planned",
                "roles.subject_of_chair.planned.surname_only",
            )
        } else {
            (
                "roles.subject_of_chair",
                "roles.subject_of_chair.surname_only",
            )
        };
        if let Some(found) = subject_list(before, para, rules) {
            return found;
        }
    }
    (Vec::new(), "")
}

/// Who presides over the rite that is the event: "Thánh lễ … được cử hành … do Cha xứ X
/// chủ sự" in the sentence that names the event, or "Cha xứ X đã chủ sự Thánh lễ …" whose
/// object opens with the event's first words. A rite presided elsewhere in the article
/// (the Mass of a day of adoration, a bare "chủ sự thánh lễ") is not the event's.
fn rite_chairs(
    sentence: &str,
    para: &Paragraph,
    event: Option<&str>,
) -> (Vec<Person>, &'static str) {
    let none = (Vec::new(), "");
    let Some(event) = event else {
        return none;
    };
    let lower = para.lower_of(sentence);
    if lower.contains(&lower_same_len(event)) {
        if let Some(x) = clause::agent_of(sentence, &RITE_CHAIR_VERBS) {
            let got = parse_list(Some(para), &sentence[x], false, true);
            if !got.is_empty() {
                return (got, "roles.rite_chaired_by");
            }
        }
    }
    for verb in RITE_CHAIR_VERBS.iter() {
        let Some((a, b)) = find_word_ci(sentence, verb) else {
            continue;
        };
        if !opens_alike(&sentence[b..], event) {
            continue;
        }
        let mut before = sentence[..a].trim_end();
        while let Some(w) = CHAIR_ADVERBS.iter().find(|w| ends_with_word_ci(before, w)) {
            before = before[..before.len() - w.len()].trim_end();
        }
        let rules = (
            "roles.subject_of_rite",
            "roles.subject_of_rite.surname_only",
        );
        if let Some(found) = subject_list(before, para, rules) {
            return found;
        }
    }
    none
}

/// True when `object` and `event` open with the same [`RITE_ALIKE_WORDS`] words, but for
/// case: the event noun and what it names ("Thánh lễ mừng kính …").
fn opens_alike(object: &str, event: &str) -> bool {
    let object: Vec<&str> = object
        .split_whitespace()
        .take(RITE_ALIKE_WORDS)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    let event: Vec<&str> = event.split_whitespace().take(RITE_ALIKE_WORDS).collect();
    object.len() == RITE_ALIKE_WORDS
        && event.len() == RITE_ALIKE_WORDS
        && object.iter().zip(&event).all(|(o, e)| eq_ci(o, e))
}

/// Words the object of "chủ sự" shares with the event's name: more than the bare noun.
const RITE_ALIKE_WORDS: usize = 4;

/// Words of the object between an opening "Chủ trì" and the chair ("hội nghị sơ kết").
const CHAIR_FIRST_GAP: usize = 8;

/// The first `n` words of `s` and the space after them: where a person after a short
/// object may start.
fn subject_window_start(s: &str, n: usize) -> &str {
    s.match_indices(' ').nth(n).map_or(s, |(i, _)| &s[..i + 1])
}

/// Longest object of "chủ trì" that ends the sentence and need not be a known event word.
const SHORT_OBJECT_WORDS: usize = 2;

/// The people who are the subject of a verb, `before` being the text before it, with the
/// first rule of `rules` when the subject opens with a marker and the second when only a
/// family name was found.
fn subject_list(
    before: &str,
    para: &Paragraph,
    rules: (&'static str, &'static str),
) -> Option<(Vec<Person>, &'static str)> {
    let before = subject_window(before);
    let (start, marked) = person_start(before)?;
    let got = parse_list(Some(para), &before[start..], false, true);
    let rule = if marked { rules.0 } else { rules.1 };
    (!got.is_empty()).then_some((got, rule))
}

/// The last [`SUBJECT_WORDS`] words of `before`: where the subject of a verb may start.
/// A person mention (rank, name, positions, a second person joined by "và") is far
/// shorter; bounding it keeps a text of many verbs from being scanned once per verb.
fn subject_window(before: &str) -> &str {
    let start = before
        .match_indices(' ')
        .rev()
        .nth(SUBJECT_WORDS - 1)
        .map_or(0, |(i, _)| i + 1);
    &before[start..]
}

/// Longest subject of "chủ trì" or "dự", in words.
const SUBJECT_WORDS: usize = 60;

/// Byte offset of the first word of `s` where a person mention may start: a rank,
/// honorific or position; failing that, a family name ("Hà" of "Hà Nội" is one too, so it
/// comes last).
///
/// The flag is true when the start is a marker, false when only a family name was found.
fn person_start(s: &str) -> Option<(usize, bool)> {
    let mut offsets = vec![0];
    offsets.extend(s.match_indices(' ').map(|(i, _)| i + 1));
    let marked = offsets
        .iter()
        .copied()
        .find(|&i| starts_with_marker(&s[i..]) || position_head_len(&s[i..]).is_some());
    marked.map(|i| (i, true)).or_else(|| {
        offsets
            .into_iter()
            .find(|&i| {
                let first = s[i..].split(' ').next().unwrap_or("");
                super::rules::SURNAMES.contains(&first)
            })
            .map(|i| (i, false))
    })
}

use super::rules::ROLES_ATTEND_ADVERBS as ATTEND_ADVERBS;

/// People who are the subject of "dự", with the rule that found them: "Đồng chí X, Thủ tướng Chính phủ dự, chỉ đạo hội
/// nghị", a bridge point's "Tại điểm cầu Y, PCT UBND tỉnh Z cùng … dự hội nghị". Also
/// "Thầy X có mặt cùng đại diện các khóa": the subject of a verb of being present, which
/// may go on with those who came along or the venue.
fn subject_attendees(sentence: &str, para: &Paragraph) -> (Vec<Person>, &'static str) {
    let present = PRESENT_VERBS
        .iter()
        .flat_map(|v| find_all_words_ci(sentence, v).map(|m| (m, true)));
    let attend = find_all_words_ci(sentence, words::ATTEND).map(|m| (m, false));
    for ((a, b), is_present) in attend.chain(present) {
        let after = sentence[b..].trim_start();
        let next = after.split(' ').next().unwrap_or("");
        if !is_present && is_one_of_ci(next.trim_end_matches([',', '.']), &NOT_ATTEND) {
            continue;
        }
        let along = is_present
            && [words::WITH, words::VENUE]
                .iter()
                .any(|w| prefix_ci(after, w).is_some_and(|n| after[n..].starts_with(' ')));
        let object_ok = after.is_empty()
            || after.starts_with([',', '.', ';'])
            || along
            || ATTEND_OBJECTS.iter().any(|o| prefix_ci(after, o).is_some())
            || CHAIR_OBJECTS.iter().any(|o| prefix_ci(after, o).is_some());
        let mut before = sentence[..a].trim_end();
        let noun =
            ends_with_word_ci(before, words::NOUN_MARKER) || ends_with_word_ci(before, words::HAVE);
        if !object_ok || noun {
            continue;
        }
        while let Some(w) = ATTEND_ADVERBS.iter().find(|w| ends_with_word_ci(before, w)) {
            before = before[..before.len() - w.len()].trim_end();
        }
        let rules = (
            "roles.subject_of_attend",
            "roles.subject_of_attend.surname_only",
        );
        // "Ông X, giám đốc Sở thông báo … đến các đại biểu dự buổi": X is the subject of
        // another verb; those who attend are named after it.
        let window = subject_window(before);
        // "… ý kiến chỉ đạo của đồng chí X; … của các đại biểu tham dự": a person after
        // "của" owns a noun, he is no subject of the verb.
        let possessor = |i: usize| ends_with_word_ci(window[..i].trim_end(), words::OF);
        if person_start(window)
            .is_some_and(|(i, _)| predicate_verb_at(&window[i..]).is_some() || possessor(i))
        {
            continue;
        }
        if let Some(found) = subject_list(before, para, rules) {
            return found;
        }
    }
    (Vec::new(), "")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`super::find`] on paragraphs given as text.
    fn find(paragraphs: &[&str], host: Option<&str>) -> Roles {
        let analysed: Vec<Paragraph> = paragraphs.iter().map(|p| Paragraph::new(p)).collect();
        super::find(&analysed.iter().collect::<Vec<_>>(), host, None)
    }

    #[test]
    fn the_monastic_present_who_gives_the_address_attends() {
        let r = find(&["Buổi lễ khai mạc có sự hiện diện và ban đạo từ của Ni sư Thích Nữ Chúc Tường – Trụ trì chùa Kiều Đàm."], None);
        assert_eq!(names(&r.attendees), ["Thích Nữ Chúc Tường"]);
    }

    #[test]
    fn the_speaker_is_no_subject_of_the_guests_attending() {
        let r = find(&["Ông Phan Minh Đông thay mặt ban tổ chức ngỏ lời chào mừng và cảm ơn những người từ phương xa về dự kỳ họp mặt."], None);
        assert!(r.attendees.is_empty(), "{:?}", names(&r.attendees));
    }

    #[test]
    fn the_subject_of_being_present_attends() {
        let r = find(
            &["Ban liên lạc đã họp. Thầy Võ Tài Mạnh có mặt cùng đại diện các khóa."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Võ Tài Mạnh"]);
        // "với sự có mặt của" is a noun; an incident's responders name no one.
        let r = find(
            &["Chính quyền địa phương đã nhanh chóng có mặt tại hiện trường."],
            None,
        );
        assert!(r.attendees.is_empty());
    }

    #[test]
    fn who_presides_over_the_rite_that_is_the_event_chairs_it() {
        let chairs = |paragraphs: &[&str], event: &str| {
            let analysed: Vec<Paragraph> = paragraphs.iter().map(|p| Paragraph::new(p)).collect();
            let r = super::find(&analysed.iter().collect::<Vec<_>>(), None, Some(event));
            r.chairs.into_iter().map(|p| p.name).collect::<Vec<_>>()
        };
        let event = "Thánh lễ mừng kính thánh quan thầy";
        assert_eq!(
            chairs(
                &["Thánh lễ mừng kính thánh quan thầy được cử hành lúc 17h00 do Cha xứ Phao-lô Phạm Văn Mạnh chủ sự."],
                event
            ),
            ["Phao-lô Phạm Văn Mạnh"]
        );
        assert_eq!(
            chairs(
                &["Sau cuộc rước, Cha xứ Lu-ca Vũ Công Liêm đã chủ sự Thánh lễ mừng kính thánh Phan-xi-cô."],
                event
            ),
            ["Lu-ca Vũ Công Liêm"]
        );
        // Another rite of the day, or a bare "thánh lễ", is not the event's.
        assert!(chairs(
            &["Cao điểm là Thánh lễ đồng tế lúc 10h30 do Cha Gio-an Phan Văn Hà chủ sự."],
            event
        )
        .is_empty());
        assert!(chairs(&["Cha xứ Giu-se Nguyễn Văn Tâm chủ sự thánh lễ."], event).is_empty());
    }

    fn names(list: &[Person]) -> Vec<&str> {
        list.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn working_session_with_a_delegation() {
        let r = find(
            &["Chiều 28-10, Đoàn công tác của Bộ do đồng chí Lê Huy Ngọ, Thứ trưởng làm trưởng đoàn đã có buổi làm việc tại tỉnh. Cùng tham gia đoàn công tác có các đồng chí: Nguyễn Văn Quang, Vụ trưởng; Bùi Văn Cửu, Cục trưởng. Tiếp và làm việc với đoàn có đồng chí Nguyễn Đình Quang, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Nguyễn Đình Quang"]);
        assert_eq!(
            names(&r.attendees),
            ["Lê Huy Ngọ", "Nguyễn Văn Quang", "Bùi Văn Cửu"]
        );
    }

    #[test]
    fn presence_by_taking_part() {
        let r = find(
            &["Chương trình có sự tham gia của các đại biểu: Đồng chí Trần Thị Hồng Hạnh – Bí thư chi đoàn; ThS. Trần Thúy Vân – Đại diện bộ môn Lý luận Chính trị."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Trần Thị Hồng Hạnh", "Trần Thúy Vân"]);
    }

    #[test]
    fn a_possessor_is_no_attendee_and_a_lower_case_position_ends_the_name() {
        let r = find(
            &["Ban chấp hành tiếp thu ý kiến chỉ đạo của đồng chí Nguyễn Văn An – Bí thư Đảng ủy; ý kiến của các đồng chí ủy viên và các đại biểu tham dự Hội nghị."],
            None,
        );
        assert!(r.attendees.is_empty());
        let r = find(
            &["Lãnh đạo chính quyền có: ông Vi Thanh Sơn-phó chủ tịch UBND xã A cùng đông đảo lãnh đạo tham dự."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Vi Thanh Sơn"]);
    }

    #[test]
    fn dash_glued_between_name_and_position() {
        let r = find(
            &["Tại điểm cầu trung ương, bà Đào Hồng Lan-Ủy viên Ban Chấp hành Trung ương Đảng, Bộ trưởng Bộ Y tế chủ trì hội nghị."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Đào Hồng Lan"]);
    }

    #[test]
    fn chair_forms() {
        let r = find(
            &["Thiếu tướng Nguyễn Ngọc Cương, Cục trưởng Cục Cảnh sát chủ trì hội nghị."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Nguyễn Ngọc Cương"]);
        assert_eq!(
            r.chairs[0].position.as_deref(),
            Some("Cục trưởng Cục Cảnh sát")
        );
        let r = find(&["Tại điểm cầu Công an tỉnh, Đại tá Hồ Việt Triều, Giám đốc Công an tỉnh dự và chủ trì hội."], None);
        assert_eq!(names(&r.chairs), ["Hồ Việt Triều"]);
        assert_eq!(
            r.chairs[0].position.as_deref(),
            Some("Giám đốc Công an tỉnh")
        );
        let r = find(
            &["Hội nghị do đồng chí Lê Văn Bình, Phó Chủ tịch UBND tỉnh chủ trì."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Lê Văn Bình"]);
        let r = find(&["Hội nghị diễn ra dưới sự chủ trì của các đồng chí: Trần Văn A - Bí thư Tỉnh ủy; Lê Thị B - Chủ tịch UBND tỉnh."], None);
        assert_eq!(names(&r.chairs), ["Trần Văn A", "Lê Thị B"]);
        // The passive's agent, and "chủ tọa" (presides) after a witness's "chứng minh".
        let r = find(&["Hội nghị được chủ trì bởi đồng chí Trần Văn A - Bí thư Đảng uỷ; PGS.TS. Lê Thị B - Phó Chủ tịch Hội."], None);
        assert_eq!(names(&r.chairs), ["Trần Văn A", "Lê Thị B"]);
        let r = find(&["Chứng minh và chủ tọa hội nghị có Đại đức Thích Từ Nguyện, Trưởng BTS huyện; TT Thích Trí Năng, Phó Trưởng Ban."], None);
        assert_eq!(names(&r.chairs), ["Thích Từ Nguyện", "Thích Trí Năng"]);
        assert!(r.attendees.is_empty());
        let r = find(&["Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy và đồng chí Trần Văn B, Chủ tịch UBND tỉnh đồng chủ trì hội nghị."], None);
        assert_eq!(names(&r.chairs), ["Nguyễn Văn A", "Trần Văn B"]);
        assert_eq!(r.chairs[0].position.as_deref(), Some("Bí thư Tỉnh ủy"));
    }

    #[test]
    fn a_paragraph_announcing_the_list_its_clause_did_not_name() {
        let r = find(
            &[
                "Phía chính quyền gồm có những vị đại diện cho Ban Tôn giáo tỉnh. Đặc biệt còn có những vị đại diện cho cấp Trung ương, như:",
                "Ông Bùi Ngọc Sương – Phó Ban Chỉ đạo Tây Nam bộ.",
                "Ông Hà Hữu Liền – Vụ trưởng Vụ Công tác Tôn giáo.",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Bùi Ngọc Sương", "Hà Hữu Liền"]);
    }

    #[test]
    fn another_happening_of_the_day_names_no_attendees() {
        let r = find(
            &[
                "Ngày 11/6, Chi hội A tổ chức lễ khánh thành nhà thờ. Tham dự có Mục sư Phan Vĩnh Cự, Phó Hội trưởng.",
                "Cùng ngày, Chi hội B cũng tổ chức lễ cung hiến nhà thờ với sự tham gia của Mục sư Nguyễn Hữu Bình, Phó Hội trưởng.",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Phan Vĩnh Cự"]);
    }

    #[test]
    fn presence_and_short_objects() {
        // (paragraph, chairs, attendees)
        let cases: [(&str, &[&str], &[&str]); 10] = [
            ("Đến tham dự buổi lễ có sự hiện diện của Ông Lê Văn A - Phó Chủ tịch phường, các ông bà trong ban đại diện.", &[], &["Lê Văn A"]),
            ("Tham dự buổi lễ có Thầy Trần Văn B – Hiệu trưởng nhà trường.", &[], &["Trần Văn B"]),
            ("Đồng chí Hoàng Thị C - Trưởng Ban Dân vận Tỉnh ủy chủ trì Hôi nghị.", &["Hoàng Thị C"], &[]),
            ("Về phía ngành y tế, có BSCKII. Trần Văn D – Phó Giám đốc Sở Y tế, BSCKII. Lê Thị E – Giám đốc Bệnh viện.", &[], &["Trần Văn D", "Lê Thị E"]),
            ("Phía lãnh đạo nhà trường có cô giáo Nguyễn Thị F - Hiệu trưởng cùng toàn thể Ban giám hiệu.", &[], &["Nguyễn Thị F"]),
            ("Ngày 15/8, Ban liên lạc dưới sự chủ trì của Trưởng ban Bùi Vinh đã họp tại nhà khách.", &["Bùi Vinh"], &[]),
            ("Quang lâm chứng minh và tham dự buổi lễ có: HT Thích Bửu Thiện – Chứng minh BTS; TT Thích Thông Huệ, Trưởng ban.", &[], &["Thích Bửu Thiện", "Thích Thông Huệ"]),
            ("Buổi lễ đặt dưới sự chứng minh của: TT. Thích Quảng Tuấn-UVHĐTS GHPGVN; ĐĐ. Thích Chiếu Ý-phó BTS tỉnh.", &[], &["Thích Quảng Tuấn", "Thích Chiếu Ý"]),
            ("Đến dự đại hội về phía Đoàn phường: Có đồng chí Nguyễn Ngọc Phụng – Phó Bí thư Đoàn Phường.", &[], &["Nguyễn Ngọc Phụng"]),
            ("Về phía nhà trường: Có sự hiện diện thầy Bùi Tiếp – Phó Bí thư chi bộ; Cô Văn Thị Tú – Chủ tịch công Đoàn.", &[], &["Bùi Tiếp", "Văn Thị Tú"]),
        ];
        for (paragraph, chairs, attendees) in cases {
            let r = find(&[paragraph], None);
            assert_eq!(names(&r.chairs), chairs, "{paragraph}");
            assert_eq!(names(&r.attendees), attendees, "{paragraph}");
        }
    }

    #[test]
    fn presence_at_another_bodys_event_is_not_ours() {
        let r = find(
            &[
                "Sáng 5/9, Trường THPT A tổ chức lễ khai giảng. Về dự có ông Lê Văn B – Chủ tịch UBND xã.",
                "Sau đó, thầy trò cùng tham dự lễ khai giảng chung do Bộ Giáo dục tổ chức tại Hà Nội, với sự tham gia của Thủ tướng Phạm Văn C.",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn B"]);
        let r = find(&["Hội nghị do Sở Tư pháp tổ chức với sự tham dự của đồng chí Trần Văn D, Phó Chủ tịch UBND tỉnh."], None);
        assert_eq!(names(&r.attendees), ["Trần Văn D"]);
    }

    #[test]
    fn delegation_leaders_and_companions() {
        let r = find(&["Đoàn công tác do đồng chí Lê Văn B – Chủ tịch UBND tỉnh làm trưởng đoàn, đi cùng là đồng chí Nguyễn Thị C – Phó Chủ tịch UBND tỉnh."], None);
        assert_eq!(names(&r.attendees), ["Lê Văn B", "Nguyễn Thị C"]);
        let r = find(&["Đội bóng dẫn đầu bảng xếp hạng."], None);
        assert!(r.attendees.is_empty());
    }

    #[test]
    fn bulleted_attendees_after_an_opener() {
        let r = find(
            &[
                "Tham dự hội nghị có:",
                "- BSCKII Trần Văn A – Giám đốc bệnh viện",
                "- Bác sĩ Lê Thị B – Phó giám đốc bệnh viện",
                "Cùng các khoa, phòng.",
                "- Nguyễn Văn C – Trưởng khoa",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Trần Văn A", "Lê Thị B"]);
        let r = find(&["Chủ trì hội nghị đồng chí: Nguyễn Văn D – Chủ tịch UBND xã; đồng chí Lê Văn E – Phó Chủ tịch UBND xã."], None);
        assert_eq!(names(&r.chairs), ["Nguyễn Văn D", "Lê Văn E"]);
    }

    #[test]
    fn not_chairs() {
        let r = find(
            &["Đồng chí chủ trì hội nghị cũng đề nghị các đơn vị khẩn trương."],
            None,
        );
        assert!(r.chairs.is_empty());
        let r = find(&["Sở GTVT sẽ chủ trì tổ chức rà soát các điểm đen."], None);
        assert!(r.chairs.is_empty());
    }

    #[test]
    fn attendance_forms() {
        let r = find(&["Tham dự buổi gặp mặt có đồng chí Phạm Anh Tuấn – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ."], None);
        assert_eq!(names(&r.attendees), ["Phạm Anh Tuấn"]);
        assert_eq!(
            r.attendees[0].position.as_deref(),
            Some("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")
        );
        let r = find(
            &["Cùng dự có Đại tá Lê Văn C, Phó Giám đốc Công an tỉnh."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn C"]);
        let r = find(&["Về phía lãnh đạo tỉnh có các đồng chí: Hồ Quốc Dũng - Bí thư Tỉnh ủy; Lê Kim Toàn - Phó Bí thư."], None);
        assert_eq!(names(&r.attendees), ["Hồ Quốc Dũng", "Lê Kim Toàn"]);
        // An artist's title and an ambassador's form of address mark the person; the office
        // is the one after the dash.
        let r = find(&["Tham dự có các ông, bà: NSNA Hoàng Thạch Vân – Ủy viên Ban Thường vụ Hội; Đại sứ Nguyễn Phú Bình - nguyên Thứ trưởng Bộ Ngoại giao."], None);
        assert_eq!(names(&r.attendees), ["Hoàng Thạch Vân", "Nguyễn Phú Bình"]);
        assert_eq!(
            r.attendees[1].position.as_deref(),
            Some("nguyên Thứ trưởng Bộ Ngoại giao")
        );
        let r = find(
            &["Hội nghị có sự tham dự của đồng chí Vũ Văn D, Thứ trưởng Bộ Công an."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Vũ Văn D"]);
        let r = find(
            &["Dự án có tổng vốn 5 tỷ đồng do Nguyễn Văn E làm chủ đầu tư."],
            None,
        );
        assert!(r.attendees.is_empty() && r.chairs.is_empty());
    }

    #[test]
    fn chair_after_the_role_announced_or_hosting() {
        // (paragraph, chairs): the role opening the sentence, a chair announced (a guess),
        // a task set ("sẽ chủ trì, phối hợp"), a host, a comma after the role.
        let cases: [(&str, &[&str]); 6] = [
            ("Chủ trì hội nghị BSCKII Dương Văn Linh – Giám đốc Bệnh viện cùng với sự tham gia của Ban lãnh đạo.", &["Dương Văn Linh"]),
            ("Thứ trưởng Bộ Kế hoạch Trần Duy Đông sẽ chủ trì Hội thảo.", &["Trần Duy Đông"]),
            ("Giám đốc Sở Tài chính Lê Văn An sẽ chủ trì, phối hợp với các sở.", &[]),
            ("Giám đốc Sở Tài chính Lê Văn An sẽ chủ trì và phối hợp với các sở.", &[]),
            ("Ông Nguyễn Xuân Tốt - Chủ tịch Hiệp hội tỉnh cùng đoàn đã tiếp đón đoàn công tác.", &["Nguyễn Xuân Tốt"]),
            ("Chủ trì các hoạt động của Hội trong năm, nhiều hội viên tham gia.", &[]),
        ];
        for (p, want) in cases {
            assert_eq!(names(&find(&[p], None).chairs), want, "{p}");
        }
        let r = find(&[cases[1].0], None);
        assert_eq!(r.chair_rule, "roles.subject_of_chair.planned");
    }

    #[test]
    fn attendance_shapes_of_small_publishers() {
        // (paragraph, attendees)
        let cases: [(&str, &[&str]); 5] = [
            ("Tham dự buổi lễ với sự có mặt của Cô Lê Thị Hoa – Hiệu trưởng, cô Trần Mai Anh – Bí thư Chi đoàn.", &["Lê Thị Hoa", "Trần Mai Anh"]),
            ("Đến dự có hơn 40 đại biểu gồm PGS.TS. Trần Văn An – Phó Giám đốc Học viện, TS. Lê Văn Bình – Viện trưởng.", &["Trần Văn An", "Lê Văn Bình"]),
            ("Về dự hội nghị có cô giáo - Đào Thị Mai- Hiệu trưởng nhà trường.", &["Đào Thị Mai"]),
            ("Ngày 31/8 đoàn xã tổ chức giải cầu lông, tham dự có đồng chí Võ Văn Lạt Bí thư Đảng ủy, đ/c Lê Văn Sơn Phó Bí thư.", &["Võ Văn Lạt", "Lê Văn Sơn"]),
            ("Tham dự Đại hội có 120 đại biểu, trong đó có đồng chí Nguyễn Văn An, Phó Chủ tịch UBND huyện.", &["Nguyễn Văn An"]),
        ];
        for (p, want) in cases {
            assert_eq!(names(&find(&[p], None).attendees), want, "{p}");
        }
    }

    #[test]
    fn subjects_of_attend() {
        let r = find(&["Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ dự, chỉ đạo hội nghị."], None);
        assert_eq!(names(&r.attendees), ["Phạm Minh Chính"]);
        let r = find(&["Tại điểm cầu Hà Nội, PCT UBND tỉnh Hồ Quang Bửu cùng lãnh đạo công an tỉnh dự hội nghị."], None);
        assert_eq!(names(&r.attendees), ["Hồ Quang Bửu"]);
        let r = find(&["Ông Nguyễn Văn A dự án của tỉnh."], None);
        assert!(r.attendees.is_empty());
    }

    #[test]
    fn chair_is_not_also_attendee() {
        let r = find(
            &["Đại tá Hồ Việt Triều, Giám đốc dự và chủ trì hội nghị. Dự hội nghị có Đại tá Hồ Việt Triều, Giám đốc; Đại tá Bùi Xuân Khởi, Phó Giám đốc."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Hồ Việt Triều"]);
        assert_eq!(names(&r.attendees), ["Bùi Xuân Khởi"]);
    }

    #[test]
    fn chair_and_co_chair_in_one_list() {
        let r = find(
            &["Sáng 3/4, Công ty X tổ chức Hội nghị người lao động. Tham dự và chủ trì có đồng chí Trần Văn Bình - Giám đốc Công ty, đồng chủ trì có đồng chí Lê Văn Hùng - Chủ tịch Công đoàn cùng 100 người lao động tham dự."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Trần Văn Bình", "Lê Văn Hùng"]);
        assert!(r.attendees.is_empty());
    }

    #[test]
    fn clergy_presiding_over_a_rite_attend_it() {
        let r = find(
            &["Chứng minh buổi lễ có: Hòa thượng Thích Minh Tâm – Trưởng ban Trị sự; Thượng tọa Thích Đức Nguyên – Phó ban cùng chư Tôn đức Tăng Ni."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Thích Minh Tâm", "Thích Đức Nguyên"]);
        let r = find(
            &["Chứng minh, tham dự buổi lễ có: Mục sư Lê Văn An – Hội trưởng."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn An"]);
    }

    #[test]
    fn a_lower_case_last_syllable_before_the_dash_is_the_name() {
        let r = find(
            &["Chủ trì hội nghị có đồng chí Chu Quốc bình - Chủ tịch Công đoàn."],
            None,
        );
        assert_eq!(names(&r.chairs), ["Chu Quốc bình"]);
    }

    #[test]
    fn presence_received_witnessed_or_listed_after_hien_dien() {
        let r = find(
            &["Ngày 5/10, tại trường A, lễ ký kết diễn ra dưới sự chứng kiến của Ông Lê Văn An – Phó Giám đốc Sở."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn An"]);
        let r = find(
            &["Đại hội vinh dự được đón tiếp đ/c: Trần Văn Bình - Bí thư chi bộ cùng 50 đội viên."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Trần Văn Bình"]);
        let r = find(
            &[
                "Hiện diện chương trình có:",
                "– Mục sư Lê Văn An – Ủy viên Tổng Liên hội;",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn An"]);
    }

    #[test]
    fn an_abbreviated_title_ends_no_sentence() {
        let r = find(
            &["Tham dự hội nghị có TS.BS. Lê Văn An – Giám đốc; Ths.DSCKII. Ngô Thị Hoa – Phó Giám đốc; Ths.BS. Trần Văn Bình, Phó Giám đốc."],
            None,
        );
        assert_eq!(
            names(&r.attendees),
            ["Lê Văn An", "Ngô Thị Hoa", "Trần Văn Bình"]
        );
    }

    #[test]
    fn a_chair_named_by_office_alone_is_the_attendee_holding_it() {
        let r = find(
            &[
                "Tham dự hội thảo có:",
                "- Thứ trưởng Lê Văn An, đại diện Lãnh đạo Bộ;",
                "- Ông Trần Văn Bình, Viện trưởng.",
                "Dưới sự chủ trì của Thứ trưởng, hội thảo đã thảo luận các nội dung trên.",
            ],
            None,
        );
        assert_eq!(names(&r.chairs), ["Lê Văn An"]);
        assert_eq!(names(&r.attendees), ["Trần Văn Bình"]);
    }

    #[test]
    fn a_paragraph_naming_representatives_continues_the_list() {
        let r = find(
            &[
                "Tham dự buổi lễ có ông Lê Văn An – Trưởng ban.",
                "Đại diện chính quyền địa phương có: Ông Trần Văn Bình – Chủ tịch UBND huyện.",
            ],
            None,
        );
        assert_eq!(names(&r.attendees), ["Lê Văn An", "Trần Văn Bình"]);
    }

    #[test]
    fn an_attendance_clause_may_end_on_a_colon() {
        let r = find(
            &["Đến chứng minh và tham dự chương trình: Thượng tọa Thích Minh Tâm - Trưởng ban đã tuyên đọc thông điệp."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Thích Minh Tâm"]);
        let r = find(
            &["Tham dự hội nghị, ông Lê Văn An cho biết: kết quả đạt cao."],
            None,
        );
        assert!(r.attendees.is_empty());
        // A short attendance phrase, a comma, then the person with a form of address.
        let r = find(
            &["Dự và chỉ đạo hội nghị, đồng chí Hoàng Văn Tường, Phó Chủ tịch Hội Nông dân thành phố."],
            None,
        );
        assert_eq!(names(&r.attendees), ["Hoàng Văn Tường"]);
    }
}
