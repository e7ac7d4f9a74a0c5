//! Small text helpers shared by the parser: white space, case-insensitive prefixes,
//! sentences and words. All offsets are byte offsets into NFC text.

use super::rules::DOTTED_ABBREVIATIONS;
use super::rules::KIN_WORDS;
use super::rules::RANKS;

/// A character class for "not a letter or digit" after a word in a pattern: the punctuation
/// and space that follow words in (space-folded) articles. Cheaper to compile than
/// `[^\p{L}\p{N}]`, which costs a fresh process about 0.2 ms per use.
pub const NON_WORD: &str = r#"(?:[ :,.;!?()\[\]"“”'‘’/\-–—…]|$)"#;

/// `s` in lower case, each character keeping its UTF-8 length (one whose lower case is
/// longer stays as written), so byte offsets found in the copy are offsets of `s`. Patterns
/// match the copy instead of using `(?i)`, whose Unicode case folding is slow to compile.
pub fn lower_same_len(s: &str) -> String {
    s.chars()
        .map(|c| {
            let l = lower(c);
            if l.len_utf8() == c.len_utf8() {
                l
            } else {
                c
            }
        })
        .collect()
}

/// The largest char boundary of `s` at or before `i` (the length when `i` is past it).
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One paragraph analysed once: its sentences and its lower-case copy, which every finder
/// reads instead of splitting or lower-casing the text again.
#[derive(Debug)]
pub struct Paragraph<'a> {
    /// The paragraph as written.
    pub text: &'a str,
    /// [`lower_same_len`] of the text: byte offsets agree with `text`.
    pub lower: String,
    /// Byte ranges of the sentences ([`sentences`]).
    pub sentences: Vec<(usize, usize)>,
}

impl<'a> Paragraph<'a> {
    /// Analyses a paragraph.
    pub fn new(text: &'a str) -> Self {
        Paragraph {
            text,
            lower: lower_same_len(text),
            sentences: sentences(text),
        }
    }

    /// The sentences, trimmed, as slices of the text.
    pub fn sentence_strs(&self) -> impl Iterator<Item = &'a str> + '_ {
        let text = self.text;
        self.sentences.iter().map(move |&(a, b)| text[a..b].trim())
    }

    /// The lower-case copy of `part`, a slice of this paragraph's text.
    pub fn lower_of(&self, part: &str) -> &str {
        self.lower_within(part)
            .expect("lower_of takes a slice of the paragraph")
    }

    /// The lower-case copy of `part` when it is a slice of this paragraph's text.
    pub fn lower_within(&self, part: &str) -> Option<&str> {
        let start = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        (start <= self.text.len() && start + part.len() <= self.text.len())
            .then(|| &self.lower[start..start + part.len()])
    }
}

/// Folds runs of white space to one space and trims the ends.
pub fn fold_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Lower-cases one character (Vietnamese letters lower-case to one character).
///
/// The parser lower-cases every character it compares, so the letters of Vietnamese text
/// are mapped here by their code points (Latin-1 capitals +0x20, the Latin Extended
/// Additional block in upper/lower pairs, the six letters of Latin Extended-A and -B);
/// Unicode's table search is left for the rest.
fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0..=0x7F => return c.to_ascii_lowercase(),
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x1EA0..=0x1EFF => u | 1,
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 => u + 1,
        0x1AF => 0x1B0,
        0xDF..=0xFF | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => u,
        _ => return c.to_lowercase().next().unwrap_or(c),
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// True when `a` and `b` are the same text but for case.
pub fn eq_ci(a: &str, b: &str) -> bool {
    a.chars().map(lower).eq(b.chars().map(lower))
}

/// True when `s` ends with `suffix`, compared case-insensitively (no word boundary).
pub fn ends_with_ci(s: &str, suffix: &str) -> bool {
    let n = suffix.chars().count();
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => eq_ci(&s[i..], suffix),
        _ => suffix.is_empty() || (s.chars().count() == n && eq_ci(s, suffix)),
    }
}

/// True when `word` is one of the table's entries, but for case.
pub fn is_one_of_ci(word: &str, table: &[&str]) -> bool {
    match indexed(table) {
        Some(index) => {
            let mut found = false;
            index.walk(word, |_, next, _| found |= next.is_none());
            found
        }
        None => table.iter().any(|w| eq_ci(word, w)),
    }
}

/// Byte length of `prefix` at the start of `s`, compared case-insensitively and ending at a
/// word boundary; `None` when `s` does not start with it.
pub fn prefix_ci(s: &str, prefix: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = chars.next()?;
        if lower(c) != lower(p) {
            return None;
        }
    }
    let end = chars.next().map_or(s.len(), |(i, _)| i);
    let boundary = prefix.chars().last().is_none_or(|c| !c.is_alphanumeric())
        || s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    boundary.then_some(end)
}

/// The longest entry of `table` that starts `s` (case-insensitive, at a word boundary), with
/// its byte length in `s`.
pub fn longest_prefix<'t>(s: &str, table: &[&'t str]) -> Option<(&'t str, usize)> {
    let Some(index) = indexed(table) else {
        return longest_prefix_scan(s, table);
    };
    // The deepest entries that end at a word boundary win; of equals, the last in the table
    // (what `max_by_key` over the table gives).
    let mut best = None;
    index.walk(s, |end, next, ended| {
        let next_open = next.is_none_or(|c| !c.is_alphanumeric());
        if let Some(e) = ended
            .iter()
            .filter(|e| e.open_end || next_open)
            .max_by_key(|e| e.index)
        {
            best = Some((table[e.index as usize], end));
        }
    });
    best
}

/// [`longest_prefix`] by comparing `s` with each entry.
fn longest_prefix_scan<'t>(s: &str, table: &[&'t str]) -> Option<(&'t str, usize)> {
    table
        .iter()
        .filter_map(|entry| prefix_ci(s, entry).map(|len| (*entry, len)))
        .max_by_key(|(_, len)| *len)
}

/// True when `s` ends with `suffix` (case-insensitive) starting at a word boundary.
pub fn ends_with_word_ci(s: &str, suffix: &str) -> bool {
    let n = suffix.chars().count();
    let start = match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => i,
        _ => return false,
    };
    prefix_ci(&s[start..], suffix) == Some(s.len() - start)
        && s[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Finds `needle` as a whole word (case-insensitive) in `s`, returning its byte range.
pub fn find_word_ci(s: &str, needle: &str) -> Option<(usize, usize)> {
    find_all_words_ci(s, needle).next()
}

/// Every whole-word, case-insensitive occurrence of `needle` in `s`, as byte ranges.
pub fn find_all_words_ci<'a>(
    s: &'a str,
    needle: &'a str,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    // Compare the first letter in both cases without lower-casing every character of `s`,
    // and look only where the first byte of either spelling of it stands (`memchr2`), not
    // at every character: a UTF-8 lead byte is never inside a character, so each hit is a
    // character's start.
    let first = needle.chars().next().map(lower).unwrap_or(' ');
    let first_upper = first.to_uppercase().next().unwrap_or(first);
    let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
    let (lead_lower, lead_upper) = (lead(first), lead(first_upper));
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(k) = memchr::memchr2(lead_lower, lead_upper, &s.as_bytes()[from..]) {
            let i = from + k;
            from = i + 1;
            let c = s[i..].chars().next()?;
            if c != first && c != first_upper {
                continue;
            }
            if s[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric())
            {
                continue;
            }
            if let Some(len) = prefix_ci(&s[i..], needle) {
                return Some((i, i + len));
            }
        }
        None
    })
}

/// Every whole-word, case-insensitive occurrence of any entry of `table` in `s`, as byte
/// ranges with the entry, ordered by start, then end, then table order: what
/// [`find_all_words_ci`] finds for each entry, in one pass over `s` instead of one per entry.
pub fn find_all_words_of_ci<'a, 't>(
    s: &'a str,
    table: &'a [&'t str],
) -> impl Iterator<Item = (usize, usize, &'t str)> + 'a {
    let index = indexed(table).filter(|_| !table.contains(&""));
    // Without an index (a short or ad-hoc list): each entry's matches, merged.
    let mut merged = Vec::new();
    if index.is_none() {
        for (k, entry) in table.iter().enumerate() {
            merged.extend(find_all_words_ci(s, entry).map(|(a, b)| (a, b, k, *entry)));
        }
        merged.sort_by_key(|&(a, b, k, _)| (a, b, k));
    }
    let mut pending: Vec<(usize, usize, u32)> = Vec::new();
    let mut after_word = false;
    let mut chars = s.char_indices();
    let indexed_matches = std::iter::from_fn(move || loop {
        let index = index?;
        if let Some((a, b, k)) = pending.pop() {
            return Some((a, b, table[k as usize]));
        }
        let (i, c) = chars.next()?;
        let starts = !after_word;
        after_word = c.is_alphanumeric();
        if !starts {
            continue;
        }
        // `find_all_words_ci` looks only where the entry's first letter is written in
        // either case.
        let first = lower(c);
        if c != first && first.to_uppercase().next() != Some(c) {
            continue;
        }
        index.walk(&s[i..], |end, next, ended| {
            let next_open = next.is_none_or(|c| !c.is_alphanumeric());
            for e in ended.iter().filter(|e| e.open_end || next_open) {
                pending.push((i, i + end, e.index));
            }
        });
        // Popped from the end: shortest first, then table order.
        pending.sort_by_key(|&(_, b, k)| std::cmp::Reverse((b, k)));
    });
    merged
        .into_iter()
        .map(|(a, b, _, entry)| (a, b, entry))
        .chain(indexed_matches)
}

/// Tables shorter than this are scanned: comparing a few entries costs less than finding
/// the table's index and walking it.
const INDEXED_LEN: usize = 5;

/// The index of `table` when it is a table of the rule file long enough to be worth it.
fn indexed(table: &[&str]) -> Option<&'static WordIndex> {
    if table.len() < INDEXED_LEN {
        return None;
    }
    super::rules::word_index(table)
}

/// One entry of a [`WordIndex`].
#[derive(Debug)]
pub struct IndexEntry {
    /// Where its lower-case characters start in [`WordIndex::chars`].
    start: u32,
    /// How many characters it has.
    len: u32,
    /// Its position in the table.
    index: u32,
    /// It ends with no letter or digit (or is empty): no word boundary needs to follow it.
    open_end: bool,
}

/// A table's entries in order of their lower-case characters: the entries a text starts
/// with are found by narrowing the range of entries one character of the text at a time (a
/// trie walk with no nodes to build), instead of comparing the text with every entry.
#[derive(Debug)]
pub struct WordIndex {
    /// The lower-case characters of every entry, one entry after another.
    chars: Vec<char>,
    /// The entries, sorted by their lower-case characters.
    entries: Vec<IndexEntry>,
}

impl WordIndex {
    /// Indexes the entries of a table.
    pub fn new(table: &[&str]) -> Self {
        let mut chars = Vec::with_capacity(table.iter().map(|w| w.len()).sum());
        let mut entries = Vec::with_capacity(table.len());
        for (k, word) in table.iter().enumerate() {
            let start = chars.len();
            chars.extend(word.chars().map(lower));
            entries.push(IndexEntry {
                start: start as u32,
                len: (chars.len() - start) as u32,
                index: k as u32,
                open_end: word
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric()),
            });
        }
        let key = |e: &IndexEntry| &chars[e.start as usize..(e.start + e.len) as usize];
        entries.sort_by(|a, b| key(a).cmp(key(b)).then(a.index.cmp(&b.index)));
        WordIndex { chars, entries }
    }

    /// Walks `s` from its start: for each number of characters `n` such that some entries
    /// equal the first `n` characters of `s` but for case, calls `visit` with the byte
    /// offset after them, the character of `s` there and those entries. Shorter first.
    fn walk(&self, s: &str, mut visit: impl FnMut(usize, Option<char>, &[IndexEntry])) {
        let (mut lo, mut hi) = (0, self.entries.len());
        let mut depth = 0;
        let mut chars = s.char_indices();
        loop {
            let next = chars.next();
            // Every entry in lo..hi starts with the first `depth` characters of `s`; those
            // that have no more sort first.
            let ended = self.entries[lo..hi].partition_point(|e| e.len as usize == depth);
            if ended > 0 {
                let end = next.map_or(s.len(), |(i, _)| i);
                visit(end, next.map(|(_, c)| c), &self.entries[lo..lo + ended]);
                lo += ended;
            }
            let Some((_, c)) = next else { return };
            if lo == hi {
                return;
            }
            let c = lower(c);
            let at = |e: &IndexEntry| self.chars[e.start as usize + depth];
            let range = &self.entries[lo..hi];
            let a = range.partition_point(|e| at(e) < c);
            let b = a + range[a..].partition_point(|e| at(e) == c);
            if a == b {
                return;
            }
            (lo, hi) = (lo + a, lo + b);
            depth += 1;
        }
    }
}

/// True when the word is written like a name syllable: an upper-case letter then lower-case
/// letters ("Nguyễn", "Y"), not an abbreviation ("UBND").
pub fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => chars.all(|c| c.is_lowercase()),
        _ => false,
    }
}

/// True when `word` reads as one Vietnamese syllable: an optional initial consonant, one
/// or more vowels, an optional final ("NGUYỄN", "Quỳnh"); "PYT" or "TTVH" do not.
pub fn is_syllable(word: &str) -> bool {
    use super::rules::{SYLLABLE_CONSONANTS, SYLLABLE_FINALS, SYLLABLE_INITIALS};
    let lower = word.to_lowercase();
    let vowels_only = |s: &str| {
        !s.is_empty()
            && s.chars().all(|c| {
                let mut buf = [0u8; 4];
                c.is_alphabetic() && !SYLLABLE_CONSONANTS.contains(&&*c.encode_utf8(&mut buf))
            })
    };
    let middle_ok = |rest: &str| {
        vowels_only(rest)
            || SYLLABLE_FINALS
                .iter()
                .any(|f| rest.strip_suffix(f).is_some_and(vowels_only))
    };
    middle_ok(&lower)
        || SYLLABLE_INITIALS
            .iter()
            .any(|i| lower.strip_prefix(i).is_some_and(middle_ok))
}

/// True when the word is written in capitals only ("NGUYỄN", "DTD").
pub fn is_caps_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && word.chars().all(|c| !c.is_lowercase())
}

/// Number of white-space separated words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Trims white space and the given end punctuation from the end of `s`.
pub fn trim_end_punct(s: &str) -> &str {
    s.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–—".contains(c))
}

/// The character that ends the line, ignoring closing quotes and brackets.
pub fn final_char(s: &str) -> Option<char> {
    s.trim_end()
        .trim_end_matches(['”', '"', '’', '»', ')'])
        .chars()
        .next_back()
}

/// True when the line ends like a finished sentence.
pub fn ends_sentence(s: &str) -> bool {
    matches!(final_char(s), Some('.' | '!' | '?' | '…' | ':' | ';' | '/'))
}

/// Byte ranges of the sentences of a paragraph.
///
/// A sentence ends at ".", "!", "?" or "…" followed by white space and a capital letter,
/// a digit, a quote or a bracket, except inside brackets, after an abbreviation that takes a
/// dot ("TP. Quy Nhơn") and after a single capital initial ("em M. (người ngồi)").
///
/// A run of more than [`MAX_SENTENCE`] bytes without such an end is cut at a space: no
/// sentence of an article is that long (the corpora's longest is about 1 KB), and every
/// finder's work on one sentence stays bounded, so hostile text is read in linear time.
pub fn sentences(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    // The last space of the current sentence, as an index into `chars`.
    let mut last_space = None;
    while k < chars.len() {
        let (i, c) = chars[k];
        k += 1;
        if i - start > MAX_SENTENCE {
            if let Some(sp) = last_space.filter(|&sp: &usize| chars[sp].0 > start) {
                out.push((start, chars[sp].0));
                start = chars[sp].0 + 1;
                k = sp + 1;
                last_space = None;
                continue;
            }
        }
        if c == ' ' {
            last_space = Some(k - 1);
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '.' | '!' | '?' | '…' if depth == 0 => {
                // Look past further end marks ("./.", "...").
                let mut j = k;
                while j < chars.len() && ".!?…/".contains(chars[j].1) {
                    j += 1;
                }
                if j >= chars.len() || !chars[j].1.is_whitespace() {
                    continue;
                }
                let mut n = j;
                while n < chars.len() && chars[n].1.is_whitespace() {
                    n += 1;
                }
                let Some(&(_, next)) = chars.get(n) else {
                    continue;
                };
                let opens = next.is_uppercase()
                    || next.is_ascii_digit()
                    || "“\"‘'(•-–".contains(next)
                    || !next.is_alphanumeric() && !next.is_whitespace();
                if !opens || (c == '.' && is_abbreviation_before(&s[start..i], &s[chars[n].0..])) {
                    continue;
                }
                out.push((start, chars[j].0));
                start = chars[n].0;
                k = n;
                last_space = None;
            }
            _ => {}
        }
    }
    if start < s.len() && !s[start..].trim().is_empty() {
        out.push((start, s.len()));
    }
    out
}

/// The longest sentence read as one, in bytes (see [`sentences`]).
pub const MAX_SENTENCE: usize = 4096;

/// True when the text before a dot ends with an abbreviation or an initial, `next` being
/// the text after the dot and its space. A single capital ("T.Ư", "N.H.") before a rank
/// ("… Công an T.Ư. Đại tướng Tô Lâm …") ends the sentence: a rank opens a person's
/// mention, never the rest of a name.
pub fn is_abbreviation_before(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let last = word.rsplit(['.', ',']).next().unwrap_or(word);
    // Every academic title abbreviated ("Ths.DSCKII. Ngô Trí Diễm") is one too.
    let titles = &super::rules::ACADEMIC_ABBREVIATIONS;
    if DOTTED_ABBREVIATIONS.contains(&word)
        || DOTTED_ABBREVIATIONS.contains(&last)
        || titles.contains(&last)
    {
        return true;
    }
    // A single capital letter: an initial ("N.H.", "em M."), unless it is a Roman numeral
    // after a lower-case word ("quý I.").
    let mut chars = last.chars();
    let single = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    if single && longest_prefix(next, &RANKS).is_some() {
        return false;
    }
    if single && ["I", "V", "X"].contains(&last) && last == word {
        let previous = before[..before.len() - word.len()].trim_end();
        let previous = previous.rsplit(' ').next().unwrap_or("");
        return is_one_of_ci(previous, &KIN_WORDS);
    }
    single
}

/// The sentences of a paragraph as string slices.
pub fn sentence_strs(s: &str) -> Vec<&str> {
    sentences(s)
        .into_iter()
        .map(|(a, b)| s[a..b].trim())
        .collect()
}

/// Splits `s` at top-level (outside brackets) occurrences of `sep`, returning byte ranges.
pub fn split_top_level(s: &str, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if c == sep && depth == 0 => {
                out.push((start, i));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push((start, s.len()));
    out
}

/// Byte offset of the first top-level ", " in `s` (outside brackets and quotes).
pub fn first_top_level_comma(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' | '[' | '“' => depth += 1,
            ')' | ']' | '”' => depth = (depth - 1).max(0),
            ',' if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_case_insensitive_and_whole_words() {
        assert_eq!(
            prefix_ci("thượng tá Lê", "Thượng tá"),
            Some("thượng tá".len())
        );
        assert_eq!(prefix_ci("Lễ kỷ niệm", "Lễ"), Some("Lễ".len()));
        assert_eq!(prefix_ci("Lễnh", "Lễ"), None);
        assert_eq!(prefix_ci("Đ/c Trần", "đ/c"), Some(4));
    }

    #[test]
    fn sentences_respect_abbreviations_and_brackets() {
        let s = "Tại Quảng trường (TP. Quy Nhơn), lễ diễn ra. Đồng chí A chủ trì. Em M. (người ngồi) bị đánh.";
        let got = sentence_strs(s);
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(got[0].ends_with("diễn ra."));
        assert_eq!(got[2], "Em M. (người ngồi) bị đánh.");
        // "tp." for "thành phố" in lower case, before the city's name.
        let got = sentence_strs("HT Thích A – Trưởng ban GHPGVN tp. Đà Nẵng; TT Thích B.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_paragraph_is_analysed_once() {
        let p = Paragraph::new("Đại tá LÊ VĂN A dự. Hội nghị kết thúc.");
        let sentences: Vec<&str> = p.sentence_strs().collect();
        assert_eq!(sentences, ["Đại tá LÊ VĂN A dự.", "Hội nghị kết thúc."]);
        assert_eq!(p.lower_of(sentences[0]), "đại tá lê văn a dự.");
        assert_eq!(p.lower_of(&sentences[1][..8]), "hội ng");
    }

    #[test]
    fn endless_sentences_are_cut_at_a_space() {
        let s = "một hai ba ".repeat(2000);
        let s = s.trim_end();
        let got = sentences(s);
        assert!(got.len() > 1);
        assert!(got.iter().all(|&(a, b)| b - a <= MAX_SENTENCE + 1));
        let joined: Vec<&str> = got.iter().map(|&(a, b)| &s[a..b]).collect();
        assert_eq!(joined.join(" "), s);
    }

    #[test]
    fn sentence_end_marker() {
        let got = sentence_strs("Kết thúc./. Phương Thảo");
        assert_eq!(got, vec!["Kết thúc./.", "Phương Thảo"]);
    }

    #[test]
    fn fast_lower_case_agrees_with_unicode() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let expected = c.to_lowercase().next().unwrap_or(c);
            assert_eq!(lower(c), expected, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn words() {
        assert!(is_name_word("Nguyễn"));
        assert!(!is_name_word("UBND"));
        assert!(is_caps_word("NGUYỄN"));
        assert!(ends_with_word_ci("UBND tỉnh đã", "đã"));
        assert!(!ends_with_word_ci("nghĩa", "đã"));
        let s = "Dự hội nghị có";
        assert_eq!(find_word_ci(s, "có").map(|(a, _)| &s[a..]), Some("có"));
        assert_eq!(find_word_ci("cócó", "có"), None);
        assert!(eq_ci("ĐẾN NĂM", "đến năm") && !eq_ci("đến", "đến năm"));
        assert!(ends_with_ci("mục tiêu Đến năm", "đến năm") && !ends_with_ci("năm", "đến năm"));
        assert!(is_one_of_ci("Án", &["thảo", "án"]));
    }

    /// Texts that start with each of the words, written in several cases and followed by a
    /// letter, a space, a comma or nothing, and inside a sentence.
    fn probes(words: &[&str]) -> Vec<String> {
        let mut out = Vec::new();
        for w in words {
            let mut first_up = w.chars();
            let first_up: String = first_up
                .next()
                .map(|c| c.to_uppercase().chain(first_up).collect())
                .unwrap_or_default();
            for form in [w.to_string(), w.to_uppercase(), w.to_lowercase(), first_up] {
                for tail in ["", " x", "x", ", y", "a b", "-z"] {
                    out.push(format!("{form}{tail}"));
                    out.push(format!("Ông {form}{tail} và {w}"));
                }
                let mut cut = form.clone();
                cut.pop();
                out.push(cut);
            }
        }
        out.push(String::new());
        out
    }

    /// Every word of every table of the rule file.
    fn all_words() -> Vec<&'static str> {
        super::super::rules::TABLE_NAMES
            .iter()
            .flat_map(|n| super::super::rules::table(n).words.iter().copied())
            .collect()
    }

    #[test]
    fn table_indexes_find_what_the_scans_find() {
        let others: Vec<&str> = all_words().into_iter().step_by(13).collect();
        let others = probes(&others);
        for name in super::super::rules::TABLE_NAMES {
            let table = super::super::rules::table(name).words;
            if table.is_empty() {
                continue;
            }
            let own = probes(table);
            assert!(
                table.len() < INDEXED_LEN || indexed(table).is_some(),
                "{name} has no index"
            );
            for s in own.iter().chain(others.iter().step_by(10)) {
                assert_eq!(
                    longest_prefix(s, table),
                    longest_prefix_scan(s, table),
                    "{name}: {s:?}"
                );
                assert_eq!(
                    is_one_of_ci(s, table),
                    table.iter().any(|w| eq_ci(s, w)),
                    "{name}: {s:?}"
                );
                let mut scanned: Vec<(usize, usize, usize)> = Vec::new();
                for (k, w) in table.iter().enumerate() {
                    scanned.extend(find_all_words_ci(s, w).map(|(a, b)| (a, b, k)));
                }
                scanned.sort();
                let found: Vec<(usize, usize, &str)> = find_all_words_of_ci(s, table).collect();
                let expected: Vec<(usize, usize, &str)> =
                    scanned.iter().map(|&(a, b, k)| (a, b, table[k])).collect();
                assert_eq!(found, expected, "{name}: {s:?}");
            }
        }
    }

    /// [`find_all_words_ci`] as it was written before it skipped with `memchr2`: every
    /// character of `s` compared.
    fn find_all_words_ci_each_char<'a>(
        s: &'a str,
        needle: &'a str,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        let first = needle.chars().next().map(lower).unwrap_or(' ');
        let first_upper = first.to_uppercase().next().unwrap_or(first);
        s.char_indices().filter_map(move |(i, c)| {
            if c != first && c != first_upper {
                return None;
            }
            if s[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric())
            {
                return None;
            }
            prefix_ci(&s[i..], needle).map(|len| (i, i + len))
        })
    }

    #[test]
    fn word_search_skips_to_first_letters_and_finds_the_same() {
        let words = all_words();
        let probes = probes(&words.iter().copied().step_by(17).collect::<Vec<_>>());
        let needles: Vec<&str> = words
            .iter()
            .copied()
            .step_by(5)
            .chain(["", " ", "Đ", "đồng chí", "ở"])
            .collect();
        for s in &probes {
            for needle in &needles {
                let got: Vec<_> = find_all_words_ci(s, needle).collect();
                let want: Vec<_> = find_all_words_ci_each_char(s, needle).collect();
                assert_eq!(got, want, "{s:?} {needle:?}");
            }
        }
        let s = "Đồng chí ĐỒNG CHÍ đồng chí;đồng chíx Ở ở";
        for needle in ["đồng chí", "Ở", "chí", " "] {
            let got: Vec<_> = find_all_words_ci(s, needle).collect();
            let want: Vec<_> = find_all_words_ci_each_char(s, needle).collect();
            assert_eq!(got, want, "{needle:?}");
        }
    }

    #[test]
    fn an_index_keeps_case_boundaries_and_ties() {
        let table = ["Lễ", "lễ hội", "LỄ HỘI", "Đ/c", "hội", "hội nghị", "x"];
        let index = WordIndex::new(&table);
        let mut got = Vec::new();
        index.walk("lễ hội nghị", |end, _, ended| {
            got.push((end, ended.iter().map(|e| e.index).collect::<Vec<_>>()))
        });
        assert_eq!(got, [("lễ".len(), vec![0]), ("lễ hội".len(), vec![1, 2])]);
        assert!(table.len() >= INDEXED_LEN);
        assert_eq!(super::super::rules::word_index(&table).map(|_| ()), None);
    }

    #[test]
    fn syllables_and_abbreviations() {
        for w in [
            "NGUYỄN", "Quỳnh", "gì", "HÂN", "khuya", "nghiêng", "ước", "A",
        ] {
            assert!(is_syllable(w), "{w}");
        }
        for w in ["PYT", "TTVH", "PV", "HĐND", "BCH"] {
            assert!(!is_syllable(w), "{w}");
        }
    }
}
