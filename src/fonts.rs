//! Fonts: the embedded font files and their character coverage.
