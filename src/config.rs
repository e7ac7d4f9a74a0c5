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

/// A settings file is refused beyond this size: a unit's settings are a few hundred bytes.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Why a settings file could not be used.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// The file could not be read.
    Read {
        /// The file given.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The file is larger than [`MAX_CONFIG_BYTES`].
    TooLarge {
        /// The file given.
        path: PathBuf,
    },
    /// The file is not valid settings (TOML syntax, an unknown key, a wrong type).
    Invalid {
        /// The file, when the text came from one.
        path: Option<PathBuf>,
        /// The TOML reader's message.
        reason: String,
    },
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ConfigError::Read { path, reason } => {
                write!(f, "failed to read {} ({reason})", path.display())
            }
            ConfigError::TooLarge { path } => write!(
                f,
                "failed to read {} (larger than {} MB: not a settings file)",
                path.display(),
                MAX_CONFIG_BYTES >> 20
            ),
            ConfigError::Invalid {
                path: Some(path),
                reason,
            } => write!(f, "invalid settings in {} ({reason})", path.display()),
            ConfigError::Invalid { path: None, reason } => {
                write!(f, "invalid settings ({reason})")
            }
        }
    }
}

impl std::error::Error for ConfigError {}

/// Reads and checks a `vnbrief.toml`; its font folders are resolved against its folder.
pub fn load(path: &Path) -> Result<UnitConfig, ConfigError> {
    use std::io::Read;
    let read_error = |e: std::io::Error| ConfigError::Read {
        path: path.to_owned(),
        reason: crate::io_reason(&e),
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes))
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(ConfigError::TooLarge {
            path: path.to_owned(),
        });
    }
    let text = String::from_utf8(bytes).map_err(|_| ConfigError::Read {
        path: path.to_owned(),
        reason: "not UTF-8 text".into(),
    })?;
    let mut config = parse(&text).map_err(|e| match e {
        ConfigError::Invalid { reason, .. } => ConfigError::Invalid {
            path: Some(path.to_owned()),
            reason,
        },
        other => other,
    })?;
    let base = path.parent().unwrap_or(Path::new(""));
    config.fonts = config.fonts.iter().map(|f| base.join(f)).collect();
    Ok(config)
}

/// Parses the text of a `vnbrief.toml`.
pub fn parse(text: &str) -> Result<UnitConfig, ConfigError> {
    toml::from_str(text).map_err(|e| {
        // The line of the error, as the TOML reader counts it, instead of its drawing of it.
        let line = e
            .span()
            .map(|span| format!(" on line {}", text[..span.start].matches('\n').count() + 1))
            .unwrap_or_default();
        ConfigError::Invalid {
            path: None,
            reason: format!("{}{line}", crate::error::plain_words(e.message())),
        }
    })
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

    /// Trial 7, 9: `date` takes what `--date` takes, and a TOML date; refusals are in words.
    #[test]
    fn the_date_is_a_date() {
        let expected = Some(crate::render::DocDate {
            year: 2024,
            month: 4,
            day: 12,
        });
        for text in [
            "date = \"2024-04-12\"",
            "date = 2024-04-12",
            "date = { year = 2024, month = 4, day = 12 }",
        ] {
            assert_eq!(parse(text).unwrap().letterhead.date, expected, "{text}");
        }
        for (text, why) in [
            ("date = \"2024-02-30\"", "2024-02-30"),
            ("date = 2024-02-30", "line 1"),
            ("date = 2024-02-10T10:00:00", "without a time"),
            ("date = \"12/4/2024\"", "YYYY-MM-DD"),
            ("date = 5", "YYYY-MM-DD"),
            ("date = { year = 2024, month = 4 }", "year, month and day"),
            ("number = 5", "text in quotes"),
        ] {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(why), "{text}: {err}");
            assert!(!err.contains('\n'), "{text}: {err}");
            for rust in ["DocDate", "struct", "u8", "i32", "usize"] {
                assert!(!err.contains(rust), "{text}: {err}");
            }
        }
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err = parse("isuing_body = \"x\"").unwrap_err().to_string();
        assert!(err.contains("isuing_body"), "{err}");
    }

    #[test]
    fn oversized_and_binary_files_are_refused_in_words() {
        let dir = std::env::temp_dir().join(format!("vnbrief-config-big-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let big = dir.join("big.toml");
        let line = "# padding\n".repeat((MAX_CONFIG_BYTES as usize / 10) + 1);
        std::fs::write(&big, line).unwrap();
        let binary = dir.join("binary.toml");
        std::fs::write(&binary, [0xff, 0xfe, 0x00]).unwrap();
        let big_err = load(&big).unwrap_err().to_string();
        let binary_err = load(&binary).unwrap_err().to_string();
        let invalid = dir.join("invalid.toml");
        std::fs::write(&invalid, "number = 5").unwrap();
        let invalid_err = load(&invalid).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(big_err.contains("larger than 1 MB"), "{big_err}");
        assert!(binary_err.contains("not UTF-8"), "{binary_err}");
        assert!(
            invalid_err.starts_with("invalid settings in ") && invalid_err.contains("invalid.toml"),
            "{invalid_err}"
        );
    }
}
