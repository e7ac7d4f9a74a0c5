//! A test helper: a copy of an OFL font whose `name` table calls its family "Times New
//! Roman", so the font-folder path can be tested without shipping Times New Roman.
//!
//! ttf-parser reads the font; the new `name` table and the table directory are written
//! here, with the checksums the OpenType specification asks for.

/// The font with `from` replaced by `family` in its naming records (family, full, unique,
/// PostScript and typographic names; the PostScript name gets `family` without spaces).
/// The copyright and trademark notices stay as they are.
pub fn rename_family(font: &[u8], from: &str, family: &str) -> Vec<u8> {
    let face = ttf_parser::RawFace::parse(font, 0).expect("a font");
    let name = face
        .table(ttf_parser::Tag::from_bytes(b"name"))
        .expect("a name table");
    let new_name = rewrite_name_table(name, from, family);
    let mut tables: Vec<([u8; 4], Vec<u8>)> = face
        .table_records
        .into_iter()
        .map(|r| {
            let tag = r.tag.to_bytes();
            let data = if &tag == b"name" {
                new_name.clone()
            } else {
                face.table(r.tag).expect("listed table").to_vec()
            };
            (tag, data)
        })
        .collect();
    // checkSumAdjustment is computed over the font with it set to 0.
    for (tag, data) in &mut tables {
        if tag == b"head" {
            data[8..12].copy_from_slice(&[0; 4]);
        }
    }
    let mut out = write_font(&font[0..4], &tables);
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
    let head = find_table_offset(&out, b"head");
    out[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
    out
}

/// Name IDs that name the font: family 1, unique 3, full 4, PostScript 6, typographic
/// family 16 and subfamily 17, WWS 21 and 22.
const NAMING_IDS: [u16; 8] = [1, 3, 4, 6, 16, 17, 21, 22];

fn rewrite_name_table(name: &[u8], from: &str, family: &str) -> Vec<u8> {
    let u16_at = |o: usize| u16::from_be_bytes([name[o], name[o + 1]]);
    let count = u16_at(2) as usize;
    let strings = u16_at(4) as usize;
    let ps_name: String = family.chars().filter(|c| !c.is_whitespace()).collect();
    let mut records = Vec::new();
    let mut storage: Vec<u8> = Vec::new();
    for i in 0..count {
        let r = 6 + i * 12;
        let (platform, encoding, language, id) =
            (u16_at(r), u16_at(r + 2), u16_at(r + 4), u16_at(r + 6));
        let (len, off) = (u16_at(r + 8) as usize, u16_at(r + 10) as usize);
        let raw = &name[strings + off..strings + off + len];
        let to = if id == 6 { ps_name.as_str() } else { family };
        let to = if NAMING_IDS.contains(&id) { to } else { from };
        let bytes = if platform == 1 {
            // Macintosh Roman: the names are ASCII, replaced byte for byte.
            replace_bytes(raw, from.as_bytes(), to.as_bytes())
        } else {
            let units: Vec<u16> = raw
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units)
                .expect("a UTF-16 name")
                .replace(from, to)
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect()
        };
        records.push([
            platform,
            encoding,
            language,
            id,
            bytes.len() as u16,
            storage.len() as u16,
        ]);
        storage.extend(bytes);
    }
    let mut out = Vec::new();
    for v in [0u16, count as u16, (6 + count * 12) as u16] {
        out.extend(v.to_be_bytes());
    }
    for record in records {
        for v in record {
            out.extend(v.to_be_bytes());
        }
    }
    out.extend(storage);
    out
}

fn replace_bytes(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(from) {
            out.extend(to);
            i += from.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// An sfnt file: header, table directory (tags in ascending order), tables 4-byte aligned.
fn write_font(version: &[u8], tables: &[([u8; 4], Vec<u8>)]) -> Vec<u8> {
    let mut sorted: Vec<&([u8; 4], Vec<u8>)> = tables.iter().collect();
    sorted.sort_by_key(|(tag, _)| *tag);
    let n = sorted.len() as u16;
    let power = 1u16 << (15 - n.leading_zeros());
    let mut out = version.to_vec();
    for v in [
        n,
        power * 16,
        power.trailing_zeros() as u16,
        n * 16 - power * 16,
    ] {
        out.extend(v.to_be_bytes());
    }
    let mut offset = 12 + 16 * sorted.len();
    let mut body = Vec::new();
    for (tag, data) in &sorted {
        out.extend(tag);
        out.extend(checksum(data).to_be_bytes());
        out.extend((offset as u32).to_be_bytes());
        out.extend((data.len() as u32).to_be_bytes());
        body.extend(data.iter());
        while body.len() % 4 != 0 {
            body.push(0);
        }
        offset = 12 + 16 * sorted.len() + body.len();
    }
    out.extend(body);
    out
}

fn find_table_offset(font: &[u8], tag: &[u8; 4]) -> usize {
    let n = u16::from_be_bytes([font[4], font[5]]) as usize;
    (0..n)
        .map(|i| 12 + 16 * i)
        .find(|&r| &font[r..r + 4] == tag)
        .map(|r| {
            u32::from_be_bytes([font[r + 8], font[r + 9], font[r + 10], font[r + 11]]) as usize
        })
        .expect("the table is listed")
}

/// The OpenType table checksum: the sum of big-endian u32 words, zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut word = [0u8; 4];
        word[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

#[test]
fn renamed_font_keeps_its_glyphs_and_changes_its_family() {
    let tinos = std::fs::read(crate::util::root().join("fonts/Tinos-Bold.ttf")).unwrap();
    let renamed = rename_family(&tinos, "Tinos", "Times New Roman");
    let face = ttf_parser::Face::parse(&renamed, 0).unwrap();
    let names: Vec<(u16, String)> = face
        .names()
        .into_iter()
        .filter_map(|n| Some((n.name_id, n.to_string()?)))
        .collect();
    let family = names
        .iter()
        .find(|(id, _)| *id == 1)
        .map(|(_, s)| s.as_str());
    assert_eq!(family, Some("Times New Roman"));
    for (id, name) in &names {
        assert!(
            !NAMING_IDS.contains(id) || !name.contains("Tinos"),
            "{id}: {name}"
        );
    }
    let original = ttf_parser::Face::parse(&tinos, 0).unwrap();
    assert_eq!(face.number_of_glyphs(), original.number_of_glyphs());
    let g = original.glyph_index('Ệ').unwrap();
    assert_eq!(face.glyph_index('Ệ'), Some(g));
    assert_eq!(face.glyph_hor_advance(g), original.glyph_hor_advance(g));
    assert_eq!(checksum(&renamed), 0xB1B0_AFBA, "whole-font checksum");
}
