//! Eval: the field score of parsed reports against hand-made gold labels.
//!
//! The score is the one of `shared/docs/report-schema.md` ("Accuracy"): the mean over
//! articles and over ten fields of exact match (after NFC, white-space folding, trimming of
//! end punctuation and case folding) for title, place, organizer, event and author; day and
//! month (and year where the gold label has one) for the date; set F1 for chairs and
//! attendees (by name), captions and figures (by value). F1 of two empty sets is 1.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::model::Report;
use crate::ReadOptions;

/// The ten scored fields, in table order.
pub const FIELDS: [&str; 10] = [
    "title",
    "date",
    "place",
    "organizer",
    "event",
    "chairs",
    "attendees",
    "captions",
    "author",
    "figures",
];

/// A gold label: the reference values of one article (`gold/NAME.json`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Gold {
    /// The headline.
    pub title: Option<String>,
    /// The event date.
    pub date: Option<GoldDate>,
    /// The venue.
    pub place: Option<String>,
    /// The organiser.
    pub organizer: Option<String>,
    /// The event noun phrase.
    pub event: Option<String>,
    /// The chairs (only names are scored).
    #[serde(default)]
    pub chairs: Vec<GoldPerson>,
    /// The attendees (only names are scored).
    #[serde(default)]
    pub attendees: Vec<GoldPerson>,
    /// The photo captions.
    #[serde(default)]
    pub captions: Vec<String>,
    /// The byline name.
    pub author: Option<String>,
    /// The figure values.
    #[serde(default)]
    pub figures: Vec<String>,
}

/// The date of a gold label; `year` only when the date expression has one.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    /// Day of the month.
    pub day: u8,
    /// Month.
    pub month: u8,
    /// Year, when written in the date expression.
    pub year: Option<i32>,
}

/// A person of a gold label.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldPerson {
    /// The full name.
    pub name: String,
}

impl Gold {
    /// Reads a gold label from its JSON text.
    pub fn from_json(text: &str) -> Result<Gold, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// The scores of one article.
#[derive(Debug, Clone)]
pub struct ArticleScore {
    /// The article's name (the gold file name without ".json").
    pub name: String,
    /// The score of each field of [`FIELDS`], in that order, between 0 and 1.
    pub scores: Vec<(&'static str, f64)>,
    /// One line per field below 1: what was expected and what was found.
    pub misses: Vec<String>,
    /// Parallel to `misses`: the rule or table that produced the field (or that none did).
    pub rules: Vec<String>,
    /// The facts printed, right and wrong, and the review flags on them.
    pub facts: Facts,
    /// One entry per printed fact: its field's rule, and whether it was right.
    pub verdicts: Vec<Verdict>,
}

/// One printed fact of a report, judged against the gold label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// The rule named in the field's `found` entry ("none" when it has none).
    pub rule: String,
    /// Whether the fact carries a review flag: its field is in the report's `review` list
    /// (for a person: the whole field, or that person in `review_people`).
    pub flagged: bool,
    /// Whether the fact equals the gold label.
    pub right: bool,
    /// Why it is flagged: each reason of `review_reasons` that bears on it, without its
    /// bracketed detail ("found by a weak rule"); empty when it is not flagged.
    pub reasons: Vec<String>,
}

/// Counts of facts (date, place, organiser, event, author, each person) of one article or
/// a corpus: printed right, printed wrong, left blank, and how many carry a review flag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Facts {
    /// Printed and equal to the gold label.
    pub right: usize,
    /// Printed and different from the gold label (or absent from it).
    pub wrong: usize,
    /// In the gold label but not printed.
    pub blank: usize,
    /// Right facts flagged for review (a person: the whole field or that person).
    pub right_flagged: usize,
    /// Wrong facts flagged for review (a person: the whole field or that person).
    pub wrong_flagged: usize,
}

impl Facts {
    /// Adds another count to this one.
    fn add(&mut self, o: &Facts) {
        self.right += o.right;
        self.wrong += o.wrong;
        self.blank += o.blank;
        self.right_flagged += o.right_flagged;
        self.wrong_flagged += o.wrong_flagged;
    }

    /// Counts one printed or blank fact.
    fn count(&mut self, printed: bool, right: bool, in_gold: bool, flagged: bool) {
        match (printed, right) {
            (true, true) => {
                self.right += 1;
                self.right_flagged += usize::from(flagged);
            }
            (true, false) => {
                self.wrong += 1;
                self.wrong_flagged += usize::from(flagged);
            }
            (false, _) => self.blank += usize::from(in_gold),
        }
    }
}

impl ArticleScore {
    /// The mean of the article's field scores.
    pub fn mean(&self) -> f64 {
        self.scores.iter().map(|(_, s)| s).sum::<f64>() / self.scores.len() as f64
    }
}

/// The scores of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// One entry per article, in name order.
    pub articles: Vec<ArticleScore>,
}

impl Evaluation {
    /// The field score: the mean over articles and fields (0 for an empty corpus).
    pub fn overall(&self) -> f64 {
        if self.articles.is_empty() {
            return 0.0;
        }
        self.articles.iter().map(ArticleScore::mean).sum::<f64>() / self.articles.len() as f64
    }

    /// The mean score of each field over the articles, in [`FIELDS`] order.
    pub fn field_scores(&self) -> Vec<(&'static str, f64)> {
        let n = self.articles.len().max(1) as f64;
        FIELDS
            .iter()
            .enumerate()
            .map(|(i, field)| {
                (
                    *field,
                    self.articles.iter().map(|a| a.scores[i].1).sum::<f64>() / n,
                )
            })
            .collect()
    }

    /// The facts of every article added up.
    pub fn facts(&self) -> Facts {
        let mut total = Facts::default();
        for a in &self.articles {
            total.add(&a.facts);
        }
        total
    }

    /// A human-readable per-field table followed by each article's misses.
    pub fn table(&self) -> String {
        self.render(false)
    }

    /// [`Evaluation::table`] with, under each miss, the rule or table that produced it.
    pub fn explained_table(&self) -> String {
        self.render(true)
    }

    /// Each rule that printed a fact with its tallies, the most often wrong first.
    pub fn rule_tallies(&self) -> Vec<(String, Facts)> {
        self.tallies(|v| vec![v.rule.as_str()])
    }

    /// Each review reason that flagged a printed fact with its tallies, the most often wrong
    /// first: the evidence the calibration table of `src/parse/rules.toml` is made of, when
    /// read on a batch scored before any tuning on it.
    pub fn reason_tallies(&self) -> Vec<(String, Facts)> {
        self.tallies(|v| v.reasons.iter().map(String::as_str).collect())
    }

    /// The verdicts counted under each of the keys `keys_of` gives them, the most often wrong
    /// first, then by key (a stable order).
    fn tallies<'a>(
        &'a self,
        keys_of: impl Fn(&'a Verdict) -> Vec<&'a str>,
    ) -> Vec<(String, Facts)> {
        let mut by_key: std::collections::BTreeMap<&str, Facts> = Default::default();
        for v in self.articles.iter().flat_map(|a| &a.verdicts) {
            for key in keys_of(v) {
                by_key
                    .entry(key)
                    .or_default()
                    .count(true, v.right, true, v.flagged);
            }
        }
        let mut tallies: Vec<(String, Facts)> = by_key
            .into_iter()
            .map(|(key, f)| (key.to_owned(), f))
            .collect();
        tallies.sort_by(|a, b| b.1.wrong.cmp(&a.1.wrong).then_with(|| a.0.cmp(&b.0)));
        tallies
    }

    /// The table, with rules under the misses and the rule tallies when `explain`.
    fn render(&self, explain: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{:<12} {:>6}", "field", "score");
        for (field, score) in self.field_scores() {
            let _ = writeln!(out, "{field:<12} {score:>6.3}");
        }
        let _ = writeln!(
            out,
            "{:<12} {:>6.3}   ({} articles)",
            "overall",
            self.overall(),
            self.articles.len()
        );
        let f = self.facts();
        let printed = f.right + f.wrong;
        let pct = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
        let _ = writeln!(
            out,
            "facts: {printed} printed, {} right, {} wrong ({:.1} %), {} blank; review flags on {} of {} wrong ({:.0} %), {} of {} right ({:.0} %)",
            f.right,
            f.wrong,
            pct(f.wrong, printed),
            f.blank,
            f.wrong_flagged,
            f.wrong,
            pct(f.wrong_flagged, f.wrong),
            f.right_flagged,
            f.right,
            pct(f.right_flagged, f.right),
        );
        if explain {
            let _ = writeln!(out, "\nrules (printed facts):");
            for (rule, f) in self.rule_tallies() {
                let _ = writeln!(
                    out,
                    "  {rule:<56} {:>4} right ({} flagged), {:>3} wrong ({} flagged)",
                    f.right, f.right_flagged, f.wrong, f.wrong_flagged
                );
            }
            let reasons = self.reason_tallies();
            if !reasons.is_empty() {
                let _ = writeln!(out, "\nreview reasons (flagged printed facts):");
            }
            for (reason, f) in reasons {
                let _ = writeln!(
                    out,
                    "  {:>4} right, {:>3} wrong: {reason}",
                    f.right, f.wrong
                );
            }
        }
        let missed: Vec<&ArticleScore> = self
            .articles
            .iter()
            .filter(|a| !a.misses.is_empty())
            .collect();
        if !missed.is_empty() {
            let _ = writeln!(out, "\nmisses:");
        }
        for article in missed {
            let _ = writeln!(out, "{} ({:.3})", article.name, article.mean());
            for (miss, rule) in article.misses.iter().zip(&article.rules) {
                let _ = writeln!(out, "  {miss}");
                if explain {
                    let _ = writeln!(out, "    from: {rule}");
                }
            }
        }
        out
    }
}

/// Normal form for comparing strings: NFC, white space folded, end punctuation trimmed,
/// case folded.
pub fn normalize(s: &str) -> String {
    let nfc: String = s.nfc().collect();
    let folded = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
    let is_end_punct = |c: char| c.is_whitespace() || ".,;:!?…".contains(c);
    folded.trim_matches(is_end_punct).to_lowercase()
}

/// Exact-match score of an optional string field.
fn exact(gold: Option<&str>, got: Option<&str>) -> f64 {
    match (gold, got) {
        (None, None) => 1.0,
        (Some(g), Some(r)) if normalize(g) == normalize(r) => 1.0,
        _ => 0.0,
    }
}

/// F1 of two sets of normalised strings; 1 when both are empty.
fn f1(gold: &BTreeSet<String>, got: &BTreeSet<String>) -> f64 {
    if gold.is_empty() && got.is_empty() {
        return 1.0;
    }
    let hits = gold.intersection(got).count() as f64;
    if hits == 0.0 {
        return 0.0;
    }
    let precision = hits / got.len() as f64;
    let recall = hits / gold.len() as f64;
    2.0 * precision * recall / (precision + recall)
}

/// The set of normalised strings.
fn set<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    items.into_iter().map(normalize).collect()
}

/// Shortens a value for a miss line.
fn show(s: Option<&str>) -> String {
    match s {
        None => "null".to_owned(),
        Some(s) if s.chars().count() > 90 => {
            format!("\"{}…\"", s.chars().take(90).collect::<String>())
        }
        Some(s) => format!("\"{s}\""),
    }
}

/// Scores one report against its gold label.
pub fn score(name: &str, gold: &Gold, report: &Report) -> ArticleScore {
    let mut scores = Vec::with_capacity(FIELDS.len());
    let mut misses = Vec::new();
    let mut missed: Vec<&'static str> = Vec::new();
    let mut facts = Facts::default();
    let mut verdicts = Vec::new();
    let flagged = |field: &str| report.review.iter().any(|f| f == field);
    let mut judge = |field: &str, right: bool, flagged: bool, person: Option<&str>| {
        verdicts.push(Verdict {
            rule: report
                .found
                .get(field)
                .map_or_else(|| "none".to_owned(), |f| f.rule.clone()),
            flagged,
            right,
            reasons: if flagged {
                reasons_of(report, field, person)
            } else {
                Vec::new()
            },
        });
    };
    let mut exact_field = |field: &'static str, g: Option<&str>, r: Option<&str>| {
        let s = exact(g, r);
        if s < 1.0 {
            misses.push(format!("{field}: expected {}, got {}", show(g), show(r)));
            missed.push(field);
        }
        if field != "title" {
            facts.count(r.is_some(), s == 1.0, g.is_some(), flagged(field));
            if r.is_some() {
                judge(field, s == 1.0, flagged(field), None);
            }
        }
        (field, s)
    };
    let title = exact_field("title", gold.title.as_deref(), report.title.as_deref());
    let place = exact_field("place", gold.place.as_deref(), report.place.as_deref());
    let organizer = exact_field(
        "organizer",
        gold.organizer.as_deref(),
        report.organizer.as_deref(),
    );
    let event = exact_field("event", gold.event.as_deref(), report.event.as_deref());
    let author = exact_field("author", gold.author.as_deref(), report.author.as_deref());

    let date = match (&gold.date, &report.date) {
        (None, None) => 1.0,
        (Some(g), Some(r)) => {
            let same =
                g.day == r.day && g.month == r.month && g.year.is_none_or(|y| r.year == Some(y));
            f64::from(u8::from(same))
        }
        _ => 0.0,
    };
    if date < 1.0 {
        let g = gold
            .date
            .as_ref()
            .map(|d| format!("{}/{}/{:?}", d.day, d.month, d.year));
        let r = report
            .date
            .as_ref()
            .map(|d| format!("{}/{}/{:?} ({})", d.day, d.month, d.year, d.text));
        misses.push(format!(
            "date: expected {}, got {}",
            show(g.as_deref()),
            show(r.as_deref())
        ));
        missed.push("date");
    }
    facts.count(
        report.date.is_some(),
        date == 1.0,
        gold.date.is_some(),
        flagged("date"),
    );
    if report.date.is_some() {
        judge("date", date == 1.0, flagged("date"), None);
    }
    for (field, g, r) in [
        ("chairs", &gold.chairs, &report.chairs),
        ("attendees", &gold.attendees, &report.attendees),
    ] {
        let want = set(g.iter().map(|p| p.name.as_str()));
        let got = set(r.iter().map(|p| p.name.as_str()));
        // A person is flagged when the field is flagged as a whole or that person is.
        let person_flagged = |name: &String| {
            r.iter()
                .enumerate()
                .any(|(i, p)| normalize(&p.name) == *name && report.person_needs_review(field, i))
        };
        for name in &got {
            let flag = person_flagged(name);
            facts.count(true, want.contains(name), true, flag);
            judge(field, want.contains(name), flag, Some(name));
        }
        facts.blank += want.difference(&got).count();
    }

    let mut set_field = |field: &'static str, g: BTreeSet<String>, r: BTreeSet<String>| {
        let s = f1(&g, &r);
        if s < 1.0 {
            let missing: Vec<&String> = g.difference(&r).collect();
            let extra: Vec<&String> = r.difference(&g).collect();
            misses.push(format!(
                "{field} ({s:.2}): missing {missing:?}, extra {extra:?}"
            ));
            missed.push(field);
        }
        (field, s)
    };
    let chairs = set_field(
        "chairs",
        set(gold.chairs.iter().map(|p| p.name.as_str())),
        set(report.chairs.iter().map(|p| p.name.as_str())),
    );
    let attendees = set_field(
        "attendees",
        set(gold.attendees.iter().map(|p| p.name.as_str())),
        set(report.attendees.iter().map(|p| p.name.as_str())),
    );
    let captions = set_field(
        "captions",
        set(gold.captions.iter().map(String::as_str)),
        set(report.captions.iter().map(String::as_str)),
    );
    let figures = set_field(
        "figures",
        set(gold.figures.iter().map(String::as_str)),
        set(report.figures.iter().map(|f| f.value.as_str())),
    );
    scores.extend([
        title,
        ("date", date),
        place,
        organizer,
        event,
        chairs,
        attendees,
        captions,
        author,
        figures,
    ]);
    let rules = missed.iter().map(|field| explain(report, field)).collect();
    ArticleScore {
        name: name.to_owned(),
        scores,
        misses,
        rules,
        facts,
        verdicts,
    }
}

/// The reasons of `report` that flag `field`, or the person of it whose normal form is
/// `person`: the field's own reasons when it is flagged as a whole, and the person's; each
/// without its bracketed detail, so reasons tally across articles.
fn reasons_of(report: &Report, field: &str, person: Option<&str>) -> Vec<String> {
    let people = report.review_people.get(field);
    let whole = people.is_none()
        || report
            .found
            .get(field)
            .is_none_or(|f| f.how == crate::model::How::Guess);
    // A person's reason in `review_reasons` is written "NAME: why"; it is the person's only.
    let of_a_person = |r: &str| {
        people.is_some_and(|ps| {
            ps.iter().any(|p| {
                r.strip_prefix(p.name.as_str())
                    .is_some_and(|t| t.starts_with(": "))
            })
        })
    };
    let mut out: Vec<String> = Vec::new();
    if whole {
        let field_reasons = report.review_reasons.get(field).into_iter().flatten();
        out.extend(field_reasons.filter(|r| !of_a_person(r)).cloned());
    }
    if let (Some(name), Some(ps)) = (person, people) {
        let own = ps.iter().filter(|p| normalize(&p.name) == name);
        out.extend(own.flat_map(|p| p.reasons.iter().cloned()));
    }
    let mut keys: Vec<String> = out
        .iter()
        .map(|r| r.split(" (").next().unwrap_or(r).to_owned())
        .collect();
    keys.dedup();
    keys
}

/// The rule or table that produced a field of the report, from its `found` entry.
fn explain(report: &Report, field: &str) -> String {
    match report.found.get(field) {
        Some(f) => {
            let how = match f.how {
                crate::model::How::Sure => "sure",
                crate::model::How::Guess => "guess",
            };
            let people = report
                .review_people
                .get(field)
                .filter(|_| f.how == crate::model::How::Sure);
            let flag = match people {
                // Only some persons are flagged: say which, so a miss is not read as flagged.
                Some(people) => {
                    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
                    format!(", flagged for review: {}", names.join(", "))
                }
                None if report.review.iter().any(|r| r == field) => {
                    ", flagged for review".to_owned()
                }
                None => String::new(),
            };
            format!("{} ({how}{flag})", f.rule)
        }
        None => "no rule found a value".to_owned(),
    }
}

/// Why a folder of gold labels could not be scored.
#[derive(Debug)]
#[non_exhaustive]
pub enum EvalError {
    /// The gold folder could not be listed.
    ReadDir {
        /// The folder.
        dir: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The gold folder holds no `*.json` label.
    NoGold {
        /// The folder.
        dir: PathBuf,
    },
    /// A gold label could not be read.
    ReadGold {
        /// The label's file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A gold label is not JSON of the gold shape.
    BadGold {
        /// The label's file.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
    /// The article of a gold label could not be read.
    ReadArticle {
        /// The article's file.
        path: PathBuf,
        /// The gold label's file name.
        gold: String,
        /// Why.
        source: std::io::Error,
    },
    /// The article could not be decoded or parsed into a report.
    Article(crate::Error),
}

impl std::fmt::Display for EvalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EvalError::ReadDir { dir, source } => {
                write!(f, "cannot read gold directory {}: {source}", dir.display())
            }
            EvalError::NoGold { dir } => write!(f, "no gold labels (*.json) in {}", dir.display()),
            EvalError::ReadGold { path, source } => {
                write!(f, "cannot read {}: {source}", path.display())
            }
            EvalError::BadGold { path, source } => {
                write!(f, "bad gold label {}: {source}", path.display())
            }
            EvalError::ReadArticle { path, gold, source } => write!(
                f,
                "cannot read article {} for gold label {gold}: {source}",
                path.display()
            ),
            EvalError::Article(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for EvalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EvalError::ReadDir { source, .. }
            | EvalError::ReadGold { source, .. }
            | EvalError::ReadArticle { source, .. } => Some(source),
            EvalError::BadGold { source, .. } => Some(source),
            EvalError::Article(e) => Some(e),
            EvalError::NoGold { .. } => None,
        }
    }
}

/// Scores every gold label `GOLD_DIR/NAME.json` against the article `ARTICLES_DIR/NAME.txt`,
/// read through the whole decode and parse path.
pub fn evaluate_dirs(gold_dir: &Path, articles_dir: &Path) -> Result<Evaluation, EvalError> {
    let entries = std::fs::read_dir(gold_dir).map_err(|source| EvalError::ReadDir {
        dir: gold_dir.to_path_buf(),
        source,
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(EvalError::NoGold {
            dir: gold_dir.to_path_buf(),
        });
    }
    let mut evaluation = Evaluation::default();
    for file in names {
        let name = file.trim_end_matches(".json");
        let gold_path = gold_dir.join(&file);
        let text = std::fs::read_to_string(&gold_path).map_err(|source| EvalError::ReadGold {
            path: gold_path.clone(),
            source,
        })?;
        let gold = Gold::from_json(&text).map_err(|source| EvalError::BadGold {
            path: gold_path.clone(),
            source,
        })?;
        let article = format!("{name}.txt");
        let article_path = articles_dir.join(&article);
        let bytes = std::fs::read(&article_path).map_err(|source| EvalError::ReadArticle {
            path: article_path.clone(),
            gold: file.clone(),
            source,
        })?;
        let report = crate::read_report(&bytes, &article, &ReadOptions::default())
            .map_err(EvalError::Article)?;
        evaluation.articles.push(score(name, &gold, &report));
    }
    Ok(evaluation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventDate, Figure, Person, Source};

    #[test]
    fn normal_form() {
        assert_eq!(normalize("  Hà  Nội. "), "hà nội");
        assert_eq!(normalize("Nga\u{300}y"), normalize("Ngày"));
    }

    #[test]
    fn f1_of_sets() {
        let a = set(["x", "y"]);
        assert_eq!(f1(&BTreeSet::new(), &BTreeSet::new()), 1.0);
        assert_eq!(f1(&a, &BTreeSet::new()), 0.0);
        assert!((f1(&a, &set(["x"])) - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn empty_report_scores_low_and_perfect_report_scores_one() {
        let gold = Gold::from_json(
            r#"{"title":"T","date":{"day":1,"month":2,"year":null,"text":"Ngày 1/2"},"place":null,
            "organizer":"Sở","event":"Hội nghị","chairs":[{"rank":null,"name":"Lê Văn A","position":null}],
            "attendees":[],"captions":["Quang cảnh"],"author":"PV","figures":["90%"],"notes":""}"#,
        )
        .unwrap();
        let empty = Report::empty(Source::default());
        let s = score("x", &gold, &empty);
        assert!(s.mean() < 0.5, "{}", s.mean());
        assert_eq!(s.misses.len(), 8);
        let mut full = Report::empty(Source::default());
        full.title = Some("T.".into());
        full.date = Some(EventDate {
            day: 1,
            month: 2,
            year: Some(2024),
            year_inferred: true,
            text: "Ngày 1/2".into(),
        });
        full.organizer = Some("sở".into());
        full.event = Some("Hội  nghị".into());
        full.chairs = vec![Person {
            rank: None,
            name: "Lê Văn A".into(),
            position: None,
        }];
        full.captions = vec!["Quang cảnh".into()];
        full.author = Some("PV".into());
        full.figures = vec![Figure {
            value: "90%".into(),
            context: String::new(),
        }];
        let s = score("x", &gold, &full);
        assert_eq!(s.mean(), 1.0, "{:?}", s.misses);
        let e = Evaluation { articles: vec![s] };
        assert_eq!(e.overall(), 1.0);
        assert!(e.table().contains("overall"));
    }

    /// Persons with only a name.
    fn people(names: &[&str]) -> Vec<Person> {
        names
            .iter()
            .map(|name| Person {
                rank: None,
                name: (*name).into(),
                position: None,
            })
            .collect()
    }

    /// Records how each (field, rule, how) of `found` was found.
    fn set_found(report: &mut Report, found: &[(&str, &str, crate::model::How)]) {
        for &(field, rule, how) in found {
            report.found.insert(
                field.into(),
                crate::model::Finding {
                    how,
                    rule: rule.into(),
                },
            );
        }
    }

    #[test]
    fn rules_are_tallied_by_what_they_printed() {
        let gold = Gold::from_json(
            r#"{"title":null,"date":null,"place":"Hội trường","organizer":"Sở","event":null,
            "chairs":[],"attendees":[],"captions":[],"author":null,"figures":[],"notes":""}"#,
        )
        .unwrap();
        let mut report = Report::empty(Source::default());
        report.place = Some("Hội trường".into());
        report.organizer = Some("Phòng".into());
        set_found(
            &mut report,
            &[
                ("place", "event.venue", crate::model::How::Sure),
                ("organizer", "event.subject", crate::model::How::Guess),
            ],
        );
        report.review = vec!["organizer".into()];
        let e = Evaluation {
            articles: vec![score("x", &gold, &report)],
        };
        let tallies = e.rule_tallies();
        assert_eq!(tallies[0].0, "event.subject");
        assert_eq!((tallies[0].1.wrong, tallies[0].1.wrong_flagged), (1, 1));
        assert_eq!(tallies[1].0, "event.venue");
        assert_eq!((tallies[1].1.right, tallies[1].1.right_flagged), (1, 0));
        assert!(e.explained_table().contains("event.subject"));
    }

    #[test]
    fn review_reasons_are_tallied_by_the_facts_they_flag() {
        let gold = Gold::from_json(
            r#"{"title":null,"date":null,"place":null,"organizer":"Sở","event":null,"chairs":[],
            "attendees":[{"name":"Lê Văn A"}],"captions":[],"author":null,"figures":[]}"#,
        )
        .unwrap();
        let mut report = Report::empty(Source::default());
        report.organizer = Some("Năm nay, Sở".into());
        report.attendees = people(&["Lê Văn A", "Việt Nam"]);
        set_found(
            &mut report,
            &[
                ("organizer", "event.subject", crate::model::How::Guess),
                ("attendees", "roles.attend", crate::model::How::Sure),
            ],
        );
        report.review = vec!["organizer".into(), "attendees".into()];
        report.review_reasons.insert(
            "organizer".into(),
            vec!["found by a weak rule (event.subject)".into()],
        );
        report.review_reasons.insert(
            "attendees".into(),
            vec!["Việt Nam: not a name (detail)".into()],
        );
        report.review_people.insert(
            "attendees".into(),
            vec![crate::model::PersonReview {
                index: 1,
                name: "Việt Nam".into(),
                reasons: vec!["not a name (detail)".into()],
            }],
        );
        let e = Evaluation {
            articles: vec![score("x", &gold, &report)],
        };
        let tallies = e.reason_tallies();
        let get = |key: &str| {
            tallies
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, f)| (f.right, f.wrong))
        };
        assert_eq!(get("found by a weak rule"), Some((0, 1)));
        assert_eq!(get("not a name"), Some((0, 1)), "only the flagged person");
        assert_eq!(tallies.len(), 2, "{tallies:?}");
        assert!(e
            .explained_table()
            .contains("0 right,   1 wrong: found by a weak rule"));
    }

    #[test]
    fn a_person_is_flagged_alone_or_with_its_whole_field() {
        let gold = Gold::from_json(
            r#"{"title":null,"date":null,"place":null,"organizer":null,"event":null,"chairs":[],
            "attendees":[{"name":"Lê Văn A"}],"captions":[],"author":null,"figures":[]}"#,
        )
        .unwrap();
        let mut report = Report::empty(Source::default());
        report.attendees = people(&["Lê Văn A", "Việt Nam"]);
        let mut finding = crate::model::Finding {
            how: crate::model::How::Sure,
            rule: "roles.attend".into(),
        };
        report.found.insert("attendees".into(), finding.clone());
        report.review = vec!["attendees".into()];
        report.review_people.insert(
            "attendees".into(),
            vec![crate::model::PersonReview {
                index: 1,
                name: "Việt Nam".into(),
                reasons: vec!["odd".into()],
            }],
        );
        let counts = |r: &Report| {
            let f = score("x", &gold, r).facts;
            (f.right, f.right_flagged, f.wrong, f.wrong_flagged)
        };
        assert_eq!(counts(&report), (1, 0, 1, 1), "only the odd person");
        assert_eq!(
            explain(&report, "attendees"),
            "roles.attend (sure, flagged for review: Việt Nam)"
        );
        finding.how = crate::model::How::Guess;
        report.found.insert("attendees".into(), finding);
        assert_eq!(counts(&report), (1, 1, 1, 1), "a weak rule flags the field");
        report.found.clear();
        report.review_people.clear();
        assert_eq!(counts(&report), (1, 1, 1, 1), "an older report: the field");
        report.review.clear();
        assert_eq!(counts(&report), (1, 0, 1, 0));
    }

    #[test]
    fn missing_directory_is_an_error() {
        let err = evaluate_dirs(Path::new("/nonexistent/gold"), Path::new("."))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("cannot read gold directory"), "{err}");
    }
}
