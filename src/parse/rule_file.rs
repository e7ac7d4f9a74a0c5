//! The shape of `rules.toml` and the spellings it generates, shared by the build script
//! (`build.rs` bakes the tables into the binary, so a process pays nothing to load them)
//! and by the test that checks the file.
//!
//! This file is compiled twice: as `parse::rule_file` under `#[cfg(test)]` and as a module
//! of the build script, so it uses nothing but `std` and `serde`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// The tone-mark spellings to generate.
    pub spelling: Spelling,
    /// The word tables by name.
    pub tables: BTreeMap<String, TableSpec>,
    /// The regular expressions by name.
    pub patterns: BTreeMap<String, String>,
    /// Single words the grammar is written around ("tổ chức", "tại"), by name.
    #[serde(default)]
    pub words: BTreeMap<String, Word>,
}

/// One word of the grammar: the word and what it is for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    /// The word as it is matched.
    pub word: String,
    /// What it marks.
    pub doc: String,
}

/// How tone marks may be placed: pairs of spellings of the same sound.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spelling {
    /// Pairs swapped where the first form ends a syllable.
    pub final_swaps: Vec<(String, String)>,
    /// Pairs swapped as whole syllables.
    pub syllable_swaps: Vec<(String, String)>,
}

/// One table as written in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableSpec {
    /// What the table holds.
    pub doc: String,
    /// How its entries match, one of [`MATCHINGS`].
    #[serde(rename = "match")]
    pub matching: String,
    /// Whether the other spellings of each entry are generated.
    #[serde(default = "yes")]
    pub variants: bool,
    /// The entries.
    #[serde(default)]
    pub words: Vec<String>,
    /// The pairs of a two-column table.
    #[serde(default)]
    pub pairs: Vec<(String, String)>,
}

/// Serde default of `variants`.
fn yes() -> bool {
    true
}

/// The `match` values a table may have, with the name of the `rules::Matching` variant.
pub const MATCHINGS: &[(&str, &str)] = &[
    ("prefix", "Prefix"),
    ("suffix", "Suffix"),
    ("word", "Word"),
    ("exact", "Exact"),
    ("substring", "Substring"),
    ("prefix/suffix", "PrefixSuffix"),
];

/// The entries of a table: those listed, then the generated other spellings not listed.
pub fn expanded(spec: &TableSpec, spelling: &Spelling) -> Vec<String> {
    let mut words = spec.words.clone();
    if spec.variants {
        for i in 0..spec.words.len() {
            for v in other_spellings(&spec.words[i], spelling) {
                if !words.contains(&v) {
                    words.push(v);
                }
            }
        }
    }
    words
}

/// What is wrong with the file: text not in NFC (given the NFC form of the file), a table
/// with an unknown `match`, no doc or no entry, an entry listed twice or in two spellings.
pub fn problems(file: &RuleFile, text: &str, nfc: &str) -> Vec<String> {
    let mut out = Vec::new();
    if text != nfc {
        out.push("the file is not in NFC".to_owned());
    }
    for (name, w) in &file.words {
        if w.word.is_empty() || w.doc.is_empty() {
            out.push(format!("word {name} has no word or no doc"));
        }
    }
    for (name, spec) in &file.tables {
        if !MATCHINGS.iter().any(|(m, _)| *m == spec.matching) {
            out.push(format!("table {name}: unknown match {:?}", spec.matching));
        }
        if spec.doc.is_empty() {
            out.push(format!("table {name} has no doc"));
        }
        if spec.words.is_empty() && spec.pairs.is_empty() {
            out.push(format!("table {name} is empty"));
        }
        for (i, w) in spec.words.iter().enumerate() {
            if spec.words[..i].contains(w) {
                out.push(format!("table {name}: {w} listed twice"));
            }
            if spec.variants {
                for v in other_spellings(w, &file.spelling) {
                    if spec.words.contains(&v) {
                        out.push(format!(
                            "table {name}: {w} and {v} are one word in two spellings; list one"
                        ));
                    }
                }
            }
        }
    }
    out
}

/// The other tone-mark spellings of `word`: each final swap applied where its first form
/// ends a syllable (not after "q", whose "u" is a consonant), and each syllable swap
/// applied to whole syllables, in both directions.
pub fn other_spellings(word: &str, spelling: &Spelling) -> Vec<String> {
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let mut out = Vec::new();
    let both = |pairs: &[(String, String)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .flat_map(|(a, b)| [(a.clone(), b.clone()), (b.clone(), a.clone())])
            .collect()
    };
    for (whole, pairs) in [
        (false, both(&spelling.final_swaps)),
        (true, both(&spelling.syllable_swaps)),
    ] {
        for (from, to) in pairs {
            let mut v = String::new();
            let mut rest = word;
            let mut changed = false;
            while let Some(i) = rest.find(from.as_str()) {
                let before = rest[..i].chars().next_back().or(v.chars().next_back());
                let after = rest[i + from.len()..].chars().next();
                let starts = !whole || !is_letter(before);
                let q = !whole && before.is_some_and(|c| c == 'q' || c == 'Q');
                v.push_str(&rest[..i]);
                if starts && !q && !is_letter(after) {
                    v.push_str(&to);
                    changed = true;
                } else {
                    v.push_str(&from);
                }
                rest = &rest[i + from.len()..];
            }
            v.push_str(rest);
            if changed && v != word && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Rust source of the tables and patterns of `file`, for `rules.rs` to `include!`: a
/// `TABLES` slice sorted by name and a `PATTERNS` slice sorted by name.
pub fn generate(file: &RuleFile) -> String {
    use std::fmt::Write;
    let mut out = String::from("// Generated by build.rs from src/parse/rules.toml.\n");
    out.push_str("static TABLES: &[(&str, Table)] = &[\n");
    for (name, spec) in &file.tables {
        let matching = MATCHINGS
            .iter()
            .find(|(m, _)| *m == spec.matching)
            .map_or("Exact", |(_, v)| v);
        let words = expanded(spec, &file.spelling);
        let _ = writeln!(
            out,
            "    ({name:?}, Table {{ doc: {:?}, matching: Matching::{matching}, listed: {}, words: &{words:?}, pairs: &{:?} }}),",
            spec.doc,
            spec.words.len(),
            spec.pairs,
        );
    }
    out.push_str("];\nstatic PATTERNS: &[(&str, &str)] = &[\n");
    for (name, pattern) in &file.patterns {
        let _ = writeln!(out, "    ({name:?}, {pattern:?}),");
    }
    out.push_str(
        "];\n/// The grammar's single words (`[words]` of the rule file).\npub mod words {\n",
    );
    for (name, w) in &file.words {
        let _ = writeln!(
            out,
            "    /// {}\n    pub const {}: &str = {:?};",
            w.doc,
            name.to_uppercase(),
            w.word
        );
    }
    out.push_str("}\n");
    out
}
