//! The built-in templates, embedded in the binary from `templates/`.

/// A built-in template.
#[derive(Debug)]
pub struct Builtin {
    /// The name given to `--template`.
    pub name: &'static str,
    /// What it prints, for `vnbrief templates list`.
    pub description: &'static str,
    /// Its main file's virtual path.
    pub main: &'static str,
    /// The type code it puts into the document number (BC, BB), if it prints one.
    pub code: Option<&'static str>,
}

/// The layout's data (font preference, type codes), read by `nd30.typ` and by vnbrief.
pub const LAYOUT_DATA: &str = include_str!("../../templates/nd30.toml");

/// The files every built-in template shares.
const COMMON: [&str; 2] = ["/nd30.typ", "/nd30.toml"];

/// The template used when none is named.
pub const DEFAULT: &str = "briefing";

/// Every built-in template.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "briefing",
        description: "báo cáo: a briefing report of the meeting (Nghị định 30/2020, Mẫu 1.4)",
        main: "/briefing.typ",
        code: Some("BC"),
    },
    Builtin {
        name: "minutes",
        description: "biên bản: the minutes of the meeting (Nghị định 30/2020, Mẫu 1.9)",
        main: "/minutes.typ",
        code: Some("BB"),
    },
    Builtin {
        name: "article",
        description: "the article as printed news: title, body, captions, author",
        main: "/article.typ",
        code: None,
    },
    Builtin {
        name: "bulletin",
        description: "many articles in one PDF with a table of contents (batch --combine)",
        main: "/bulletin.typ",
        code: None,
    },
];

/// Every file of the built-in templates, by virtual path; templates share `nd30.typ`.
pub static FILES: &[(&str, &str)] = &[
    ("/nd30.typ", include_str!("../../templates/nd30.typ")),
    ("/nd30.toml", LAYOUT_DATA),
    (
        "/briefing.typ",
        include_str!("../../templates/briefing.typ"),
    ),
    ("/minutes.typ", include_str!("../../templates/minutes.typ")),
    ("/article.typ", include_str!("../../templates/article.typ")),
    (
        "/bulletin.typ",
        include_str!("../../templates/bulletin.typ"),
    ),
];

/// Finds a built-in template by name.
pub fn find(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|t| t.name == name)
}

/// The files a built-in template needs: the shared `nd30.typ` and `nd30.toml`, and its
/// main file.
pub fn files_of(builtin: &Builtin) -> Vec<(&'static str, &'static str)> {
    FILES
        .iter()
        .filter(|(path, _)| COMMON.contains(path) || *path == builtin.main)
        .copied()
        .collect()
}
