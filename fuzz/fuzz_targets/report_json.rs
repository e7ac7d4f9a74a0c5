//! Loading any report JSON never panics; a loaded one gives its minutes and texts.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = vnbrief::report_from_json(data, "fuzz.json") {
        let _ = vnbrief::minutes::minutes_of(&report);
        let _ = report.texts().map(str::len).sum::<usize>();
        let json = serde_json::to_vec(&report).expect("a report serialises");
        let back = vnbrief::report_from_json(&json, "fuzz.json").expect("and reads back");
        assert_eq!(back, report);
    }
});
