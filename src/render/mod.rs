//! Render: [`Report`](crate::Report) → PDF through an embedded Typst engine.

use std::fmt;

/// Why a report could not be rendered.
#[derive(Debug)]
#[non_exhaustive]
pub enum RenderError {
    /// The template failed to compile; the diagnostics, one per line.
    Template(String),
}

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RenderError::Template(msg) => write!(f, "template error: {msg}"),
        }
    }
}

impl std::error::Error for RenderError {}
