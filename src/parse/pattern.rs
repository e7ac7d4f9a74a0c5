//! The parser's regular expressions, compiled without a literal prefilter.
//!
//! Building a prefilter means extracting the literal prefixes of every alternative, which for
//! the date and attendance patterns (many optional openers, one after another) is most of
//! their compile time: about 0.8 ms of a fresh process's first parse. The patterns run on
//! sentences and paragraphs of an article, where the lazy DFA alone is fast, so they are
//! compiled with `regex_automata`'s meta engine and `auto_prefilter(false)`. This wrapper
//! offers the small part of `regex::Regex`'s interface the parser uses.

use regex_automata::meta;
use regex_automata::util::captures::Captures as RawCaptures;

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern(meta::Regex);

/// A match: its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    /// Byte offset where the match starts.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset where the match ends.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    pub fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
}

/// The groups of one match.
#[derive(Debug)]
pub struct Captures<'h> {
    text: &'h str,
    caps: RawCaptures,
}

impl<'h> Captures<'h> {
    /// Group `i` (0: the whole match), when it took part.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|s| self.at(s.start, s.end))
    }

    /// The named group, when it took part.
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps
            .get_group_by_name(name)
            .map(|s| self.at(s.start, s.end))
    }

    /// A match of this text.
    fn at(&self, start: usize, end: usize) -> Match<'h> {
        Match {
            text: self.text,
            start,
            end,
        }
    }
}

impl std::ops::Index<&str> for Captures<'_> {
    type Output = str;

    /// The text of a named group; panics when it did not take part, as `regex` does.
    fn index(&self, name: &str) -> &str {
        let m = self
            .name(name)
            .unwrap_or_else(|| panic!("no group named {name}"));
        &self.text[m.start..m.end]
    }
}

impl Pattern {
    /// Compiles `pattern`; the parser's patterns are fixed, so an error is a bug.
    pub fn new(pattern: &str) -> Pattern {
        let config = meta::Config::new().auto_prefilter(false);
        let re = meta::Regex::builder()
            .configure(config)
            .build(pattern)
            .unwrap_or_else(|e| panic!("bad pattern {pattern:?}: {e}"));
        Pattern(re)
    }

    /// The first match in `text`.
    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        self.0.find(text).map(|m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    /// Every match in `text`, left to right.
    pub fn find_iter<'h, 'r>(&'r self, text: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.find_iter(text).map(move |m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    /// True when the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// The groups of the first match in `text`.
    pub fn captures<'h>(&self, text: &'h str) -> Option<Captures<'h>> {
        let mut caps = self.0.create_captures();
        self.0.captures(text, &mut caps);
        caps.is_match().then_some(Captures { text, caps })
    }

    /// The groups of every match in `text`, left to right.
    pub fn captures_iter<'h, 'r>(&'r self, text: &'h str) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.0
            .captures_iter(text)
            .map(move |caps| Captures { text, caps })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_regex() {
        let p = Pattern::new(r"(?P<d>[0-9]+)/(?P<m>[0-9]+)(?:/(?P<y>[0-9]{4}))?");
        let c = p.captures("ngày 12/4 và 3/5/2024").unwrap();
        assert_eq!((&c["d"], &c["m"]), ("12", "4"));
        assert!(c.name("y").is_none());
        assert_eq!(c.get(0).unwrap().as_str(), "12/4");
        let all: Vec<&str> = p.find_iter("1/2, 3/4").map(|m| m.as_str()).collect();
        assert_eq!(all, ["1/2", "3/4"]);
        let years: Vec<String> = p
            .captures_iter("1/2/2020 3/4/2021")
            .map(|c| c["y"].to_owned())
            .collect();
        assert_eq!(years, ["2020", "2021"]);
        assert!(p.is_match("x 1/2") && !p.is_match("x"));
        assert_eq!(
            p.find("xx 10/11").map(|m| (m.start(), m.end())),
            Some((3, 8))
        );
    }
}
