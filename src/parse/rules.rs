//! Rule data: the words the parser recognises, as plain tables.
//!
//! Everything language-specific that is a list rather than a grammar lives here, so that a
//! reader can check and extend it without reading regular expressions. Matching is
//! case-insensitive unless a table says otherwise; longer entries are tried before shorter
//! ones by the code that reads these tables.

/// Police and military ranks (Luật CAND 2018, Luật Sĩ quan QĐND), both "úy" and "uý" spellings.
pub const RANKS: &[&str] = &[
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Chuẩn Đô đốc",
    "Phó Đô đốc",
    "Đô đốc",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Đại uý",
    "Thượng úy",
    "Thượng uý",
    "Trung úy",
    "Trung uý",
    "Thiếu úy",
    "Thiếu uý",
    "Chuẩn úy",
    "Chuẩn uý",
    "Thượng sĩ",
    "Trung sĩ",
    "Hạ sĩ",
    "Binh nhất",
    "Binh nhì",
];

/// Academic titles and degrees written as abbreviations; they chain with "." or ","
/// ("PGS.TS", "GS,TS.", "ThS. BS"). Matched case-sensitively: "TS" is a title, "ts" is not.
pub const ACADEMIC_ABBREVIATIONS: &[&str] = &[
    "PGS", "GS", "TSKH", "TS", "ThS", "BSCKII", "BSCKI", "BS", "DS", "KS", "KTS", "LS", "NGND",
    "NGƯT", "NSND", "NSƯT",
];

/// Academic titles written out in words.
pub const ACADEMIC_WORDS: &[&str] = &[
    "Phó Giáo sư",
    "Giáo sư",
    "Tiến sĩ",
    "Tiến sỹ",
    "Thạc sĩ",
    "Thạc sỹ",
    "Bác sĩ",
    "Bác sỹ",
];

/// Forms of address that mark a person but are not ranks.
pub const HONORIFICS: &[&str] = &[
    "các đồng chí",
    "đồng chí",
    "đ/c",
    "đ/ c",
    "ông",
    "bà",
    "anh",
    "chị",
    "em",
    "ngài",
];

/// Words that begin a position or office ("Phó Giám đốc Công an tỉnh", "Tỉnh ủy viên, …").
pub const POSITION_HEADS: &[&str] = &[
    "Phó",
    "Quyền",
    "Nguyên",
    "Ủy viên",
    "Uỷ viên",
    "Tỉnh ủy viên",
    "Tỉnh uỷ viên",
    "Thành ủy viên",
    "Thành uỷ viên",
    "Huyện ủy viên",
    "Huyện uỷ viên",
    "Đảng ủy viên",
    "Bí thư",
    "Tổng Bí thư",
    "Chủ tịch",
    "Giám đốc",
    "Tổng Giám đốc",
    "Trưởng",
    "Chủ nhiệm",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thủ tướng",
    "Cục trưởng",
    "Vụ trưởng",
    "Viện trưởng",
    "Hiệu trưởng",
    "Tổng cục trưởng",
    "Chỉ huy trưởng",
    "Tham mưu trưởng",
    "Đội trưởng",
    "Đồn trưởng",
    "Tổ trưởng",
    "Trạm trưởng",
    "Kế toán trưởng",
    "Tư lệnh",
    "Chính ủy",
    "Chính uỷ",
    "Chánh",
    "Thủ trưởng",
    "Giám thị",
    "Thường trực",
    "Đại biểu Quốc hội",
    "Trợ lý",
    "Giảng viên",
    "Tổng Thư ký",
    "Thư ký",
    "Chủ nhiệm",
    "Người phát ngôn",
    "PCT",
    "PGĐ",
    "PBT",
    "GĐ",
];

/// Nouns that begin the name of an event ("Hội nghị …", "Lễ …", "buổi làm việc …").
pub const EVENT_WORDS: &[&str] = &[
    "Hội nghị",
    "Hội thảo",
    "Đại hội",
    "Lễ",
    "Buổi",
    "Cuộc họp",
    "Cuộc gặp",
    "Cuộc thi",
    "Phiên họp",
    "Kỳ họp",
    "Kì họp",
    "Họp mặt",
    "Họp báo",
    "Gặp mặt",
    "Gặp gỡ",
    "Giao ban",
    "Tọa đàm",
    "Toạ đàm",
    "Diễn đàn",
    "Hội thi",
    "Hội diễn",
    "Ngày hội",
    "Liên hoan",
    "Triển lãm",
    "Tập huấn",
    "Lớp tập huấn",
    "Lớp bồi dưỡng",
    "Chương trình",
    "Sơ kết",
    "Tổng kết",
    // "họp phiên thường kỳ tháng 12": a session of a standing body.
    "Phiên",
    // "tổ chức họp thường kỳ tháng 10-2015": the verb used as the event.
    "Họp",
];

/// Event words that name a working meeting: its middle paragraphs are results.
pub const MEETING_WORDS: &[&str] = &[
    "hội nghị",
    "hội thảo",
    "đại hội",
    "cuộc họp",
    "phiên họp",
    "kỳ họp",
    "giao ban",
    "buổi làm việc",
    "tọa đàm",
    "toạ đàm",
    "sơ kết",
    "tổng kết",
    "diễn đàn",
];

/// Adverbs that may stand between an organiser and "tổ chức"; stripped from the organiser.
pub const ORGANIZE_ADVERBS: &[&str] = &[
    "đã",
    "vừa",
    "đang",
    "sẽ",
    "long trọng",
    "trang trọng",
    "trọng thể",
    "chính thức",
    "phối hợp",
    "đồng",
    "cùng",
    "tiến hành",
    "thành công",
];

/// Openers of an introductory clause that ends with a comma before the subject.
pub const INTRO_OPENERS: &[&str] = &[
    "Nhân",
    "Nhằm",
    "Để",
    "Thực hiện",
    "Trong",
    "Tại",
    "Ở",
    "Vào",
    "Hôm",
    "Sau",
    "Theo",
    "Với",
    "Qua",
    "Chào mừng",
    "Hưởng ứng",
    // A relative time without a date ("Sáng nay, Tổng cục … tổ chức …").
    "Sáng nay",
    "Chiều nay",
    "Trưa nay",
    "Tối nay",
    "Sáng qua",
    "Chiều qua",
    "Tối qua",
];

/// Nouns that name a venue even when written in lower case ("tại hội trường …").
pub const VENUE_WORDS: &[&str] = &[
    "hội trường",
    "trụ sở",
    "nhà văn hóa",
    "nhà văn hoá",
    "phòng họp",
    "trung tâm",
    "khách sạn",
    "quảng trường",
    "sân vận động",
    "nhà thi đấu",
    "khu di tích",
    "đền",
    "nghĩa trang",
    // Administrative units: "tại phường Hồng Hà, TP Hạ Long".
    "phường",
    "xã",
    "thị trấn",
    "thị xã",
    "quận",
    "huyện",
    "thành phố",
    "tỉnh",
];

/// Words that start a paragraph-like clause, never a photo caption ("Phát biểu tại …, X …").
pub const PARAGRAPH_OPENERS: &[&str] = &[
    "Tại",
    "Phát biểu",
    "Nhân",
    "Trong",
    "Theo",
    "Sau",
    "Cùng với",
    "Để",
    "Với",
    "Qua",
    "Về",
    "Trước",
    "Nhằm",
    "Bên cạnh",
    "Ngoài ra",
    "Đồng thời",
    "Như vậy",
    "Cụ thể",
    "Dịp này",
    "Nhìn chung",
    "Thay mặt",
];

/// Starts of a photo caption that describes a scene ("Quang cảnh hội nghị").
pub const CAPTION_OPENERS: &[&str] = &[
    "Quang cảnh",
    "Toàn cảnh",
    "Một góc",
    "Các tiết mục",
    "Tiết mục",
    "Một số tiết mục",
];

/// Verbs a photo caption is built on ("X phát biểu tại hội nghị").
pub const CAPTION_VERBS: &[&str] = &[
    "phát biểu",
    "trao",
    "tặng",
    "đón nhận",
    "nhận",
    "giao lưu",
    "tham dự",
    "dự",
    "trình bày",
    "quán triệt",
    "chụp ảnh",
    "bỏ phiếu",
    "cắt băng",
    "biểu diễn",
    "dâng hương",
    "thăm",
    "tham quan",
    "chúc mừng",
    "kiểm tra",
    "báo cáo",
    "tuyên truyền",
    "ôn lại",
    "khai mạc",
    "bế mạc",
    "cho biết",
    "đề nghị",
    "ký kết",
    "cảm ơn",
    "gặp gỡ",
    "làm việc",
    "thảo luận",
];

/// Verbs of a caption that only count when a named person is the subject.
pub const PERSON_CAPTION_VERBS: &[&str] = &[
    "cho biết",
    "đề nghị",
    "báo cáo",
    "nhận",
    "kiểm tra",
    "tuyên truyền",
    "làm việc",
];

/// Position remarks of photo captions ("(ngồi giữa)", "(thứ 2 từ trái sang)").
pub const CAPTION_MARKERS: &[&str] = &[
    "(ngồi",
    "(đứng",
    "từ trái sang",
    "từ phải sang",
    "(bên phải)",
    "(bên trái)",
    "(giữa)",
];

/// Prefixes of a byline line, before the author's name.
pub const BYLINE_PREFIXES: &[&str] = &[
    "Tác giả",
    "Tin bài và ảnh",
    "Tin, bài, ảnh",
    "Tin và ảnh",
    "Tin, ảnh",
    "Tin/ảnh",
    "Bài và ảnh",
    "Bài, ảnh",
    "Bài/ảnh",
    "Tin, bài",
    "Tin",
    "Bài",
    "Người viết",
    "Phóng viên",
    "Nhóm phóng viên",
    "Thực hiện",
];

/// Role suffixes after a byline name, dropped from the author ("HỒNG HÀ (Thực hiện)").
pub const BYLINE_ROLES: &[&str] = &[
    "Thực hiện",
    "tổng hợp",
    "TH",
    "lược dịch",
    "biên dịch",
    "ghi",
];

/// Bylines that are not a personal name but stand for the newsroom.
pub const BYLINE_NEWSROOM: &[&str] = &["PV", "Nhóm PV", "NHÓM PV", "BTV", "CTV", "Phóng viên"];

/// Starts of lines after the byline that name the source, not the author.
pub const SOURCE_LINES: &[&str] = &["Nguồn tin", "Nguồn", "Theo", "(Theo", "(Nguồn"];

/// Verbs after which an event noun names the event without an organiser ("tại X, diễn ra
/// Hội nghị …", "đồng chí X chủ trì cuộc họp …", "UBND tỉnh họp phiên thường kỳ …", "HĐND
/// huyện khai mạc kỳ họp thứ 14 …").
pub const EVENT_OBJECT_VERBS: &[&str] = &["diễn ra", "chủ trì", "họp", "khai mạc"];

/// Words before "tổ chức" that make it a noun ("về tổ chức, cán bộ", "việc tổ chức"), not
/// the verb of the event.
pub const ORGANIZE_AS_NOUN_AFTER: &[&str] = &["việc", "về", "công tác", "Ban", "cơ cấu"];

/// Adverbs that may end a passive event subject ("Cuộc họp … vừa diễn ra").
pub const PASSIVE_ADVERBS: &[&str] = &[
    "vừa",
    "đã",
    "mới",
    "đang",
    "sẽ",
    "vừa được",
    "đã được",
    "chính thức",
];

/// Openers of a paragraph that continues an attendance list ("Đại biểu quốc tế có …").
pub const ATTENDANCE_CONTINUATIONS: &[&str] = &["đại biểu", "các đại biểu", "khách mời"];

/// Words before a number that make it a date, an ordinal, a code or part of a name.
pub const NUMBER_NOT_FIGURE_BEFORE: &[&str] = &[
    "ngày",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "đêm",
    "hôm",
    "tháng",
    "quý",
    "năm",
    "thứ",
    "hạng",
    "số",
    "lớp",
    "khóa",
    "khoá",
    "kỳ",
    "SN",
    "Điều",
    "điều",
    "khoản",
    "mục",
    "án",
    "thị",
    "quyết",
    "định",
    "tư",
    "hoạch",
    "văn",
    "Luật",
    "đoàn",
    "khu",
    "vùng",
    "Vùng",
    "đội",
    "Đội",
    "phòng",
    "Phòng",
    "tổ",
    "Tổ",
    "phường",
    "Phường",
    "quận",
    "Quận",
    "lộ",
    "QL",
    "Km",
    "km",
    "tuyến",
    "lô",
    "Lô",
    "thôn",
    "xóm",
    "ấp",
    "tầng",
    "cổng",
    "cụm",
    "Cụm",
    "ảnh",
    "Ảnh",
    "phiên",
    "giai",
    "đợt",
    "bản",
    "trang",
    "câu",
    "hình",
    "clip",
    "video",
    "nhóm",
    "kíp",
    "đời",
    "lúc",
    "hồi",
];

/// Nouns after a number that make it a time, a duration, an age, a frequency or a rank change.
pub const NUMBER_NOT_FIGURE_AFTER: &[&str] = &[
    "năm",
    "tháng",
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "giây",
    "thế kỷ",
    "thế kỉ",
    "thập kỷ",
    "thập niên",
    "tuổi",
    "lần",
    "bậc",
    "kỳ",
    "khóa",
    "nhiệm kỳ",
    "cấp",
    "đời",
    "buổi",
    // "giữa 3 lực lượng": the trio Công an – Quân sự – Biên phòng, a structure, not a count.
    "lực lượng",
];

/// Capitalised nouns a number may count ("thông qua 10 Nghị quyết"), unlike a name after a
/// small number ("Sư đoàn 3 Sao Vàng").
pub const COUNTED_CAPITALISED: &[&str] = &[
    "Nghị quyết",
    "Quyết định",
    "Tờ trình",
    "Đề án",
    "Dự án",
    "Chỉ thị",
    "Kế hoạch",
    "Thông tư",
    "Nghị định",
    "Văn bản",
];

/// Nouns after a number that announce a list of items rather than count something measured.
pub const LIST_NOUNS: &[&str] = &[
    "nhóm",
    "hướng",
    "hạng mục",
    "nội dung",
    "nhiệm vụ",
    "giải pháp",
    "hình thức",
    "bước",
    "mục tiêu",
    "khâu",
    "trụ cột",
    "đột phá",
    "chương trình",
    "phần",
    "chuyên đề",
];

/// Abbreviations that end with a dot but do not end a sentence ("TP. Quy Nhơn").
pub const DOTTED_ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "GS", "PGS", "TS", "ThS", "TSKH", "BS", "KS",
    "St", "Mr", "Mrs", "Ms", "Dr", "v.v", "Th", "Ths", "CN", "Đ/c", "đ/c",
];

/// Common Vietnamese family names, used to find where a name starts after a position
/// ("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp").
pub const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai",
    "Tô", "Hà", "Tạ", "Lương", "Cao", "Quách", "Đinh", "Thái", "Lưu", "Châu", "Kiều", "Triệu",
    "Chu", "Từ", "Tăng", "Diệp", "Hứa", "Khổng", "Mạc", "La", "Lã", "Nông", "Lò", "Lục", "Âu",
    "Đàm", "Khúc", "Lạc", "Lại", "Lèo", "Ninh", "Phí", "Quan", "Tôn", "Thân", "Thạch", "Vi",
    "Viên", "Y", "Ksor", "Rơ", "Siu", "Nay", "Rah", "Bế", "Hầu", "Giàng", "Sùng", "Thào", "Vàng",
    "Cầm", "Lường", "Điêu", "Doãn", "Khương", "Mông", "Nghiêm", "Ngọ", "Tiêu", "Trình", "Trà",
    "Ưng", "Văng", "Thiều", "Lỗ", "Bạch", "Cù", "Biện", "Hàn", "Kha", "Khuất", "Lư", "Mẫn", "Nhữ",
    "Ong",
];

/// Abbreviations common in police and government news, with their expansions
/// (templates may expand them on first use; the parser keeps the text as written).
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("CAND", "Công an nhân dân"),
    ("ANND", "An ninh nhân dân"),
    ("ANTT", "an ninh, trật tự"),
    ("TTXH", "trật tự xã hội"),
    ("TTATXH", "trật tự, an toàn xã hội"),
    ("TTATGT", "trật tự, an toàn giao thông"),
    ("ANQG", "an ninh quốc gia"),
    ("QLHC", "quản lý hành chính"),
    ("CSGT", "Cảnh sát giao thông"),
    ("CSĐT", "Cảnh sát điều tra"),
    ("CSHS", "Cảnh sát hình sự"),
    ("CSKV", "Cảnh sát khu vực"),
    ("CSCĐ", "Cảnh sát cơ động"),
    ("PCCC", "phòng cháy, chữa cháy"),
    ("CNCH", "cứu nạn, cứu hộ"),
    ("CCCD", "căn cước công dân"),
    ("CSDLQG", "Cơ sở dữ liệu quốc gia"),
    ("TTHC", "thủ tục hành chính"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    ("BCĐ", "Ban Chỉ đạo"),
    ("BCH", "Ban Chấp hành"),
    ("CBCS", "cán bộ, chiến sĩ"),
    ("LLVT", "lực lượng vũ trang"),
    ("VKSND", "Viện kiểm sát nhân dân"),
    ("TAND", "Tòa án nhân dân"),
    ("ĐBQH", "Đại biểu Quốc hội"),
    ("CA", "Công an"),
    ("TP", "thành phố"),
    ("TX", "thị xã"),
    ("TT", "thị trấn"),
    ("DN", "doanh nghiệp"),
    ("KH&CN", "khoa học và công nghệ"),
    ("GD&ĐT", "giáo dục và đào tạo"),
    ("GTVT", "giao thông vận tải"),
];

/// Looks up the expansion of an abbreviation ("UBND" → "Ủy ban nhân dân").
pub fn expand(abbreviation: &str) -> Option<&'static str> {
    ABBREVIATIONS
        .iter()
        .find(|(short, _)| *short == abbreviation)
        .map(|(_, long)| *long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_expand() {
        assert_eq!(expand("UBND"), Some("Ủy ban nhân dân"));
        assert_eq!(expand("XYZ"), None);
    }

    #[test]
    fn tables_are_nfc() {
        use unicode_normalization::UnicodeNormalization;
        let all = RANKS
            .iter()
            .chain(POSITION_HEADS)
            .chain(EVENT_WORDS)
            .chain(SURNAMES);
        for word in all {
            assert_eq!(word.nfc().collect::<String>(), *word, "{word} is not NFC");
        }
    }
}
