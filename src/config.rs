//! Unit settings: a `vnbrief.toml` with the fixed data of the unit that issues documents.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::render::Letterhead;

/// The contents of a `vnbrief.toml`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct UnitConfig {
    /// The template to use unless `--template` is given.
    pub template: Option<String>,
    /// PDF standards unless `--pdf-standard` is given.
    pub pdf_standards: Vec<String>,
    /// Folders of extra fonts, relative to the settings file's folder; `--font-path`
    /// adds to them.
    pub fonts: Vec<PathBuf>,
    /// The letterhead: parent and issuing body, number pattern, place, signer, recipients.
    #[serde(flatten)]
    pub letterhead: Letterhead,
}

/// Reads and checks a `vnbrief.toml`; its font folders are resolved against its folder.
pub fn load(path: &Path) -> Result<UnitConfig, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!(
            "failed to read {} ({})",
            path.display(),
            crate::io_reason(&e)
        )
    })?;
    let mut config =
        parse(&text).map_err(|e| format!("invalid settings in {} ({e})", path.display()))?;
    let base = path.parent().unwrap_or(Path::new(""));
    config.fonts = config.fonts.iter().map(|f| base.join(f)).collect();
    Ok(config)
}

/// Parses the text of a `vnbrief.toml`.
pub fn parse(text: &str) -> Result<UnitConfig, String> {
    toml::from_str(text).map_err(|e| e.message().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shipped_sample() {
        let sample = include_str!("../examples/vnbrief.toml");
        let config = parse(sample).unwrap();
        assert_eq!(config.letterhead.parent_body.as_deref(), Some("BỘ CÔNG AN"));
        // The template puts the type code in: the unit's pattern has none of its own.
        assert_eq!(config.letterhead.number.as_deref(), Some("……/C06"));
        assert!(config.letterhead.recipients.len() >= 2);
        assert!(config.letterhead.drafting_unit.is_some());
        assert!(
            config.letterhead.date.is_none(),
            "a unit file has no fixed date"
        );
    }

    #[test]
    fn font_folders_are_relative_to_the_file() {
        let dir = std::env::temp_dir().join(format!("vnbrief-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("vnbrief.toml");
        std::fs::write(&file, "fonts = [\"phong-chu\", \"/usr/share/fonts\"]\n").unwrap();
        let config = load(&file).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(
            config.fonts,
            vec![dir.join("phong-chu"), PathBuf::from("/usr/share/fonts")]
        );
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = parse("isuing_body = \"x\"").unwrap_err();
        assert!(err.contains("isuing_body"), "{err}");
    }
}
