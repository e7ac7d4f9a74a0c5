//! Hostile article shapes for the parser's linear-time checks, shared by
//! `tests/parse_hostile.rs` and `benches/parse.rs`: each fills `size` bytes.

/// The input limit the shapes are built to (2 MiB, the reader's limit).
pub const SIZE: usize = 2 * 1024 * 1024;

/// Builds a shape of the given size in bytes.
pub type Shape = fn(usize) -> Vec<u8>;

/// Every shape with its name.
#[allow(dead_code)]
pub const ALL: [(&str, Shape); 5] = [
    ("short lines", short_lines),
    ("repeated lines", repeated_lines),
    ("one line", one_line),
    ("no punctuation", no_punctuation),
    ("dates and names", dates_and_names),
];

/// Repeats `piece(i)` for i = 0, 1, … while the result stays within `size` bytes.
fn fill(size: usize, piece: impl Fn(usize) -> String) -> Vec<u8> {
    let mut out = String::new();
    for i in 0.. {
        let p = piece(i);
        if out.len() + p.len() > size {
            break;
        }
        out.push_str(&p);
    }
    out.into_bytes()
}

/// Distinct short lines, some ending a sentence, some wrapped lower-case continuations.
pub fn short_lines(size: usize) -> Vec<u8> {
    fill(size, |i| match i % 4 {
        0 => format!("Dòng {i}.\n"),
        1 => format!("Ảnh {i}\n"),
        2 => format!("tiếp {i}\n"),
        _ => format!("Đại tá Lê Văn {i}\n"),
    })
}

/// The same two short lines over and over: every line repeats an earlier one.
pub fn repeated_lines(size: usize) -> Vec<u8> {
    fill(size, |i| {
        if i % 2 == 0 {
            "Hội nghị tổng kết.\n".to_owned()
        } else {
            "Kim Loan\n".to_owned()
        }
    })
}

/// One line of sentences with dates (without a year, so the year is looked for), years,
/// places, commas and abbreviations, no line break.
pub fn one_line(size: usize) -> Vec<u8> {
    fill(size, |i| {
        format!(
            "Sáng {}/{}, tại TP. Hà Nội, Sở {i} tổ chức Hội nghị tổng kết năm {}, do đồng chí Lê Văn A chủ trì; dự có Đại tá Trần B - Giám đốc. ",
            i % 28 + 1,
            i % 12 + 1,
            2000 + i % 25
        )
    })
}

/// A distinct name syllable for `i`: a capital and lower-case letters ("Bac").
fn syllable(mut i: usize) -> String {
    let mut out = String::new();
    let letters = b"abcdeghiklmnopqrstuvxy";
    out.push((b'B' + (i % 20) as u8) as char);
    i /= 20;
    while i > 0 {
        out.push(letters[i % letters.len()] as char);
        i /= letters.len();
    }
    out
}

/// One paragraph of words, no punctuation and no line break.
pub fn no_punctuation(size: usize) -> Vec<u8> {
    let words = [
        "dự", "có", "đồng", "chí", "tại", "do", "chủ", "trì", "hội", "nghị", "tổ", "chức", "ngày",
        "Nguyễn", "Văn", "sáng", "đề", "nghị", "với", "sự", "tham",
    ];
    fill(size, |i| format!("{} ", words[i % words.len()]))
}

/// Many dates and distinct names (each a chair) in short sentences, in a few long
/// paragraphs.
pub fn dates_and_names(size: usize) -> Vec<u8> {
    fill(size, |i| {
        let end = if i % 500 == 499 { "\n" } else { " " };
        format!(
            "Ngày {}/{}/2024, Thượng tá Nguyễn Văn {}, Phó Giám đốc Công an tỉnh dự và chủ trì.{end}",
            i % 28 + 1,
            i % 12 + 1,
            syllable(i)
        )
    })
}
