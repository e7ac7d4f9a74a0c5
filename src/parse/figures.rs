//! Figures: statistical quantities as written ("63/63", "48.000", "90%", "7 - 7,2%"), each
//! with its sentence; not dates, years, times, durations, ordinals, document numbers or
//! numbers inside names.

use super::rules::words;
use std::collections::HashSet;
use std::sync::LazyLock;

use super::pattern::Pattern;

use super::rules::{
    APPROXIMATORS, COUNTED_CAPITALISED, COUNTED_UNITS, DAY_RANGE_JOINERS, FIGURES_DAY_NAMES,
    FIGURES_NAME_VERBS, GLUED_UNITS, LIST_JOINERS, LIST_NOUNS, MAGNITUDE_WORDS, NUMBERED_NAMES,
    NUMBER_NOT_FIGURE_AFTER, NUMBER_NOT_FIGURE_BEFORE, PLACE_ADMIN_UNITS, QUANTITY_BEFORE_NUMBER,
    RATIO_COUNTERS,
};
use super::text::{
    ends_with_word_ci, eq_ci, find_word_ci, is_caps_word, is_one_of_ci, longest_prefix, prefix_ci,
    Paragraph,
};
use crate::model::Figure;

/// A number token: digits with "." or "," groups, ratios with "/", an optional "%", glued or
/// after one space ("62,5 %", as some publishers type a rate).
static NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(r"(?-u)[0-9]+(?:[.,][0-9]+)*(?:/[0-9]+(?:[.,][0-9]+)*)*(?: ?%)?")
});

/// The second half of a range: " - 7,2%".
static RANGE_TAIL: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(r"(?-u)^\s?(?:-|–)\s?[0-9]+(?:[.,][0-9]+)*%?"));

/// Finds the figures of the given texts (body paragraphs and captions, in reading order),
/// de-duplicated by value in order of first appearance.
pub fn find(paragraphs: &[&Paragraph]) -> Vec<Figure> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for paragraph in paragraphs {
        let text = paragraph.text;
        let spans = &paragraph.sentences;
        let mut last_end = 0;
        for m in NUMBER.find_iter(text) {
            if m.start() < last_end {
                continue;
            }
            let (start, mut end) = (m.start(), m.end());
            if !m.as_str().ends_with('%') {
                let ranged = text[end..].starts_with([' ', '-', '–']);
                if let Some(tail) = RANGE_TAIL.find(&text[end..]).filter(|_| ranged) {
                    end += tail.end();
                }
            }
            // "từ 50.000 đến 100.000 đồng": a range of quantities written out is one figure,
            // as "7 - 7,2%" is; its first number is read as any other.
            let to = range_to(&text[..start], &text[end..]).map(|len| end + len);
            last_end = to.unwrap_or(end);
            let value = &text[start..end];
            // The sentences are in order: a binary search, not a scan per figure.
            let k = spans.partition_point(|&(_, b)| b <= start);
            let (a, b) = spans
                .get(k)
                .copied()
                .filter(|&(a, _)| a <= start)
                .unwrap_or((0, text.len()));
            if quoted_name(&text[a.min(start)..b.max(end)], start - a.min(start))
                || !is_figure(&text[..b.max(end)], start, end, value)
            {
                continue;
            }
            let value = &text[start..to.unwrap_or(end)];
            if seen.insert(value.to_owned()) {
                out.push(Figure {
                    value: value.to_owned(),
                    context: text[a..b].trim().to_owned(),
                });
            }
        }
    }
    out
}

/// True when the number `value` at `start..end` of `text` is a statistical quantity;
/// `text` ends with the number's sentence.
fn is_figure(text: &str, start: usize, end: usize, value: &str) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    // Attached to letters or codes: "km2", "D1.100", "I/2024", "0h", "8A3", "10/CT-TTg".
    if let Some(c) = before.chars().next_back() {
        // "“1 triệu sáng kiến”": a number opening a quoted name or slogan.
        if c.is_alphanumeric() || "/.-_–@#“".contains(c) {
            return false;
        }
    }
    let mut next = after.chars();
    match (next.next(), next.next()) {
        // "20,7km", "rộng 10m": a number with its unit of measure glued on.
        (Some(c), _) if c.is_alphabetic() && !glued_unit(after) => return false,
        // "10/CT-TTg", "57-NQ/TW"; but "7%/năm" is a rate.
        (Some('/' | '-'), Some(c)) if c.is_alphabetic() && !value.ends_with('%') => return false,
        _ => {}
    }
    // "Santa Ana, CA 92704": five digits after a state's two capitals are a postal code.
    if is_postal_code(before, value) {
        return false;
    }
    // "24 - 25/05/2018": a range of days before its month.
    let ranged = value.contains(['-', '–']);
    // "tết thiếu nhi 1 - 6", "ngày Nhà giáo Việt Nam 20 - 11": a named day's date, spaced.
    if ranged && is_day_month(&value.replace(' ', "")) && after_day_name(before) {
        return false;
    }
    if ranged
        && after.starts_with(['/', '.', '-'])
        && after[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // "hơn 200 người gồm …", "trên 2000 tác phẩm", "có tới 9/11 nhóm hàng": a number after an
    // approximation is a quantity, whatever its shape; "79 triệu đồng" too.
    let spaced_before = before.trim_end();
    let approximate = APPROXIMATORS
        .iter()
        .any(|w| ends_with_word_ci(spaced_before, w));
    let magnitude = longest_prefix(after.trim_start(), &MAGNITUDE_WORDS).is_some();
    let counted_next = after.trim_start().starts_with(|c: char| c.is_lowercase());
    // "có 6/6 thôn", "Long Xuyên 9/9 cơ sở": a ratio of a count before the counted noun,
    // after a counting verb, or a whole count after the name of the place counted (a day's
    // name before its date, "Ngày pháp luật Việt Nam 09/11", is no whole count).
    let whole_count = value
        .split_once('/')
        .is_some_and(|(n, d)| n == d && !n.starts_with('0'));
    let after_name = whole_count
        && spaced_before.len() + 1 == before.len()
        && spaced_before.rsplit(' ').next().is_some_and(|w| {
            super::text::is_name_word(w) && !is_one_of_ci(w, &NUMBER_NOT_FIGURE_BEFORE)
        });
    let ratio = value.contains('/')
        && counted_next
        && longest_prefix(after.trim_start(), &NUMBER_NOT_FIGURE_AFTER).is_none()
        && (after_name
            || RATIO_COUNTERS
                .iter()
                .any(|w| ends_with_word_ci(spaced_before, w)))
        && is_ratio(value);
    let parts: Vec<&str> = value.split(['-', '–']).map(str::trim).collect();
    let shaped = parts.iter().all(|p| is_quantity_shape(p)) && !is_day_month(value);
    // An approximation makes a year-shaped number a count ("trên 2000 tác phẩm"), not a
    // fraction one ("hơn 2/3 chặng đường").
    let counted_year = approximate && counted_next && !value.contains('/');
    if !(shaped || counted_year || ratio) {
        return false;
    }
    // "từ 11 đến 13/5", "ngày 16 và 17-7": the first day of a range.
    if is_day(value) && starts_with_day_month(after) {
        return false;
    }
    // Dates, ordinals and codes are whole numbers or ratios ("ngày 31", "thứ 22/63",
    // "số 04"); a decimal or grouped number after such a word is a quantity ("tổng số 26,9").
    let whole = value
        .chars()
        .all(|c| c.is_ascii_digit() || "/-– ".contains(c));
    let quantity = magnitude
        || approximate
        || QUANTITY_BEFORE_NUMBER
            .iter()
            .any(|w| ends_with_word_ci(before.trim_end(), w));
    // "… 147.024 bản, 144 loại báo": a word before a comma names no number.
    let listed = before.trim_end_matches([' ', '(']).ends_with([',', ';']);
    if whole
        && !quantity
        && !listed
        && is_one_of_ci(previous_word(before), &NUMBER_NOT_FIGURE_BEFORE)
    {
        return false;
    }
    // "sinh viên khóa 9, 10 có thành tích": a number listed after an ordinal (a number after
    // such a word) goes on with it.
    if whole && !quantity && listed && after_ordinal(before) {
        return false;
    }
    // "Nghị quyết Trung ương 4 của Đảng"; not "… Trung ương, 646 điểm cầu".
    let spaced = before.trim_end_matches(' ');
    let named =
        spaced.len() < before.len() && NUMBERED_NAMES.iter().any(|w| ends_with_word_ci(spaced, w));
    if whole && named {
        return false;
    }
    // "Trường Tiểu học Tân Công Chí 2 tổ chức Hội nghị": a number after two capitalised
    // words, then the name's verb, ends the name.
    if whole && spaced.len() + 1 == before.len() && ends_name(spaced) {
        let verb = longest_prefix(after.trim_start(), &FIGURES_NAME_VERBS);
        if verb.is_some_and(|(_, n)| after.trim_start()[n..].starts_with(' ')) {
            return false;
        }
    }
    if value.ends_with('%') {
        return true;
    }
    // "70, 75, 80, 85 và 90 tuổi": each number of a list counts what the last one does.
    let rest = after_list(after);
    let counted_unit = longest_prefix(rest, &COUNTED_UNITS).is_some();
    if !counted_unit
        && (longest_prefix(rest, &NUMBER_NOT_FIGURE_AFTER).is_some()
            || (!ratio && longest_prefix(rest, &LIST_NOUNS).is_some())
            || (!approximate
                && (announces_list(rest)
                    || sentence_announces_list(after)
                    || restates_list(after, value))))
    {
        return false;
    }
    // "chùa Huệ Quang – 02 Bùi Giáng, phường Hòa An": a house number before its street.
    if whole && is_street(rest) {
        return false;
    }
    // A small bare number not followed by a counted noun names something
    // ("Quân khu 5,", "Sư đoàn 3 Sao Vàng", "(1)").
    // A zero-padded number before a capitalised noun ("02 Hội nghị", "03 Ban") counts:
    // names and codes after "số" were told apart above.
    let padded = value.len() >= 2
        && value.starts_with('0')
        && value.bytes().any(|b| b != b'0')
        && rest.starts_with(char::is_uppercase);
    let plain_small = value.len() <= 3 && value.chars().all(|c| c.is_ascii_digit()) && !padded;
    // "13 VKSND cấp huyện": units written as an abbreviation are counted too.
    let abbreviation = rest
        .split([' ', ',', '.'])
        .next()
        .is_some_and(|w| w.chars().count() >= 2 && is_caps_word(w));
    // A joiner ("85 và …") counts nothing itself.
    let counted = (rest.chars().next().is_some_and(char::is_lowercase)
        && longest_prefix(rest, &LIST_JOINERS).is_none())
        || longest_prefix(rest, &COUNTED_CAPITALISED).is_some()
        || abbreviation;
    !plain_small || counted || quantity
}

/// True when `before` ends with a whole number of one or two digits after a word of
/// [`NUMBER_NOT_FIGURE_BEFORE`] and the comma of a list ("khóa 9, ").
fn after_ordinal(before: &str) -> bool {
    let Some(list) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let number = list.rsplit(' ').next().unwrap_or("");
    // An ordinal's number is short; "ngày 14 tháng 9 năm 2025, 32 khối lớp" ends a date.
    (1..=2).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && is_one_of_ci(
            previous_word(&list[..list.len() - number.len()]),
            &NUMBER_NOT_FIGURE_BEFORE,
        )
}

/// True when the number at byte `at` of `sentence` stands inside a short quotation, a name
/// or slogan (“Xây dựng gia đình 5 không 3 sạch”, “sánh vai với các cường quốc 5 châu”), not
/// in quoted speech (“Khi tôi yêu cầu thanh toán trước 70% chi phí, …”).
fn quoted_name(sentence: &str, at: usize) -> bool {
    let Some(open) = sentence[..at].rfind('“') else {
        return false;
    };
    if sentence[open..at].contains('”') {
        return false;
    }
    sentence[at..].find('”').is_some_and(|close| {
        super::text::word_count(&sentence[open..at + close]) <= QUOTED_NAME_WORDS
    })
}

/// Longest quoted name or slogan, in words.
const QUOTED_NAME_WORDS: usize = 10;

/// The length of " đến 100.000" after a number opened by "từ" (`before` ends with it), when
/// the second number is a quantity's, not a day's ("từ 11 đến 13/5").
fn range_to(before: &str, after: &str) -> Option<usize> {
    if !ends_with_word_ci(before.trim_end(), words::FROM) || !before.ends_with(' ') {
        return None;
    }
    let rest = after.strip_prefix(' ')?;
    let len = prefix_ci(rest, words::TO)?;
    let second = rest[len..].strip_prefix(' ')?;
    let m = NUMBER.find(second).filter(|m| m.start() == 0)?;
    let tail = &second[m.end()..];
    let date = tail.starts_with(['/', '.', '-', '–'])
        && tail[1..].starts_with(|c: char| c.is_ascii_digit());
    let glued = tail.starts_with(char::is_alphanumeric) && !glued_unit(tail);
    (!date && !glued && !m.as_str().contains('/')).then_some(1 + len + 1 + m.end())
}

/// True when `before` ends with two capitalised words of a name ("Tân Công Chí").
fn ends_name(before: &str) -> bool {
    let mut words = before.rsplit(' ');
    words
        .by_ref()
        .take(2)
        .filter(|w| super::text::is_name_word(w))
        .count()
        == 2
}

/// What follows a list of numbers that starts right after a number ("…, 80, 85 và 90 tuổi"
/// → "tuổi"), or `after` itself when no list follows.
fn after_list(after: &str) -> &str {
    let mut rest = after.trim_start();
    // Bounded, so a text of endless lists costs each number a few steps, not the rest of it.
    for _ in 0..MAX_LIST_NUMBERS {
        let joined = rest
            .strip_prefix(',')
            .or_else(|| longest_prefix(rest, &LIST_JOINERS).map(|(_, len)| &rest[len..]));
        // "…, 95 và trên 100 tuổi": an approximation inside the list.
        let Some(next) = joined.map(|j| {
            let j = j.trim_start();
            longest_prefix(j, &APPROXIMATORS).map_or(j, |(_, len)| j[len..].trim_start())
        }) else {
            return rest;
        };
        if !next.starts_with(|c: char| c.is_ascii_digit()) {
            return rest;
        }
        match NUMBER.find(next).filter(|m| m.start() == 0) {
            Some(m) if !next[m.end()..].starts_with(|c: char| c.is_alphanumeric()) => {
                rest = next[m.end()..].trim_start();
            }
            _ => return rest,
        }
    }
    rest
}

/// Most numbers of a list read through for what they count.
const MAX_LIST_NUMBERS: usize = 12;

/// True for "6/6", "9/11": a count out of a total no smaller than it.
fn is_ratio(value: &str) -> bool {
    let Some((n, d)) = value.split_once('/') else {
        return false;
    };
    n.parse::<u32>()
        .ok()
        .zip(d.parse::<u32>().ok())
        .is_some_and(|(n, d)| n >= 1 && n <= d)
}

/// True when `after` glues a unit of measure to its number ("20,7km", "rộng 10m", "200m2").
fn glued_unit(after: &str) -> bool {
    let unit: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    GLUED_UNITS.contains(&unit.as_str())
}

/// True for a whole number that may be a day of the month.
fn is_day(value: &str) -> bool {
    value.len() <= 2 && value.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// True for "17-7" or "4–7": a day and a month joined by a dash without spaces, written
/// like "12/4" (a range of counts is spaced, "7 - 7,2%", or not day-month shaped).
fn is_day_month(value: &str) -> bool {
    let Some((d, m)) = value.split_once(['-', '–']) else {
        return false;
    };
    is_day(d) && m.len() <= 2 && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
}

/// True when one of the last [`DAY_NAME_WORDS`] words of `before`, with no punctuation
/// after it, opens the name of a day ("tết thiếu nhi ").
fn after_day_name(before: &str) -> bool {
    before
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty())
        .take(DAY_NAME_WORDS)
        .take_while(|w| !w.ends_with([',', ';', '.', ':']))
        .any(|w| is_one_of_ci(w, &FIGURES_DAY_NAMES))
}

/// Most words of a day's name between its noun and its date ("Quốc tế Thiếu nhi").
const DAY_NAME_WORDS: usize = 5;

/// True when `after` joins the number before it to a day/month ("đến 13/5", "và 17-7-2020").
fn starts_with_day_month(after: &str) -> bool {
    let after = after.trim_start();
    let Some((_, len)) = longest_prefix(after, &DAY_RANGE_JOINERS) else {
        return false;
    };
    let rest = after[len..].trim_start();
    let day: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = &rest[day.len()..];
    let month: String = tail
        .chars()
        .skip(1)
        .take_while(char::is_ascii_digit)
        .collect();
    is_day(&day)
        && tail.starts_with(['/', '-', '.', '–'])
        && is_day_month(&format!("{day}-{month}"))
}

/// True for five digits after a word of two capital letters ("CA 92704", "TX 77072"): an
/// address's postal code, as overseas publishers write a venue's address.
fn is_postal_code(before: &str, value: &str) -> bool {
    let Some(state) = before.strip_suffix(' ') else {
        return false;
    };
    let state = state.rsplit(' ').next().unwrap_or(state);
    value.len() == 5
        && value.bytes().all(|b| b.is_ascii_digit())
        && state.len() == 2
        && state.bytes().all(|b| b.is_ascii_uppercase())
}

/// True when a token looks like a quantity, not a year or a date.
fn is_quantity_shape(token: &str) -> bool {
    let t = token.trim_end_matches('%').trim_end();
    if t.is_empty() {
        return false;
    }
    let is_year =
        |s: &str| s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
    if is_year(t) && !token.ends_with('%') {
        return false;
    }
    if t.contains('/') {
        let nums: Vec<&str> = t.split('/').collect();
        if nums.len() > 2 || nums.iter().any(|n| is_year(n)) {
            return false;
        }
        let small = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
        // "12/4" is a date; "63/63" a ratio.
        return !(small(nums[0], 31) && small(nums[1], 12));
    }
    // "97.92%": a rate is no date, its point is a decimal one.
    if token.ends_with('%') {
        return t.split('.').count() <= 2;
    }
    // "." groups thousands in exactly three digits; "22.4" or "17.2.2025" is a date.
    let int_part = t.split(',').next().unwrap_or(t);
    let groups: Vec<&str> = int_part.split('.').collect();
    groups.len() == 1 || groups[1..].iter().all(|g| g.len() == 3)
}

/// The word just before a position, without surrounding punctuation.
fn previous_word(before: &str) -> &str {
    let trimmed = before.trim_end_matches([' ', '(']);
    let word = trimmed.rsplit(' ').next().unwrap_or("");
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
}

/// True when `s` opens with a bracket that lists names: "(Tày, Nùng, Dao)", two or more
/// capitalised items without digits ("(tăng 25,9%)" is a rate, not a list).
fn brackets_names(s: &str) -> bool {
    let inner = s.trim_start_matches('(').split(')').next().unwrap_or("");
    let items: Vec<&str> = inner.split(',').map(str::trim).collect();
    items.len() >= 2
        && items
            .iter()
            .all(|i| i.starts_with(char::is_uppercase) && !i.contains(|c: char| c.is_ascii_digit()))
}

/// True when the words after a number lead to "gồm", ":" or "(về" (the number announces
/// a list: "4 hạng mục gồm: …", "03 tiêu chí (về số vụ, …)").
fn announces_list(rest: &str) -> bool {
    if names_what_it_counts(rest) {
        return true;
    }
    // "02 đề cương đề tài khoa học cấp Bộ năm 2011 của Viện X là: Đề tài …": however long
    // the counted noun phrase, the copula and a colon that end its clause open the items
    // it counts ("gồm:" far from the number may list another noun's: "886 SV … đến từ các
    // chuyên ngành bao gồm: …").
    let clause = &rest[..rest.find([',', ';', '.', ':']).unwrap_or(rest.len())];
    if rest[clause.len()..].starts_with(':')
        && eq_ci(clause.rsplit(' ').next().unwrap_or(""), words::COPULA)
    {
        return true;
    }
    // Past the counted noun only its bracket is looked for ("6 đồng chí cán bộ quản lý các
    // đơn vị trường học (A, B, …)"), up to a punctuation mark or another number, which
    // counts a noun of its own ("15 hội viên của 04 Chi Hội (A, B)").
    let mut numbered = false;
    for (i, word) in rest.split(' ').take(BRACKET_WORDS).enumerate() {
        let bracketed = word.strip_prefix('(').unwrap_or(word);
        if i >= LIST_WORDS && numbered {
            return false;
        }
        numbered |= word.starts_with(|c: char| c.is_ascii_digit());
        // "7 dân tộc chính (Tày, Nùng, …)": the bracket names what is counted.
        if bracketed.len() < word.len() && brackets_names(&rest[rest.find(word).unwrap_or(0)..]) {
            return true;
        }
        if i >= LIST_WORDS {
            if word.ends_with([',', ';', '.', ':']) {
                return false;
            }
            continue;
        }
        // "100 suất quà bao gồm nhu yếu phẩm": what the count is made of, in lower-case
        // common nouns, names no items (unlike "4 phó chủ tịch gồm các ông: A, B").
        if prefix_ci(word, words::INCLUDE) == Some(word.len()) {
            let next = rest.split(' ').nth(i + 1).unwrap_or("");
            let clause = rest.split(['.', ';']).next().unwrap_or(rest);
            if next.starts_with(char::is_lowercase)
                && prefix_ci(next, words::PLURAL).is_none()
                && !clause.contains(':')
            {
                return false;
            }
        }
        if prefix_ci(word, words::INCLUDE).is_some()
            || (bracketed.len() < word.len()
                && (prefix_ci(bracketed, words::ABOUT).is_some()
                    || prefix_ci(bracketed, words::INCLUDE).is_some()))
        {
            return true;
        }
        // "tại ba địa bàn: …": a venue follows what is counted.
        if prefix_ci(word, words::VENUE).is_some() {
            return false;
        }
        // "4 xã: Quảng Đông, Quảng Phú": a colon before capitalised names.
        if word.ends_with(':') {
            let after = rest.split_once(':').map_or("", |(_, a)| a.trim_start());
            return i > 0 || (after.starts_with(char::is_uppercase) && after.contains(','));
        }
        if word.ends_with([',', ';', '.']) {
            return false;
        }
    }
    false
}

/// True when the rest of the number's sentence (`after`) announces a list: it ends with a
/// colon after "gồm" ("bầu bổ sung 4 đồng chí tham gia Ban …, nhiệm kỳ 2018-2023, gồm:").
fn sentence_announces_list(after: &str) -> bool {
    let rest = after.trim_end();
    rest.ends_with(':') && find_word_ci(rest, words::INCLUDE).is_some()
}

/// True when the rest of the number's sentence restates the count as the list it announces:
/// "góp ý 04 clip … bao gồm 04 chuyên đề: “…”; “…”" (the same number after "gồm", then a
/// colon a few words on).
fn restates_list(after: &str, value: &str) -> bool {
    super::text::find_all_words_ci(after, words::INCLUDE).any(|(_, end)| {
        after[end..]
            .trim_start()
            .strip_prefix(value)
            .is_some_and(|rest| {
                rest.starts_with(' ') && rest.split(' ').take(LIST_WORDS).any(|w| w.ends_with(':'))
            })
    })
}

/// True when `rest` opens with a street's name and the administrative unit after it: up to
/// [`STREET_WORDS`] capitalised words, a comma, then "phường", "quận", "xã" ….
fn is_street(rest: &str) -> bool {
    let Some((street, unit)) = rest.split_once(',') else {
        return false;
    };
    let n = street.split_whitespace().count();
    (1..=STREET_WORDS).contains(&n)
        && street
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && longest_prefix(unit.trim_start(), &PLACE_ADMIN_UNITS).is_some()
}

/// Longest street name after a house number, in words.
const STREET_WORDS: usize = 5;

/// Words after a number read for "gồm", ":" or a bracket that announce a list.
const LIST_WORDS: usize = 6;
/// Words after a number read for a bracket of names.
const BRACKET_WORDS: usize = 12;

/// True when the counted noun (one or two lower-case words) is followed by the items it
/// counts: a person ("02 đồng chí PGS.TS. X – …") or names joined by "và" ("2 xã Thạnh Hòa
/// và Long Sơn"), also after the copula and the kind of thing they are ("02 phó khối là
/// trung tâm GDTX Bình Tân và Trà Ôn"). A copula alone does not tell ("401 hội viên là
/// cán bộ …", "2 cá nhân là Bí thư Chi bộ" say what they are).
fn names_what_it_counts(rest: &str) -> bool {
    let mut offset = 0;
    let mut after_copula = false;
    for (i, word) in rest.split(' ').take(COUNTED_WORDS).enumerate() {
        let here = &rest[offset..];
        offset += word.len() + 1;
        if i == 0 {
            if !word.starts_with(char::is_lowercase) {
                return false;
            }
            continue;
        }
        // An abbreviated title ("PGS.TS."), not a word one ("388 tân Bác sĩ Y khoa").
        if word.contains('.') && super::people::academic_len(here).is_some() {
            return true;
        }
        if word.starts_with(char::is_uppercase) {
            return names_joined(here);
        }
        if !word.starts_with(char::is_lowercase) {
            return false;
        }
        // The copula may follow the counted noun; a longer run of words without it
        // describes, it names nothing.
        if eq_ci(word, words::COPULA) && !after_copula {
            after_copula = true;
        } else if i >= 2 && !after_copula {
            return false;
        }
    }
    false
}

/// Most words read after a number for its items: the counted noun, the copula and the kind
/// of thing ("phó khối là trung tâm").
const COUNTED_WORDS: usize = 6;

/// True when `s` opens with capitalised names running to its clause's end, two of them
/// joined by "và" ("Thạnh Hòa và Long Sơn").
fn names_joined(s: &str) -> bool {
    let clause = &s[..s.find([',', ';', ':']).unwrap_or(s.len())];
    let joined = format!(" {} ", words::AND);
    clause.split_once(&joined).is_some_and(|(first, second)| {
        first.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && second.starts_with(char::is_uppercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<String> {
        find(&[&Paragraph::new(text)])
            .into_iter()
            .map(|f| f.value)
            .collect()
    }

    #[test]
    fn names_addresses_and_announced_lists_are_no_figures() {
        assert!(values("Ngày 6/5, bệnh viện Nhi đồng 2 đã tổ chức lễ.").is_empty());
        assert!(values(
            "Trường Tiểu học Tân Công Chí 2 tổ chức Hội nghị. Tân Công Chí 2 là hội nghị lớn."
        )
        .is_empty());
        assert_eq!(values("đã giám sát 3 tổ chức Đảng"), ["3"]);
        assert_eq!(
            values("trao học bổng cho 71 sinh viên khóa 9, 10 có thành tích tốt"),
            ["71"]
        );
        assert_eq!(values("Ngày 14 tháng 9 năm 2025, 32 khối lớp họp"), ["32"]);
        assert_eq!(values("phong trào “Dân vận khéo”, có 12 mô hình"), ["12"]);
        assert_eq!(
            values("“Khi tôi yêu cầu thanh toán trước 70% chi phí, cô gái gọi điện cho ai đó rồi hủy chuyến."),
            ["70%"]
        );
        assert!(
            values("góp ý 04 clip tuyên truyền tại Bảo tàng bao gồm 04 chuyên đề: “A”; “B”.")
                .is_empty()
        );
        assert!(values("chùa A – 02 Bùi Giáng, phường Hòa An, quận B").is_empty());
        assert!(values("Thánh A, sinh 1825 tại Quảng Trị.").is_empty());
        assert!(values(
            "Hội nghị đã bầu bổ sung 4 đồng chí tham gia Ban chấp hành, nhiệm kỳ 2018-2023, gồm:"
        )
        .is_empty());
        assert!(values(
            "ý kiến của 6 đồng chí cán bộ quản lý các đơn vị trường học (Kỳ Thượng, Tuần Châu)."
        )
        .is_empty());
        // A number between counts its own noun, the bracket is not the first's.
        assert_eq!(
            values("cho 15 hội viên của 04 Chi Hội (Hà Lộc, Đông Sơn)"),
            ["15"]
        );
        assert_eq!(
            values("nâng tổng số sách lên 147.024 bản, 144 loại báo"),
            ["147.024", "144"]
        );
        assert_eq!(values("kết nạp cho 95 Đoàn viên mới"), ["95"]);
        assert_eq!(values("trao quà cho 27 Đội viên xuất sắc"), ["27"]);
        assert_eq!(
            values("đã trao 12 Bằng khen của CĐYTVN và 13 Giấy khen cấp trường"),
            ["12", "13"]
        );
        assert_eq!(values("cùng với hơn 750 khóa sinh tham dự"), ["750"]);
    }

    #[test]
    fn statistics_are_figures() {
        assert_eq!(
            values("Nổi bật, 63/63 Công an địa phương đã tham mưu."),
            ["63/63"]
        );
        assert_eq!(
            values("bố trí trên 48.000 Cảnh sát tại 10.598 xã"),
            ["48.000", "10.598"]
        );
        assert_eq!(values("rút ngắn trên 90% thời gian"), ["90%"]);
        assert_eq!(
            values("hỗ trợ từ 50.000 đến 100.000 đồng/hội, trên 150.000 cây giống"),
            ["50.000 đến 100.000", "150.000"]
        );
        assert!(values("Từ 11 đến 13/5, Bộ tổ chức").is_empty());
        assert_eq!(
            values("đạt bình quân 7 - 7,2%/năm, thu 16.500 tỷ đồng"),
            ["7 - 7,2%", "16.500"]
        );
        assert_eq!(values("hơn 124 nghìn lượt truy cập"), ["124"]);
        assert_eq!(values("thấp hơn 100 trên phạm vi toàn quốc"), ["100"]);
        assert_eq!(values("có 2.213,5 tỷ đồng"), ["2.213,5"]);
        assert_eq!(values("tổ chức 02 Hội nghị bồi dưỡng"), ["02"]);
        // A range of counts stays whole (LABELLING: "từ 50.000 đến 100.000").
        assert_eq!(values("từ 5 đến 10 người"), ["5 đến 10"]);
        assert_eq!(
            values("63 điểm cầu tại các tỉnh trực thuộc Trung ương, 646 điểm cầu tại các huyện"),
            ["63", "646"]
        );
        assert_eq!(
            values("nam là 47.881.061 người (chiếm 49,8%), thép 560 triệu USD (tăng 44,6%)"),
            ["47.881.061", "49,8%", "560", "44,6%"]
        );
        assert_eq!(
            values("trong số 245 đơn vị, con số 81 hội viên, trên 900 ngày công"),
            ["245", "81", "900"]
        );
        assert_eq!(
            values("dài 20,7km, nối 13 VKSND cấp huyện, tặng 12 phần quà cho 260 ngư dân tại ba địa bàn: Thôn 2, Thôn 3; lên con số 81."),
            ["20,7", "13", "12", "260", "81"]
        );
        assert_eq!(
            values("dài 28,5m, rộng 10m, cao 14m trên diện tích gần 200m2; lớp 10A, QL1A"),
            ["28,5", "10", "14", "200"]
        );
        // What a count is made of is no list of its items.
        assert_eq!(
            values("đã tặng 100 suất quà bao gồm nhu yếu phẩm trị giá trên 300 đồng/suất"),
            ["100", "300"]
        );
        assert!(values("4 phó chủ tịch gồm các ông: Phan Văn Giàu, Lê Văn Hậu.").is_empty());
        // A long counted phrase, a calendar year in it, then the copula and a colon.
        assert!(values(
            "họp xét duyệt 02 đề cương đề tài khoa học cấp Bộ năm 2011 của Viện X là: Đề tài A"
        )
        .is_empty());
        // A named day's date, spaced; a range of counts is no date.
        assert!(values("vui tết thiếu nhi 1 - 6 cho các con.").is_empty());
        assert_eq!(values("mỗi buổi có 2 - 3 người."), ["2 - 3"]);
        // The copula, the kind of thing, then the names it counts; a copula alone says what
        // they are.
        assert!(values("bầu 02 phó khối là trung tâm GDTX Bình Tân và Trà Ôn.").is_empty());
        assert_eq!(values("có 2 cá nhân là Bí thư Chi bộ."), ["2"]);
        assert_eq!(
            values("có 30 đại biểu là hội viên nông dân của ấp."),
            ["30"]
        );
        // A count with no colon after a long phrase is still a figure.
        assert_eq!(
            values("đã trao 02 đề cương đề tài khoa học cấp Bộ năm 2011 của Viện X là Đề tài A"),
            ["02"]
        );
    }

    #[test]
    fn money_rates_approximations_and_ratios_are_figures() {
        assert_eq!(
            values("mỗi suất trị giá 300.000đ, tổng 12.000.000 đồng"),
            ["300.000", "12.000.000"]
        );
        assert_eq!(
            values("tốt nghiệp đạt 97.92%, loại giỏi 0.55%"),
            ["97.92%", "0.55%"]
        );
        assert_eq!(
            values("Hội quán số 2114 W. Mc Fadden Ave, Santa Ana CA 92704"),
            [] as [&str; 0]
        );
        // A rate typed with a space before its sign keeps the sign.
        assert_eq!(
            values("152 học sinh chiếm tỷ lệ 62,5 %, loại khá 1,3 %"),
            ["152", "62,5 %", "1,3 %"]
        );
        assert_eq!(values("hơn 200 người gồm cán bộ, đoàn viên"), ["200"]);
        assert_eq!(values("với trên 2000 tác phẩm nghệ thuật"), ["2000"]);
        assert_eq!(
            values("có 6/6 thôn giữ chuẩn, có tới 9/11 nhóm hàng tăng giá"),
            ["6/6", "9/11"]
        );
        assert_eq!(values("Long Xuyên 9/9 cơ sở Hội tổ chức Đại hội"), ["9/9"]);
        assert!(values("Ngày 9/9 các cơ sở tổ chức Đại hội; Hà Nội, 9/9 các đơn vị").is_empty());
        assert!(values("hưởng ứng Ngày pháp luật Việt Nam 09/11 trên địa bàn").is_empty());
        assert_eq!(values("tổng trị giá chương trình 79 triệu đồng"), ["79"]);
    }

    #[test]
    fn dates_times_durations_and_names_are_not() {
        let none = [
            "Ngày 12/4, tại Hà Nội",
            "Chiều 22.4, lãnh đạo",
            "Ngày 17.2.2025, Ban",
            "Ngày 23-6, tại Hà Nội; Sáng 22-9, ngày 10-4-2009 của Bộ",
            "năm 2024 và giai đoạn 2009-2019",
            "sơ kết 01 năm thực hiện, hạn trả lời trong 03 ngày (20-45 ngày)",
            "thực hiện tới 03 cấp",
            "lúc 11 giờ 47 phút, 0h",
            "xếp thứ 22/63 tỉnh thành, tụt 2 bậc",
            "Chỉ thị số 10/CT-TTg, Nghị quyết 57-NQ/TW, số 772/QĐ-TTg",
            "Quân khu 5, Sư đoàn 3 Sao Vàng, lớp 8A3, SN 2011",
            "dịch Covid 19 kéo dài, vào giữa thập niên 50, từ thế kỷ 19",
            "Nhân kỷ niệm 60 xây dựng và phát triển Trường, Học viện gửi lẵng hoa.",
            "tham gia cuộc vận động “Xây dựng gia đình 5 không 3 sạch”, chương trình",
            "02 lần được tặng, 15 tuổi trở lên",
            "trao giải thưởng cho 4 hạng mục gồm: A; B",
            "triển khai 03 tiêu chí (về số vụ, số người chết)",
            "tập trung vào 3 hướng đột phá chính",
            "đảm bảo TTATGT 24/24h, mật độ 290 người/km2",
            "Đề án 06 của Chính phủ, quý I/2024, tháng7/1931",
            "(1) Điều tra bằng phiếu điện tử",
            "Chiều qua (4-7), tại Hà Nội; trong hai ngày 25 và 26-10",
            "Trong ba ngày từ 11 đến 13/5, tại xã",
            "Vào lúc 8 giờ 00, ngày 21/5/2024",
            "tại ngõ 189 đường Cầu Diễn, sơ kết giai đoạn 1 Chương trình 212",
            "thực hiện Nghị quyết trung ương 4 của Đảng",
            "Chương trình “1 triệu sáng kiến” của công đoàn",
            "có 5 dân tộc chính (Tày, Nùng, Dao) cùng sinh sống",
            "phụ trách 4 xã: Quảng Đông, Quảng Phú, Cảnh Dương",
            "Khu phố 3 phường A đã tổ chức; nhân dân khu phố 8 đã hoàn thành",
            "cho các em học sinh khối 9 với sự tham gia; Khối 10 cũng dự",
            "dịch vụ công trực tuyến mức độ 2 được triển khai",
            "quán triệt Nghị quyết TW 8 và Kết luận 32; Hội nghị TW 4 khóa XII",
            // A list of ages, written with commas, "và" or dashes, and a range of days.
            "chúc thọ các cụ tròn 70, 75, 80, 85 và 90 tuổi",
            "chúc thọ các cụ 70 – 75 – 80 – 85 – 95 tuổi",
            "ở các độ tuổi 70, 85, 95 và trên 100 tuổi",
            "Đại hội diễn ra vào 24 - 25/05/2018",
            "nhiệm kỳ đã đi được hơn 2/3 chặng đường",
            "Tổng kết Chương trình 1 triệu sáng kiến",
        ];
        for text in none {
            let got = values(text);
            let allowed = ["290"];
            assert!(
                got.iter().all(|v| allowed.contains(&v.as_str())),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn figures_keep_their_sentence_and_are_deduplicated() {
        let got = find(&[&Paragraph::new("Có 3 dự án. Thêm 3 dự án và 5 địa phương.")]);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].context, "Thêm 3 dự án và 5 địa phương.");
    }

    #[test]
    fn counts_followed_by_what_they_count_and_calendar_years_are_not() {
        assert!(values("Dự án triển khai tại 2 xã Hòa Bình và Long Sơn.").is_empty());
        assert!(values("Ban thư ký gồm 02 đồng chí PGS.TS. Lê Văn An – Trưởng khoa.").is_empty());
        assert!(values("Đại lễ Phật đản PL. 2567 diễn ra tại chùa.").is_empty());
        assert!(values("Chi hội 4 Người cao tuổi ra mắt.").is_empty());
        assert_eq!(
            values("Hội có 401 hội viên là cán bộ và 2 xã mới."),
            ["401", "2"]
        );
        assert_eq!(
            values("Trường trao bằng cho 388 tân Bác sĩ Y khoa."),
            ["388"]
        );
    }
}
