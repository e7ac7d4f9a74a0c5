//! VNI-Windows: an ASCII base letter followed by a mark byte ("aø" = à, "eä" = ệ), plus
//! single bytes for đ, ơ, ư and the toned i/ỵ that have no base-letter form.
//!
//! Mark bytes are Windows-1252 letters, so a byte means a mark only after a letter that
//! can carry it; anywhere else it stays the Windows-1252 character it looks like.

/// Combining marks of a mark byte (upper-case form 0xC0–0xDF; lower case is +0x20).
fn marks_of(upper: u8) -> Option<&'static str> {
    Some(match upper {
        0xD9 => "\u{301}",
        0xD8 => "\u{300}",
        0xDB => "\u{309}",
        0xD5 => "\u{303}",
        0xCF => "\u{323}",
        0xC2 => "\u{302}",
        0xC1 => "\u{302}\u{301}",
        0xC0 => "\u{302}\u{300}",
        0xC5 => "\u{302}\u{309}",
        0xC3 => "\u{302}\u{303}",
        0xC4 => "\u{302}\u{323}",
        0xCA => "\u{306}",
        0xC9 => "\u{306}\u{301}",
        0xC8 => "\u{306}\u{300}",
        0xDA => "\u{306}\u{309}",
        0xDC => "\u{306}\u{303}",
        0xCB => "\u{306}\u{323}",
        _ => return None,
    })
}

/// Letters VNI writes as one byte (upper-case form; lower case is +0x20).
fn single_of(upper: u8) -> Option<(char, char)> {
    Some(match upper {
        0xD1 => ('Đ', 'đ'),
        0xD4 => ('Ơ', 'ơ'),
        0xD6 => ('Ư', 'ư'),
        0xCD => ('Í', 'í'),
        0xCC => ('Ì', 'ì'),
        0xC6 => ('Ỉ', 'ỉ'),
        0xD3 => ('Ĩ', 'ĩ'),
        0xD2 => ('Ị', 'ị'),
        0xCE => ('Ỵ', 'ỵ'),
        _ => return None,
    })
}

/// True when `mark` (combining sequence) fits on `base`: a circumflex on a/e/o, a breve on a,
/// a tone on any vowel.
fn fits(base: char, marks: &str) -> bool {
    let lower = base.to_lowercase().next().unwrap_or(base);
    match marks.chars().next() {
        Some('\u{302}') => matches!(lower, 'a' | 'e' | 'o'),
        Some('\u{306}') => lower == 'a',
        Some(_) => matches!(lower, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ơ' | 'ư'),
        None => false,
    }
}

/// Decodes VNI bytes to text with combining marks (the caller composes to NFC).
pub fn decode(bytes: &[u8], out: &mut String) {
    let mut prev: Option<char> = None;
    for &b in bytes {
        if b < 0x80 {
            let c = b as char;
            out.push(c);
            prev = Some(c);
            continue;
        }
        let upper = if b >= 0xE0 { b - 0x20 } else { b };
        if b >= 0xC0 {
            if let Some(marks) = marks_of(upper) {
                if let Some(base) = prev.filter(|p| fits(*p, marks)) {
                    out.push_str(marks);
                    // A second mark byte after a marked letter is not VNI; keep it literal.
                    let _ = base;
                    prev = None;
                    continue;
                }
            } else if let Some((cap, small)) = single_of(upper) {
                let c = if b >= 0xE0 { small } else { cap };
                out.push(c);
                prev = Some(c);
                continue;
            }
        }
        let c = crate::decode::cp1252_char(b);
        out.push(c);
        prev = Some(c);
    }
}
