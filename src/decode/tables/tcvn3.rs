//! TCVN3 (TCVN 5712:1993, the ABC / .VnTime encoding).
//!
//! The lowercase letters and the seven plain capitals (0xA1–0xFE) are the VN3 chart that
//! .VnTime fonts use; the toned capitals in 0x80–0x9F, in the gaps of 0xA1–0xFF and in
//! C0 control bytes are the VN1 additions, placed as glibc's `TCVN5712-1` places them, so
//! files written by iconv read back too.

/// Tone order of the chart: each vowel's five toned forms follow in this order.
const TONES: [char; 5] = ['\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}'];

/// Chart rows: a base vowel and the bytes of its grave, hook, tilde, acute, dot forms.
const VOWEL_ROWS: [(char, [u8; 5]); 12] = [
    ('a', [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]),
    ('ă', [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
    ('â', [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]),
    ('e', [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
    ('ê', [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]),
    ('i', [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
    ('o', [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]),
    ('ô', [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
    ('ơ', [0xEA, 0xEB, 0xEC, 0xED, 0xEE]),
    ('u', [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
    ('ư', [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]),
    ('y', [0xFA, 0xFB, 0xFC, 0xFD, 0xFE]),
];

/// Plain letters: the seven VN3 capitals, their lowercase, and the five tone marks that
/// VN3 also offers as separate bytes (0xB0–0xB4), and the no-break space.
const PLAIN: [(u8, char); 20] = [
    (0xA0, '\u{A0}'),
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB0, '\u{300}'),
    (0xB1, '\u{309}'),
    (0xB2, '\u{303}'),
    (0xB3, '\u{301}'),
    (0xB4, '\u{323}'),
];

/// VN1 toned capitals in 0x80–0x9F, in chart order.
const CAPS_80: &str = "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ";

/// VN1 toned capitals placed in the gaps of the VN3 area.
const CAPS_GAPS: [(u8, char); 16] = [
    (0xAF, 'Ằ'),
    (0xBA, 'Ẳ'),
    (0xBF, 'Ẵ'),
    (0xC0, 'Ắ'),
    (0xC1, 'Ầ'),
    (0xC2, 'Ẩ'),
    (0xC3, 'Ẫ'),
    (0xC4, 'Ấ'),
    (0xC5, 'Ề'),
    (0xCD, 'Ể'),
    (0xD9, 'Ễ'),
    (0xDA, 'Ế'),
    (0xDB, 'Ồ'),
    (0xE0, 'Ổ'),
    (0xF0, 'Ỗ'),
    (0xFF, 'Ố'),
];

/// VN1 toned capitals in C0 control bytes (which VN3 text never uses otherwise).
pub const C0: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

/// Composes a base vowel with a tone mark (both in the chart, so always one code point).
const fn compose(base: char, tone: char) -> char {
    // A small fixed lookup keeps this `const`: the 12 × 5 toned vowels in chart order.
    const TABLE: [[char; 5]; 12] = [
        ['à', 'ả', 'ã', 'á', 'ạ'],
        ['ằ', 'ẳ', 'ẵ', 'ắ', 'ặ'],
        ['ầ', 'ẩ', 'ẫ', 'ấ', 'ậ'],
        ['è', 'ẻ', 'ẽ', 'é', 'ẹ'],
        ['ề', 'ể', 'ễ', 'ế', 'ệ'],
        ['ì', 'ỉ', 'ĩ', 'í', 'ị'],
        ['ò', 'ỏ', 'õ', 'ó', 'ọ'],
        ['ồ', 'ổ', 'ỗ', 'ố', 'ộ'],
        ['ờ', 'ở', 'ỡ', 'ớ', 'ợ'],
        ['ù', 'ủ', 'ũ', 'ú', 'ụ'],
        ['ừ', 'ử', 'ữ', 'ứ', 'ự'],
        ['ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ'],
    ];
    let mut row = 0;
    while row < 12 {
        if VOWEL_ROWS[row].0 == base {
            let mut t = 0;
            while t < 5 {
                if TONES[t] == tone {
                    return TABLE[row][t];
                }
                t += 1;
            }
        }
        row += 1;
    }
    '\u{FFFD}'
}

/// Characters of bytes 0x80–0xFF.
pub const HIGH: [char; 128] = build();

const fn build() -> [char; 128] {
    let mut t = ['\u{FFFD}'; 128];
    let mut i = 0;
    while i < 12 {
        let (base, bytes) = VOWEL_ROWS[i];
        let mut j = 0;
        while j < 5 {
            t[(bytes[j] - 0x80) as usize] = compose(base, TONES[j]);
            j += 1;
        }
        i += 1;
    }
    i = 0;
    while i < PLAIN.len() {
        t[(PLAIN[i].0 - 0x80) as usize] = PLAIN[i].1;
        i += 1;
    }
    i = 0;
    while i < CAPS_GAPS.len() {
        t[(CAPS_GAPS[i].0 - 0x80) as usize] = CAPS_GAPS[i].1;
        i += 1;
    }
    let caps = CAPS_80.as_bytes();
    // CAPS_80 is UTF-8; walk it by hand since `chars()` is not const.
    let (mut pos, mut n) = (0, 0);
    while pos < caps.len() {
        let (c, len) = decode_utf8_const(caps, pos);
        t[n] = c;
        n += 1;
        pos += len;
    }
    t
}

/// Decodes one UTF-8 character of a known-valid string at `pos` (const context).
const fn decode_utf8_const(s: &[u8], pos: usize) -> (char, usize) {
    let b = s[pos] as u32;
    let (cp, len) = if b < 0x80 {
        (b, 1)
    } else if b < 0xE0 {
        (((b & 0x1F) << 6) | (s[pos + 1] as u32 & 0x3F), 2)
    } else {
        (
            ((b & 0x0F) << 12) | ((s[pos + 1] as u32 & 0x3F) << 6) | (s[pos + 2] as u32 & 0x3F),
            3,
        )
    };
    match char::from_u32(cp) {
        Some(c) => (c, len),
        None => ('\u{FFFD}', len),
    }
}

/// The character of one byte, `None` for C0 controls that carry no capital.
pub fn char_of(b: u8) -> Option<char> {
    super::char_in(&HIGH, &C0, b)
}
