//! The Report: the structured form of one article and the JSON contract that templates,
//! the accuracy harness and users' scripts read (`shared/docs/report-schema.md`).
//!
//! This module holds serde types only and imports nothing else from the crate.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the JSON contract this build writes and reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One article, parsed: what the templates print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Version of the contract, always [`SCHEMA_VERSION`].
    pub schema: u32,
    /// Where the text came from.
    pub source: Source,
    /// The headline, or null when the article has none.
    pub title: Option<String>,
    /// The event date from the dateline.
    pub date: Option<EventDate>,
    /// The "tại …" venue as written.
    pub place: Option<String>,
    /// Who held the event, co-organisers kept in one string.
    pub organizer: Option<String>,
    /// The event noun phrase as written ("Hội nghị …").
    pub event: Option<String>,
    /// People said to chair the event, in order of mention.
    #[serde(default)]
    pub chairs: Vec<Person>,
    /// Named people in attendance clauses, in order of mention.
    #[serde(default)]
    pub attendees: Vec<Person>,
    /// Photo-caption lines, a wrapped caption joined with one space.
    #[serde(default)]
    pub captions: Vec<String>,
    /// Where each caption stood in the body, parallel to `captions` (an addition to the contract).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caption_places: Vec<CaptionPlace>,
    /// The byline name without its prefix.
    pub author: Option<String>,
    /// Statistical quantities as written, each with its sentence.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// The body in reading order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// What could not be found or was guessed, in plain words.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// The biên bản's facts read from the body (an addition to the contract).
    #[serde(default)]
    pub minutes: Minutes,
    /// How each filled field was found, by field name (an addition to the contract).
    #[serde(default)]
    pub found: BTreeMap<String, Finding>,
    /// The fields whose value was guessed and needs a look, in [`FIELD_ORDER`] order.
    #[serde(default)]
    pub review: Vec<String>,
    /// Why each field of `review` needs a look, in plain words: the weak rule that found it,
    /// or the odd shape of its value ("organiser opens with a time phrase or a connector")
    /// (an addition to the contract).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub review_reasons: BTreeMap<String, Vec<String>>,
    /// The persons of `chairs` and `attendees` that need a look on their own, by field name;
    /// a field listed here is in `review` too, and is flagged as a whole only when its
    /// `found` entry is a guess (an addition to the contract).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub review_people: BTreeMap<String, Vec<PersonReview>>,
    /// The value each field of `review` held when it was flagged, by field name, as
    /// `vnbrief parse` prints the report: `--mark-review` marks a field only while it still
    /// holds this value, so correcting the report removes the mark (an addition to the
    /// contract; a field missing here stays marked while it is in `review`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub review_values: BTreeMap<String, serde_json::Value>,
}

/// One person of `chairs` or `attendees` that needs a look, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct PersonReview {
    /// Index of the person in the field's list when it was parsed.
    pub index: usize,
    /// The person's name as in the list: readers match the person by it, so a list edited
    /// by hand still marks the right person and a corrected name drops the mark.
    pub name: String,
    /// Why the person needs a look, in plain words.
    pub reasons: Vec<String>,
}

/// The fields that carry a [`Finding`], in the order `review` lists them.
pub const FIELD_ORDER: [&str; 11] = [
    "title",
    "date",
    "place",
    "organizer",
    "event",
    "chairs",
    "attendees",
    "author",
    "minutes.groups",
    "minutes.start",
    "minutes.tasks",
];

/// How a field was found: the rule that produced it and how far to trust it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// `sure` when a strong pattern matched, `guess` otherwise.
    pub how: How,
    /// The rule or table that produced the value ("event.active", "roles.chaired_by", …).
    pub rule: String,
}

/// Trust in a found value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum How {
    /// A strong pattern matched.
    Sure,
    /// A weaker rule or a fallback: the value needs a look.
    Guess,
}

/// The facts of a biên bản that the article holds only inside its body, read by the parser
/// so that a corrected report corrects the biên bản too (served as `/minutes.json`).
///
/// Every paragraph of the body lands in exactly one of `results`, `conclusions` or `tasks`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Minutes {
    /// Groups named as attending without names ("đại diện lãnh đạo các đơn vị nghiệp vụ").
    #[serde(default)]
    pub groups: Vec<String>,
    /// The start time, as far as the article gives it.
    #[serde(default)]
    pub start: StartTime,
    /// Every paragraph outside the conclusions, in reading order.
    #[serde(default)]
    pub results: Vec<String>,
    /// The conclusions up to the first request ("ghi nhận và biểu dương …").
    #[serde(default)]
    pub conclusions: Vec<String>,
    /// The requests ("đề nghị", "yêu cầu") and the sentences after them in the conclusions.
    #[serde(default)]
    pub tasks: Vec<String>,
}

/// A start time; each part is `null` when the article does not give it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct StartTime {
    /// Hour of day, 0–23.
    #[serde(default, deserialize_with = "hour_of_day")]
    #[schemars(range(max = 23))]
    pub hour: Option<u8>,
    /// Minute, 0–59.
    #[serde(default, deserialize_with = "minute_of_hour")]
    #[schemars(range(max = 59))]
    pub minute: Option<u8>,
    /// "sáng", "trưa", "chiều" or "tối" from the dateline.
    pub part_of_day: Option<String>,
}

/// Reads `minutes.start.hour`, refusing a value no clock shows: a hand-edited report would
/// otherwise print "25 giờ" in the biên bản (as days and months are refused).
fn hour_of_day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    in_range(d, "hour", 23)
}

/// Reads `minutes.start.minute`, refusing a value past 59.
fn minute_of_hour<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    in_range(d, "minute", 59)
}

/// An optional clock part from 0 to `max`, with the error in words (not "expected u8").
fn in_range<'de, D: serde::Deserializer<'de>>(
    d: D,
    part: &str,
    max: u8,
) -> Result<Option<u8>, D::Error> {
    // Read as a number of any kind, so that 25, -1 and 7.5 all get the message in words.
    let Some(value) = Option::<f64>::deserialize(d)? else {
        return Ok(None);
    };
    (value.fract() == 0.0 && (0.0..=f64::from(max)).contains(&value))
        .then_some(Some(value as u8))
        .ok_or_else(|| {
            serde::de::Error::custom(format!(
                "minutes.start: {part} {value} is not a{} {part} (0 to {max})",
                if part == "hour" { "n" } else { "" }
            ))
        })
}

/// Where the text of a report came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The input's file name ("-" for standard input).
    pub name: String,
    /// The input format: `text`, `html` or `json`.
    pub format: String,
    /// The encoding that was detected or given ("utf-8", "tcvn3", …).
    pub encoding: String,
    /// SHA-256 of the input bytes, lowercase hex.
    pub sha256: String,
}

/// The event date of the dateline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EventDate {
    /// Day of the month (the first day of a range).
    pub day: u8,
    /// Month, 1 to 12.
    pub month: u8,
    /// Year, when written or inferred.
    pub year: Option<i32>,
    /// True when the year was taken from elsewhere than the date expression.
    #[serde(default)]
    pub year_inferred: bool,
    /// The date expression as written, with its time-of-day word.
    pub text: String,
}

/// A person named as chair or attendee.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    /// Police or military rank or academic title as written.
    pub rank: Option<String>,
    /// The full name.
    pub name: String,
    /// The position as written, before or after the name.
    pub position: Option<String>,
}

/// A statistical quantity with the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Figure {
    /// The numeric token as written ("63/63", "48.000", "90%").
    pub value: String,
    /// The sentence the figure came from.
    pub context: String,
}

/// A run of body paragraphs of one kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// What the paragraphs do in the article.
    pub kind: SectionKind,
    /// The paragraphs, each as written.
    pub paragraphs: Vec<String>,
}

/// The role of a section in a meeting article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    /// The opening paragraph: dateline, organiser, event.
    Lead,
    /// Who attended.
    Attendance,
    /// What was reported at the meeting.
    Results,
    /// The closing speech: conclusions and tasks.
    Conclusion,
    /// Anything else.
    Body,
}

/// Where a caption stood: before paragraph `paragraph` of section `section`.
///
/// `paragraph` equal to the section's length means after its last paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CaptionPlace {
    /// Index into `sections`.
    pub section: usize,
    /// Index into that section's `paragraphs`.
    pub paragraph: usize,
}

/// The JSON Schema of [`Report`], generated from these types, pretty-printed.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Report);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

impl Report {
    /// Creates an empty report for the given source.
    pub fn empty(source: Source) -> Self {
        Report {
            schema: SCHEMA_VERSION,
            source,
            title: None,
            date: None,
            place: None,
            organizer: None,
            event: None,
            chairs: Vec::new(),
            attendees: Vec::new(),
            captions: Vec::new(),
            caption_places: Vec::new(),
            author: None,
            figures: Vec::new(),
            sections: Vec::new(),
            review_values: BTreeMap::new(),
            warnings: Vec::new(),
            minutes: Minutes::default(),
            found: BTreeMap::new(),
            review: Vec::new(),
            review_reasons: BTreeMap::new(),
            review_people: BTreeMap::new(),
        }
    }

    /// The persons of `field`: `chairs` for "chairs", `attendees` otherwise.
    pub fn people(&self, field: &str) -> &[Person] {
        if field == "chairs" {
            &self.chairs
        } else {
            &self.attendees
        }
    }

    /// True when person `index` of `field` (`chairs` or `attendees`) needs a look: the
    /// field is in `review` as a whole (its `found` entry is a guess, or the report is older
    /// than `review_people`), or that person's name is listed in `review_people` (by name, so
    /// an edited list still marks the right person and a corrected name drops the mark).
    pub fn person_needs_review(&self, field: &str, index: usize) -> bool {
        if !self.review.iter().any(|f| f == field) {
            return false;
        }
        let whole = self.found.get(field).is_none_or(|f| f.how == How::Guess);
        let name = self.people(field).get(index).map(|p| p.name.as_str());
        match self.review_people.get(field) {
            Some(flagged) => whole || flagged.iter().any(|p| Some(p.name.as_str()) == name),
            None => true,
        }
    }

    /// Iterates over every body paragraph in reading order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.paragraphs.iter().map(String::as_str))
    }

    /// Records in `review_values` the value each field of `review` holds now: done where a
    /// report is handed out to be corrected (`vnbrief parse`, the serve page).
    pub fn record_review_values(&mut self) {
        let json = serde_json::to_value(&*self).expect("a report always serialises");
        self.review_values = self
            .review
            .iter()
            .map(|field| {
                let value = field
                    .split('.')
                    .try_fold(&json, |v, key| v.get(key))
                    .cloned()
                    .unwrap_or(serde_json::Value::Null);
                (field.clone(), value)
            })
            .collect();
    }

    /// Iterates over every string a template may print, for font-coverage checks.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let people = self.chairs.iter().chain(&self.attendees).flat_map(|p| {
            [
                p.rank.as_deref(),
                Some(p.name.as_str()),
                p.position.as_deref(),
            ]
        });
        [
            self.title.as_deref(),
            self.date.as_ref().map(|d| d.text.as_str()),
            self.place.as_deref(),
            self.organizer.as_deref(),
            self.event.as_deref(),
            self.author.as_deref(),
        ]
        .into_iter()
        .chain(people)
        .flatten()
        .chain(self.captions.iter().map(String::as_str))
        .chain(
            self.figures
                .iter()
                .flat_map(|f| [f.value.as_str(), f.context.as_str()]),
        )
        .chain(self.paragraphs())
    }
}
