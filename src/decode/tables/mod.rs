//! Byte tables of the 8-bit Vietnamese encodings, built from their public charts.
//!
//! Each is checked against an independent reference in `tests/decode_fixtures.rs`
//! (glibc iconv for TCVN3 and VISCII, the `vietnamese-conversion` npm table for VNI).

pub mod tcvn3;
pub mod viscii;
pub mod vni;

/// The character of byte `b` in a table whose high half is `high` and whose C0 control
/// bytes listed in `c0` carry capitals; `None` for the other C0 controls.
fn char_in(high: &[char; 128], c0: &[(u8, char)], b: u8) -> Option<char> {
    if b >= 0x80 {
        Some(high[(b - 0x80) as usize])
    } else if b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0C) {
        Some(b as char)
    } else {
        c0.iter().find(|(byte, _)| *byte == b).map(|(_, c)| *c)
    }
}
