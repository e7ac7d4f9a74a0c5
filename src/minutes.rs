//! Minutes data for the `minutes` template, served as `/minutes.json`: the report's own
//! [`Minutes`] field, filled by the parser (`parse::minutes`) or corrected by the user, so
//! rendering does no text analysis.

use crate::model::Report;
pub use crate::model::{Minutes, StartTime};

/// The minutes data of a report, as the report holds it.
pub fn minutes_of(report: &Report) -> Minutes {
    report.minutes.clone()
}

/// Splits a paragraph into sentences as the parser does (for checks of the minutes' text).
pub use crate::parse::minutes::sentences;
