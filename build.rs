//! Links the `vnbrief` binary as a position-dependent executable on Linux, and bakes the
//! parser's rule file into the library.
//!
//! A position-independent executable makes the dynamic loader apply tens of thousands of
//! relocations at every start, a measurable share of a 15 ms conversion; fixed addresses
//! remove that work. The library and its dependencies are unaffected.
//!
//! `src/parse/rules.toml` is read, checked (NFC, known match kinds, no entry twice) and
//! expanded with its generated spellings here, once per build, into Rust statics that
//! `src/parse/rules.rs` includes: the first parse in a process then loads nothing.

#[path = "src/parse/rule_file.rs"]
#[allow(dead_code)]
mod rule_file;

use unicode_normalization::UnicodeNormalization;

fn main() {
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os == "linux" && target_env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
    rules();
}

/// Writes `OUT_DIR/rules.rs` from `src/parse/rules.toml`; a bad file fails the build.
fn rules() {
    const PATH: &str = "src/parse/rules.toml";
    println!("cargo:rerun-if-changed={PATH}");
    println!("cargo:rerun-if-changed=src/parse/rule_file.rs");
    let text = std::fs::read_to_string(PATH).expect("read src/parse/rules.toml");
    let file: rule_file::RuleFile = toml::from_str(&text).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    let nfc: String = text.nfc().collect();
    let problems = rule_file::problems(&file, &text, &nfc);
    assert!(problems.is_empty(), "{PATH}: {}", problems.join("; "));
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("rules.rs");
    std::fs::write(out, rule_file::generate(&file)).expect("write the rule tables");
}
