//! VISCII (RFC 1456): all 134 Vietnamese letters precomposed, six capitals in C0 bytes.

/// Characters of bytes 0x80–0xFF, sixteen to a chart row.
const ROWS: [&str; 8] = [
    "ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ",
    "ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ",
    "Õắằặấầẩậẽẹếềểễệố",
    "ồổỗỠƠộờởịỰỨỪỬơớƯ",
    "ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ",
    "ĐứÒÓÔạỷừửÙÚỹỵÝỡư",
    "àáâãảăữẫèéêẻìíĩỉ",
    "đựòóôõỏọụùúũủýợỮ",
];

/// The capitals RFC 1456 puts in C0 control bytes.
pub const C0: [(u8, char); 6] = [
    (0x02, 'Ẳ'),
    (0x05, 'Ẵ'),
    (0x06, 'Ẫ'),
    (0x14, 'Ỷ'),
    (0x19, 'Ỹ'),
    (0x1E, 'Ỵ'),
];

/// Characters of bytes 0x80–0xFF.
pub static HIGH: std::sync::LazyLock<[char; 128]> = std::sync::LazyLock::new(|| {
    let mut t = ['\u{FFFD}'; 128];
    for (slot, c) in t.iter_mut().zip(ROWS.iter().flat_map(|row| row.chars())) {
        *slot = c;
    }
    t
});

/// The character of one byte, `None` for C0 controls that carry no capital.
pub fn char_of(b: u8) -> Option<char> {
    super::char_in(&HIGH, &C0, b)
}
