//! Bylines: the author line at the end ("Phương Thảo", "Tác giả: Kim Oanh" followed by
//! "Nguồn tin: …", "Tin: Ngọc Thu", "HỒNG HÀ (Thực hiện)", "PV").

use super::rules::words;
use super::rules::CAPTION_VERBS;
use super::rules::{
    BYLINE_GROUPS, BYLINE_NEWSROOM, BYLINE_PREFIXES, BYLINE_PUBLISHERS, BYLINE_ROLES,
    BYLINE_SIGN_OFFS, SOURCE_LINES,
};
use super::text::{
    ends_sentence, ends_with_word_ci, eq_ci, find_word_ci, is_caps_word, is_name_word,
    is_one_of_ci, is_syllable, longest_prefix, prefix_ci,
};

/// The byline of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Byline {
    /// Index of the byline among the lines given to [`find`].
    pub line: usize,
    /// The author's name without prefix or role.
    pub author: String,
    /// True when the line carries more than the name and stays in the body text.
    pub keep_line: bool,
    /// The rule that read it ("byline.prefix", …).
    pub rule: &'static str,
    /// True when the name is a publisher's ("Báo Lào Cai"): the line credits the source,
    /// it stays in the text and the author is left blank.
    pub publisher: bool,
}

/// Finds the byline among the last lines. `first` is the index of the first line that may be
/// a byline (after the lead); `after_end_marker` tells, for each line, whether the line
/// before it ended with an end marker ("./.", "…/"), which makes any short line a byline.
pub fn find(
    lines: &[&str],
    first: usize,
    after_end_marker: &dyn Fn(usize) -> bool,
) -> Option<Byline> {
    let mut i = lines.len();
    let mut skipped = 0;
    while i > first {
        i -= 1;
        let line = lines[i].trim();
        // "Nguồn tin: Sao Khuê" as the last line: a reporter's name, not a source.
        if skipped == 0 && i + 1 == lines.len() {
            if let Some(author) = reporter_as_source(line) {
                return Some(Byline {
                    line: i,
                    author: author.to_owned(),
                    keep_line: true,
                    rule: "byline.reporter_as_source",
                    publisher: false,
                });
            }
        }
        // "Hoàng Thanh Hảo" then "Sở Thông tin và Truyền thông": the author's unit last.
        let unit_after_name = skipped == 0
            && i + 1 == lines.len()
            && i > first
            && line
                .split(' ')
                .next()
                .is_some_and(|w| SOURCE_BODIES.contains(&w))
            && is_short(line)
            && is_name_like(lines[i - 1].trim());
        if is_source_line(line) || line.starts_with('#') || unit_after_name {
            skipped += 1;
            if skipped > 3 {
                return None;
            }
            continue;
        }
        return read(line, after_end_marker(i)).map(|(author, keep_line, rule)| {
            // "An Bình - Đức Lợi": the ward the article names ("phường An Bình"), a dash,
            // the writer; a place is no part of the name.
            // The line keeps the place, so it stays in the text.
            let (author, rule, keep_line) = match after_named_place(&author, lines) {
                Some(name) => (name.to_owned(), "byline.place_name", true),
                None => (author, rule, keep_line),
            };
            let publisher = longest_prefix(&author, &BYLINE_PUBLISHERS).is_some();
            Byline {
                line: i,
                author,
                keep_line: keep_line || publisher,
                rule,
                publisher,
            }
        });
    }
    None
}

/// True for a line that opens with a byline prefix and its colon ("Tin, ảnh: X"): a
/// credit that is whole on its line.
pub fn is_credit_line(line: &str) -> bool {
    after_prefix(line).is_some()
}

/// True for a letter's closing formula standing alone on its line ("Thân ái,"): the short
/// line after it signs the text.
pub fn is_sign_off(line: &str) -> bool {
    is_one_of_ci(
        line.trim_end_matches([',', '.', '!', ' ']),
        &BYLINE_SIGN_OFFS,
    )
}

/// True for lines that name the source after the byline ("Nguồn tin: …", "(Theo VnExpress)").
pub fn is_source_line(line: &str) -> bool {
    SOURCE_LINES.iter().any(|p| {
        prefix_ci(line, p).is_some_and(|len| {
            let rest = line[len..].trim_start();
            rest.starts_with(':')
                || p.starts_with('(')
                || (*p == words::ACCORDING_TO && !ends_sentence(line))
                // "Nguồn Biên Phòng: http://…": a short source name before the colon.
                || rest.find(':').is_some_and(|i| i > 0 && rest[..i].split(' ').count() <= 4)
        })
    })
}

use super::rules::BYLINE_SOURCE_BODIES as SOURCE_BODIES;
use super::rules::EVENT_WORDS;
use super::rules::PLACE_ADMIN_UNITS;

/// The name of "Nguồn tin: X" when X is a person's name (2–4 name words, not a
/// body such as "Cổng Thông tin điện tử tỉnh").
fn reporter_as_source(line: &str) -> Option<&str> {
    // Only "Nguồn tin": "Nguồn: Tuổi Trẻ" names a paper as often as not.
    let len = prefix_ci(line, words::REPORTER_SOURCE)?;
    let name = line[len..].trim_start().strip_prefix(':')?.trim();
    let name = name.trim_end_matches('.').trim_end();
    // "Nguồn tin: Thu Hồng - Phòng quản lý Khoa học": the reporter, then her unit.
    let name = name
        .find(" - ")
        .or_else(|| name.find(" – "))
        .map_or(name, |i| name[..i].trim());
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (2..=4).contains(&words.len())
        && words.iter().all(|w| is_name_word(w))
        && !SOURCE_BODIES.contains(&words[0]);
    ok.then_some(name)
}

/// Reads a byline line: the author and whether the line keeps more than the name.
/// The rule that matched is returned too.
fn read(line: &str, after_end_marker: bool) -> Option<(String, bool, &'static str)> {
    if let Some(name) = after_prefix(line) {
        // "Tin: Trần Bình, ảnh: Lê Cường": the text's author before the photo's credit.
        let name = match name.find(':') {
            Some(colon) => name[..colon]
                .rfind([',', ';'])
                .map_or(name, |cut| &name[..cut]),
            None => name,
        };
        let name = strip_role(name.trim()).0;
        // "Bài và ảnh: Ths.KTS Lê Hữu Trúc": the writer's degree is no part of the name.
        let name = without_degree(name);
        // "Tin, ảnh: Nguyễn Thị Hòa – PCT Huyện hội": the name, then the writer's unit.
        let name = name_before_unit(name)
            .or_else(|| name_before_dashed(name.trim_end_matches('.'), true))
            .unwrap_or(name);
        if is_short(name) {
            return Some((name.to_owned(), true, "byline.prefix"));
        }
        // "Tin, ảnh: Công đoàn các Khu Chế xuất và Công nghiệp Cần Thơ.": a body credited
        // by the prefix may have a longer name, its full stop only ends the line.
        let unit = name.strip_suffix('.').unwrap_or(name).trim_end();
        let n = unit.split_whitespace().count();
        let body = unit
            .split(' ')
            .next()
            .is_some_and(|w| SOURCE_BODIES.contains(&w))
            && longest_prefix(unit, &EVENT_WORDS).is_none();
        return (body && n <= CREDITED_BODY_WORDS && !unit.contains(['.', ',', ';', ':']))
            .then(|| (unit.to_owned(), true, "byline.prefix"));
    }
    // "Tin ảnh Phương Chi": a prefix of two words or more, its colon left out, then a name.
    if let Some(name) = after_bare_prefix(line) {
        return Some((name.to_owned(), true, "byline.prefix.bare"));
    }
    let (name, had_role) = strip_role(line);
    if BYLINE_NEWSROOM.contains(&name) {
        return Some((name.to_owned(), had_role, "byline.newsroom"));
    }
    // "Nhóm PV miền Bắc": a group of the newsroom, named whole.
    if longest_prefix(name, &BYLINE_GROUPS).is_some() && is_short(name) && !ends_sentence(name) {
        return Some((name.to_owned(), had_role, "byline.newsroom"));
    }
    // "CTV Đức Thành (Tỉnh đoàn)": a newsroom tag, the name, the writer's unit.
    if let Some((tag, rest)) = name.split_once(' ') {
        let rest = rest.split_once(" (").map_or(rest, |(n, unit)| {
            if unit.ends_with(')') && unit.starts_with(char::is_uppercase) {
                n
            } else {
                rest
            }
        });
        if BYLINE_NEWSROOM.contains(&tag) && is_name_like(rest) {
            // "CTV Yến Khanh - TH": the tag, the name, an abbreviated unit or role.
            let rest = name_before_dashed_unit(rest).unwrap_or(rest);
            return Some((rest.to_owned(), true, "byline.newsroom_tag"));
        }
    }
    // "Vũ Trịnh (Đài TT Yên Lập)", "Hoàng Mai (BT)": the name, then the writer's unit or
    // role in brackets (read before the bare name: "(BT)" looks like an all-caps name).
    if let Some(bare) = name_before_unit(name) {
        return Some((bare.to_owned(), true, "byline.name_unit"));
    }
    // "Phùng Vị – HND tỉnh", "KHẮC THÂN – HUYỆN ĐOÀN AN LÃO": the name, a dash, the
    // writer's unit (read before the bare name: a unit in capitals looks like a name).
    if let Some(bare) = name_before_dashed_unit(name) {
        return Some((bare.to_owned(), true, "byline.name_unit"));
    }
    if is_name_like(name) {
        // "PHƯỢNG PYT": a last word in capitals that is no syllable abbreviates the
        // writer's unit, after a name of syllables.
        if let Some((bare, last)) = name.rsplit_once(' ') {
            let syllables = bare
                .split_whitespace()
                .all(|w| is_syllable(w.trim_end_matches(',')));
            // One capital is an initial ("Nguyễn Văn B").
            if is_abbreviation(last) && syllables {
                return Some((bare.trim_end().to_owned(), true, "byline.name_unit"));
            }
        }
        return Some((name.to_owned(), had_role, "byline.name"));
    }
    // "Minh trần", "Minh hiếu.": a two-word name whose second syllable was typed in lower
    // case, alone on the article's last line (no sentence is two such words). A line that
    // keeps its full stop stays in the text.
    if let Some(bare) = lower_case_surname(name) {
        let keep = had_role || bare.len() < name.len();
        return Some((bare.to_owned(), keep, "byline.name.lower_case"));
    }
    // Right after "./." any short unfinished line is the byline ("Phòng Tham mưu").
    if after_end_marker && is_short(name) && !ends_sentence(name) {
        return Some((name.to_owned(), had_role, "byline.after_end_marker"));
    }
    // "Ban Tổ chức", "Khoa Nghiệp vụ Cơ sở" as the last line: a unit signs the article.
    // Its words are not capitalised like a name's, so it could be a subhead: a guess.
    let unit = (opens_with_body(name) || opens_with_abbreviated_unit(name))
        && (2..=UNIT_WORDS).contains(&name.split_whitespace().count())
        && !ends_sentence(name)
        && !name.contains(|c: char| c.is_ascii_digit() || ",;:".contains(c))
        && longest_prefix(name, &EVENT_WORDS).is_none()
        && !CAPTION_VERBS
            .iter()
            .any(|v| find_word_ci(name, v).is_some());
    unit.then(|| (name.to_owned(), had_role, "byline.unit"))
}

/// A byline's name without the academic degree or professional title before it ("Ths.KTS
/// Lê Hữu Trúc" → "Lê Hữu Trúc"), when a name follows.
fn without_degree(name: &str) -> &str {
    // "Nhà báo, Ths. Chu Huy Phương": a profession of two words or more, then the degree.
    let name = match super::people::honorific_len(name) {
        Some(len) if name[..len].contains(' ') => {
            let rest = name[len..].trim_start_matches([',', ' ']);
            if rest.split_whitespace().count() >= 2 && rest.starts_with(char::is_uppercase) {
                rest
            } else {
                name
            }
        }
        _ => name,
    };
    let Some(len) = super::people::academic_len(name) else {
        return name;
    };
    let rest = name[len..].trim_start();
    if is_name_like(rest) && rest.split_whitespace().count() >= 2 {
        rest
    } else {
        name
    }
}

/// The name of a last line of two syllables, a capitalised one then one in lower case
/// ("Minh trần", "Minh hiếu."), its full stop dropped.
fn lower_case_surname(line: &str) -> Option<&str> {
    let name = line.strip_suffix('.').unwrap_or(line).trim_end();
    let (first, second) = name.split_once(' ')?;
    (is_name_word(first)
        && !second.contains(' ')
        && second.starts_with(char::is_lowercase)
        && is_syllable(second)
        && !is_one_of_ci(name, &BYLINE_SIGN_OFFS))
    .then_some(name)
}

/// Longest name of a body credited after a byline prefix, in words.
const CREDITED_BODY_WORDS: usize = 14;

/// The name of "Name (Unit)": a name-like text before one final bracket that opens with a
/// capital.
fn name_before_unit(line: &str) -> Option<&str> {
    let (name, unit) = line.strip_suffix(')')?.rsplit_once(" (")?;
    let name = name.trim_end();
    (unit.starts_with(char::is_uppercase) && !unit.contains(['(', ')']) && is_name_like(name))
        .then_some(name)
}

/// The name of "Name – Unit": a name-like text, a spaced dash, then a short unit that opens
/// with a capital and is no name itself (two names joined by a dash are read whole).
fn name_before_dashed_unit(line: &str) -> Option<&str> {
    name_before_dashed(line, false)
}

/// [`name_before_dashed_unit`]; with `credited` (after a byline prefix, "Tin, ảnh: X – …")
/// the unit may be a longer position ("– Phó chủ tịch Liên minh HTX tỉnh"): a line without
/// the prefix and with such a tail is as often a portrait's caption.
fn name_before_dashed(line: &str, credited: bool) -> Option<&str> {
    // The dash spaced on at least one side ("Ba Quốc- Củ Chi"), not inside a word.
    let (name, unit) = [" – ", " - ", "– ", "- ", " –", " -", "/"]
        .iter()
        .find_map(|dash| line.split_once(dash))?;
    let (name, unit) = (name.trim_end(), unit.trim());
    let unit_words = unit.split_whitespace().count();
    // "– Phó chủ tịch Liên minh HTX tỉnh": a position may name its unit at length.
    let position = credited && super::people::position_head_len(unit).is_some();
    let short_unit = (1..=UNIT_WORDS).contains(&unit_words)
        || (position && unit_words <= POSITION_UNIT_WORDS && !ends_sentence(unit));
    (short_unit
        && unit.starts_with(char::is_uppercase)
        && (!is_name_like(unit)
            || opens_with_body(unit)
            || BYLINE_NEWSROOM.contains(&unit)
            || is_abbreviation(unit)
            // "Anh Quốc/ PG Huế tổng hợp": "PG Huế", the site of the Buddhist Church of Huế.
            || opens_with_abbreviated_unit(unit))
        && is_name_like(name)
        && name.split_whitespace().count() >= 2)
        .then_some(name)
}

/// Longest position after a byline's dash, in words.
const POSITION_UNIT_WORDS: usize = 10;

/// True when a text opens with the first word of an organisation ("Huyện Đoàn …", "HỘI
/// NÔNG DÂN …"), in any case.
fn opens_with_body(s: &str) -> bool {
    s.split(' ')
        .next()
        .is_some_and(|w| is_one_of_ci(w, &SOURCE_BODIES))
}

/// True for an abbreviated unit and the Vietnamese words of what it belongs to ("BTT Giáo
/// xứ": the parish's Ban Truyền thông), not a site's name ("HCM CityWeb").
fn opens_with_abbreviated_unit(s: &str) -> bool {
    let mut words = s.split(' ');
    words.next().is_some_and(is_abbreviation) && {
        let rest: Vec<&str> = words.collect();
        !rest.is_empty() && rest.iter().all(|w| is_syllable(w))
    }
}

/// True for one word in capitals of two or more letters that is no syllable: an
/// abbreviation ("TH", "BTT", "PYT"), not a name written in capitals ("HÀ").
fn is_abbreviation(w: &str) -> bool {
    w.chars().count() >= 2
        && w.chars().all(char::is_alphabetic)
        && is_caps_word(w)
        && !is_syllable(w)
}

/// The writer's name of "Place - Name" when the article names that place after an
/// administrative unit ("phường An Bình"): a byline of two names joined by a dash is read
/// whole otherwise ("Minh Ngọc - Hồng Hà").
fn after_named_place<'a>(author: &'a str, lines: &[&str]) -> Option<&'a str> {
    let (place, name) = author
        .split_once(" - ")
        .or_else(|| author.split_once(" – "))?;
    let (place, name) = (place.trim(), name.trim());
    if !is_name_like(place) || !is_name_like(name) || name.contains(['-', '–']) {
        return None;
    }
    let named = lines.iter().any(|line| {
        line.match_indices(place).any(|(i, _)| {
            let before = line[..i].trim_end();
            PLACE_ADMIN_UNITS
                .iter()
                .any(|u| ends_with_word_ci(before, u))
        })
    });
    named.then_some(name)
}

/// The text after a byline prefix and its colon ("Tin, ảnh: X" → " X"). The prefix's
/// words may be joined by any commas, slashes, dashes, "&", "và" or spaces ("Tin,ảnh:",
/// "Tin ảnh:", "Tin & ảnh:", "Tin - Ảnh:").
fn after_prefix(line: &str) -> Option<&str> {
    let colon = line.find(':')?;
    // The words, compared but for case, without what joins them.
    let head: Vec<&str> = joined_words(&line[..colon]).collect();
    BYLINE_PREFIXES
        .iter()
        .any(|p| {
            let mut words = joined_words(p);
            head.iter()
                .all(|h| words.next().is_some_and(|w| eq_ci(w, h)))
                && words.next().is_none()
        })
        .then(|| &line[colon + 1..])
}

/// The name after a byline prefix of two words or more written without its colon ("Tin
/// ảnh Phương Chi" → "Phương Chi"); a one-word prefix ("Tin", "Bài") may open a sentence,
/// so it is read only before a name all in capitals ("Bài THANH PHONG").
fn after_bare_prefix(line: &str) -> Option<&str> {
    if line.contains(':') {
        return None;
    }
    let ends = line
        .match_indices(' ')
        .map(|(i, _)| i)
        .take(MAX_PREFIX_WORDS);
    ends.filter_map(|end| {
        let head: Vec<&str> = joined_words(&line[..end]).collect();
        let name = line[end..].trim();
        // "Bài THANH PHONG": a one-word prefix before a name all in capitals, which no
        // sentence's words are.
        let capitals = name.split_whitespace().count() >= 2
            && name.chars().any(char::is_uppercase)
            && !name.chars().any(char::is_lowercase);
        let prefix = BYLINE_PREFIXES.iter().any(|p| {
            let words: Vec<&str> = joined_words(p).collect();
            (words.len() >= 2 || capitals)
                && words.len() == head.len()
                && words.iter().zip(&head).all(|(w, h)| eq_ci(w, h))
        });
        (prefix && is_short(name) && is_name_like(name)).then_some(name)
    })
    .next()
}

/// Most words of a byline prefix and what joins them ("Tin, bài và ảnh").
const MAX_PREFIX_WORDS: usize = 5;

/// The words of a byline prefix without the marks and "và" that join them.
fn joined_words(s: &str) -> impl Iterator<Item = &str> {
    s.split([' ', ',', '/', '&', '-', '–', '+'])
        .filter(|w| !w.is_empty() && !eq_ci(w, words::AND))
}

/// Longest unit after a byline's dash, in words.
const UNIT_WORDS: usize = 5;

/// Removes a role suffix: "HỒNG HÀ (Thực hiện)" → ("HỒNG HÀ", true).
fn strip_role(line: &str) -> (&str, bool) {
    let line = line.trim();
    // "BTT Gp Bắc Ninh tổng hợp", "PV tổng hợp": a role in lower case, unbracketed, after
    // a capitalised name.
    if let Some(name) = BYLINE_ROLES.iter().find_map(|r| {
        let name = line.strip_suffix(r)?.strip_suffix(' ')?;
        (r.starts_with(char::is_lowercase) && name.starts_with(char::is_uppercase)).then_some(name)
    }) {
        return (name.trim_end(), true);
    }
    if let Some(open) = line.rfind('(') {
        let inner = line[open + 1..].trim_end_matches(')').trim();
        if line.ends_with(')')
            && BYLINE_ROLES
                .iter()
                .any(|r| r.eq_ignore_ascii_case(inner) || *r == inner)
        {
            return (line[..open].trim_end(), true);
        }
    }
    (line, false)
}

/// True for a short line of at most eight words without a final full stop.
fn is_short(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (1..=8).contains(&n) && !s.ends_with('.')
}

/// True when the line reads like a personal name or names: capitalised words, all-caps
/// words or initials ("Phương Thảo", "NGUYỄN HÂN", "T.SỸ", "Minh Ngọc - Hồng Hà").
fn is_name_like(s: &str) -> bool {
    if s.is_empty() || s.chars().count() > 60 || s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| !matches!(*w, "-" | "–" | "&") && *w != words::AND)
        .collect();
    (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            // "ẢNH:": a word before a colon labels what follows (a photo's credit), it
            // names no one.
            !w.contains(':') && (is_name_word(w) || is_caps_word(w) || is_initials(w))
        })
}

/// True for initials with dots: "N.H", "T.SỸ", "M.N".
fn is_initials(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|part| part.is_empty() || is_caps_word(part) || is_name_word(part))
        && w.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporter_source_with_unit() {
        assert_eq!(
            reporter_as_source("Nguồn tin: Thu Hà - Phòng Quản lý Khoa học"),
            Some("Thu Hà")
        );
        assert_eq!(reporter_as_source("Nguồn tin: Minh Anh"), Some("Minh Anh"));
    }

    fn author(lines: &[&str]) -> Option<(String, bool)> {
        find(lines, 1, &|_| false).map(|b| (b.author, b.keep_line))
    }

    #[test]
    fn a_name_with_its_second_syllable_in_lower_case_is_the_author() {
        for (line, want) in [
            ("Minh trần", Some("Minh trần")),
            ("Minh hiếu.", Some("Minh hiếu")),
            ("Cùng thảo luận", None),
        ] {
            let got = author(&["T", "Ngày 12/4, hội nghị diễn ra.", line]);
            assert_eq!(got.map(|g| g.0), want.map(str::to_owned), "{line}");
        }
    }

    #[test]
    fn a_newsroom_group_is_the_author() {
        let got = author(&["T", "Ngày 12/4, hội nghị diễn ra.", "Nhóm PV miền Trung"]);
        assert_eq!(got, Some(("Nhóm PV miền Trung".to_owned(), false)));
    }

    #[test]
    fn a_unit_after_the_name_is_dropped() {
        let cases = [
            ("Lê Văn Ba (Trung tâm Văn hóa huyện)", Some("Lê Văn Ba")),
            ("Thu Hà (PV)", Some("Thu Hà")),
            ("Lê Thị Mai – Hội LHPN huyện", Some("Lê Thị Mai")),
            // A unit in capitals after the dash is no second name.
            ("TRẦN AN – HỘI NÔNG DÂN XÃ B", Some("TRẦN AN")),
            ("Tin, ảnh: Lê Thị Mai – PCT Hội huyện", Some("Lê Thị Mai")),
            // The prefix's words glued or without their comma, the dash glued to the name.
            ("Tin,ảnh: Lê Văn Ba", Some("Lê Văn Ba")),
            ("Tin ảnh: Văn Ba- Thị trấn.", Some("Văn Ba")),
            ("Tin & ảnh: Lê Văn Ba", Some("Lê Văn Ba")),
            ("Tin - Ảnh: Lê Văn Ba", Some("Lê Văn Ba")),
            ("Tác giả bài viết: Lê Văn Ba", Some("Lê Văn Ba")),
            // A prefix of two words with its colon left out; one word may open a sentence.
            ("Tin ảnh Phương Chi", Some("Phương Chi")),
            ("Bài THANH PHONG", Some("THANH PHONG")),
            (
                "Người đăng: Nhà báo, Ths. Chu Huy Phương",
                Some("Chu Huy Phương"),
            ),
            ("Tin, ảnh Lê Văn Ba", Some("Lê Văn Ba")),
            // The photo's credit after the text's, a newsroom tag or a paper after the name.
            ("Tin: Trần Bình, ảnh: Lê Cường", Some("Trần Bình")),
            ("Tin, ảnh: Lê Văn Ba - CTV", Some("Lê Văn Ba")),
            ("Thu Hà/Báo Lào Cai", Some("Thu Hà")),
            ("Anh Quốc/ PG Huế tổng hợp", Some("Anh Quốc")),
            // The writer's degree or professional title is no part of the name.
            ("Bài và ảnh: Ths.KTS Lê Hữu Trúc", Some("Lê Hữu Trúc")),
            ("Tin, ảnh: PGS.TS Lê Văn Ba", Some("Lê Văn Ba")),
            // An abbreviated unit after a name in capitals; a syllable there is the name's.
            ("THANH HÀ TTVH", Some("THANH HÀ")),
            ("Hội nghị (Ảnh minh họa) diễn ra.", None),
            // Ends with a bracket, so it reaches the name test, which refuses it.
            ("Toàn cảnh hội nghị (Ảnh minh họa)", None),
        ];
        for (line, want) in cases {
            let got = author(&["T", "Ngày 12/4, hội nghị diễn ra.", line]);
            assert_eq!(got, want.map(|n| (n.to_owned(), true)), "{line}");
        }
    }

    #[test]
    fn byline_forms() {
        let lead = "Ngày 12/4, hội nghị diễn ra.";
        assert_eq!(
            author(&["T", lead, "Phương Thảo"]),
            Some(("Phương Thảo".into(), false))
        );
        assert_eq!(
            author(&["T", lead, "NGUYỄN HÂN"]),
            Some(("NGUYỄN HÂN".into(), false))
        );
        assert_eq!(author(&["T", lead, "T.SỸ"]), Some(("T.SỸ".into(), false)));
        // Two names joined by a dash are read whole.
        assert_eq!(
            author(&["T", lead, "Minh Ngọc - Hồng Hà"]),
            Some(("Minh Ngọc - Hồng Hà".into(), false))
        );
        assert_eq!(
            author(&["T", lead, "Tin: Ngọc Thu"]),
            Some(("Ngọc Thu".into(), true))
        );
        assert_eq!(
            author(&["T", lead, "Tin, ảnh: Minh Anh"]),
            Some(("Minh Anh".into(), true))
        );
        assert_eq!(
            author(&[
                "T",
                lead,
                "Tin, ảnh: Hội Nông dân các xã vùng cao huyện Mường Tè tỉnh Lai Châu."
            ]),
            Some((
                "Hội Nông dân các xã vùng cao huyện Mường Tè tỉnh Lai Châu".into(),
                true
            ))
        );
        assert_eq!(
            author(&["T", lead, "HỒNG HÀ (Thực hiện)"]),
            Some(("HỒNG HÀ".into(), true))
        );
        assert_eq!(author(&["T", lead, "PV"]), Some(("PV".into(), false)));
        assert_eq!(
            author(&[
                "T",
                lead,
                "Tác giả: Kim Oanh",
                "Nguồn tin: Cổng Thông tin điện tử tỉnh"
            ]),
            Some(("Kim Oanh".into(), true))
        );
        assert_eq!(
            author(&["T", lead, "Nguồn tin: Sao Khuê"]),
            Some(("Sao Khuê".into(), true))
        );
        assert_eq!(
            author(&["T", lead, "Nguồn tin: Cổng Thông Tin Điện Tử"]),
            None
        );
    }

    #[test]
    fn not_bylines() {
        let lead = "Ngày 12/4, hội nghị diễn ra.";
        assert_eq!(author(&["T", lead, "Toàn cảnh Hội nghị"]), None);
        assert_eq!(author(&["T", lead, "Một số hình ảnh tại Hội nghị:"]), None);
        assert_eq!(author(&["T", lead, "#MTTQ #KhoiKhe"]), None);
        // A sentence after the prefix is no credited body.
        assert_eq!(
            author(&[
                "T",
                lead,
                "Bài: Hội nghị đã diễn ra thành công tốt đẹp đúng kế hoạch."
            ]),
            None
        );
        assert_eq!(author(&["T", lead, "Công tác được triển khai tốt."]), None);
        // A name joined to a bare photo credit: "ẢNH:" labels a credit, it is no unit.
        assert_eq!(author(&["T", lead, "Vy ẢNH:"]), None);
        assert_eq!(author(&["T", lead]), None);
    }

    #[test]
    fn a_publisher_is_no_author() {
        for line in ["Báo Lào Cai", "Tin, ảnh: Báo Lào Cai", "Theo Báo Lào Cai"] {
            let got = find(&["T", "Ngày 12/4, hội nghị diễn ra.", line], 1, &|_| false);
            assert!(
                got.as_ref().is_none_or(|b| b.publisher && b.keep_line),
                "{line}"
            );
        }
        // A personal name that starts like a site ("Trang") is still an author.
        let got = find(
            &["T", "Ngày 12/4, hội nghị diễn ra.", "Trang Lê"],
            1,
            &|_| false,
        );
        assert!(got.is_some_and(|b| !b.publisher));
    }

    #[test]
    fn a_unit_that_signs_the_article() {
        for (line, want) in [
            ("Ban Tổ chức", Some("Ban Tổ chức")),
            ("Khoa Nghiệp vụ Cơ sở", Some("Khoa Nghiệp vụ Cơ sở")),
            // An event named or a scene shown is no signature.
            ("Hội nghị tổng kết năm", None),
            ("Ban Chấp hành mới ra mắt", None),
        ] {
            let got = find(&["T", "Ngày 12/4, hội nghị diễn ra.", line], 1, &|_| false);
            assert_eq!(got.as_ref().map(|b| b.author.as_str()), want, "{line}");
            assert!(got.is_none_or(|b| b.rule == "byline.unit"));
        }
    }

    #[test]
    fn after_an_end_marker() {
        let got = find(&["T", "Kết thúc./.", "Phòng Tham mưu"], 1, &|i| i == 2);
        assert_eq!(got.map(|b| b.author), Some("Phòng Tham mưu".into()));
    }

    #[test]
    fn units_places_and_roles_around_the_name() {
        let lead = "Chiều 15/01, tại hội trường UBND phường An Bình, Hội A tổ chức hội thi.";
        let cases = [
            // A place the article names after "phường", then the writer.
            ("An Bình - Đức Lợi", Some("Đức Lợi")),
            // Two names joined by a dash stay whole.
            ("Minh Ngọc - Hồng Hà", Some("Minh Ngọc - Hồng Hà")),
            // A newsroom tag, the name, an abbreviated role.
            ("CTV Yến Khanh - TH", Some("Yến Khanh")),
            // A role in lower case after the name, unbracketed.
            ("BTT Gp Bắc Ninh tổng hợp", Some("BTT Gp Bắc Ninh")),
            (
                "Đăng bởi: Phòng Quản lý Chất lượng",
                Some("Phòng Quản lý Chất lượng"),
            ),
            (
                "Tin, ảnh: Đặng Quốc Dưỡng – Phó chủ tịch Liên minh HTX tỉnh",
                Some("Đặng Quốc Dưỡng"),
            ),
            // An abbreviated unit signs; a site's name does not.
            ("BTT Giáo xứ", Some("BTT Giáo xứ")),
            ("HCM CityWeb", None),
            // Without a prefix a long position after the dash is a portrait's caption.
            (
                "Thầy Lê Văn Ba – Phó hiệu trưởng phát biểu tại hội nghị",
                None,
            ),
        ];
        for (line, want) in cases {
            let got = find(&["T", lead, line], 1, &|_| false);
            assert_eq!(got.map(|b| b.author).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn a_name_in_capitals_keeps_its_syllables() {
        let got = author(&["T", "Ngày 12/4, hội nghị diễn ra.", "NGUYỄN QUỲNH GIANG"]);
        assert_eq!(got, Some(("NGUYỄN QUỲNH GIANG".to_owned(), false)));
        // One capital at the end is an initial, not a unit.
        let got = author(&["T", "Ngày 12/4, hội nghị diễn ra.", "Nguyễn Văn B"]);
        assert_eq!(got, Some(("Nguyễn Văn B".to_owned(), false)));
    }
}
