//! `vnbrief templates list` and `vnbrief templates export NAME DIR`.

use std::path::Path;

use vnbrief::render::{
    builtin_files, find_builtin, BUILTINS, LETTERHEAD_PATH, MINUTES_PATH, REPORT_PATH,
};

use super::args::TemplatesCommand;
use vnbrief::io_reason;

use super::{output, Failure};

/// The sample article whose report ships with an exported template.
const SAMPLE_ARTICLE: &str = include_str!("../../examples/giao-ban-quy-1-2024.txt");
/// The sample unit settings, whose letterhead ships with an exported template.
const SAMPLE_CONFIG: &str = include_str!("../../examples/vnbrief.toml");

/// Runs a `templates` subcommand.
pub fn run(cmd: TemplatesCommand) -> Result<(), Failure> {
    match cmd {
        TemplatesCommand::List => {
            let mut out = String::new();
            for t in BUILTINS {
                out.push_str(&format!("{:<10} {}\n", t.name, t.description));
            }
            out.push_str("\nYour own: --template path/to/main.typ (start from `vnbrief templates export NAME DIR`).\n");
            output::write(Path::new("-"), out.as_bytes())
        }
        TemplatesCommand::Export { name, dir } => export(&name, &dir),
    }
}

fn export(name: &str, dir: &Path) -> Result<(), Failure> {
    let builtin = find_builtin(name).ok_or_else(|| {
        let names: Vec<&str> = BUILTINS.iter().map(|t| t.name).collect();
        Failure::usage(format!(
            "unknown template {name:?} (built-in: {})",
            names.join(", ")
        ))
    })?;
    let report = vnbrief::read_report(
        SAMPLE_ARTICLE.as_bytes(),
        "giao-ban-quy-1-2024.txt",
        &Default::default(),
    )
    .map_err(|e| Failure::failed(e.to_string()))?;
    let letterhead = vnbrief::config::parse(SAMPLE_CONFIG)
        .map_err(|e| Failure::failed(e.to_string()))?
        .letterhead;
    let mut files: Vec<(String, Vec<u8>)> = builtin_files(builtin)
        .into_iter()
        .map(|(path, text)| {
            (
                path.trim_start_matches('/').to_owned(),
                text.as_bytes().to_vec(),
            )
        })
        .collect();
    files.push((
        REPORT_PATH.trim_start_matches('/').to_owned(),
        pretty_json(&report),
    ));
    files.push((
        MINUTES_PATH.trim_start_matches('/').to_owned(),
        pretty_json(&vnbrief::minutes::minutes_of(&report)),
    ));
    files.push((
        LETTERHEAD_PATH.trim_start_matches('/').to_owned(),
        pretty_json(&letterhead),
    ));
    for font in vnbrief::fonts::FONT_FILES {
        files.push((format!("fonts/{}", font.file), font.data.to_vec()));
    }
    files.push((
        "fonts/OFL.txt".to_owned(),
        include_bytes!("../../fonts/OFL.txt").to_vec(),
    ));
    let main = builtin.main.trim_start_matches('/');
    files.push((
        "README.txt".to_owned(),
        readme(builtin.name, main).into_bytes(),
    ));

    // Nothing the user has is overwritten: check every target before writing any.
    if let Some((existing, _)) = files.iter().find(|(rel, _)| dir.join(rel).exists()) {
        return Err(Failure::usage(format!(
            "{} already exists; export into a new or empty folder",
            dir.join(existing).display()
        )));
    }
    for (rel, bytes) in &files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                Failure::failed(format!(
                    "failed to create {} ({})",
                    parent.display(),
                    io_reason(&e)
                ))
            })?;
        }
        output::write(&path, bytes)?;
    }
    eprintln!(
        "wrote {} files to {}; see {}",
        files.len(),
        dir.display(),
        dir.join("README.txt").display()
    );
    Ok(())
}

fn readme(name: &str, main: &str) -> String {
    format!(
        "The vnbrief template \"{name}\", exported to start your own.\n\
         \n\
         {main}        the template; nd30.typ holds the shared Nghị định 30 parts,\n\
         \x20                 nd30.toml their word lists (type codes, font preference …)\n\
         report.json       a sample report (from the sample article), read with json(\"/report.json\")\n\
         minutes.json      what vnbrief derives for minutes (groups, start time, tasks),\n\
         \x20                 read with json(\"/minutes.json\")\n\
         letterhead.json   sample unit settings, read with json(\"/letterhead.json\")\n\
         fonts/            the embedded fonts: family \"{family}\" (Regular, Bold, Italic,\n\
         \x20                 Bold Italic), {license}\n\
         \n\
         Use it with vnbrief (your report and settings replace the samples):\n\
         \x20 vnbrief convert bai.txt --template {main_path}\n\
         \n\
         Or compile it alone with the typst CLI:\n\
         \x20 typst compile --root . --font-path fonts --ignore-system-fonts {main}\n\
         \n\
         A template may import files inside its own folder only.\n",
        family = vnbrief::fonts::FAMILY,
        license = vnbrief::fonts::LICENSE,
        main_path = format_args!("THIS-FOLDER/{main}"),
    )
}

/// Pretty JSON with a final newline.
fn pretty_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut v = serde_json::to_vec_pretty(value).expect("serialisable");
    v.push(b'\n');
    v
}
