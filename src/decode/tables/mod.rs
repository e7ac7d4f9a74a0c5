//! Byte tables of the 8-bit Vietnamese encodings, built from their public charts.
//!
//! Each is checked against an independent reference in `tests/decode_fixtures.rs`
//! (glibc iconv for TCVN3 and VISCII, the `vietnamese-conversion` npm table for VNI).

pub mod tcvn3;
pub mod viscii;
pub mod vni;
