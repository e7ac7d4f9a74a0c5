//! Parser tests on the dev corpus, `tests/corpus-extra` and the fresh batches of real articles
//! from other publishers (`tests/corpus-fresh*`: the first four tuned on, the fifth still
//! held out): the sample equals its gold label, the field score of each corpus meets its bar,
//! every report equals its golden and fits the schema, nothing of any article is lost, and no
//! input makes the parser panic.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;
use vnbrief::model::{Report, Source};
use vnbrief::{eval, parse, ReadOptions};

/// A folder under `tests/`.
fn tests_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

/// The corpus directory.
fn corpus() -> PathBuf {
    tests_dir("corpus")
}

/// The held-out corpus directory.
fn extra() -> PathBuf {
    tests_dir("corpus-extra")
}

/// The first fresh batch (`tests/corpus-fresh`), scored once before any tuning on it, then tuned on.
fn fresh() -> PathBuf {
    tests_dir("corpus-fresh")
}

/// The second fresh batch (`tests/corpus-fresh2`, 59 articles, 50 new publishers), scored
/// before any tuning on it (`eval/before-tuning.txt`), then tuned on in session 3.
fn fresh2() -> PathBuf {
    tests_dir("corpus-fresh2")
}

/// The third fresh batch (`tests/corpus-fresh3`, 47 articles, 40 new publishers), scored
/// before any tuning on it (`eval/before-tuning.txt`), then tuned on in session 3.
fn fresh3() -> PathBuf {
    tests_dir("corpus-fresh3")
}

/// The fourth fresh batch (`tests/corpus-fresh4`, 50 articles, 46 new publishers), scored
/// once before any tuning on it (`eval/before-tuning.txt`), then tuned on.
fn fresh4() -> PathBuf {
    tests_dir("corpus-fresh4")
}

/// The fifth fresh batch (`tests/corpus-fresh5`, 50 articles, 44 new publishers), scored
/// once before any tuning on it (`eval/before-tuning.txt`), then tuned on in session 4.
fn fresh5() -> PathBuf {
    tests_dir("corpus-fresh5")
}

/// The sixth fresh batch (`tests/corpus-fresh6`, 50 articles, 45 new publishers, labelled twice
/// blind and adjudicated), scored once before any tuning on it (`eval/before-tuning.txt`).
fn fresh6() -> PathBuf {
    tests_dir("corpus-fresh6")
}

/// The seventh fresh batch (`tests/corpus-fresh7`, 45 articles, 42 new publishers, labelled twice
/// blind and adjudicated), scored once before any tuning on it (`eval/before-tuning.txt`).
fn fresh7() -> PathBuf {
    tests_dir("corpus-fresh7")
}

/// The eighth fresh batch (`tests/corpus-fresh8`, 45 articles, 39 new publishers, labelled twice
/// blind and adjudicated), scored once before any tuning on it (`eval/before-tuning.txt`).
fn fresh8() -> PathBuf {
    tests_dir("corpus-fresh8")
}

/// The ninth fresh batch (`tests/corpus-fresh9`, 48 articles, 47 new publishers, labelled twice
/// blind and adjudicated), scored once before any tuning on it (`eval/before-tuning.txt`).
fn fresh9() -> PathBuf {
    tests_dir("corpus-fresh9")
}

/// The tenth fresh batch (`tests/corpus-fresh10`, 50 articles, 48 new publishers, labelled twice
/// blind and adjudicated), scored once before any tuning on it (`eval/before-tuning.txt`).
fn fresh10() -> PathBuf {
    tests_dir("corpus-fresh10")
}

/// Every article of one directory as (file name, NFC text), in name order.
fn articles_in(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("corpus directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&p).expect("article");
            let text = vnbrief::decode::decode(&bytes, None)
                .expect("decodable")
                .text;
            (name, text)
        })
        .collect();
    out.sort();
    out
}

/// Every article of every corpus and batch, dev first.
fn articles() -> Vec<(String, String)> {
    all_dirs().iter().flat_map(|d| articles_in(d)).collect()
}

/// Parses a text with a placeholder source.
pub(crate) fn parse_text(text: &str) -> Report {
    parse::parse(
        text,
        Source {
            name: "test".into(),
            ..Source::default()
        },
    )
}

/// The string of a gold JSON value, or None for null.
fn gold_str(v: &Value) -> Option<&str> {
    v.as_str()
}

#[test]
fn sample_equals_its_gold_label() {
    let dir = corpus();
    let name = "000-giao-ban-quy-1-2024";
    let bytes = std::fs::read(dir.join(format!("{name}.txt"))).unwrap();
    let r = vnbrief::read_report(&bytes, &format!("{name}.txt"), &ReadOptions::default()).unwrap();
    let gold: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join(format!("gold/{name}.json"))).unwrap(),
    )
    .unwrap();

    assert_eq!(r.title.as_deref(), gold_str(&gold["title"]));
    let date = r.date.as_ref().expect("a date");
    assert_eq!(u64::from(date.day), gold["date"]["day"].as_u64().unwrap());
    assert_eq!(
        u64::from(date.month),
        gold["date"]["month"].as_u64().unwrap()
    );
    assert_eq!(date.text, gold["date"]["text"].as_str().unwrap());
    assert!(gold["date"]["year"].is_null());
    assert_eq!(
        (date.year, date.year_inferred),
        (Some(2024), true),
        "year from \"quý I/2024\""
    );
    for (field, got) in [
        ("place", &r.place),
        ("organizer", &r.organizer),
        ("event", &r.event),
        ("author", &r.author),
    ] {
        assert_eq!(got.as_deref(), gold_str(&gold[field]), "{field}");
    }
    for (field, got) in [("chairs", &r.chairs), ("attendees", &r.attendees)] {
        let want: Vec<(Option<&str>, &str, Option<&str>)> = gold[field]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["rank"].as_str(),
                    p["name"].as_str().unwrap(),
                    p["position"].as_str(),
                )
            })
            .collect();
        let got: Vec<(Option<&str>, &str, Option<&str>)> = got
            .iter()
            .map(|p| (p.rank.as_deref(), p.name.as_str(), p.position.as_deref()))
            .collect();
        assert_eq!(got, want, "{field}");
    }
    let captions: Vec<&str> = gold["captions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(r.captions, captions);
    assert_eq!(r.caption_places.len(), r.captions.len());
    let figures: Vec<&str> = gold["figures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let values: Vec<&str> = r.figures.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(values, figures);
    for f in &r.figures {
        assert!(
            f.context.contains(&f.value),
            "{} not in its sentence {:?}",
            f.value,
            f.context
        );
        assert!(
            !f.context.contains('\n') && f.context.len() < 600,
            "context is one sentence"
        );
    }
    use vnbrief::model::SectionKind::*;
    let kinds: Vec<_> = r.sections.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [Lead, Attendance, Results, Conclusion]);
    assert!(r.sections[0].paragraphs[0].starts_with("Ngày 12/4, tại Hà Nội"));
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("2024 taken from the title")),
        "the guessed year is named: {:?}",
        r.warnings
    );
}

#[test]
fn corpus_field_score_meets_the_bar() {
    holds_its_after_tuning_score(&corpus(), 18, 0.98);
}

#[test]
fn held_out_field_score_meets_the_bar() {
    holds_its_after_tuning_score(&extra(), 40, 0.98);
}

/// The first fresh batch (`tests/corpus-fresh`) scored 0.909 before any tuning
/// (`eval/before-tuning.txt`); rules were then tuned on it, so it is a tuned set, no longer
/// held out: it keeps its after-tuning figure (`eval/after-tuning.txt`), at least 0.98, and
/// issue 11's per-field bar, so a change cannot lose ground on it.
#[test]
fn tuned_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh(), 82, FRESH_AFTER_TUNING);
}

/// Checks that every non-empty input line is in exactly one place of the report: the title,
/// a section paragraph, a caption (a wrapped caption holds consecutive lines joined with one
/// space) or the byline; and that the report holds no text that is not from the input.
fn nothing_lost(text: &str, r: &Report) -> Result<(), String> {
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let mut pool: Vec<String> = r
        .title
        .iter()
        .cloned()
        .chain(r.paragraphs().map(str::to_owned))
        .chain(r.captions.iter().cloned())
        .chain(r.author.iter().cloned())
        .collect();
    let mut i = 0;
    'lines: while i < lines.len() {
        for n in (1..=3).rev() {
            if i + n > lines.len() {
                continue;
            }
            let joined = lines[i..i + n].join(" ");
            if let Some(k) = pool.iter().position(|p| *p == joined) {
                pool.remove(k);
                i += n;
                continue 'lines;
            }
        }
        return Err(format!("line {} is lost: {:?}", i + 1, lines[i]));
    }
    // The author may be left over when its byline line ("Tin: X") stayed in the body.
    if let Some(author) = &r.author {
        if let Some(k) = pool.iter().position(|p| p == author) {
            if lines
                .iter()
                .any(|l| l != author && l.contains(author.as_str()))
            {
                pool.remove(k);
            }
        }
    }
    if pool.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "text in more than one place or not from the input: {pool:?}"
        ))
    }
}

#[test]
fn nothing_is_lost_in_any_article() {
    for (name, text) in articles() {
        let r = parse_text(&text);
        if let Err(e) = nothing_lost(&text, &r) {
            panic!("{name}: {e}");
        }
        assert_eq!(r.caption_places.len(), r.captions.len(), "{name}");
        for place in &r.caption_places {
            let section = r
                .sections
                .get(place.section)
                .unwrap_or_else(|| panic!("{name}: {place:?}"));
            assert!(
                place.paragraph <= section.paragraphs.len(),
                "{name}: {place:?}"
            );
        }
    }
}

#[test]
fn the_nothing_lost_check_can_fail() {
    let text = "Tiêu đề\nNgày 1/2, Sở tổ chức Hội nghị tổng kết.\nKim Loan";
    let mut r = parse_text(text);
    assert!(nothing_lost(text, &r).is_ok());
    r.sections[0].paragraphs.clear();
    assert!(nothing_lost(text, &r).is_err());
    let mut r = parse_text(text);
    r.captions
        .push("Ngày 1/2, Sở tổ chức Hội nghị tổng kết.".into());
    assert!(nothing_lost(text, &r).is_err());
}

/// Every non-empty line of the corpus.
fn corpus_lines() -> Vec<String> {
    articles()
        .into_iter()
        .flat_map(|(_, text)| text.lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|l| !l.trim().is_empty())
        .collect()
}

/// Cuts a line at a character boundary near `fraction` of its length.
fn cut(line: &str, fraction: f64) -> String {
    let n = line.chars().count();
    line.chars().take((n as f64 * fraction) as usize).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn shuffled_lines_do_not_panic(picks in prop::collection::vec(any::<prop::sample::Index>(), 0..40)) {
        let lines = corpus_lines();
        let text: Vec<&str> = picks.iter().map(|i| lines[i.index(lines.len())].as_str()).collect();
        let text = text.join("\n");
        let r = parse_text(&text);
        prop_assert!(nothing_lost(&text, &r).is_ok(), "{:?}", nothing_lost(&text, &r));
    }

    #[test]
    fn truncated_lines_do_not_panic(
        picks in prop::collection::vec((any::<prop::sample::Index>(), 0.0f64..1.0), 1..25),
    ) {
        let lines = corpus_lines();
        let text: Vec<String> = picks.iter().map(|(i, f)| cut(&lines[i.index(lines.len())], *f)).collect();
        let text = text.join("\n");
        let r = parse_text(&text);
        prop_assert!(nothing_lost(&text, &r).is_ok(), "{:?}", nothing_lost(&text, &r));
    }

    #[test]
    fn truncated_articles_do_not_panic(article in any::<prop::sample::Index>(), f in 0.0f64..1.0) {
        let all = articles();
        let (_, text) = &all[article.index(all.len())];
        let text = cut(text, f);
        let r = parse_text(&text);
        prop_assert!(nothing_lost(&text, &r).is_ok(), "{:?}", nothing_lost(&text, &r));
    }

    #[test]
    fn concatenated_articles_do_not_panic(picks in prop::collection::vec(any::<prop::sample::Index>(), 1..4)) {
        let all = articles();
        let text: Vec<&str> = picks.iter().map(|i| all[i.index(all.len())].1.as_str()).collect();
        let text = text.join("\n");
        let r = parse_text(&text);
        prop_assert!(nothing_lost(&text, &r).is_ok(), "{:?}", nothing_lost(&text, &r));
    }
}

/// The report JSON of an article as `vnbrief parse` prints it (pretty, final newline).
fn report_json(r: &Report) -> String {
    let mut json = serde_json::to_string_pretty(r).unwrap();
    json.push('\n');
    json
}

#[test]
fn every_corpus_report_equals_its_golden() {
    for (dir, name, text) in articles_with_dirs() {
        let stem = name.trim_end_matches(".txt");
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        let r = vnbrief::read_report(&bytes, &name, &ReadOptions::default()).unwrap();
        assert_eq!(
            r.paragraphs().count() + r.captions.len() > 0,
            !text.trim().is_empty()
        );
        crate::util::check_golden(
            &dir.join(format!("reports/{stem}.report.json")),
            &report_json(&r),
        );
    }
}

/// Every corpus and batch directory, dev first.
fn all_dirs() -> [PathBuf; 12] {
    [
        corpus(),
        extra(),
        fresh(),
        fresh2(),
        fresh3(),
        fresh4(),
        fresh5(),
        fresh6(),
        fresh7(),
        fresh8(),
        fresh9(),
        fresh10(),
    ]
}

/// Every article of every corpus and batch with its directory.
fn articles_with_dirs() -> Vec<(PathBuf, String, String)> {
    all_dirs()
        .into_iter()
        .flat_map(|dir| {
            articles_in(&dir)
                .into_iter()
                .map(move |(name, text)| (dir.clone(), name, text))
        })
        .collect()
}

/// The validator of the schema `vnbrief schema` prints.
fn schema_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&vnbrief::model::json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the generated schema is a valid JSON Schema")
}

/// The schema's complaints about one report JSON.
fn schema_errors(validator: &jsonschema::Validator, json: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(json).unwrap();
    validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn every_golden_and_corpus_report_fits_the_schema() {
    let validator = schema_validator();
    let mut checked = 0;
    let fixtures = tests_dir("fixtures/convert");
    let corpus_reports = all_dirs().map(|d| d.join("reports"));
    for dir in std::iter::once(&fixtures).chain(&corpus_reports) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if !path.to_string_lossy().ends_with(".report.json") {
                continue;
            }
            let errors = schema_errors(&validator, &std::fs::read_to_string(&path).unwrap());
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            checked += 1;
        }
    }
    assert!(
        checked >= 4 + 18 + 40 + 82,
        "only {checked} reports checked"
    );
}

#[test]
fn the_schema_check_can_fail_and_older_reports_still_load() {
    let validator = schema_validator();
    let r = parse_text("Tiêu đề\nNgày 1/2, Sở tổ chức Hội nghị tổng kết.\nKim Loan");
    let good = report_json(&r);
    assert!(schema_errors(&validator, &good).is_empty());
    let mut value: Value = serde_json::from_str(&good).unwrap();
    value["date"]["day"] = Value::from("một");
    value["minutes"]["start"]["hour"] = Value::from(-3);
    let errors = schema_errors(&validator, &value.to_string());
    assert_eq!(errors.len(), 2, "{errors:?}");
    // A report written before the minutes, findings and review fields still loads.
    let mut old: Value = serde_json::from_str(&good).unwrap();
    for field in ["minutes", "found", "review"] {
        old.as_object_mut().unwrap().remove(field);
    }
    let loaded = vnbrief::report_from_json(old.to_string().as_bytes(), "old.json").unwrap();
    assert_eq!(loaded.minutes, vnbrief::model::Minutes::default());
    assert_eq!((loaded.title, loaded.event), (r.title, r.event));
}

/// A batch rules were written or tuned on keeps its field score (`floor`), and at least
/// issue 11's 0.98 overall and 0.90 per field, so a rule change that loses ground on it fails.
fn holds_its_after_tuning_score(dir: &Path, articles: usize, floor: f64) {
    let evaluation = holds_its_floor(dir, articles, floor);
    let overall = evaluation.overall();
    assert!(
        overall >= 0.98,
        "{}: field score {overall:.3} is below 0.98",
        dir.display()
    );
    for (field, score) in evaluation.field_scores() {
        assert!(
            score >= 0.90,
            "{}: {field} scores {score:.3}, below 0.90",
            dir.display()
        );
    }
}

#[test]
fn second_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh2(), 59, FRESH2_AFTER_TUNING);
}

#[test]
fn third_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh3(), 47, FRESH3_AFTER_TUNING);
}

/// The fourth fresh batch scored 0.891 once before any tuning (`eval/before-tuning.txt`);
/// rules were then tuned on it (sessions 3 to 6), so it keeps its after-tuning figure, now at
/// issue 11's 0.98 and 0.90 per field.
#[test]
fn fourth_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh4(), 50, FRESH4_AFTER_TUNING);
}

/// The fifth fresh batch scored 0.867 once before any tuning, with the rules that were final
/// when it was scored (`tests/corpus-fresh5/eval/before-tuning.txt`, main 66784a9); rules were
/// then tuned on it (sessions 4 to 6), so it keeps its after-tuning figure, now at issue 11's
/// 0.98 and 0.90 per field.
#[test]
fn fifth_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh5(), 50, FRESH5_AFTER_TUNING);
}

/// The sixth fresh batch scored 0.850 before any tuning on it, with session 4's merged rules
/// (`tests/corpus-fresh6/eval/before-tuning.txt`, main b45d49a; 0.839 with session 3's); rules
/// were then tuned on it (session 4, round 2, and sessions 5 and 6), so it keeps its
/// after-tuning figure, now at issue 11's 0.98 and 0.90 per field.
#[test]
fn sixth_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh6(), 50, FRESH6_AFTER_TUNING);
}

/// The seventh fresh batch scored 0.891 before any tuning on it, with session 4's final rules
/// (`tests/corpus-fresh7/eval/before-tuning.txt`, main 3708d23); rules were then tuned on it
/// (sessions 5 and 6), so it keeps its after-tuning figure, now at issue 11's 0.98 and 0.90 per
/// field.
#[test]
fn seventh_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh7(), 45, FRESH7_AFTER_TUNING);
}

/// The eighth fresh batch scored 0.866 before any tuning on it, with session 5's final rules
/// (`tests/corpus-fresh8/eval/before-tuning.txt`, main 841d4d6; 0.859 with session 4's); rules
/// were then tuned on it (branch tune8, session 6), so it keeps its after-tuning figure, now at
/// issue 11's 0.98 and 0.90 per field.
#[test]
fn eighth_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh8(), 45, FRESH8_AFTER_TUNING);
}

/// The ninth fresh batch scored 0.905 before any tuning on it, with session 6's final rules
/// (`tests/corpus-fresh9/eval/before-tuning.txt`; the same batch with session 5's rules and with
/// session 6's first round: `before-tuning-54e022f.txt`, `before-tuning-9c8f933.txt`); rules
/// were then tuned on it (session 7: event6, fields6), so it keeps its after-tuning figure, now
/// at issue 11's 0.98 and 0.90 per field.
#[test]
fn ninth_fresh_batch_holds_its_after_tuning_score() {
    holds_its_after_tuning_score(&fresh9(), 48, FRESH9_AFTER_TUNING);
}

/// The tenth fresh batch, scored once before any tuning on it with session 7's final rules
/// (`tests/corpus-fresh10/eval/before-tuning.txt`; with session 6's rules:
/// `before-tuning-5f450c1.txt`): the held-out figure of issue 11, then tuned on in round 3
/// (branches tune10e and tune10f); below the 0.98 bar yet, so only its floor is kept.
#[test]
fn tenth_fresh_batch_holds_its_tuned_score() {
    holds_its_floor(&fresh10(), 50, FRESH10_TUNED);
}

/// A batch keeps at least its floor (less 0.002 of rounding), so a rule change that loses
/// ground on it fails here; gives the evaluation for further bars.
fn holds_its_floor(dir: &Path, articles: usize, floor: f64) -> eval::Evaluation {
    let evaluation = eval::evaluate_dirs(&dir.join("gold"), dir).expect("batch scores");
    println!("{}", evaluation.table());
    assert_eq!(evaluation.articles.len(), articles);
    let overall = evaluation.overall();
    assert!(
        overall >= floor - 0.002,
        "{}: field score {overall:.3} is below its floor {floor}",
        dir.display()
    );
    evaluation
}

/// The after-tuning field scores (`eval/after-tuning.txt` of each batch; session 4 raises them).
/// 0.988 after session 7's fields6 (218's gold corrected, 254).
const FRESH_AFTER_TUNING: f64 = 0.988;
/// `tests/corpus-fresh2/eval/after-tuning.txt` (0.925 before tuning); 0.987 after session 7's
/// fields6 (311's gold corrected, 308, 324, 340).
const FRESH2_AFTER_TUNING: f64 = 0.987;
/// `tests/corpus-fresh3/eval/after-tuning.txt` (0.897 before tuning).
const FRESH3_AFTER_TUNING: f64 = 0.994;
/// `tests/corpus-fresh4/eval/after-tuning.txt` (0.891 before tuning; 0.953 after session 3,
/// 0.976 after session 4, 0.980 after session 5; session 6's rules).
const FRESH4_AFTER_TUNING: f64 = 0.990;
/// After session 4's tuning of the fields (0.867 before any tuning,
/// `tests/corpus-fresh5/eval/before-tuning.txt`), and session 6's.
const FRESH5_AFTER_TUNING: f64 = 0.984;
/// After session 4's round-2 tuning of the fields on branch fields3 (0.850 before any tuning,
/// `tests/corpus-fresh6/eval/before-tuning.txt`; 0.913 after session 4) and session 5's
/// rules (0.931), then session 6's.
const FRESH6_AFTER_TUNING: f64 = 0.984;
/// After session 5's rules (branches event4 and fields4 merged; 0.962), branch tune8's (0.964)
/// and session 6's; 0.891 before any tuning, `tests/corpus-fresh7/eval/before-tuning.txt`
/// (main 3708d23); 0.982 after session 7's fields6 (841), 0.984 with event6's rules too.
const FRESH7_AFTER_TUNING: f64 = 0.984;
/// After branch tune8's rules (0.890) and session 6's; 0.866 before any tuning,
/// `tests/corpus-fresh8/eval/before-tuning.txt` (main 841d4d6); 0.988 after session 7's fields6
/// (868, 879, 892).
const FRESH8_AFTER_TUNING: f64 = 0.988;
/// 0.905 before tuning (`tests/corpus-fresh9/eval/before-tuning.txt`); 0.954 after session 7's
/// fields6 alone, 0.946 after event6 alone, 0.990 with both, 0.992 after the merge mend of 933 (`eval/after-tuning.txt`).
const FRESH9_AFTER_TUNING: f64 = 0.992;
/// 0.895 before any tuning (`tests/corpus-fresh10/eval/before-tuning.txt`); 0.914 after round
/// 3's tune10f alone (bylines, rates, postal codes, lunar and deadline dates, credits, "cũng"
/// lines, an attendee after a comma), 0.917 after tune10e alone, 0.936 with both
/// (`eval/after-tuning.txt`).
const FRESH10_TUNED: f64 = 0.936;
