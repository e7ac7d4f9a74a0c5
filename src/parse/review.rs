//! Review flags by shape: a filled value whose form is not the form of its field.
//!
//! A rule that is sure on the articles it was tuned on is not sure on a new publisher's,
//! but a wrong value usually looks wrong: an organiser that starts with a time phrase took
//! in what stood before the subject, an event that holds "với sự tham dự" ran on past its
//! end, a byline with a unit after its dash is not a name. These checks read only the few
//! filled values (and the date's paragraph), never the whole text, and each says why in
//! words a clerk reads. The word lists are the `review_*` tables of `rules.toml`.

use std::sync::LazyLock;

use super::rules::{
    words, PLACE_NAMES, REVIEW_CALIBRATION, REVIEW_CHAIR_WORDS, REVIEW_CLAUSE_VERBS,
    REVIEW_DOCUMENT_HEADS, REVIEW_EVENT_CONNECTORS, REVIEW_EVENT_DEICTICS, REVIEW_EVENT_RUNONS,
    REVIEW_EVENT_VERBS, REVIEW_EVENT_VERB_NOUNS, REVIEW_HANGING_ENDS, REVIEW_ORGANISER_OPENERS,
    REVIEW_OTHER_EVENT_CUES, REVIEW_PHOTO_WORDS, REVIEW_RANGE_ENDS, REVIEW_UNIT_WORDS,
    REVIEW_VENUE_HEADS,
};
use super::text::{
    ends_with_word_ci, find_all_words_ci, find_all_words_of_ci, is_caps_word, is_syllable,
    longest_prefix, prefix_ci, sentences, trim_end_punct,
};
use crate::model::{Person, Report};

/// Events longer than this many words ran on; the gold's long events are rarely this long.
const EVENT_MAX_WORDS: usize = 60;

/// Only this many persons of a field are looked up in the text (each lookup scans the body;
/// a list longer than a meeting's is odd anyway).
const CONTEXT_PEOPLE: usize = 60;

/// A date this many years before another year of its paragraph is an anniversary's.
const ANNIVERSARY_YEARS: i32 = 10;

/// Every field of `report` whose value has an odd shape, with why, in field order.
pub fn shape_flags(report: &Report) -> Vec<(&'static str, &'static str)> {
    let mut flags = Vec::new();
    let mut add = |field: &'static str, why: Option<&'static str>| {
        if let Some(why) = why {
            flags.push((field, why));
        }
    };
    add(
        "date",
        report.date.as_ref().and_then(|d| date_shape(report, d)),
    );
    add("place", report.place.as_deref().and_then(place_shape));
    add(
        "organizer",
        report.organizer.as_deref().and_then(organiser_shape),
    );
    add(
        "event",
        report
            .event
            .as_deref()
            .and_then(|v| event_shape(v).or_else(|| event_cut(report, v))),
    );
    add("author", report.author.as_deref().and_then(author_shape));
    flags.extend(calibrated_flags(report));
    flags
}

/// Every person of `chairs` and `attendees` whose own value has an odd shape: the field,
/// the person's index in it, and why. One odd name flags that person, not the whole list.
pub fn person_flags(report: &Report) -> Vec<(&'static str, usize, &'static str)> {
    let fields = [
        (
            "chairs",
            &report.chairs,
            "a chair's name is not written like a name",
        ),
        (
            "attendees",
            &report.attendees,
            "an attendee's name is not written like a name",
        ),
    ];
    let mut flags = Vec::new();
    for (field, people, why) in fields {
        for (i, p) in people.iter().enumerate() {
            if odd_name(p) {
                flags.push((field, i, why));
            }
            if i >= CONTEXT_PEOPLE {
                continue;
            }
            let Some((para, at)) = first_mention(report, p) else {
                continue;
            };
            if of_another_event(para, at) {
                flags.push((
                    field,
                    i,
                    "named after words that open another event's report: maybe at that event",
                ));
            }
            if field == "attendees" {
                if let Some(why) = CALIBRATION
                    .passing(CHAIR_SENTENCE)
                    .filter(|_| in_chair_sentence(para, at, &report.chairs))
                {
                    flags.push((field, i, why));
                }
            }
        }
    }
    flags
}

/// The paragraph that first names `p`, and where in it.
fn first_mention<'r>(report: &'r Report, p: &Person) -> Option<(&'r str, usize)> {
    report
        .paragraphs()
        .find_map(|q| q.find(p.name.as_str()).map(|at| (q, at)))
}

/// True when `para` speaks of another event before `at`, where it names a person ("Cùng
/// ngày, Chi hội … cũng tổ chức lễ … với sự tham gia của Mục sư X"): the person may have
/// attended that one, not the report's.
fn of_another_event(para: &str, at: usize) -> bool {
    find_all_words_of_ci(&para[..at], &REVIEW_OTHER_EVENT_CUES)
        .next()
        .is_some()
}

/// True when the sentence of `para` holding byte `at` holds a verb of chairing but none of
/// `chairs` ("Chứng minh và chủ tọa hội nghị có Đại đức X, …; TT Y, …" with no chair read):
/// the person named there may be the chair the verb speaks of.
fn in_chair_sentence(para: &str, at: usize, chairs: &[Person]) -> bool {
    // Most paragraphs name no chairing: split only those that do.
    if find_all_words_of_ci(para, &REVIEW_CHAIR_WORDS)
        .next()
        .is_none()
    {
        return false;
    }
    sentences(para)
        .into_iter()
        .find(|&(start, end)| (start..end).contains(&at))
        .is_some_and(|(start, end)| {
            let sentence = &para[start..end];
            find_all_words_of_ci(sentence, &REVIEW_CHAIR_WORDS)
                .next()
                .is_some()
                && !chairs.iter().any(|c| sentence.contains(c.name.as_str()))
        })
}

/// The calibration entry of an attendee named in a sentence that names who chaired.
const CHAIR_SENTENCE: &str = "attendee_in_chair_sentence";
/// The calibration entry of an event its sentence carries on with "và" right after.
const BEFORE_AND: &str = "event_before_and";
/// The calibration entry of a byline holding a spaced dash.
const BYLINE_DASH: &str = "byline_with_dash";
/// The prefix of a calibration entry that is a rule path's own record.
const RULE_PREFIX: &str = "rule:";

/// What each calibrated signal means, in a clerk's words (the evidence is added to it).
const SIGNAL_WORDS: [(&str, &str); 3] = [
    (
        CHAIR_SENTENCE,
        "named in a sentence that says someone chaired, and no chair was read there: maybe the chair, not an attendee",
    ),
    (
        BEFORE_AND,
        "the sentence goes on with 'and' right after the event: where the event ends is a judgement",
    ),
    (
        BYLINE_DASH,
        "the byline holds a dash: a place or a tag may stand beside the name",
    ),
];

/// The calibrated flags (`review_calibration` in rules.toml): held-out evidence of how often
/// a signal came with a wrong fact against how often with a right one, and the bar its
/// likelihood ratio must reach. The one place that decides which calibrated signal flags.
#[derive(Debug)]
struct Calibration {
    /// Wrong facts of the held-out batches.
    wrong_total: f64,
    /// Right facts of the batches the right side was counted on.
    right_total: f64,
    /// The likelihood ratio a signal must reach to flag.
    bar: f64,
    /// Every signal's record, in file order.
    entries: Vec<Entry>,
}

/// One signal's held-out record and the reason a flag from it gives.
#[derive(Debug)]
struct Entry {
    /// The signal ("attendee_in_chair_sentence", "rule:event.passive").
    name: &'static str,
    /// Wrong facts showing it that no other flag caught.
    wrong: u32,
    /// Right facts showing it that no other flag caught.
    right: u32,
    /// What a clerk reads.
    why: String,
}

/// The calibration table of rules.toml, read once.
static CALIBRATION: LazyLock<Calibration> =
    LazyLock::new(|| Calibration::parse(&REVIEW_CALIBRATION));

impl Calibration {
    /// Reads entries "NAME WRONG RIGHT" and the totals and bar ("wrong_total 68", "bar 10").
    fn parse(lines: &[&'static str]) -> Calibration {
        let mut c = Calibration {
            wrong_total: 1.0,
            right_total: 1.0,
            bar: f64::INFINITY,
            entries: Vec::new(),
        };
        for line in lines {
            let mut parts = line.split_whitespace();
            let name = parts.next().unwrap_or_default();
            let numbers: Vec<u32> = parts.filter_map(|n| n.parse().ok()).collect();
            match (name, numbers.as_slice()) {
                ("wrong_total", &[n]) => c.wrong_total = f64::from(n.max(1)),
                ("right_total", &[n]) => c.right_total = f64::from(n.max(1)),
                ("bar", &[n]) => c.bar = f64::from(n),
                (_, &[wrong, right]) => c.entries.push(Entry {
                    name,
                    wrong,
                    right,
                    why: String::new(),
                }),
                _ => panic!("review_calibration: cannot read {line:?}"),
            }
        }
        let (wrong_total, right_total) = (c.wrong_total, c.right_total);
        for e in &mut c.entries {
            let what = match e.name.strip_prefix(RULE_PREFIX) {
                Some(rule) => format!("found by {rule}"),
                None => SIGNAL_WORDS
                    .iter()
                    .find(|(n, _)| *n == e.name)
                    .map(|(_, w)| (*w).to_owned())
                    .unwrap_or_else(|| panic!("review_calibration: no signal {}", e.name)),
            };
            e.why = format!(
                "{what} (on articles no rule was tuned on, {} of {wrong_total} wrong facts looked like this, and {} of {right_total} right ones)",
                e.wrong, e.right
            );
        }
        c
    }

    /// How much likelier a wrong fact shows the signal than a right one (the right count
    /// gets half a fact, so a signal never seen on a right fact is not infinitely sure).
    fn ratio(&self, e: &Entry) -> f64 {
        (f64::from(e.wrong) / self.wrong_total) / ((f64::from(e.right) + 0.5) / self.right_total)
    }

    /// The reason of signal `name` when its record reaches the bar.
    fn passing(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|e| e.name == name)
            .filter(|e| self.ratio(e) >= self.bar)
            .map(|e| e.why.as_str())
    }
}

/// The fields the calibrated signals flag, with why: an event its sentence carries on with
/// "và" right after, a byline with a dash, a field found by a rule path whose own record
/// reaches the bar.
fn calibrated_flags(report: &Report) -> Vec<(&'static str, &'static str)> {
    calibrated_with(&CALIBRATION, report)
}

/// [`calibrated_flags`] with the evidence of `cal`.
fn calibrated_with<'c>(cal: &'c Calibration, report: &Report) -> Vec<(&'static str, &'c str)> {
    let mut flags = Vec::new();
    if let Some(why) = cal.passing(BEFORE_AND) {
        if report
            .event
            .as_deref()
            .and_then(|v| text_after(report, v))
            .is_some_and(carries_on_with_and)
        {
            flags.push(("event", why));
        }
    }
    if let Some(why) = cal.passing(BYLINE_DASH) {
        if report
            .author
            .as_deref()
            .is_some_and(|v| split_dashes(v).len() > 1)
        {
            flags.push(("author", why));
        }
    }
    for field in crate::model::FIELD_ORDER {
        let Some(rule) = report.found.get(field).map(|f| f.rule.as_str()) else {
            continue;
        };
        let why = cal
            .entries
            .iter()
            .find(|e| e.name.strip_prefix(RULE_PREFIX) == Some(rule))
            .and_then(|e| cal.passing(e.name));
        if let Some(why) = why {
            flags.push((field, why));
        }
    }
    flags
}

/// The rule paths of the calibration table (for the test that each is a rule some finder
/// writes).
#[cfg(test)]
pub(super) fn calibrated_rules() -> impl Iterator<Item = &'static str> {
    let cal: &'static Calibration = &CALIBRATION;
    cal.entries
        .iter()
        .filter_map(|e| e.name.strip_prefix(RULE_PREFIX))
}

/// What follows the first occurrence of `v` in the paragraph holding it.
fn text_after<'r>(report: &'r Report, v: &str) -> Option<&'r str> {
    let para = report.paragraphs().find(|p| p.contains(v))?;
    let (i, _) = para.match_indices(v).next()?;
    Some(&para[i + v.len()..])
}

/// True when `after` opens with " và " (the sentence carries on where the event stopped),
/// but not with "và tổ chức": `tests/LABELLING.md` settles that a second "tổ chức" ends the
/// event (fresh5 609), so stopping there is no judgement.
fn carries_on_with_and(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .and_then(|r| r.strip_prefix(words::AND))
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| prefix_ci(r, words::ORGANIZE).is_none())
}

/// A check of a value's shape and what it says when it holds.
type Check = (fn(&str) -> bool, &'static str);

/// The reason of the first of `checks` that holds for `v`, in order.
fn first_odd(v: &str, checks: &[Check]) -> Option<&'static str> {
    checks.iter().find(|(odd, _)| odd(v)).map(|(_, why)| *why)
}

/// Why an organiser looks wrong, if it does.
fn organiser_shape(v: &str) -> Option<&'static str> {
    first_odd(
        v,
        &[
            (
                |v| longest_prefix(v, &REVIEW_ORGANISER_OPENERS).is_some(),
                "organiser opens with a time phrase or a connector",
            ),
            (holds_date, "organiser holds a date"),
            (
                |v| v.contains(';') || colon_before_lower(v),
                "organiser holds a clause break (; or :)",
            ),
            (
                |v| lower_case_hit(v, &REVIEW_CLAUSE_VERBS),
                "organiser holds a verb: it runs on into a clause",
            ),
            (photo_note, "organiser holds a photo note in brackets"),
            (
                unbalanced,
                "organiser has a quote or a bracket that does not close: it was cut or ran on",
            ),
            (hangs, "organiser ends on a joining word: it was cut short"),
        ],
    )
}

/// Why an event looks wrong, if it does.
fn event_shape(v: &str) -> Option<&'static str> {
    first_odd(
        v,
        &[
            (
                |v| lower_case_hit(v, &REVIEW_EVENT_RUNONS),
                "event runs on into who attended or a second clause",
            ),
            (
                |v| v.contains([';', '!']) || colon_before_text(v),
                "event holds sentence punctuation",
            ),
            (next_sentence, "event runs into the next sentence"),
            (hangs, "event ends on a joining word: it was cut short"),
            (
                ends_with_agent,
                "event ends with its verb: the organiser ran in",
            ),
            (venue_inside, "event runs on into a venue"),
            (percentage, "event holds a percentage"),
            (dated_inside, "event holds a date"),
            (
                |v| {
                    v.split_whitespace().count() >= 2
                        && v.split_whitespace()
                            .next()
                            .is_some_and(|w| w.ends_with(','))
                },
                "event stops at its head noun",
            ),
            (
                |v| lower_case_hit(v, &REVIEW_EVENT_DEICTICS),
                "event points at the article's own time (\"this year\"): its name stands elsewhere",
            ),
            (photo_note, "event holds a photo note in brackets"),
            (
                opens_with_verb,
                "event opens with a verb, not an event's name: what was done, not the event",
            ),
            (
                unbalanced,
                "event has a quote or a bracket that does not close: it was cut or ran on",
            ),
            (
                second_predicate,
                "event holds a second \"organise\" verb with its own object: two clauses",
            ),
            (
                |v| v.split_whitespace().count() <= 2,
                "event is only its head noun: its name may stand elsewhere",
            ),
            (
                in_capitals,
                "event is written in capitals: taken from a heading, not the text",
            ),
            (
                |v| v.split_whitespace().count() > EVENT_MAX_WORDS,
                "event is very long",
            ),
        ],
    )
}

/// True when every word of `v` with a letter is written in capitals.
fn in_capitals(v: &str) -> bool {
    v.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(is_caps_word)
}

/// Why an event looks cut, if it does: in its paragraph it stops right before a comma and
/// a connector that carries it on (", đồng thời thông qua …", ", cũng là …"), which
/// `tests/LABELLING.md` keeps in the event.
fn event_cut(report: &Report, v: &str) -> Option<&'static str> {
    let after = text_after(report, v)?.strip_prefix(',')?.trim_start();
    longest_prefix(after, &REVIEW_EVENT_CONNECTORS)
        .is_some()
        .then_some("event stops before a comma and a connector that carry it on")
}

/// True when a bracket in `s` opens with a photo word ("… năm học 2013-2014 (ảnh)"): a
/// caption's note ran into the value.
fn photo_note(s: &str) -> bool {
    s.match_indices('(')
        .any(|(i, _)| longest_prefix(s[i + 1..].trim_start(), &REVIEW_PHOTO_WORDS).is_some())
}

/// True when the event opens with a verb rather than an event noun ("tập huấn kiến thức …",
/// "Họp phụ huynh cuối học kì I"): a gathering written as a verb names no event.
fn opens_with_verb(v: &str) -> bool {
    longest_prefix(v, &REVIEW_EVENT_VERB_NOUNS).is_none()
        && longest_prefix(v, &REVIEW_EVENT_VERBS).is_some()
}

/// True when a quote or a bracket opens without closing or closes without opening
/// ("Hội thi vệ sinh tay ngoại khoa” cho …"): the value was cut inside a name.
fn unbalanced(s: &str) -> bool {
    let n = |c: char| s.matches(c).count();
    n('“') != n('”') || n('(') != n(')') || n('"') % 2 == 1
}

/// True when a lower-case "tổ chức" with a lower-case object stands inside, outside quotes
/// ("… 6 tháng đầu năm và tổ chức lễ chúc thọ …"): a second predicate, which ends an event.
fn second_predicate(s: &str) -> bool {
    let quoted = |i: usize| s[..i].matches('“').count() > s[..i].matches('”').count();
    find_all_words_ci(s, words::ORGANIZE).any(|(i, end)| {
        !quoted(i)
            && s[i..].starts_with(char::is_lowercase)
            && s[end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase))
    })
}

/// Why a venue looks wrong, if it does.
fn place_shape(v: &str) -> Option<&'static str> {
    first_odd(
        v,
        &[
            (
                |v| longest_prefix(v, &REVIEW_DOCUMENT_HEADS).is_some(),
                "place names a document, not a venue",
            ),
            (next_sentence, "place runs into the next sentence"),
            (photo_note, "place holds a photo note in brackets"),
            (
                unbalanced,
                "place has a quote or a bracket that does not close: it was cut or ran on",
            ),
            (holds_date, "place holds a date"),
        ],
    )
}

/// Why a byline name looks wrong, if it does.
fn author_shape(v: &str) -> Option<&'static str> {
    let dashed = split_dashes(v);
    if dashed.len() > 1
        && dashed[1..].iter().any(|side| {
            side.split_whitespace().count() > 3
                || longest_prefix(side, &REVIEW_UNIT_WORDS).is_some()
        })
    {
        return Some("author holds a unit after a dash");
    }
    if v.contains('(') {
        return Some("author holds a bracket");
    }
    let words: Vec<&str> = v.split_whitespace().collect();
    let tag = |w: &str| is_caps_word(w) && !is_syllable(trim_end_punct(w));
    if words.len() >= 2 && tag(words[words.len() - 1]) {
        return Some("author ends with a tag that is not a name");
    }
    (words.len() >= 2 && tag(words[0]) && !is_caps_word(words[1]))
        .then_some("author opens with a tag that is not a name")
}

/// Why a date looks wrong, if it does: its year is decades before another year of its
/// paragraph or the title ("Ngày 13/10/1945, Bác Hồ gửi thư …" in a 2015 article).
fn date_shape(report: &Report, d: &crate::model::EventDate) -> Option<&'static str> {
    const RANGE_END: &str =
        "the date is the end of a range or an as-of day, not the event's first day";
    if longest_prefix(&d.text, &REVIEW_RANGE_ENDS).is_some() {
        return Some(RANGE_END);
    }
    let para = report.paragraphs().find(|p| p.contains(&d.text))?;
    // The range word may stand just before the date the dateline kept ("từ ngày 13/2 đến
    // hết ngày 17/2").
    let before = para[..para.find(&d.text)?].trim_end();
    if REVIEW_RANGE_ENDS
        .iter()
        .any(|w| ends_with_word_ci(before, w))
    {
        return Some(RANGE_END);
    }
    let year = d.year.filter(|_| !d.year_inferred)?;
    let latest = years(para)
        .chain(report.title.as_deref().into_iter().flat_map(years))
        .max()?;
    (latest - year >= ANNIVERSARY_YEARS)
        .then_some("the date is decades before the other years of its paragraph: an anniversary?")
}

/// True when a person's name is not written like one: not two to five words, a lower-case
/// first word, a digit or a sign no name holds (a bracket, a colon …), a word in capitals
/// among words that are not (an abbreviation: "UBND", "TS"), or a country's or a city's name.
fn odd_name(p: &Person) -> bool {
    let words: Vec<&str> = p.name.split_whitespace().collect();
    let caps = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_caps_word(w);
    !(2..=5).contains(&words.len())
        || p.name.chars().next().is_some_and(char::is_lowercase)
        || p.name
            .chars()
            .any(|c| !(c.is_alphabetic() || c.is_whitespace() || "-.'’".contains(c)))
        || (words.iter().any(caps) && !words.iter().all(caps))
        || PLACE_NAMES.contains(&p.name.as_str())
}

/// The years written in `s`, as the dateline reads them (`dateline::year_spans`).
fn years(s: &str) -> impl Iterator<Item = i32> + '_ {
    super::dateline::year_spans(s).filter_map(|(start, end)| s[start..end].parse().ok())
}

/// Byte ranges of the runs of ASCII digits in `s`.
fn digit_runs(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let b = s.as_bytes();
    (0..b.len()).filter_map(move |i| {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            return None;
        }
        let end = (i..b.len())
            .find(|&j| !b[j].is_ascii_digit())
            .unwrap_or(b.len());
        Some((i, end))
    })
}

/// True when `s` holds a day and a month ("23/1", "21-3", "9.6.2024") standing alone, not
/// inside a code or a number ("A2.06", "127/25/13", "2021-2026").
fn holds_date(s: &str) -> bool {
    let b = s.as_bytes();
    digit_runs(s).any(|(start, end)| {
        let glued =
            start > 0 && (b[start - 1].is_ascii_alphanumeric() || b"./-,".contains(&b[start - 1]));
        if glued || end - start > 2 || end + 1 >= b.len() || !b"/.-".contains(&b[end]) {
            return false;
        }
        let m_start = end + 1;
        let m_end = (m_start..b.len())
            .find(|&j| !b[j].is_ascii_digit())
            .unwrap_or(b.len());
        let after = s[m_end..].chars().next();
        let (Ok(day), Ok(month)) = (s[start..end].parse::<u8>(), s[m_start..m_end].parse::<u8>())
        else {
            return false;
        };
        (1..=2).contains(&(m_end - m_start))
            && (1..=31).contains(&day)
            && (1..=12).contains(&month)
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '%')
    })
}

/// True when an entry of `table` occurs in `s` as a word written in lower case: a
/// capitalised one ("Ban Tổ chức") belongs to a name.
fn lower_case_hit(s: &str, table: &[&str]) -> bool {
    find_all_words_of_ci(s, table)
        .any(|(i, _, _)| s[i..].chars().next().is_some_and(char::is_lowercase))
}

/// True when `s` ends with a word that joins it to what should have followed.
fn hangs(s: &str) -> bool {
    let s = trim_end_punct(s);
    REVIEW_HANGING_ENDS
        .iter()
        .any(|w| ends_with_word_ci(s, w) && s.len() > w.len())
}

/// True when a colon is followed by a lower-case word ("… gồm: các …"), not by a list of
/// names ("6 tỉnh: Phú Thọ, …").
fn colon_before_lower(s: &str) -> bool {
    s.match_indices(':').any(|(i, _)| {
        s[i + 1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    })
}

/// True when a colon is followed by anything but a quoted name ("với chủ đề: “…”").
fn colon_before_text(s: &str) -> bool {
    s.match_indices(':').any(|(i, _)| {
        s[i + 1..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !"\"“”'‘".contains(c))
    })
}

/// True when a sentence ends inside `s` and another starts: a lower-case word of two or
/// more letters, a full stop, then a capital or a quote ("… các thời kỳ.Thay mặt …").
/// Abbreviations ("TP. Hồ Chí Minh", "T.Ư") are capitals and do not count.
fn next_sentence(s: &str) -> bool {
    s.match_indices(['.', '!', '?']).any(|(i, _)| {
        let before: Vec<char> = s[..i].chars().rev().take(2).collect();
        let word_end = before.len() == 2 && before.iter().all(|c| c.is_lowercase());
        let next = s[i + 1..].trim_start().chars().next();
        word_end && next.is_some_and(|c| c.is_uppercase() || "\"“".contains(c))
    })
}

/// True when "tại" is followed by a name, a number or a building ("tại nhà thờ …"): the
/// event took in its venue.
fn venue_inside(s: &str) -> bool {
    find_all_words_ci(s, words::VENUE).any(|(i, end)| {
        let rest = s[end..].trim_start();
        s[i..].starts_with(|c: char| c.is_lowercase())
            && s[end..].starts_with(' ')
            && (rest
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || longest_prefix(rest, &REVIEW_VENUE_HEADS)
                    .is_some_and(|_| rest.starts_with(char::is_lowercase)))
    })
}

/// True when the event ends with a lower-case "tổ chức": its agent ran in ("… do Ban X
/// tổ chức").
fn ends_with_agent(s: &str) -> bool {
    let s = trim_end_punct(s);
    ends_with_word_ci(s, words::ORGANIZE)
        && s[s.len() - words::ORGANIZE.len()..].starts_with(char::is_lowercase)
}

/// True when a number with a per cent sign stands in `s` ("đạt 78,94%").
fn percentage(s: &str) -> bool {
    s.match_indices('%').any(|(i, _)| {
        s[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    })
}

/// True when a date adjunct stands inside an event ("… vào tháng 10 năm 2012", "…, ngày
/// 21/4/2023, …", "… từ ngày 27 đến"): the date of the event, not its name.
fn dated_inside(s: &str) -> bool {
    let lower = s.to_lowercase();
    let digit_after = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    let leads = [words::AT_TIME, words::FROM];
    let lead_then_number = leads.iter().any(|lead| {
        find_all_words_ci(&lower, lead).any(|(_, end)| {
            let rest = lower[end..].trim_start();
            let rest = [words::DAY, words::MONTH]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .map_or(rest, str::trim_start);
            digit_after(rest)
        })
    });
    lead_then_number
        || lower.match_indices(", ").any(|(i, _)| {
            let rest = &lower[i + 2..];
            let rest = rest.strip_prefix(words::DAY).map_or(rest, str::trim_start);
            digit_after(rest) && (holds_date(rest) || month_in_words(rest))
        })
}

/// True when `s` opens with a day and a month written as a word ("19 tháng 5 …").
fn month_in_words(s: &str) -> bool {
    let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.strip_prefix(' ')
        .and_then(|r| r.strip_prefix(words::MONTH))
        .and_then(|r| r.strip_prefix(' '))
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `s` split at its spaced dashes (" - ", " – ", " — ").
fn split_dashes(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if "-–—".contains(c) && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' ')
        {
            parts.push(s[start..i].trim());
            start = i + c.len_utf8();
        }
    }
    parts.push(s[start..].trim());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisers_that_took_in_a_clause_are_flagged() {
        assert!(organiser_shape("Vừa qua, Hội LHPN tỉnh Khánh Hòa").is_some());
        assert!(organiser_shape("Mở đầu năm 2014, Ban Chấp hành Trung ương Hội").is_some());
        assert!(organiser_shape("Ngay 23/1, Cụm thi đua số 5").is_some());
        assert!(organiser_shape("Năm nay, Trường THSP").is_some());
        assert!(organiser_shape("Như thường lệ hàng chục năm nay, Hội Đồng Hương").is_some());
        assert_eq!(
            organiser_shape("Hiệp hội doanh nghiệp nhỏ và vừa tỉnh Thái Nguyên đăng cai"),
            Some("organiser holds a verb: it runs on into a clause")
        );
        assert!(organiser_shape("Kế hoạch nhấn mạnh công tác chuẩn bị và").is_some());
        assert!(organiser_shape("CLB Thơ Bạch Đằng, CLB Thơ Công an hưu trí, kết hợp").is_some());
        assert!(organiser_shape("Trường THCS (cơ sở 2").is_some());
        assert!(
            organiser_shape("Đảng Ủy và Ban Giám đốc bệnh viện trao tặng bánh kem; đồng thời")
                .is_some()
        );
        assert_eq!(
            organiser_shape("Liên hiệp hội Thừa Thiên Huế đã"),
            Some("organiser ends on a joining word: it was cut short")
        );
    }

    #[test]
    fn clean_organisers_are_not_flagged() {
        for v in [
            "Sở Tư pháp Tiền Giang",
            "UBND huyện phối hợp với Sở Tư pháp, Hội Luật gia tỉnh",
            "Ban Tổ chức Tỉnh ủy",
            "Cụm thi đua số 5 thuộc Cục Thuế gồm 6 Thuế tỉnh: Phú Thọ, Quảng Ninh",
            "Đại biểu HĐND tỉnh khoá VIII, nhiệm kỳ 2021-2026",
            "tổ đình Phổ Quang (127/25/13 Cô Giang, P.1)",
            "trường THCS Nguyễn Trãi",
        ] {
            assert_eq!(organiser_shape(v), None, "{v}");
        }
    }

    #[test]
    fn events_that_ran_on_are_flagged() {
        for v in [
            "Hội nghị cán bộ năm học 2023 – 2024 với sự có mặt của toàn thể",
            "buổi họp mặt trang trọng, khẳng định vai trò tiên phong",
            "Chương trình 212 của tỉnh do Sở Tư pháp chủ trì",
            "Tổng kết hè 2022 với các nội dung như: Giao lưu các CLB",
            "buổi gặp mặt thường niên qua các thời kỳ.Thay mặt Ban Giám đốc",
            "đại hội 2 ngày, từ ngày 27 đến",
            "Lễ giao nhận quân tại 13 huyện, thành phố",
            "Đại hội Hội Nông dân nhiệm kỳ 2018 - 2023 (đạt 78,94%)",
            "Diễn đàn các Hiệp hội lần thứ 6 vào tháng 10 năm 2012",
            "Đại hội, qua đó tiếp tục động viên",
            "Hội nghị cán bộ năm học 2020- 2021!",
            "Thánh lễ đồng tế mừng Bổn mạng tại nhà thờ giáo xứ",
            "lễ khai mạc khóa tu mùa Hè do Ban Trị sự quận tổ chức",
            "Lễ Tri ân – Trưởng thành vào chủ nhật, ngày 19 tháng 5 năm 2024",
        ] {
            assert!(event_shape(v).is_some(), "{v}");
        }
        let why = |v| event_shape(v).unwrap_or_default();
        for v in [
            "tập huấn kiến thức pháp luật cho đội ngũ hòa giải viên",
            "họp giao ban giữa các phòng, ngành của huyện",
            "sơ kết 1 năm xây dựng “Tỉnh an toàn giao thông” (ATGT)",
        ] {
            assert!(why(v).starts_with("event opens with a verb"), "{v}");
        }
        assert!(why("Hội thi vệ sinh tay ngoại khoa” cho các nhân viên y tế").contains("quote"));
        assert!(why("Hội nghị tổng kết (nhiệm kỳ 2020 - 2025").contains("bracket"));
        assert!(why("hội nghị sơ kết 6 tháng đầu năm và tổ chức lễ chúc thọ").contains("organise"));
        assert!(why("Hội nghị").contains("head noun"));
        assert!(why("Lễ khai giảng năm nay").contains("own time"));
        assert!(
            why("lễ trao học bổng cho 100 học sinh giỏi năm học 2013-2014 (ảnh)").contains("photo")
        );
        assert_eq!(
            event_shape("Hội nghị Ban Chấp hành lần thứ 13 (mở rộng)"),
            None
        );
        assert!(why("Họp phụ huynh cuối học kì I").starts_with("event opens with a verb"));
        assert!(why("HỌP MẶT “ NỬA THẾ KỶ BẠN BÈ”").contains("capitals"));
        assert_eq!(event_shape("Hội nghị BCH Công đoàn cơ sở"), None);
    }

    #[test]
    fn clean_events_are_not_flagged() {
        for v in [
            "Hội thảo Khoa học Quốc gia với chủ đề: “Ứng dụng công nghệ số”",
            "lễ kỉ niệm 34 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2016)",
            "Hội nghị Đảng ủy Công an T.Ư 6 tháng đầu năm 2023",
            "Lễ Ký kết hợp tác giữa Trường Đại học Mở TP. Hồ Chí Minh với 07 Doanh nghiệp",
            "Hội nghị triển khai Quy chế phối hợp số 01 ngày 22/10/2021 giữa Ban cán sự Đảng",
            "Họp mặt các cán bộ hưu trí đang công tác tại bệnh viện",
            "hội nghị đối thoại với người dân, tổ chức, doanh nghiệp",
            "họp mặt các cán bộ hưu trí nhân ngày truyền thống",
            "Hội thi \"Giáo viên - Nhân viên nuôi dưỡng giỏi\" cấp trường",
            "hội thảo “Đổi mới tổ chức và hoạt động của Viện”",
            "Hội nghị Ban Chấp hành nhằm chuẩn bị các điều kiện để tổ chức Đại hội",
            "Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2024)",
        ] {
            assert_eq!(event_shape(v), None, "{v}");
        }
    }

    #[test]
    fn bylines_with_a_unit_or_a_tag_are_flagged() {
        assert!(author_shape("KHẮC THÂN – HUYỆN ĐOÀN AN LÃO").is_some());
        assert!(author_shape("Vũ Trịnh (Đài TT Yên Lập)").is_some());
        assert_eq!(
            author_shape("PHƯỢNG PYT"),
            Some("author ends with a tag that is not a name")
        );
        assert_eq!(
            author_shape("CTV Đức Thành"),
            Some("author opens with a tag that is not a name")
        );
        for v in [
            "Mai Hương - Hữu Dũng",
            "HOÀNG LONG - TRỌNG TÍN",
            "H.Vân - Q.Hùng",
            "Hoàng Mai",
        ] {
            assert_eq!(author_shape(v), None, "{v}");
        }
    }

    #[test]
    fn places_and_dates_inside_values() {
        assert!(place_shape("làng Canh Tiến, xã Canh Liên. Chi nhánh TGPL số 1").is_some());
        assert_eq!(place_shape("Hội trường D1.100 (Trụ sở chính)"), None);
        assert_eq!(place_shape("TP. Phan Thiết"), None);
        assert!(place_shape("Điều lệ Đảng, quy chế bầu cử trong Đảng").is_some());
        assert_eq!(place_shape("Hội trường Quyết Thắng"), None);
        assert!(holds_date("Ngay 23/1, Cụm"));
        assert!(holds_date("ngày 9.6.2024"));
        assert!(!holds_date("nhiệm kỳ 2021-2026"));
        assert!(!holds_date("Phòng họp A2.06"));
        assert!(!holds_date("đạt 12.5%"));
    }

    #[test]
    fn names_not_written_like_names_are_flagged() {
        let person = |name: &str| Person {
            rank: None,
            name: name.to_owned(),
            position: None,
        };
        assert!(odd_name(&person("thầy Nguyễn Đăng Lý")));
        assert!(odd_name(&person("Việt Nam")));
        assert!(odd_name(&person("Khối thi đua 17")));
        assert!(odd_name(&person("UBND Nguyễn Văn A")));
        assert!(odd_name(&person("Nguyễn Văn A (Sở Tư pháp)")));
        assert!(!odd_name(&person("Chu Quốc khánh")));
        assert!(!odd_name(&person("Tô Lâm")));
        assert!(!odd_name(&person("NGUYỄN VĂN AN")));
        assert!(!odd_name(&person("Y Djrên")));
        assert!(!odd_name(&person("Nguyễn Thị Thu-Hà")));
        let mut r = Report::empty(crate::model::Source::default());
        r.attendees = vec![person("Nguyễn Văn A"), person("thầy Nguyễn Đăng Lý")];
        r.chairs = vec![person("Việt Nam")];
        assert_eq!(
            person_flags(&r),
            [
                ("chairs", 0, "a chair's name is not written like a name"),
                (
                    "attendees",
                    1,
                    "an attendee's name is not written like a name"
                ),
            ]
        );
        assert!(
            shape_flags(&r).is_empty(),
            "a person's flag is not the field's"
        );
        r.chairs.clear();
        r.attendees.truncate(1);
        r.sections = vec![crate::model::Section {
            kind: crate::model::SectionKind::Body,
            paragraphs: vec![
                "Dự lễ có ông Trần Văn B.".into(),
                "Cùng ngày, Chi hội cũng tổ chức lễ cung hiến với sự tham gia của Nguyễn Văn A."
                    .into(),
            ],
        }];
        assert_eq!(person_flags(&r).len(), 1);
        r.attendees.push(person("Trần Văn B"));
        assert_eq!(
            person_flags(&r).len(),
            1,
            "the first paragraph naming B is the lead's"
        );
    }

    #[test]
    fn an_event_cut_before_a_connector_is_flagged() {
        let mut r = Report::empty(crate::model::Source::default());
        r.sections = vec![crate::model::Section {
            kind: crate::model::SectionKind::Lead,
            paragraphs: vec![
                "Sáng 5/7, Hội tổ chức Hội nghị lần thứ V, đồng thời thông qua Kế hoạch năm."
                    .into(),
            ],
        }];
        r.event = Some("Hội nghị lần thứ V".into());
        assert_eq!(shape_flags(&r).first().map(|f| f.0), Some("event"));
        r.sections[0].paragraphs[0] =
            "Sáng 5/7, Hội tổ chức Hội nghị lần thứ V. Đồng thời …".into();
        assert!(shape_flags(&r).is_empty());
    }

    /// A report whose body is one lead paragraph.
    fn with_lead(text: &str) -> Report {
        let mut r = Report::empty(crate::model::Source::default());
        r.sections = vec![crate::model::Section {
            kind: crate::model::SectionKind::Lead,
            paragraphs: vec![text.into()],
        }];
        r
    }

    #[test]
    fn the_calibration_table_decides_by_its_bar() {
        let cal = Calibration::parse(&[
            "wrong_total 68",
            "right_total 1936",
            "bar 10",
            "byline_with_dash 2 4",
            "event_before_and 2 40",
            "rule:event.passive 5 1",
        ]);
        let why = cal.passing(BYLINE_DASH).unwrap_or_default();
        assert!(
            why.contains("2 of 68 wrong facts") && why.contains("4 of 1936 right"),
            "{why}"
        );
        assert_eq!(cal.passing(BEFORE_AND), None, "ratio 1.4: below the bar");
        assert_eq!(cal.passing(CHAIR_SENTENCE), None, "not in this table");
        let mut r = with_lead("Ngày 9/9, Đại hội được tổ chức.");
        r.found.insert(
            "event".into(),
            crate::model::Finding {
                how: crate::model::How::Sure,
                rule: "event.passive".into(),
            },
        );
        let flags = calibrated_with(&cal, &r);
        assert_eq!(flags.len(), 1);
        assert_eq!(flags[0].0, "event");
        assert!(flags[0].1.starts_with("found by event.passive"));
        // The table of rules.toml: every signal of the code is read, the rule paths are below
        // the bar, and the three signals above it flag.
        for name in [CHAIR_SENTENCE, BEFORE_AND, BYLINE_DASH] {
            assert!(CALIBRATION.passing(name).is_some(), "{name}");
        }
        assert!(calibrated_rules().all(|rule| CALIBRATION
            .passing(&format!("{RULE_PREFIX}{rule}"))
            .is_none()));
    }

    #[test]
    fn an_attendee_where_a_chair_was_named_but_not_read_is_flagged() {
        let person = |name: &str| Person {
            rank: None,
            name: name.to_owned(),
            position: None,
        };
        let mut r = with_lead(
            "Chủ tọa hội nghị có Đại đức Thích Minh An, Trưởng ban; TT Thích Minh Tâm, Phó ban. Tham dự có ông Trần Văn B.",
        );
        r.attendees = vec![
            person("Thích Minh An"),
            person("Thích Minh Tâm"),
            person("Trần Văn B"),
        ];
        let flagged: Vec<usize> = person_flags(&r).iter().map(|f| f.1).collect();
        assert_eq!(flagged, [0, 1], "the third is named in another sentence");
        assert!(person_flags(&r)[0].2.contains("chaired"));
        r.chairs = vec![person("Thích Minh An")];
        r.attendees.remove(0);
        assert!(
            person_flags(&r).is_empty(),
            "the chair of that sentence was read: its attendees are attendees"
        );
    }

    #[test]
    fn an_event_its_sentence_carries_on_with_and_is_flagged() {
        let mut r = with_lead(
            "Ngày 19/10, Công ty tổ chức buổi liên hoan mừng ngày 20/10 và trao quà cho chị em.",
        );
        r.event = Some("buổi liên hoan mừng ngày 20/10".into());
        let flags = shape_flags(&r);
        assert_eq!(flags.len(), 1);
        assert_eq!(flags[0].0, "event");
        assert!(flags[0].1.contains("'and'"), "{}", flags[0].1);
        r.event = Some("buổi liên hoan mừng ngày 20/10 và trao quà cho chị em".into());
        assert!(shape_flags(&r).is_empty());
        let mut r = with_lead("Sáng 5/7, Hội tổ chức hội nghị sơ kết và tổ chức lễ mừng thọ.");
        r.event = Some("hội nghị sơ kết".into());
        assert!(
            shape_flags(&r).is_empty(),
            "a second tổ chức ends the event: settled"
        );
    }

    #[test]
    fn a_byline_with_a_dash_is_flagged() {
        let mut r = Report::empty(crate::model::Source::default());
        r.author = Some("An Bình - Đức Lợi".into());
        assert_eq!(shape_flags(&r).first().map(|f| f.0), Some("author"));
        r.author = Some("Đức Lợi".into());
        assert!(shape_flags(&r).is_empty());
    }

    #[test]
    fn a_date_decades_before_its_paragraph_is_flagged() {
        let mut r = Report::empty(crate::model::Source::default());
        r.sections = vec![crate::model::Section {
            kind: crate::model::SectionKind::Lead,
            paragraphs: vec!["Ngày 13/10/1945, Bác Hồ gửi thư; năm 2015 Hội kỷ niệm.".into()],
        }];
        r.date = Some(crate::model::EventDate {
            day: 13,
            month: 10,
            year: Some(1945),
            year_inferred: false,
            text: "Ngày 13/10/1945".into(),
        });
        assert_eq!(shape_flags(&r).first().map(|f| f.0), Some("date"));
        r.date.as_mut().unwrap().year = Some(2015);
        assert!(shape_flags(&r).is_empty());
        r.date.as_mut().unwrap().text = "đến ngày 13/10/2015".into();
        r.sections[0].paragraphs[0] = "Từ ngày 11 đến ngày 13/10/2015, Hội họp.".into();
        assert_eq!(shape_flags(&r).first().map(|f| f.0), Some("date"));
        r.date.as_mut().unwrap().text = "ngày 13/10/2015".into();
        r.sections[0].paragraphs[0] = "Hội thi diễn ra từ ngày 11 đến hết ngày 13/10/2015.".into();
        assert_eq!(
            shape_flags(&r).first().map(|f| f.0),
            Some("date"),
            "the range word just before the date"
        );
        r.sections[0].paragraphs[0] = "Hội thi diễn ra ngày 13/10/2015.".into();
        assert!(shape_flags(&r).is_empty());
    }
}
