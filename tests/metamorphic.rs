//! Metamorphic checks of the event finder on the seven batches of real articles: for each
//! article whose field the parser reads right, the text is rewritten in a way that keeps its
//! meaning (another organiser or place in the event's sentence, the date in another shape,
//! the date adjunct moved to the other end of the sentence) and the parser must follow. A
//! rule keyed to the words of the articles it was tuned on fails here, without new articles.
//!
//! Replacements are chosen deterministically (fixed strides over sorted pools). Each kind
//! asserts a floor at what holds, so losing ground fails; `--nocapture` prints the misses.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::parse_corpus::parse_text;
use regex::Regex;
use vnbrief::eval::{normalize, Gold};
use vnbrief::model::{EventDate, Report};

/// The seven batches the floors below were set on (the later batches joined after; adding one
/// changes the swap pools and so every count), dev first.
const BATCHES: [&str; 7] = [
    "corpus",
    "corpus-extra",
    "corpus-fresh",
    "corpus-fresh2",
    "corpus-fresh3",
    "corpus-fresh4",
    "corpus-fresh5",
];

/// At most this many cases of one kind (keeps the debug test fast).
const CAP: usize = 300;

/// Replacements tried per article for the organiser and the place.
const SWAPS: usize = 3;

/// The least number of cases of each kind that must hold, whole and on the organiser,
/// place and event alone: (kind, whole, event side). Session 5 (event4): corpus-extra 118's
/// "tổ chức họp thường kỳ" reads as a verb (no event, `tests/LABELLING.md`), so its cases
/// left the sets (organiser 510 → 504 written with fresh 276's count kept, date moves 249 →
/// 245); run uncapped (`VNBRIEF_META_CAP=100000`) both rule sets miss the same cases.
/// Lead shapes (kind 5), uncapped: 679 of 685 hold (the agent before another verb misses 4
/// of its cases on long event spans; the venue sentence misses fresh5 624's "Tp.HCM"). The
/// lead's gold fix of fresh 276 (a0d6f7f) brought its cases back: uncapped the same four
/// organiser cases miss (503 of 507), but the capped sample moved (297 of 300 both kinds).
///
/// Session 6 (event5): a lower-case subject right after the dateline reads as written
/// (kind 6, "lower-case": 130 of 134; the misses are a lower-case co-organiser list that
/// the opening-phrase reading cuts, "đảng ủy, Ban X", and "… đơn vị có liên quan", whose
/// "có" reads as a clause); organiser and lead-shape rose to 298 of 300 with it.
///
/// Session 7 (event6): date moves held 232 of 245 (event side 240) at 5f450c1 already, above
/// their floor; with session 7's event rules 233 of 245 hold (event side 240): the floor
/// moves to what holds.
const FLOORS: [(&str, usize, usize); 6] = [
    ("organizer", 298, 298),
    ("place", 176, 176),
    ("date-shape", 298, 300),
    ("date-move", 233, 240),
    ("lead-shape", 298, 298),
    ("lower-case", 130, 130),
];

/// One article with its gold label and the parser's report of the untouched text.
struct Article {
    name: String,
    text: String,
    gold: Gold,
    report: Report,
}

/// What a rewritten text must give; `None` fields are not checked.
#[derive(Default, Clone)]
struct Expect {
    organizer: Option<Option<String>>,
    place: Option<Option<String>>,
    event: Option<Option<String>>,
    date: Option<(u8, u8, Option<i32>)>,
}

/// One rewritten text and what it must give.
struct Case {
    kind: &'static str,
    label: String,
    text: String,
    expect: Expect,
}

/// Every article of the seven batches that has a gold label, in batch and name order.
fn articles() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for batch in BATCHES {
        let dir: PathBuf = root.join(batch);
        let mut names: Vec<String> = std::fs::read_dir(dir.join("gold"))
            .expect("gold directory")
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|n| n.ends_with(".json"))
            .collect();
        names.sort();
        for file in names {
            let name = file.trim_end_matches(".json").to_owned();
            let gold =
                Gold::from_json(&std::fs::read_to_string(dir.join("gold").join(&file)).unwrap())
                    .expect("gold label");
            let bytes = std::fs::read(dir.join(format!("{name}.txt"))).expect("article");
            let text = vnbrief::decode::decode(&bytes, None)
                .expect("decodable")
                .text;
            // A first line that the next paragraph repeats and continues is a headline
            // the parser reads with its twin: rewriting one of the two breaks the pair.
            let first = text
                .lines()
                .next()
                .unwrap_or("")
                .trim_end_matches(['!', '.', ' ']);
            if text
                .lines()
                .skip(1)
                .any(|l| first.len() > 20 && l.starts_with(first))
            {
                continue;
            }
            let report = parse_text(&text);
            out.push(Article {
                name: format!("{batch}/{name}"),
                text,
                gold,
                report,
            });
        }
    }
    out
}

/// Whether a printed value equals a gold value the way `vnbrief eval` compares them.
fn same(gold: Option<&str>, got: Option<&str>) -> bool {
    match (gold, got) {
        (None, None) => true,
        (Some(g), Some(r)) => normalize(g) == normalize(r),
        _ => false,
    }
}

/// Whether the field is printed and right.
fn right(gold: Option<&str>, got: Option<&str>) -> bool {
    got.is_some() && same(gold, got)
}

/// Whether the report's date is the gold one.
fn date_right(a: &Article) -> bool {
    match (&a.gold.date, &a.report.date) {
        (Some(g), Some(r)) => {
            g.day == r.day && g.month == r.month && g.year.is_none_or(|y| r.year == Some(y))
        }
        _ => false,
    }
}

/// The byte range of the sentence around `at` in `text` (a line, cut at a full stop, "!" or
/// "?" followed by a space and a capital, unless the word before is a short abbreviation).
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let ends: Vec<usize> = text[line_start..line_end]
        .char_indices()
        .filter(|&(i, c)| {
            let i = line_start + i;
            if !".!?".contains(c) {
                return false;
            }
            let rest = &text[i + 1..line_end];
            let next_capital =
                rest.starts_with(' ') && rest[1..].chars().next().is_some_and(char::is_uppercase);
            let word = text[line_start..i].rsplit(' ').next().unwrap_or("");
            let abbreviation = c == '.'
                && (["Tp", "ThS"].contains(&word)
                    || (word.chars().count() <= 4 && word.chars().all(char::is_uppercase)));
            next_capital && !abbreviation
        })
        .map(|(i, _)| line_start + i + 1)
        .collect();
    let start = ends
        .iter()
        .rev()
        .find(|&&e| e <= at)
        .map_or(line_start, |&e| e + 1);
    let end = ends.iter().find(|&&e| e > at).map_or(line_end, |&e| e);
    (start, end)
}

/// The sentence the event was read from: the first one holding the printed event, as
/// (start, end, event start, event end).
fn event_sentence(a: &Article) -> Option<Spans> {
    let event = a.report.event.as_deref()?;
    let at = a.text.find(event)?;
    let (s, e) = sentence_around(&a.text, at);
    Some((s, e, at, at + event.len()))
}

/// The spans of `needle` in `text`, as whole words.
fn spans(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(needle)
        .map(|(i, _)| (i, i + needle.len()))
        .filter(|&(i, j)| !word(text[..i].chars().next_back()) && !word(text[j..].chars().next()))
        .collect()
}

/// The whole-word occurrences of `value` in every sentence holding the printed event,
/// outside the event and outside any of `others` (a place inside the organiser's name is
/// the organiser's).
fn occurrences(a: &Article, value: &str, others: &[Option<&str>]) -> Vec<usize> {
    let Some(event) = a.report.event.as_deref() else {
        return Vec::new();
    };
    let mut blocked: Vec<(usize, usize)> = a
        .text
        .match_indices(event)
        .map(|(i, _)| (i, i + event.len()))
        .collect();
    for other in others.iter().flatten() {
        blocked.extend(spans(&a.text, other));
    }
    let sentences: Vec<(usize, usize)> = a
        .text
        .match_indices(event)
        .map(|(i, _)| sentence_around(&a.text, i))
        .collect();
    spans(&a.text, value)
        .into_iter()
        .filter(|&(i, j)| sentences.iter().any(|&(s, e)| s <= i && j <= e))
        .filter(|&(i, j)| !blocked.iter().any(|&(bs, be)| i < be && bs < j))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a string is a plain name fit to be swapped in: a letter first and a capitalised
/// word (a name, "trường THCS A" too, not "đoàn xã"), 2–8 words, no digit, bracket or quote
/// (co-organisers "A và B" and "body, parent" names stay).
fn swappable(s: &str) -> bool {
    let words = s.split_whitespace().count();
    s.chars().next().is_some_and(char::is_alphabetic)
        && s.split_whitespace()
            .any(|w| w.starts_with(char::is_uppercase))
        && (2..=8).contains(&words)
        && !s
            .chars()
            .any(|c| c.is_ascii_digit() || ";:()\"“”'‘’/-–".contains(c))
}

/// The distinct swappable values of one gold field, sorted.
fn pool(articles: &[Article], field: fn(&Gold) -> Option<&str>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for a in articles {
        if let Some(v) = field(&a.gold) {
            if swappable(v) && seen.insert(normalize(v)) {
                out.push(v.to_owned());
            }
        }
    }
    out.sort();
    out
}

/// The expectation that every field stays as the untouched text's report has it.
fn unchanged(a: &Article) -> Expect {
    Expect {
        organizer: Some(a.report.organizer.clone()),
        place: Some(a.report.place.clone()),
        event: Some(a.report.event.clone()),
        date: a.report.date.as_ref().map(|d| (d.day, d.month, None)),
    }
}

/// A field whose value is swapped for other golds' (kinds 1 and 2).
struct Swapped {
    kind: &'static str,
    gold: fn(&Gold) -> Option<&str>,
    got: fn(&Report) -> Option<&str>,
    set: fn(&mut Expect, String),
}

/// The organiser and the place.
const SWAPPED: [Swapped; 2] = [
    Swapped {
        kind: "organizer",
        gold: |g| g.organizer.as_deref(),
        got: |r| r.organizer.as_deref(),
        set: |e, v| e.organizer = Some(Some(v)),
    },
    Swapped {
        kind: "place",
        gold: |g| g.place.as_deref(),
        got: |r| r.place.as_deref(),
        set: |e, v| e.place = Some(Some(v)),
    },
];

/// Kinds 1 and 2: the organiser (or place) of the event's sentence swapped for other golds'.
fn swap_cases(field: &Swapped, articles: &[Article], pool: &[String]) -> Vec<Case> {
    let Swapped {
        kind,
        gold: gold_of,
        got: got_of,
        set,
    } = *field;
    let mut out = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let (Some(value), true) = (
            got_of(&a.report),
            right(a.gold.event.as_deref(), a.report.event.as_deref()),
        ) else {
            continue;
        };
        if !right(gold_of(&a.gold), Some(value)) {
            continue;
        }
        let others = [a.report.organizer.as_deref(), a.report.place.as_deref()]
            .into_iter()
            .filter(|o| *o != Some(value))
            .collect::<Vec<_>>();
        let at = occurrences(a, value, &others);
        if at.is_empty() {
            continue;
        }
        let mut tried = 0;
        for k in 0..pool.len() {
            if tried == SWAPS {
                break;
            }
            let new = &pool[(i * 37 + k * 101 + tried * 53) % pool.len()];
            let (n, v) = (normalize(new), normalize(value));
            if n.contains(&v) || v.contains(&n) || normalize(&a.text).contains(&n) {
                continue;
            }
            tried += 1;
            let mut text = a.text.clone();
            for &p in at.iter().rev() {
                // A lower-case name ("trường THCS X") opening a sentence takes its capital.
                let before = text[..p].trim_end_matches(' ');
                let opens = before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':']);
                let new = if opens { capitalise(new) } else { new.clone() };
                text.replace_range(p..p + value.len(), &new);
            }
            let mut expect = unchanged(a);
            set(&mut expect, new.clone());
            out.push(Case {
                kind,
                label: format!("{}: {value:?} → {new:?}", a.name),
                text,
                expect,
            });
        }
    }
    out
}

/// A date core inside a date expression: "ngày 21/3/2024", "21-3", "21.3", "ngày 21 tháng 3 năm 2024".
fn date_core() -> Regex {
    Regex::new(r"(?i)(ngày\s+)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)").unwrap()
}

/// Where the date expression's core sits in the text, whether it had "ngày", and whether
/// it opens a sentence or is capitalised.
struct DateSpot {
    start: usize,
    end: usize,
    ngay: bool,
    capital: bool,
}

/// Where the report's date expression sits and its core, when the report's date is right.
fn date_spot(a: &Article) -> Option<DateSpot> {
    if !date_right(a) {
        return None;
    }
    let d = a.report.date.as_ref()?;
    let at = a.text.find(&d.text)?;
    let m = date_core().captures(&d.text)?;
    let whole = m.get(0)?;
    let number = |g: usize| m.get(g).and_then(|x| x.as_str().parse::<u8>().ok());
    // The core must be the report's day and month, not one end of a range ("08-09/4").
    let month = number(3).or(number(5));
    let after = d.text[whole.end()..].trim_start();
    if number(2) != Some(d.day) || month != Some(d.month) || after.starts_with(['/', '-', '.', '–'])
    {
        return None;
    }
    let ngay = m.get(1).is_some();
    let first = &d.text[whole.start()..];
    let capital = first.starts_with(char::is_uppercase)
        || (at + whole.start() == 0)
        || a.text[..at + whole.start()].ends_with('\n');
    Some(DateSpot {
        start: at + whole.start(),
        end: at + whole.end(),
        ngay,
        capital,
    })
}

/// Kind 3: the date written in each shape the rules read, with and without the year.
fn date_shape_cases(articles: &[Article]) -> Vec<Case> {
    let mut out = Vec::new();
    for a in articles {
        let Some(spot) = date_spot(a) else { continue };
        let Some(d) = a.report.date.as_ref() else {
            continue;
        };
        if let Some(event) = &a.report.event {
            if event.contains(&d.text) {
                continue;
            }
        }
        let year = a.gold.date.as_ref().and_then(|g| g.year).or(d.year);
        let original = &a.text[spot.start..spot.end];
        let ngay = if spot.capital { "Ngày " } else { "ngày " };
        for shape in ["/", "-", ".", "tháng"] {
            for with_year in [false, true] {
                let y = if with_year {
                    match year {
                        Some(y) => Some(y),
                        None => continue,
                    }
                } else {
                    None
                };
                let core = if shape == "tháng" {
                    let mut s = format!("{ngay}{} tháng {}", d.day, d.month);
                    if let Some(y) = y {
                        s += &format!(" năm {y}");
                    }
                    s
                } else {
                    let mut s = format!("{}{}{}", d.day, shape, d.month);
                    if let Some(y) = y {
                        s += &format!("{shape}{y}");
                    }
                    if spot.ngay {
                        s = format!("{ngay}{s}");
                    }
                    s
                };
                if core == original {
                    continue;
                }
                let mut text = a.text.clone();
                text.replace_range(spot.start..spot.end, &core);
                let mut expect = unchanged(a);
                expect.date = Some((d.day, d.month, y));
                out.push(Case {
                    kind: "date-shape",
                    label: format!("{}: {original:?} → {core:?}", a.name),
                    text,
                    expect,
                });
            }
        }
    }
    out
}

/// Upper-cases the first letter.
fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Lower-cases the first letter.
fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// The case of `a` with its sentence at `s..e` replaced by `new_sentence`.
fn rewritten(
    kind: &'static str,
    a: &Article,
    (s, e): (usize, usize),
    how: &str,
    new_sentence: String,
    expect: Expect,
) -> Case {
    let mut text = a.text.clone();
    text.replace_range(s..e, &new_sentence);
    Case {
        kind,
        label: format!("{} ({how}): {new_sentence:?}", a.name),
        text,
        expect,
    }
}

/// Kind 4: a date adjunct opening the event's sentence moved after the event (and to the
/// sentence's end), and one inside the sentence moved to its front.
fn date_move_cases(articles: &[Article]) -> Vec<Case> {
    let mut out = Vec::new();
    for a in articles {
        if date_spot(a).is_none() {
            continue;
        }
        let Some(d) = a.report.date.as_ref() else {
            continue;
        };
        let Some((s, e, es, ee)) = event_sentence(a) else {
            continue;
        };
        // A range or a list of days is left alone: its shape is not one adjunct.
        if d.text.contains([',', '–']) || [" và ", "đến"].iter().any(|w| d.text.contains(w)) {
            continue;
        }
        let sentence = &a.text[s..e];
        let vao = if normalize(&d.text).starts_with("vào ") {
            ""
        } else {
            "vào "
        };
        let push = |out: &mut Vec<Case>, how: &str, new_sentence: String| {
            let expect = Expect {
                date: Some((d.day, d.month, None)),
                ..unchanged(a)
            };
            out.push(rewritten("date-move", a, (s, e), how, new_sentence, expect));
        };
        if let Some(rest) = sentence
            .strip_prefix(d.text.as_str())
            .and_then(|r| r.strip_prefix(", "))
        {
            // Front → back: "Sáng 21/3, X tổ chức E tại Y." → "X tổ chức E vào sáng 21/3 tại Y."
            let adjunct = lowercase_first(&d.text);
            let rest_start = e - rest.len();
            if es < rest_start {
                continue;
            }
            let cut = ee - rest_start;
            let body = capitalise(rest);
            push(
                &mut out,
                "after the event",
                format!("{} {vao}{adjunct}{}", &body[..cut], &body[cut..]),
            );
            let trimmed = body.trim_end_matches(['.', '!', '?']);
            push(
                &mut out,
                "at the end",
                format!("{trimmed} {vao}{adjunct}{}", &body[trimmed.len()..]),
            );
        } else if let Some(pos) = sentence.find(d.text.as_str()) {
            // Back → front: "X tổ chức E vào sáng 21/3, tại Y." → "Sáng 21/3, X tổ chức E, tại Y."
            // Only an adjunct after the event, in a sentence that opens with its words:
            // "(CAO) - …", "CSVNO – …" open with a source tag the date would go before.
            let first = sentence.split_whitespace().next().unwrap_or("");
            let tag = first.starts_with('(')
                || (first.chars().count() >= 2 && first.chars().all(char::is_uppercase));
            if s + pos < ee || tag {
                continue;
            }
            let mut from = pos;
            let before = &sentence[..pos];
            for lead in ["vào ", "Vào "] {
                if before.ends_with(lead) {
                    from = pos - lead.len();
                }
            }
            let to = pos + d.text.len();
            let mut rest = format!("{}{}", &sentence[..from], &sentence[to..]);
            // Fold what the cut leaves: "E , tại" → "E, tại", "E  tại" → "E tại", ", ," → ",".
            for (bad, good) in [(" ,", ","), ("  ", " "), (",,", ","), (" .", ".")] {
                while rest.contains(bad) {
                    rest = rest.replace(bad, good);
                }
            }
            let rest = rest.trim_start_matches([',', ' ']);
            push(
                &mut out,
                "to the front",
                format!("{}, {rest}", capitalise(&d.text)),
            );
        }
    }
    out
}

/// The event sentence and the event inside it: (sentence start, end, event start, end).
type Spans = (usize, usize, usize, usize);

/// The dateline, the organiser and the event sentence (`event_sentence`) of an article whose
/// event, organiser, place and date the parser reads right: the articles the lead rewrites
/// start from.
fn read_right(a: &Article) -> Option<(&EventDate, &str, Spans)> {
    let (d, org) = (a.report.date.as_ref()?, a.report.organizer.as_deref()?);
    let all_right = right(a.gold.event.as_deref(), a.report.event.as_deref())
        && right(a.gold.organizer.as_deref(), Some(org))
        && same(a.gold.place.as_deref(), a.report.place.as_deref());
    let spans = event_sentence(a).filter(|_| all_right && date_right(a))?;
    Some((d, org, spans))
}

/// Kind 5: a lead "DATE, [tại Y, ]X tổ chức E …" read right, rewritten into the shapes of
/// unseen leads: a lunar date in brackets after the dateline, the dateline sentence ending
/// with its venue ("DATE, tại Y. X tổ chức E …"), and a time phrase alone before the
/// organiser after an introduction ("Hưởng ứng …, sáng nay, X tổ chức E …", undated); and
/// who was with the event after it ("E với sự phối hợp của …"), a second predicate after a
/// comma ("E, tổ chức Lễ trao thưởng …"); and the event after "diễn ra" with its organiser
/// in the next sentence ("… đã diễn ra E. X đăng cai tổ chức Hội nghị."); and an undated
/// paragraph before the lead whose "tổ chức" has no event ("Thực hiện Luật Tổ chức …, X tổ
/// chức lấy ý kiến …"); and the event with its agent before another verb ("E do X tổ chức
/// đã thu hút …").
fn lead_shape_cases(articles: &[Article]) -> Vec<Case> {
    let mut out = Vec::new();
    for a in articles {
        let Some((d, org, (s, e, es, ee))) = read_right(a) else {
            continue;
        };
        let sentence = &a.text[s..e];
        // After the event: who was with it ("E với sự phối hợp của …"), a second predicate
        // ("E, tổ chức Lễ trao thưởng …"); both end it.
        for (how, words) in [
            ("with whom", " với sự phối hợp của các đơn vị liên quan"),
            (
                "second predicate",
                ", tổ chức Lễ trao thưởng cho các tập thể",
            ),
        ] {
            let (event, after) = sentence.split_at(ee - s);
            // A second predicate after a purpose may be part of it ("… để X, tổ chức Y"), and
            // one before the event's agent ("E, …, do X tổ chức") breaks the sentence: only
            // an event that ends its sentence or its venue and date tail gets one.
            let purpose = [" để ", " nhằm ", ", nhằm"]
                .iter()
                .any(|w| event.contains(w));
            let tail = [".", " tại ", ", tại ", " vào ", ", vào "]
                .iter()
                .any(|w| after.starts_with(w))
                || after.is_empty();
            if how == "second predicate" && (purpose || !tail) {
                continue;
            }
            let new_sentence = format!("{event}{words}{after}");
            out.push(rewritten(
                "lead-shape",
                a,
                (s, e),
                how,
                new_sentence,
                unchanged(a),
            ));
        }
        let Some(rest) = sentence
            .strip_prefix(d.text.as_str())
            .and_then(|r| r.strip_prefix(", "))
        else {
            continue;
        };
        if e - rest.len() > es {
            continue;
        }
        let mut push = |how: &str, new_sentence: String, expect: Expect| {
            out.push(rewritten(
                "lead-shape",
                a,
                (s, e),
                how,
                new_sentence,
                expect,
            ));
        };
        for aside in ["(nhằm ngày 15 tháng 4 năm Ất Tỵ)", "( 23/7 âm lịch)"] {
            push(
                "lunar date",
                format!("{} {aside}, {rest}", d.text),
                unchanged(a),
            );
        }
        // An undated paragraph before the lead whose "tổ chức" names no event: the dated
        // lead after it keeps its reading.
        if s > 0 && a.text[..s].ends_with('\n') {
            push(
                "verb-only paragraph before",
                format!(
                    "Thực hiện Luật Tổ chức chính quyền địa phương, Ủy ban nhân dân tỉnh Đồng Nai tổ chức lấy ý kiến nhân dân về dự thảo quy chế.\n{sentence}"
                ),
                unchanged(a),
            );
        }
        // The event after "diễn ra", its organiser in the next sentence with the bare head
        // noun: "DATE, đã diễn ra E …. X đăng cai tổ chức Hội nghị."
        let event = &a.text[es..ee];
        let head = ["Hội nghị", "Hội thảo", "Đại hội", "Hội thi", "Lễ"]
            .into_iter()
            .find(|h| event.starts_with(&format!("{h} ")));
        if let (Some(head), true) = (head, rest.starts_with(org)) {
            let from_event = a.text[es..e].trim_end_matches('.');
            push(
                "bare head noun",
                format!(
                    "{}, đã diễn ra {from_event}. {} đăng cai tổ chức {head}.",
                    d.text,
                    capitalise(org)
                ),
                unchanged(a),
            );
        }
        // The event as the subject of another verb with its agent: "E do X tổ chức đã thu
        // hút …" (undated; the place is not checked).
        // (A sentence opens with a capital: events written in lower case are left out.)
        if rest.starts_with(org) && event.starts_with(char::is_uppercase) {
            let expect = Expect {
                date: None,
                place: None,
                ..unchanged(a)
            };
            push(
                "agent before another verb",
                format!("{event} do {org} tổ chức đã thu hút đông đảo đại biểu tham dự."),
                expect,
            );
        }
        if let Some(subject) = rest.strip_prefix(org) {
            let undated = Expect {
                date: None,
                ..unchanged(a)
            };
            push(
                "time phrase",
                format!("Hưởng ứng phong trào thi đua của ngành, sáng nay, {org}{subject}"),
                undated,
            );
        }
        let venue = a
            .report
            .place
            .as_deref()
            .and_then(|p| rest.strip_prefix(&format!("tại {p}, ")));
        if let Some(subject) = venue.filter(|s| s.starts_with(org)) {
            let place = a.report.place.as_deref().unwrap_or("");
            push(
                "venue sentence",
                format!("{}, tại {place}. {}", d.text, capitalise(subject)),
                unchanged(a),
            );
        }
    }
    out
}

/// Kind 6: the organiser right after the dateline written in lower case, as small
/// publishers write it ("Ngày 27.7.2020 đoàn trường đã tổ chức …"), with and without the
/// comma after the date: the organiser, place and event keep their reading.
fn lower_case_cases(articles: &[Article]) -> Vec<Case> {
    let mut out = Vec::new();
    for a in articles {
        let Some((d, org, (s, e, ..))) = read_right(a) else {
            continue;
        };
        let sentence = &a.text[s..e];
        let Some(subject) = sentence
            .strip_prefix(d.text.as_str())
            .and_then(|r| r.strip_prefix(", "))
            .and_then(|r| r.strip_prefix(org))
        else {
            continue;
        };
        if !org.starts_with(char::is_uppercase) {
            continue;
        }
        let lower = lowercase_first(org);
        for (how, comma) in [("lower-case subject", ","), ("lower-case, no comma", "")] {
            out.push(rewritten(
                "lower-case",
                a,
                (s, e),
                how,
                format!("{}{comma} {lower}{subject}", d.text),
                unchanged(a),
            ));
        }
    }
    out
}

/// The misses of one case: field, expected, got.
fn misses(case: &Case, r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    let e = &case.expect;
    for (field, want, got) in [
        ("organizer", &e.organizer, &r.organizer),
        ("place", &e.place, &r.place),
        ("event", &e.event, &r.event),
    ] {
        if let Some(want) = want {
            if !same(want.as_deref(), got.as_deref()) {
                out.push(format!("{field}: want {want:?}, got {got:?}"));
            }
        }
    }
    if let Some((day, month, year)) = e.date {
        let ok = r.date.as_ref().is_some_and(|d| {
            d.day == day && d.month == month && year.is_none_or(|y| d.year == Some(y))
        });
        if !ok {
            let got = r
                .date
                .as_ref()
                .map(|d| (d.day, d.month, d.year, d.text.clone()));
            out.push(format!("date: want {day}/{month}/{year:?}, got {got:?}"));
        }
    }
    out
}

/// Takes at most `CAP` cases evenly spread over the list (deterministic).
fn capped(cases: Vec<Case>) -> Vec<Case> {
    let n = cases.len();
    // `VNBRIEF_META_CAP=100000` runs every case (to compare two rule sets on the same cases).
    let cap = std::env::var("VNBRIEF_META_CAP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(CAP);
    println!(
        "{}: {n} cases written",
        cases.first().map_or("-", |c| c.kind)
    );
    if n <= cap {
        return cases;
    }
    cases
        .into_iter()
        .enumerate()
        .filter(|(i, _)| (i * cap) / n != ((i + 1) * cap) / n)
        .map(|(_, c)| c)
        .collect()
}

#[test]
fn rewritten_articles_keep_their_reading() {
    let articles = articles();
    let mut kinds: Vec<Vec<Case>> = SWAPPED
        .iter()
        .map(|field| capped(swap_cases(field, &articles, &pool(&articles, field.gold))))
        .collect();
    kinds.extend([
        capped(date_shape_cases(&articles)),
        capped(date_move_cases(&articles)),
        capped(lead_shape_cases(&articles)),
        capped(lower_case_cases(&articles)),
    ]);
    let mut failures = Vec::new();
    let mut summary = Vec::new();
    for cases in &kinds {
        let Some(kind) = cases.first().map(|c| c.kind) else {
            continue;
        };
        // Whole cases, and cases whose organiser, place and event hold (the event finder's
        // share: a date the dateline misses fails only the first count).
        let (mut held, mut event_side) = (0, 0);
        let mut missed = Vec::new();
        for case in cases {
            let m = misses(case, &parse_text(&case.text));
            if m.is_empty() {
                held += 1;
            } else {
                missed.push(format!("  {}\n    {}", case.label, m.join("\n    ")));
            }
            if m.iter().all(|line| line.starts_with("date:")) {
                event_side += 1;
            }
        }
        let (floor, event_floor) = FLOORS
            .iter()
            .find(|(k, ..)| *k == kind)
            .map_or((0, 0), |&(_, f, e)| (f, e));
        let line = format!(
            "{kind}: {held} of {n} hold (floor {floor}); organiser, place and event hold in \
             {event_side} of {n} (floor {event_floor})",
            n = cases.len()
        );
        println!("{line}");
        for m in &missed {
            println!("{m}");
        }
        if held < floor || event_side < event_floor {
            failures.push(format!("{line}\n{}", missed.join("\n")));
        }
        summary.push(line);
    }
    assert!(
        failures.is_empty(),
        "metamorphic floors not met:\n{}\n{}",
        summary.join("\n"),
        failures.join("\n")
    );
}
