//! The clause shapes that name people, written once for every finder: an opener and its
//! list ("OPENER … có LIST": "Dự hội nghị có …", "Tiếp đoàn có …", "Chủ trì hội nghị là …"),
//! a phrase right before the list ("dưới sự chủ trì của …", "với sự tham dự của …"), and
//! an agent before its verb ("do X chủ trì", "do X dẫn đầu"). Roles, people, captions and
//! minutes recognise openers and lists only through this module; the words are tables and
//! patterns of `rules.toml`, matched against the lower-case copy of the text
//! ([`super::text::Paragraph`]).

use std::ops::Range;
use std::sync::LazyLock;

use super::pattern::{Captures, Pattern};
use super::rules::{pattern, words};
use super::rules::{MINUTES_ATTENDANCE_WORDS, MINUTES_CLAUSE_OPENERS};
use super::text::{find_all_words_ci, find_word_ci, floor_boundary, longest_prefix};

/// Longest gap of an attendance or chair phrase before its "có", in characters.
pub const GAP: usize = 120;
/// Longest gap of "chủ trì … có" before its "có", in characters.
const CHAIR_GAP: usize = 60;
/// Longest text between "dự" and "có" in a later list item's attendance phrase.
const TRIGGER_GAP: usize = 60;
/// Shortest and longest agent of "do X chủ trì", in characters.
pub const AGENT_LEN: (usize, usize) = (3, 240);

/// What a shape does when its gap is longer than allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LongGap {
    /// The clause is not of the shape.
    Reject,
    /// The list starts where the gap does ("Cùng dự" alone, a long text after it).
    StartAtGap,
}

/// An opener read by a pattern of the rule file: the pattern (its named group `gap` is the
/// text between the opener's words and its "có"), the longest gap, and what a longer one
/// means. The patterns' gaps are unbounded and checked here: a bounded repetition costs a
/// fresh process compile time.
pub struct Shape {
    /// The compiled pattern, matched against lower-case text.
    pattern: LazyLock<Pattern>,
    /// The longest gap, in characters.
    gap: usize,
    /// What a longer gap means.
    long_gap: LongGap,
}

/// Declares one [`Shape`] static per rule-file pattern, with its longest gap and what a
/// longer one means.
macro_rules! shapes {
    ($($(#[$doc:meta])* $name:ident = ($pattern:literal, $gap:expr, $long:expr);)*) => {
        $(
            $(#[$doc])*
            pub static $name: Shape = Shape {
                pattern: LazyLock::new(|| Pattern::new(&pattern($pattern))),
                gap: $gap,
                long_gap: $long,
            };
        )*
    };
}

shapes! {
    /// "Dự hội nghị (còn) có", "Tham dự … có", "Đến dự và chỉ đạo … có", "Về dự … có".
    ATTEND = ("attend", GAP, LongGap::Reject);
    /// "Cùng dự (… có)".
    ALSO_ATTEND = ("also_attend", GAP, LongGap::StartAtGap);
    /// "Về phía … có".
    ON_THE_SIDE = ("on_the_side", GAP, LongGap::Reject);
    /// "Chủ trì (hội nghị) có/là …" at the start of a sentence.
    CHAIR_LIST = ("chair_list", CHAIR_GAP, LongGap::Reject);
    /// An attendance phrase that opens a later list item: "cùng dự có", "tham dự còn có".
    ITEM_TRIGGER = ("item_trigger", TRIGGER_GAP, LongGap::Reject);
    /// An attendance clause of any length ("Tham dự … có", "Về phía …"): a short line of
    /// this shape is a paragraph, not a caption.
    ROLE_CLAUSE = ("role_clause", usize::MAX, LongGap::Reject);
}

impl Shape {
    /// The match of the shape at the start of a lower-case clause, its gap checked.
    pub fn captures<'t>(&self, lower: &'t str) -> Option<Captures<'t>> {
        let c = self.pattern.captures(lower)?;
        let gap_ok = c
            .name("gap")
            .is_none_or(|g| g.as_str().chars().count() <= self.gap);
        (gap_ok || self.long_gap == LongGap::StartAtGap).then_some(c)
    }

    /// Where the list starts in a lower-case clause of this shape (a byte offset, the same
    /// in the text as written).
    pub fn list_start(&self, lower: &str) -> Option<usize> {
        let c = self.captures(lower)?;
        match c.name("gap") {
            Some(g) if g.as_str().chars().count() > self.gap => {
                // "Cùng dự" alone: the list starts after the opener (and its colon).
                let after = lower[g.start()..].trim_start();
                let after = after.strip_prefix(':').unwrap_or(after);
                Some(lower.len() - after.len())
            }
            _ => Some(c.get(0)?.end()),
        }
    }

    /// True when the lower-case clause is of this shape.
    pub fn opens(&self, lower: &str) -> bool {
        // With no gap to check, a match without groups is enough (and cheaper).
        if self.gap == usize::MAX {
            return self.pattern.is_match(lower);
        }
        self.captures(lower).is_some()
    }
}

/// An opener read by a word table: the clause starts with one of `openers`, and the list
/// follows the first of `verbs` ("có", "gồm") at most `gap` characters on, before any ".",
/// ";" or ":"; an opener that ends with "có" holds its verb ("Cùng đi có …").
pub struct WordOpener {
    /// The words that open the clause.
    pub openers: &'static [&'static str],
    /// The verbs before the list.
    pub verbs: &'static [&'static str],
    /// The longest gap between the opener and its verb, in characters.
    pub gap: usize,
}

/// The verbs before a list: "có", "gồm".
pub const HAVE_OR_INCLUDE: &[&str] = &[words::HAVE, words::INCLUDE];
/// The verb before a continued list: "có".
pub const HAVE: &[&str] = &[words::HAVE];

impl WordOpener {
    /// The list of a clause that opens with this opener.
    pub fn list<'a>(&self, clause: &'a str) -> Option<&'a str> {
        let (opener, len) = longest_prefix(clause, self.openers)?;
        if opener.ends_with(words::HAVE)
            && opener[..opener.len() - words::HAVE.len()].ends_with(' ')
        {
            return Some(&clause[len..]);
        }
        let head_end = clause.find(['.', ';', ':']).unwrap_or(clause.len());
        let head = &clause[len..head_end.max(len)];
        let (_, b) = self
            .verbs
            .iter()
            .filter_map(|v| find_all_words_ci(head, v).next())
            .min_by_key(|r| r.0)
            .filter(|&(a, _)| head[..a].chars().count() <= self.gap)?;
        Some(&clause[len + b..])
    }
}

/// The end of the earliest of `phrases` in a lower-case, space-folded text, found at a word
/// start ("… có sự tham dự của LIST", "dưới sự chủ trì của LIST"): where the list starts.
/// Found by plain search: a pattern costs a fresh process compile time.
pub fn after_phrase(lower: &str, phrases: &[&str]) -> Option<usize> {
    phrases
        .iter()
        .filter_map(|phrase| {
            lower
                .match_indices(phrase)
                .find(|&(i, _)| i == 0 || lower[..i].ends_with(char::is_whitespace))
                .map(|(i, p)| (i, i + p.len()))
        })
        .min()
        .map(|(_, end)| end)
}

/// "do X chủ trì".
static CHAIRED_BY: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("chaired_by")));

/// The byte range of X in the first "do X (đồng) chủ trì" of a lower-case sentence whose X
/// has an acceptable length ([`AGENT_LEN`]).
///
/// Each "do" is tried on a window just long enough for the longest X, so a text of many
/// "do" and one distant "chủ trì" takes linear time.
pub fn chaired_by(lower: &str) -> Option<Range<usize>> {
    /// Bytes of a window: "do ", the longest X (3 bytes a letter at most) and the verb.
    const WINDOW: usize = 3 + 4 * AGENT_LEN.1 + 32;
    for (at, _) in find_all_words_ci(lower, words::BY) {
        let from = lower[..at].char_indices().next_back().map_or(0, |(i, _)| i);
        let window = &lower[from..floor_boundary(lower, at + WINDOW)];
        let Some(c) = CHAIRED_BY.captures(window) else {
            continue;
        };
        if from + c.get(0).unwrap().start() > at {
            continue;
        }
        let x = c.name("x").unwrap();
        if agent_len_ok(x.as_str()) {
            return Some(from + x.start()..from + x.end());
        }
    }
    None
}

/// The byte range of X in "do X VERB" for the first of `verbs` the sentence holds, X
/// running from the last "do" before it ("Đoàn … do đồng chí X làm trưởng đoàn").
pub fn agent_of(sentence: &str, verbs: &[&str]) -> Option<Range<usize>> {
    for verb in verbs {
        let Some((va, _)) = find_word_ci(sentence, verb) else {
            continue;
        };
        let Some((_, db)) = find_all_words_ci(&sentence[..va], words::BY).last() else {
            continue;
        };
        if agent_len_ok(&sentence[db..va]) {
            return Some(db..va);
        }
    }
    None
}

/// True when an agent X has an acceptable length ([`AGENT_LEN`]).
fn agent_len_ok(x: &str) -> bool {
    (AGENT_LEN.0..=AGENT_LEN.1).contains(&x.chars().count())
}

/// True when the sentence speaks of attending ("dự", "tham gia", "có mặt"): only such a
/// sentence names groups of attendees.
pub fn mentions_attendance(sentence: &str) -> bool {
    MINUTES_ATTENDANCE_WORDS
        .iter()
        .any(|w| find_word_ci(sentence, w).is_some())
}

/// True when a list item starting at byte `at` of a lower-case sentence opens a clause
/// (the sentence start, or after ", ", "có ", "cùng " …) rather than sitting inside a name.
pub fn opens_item(lower: &str, at: usize) -> bool {
    at == 0
        || MINUTES_CLAUSE_OPENERS
            .iter()
            .any(|o| lower[..at].ends_with(o))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::rules::{ROLES_DELEGATION_OPENERS, UNDER_CHAIR};
    use crate::parse::text::lower_same_len;

    #[test]
    fn pattern_openers_give_where_the_list_starts() {
        let s = "Dự hội nghị còn có đồng chí Lê Văn A.";
        let l = lower_same_len(s);
        assert_eq!(&s[ATTEND.list_start(&l).unwrap()..], "đồng chí Lê Văn A.");
        let s = "Tham gia chương trình Đại hội có bà Trần Thị C, Giám đốc.";
        assert_eq!(
            &s[ATTEND.list_start(&lower_same_len(s)).unwrap()..],
            "bà Trần Thị C, Giám đốc."
        );
        let s = "Cùng dự buổi lễ có Đại tá B.";
        assert_eq!(
            &s[ALSO_ATTEND.list_start(&lower_same_len(s)).unwrap()..],
            "Đại tá B."
        );
        let long = format!("Cùng dự {} có C.", "x ".repeat(80));
        let start = ALSO_ATTEND.list_start(&lower_same_len(&long)).unwrap();
        assert!(long[start..].starts_with("x x"));
        let s = "Chủ trì hội nghị là đồng chí D.";
        assert!(CHAIR_LIST.list_start(&lower_same_len(s)).is_some());
        let far = format!("Dự {} có E.", "y ".repeat(80));
        assert!(ATTEND.list_start(&lower_same_len(&far)).is_none());
        assert!(ROLE_CLAUSE.opens(&lower_same_len(&far)));
    }

    #[test]
    fn word_openers_and_phrases() {
        let delegation = WordOpener {
            openers: &ROLES_DELEGATION_OPENERS,
            verbs: HAVE_OR_INCLUDE,
            gap: GAP,
        };
        assert_eq!(
            delegation.list("Cùng tham gia đoàn công tác gồm ông F."),
            Some(" ông F.")
        );
        assert_eq!(delegation.list("Cùng đi có bà G."), Some(" bà G."));
        assert_eq!(delegation.list("Cùng tham gia đoàn. Có H."), None);
        let l = "hội nghị diễn ra dưới sự chủ trì của ông i.";
        assert_eq!(&l[after_phrase(l, &UNDER_CHAIR).unwrap()..], "ông i.");
    }

    #[test]
    fn agents_before_their_verb() {
        let l = "hội nghị do đồng chí lê văn k, phó chủ tịch chủ trì.";
        assert_eq!(
            &l[chaired_by(l).unwrap()],
            "đồng chí lê văn k, phó chủ tịch"
        );
        let s = "Đoàn công tác do ông M dẫn đầu đã đến thăm.";
        assert_eq!(&s[agent_of(s, &["dẫn đầu"]).unwrap()], " ông M ");
        assert!(agent_of("do dẫn đầu", &["dẫn đầu"]).is_none());
    }
}
