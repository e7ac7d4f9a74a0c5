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
}

/// The template used when none is named.
pub const DEFAULT: &str = "briefing";

/// Every built-in template.
pub static BUILTINS: &[Builtin] = &[
    Builtin {
        name: "briefing",
        description: "báo cáo: a briefing report of the meeting (Nghị định 30/2020, Mẫu 1.4)",
        main: "/briefing.typ",
    },
    Builtin {
        name: "minutes",
        description: "biên bản: the minutes of the meeting (Nghị định 30/2020, Mẫu 1.9)",
        main: "/minutes.typ",
    },
    Builtin {
        name: "article",
        description: "the article as printed news: title, body, captions, author",
        main: "/article.typ",
    },
    Builtin {
        name: "bulletin",
        description: "many articles in one PDF with a table of contents (batch --combine)",
        main: "/bulletin.typ",
    },
];

/// Every file of the built-in templates, by virtual path; templates share `nd30.typ`.
pub static FILES: &[(&str, &str)] = &[
    ("/nd30.typ", include_str!("../../templates/nd30.typ")),
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

/// The files a built-in template needs: the shared `nd30.typ` and its main file.
pub fn files_of(builtin: &Builtin) -> Vec<(&'static str, &'static str)> {
    FILES
        .iter()
        .filter(|(path, _)| *path == "/nd30.typ" || *path == builtin.main)
        .copied()
        .collect()
}
