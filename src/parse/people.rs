//! People: one mention ("Đại tá Bùi Xuân Khởi, Phó Giám đốc Công an tỉnh", "Chủ tịch UBND
//! tỉnh Phạm Anh Tuấn", "Hồ Quốc Dũng - Ủy viên Trung ương Đảng") and lists of them joined
//! by ";", "cùng", "và".

use super::clause::ITEM_TRIGGER;
use super::rules::words;
use super::rules::LIST_ITEM_LEADS;
use super::rules::LIST_LEADS;
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::rules::{
    ACADEMIC_ABBREVIATIONS, ACADEMIC_WORDS, GROUP_MEMBER_OPENERS, HONORIFICS, MONASTIC_TITLES,
    PEOPLE_GROUP_WORDS, PLACE_NAMES, POSITION_HEADS, RANKS, SURNAMES,
};
use super::text::Paragraph;
use super::text::{
    find_word_ci, is_name_word, is_one_of_ci, longest_prefix, lower_same_len, prefix_ci,
    split_top_level, trim_end_punct, word_count,
};
use crate::model::Person;
use std::borrow::Cow;

/// An academic title chain at the start of a text: "PGS.TS", "GS,TS.", "ThS. BS".
static ACADEMIC: LazyLock<Pattern> = LazyLock::new(|| {
    let alt = ACADEMIC_ABBREVIATIONS.join("|");
    Pattern::new(&format!(r"(?-u)^(?:{alt})(?:\s?[.,]\s?(?:{alt}))*\.?"))
});

use super::rules::PEOPLE_QUALIFIERS as QUALIFIERS;

/// Byte length of an academic title at the start of `s`, when a space follows it.
pub fn academic_len(s: &str) -> Option<usize> {
    if let Some(m) = ACADEMIC.find(s) {
        let next = s[m.end()..].chars().next();
        // "PGS.TS.Lê Đình Khánh": the last dot may be glued to the name.
        let glued = m.as_str().ends_with('.') && next.is_some_and(char::is_uppercase);
        if next.is_some_and(char::is_whitespace) || glued {
            return Some(m.end());
        }
    }
    longest_prefix(s, &ACADEMIC_WORDS).map(|(_, len)| len)
}

/// Byte length of a rank at the start of `s` (case-insensitive: "thượng tá").
pub fn rank_len(s: &str) -> Option<usize> {
    longest_prefix(s, &RANKS).map(|(_, len)| len)
}

/// Byte length of an honorific at the start of `s` ("đồng chí", "Ông", "Đ/c").
pub fn honorific_len(s: &str) -> Option<usize> {
    longest_prefix(s, &HONORIFICS).map(|(_, len)| len)
}

/// Byte length of a monk's abbreviated title and its dot ("HT.Thích X", "TT. Thích Y"):
/// only right before the monastic name, which alone makes it a form of address. Read in
/// lists of people; a caption's subject is told by [`honorific_len`]'s words.
fn monastic_title_len(s: &str) -> Option<usize> {
    let (_, len) = longest_prefix(s, &MONASTIC_TITLES)?;
    let rest = s[len..].strip_prefix('.').unwrap_or(&s[len..]);
    let name = rest.trim_start();
    (name.starts_with(words::MONASTIC_NAME) && name[words::MONASTIC_NAME.len()..].starts_with(' '))
        .then_some(s.len() - rest.len())
}

/// True when `s` starts with a word that marks a person: honorific, rank or academic title.
pub fn starts_with_marker(s: &str) -> bool {
    honorific_len(s).is_some()
        || rank_len(s).is_some()
        || academic_len(s).is_some()
        || monastic_title_len(s).is_some()
}

/// Byte length of a position head at the start of `s` ("Phó Giám đốc", "Cục trưởng").
///
/// Positions are capitalised in running text; a lower-case start is not a position.
pub fn position_head_len(s: &str) -> Option<usize> {
    if !s.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let mut offset = 0;
    loop {
        let rest = &s[offset..];
        if let Some((_, len)) = longest_prefix(rest, &POSITION_HEADS) {
            return Some(offset + len);
        }
        // A generic "<Unit> trưởng" ("Sở trưởng", "Ban trưởng").
        let mut ws = rest.split(' ');
        if let (Some(w), Some(words::HEAD_SUFFIX)) = (ws.next(), ws.next()) {
            if is_name_word(w) {
                return Some(offset + w.len() + 1 + words::HEAD_SUFFIX.len());
            }
        }
        let q = QUALIFIERS
            .iter()
            .find_map(|q| prefix_ci(rest, q).filter(|_| rest.starts_with(q)));
        match q {
            Some(len) if rest[len..].starts_with(' ') => offset += len + 1,
            _ => return None,
        }
    }
}

/// True for a word of a personal name: a capitalised word, or a baptismal name written
/// in syllables joined by hyphens ("Phao-lô", "Gio-an", "Bao-ti-xi-ta").
fn is_name_part(word: &str) -> bool {
    let mut parts = word.split('-');
    parts.next().is_some_and(is_name_word) && {
        let rest: Vec<&str> = parts.collect();
        !rest.is_empty()
            && rest
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(char::is_lowercase))
    } || is_name_word(word)
}

/// True when `word` is a known family name.
fn is_surname(word: &str) -> bool {
    SURNAMES.contains(&word)
}

/// White-space separated words of `s` with their byte ranges.
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(b)) => {
                out.push((b, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, s.len()));
    }
    out
}

/// A word without the punctuation that may cling to its end (",", ";", ":", ".").
fn bare(word: &str) -> &str {
    word.trim_end_matches([',', ';', ':', '.', ')', '”', '-', '–'])
}

/// The name at the very start of `s`: 2–5 name words, stopping before a position head.
/// Returns the byte end of the name.
fn leading_name(s: &str) -> Option<usize> {
    let mut end = None;
    let mut count = 0;
    for (a, b) in words(s) {
        let word = &s[a..b];
        let mut clean = bare(word);
        // "Lan-Ủy viên …": a dash glued between the name and a capitalised position, or a
        // position in lower case ("Sơn-phó chủ tịch UBND xã").
        if let Some(i) = clean.find(['-', '–']) {
            let tail = clean[i..].trim_start_matches(['-', '–']);
            let from_tail = &s[a + clean.len() - tail.len()..];
            if tail.starts_with(char::is_uppercase)
                || longest_prefix(from_tail, &POSITION_HEADS).is_some()
            {
                clean = &clean[..i];
            }
        }
        // A word right before a dash separator ends the name, whatever it looks like: a lone
        // qualifier ("Thích Đức Nguyên – Ủy viên") has no office to qualify, and a last
        // syllable typed in lower case ("Chu Quốc khánh - Chủ tịch") is still the name.
        let before_dash =
            clean.len() == word.len() && [" - ", " – "].iter().any(|d| s[b..].starts_with(d));
        let lower_last =
            before_dash && (2..=3).contains(&count) && clean.chars().all(char::is_lowercase);
        if lower_last {
            count += 1;
            end = Some(b);
            break;
        }
        if !is_name_part(clean)
            || (count >= 2 && !before_dash && position_head_len(&s[a..]).is_some())
        {
            break;
        }
        count += 1;
        end = Some(a + clean.len());
        if clean.len() != word.len() {
            break; // punctuation ends the name
        }
    }
    end.filter(|_| (2..=5).contains(&count))
}

/// Finds the name inside "position + name" text ("Chủ tịch UBND tỉnh Phạm Anh Tuấn"):
/// the first run of name words that starts with a family name and has 2–4 words from it
/// (so "tỉnh Lâm Đồng Trần Văn Hiệp" gives "Trần Văn Hiệp"). Returns its byte range.
fn embedded_name(s: &str, marked: bool) -> Option<(usize, usize)> {
    let ws = words(s);
    let word = |k: usize| bare(&s[ws[k].0..ws[k].1]);
    // Maximal runs of name words, as word-index ranges.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && is_name_part(word(j)) {
            j += 1;
            if word(j - 1).len() != ws[j - 1].1 - ws[j - 1].0 {
                break; // punctuation ends the run
            }
        }
        if j - i >= 2 {
            runs.push((i, j));
        }
        i = j.max(i + 1);
    }
    let span = |k: usize, j: usize| (ws[k].0, ws[j - 1].0 + word(j - 1).len());
    // A run with a family name 2–4 words from its end.
    for &(i, j) in &runs {
        if let Some(k) = (i..j).find(|&k| is_surname(word(k)) && (2..=4).contains(&(j - k))) {
            return Some(span(k, j));
        }
    }
    // A marked mention with an unknown family name: the last run (names come last).
    let &(i, j) = runs
        .last()
        .filter(|(i, j)| marked && (2..=5).contains(&(j - i)))?;
    Some(span(i, j))
}

use super::rules::PEOPLE_NAME_SEPARATORS as NAME_SEPARATORS;

/// Reads the position after a name: the whole rest, or (in a comma-joined run of text)
/// only the comma segments that start with a position word.
fn position_after(rest: &str, whole_rest: bool) -> Option<String> {
    let mut rest = rest;
    // Skip a remark in brackets right after the name: "(ngồi giữa)".
    if let Some(r) = rest.trim_start().strip_prefix('(') {
        rest = r.split_once(')').map_or("", |(_, after)| after);
    }
    let (sep, after) = NAME_SEPARATORS.iter().find_map(|sep| {
        let r = rest
            .strip_prefix(sep)
            .or_else(|| rest.trim_start().strip_prefix(sep.trim()))?;
        Some((*sep, r.trim_start()))
    })?;
    let comma = sep.trim() == ",";
    let text = if whole_rest {
        after.to_owned()
    } else {
        let mut taken: Vec<&str> = Vec::new();
        for (a, b) in split_top_level(after, ',') {
            let seg = after[a..b].trim();
            let first_needs_head = comma || !taken.is_empty();
            if first_needs_head && position_head_len(seg).is_none() {
                break;
            }
            taken.push(seg);
        }
        taken.join(", ")
    };
    let text = clean_position(&text);
    (!text.is_empty()).then_some(text)
}

use super::rules::PEOPLE_TRAILING_WORDS as TRAILING_WORDS;
use super::rules::PREDICATE_VERBS;

/// Trims end punctuation and trailing function words from a position, and cuts it before
/// a verb written in lower case ("Phó Giám đốc Học viện tóm lược lại …"): the position
/// ran into the clause the person is the subject of. A capitalised word ("Ban Chỉ đạo")
/// is part of a name.
fn clean_position(s: &str) -> String {
    let mut s = trim_end_punct(s.trim());
    if let Some(i) = predicate_verb_at(s) {
        s = trim_end_punct(s[..i].trim_end());
    }
    // "Bộ trưởng Bộ Công an, chiều ngày 28-6": the clause's date after the office.
    // Only the comma segment itself, and only one with a digit, is read: a long run of
    // segments costs each one its own length.
    if let Some((a, _)) = split_top_level(s, ',').into_iter().skip(1).find(|&(a, b)| {
        let segment = s[a..b].trim_start();
        segment.contains(|c: char| c.is_ascii_digit())
            && super::dateline::find_in_line(segment).is_some_and(|d| d.start == 0)
    }) {
        s = trim_end_punct(s[..a].trim_end());
    }
    // "Chủ tịch Hội huyện và lãnh đạo các ban ngành": a group joins after the office.
    let joined = format!(" {} ", words::AND);
    if let Some((i, _)) = s
        .match_indices(&joined)
        .find(|&(i, j)| longest_prefix(&s[i + j.len()..], &PEOPLE_GROUP_WORDS).is_some())
    {
        s = trim_end_punct(s[..i].trim_end());
    }
    while let Some((head, last)) = s.rsplit_once(' ') {
        if !TRAILING_WORDS.contains(&last) {
            break;
        }
        s = trim_end_punct(head);
    }
    // "…, Petrolimex …": an ellipsis of the text cut off, no part of the office.
    trim_end_punct(s.trim_end_matches('…')).to_owned()
}

/// Byte offset of the first verb of [`PREDICATE_VERBS`] in `s` written in lower case as a
/// whole word after its first word: where a clause with the mention as its subject goes on.
pub fn predicate_verb_at(s: &str) -> Option<usize> {
    PREDICATE_VERBS
        .iter()
        .filter_map(|v| {
            s.match_indices(v).map(|(i, _)| i).find(|&i| {
                let end = i + v.len();
                let before = s[..i].chars().next_back();
                let after = s[end..].chars().next();
                i > 0
                    && before.is_some_and(char::is_whitespace)
                    && after.is_none_or(|c| !c.is_alphanumeric())
            })
        })
        .min()
}

/// Parses one list item into a person.
///
/// `whole_rest`: everything after the name is the position (items of a ";" list, the
/// subject of "chủ trì"). `listed`: the item belongs to a list introduced by "các đồng chí",
/// which marks every item as a person.
pub fn parse_person(item: &str, whole_rest: bool, listed: bool) -> Option<Person> {
    parse_person_in(None, item, whole_rest, listed)
}

/// [`parse_person`] of an item that is a slice of `para`, whose analysis gives its lower
/// case; without one (a text of its own, such as the event's host) it is lower-cased here.
pub fn parse_person_in(
    para: Option<&Paragraph>,
    item: &str,
    whole_rest: bool,
    listed: bool,
) -> Option<Person> {
    let mut s = item
        .trim()
        .trim_start_matches([':', ',', ';', ' ', '-', '–']);
    for lead in LIST_ITEM_LEADS.iter() {
        if let Some(len) = prefix_ci(s, lead.trim()) {
            s = s[len..].trim_start();
        }
    }
    // Looked up first: an unused pattern is never compiled.
    let trigger =
        find_word_ci(s, words::ATTEND).is_some() || find_word_ci(s, words::CHAIR).is_some();
    let lower = trigger.then(|| {
        para.and_then(|p| p.lower_within(s))
            .map_or_else(|| Cow::Owned(lower_same_len(s)), Cow::Borrowed)
    });
    // "cùng dự có", "tham dự còn có", "đồng chủ trì có" opening a later item: the person
    // follows.
    if let Some(end) = lower.as_deref().and_then(|l| ITEM_TRIGGER.list_start(l)) {
        s = &s[end..];
    }
    // "các đại biểu khách quý: Đại diện …: Ông X - …": group labels before a colon.
    if let Some(i) = s.rfind(':') {
        let after = s[i + 1..].trim_start();
        if starts_with_marker(after) {
            s = after;
        }
    }
    // "hơn 40 đại biểu gồm PGS.TS. X – …", "120 đại biểu, trong đó có đồng chí X": the
    // count of a group, then its first member.
    if let Some(after) = GROUP_MEMBER_OPENERS
        .iter()
        .filter_map(|w| s.split_once(w).map(|(_, after)| after))
        .find(|after| starts_with_marker(after))
    {
        s = after;
    }
    let mut marked = listed;
    let mut addressed = false;
    if let Some(len) = honorific_len(s).or_else(|| monastic_title_len(s)) {
        addressed = true;
        // "cô giáo - Đào Thị Như Quân- BT Chi bộ": a dash may follow the honorific.
        s = s[len..]
            .trim_start()
            .trim_start_matches([':', '-', '–'])
            .trim_start();
        marked = true;
    }
    let (rank, rest) = split_rank(s);
    if rank.is_some() {
        marked = true;
    }
    let s = rest;
    if position_head_len(s).is_none() {
        // "cô Phú", "Cha phó Phê-rô": a form of address before one given name that is the
        // whole item names a person too.
        let lone = || {
            let name = trim_end_punct(s);
            (addressed && !name.contains(' ') && is_name_part(name)).then_some(name.len())
        };
        let end = leading_name(s).or_else(lone)?;
        let mut position = position_after(&s[end..], whole_rest);
        let mut rank = rank;
        // "Ông Nguyễn Văn Na – Đại tá – Phó chính ủy …": the rank written after the name,
        // before the office.
        if let Some(p) = position.as_deref().filter(|_| rank.is_none()) {
            if let Some(len) = rank_len(p) {
                let rest = p[len..].trim_start();
                if let Some(office) = rest
                    .strip_prefix(['-', '–', ','])
                    .map(str::trim_start)
                    .filter(|o| position_head_len(o).is_some())
                {
                    rank = Some(p[..len].to_owned());
                    position = Some(office.to_owned());
                }
            }
        }
        let has_head = position.as_deref().and_then(position_head_len).is_some();
        return (marked || has_head).then(|| Person {
            rank,
            name: s[..end].to_owned(),
            position,
        });
    }
    // Position first, then the name: "Chủ tịch UBND tỉnh Phạm Anh Tuấn". The name ends the
    // item or comes before a separator; "Bí thư Đoàn Thanh niên" holds no name.
    let (a, b) = embedded_name(s, marked)?;
    // "… Mặt trận Tổ quốc Việt Nam": the end of a unit's name, not a person.
    if is_one_of_ci(&s[a..b], &PLACE_NAMES) {
        return None;
    }
    let after = s[b..].trim_start();
    // "Bí thư Thành ủy Dương Tất Thắng và lãnh đạo một số sở": a group joins the name.
    let joined = LIST_ITEM_LEADS.iter().any(|w| after.starts_with(w));
    if !(after.is_empty() || joined || after.starts_with([',', '-', '–', '(', ';', ':'])) {
        return None;
    }
    let position = clean_position(&s[..a]);
    Some(Person {
        rank,
        name: s[a..b].to_owned(),
        position: (!position.is_empty()).then_some(position),
    })
}

/// Splits a leading rank and/or academic title ("Thiếu tướng, PGS.TS") from `s`.
fn split_rank(s: &str) -> (Option<String>, &str) {
    let mut end = 0;
    if let Some(len) = rank_len(s) {
        end = len;
        // "Đại tá, TS. Nguyễn Văn A": a title may follow the rank.
        let after = &s[end..];
        let gap = after.len() - after.trim_start_matches([',', ' ']).len();
        if let Some(alen) = academic_len(&after[gap..]) {
            end += gap + alen;
        }
    } else if let Some(len) = academic_len(s) {
        end = len;
    }
    if end == 0 {
        return (None, s);
    }
    (
        Some(s[..end].trim_end_matches(',').to_owned()),
        s[end..].trim_start(),
    )
}

/// The byte end of a person mention at the start of `s` (used to spot captions such as
/// "Bí thư Tỉnh ủy Hồ Quốc Dũng phát biểu …").
pub fn mention_at_start(s: &str) -> Option<usize> {
    let mut offset = 0;
    let mut marked = false;
    if let Some(len) = honorific_len(s) {
        offset = len + (s[len..].len() - s[len..].trim_start().len());
        marked = true;
    }
    let (rank, rest) = split_rank(&s[offset..]);
    if rank.is_some() {
        marked = true;
        offset = s.len() - rest.len();
    }
    let rest = &s[offset..];
    if position_head_len(rest).is_none() {
        let end = leading_name(rest)?;
        let surname = rest.split(' ').next().is_some_and(is_surname);
        return (marked || surname).then_some(offset + end);
    }
    // The name must come within the first dozen words of the position.
    let window: usize = rest.split(' ').take(14).map(|w| w.len() + 1).sum();
    let (_, b) = embedded_name(&rest[..window.min(rest.len())], marked)?;
    Some(offset + b)
}

/// Splits a list of people at ";", at "cùng", and at "," or "và" before a person marker.
/// Returns the items and whether the list used ";" (then each item's rest is its position).
pub fn split_list(s: &str) -> (Vec<&str>, bool) {
    let parts = split_top_level(s, ';');
    let semicolons = parts.len() > 1;
    let mut items = Vec::new();
    for (a, b) in parts {
        let part = &s[a..b];
        let mut start = 0;
        let ws = words(part);
        for &(wa, _) in &ws {
            if wa == 0 {
                continue;
            }
            let before = part[..wa].trim_end();
            let here = &part[wa..];
            let after_cung = prefix_ci(here, words::WITH).is_some();
            let after_va =
                after_va_word(here) && starts_with_marker(here[words::AND.len()..].trim_start());
            // "Trung tướng, GS,TS. Nguyễn Văn Long": a title after a bare rank is one person.
            let so_far = part[start..wa].trim().trim_end_matches(',');
            let bare_rank = rank_len(so_far) == Some(so_far.len());
            let after_comma = before.ends_with(',') && starts_with_marker(here) && !bare_rank;
            // "A - Giám đốc, đồng chủ trì có đồng chí B": a role phrase opens the next item.
            let after_trigger = before.ends_with(',')
                && here.starts_with(char::is_lowercase)
                && ITEM_TRIGGER
                    .list_start(&lower_same_len(
                        &here[..here.find(',').unwrap_or(here.len())],
                    ))
                    .is_some();
            // "Chủ tịch UBND tỉnh Lê Trí Thanh và Chủ tịch Ủy ban MTTQ tỉnh Võ Xuân Ca",
            // "…, Phó Ban X Hoàng Thị Ngân Hương": a position-first item ends with its name.
            let next = if after_va_word(here) {
                here[words::AND.len()..].trim_start()
            } else {
                here
            };
            let next_item = next[..next.find(',').unwrap_or(next.len())]
                .split(&format!(" {} ", words::AND))
                .next()
                .unwrap_or("");
            let next_position_first = (before.ends_with(',') || after_va_word(here))
                && position_head_len(next).is_some()
                && (ends_with_position_name(so_far)
                    || (!semicolons
                        && ends_with_position_name(next_item)
                        && (starts_with_marker(so_far) || embedded_name(so_far, false).is_some())));
            if (after_cung || after_va || after_comma || after_trigger || next_position_first)
                && wa > start
            {
                items.push(part[start..wa].trim().trim_end_matches(','));
                start = wa;
            }
        }
        items.push(part[start..].trim());
    }
    items.retain(|i| !i.is_empty());
    (items, semicolons)
}

/// True when `s` opens with "và" and a space.
fn after_va_word(s: &str) -> bool {
    prefix_ci(s, words::AND).is_some() && s[words::AND.len()..].starts_with(' ')
}

/// True when `s` is a position followed by a name ("Bí thư Tỉnh ủy Lê Minh Hoan"), the
/// name ending `s`.
fn ends_with_position_name(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let s = if after_va_word(s) {
        s[words::AND.len()..].trim_start()
    } else {
        s
    };
    // Three name words at least: "Bí thư Tỉnh ủy Thái Bình" ends with a province.
    position_head_len(s).is_some()
        && embedded_name(s, false)
            .is_some_and(|(a, b)| b == s.len() && a > 0 && word_count(&s[a..b]) >= 3)
}

/// Parses every person of a list ("các đồng chí: A - x; B - y; cùng …").
///
/// `para`: the paragraph `s` is a slice of, whose analysis the items read (`None` for a text
/// of its own).
pub fn parse_list(
    para: Option<&Paragraph>,
    s: &str,
    listed: bool,
    whole_rest: bool,
) -> Vec<Person> {
    let mut s = s.trim();
    let mut listed = listed;
    for lead in LIST_LEADS.iter() {
        if let Some(len) = prefix_ci(s, lead) {
            let after = s[len..].trim_start();
            // "đồng chí Phạm Anh Tuấn" keeps its honorific for the item itself.
            if after.starts_with(':') || *lead == LIST_LEADS[0] {
                s = after.trim_start_matches(':').trim_start();
                listed = true;
            }
            break;
        }
    }
    let s = bracketed_people(s).unwrap_or(s);
    let (items, semicolons) = split_list(s);
    let mut out = Vec::new();
    for item in items {
        match shared_position(item).or_else(|| shared_address(item)) {
            Some(people) => out.extend(people),
            None => out.extend(parse_person_in(
                para,
                item,
                whole_rest || semicolons,
                listed,
            )),
        }
    }
    out
}

/// The bracket that names the members of a group counted before it ("9/9 thành viên Hội
/// đồng theo Quyết định số 22 (Ông X – Chủ tịch Hội đồng …; Thư ký: bà Y – …"): the list
/// from its first person, when the list itself opens with a count.
fn bracketed_people(list: &str) -> Option<&str> {
    if !list.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let open = list.find(" (")?;
    let inner = list[open + 2..].trim_start();
    starts_with_marker(inner).then(|| inner.trim_end_matches(')').trim_end())
}

/// "các Phó Chủ tịch UBTƯ MTTQ: Trương Thị A, Ngô Văn B, Nguyễn Hữu C": one position
/// before a colon shared by a comma list of bare names.
fn shared_position(item: &str) -> Option<Vec<Person>> {
    let (label, names) = item.split_once(':')?;
    let label = label.trim();
    let label = prefix_ci(label, words::PLURAL).map_or(label, |len| label[len..].trim_start());
    position_head_len(label)?;
    let position = Some(label.to_owned());
    bare_names(names).map(|names| {
        names
            .into_iter()
            .map(|n| Person {
                rank: None,
                name: n.to_owned(),
                position: position.clone(),
            })
            .collect()
    })
}

/// "các nhà thơ Hoài Khánh, Lưu Đình Hùng, Hoa Thành", "các thầy cô A, B, C": one form of
/// address before a comma list of bare names; each is a person, with no position.
fn shared_address(item: &str) -> Option<Vec<Person>> {
    let item = prefix_ci(item, words::PLURAL).map_or(item, |len| item[len..].trim_start());
    let len = honorific_len(item)?;
    bare_names(&item[len..]).map(|names| {
        names
            .into_iter()
            .map(|n| Person {
                rank: None,
                name: n.to_owned(),
                position: None,
            })
            .collect()
    })
}

/// The names of a comma list of two or more bare names (nothing but a name in each part).
fn bare_names(list: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> = list.split(',').map(str::trim).collect();
    let all_names = names.len() >= 2
        && names
            .iter()
            .all(|n| !n.is_empty() && leading_name(n) == Some(n.len()));
    all_names.then_some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(rank: Option<&str>, name: &str, position: Option<&str>) -> Person {
        Person {
            rank: rank.map(str::to_owned),
            name: name.to_owned(),
            position: position.map(str::to_owned),
        }
    }

    #[test]
    fn a_list_reads_its_paragraphs_analysis() {
        let text =
            "Dự có đồng chí Lê Văn An - Bí thư; cùng dự có đồng chí Trần Văn Bình - Chủ tịch";
        let para = Paragraph::new(text);
        let s = &text["Dự có ".len()..];
        assert_eq!(para.lower_within(s).map(str::len), Some(s.len()));
        let with = parse_list(Some(&para), s, false, false);
        assert_eq!(with, parse_list(None, s, false, false));
        let names: Vec<&str> = with.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Lê Văn An", "Trần Văn Bình"]);
        // A text that is no slice of the paragraph is lower-cased on its own.
        assert!(para.lower_within(&String::from("Dự có")).is_none());
    }

    #[test]
    fn members_named_in_the_bracket_after_their_count() {
        let got = parse_list(
            None,
            "9/9 thành viên Hội đồng theo Quyết định số 22/QĐ-BT (Ông Tô Văn Hoàng – Chủ tịch Hội đồng; Thư ký: bà Lâm Thị Hồng – viên chức)",
            false,
            false,
        );
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Tô Văn Hoàng", "Lâm Thị Hồng"]);
    }

    #[test]
    fn a_position_stops_at_the_verb() {
        // (item, the position read; the first item is of a comma run, the rest of ";" lists)
        let cases = [
            (
                "Đại tá Lê Văn D, Phó Giám đốc Học viện tóm lược lại các kết quả",
                "Phó Giám đốc Học viện",
            ),
            (
                "ông Bùi Văn Vinh, Trưởng ban liên lạc đã họp tại nhà khách",
                "Trưởng ban liên lạc",
            ),
            (
                "Lê Văn E - Phó Trưởng Ban Chỉ đạo tỉnh",
                "Phó Trưởng Ban Chỉ đạo tỉnh",
            ),
            // A group joined after the office is not part of it; a unit's own "và" is.
            (
                "Lê Văn E - Chủ tịch Hội Nông dân huyện và lãnh đạo các ban ngành",
                "Chủ tịch Hội Nông dân huyện",
            ),
            (
                "Lê Văn E - Giám đốc Sở Văn hóa và Thể thao",
                "Giám đốc Sở Văn hóa và Thể thao",
            ),
            // The clause's date and an ellipsis after the office.
            (
                "Lê Văn E - Bộ trưởng Bộ X, chiều ngày 28-6",
                "Bộ trưởng Bộ X",
            ),
            ("Lê Văn E - Chủ tịch Tập đoàn X …", "Chủ tịch Tập đoàn X"),
        ];
        for (i, (item, want)) in cases.into_iter().enumerate() {
            let got = parse_person(item, true, i > 0).unwrap();
            assert_eq!(got.position.as_deref(), Some(want), "{item}");
        }
    }

    #[test]
    fn rank_name_position() {
        let got = parse_list(
            None,
            "các đồng chí: Trung tướng, GS,TS. Nguyễn Văn Long - Giám đốc",
            false,
            false,
        );
        assert_eq!(got[0].rank.as_deref(), Some("Trung tướng, GS,TS."));
        assert_eq!(
            parse_person(
                "Thiếu tướng Nguyễn Ngọc Cương, Cục trưởng Cục Cảnh sát",
                true,
                false
            ),
            Some(p(
                Some("Thiếu tướng"),
                "Nguyễn Ngọc Cương",
                Some("Cục trưởng Cục Cảnh sát")
            ))
        );
        assert_eq!(
            parse_person(
                "PGS.TS Bùi Hữu Toàn – Bí thư Đảng ủy Học viện",
                false,
                false
            ),
            Some(p(
                Some("PGS.TS"),
                "Bùi Hữu Toàn",
                Some("Bí thư Đảng ủy Học viện")
            ))
        );
        assert_eq!(
            parse_person("GS,TS. Lê Văn An- Giám đốc Học viện", false, false),
            Some(p(Some("GS,TS."), "Lê Văn An", Some("Giám đốc Học viện")))
        );
    }

    #[test]
    fn a_priest_by_parish_role_and_baptismal_name() {
        // The parish role addresses him; the baptismal name, hyphenated, opens the name.
        assert_eq!(
            parse_person("Cha xứ Phao-lô Phạm Văn Mạnh", false, false),
            Some(p(None, "Phao-lô Phạm Văn Mạnh", None))
        );
        assert_eq!(
            parse_person("Cha quê hương Lu-ca Nguyễn Văn Trì", false, false),
            Some(p(None, "Lu-ca Nguyễn Văn Trì", None))
        );
        // One given name after the form of address, as the whole item.
        assert_eq!(
            parse_person("Cha phó Phê-rô", false, false).map(|x| x.name),
            Some("Phê-rô".to_owned())
        );
        assert_eq!(
            parse_person("cô Phú", false, false).map(|x| x.name),
            Some("Phú".to_owned())
        );
        assert_eq!(parse_person("các đồng chí Lãnh đạo", false, false), None);
        // A hyphen before a capital still splits name and position.
        assert_eq!(
            parse_person("Ông Trần Văn Lan-Ủy viên", true, false).map(|x| x.name),
            Some("Trần Văn Lan".to_owned())
        );
    }

    #[test]
    fn honorifics_are_not_ranks() {
        assert_eq!(
            parse_person(
                "Ông Phan Xuân Dũng, Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Khoa học, công nghệ",
                true,
                false
            ),
            Some(p(
                None,
                "Phan Xuân Dũng",
                Some("Ủy viên Trung ương Đảng, Chủ nhiệm Ủy ban Khoa học, công nghệ")
            ))
        );
        assert_eq!(
            parse_person("đồng chí Phạm Văn Viên - Phó Bí thư", false, false)
                .unwrap()
                .rank,
            None
        );
    }

    #[test]
    fn position_before_name() {
        assert_eq!(
            parse_person("Chủ tịch UBND tỉnh Phạm Anh Tuấn", false, false),
            Some(p(None, "Phạm Anh Tuấn", Some("Chủ tịch UBND tỉnh")))
        );
        assert_eq!(
            parse_person("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp", false, false)
                .unwrap()
                .name,
            "Trần Văn Hiệp"
        );
    }

    #[test]
    fn comma_runs_keep_only_position_segments() {
        let got = parse_person(
            "Đại tá Bùi Xuân Khởi, Phó Giám đốc Công an tỉnh, đại diện lãnh đạo các đơn vị",
            false,
            false,
        );
        assert_eq!(
            got,
            Some(p(
                Some("Đại tá"),
                "Bùi Xuân Khởi",
                Some("Phó Giám đốc Công an tỉnh")
            ))
        );
    }

    #[test]
    fn groups_and_places_are_not_people() {
        assert_eq!(
            parse_person("đại diện lãnh đạo các sở, ban, ngành", false, false),
            None
        );
        assert_eq!(
            parse_person("Hà Tĩnh, Đà Nẵng, Quảng Nam", false, false),
            None
        );
        assert_eq!(
            parse_person("các đồng chí trong Ban Thường vụ Tỉnh ủy", false, false),
            None
        );
        assert_eq!(parse_person("Mặt trận Tổ quốc Việt Nam", true, true), None);
    }

    #[test]
    fn a_position_shared_by_a_list_of_names() {
        let got = parse_list(
            None,
            "các Phó Chủ tịch Hội Nông dân tỉnh: Trần Văn A, Lê Thị B, Phạm Văn C",
            false,
            false,
        );
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Trần Văn A", "Lê Thị B", "Phạm Văn C"]);
        assert_eq!(
            got[0].position.as_deref(),
            Some("Phó Chủ tịch Hội Nông dân tỉnh")
        );
    }

    #[test]
    fn lists() {
        let got = parse_list(
            None,
            "các đồng chí: Hồ Quốc Dũng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Lý Tiết Hạnh - Tỉnh ủy viên, Phó Trưởng Đoàn ĐBQH tỉnh; đại diện lãnh đạo các sở; cùng 104 đại biểu",
            false,
            false,
        );
        let names: Vec<_> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Hồ Quốc Dũng", "Lý Tiết Hạnh"]);
        assert_eq!(
            got[0].position.as_deref(),
            Some("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")
        );
        let got = parse_list(
            None,
            "đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh và Đại tá Trần Văn B, Phó Giám đốc",
            false,
            false,
        );
        let names: Vec<_> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Nguyễn Văn A", "Trần Văn B"]);
    }

    #[test]
    fn one_form_of_address_before_bare_names() {
        let got = parse_list(
            None,
            "các nhà thơ Hoài Khánh, Lưu Đình Hùng, Hoa Thành và nhạc sĩ Đức Thịnh",
            false,
            false,
        );
        assert_eq!(
            got,
            [
                p(None, "Hoài Khánh", None),
                p(None, "Lưu Đình Hùng", None),
                p(None, "Hoa Thành", None),
                p(None, "Đức Thịnh", None)
            ]
        );
        // A position after the comma is the person's, not a second name.
        let got = parse_list(
            None,
            "nhà thơ Lưu Đình Hùng, Chủ nhiệm Câu lạc bộ",
            false,
            false,
        );
        assert_eq!(
            got,
            [p(None, "Lưu Đình Hùng", Some("Chủ nhiệm Câu lạc bộ"))]
        );
    }

    #[test]
    fn a_rank_after_the_name_before_the_office() {
        assert_eq!(
            parse_person(
                "Ông Nguyễn Văn Na – Đại tá – Phó Chính ủy Bộ Chỉ huy quân sự tỉnh",
                false,
                false
            ),
            Some(p(
                Some("Đại tá"),
                "Nguyễn Văn Na",
                Some("Phó Chính ủy Bộ Chỉ huy quân sự tỉnh")
            ))
        );
    }

    #[test]
    fn a_monks_abbreviated_title_before_thich() {
        let got = parse_list(
            None,
            "HT.Thích Thiện Thành – UV HĐTS; TT Thích Thông Huệ, Trưởng ban Pháp Chế",
            false,
            false,
        );
        assert_eq!(
            got,
            [
                p(None, "Thích Thiện Thành", Some("UV HĐTS")),
                p(None, "Thích Thông Huệ", Some("Trưởng ban Pháp Chế"))
            ]
        );
        // "TT." alone is a town ("thị trấn") or a centre, no form of address.
        assert_eq!(monastic_title_len("TT. Hà Lam"), None);
        assert_eq!(monastic_title_len("TT. Thích Phước Hưng"), Some(3));
    }

    #[test]
    fn mentions_open_captions() {
        let s = "Bí thư Tỉnh ủy Hồ Quốc Dũng phát biểu tại buổi gặp mặt";
        assert_eq!(
            mention_at_start(s).map(|e| &s[..e]),
            Some("Bí thư Tỉnh ủy Hồ Quốc Dũng")
        );
        assert!(mention_at_start("Đ/c Trần Tuấn Ngọc – Phó Giám đốc").is_some());
        assert_eq!(mention_at_start("Quang cảnh buổi lễ"), None);
        assert_eq!(mention_at_start("Mật độ dân số cao với thế giới"), None);
    }
}
