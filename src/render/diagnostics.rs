//! Typst diagnostics as `file:line:col: error: message` lines with the source line,
//! the way the typst CLI prints them.

use typst::diag::{Severity, SourceDiagnostic};
use typst::syntax::Lines;
use typst::WorldExt;

use super::world::DocWorld;

/// Formats diagnostics, one block each: location, severity and message, then the
/// source line with a caret, then hints.
pub fn format(world: &DocWorld<'_>, diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format_one(world, d))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Formats one diagnostic.
pub fn format_one(world: &DocWorld<'_>, diag: &SourceDiagnostic) -> String {
    let severity = match diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = String::new();
    let located = diag.span.id().and_then(|id| {
        let range = world.range(diag.span)?;
        let lines = lines_of(world, id)?;
        let (line, col) = lines.byte_to_line_column(range.start)?;
        let text = lines
            .line_to_range(line)
            .and_then(|r| lines.text().get(r))
            .map(|t| t.trim_end_matches(['\n', '\r']).to_owned());
        Some((world.template.display_name(id), line, col, text))
    });
    match located {
        Some((file, line, col, text)) => {
            out.push_str(&format!(
                "{file}:{}:{}: {severity}: {}",
                line + 1,
                col + 1,
                diag.message
            ));
            if let Some(text) = text {
                let caret_pad: String = text
                    .chars()
                    .take(col)
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                out.push_str(&format!("\n  | {text}\n  | {caret_pad}^"));
            }
        }
        None => out.push_str(&format!("{severity}: {}", diag.message)),
    }
    // Hints about typst CLI flags (`--root`) mean nothing to a vnbrief user.
    for hint in diag.hints.iter().filter(|h| !h.v.contains("--root")) {
        out.push_str(&format!("\n  = hint: {}", hint.v));
    }
    out
}

/// The line table of a file the diagnostic points into: a Typst source or a data file.
fn lines_of(world: &DocWorld<'_>, id: typst::syntax::FileId) -> Option<Lines<String>> {
    use typst::World;
    if let Ok(source) = world.source(id) {
        return Some(source.lines().clone());
    }
    let bytes = world.file(id).ok()?;
    let text = String::from_utf8(bytes.to_vec()).ok()?;
    Some(Lines::new(text))
}
