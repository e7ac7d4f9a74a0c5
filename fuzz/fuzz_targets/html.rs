//! Extracting the article from any page never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = String::from_utf8_lossy(data);
    let _ = vnbrief::html::looks_like_html(data);
    let _ = vnbrief::html::article_text(&page);
});
