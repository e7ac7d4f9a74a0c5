//! Reading bytes in one given encoding, without judging the result.

use super::tables::{tcvn3, viscii, vni};
use super::{cp1252_char, DecodeError, Encoding};

/// Reads `bytes` as `encoding`: text not yet normalised, or where the bytes stop fitting.
pub fn read_as(bytes: &[u8], encoding: Encoding) -> Result<String, DecodeError> {
    let invalid = |offset| DecodeError::Invalid { encoding, offset };
    match encoding {
        Encoding::Utf8 => utf8(bytes).map(str::to_owned),
        Encoding::Utf16Le | Encoding::Utf16Be => {
            utf16(bytes, encoding == Encoding::Utf16Le).map_err(invalid)
        }
        Encoding::Windows1258 => {
            control_byte(bytes).map_or(Ok(()), |at| Err(invalid(at)))?;
            let (text, _) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
            Ok(text.into_owned())
        }
        Encoding::Tcvn3 => by_table(bytes, tcvn3::char_of).map_err(invalid),
        Encoding::Viscii => by_table(bytes, viscii::char_of).map_err(invalid),
        Encoding::VniWindows => {
            control_byte(bytes).map_or(Ok(()), |at| Err(invalid(at)))?;
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
            vni::decode(bytes, &mut out);
            Ok(out)
        }
        Encoding::Utf8ViaWindows1252 => {
            let text = utf8(bytes)?;
            let start = bytes.len() - text.len();
            let mut raw = Vec::with_capacity(text.len());
            for (i, c) in text.char_indices() {
                raw.push(cp1252_byte(c).ok_or(invalid(start + i))?);
            }
            match String::from_utf8(raw) {
                Ok(s) => Ok(s),
                // The offset is in the re-encoded bytes; it is the best pointer there is.
                Err(e) => Err(invalid(start + e.utf8_error().valid_up_to())),
            }
        }
    }
}

/// UTF-8 without its byte-order mark.
fn utf8(bytes: &[u8]) -> Result<&str, DecodeError> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(body).map_err(|e| DecodeError::NotUtf8 {
        offset: e.valid_up_to() + (bytes.len() - body.len()),
    })
}

/// UTF-16 without its byte-order mark; the error is the offset of the first bad unit.
fn utf16(bytes: &[u8], little: bool) -> Result<String, usize> {
    let bom: &[u8] = if little { b"\xFF\xFE" } else { b"\xFE\xFF" };
    let skip = if bytes.starts_with(bom) { 2 } else { 0 };
    let body = &bytes[skip..];
    if body.len() % 2 == 1 {
        return Err(bytes.len() - 1);
    }
    let units = body.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let mut out = String::with_capacity(body.len() / 2 * 3);
    let mut unit = 0;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) if !is_bad_control(c) => out.push(c),
            _ => return Err(skip + unit * 2),
        }
        unit += c.map_or(1, char::len_utf16);
    }
    Ok(out)
}

/// Reads a one-byte-per-character table; `None` from the table is an invalid byte.
fn by_table(bytes: &[u8], char_of: fn(u8) -> Option<char>) -> Result<String, usize> {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    for (i, &b) in bytes.iter().enumerate() {
        if (0x20..0x80).contains(&b) {
            out.push(b as char);
        } else {
            out.push(char_of(b).ok_or(i)?);
        }
    }
    Ok(out)
}

/// The offset of the first C0 control byte other than tab, line ends and form feed.
pub fn control_byte(bytes: &[u8]) -> Option<usize> {
    bytes
        .iter()
        .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
}

/// True for a control character that has no place in an article.
fn is_bad_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}')) || c == '\u{7F}'
}

/// The Windows-1252 byte of a character, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if code < 0x80 || (0xA0..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    (0x80..=0x9F).find(|&b| cp1252_char(b) == c)
}

/// True when every character has a Windows-1252 byte and one at least is not ASCII.
pub fn fits_cp1252(text: &str) -> bool {
    !text.is_ascii() && text.chars().all(|c| cp1252_byte(c).is_some())
}
