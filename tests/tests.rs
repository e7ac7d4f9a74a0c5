//! vnbrief's integration tests: one binary, one module per area.
mod parse_corpus;
