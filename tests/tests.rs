//! vnbrief's integration tests: one binary, one module per area.
//!
//! Goldens (`tests/fixtures/**/*.report.json`) are rewritten with `VNBRIEF_BLESS=1 cargo
//! test`; review the diff before committing. PDFs are read in Rust ([`pdf_read`]): the
//! suite needs nothing but the Rust toolchain.

/// Reading PDFs in Rust: text, glyph positions and fonts, page boxes, information.
mod pdf_read;
mod util;

/// `batch`: manifests, kills and resume, unsafe archive paths, shards, combining; hostile
/// inputs (FIFOs, links, bombs, damaged archives), unique names, the lock, Ctrl-C.
mod batch;
/// `convert`, `parse`, `render`, `fonts` as a user runs them, and bad input: devices and
/// FIFOs as outputs, endless inputs and the limits, NUL bytes, impossible dates.
mod cli;
/// Legacy encodings, UTF-16, HTML pages: fixtures equal their UTF-8 twins; fuzzing.
mod decode_fixtures;
/// The Nghị định 30 layout measured in the PDFs against the decree's numbers.
mod layout;
/// The parser follows meaning-preserving rewrites: other organisers and places, date shapes, moved dates.
mod metamorphic;
/// The parser on the dev and held-out corpora: gold labels, field scores, nothing lost, robustness.
mod parse_corpus;
/// The parser on hostile shapes at the input limit: linear time.
mod parse_hostile;
/// What the PDFs hold: text, fonts, page size, margins, metadata, determinism.
mod pdf;
/// `vnbrief serve` over HTTP: endpoints, security refusals, runaway templates.
mod serve;
/// Users' templates and their sandbox, export, unit settings, PDF standards.
mod templates;
/// Worker processes: deadlines, memory limits, crashes, replacement.
mod worker;
