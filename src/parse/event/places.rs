//! The parts that locate a venue: administrative units, street address parts, place names.

use crate::parse::people::starts_with_marker;
use crate::parse::rules::PLACE_ADDRESS_PARTS;
use crate::parse::rules::PLACE_ADMIN_UNITS;
use crate::parse::rules::PLACE_NAMES;
use crate::parse::rules::PLACE_UNIT_BODIES;
use crate::parse::text::longest_prefix;
use crate::parse::text::trim_end_punct;
use crate::parse::text::word_count;

/// True for a part that locates something: a city or a country by its name alone ("Hà
/// Nội") or an administrative unit with its name ("tỉnh Kiên Giang").
pub(super) fn is_locator(part: &str) -> bool {
    longest_prefix(part, &PLACE_NAMES).is_some_and(|(_, len)| len == part.len())
        || is_admin_unit(part)
}

/// True for an administrative unit with its name ("tỉnh Kiên Giang", "Thành phố Hải
/// Phòng", "Quận 3"), not a body named after one ("Tỉnh ủy").
pub(super) fn is_admin_unit(part: &str) -> bool {
    longest_prefix(part, &PLACE_ADMIN_UNITS).is_some_and(|(_, len)| {
        let name = part[len..].trim_start_matches(['.', ' ']);
        // "Huyện Đoàn", "Tỉnh Ủy" written with a capital: bodies, not places.
        name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && longest_prefix(name, &PLACE_UNIT_BODIES).is_none()
    })
}

/// True for a part of a street address after a venue ("số 70", "Đường Nguyễn Văn Quá",
/// "phố Trần Phú"): a word of [`PLACE_ADDRESS_PARTS`] and a number or a name.
pub(super) fn is_address_part(part: &str) -> bool {
    longest_prefix(part, &PLACE_ADDRESS_PARTS).is_some_and(|(_, len)| {
        let name = part[len..].trim_start();
        len < part.len()
            && part[len..].starts_with(' ')
            && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// True for a count of administrative units as a subject ("14 xã, thị trấn đã tổ chức kỳ
/// họp …": each of them held one).
pub(super) fn is_count_of_units(s: &str) -> bool {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || !s[digits..].starts_with(' ') {
        return false;
    }
    s[digits..].split([',', '/']).all(|part| {
        let part = part.trim();
        longest_prefix(part, &PLACE_ADMIN_UNITS).is_some_and(|(_, len)| len == part.len())
    })
}

/// True for a short place name after a venue ("Hà Nội", "Đà Nẵng"): one to three
/// capitalised words, no number, no rank or honorific ("Hà" is a family name too).
pub(super) fn is_place_name(part: &str) -> bool {
    let part = trim_end_punct(part);
    let n = word_count(part);
    (1..=3).contains(&n)
        && part.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit())
        })
        && !starts_with_marker(part)
}
