//! The parser's regular expressions, found with DFAs built at compile time.
//!
//! Compiling the patterns (parsing them, building their NFAs and the engines on top) was most
//! of a fresh process's first parse. build.rs compiles every pattern of the rule file into the
//! forward and reverse DFAs that find its matches and bakes them into the binary; here they
//! are loaded without compiling anything, and a match is found by scanning forward for its end
//! and back for its start, as `regex_automata`'s meta engine itself does. A DFA has no groups:
//! when a caller asks for them, the meta engine is compiled at that first use, without its own
//! DFAs and from the syntax tree build.rs wrote the code of (no parsing), and run anchored on
//! the span the DFA found, which is again what the meta engine does inside (so the groups are
//! those `regex` would give). A pattern built in code, or one the
//! build could not turn into a DFA, is compiled at run time with the meta engine, without a
//! literal prefilter (extracting the literal prefixes of every alternative costs more than it
//! saves on sentence-sized texts). This wrapper offers the small part of `regex::Regex`'s
//! interface the parser uses.

use std::sync::OnceLock;

use regex_automata::dfa::{dense, regex::Regex as DfaRegex};
use regex_automata::meta;
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{
    Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, Look,
    Repetition,
};

/// Bytes aligned for a DFA to be read in place.
#[repr(C)]
struct Aligned<B: ?Sized> {
    _align: [u32; 0],
    bytes: B,
}

/// What build.rs made of one pattern of the rule file.
struct Built {
    /// The pattern's text, `{NON_WORD}` filled in.
    text: &'static str,
    /// Its forward DFA, serialised.
    fwd: &'static [u8],
    /// Its reverse DFA, serialised.
    rev: &'static [u8],
    /// Builds its syntax tree, when build.rs could write how.
    hir: Option<SyntaxTree>,
}

/// Builds a pattern's syntax tree with `regex_syntax`'s constructors.
type SyntaxTree = fn() -> Hir;

// `AUTOMATA`: what build.rs made of each pattern of the rule file, sorted by text.
include!(concat!(env!("OUT_DIR"), "/automata.rs"));

/// Set in the parse benchmark's "before" half: compile every pattern at run time, as before
/// build.rs built their DFAs.
const AT_RUN_TIME_ENV: &str = "VNBRIEF_BENCH_PATTERNS_AT_RUN_TIME";

/// Whether [`AT_RUN_TIME_ENV`] is set, read once per process.
fn at_run_time() -> bool {
    static SET: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SET.get_or_init(|| std::env::var_os(AT_RUN_TIME_ENV).is_some())
}

/// A DFA read in place from the binary.
type Dfa = DfaRegex<dense::DFA<&'static [u32]>>;

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    /// The pattern's text, for the meta engine built at first need.
    text: String,
    /// The DFAs build.rs made, if any: they find every match.
    dfa: Option<Dfa>,
    /// Builds the pattern's syntax tree without parsing it, when build.rs wrote how.
    hir: Option<SyntaxTree>,
    /// The meta engine: compiled at once when there are no DFAs, else at the first group asked for.
    meta: OnceLock<meta::Regex>,
}

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
    /// Loads the DFAs of `pattern` built by build.rs, or else compiles it; the parser's
    /// patterns are fixed, so an error is a bug.
    pub fn new(pattern: &str) -> Pattern {
        let (dfa, hir) = if at_run_time() {
            (None, None)
        } else {
            prebuilt(pattern).map_or((None, None), |(dfa, hir)| (Some(dfa), hir))
        };
        let meta = OnceLock::new();
        if dfa.is_none() {
            let _ = meta.set(compile(pattern, search_config()));
        }
        Pattern {
            text: pattern.to_owned(),
            dfa,
            hir,
            meta,
        }
    }

    /// The meta engine (compiled now if it was not yet, without DFAs: it only reads groups;
    /// from the syntax tree build.rs wrote the code of, which is what parsing the text gives).
    fn meta(&self) -> &meta::Regex {
        self.meta.get_or_init(|| {
            let config = search_config().hybrid(false);
            match self.hir {
                Some(hir) => meta::Regex::builder()
                    .configure(config)
                    .build_from_hir(&hir())
                    .unwrap_or_else(|e| panic!("bad pattern {:?}: {e}", self.text)),
                None => compile(&self.text, config),
            }
        })
    }

    /// The groups of the match the DFA found at `start..end`: the meta engine run anchored
    /// on that span, as it does after its own DFAs found it.
    fn groups_at<'h>(&self, text: &'h str, start: usize, end: usize) -> Captures<'h> {
        let re = self.meta();
        let mut caps = re.create_captures();
        let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
        re.search_captures(&input, &mut caps);
        debug_assert_eq!(caps.get_match().map(|m| m.range()), Some(start..end));
        Captures { text, caps }
    }

    /// The first match in `text`.
    pub fn find<'h>(&self, text: &'h str) -> Option<Match<'h>> {
        let m = match &self.dfa {
            Some(dfa) => dfa.find(text.as_bytes())?,
            None => self.meta().find(text)?,
        };
        Some(Match {
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
        let (dfa, meta) = match &self.dfa {
            Some(dfa) => (Some(dfa.find_iter(text.as_bytes())), None),
            None => (None, Some(self.meta().find_iter(text))),
        };
        dfa.into_iter()
            .flatten()
            .chain(meta.into_iter().flatten())
            .map(move |m| Match {
                text,
                start: m.start(),
                end: m.end(),
            })
    }

    /// True when the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.dfa {
            Some(dfa) => dfa.is_match(text.as_bytes()),
            None => self.meta().is_match(text),
        }
    }

    /// The groups of the first match in `text`.
    pub fn captures<'h>(&self, text: &'h str) -> Option<Captures<'h>> {
        if self.dfa.is_some() {
            let m = self.find(text)?;
            return Some(self.groups_at(text, m.start, m.end));
        }
        let re = self.meta();
        let mut caps = re.create_captures();
        re.captures(text, &mut caps);
        caps.is_match().then_some(Captures { text, caps })
    }

    /// The groups of every match in `text`, left to right.
    pub fn captures_iter<'h, 'r>(&'r self, text: &'h str) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        let (dfa, meta) = match &self.dfa {
            Some(_) => (Some(self.find_iter(text)), None),
            None => (None, Some(self.meta().captures_iter(text))),
        };
        let found = dfa
            .into_iter()
            .flatten()
            .map(move |m| self.groups_at(text, m.start, m.end));
        found.chain(
            meta.into_iter()
                .flatten()
                .map(move |caps| Captures { text, caps }),
        )
    }
}

/// The DFAs build.rs made for `pattern`, read in place, with the function that builds its
/// syntax tree; none when it made none (or they do not load, as on a big-endian target).
fn prebuilt(pattern: &str) -> Option<(Dfa, Option<SyntaxTree>)> {
    let i = AUTOMATA
        .binary_search_by(|built| built.text.cmp(pattern))
        .ok()?;
    let Built { fwd, rev, hir, .. } = AUTOMATA[i];
    // Checking every transition of the DFAs (`from_bytes`) cost a sixth of the first parse.
    // SAFETY: the bytes are the `to_bytes_little_endian` output of DFAs that build.rs built
    // with this same regex-automata (Cargo.lock holds one 0.4 version for both), embedded
    // unchanged and aligned; their label, endianness and format version are still checked
    // here, and `the_embedded_dfas_are_valid` reads every one with the checking `from_bytes`.
    let (fwd, _) = unsafe { dense::DFA::from_bytes_unchecked(fwd) }.ok()?;
    let (rev, _) = unsafe { dense::DFA::from_bytes_unchecked(rev) }.ok()?;
    Some((DfaRegex::builder().build_from_dfas(fwd, rev), hir))
}

/// The meta engine's configuration for a pattern compiled at run time: no literal prefilter
/// and no full DFA (the lazy one is as fast on these texts and costs nothing to build). In the
/// benchmark's "before" half, the configuration as it was (a full DFA for small patterns).
fn search_config() -> meta::Config {
    let config = meta::Config::new().auto_prefilter(false);
    if at_run_time() {
        config
    } else {
        config.dfa(false)
    }
}

/// The meta engine for `pattern`.
fn compile(pattern: &str, config: meta::Config) -> meta::Regex {
    meta::Regex::builder()
        .configure(config)
        .build(pattern)
        .unwrap_or_else(|e| panic!("bad pattern {pattern:?}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::super::rule_file::RuleFile;
    use super::super::rules::pattern;
    use super::*;
    use std::path::Path;

    /// The names of the rule file's patterns.
    fn names() -> Vec<String> {
        let file: RuleFile = toml::from_str(include_str!("rules.toml")).unwrap();
        file.patterns.into_keys().collect()
    }

    #[test]
    fn every_rule_pattern_has_its_dfas() {
        for name in names() {
            assert!(
                Pattern::new(&pattern(&name)).dfa.is_some(),
                "build.rs made no DFA for pattern {name}, so a fresh process compiles it (the \
                 build's warning says why: a Unicode word boundary, an empty match, over 4 MiB)"
            );
        }
        assert_eq!(AUTOMATA.len(), names().len());
    }

    #[test]
    fn the_written_syntax_trees_are_the_parsed_ones() {
        for built in AUTOMATA {
            let hir = built
                .hir
                .unwrap_or_else(|| panic!("{}: no tree", built.text));
            let parsed = regex_syntax::Parser::new().parse(built.text).unwrap();
            assert!(hir() == parsed, "{}", built.text);
        }
    }

    #[test]
    fn the_embedded_dfas_are_valid() {
        for built in AUTOMATA {
            for bytes in [built.fwd, built.rev] {
                assert!(dense::DFA::from_bytes(bytes).is_ok(), "{}", built.text);
            }
        }
    }

    /// Every paragraph of the corpora, as written and in lower case.
    fn corpus_texts() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut texts = Vec::new();
        for dir in std::fs::read_dir(root).unwrap().filter_map(Result::ok) {
            if !dir.file_name().to_string_lossy().starts_with("corpus") {
                continue;
            }
            for file in std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(Result::ok)
            {
                if file.path().extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(file.path()).unwrap();
                    for line in text.lines() {
                        texts.push(line.to_owned());
                        texts.push(line.to_lowercase());
                    }
                }
            }
        }
        texts
    }

    /// Every match and every group's span, through the `Pattern` interface.
    fn spans(p: &Pattern, text: &str) -> Vec<Vec<Option<(usize, usize)>>> {
        p.captures_iter(text)
            .map(|c| {
                (0..c.caps.group_len())
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn the_dfas_find_what_the_meta_engine_finds() {
        let texts = corpus_texts();
        assert!(texts.len() > 1000);
        for name in names() {
            let text = pattern(&name);
            let new = Pattern::new(&text);
            // The meta engine as the parser used it before build.rs built DFAs.
            let old = Pattern {
                text: text.clone(),
                dfa: None,
                hir: None,
                meta: OnceLock::from(compile(&text, meta::Config::new().auto_prefilter(false))),
            };
            let mut matched = 0;
            for t in &texts {
                let found = spans(&new, t);
                assert_eq!(found, spans(&old, t), "{name} on {t:?}");
                let ends = |p: &Pattern| {
                    p.find_iter(t)
                        .map(|m| (m.start(), m.end()))
                        .collect::<Vec<_>>()
                };
                assert_eq!(ends(&new), ends(&old), "{name} on {t:?}");
                assert_eq!(new.is_match(t), old.is_match(t), "{name} on {t:?}");
                let first = |p: &Pattern| p.find(t).map(|m| (m.start(), m.end()));
                assert_eq!(first(&new), first(&old), "{name} on {t:?}");
                matched += usize::from(!found.is_empty());
            }
            assert!(matched > 0, "{name} matches nothing in the corpora");
        }
    }

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
