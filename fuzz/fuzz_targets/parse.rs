//! Parsing any text never panics, and what it finds serialises and reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vnbrief::model::Source;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = vnbrief::parse::parse(&text, Source::default());
    let json = serde_json::to_vec(&report).expect("a report serialises");
    let back: vnbrief::Report = serde_json::from_slice(&json).expect("and reads back");
    assert_eq!(back, report);
    let _ = vnbrief::minutes::minutes_of(&report);
});
