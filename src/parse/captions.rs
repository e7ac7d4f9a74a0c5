//! Photo captions: short lines that describe a picture ("Quang cảnh hội nghị", "Bí thư Tỉnh
//! ủy Hồ Quốc Dũng phát biểu tại buổi gặp mặt. Ảnh: N.H"), told apart from subheads, gallery
//! intros, quoted speech and one-sentence paragraphs.

use super::rules::pattern;
use super::rules::PHOTO_WORDS;
use super::rules::PLACE_ADMIN_UNITS;
use super::rules::{words, GALLERY_INTROS, GALLERY_LEADS, UNDER_CHAIR};
use std::sync::LazyLock;

use super::clause::ROLE_CLAUSE;
use super::pattern::Pattern;

use super::people::{mention_at_start, starts_with_marker};
use super::rules::{
    CAPTION_MARKERS, CAPTION_NARRATING_WORDS, CAPTION_OPENERS, CAPTION_PERSON_SUBJECTS,
    CAPTION_TERM_WORDS, CAPTION_VERBS, EVENT_WORDS, GALLERY_WORDS, PARAGRAPH_OPENERS,
    PERSON_CAPTION_VERBS, PHOTO_LABELS, PHOTO_POINTERS, PRESENCE_OPENERS,
};
use super::text::{
    ends_with_word_ci, find_all_words_ci, find_all_words_of_ci, first_top_level_comma,
    is_caps_word, is_name_word, is_one_of_ci, longest_prefix, word_count, Paragraph,
};

/// A photo credit: "… Ảnh: N.H", "… Ảnh chụp từ clip.", "- ảnh 1", "(Ảnh: TTXVN)"; what
/// may stand before it is checked by [`credit_start`] (alternatives before the words make
/// the pattern several times slower to compile).
static CREDIT: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&pattern("credit")));

/// Where a credit found at byte `k` of `line` starts with what opens it: the line start,
/// ". ", " - ", "(", else None.
fn credit_start(line: &str, k: usize) -> Option<usize> {
    if k == 0 {
        return Some(0);
    }
    let before = &line[..k];
    let trimmed = before.trim_end();
    let spaced = trimmed.len() < before.len();
    if trimmed.ends_with('(') {
        return Some(trimmed.len() - 1);
    }
    if spaced && trimmed.ends_with(['.', '!', '?']) {
        return Some(trimmed.len() - 1);
    }
    let dash = trimmed.strip_suffix(['-', '–'])?;
    let space = dash.chars().next_back()?;
    (spaced && space.is_whitespace()).then(|| dash.len() - space.len_utf8())
}

use super::rules::CAPTIONS_NOT_ATTEND as NOT_ATTEND;
use super::rules::ROLES_ATTEND_OBJECTS as ATTEND_OBJECTS;
use super::rules::ROLES_CHAIR_OBJECTS as CHAIR_OBJECTS;

/// Longest caption, in words.
const MAX_WORDS: usize = 70;
/// Longest caption with a label pointing at its photo ("Trong ảnh: …"), in words.
const MAX_POINTED_WORDS: usize = 120;

/// True when a sentence of the line opens with a label that points at the photo
/// ("Trong ảnh: …").
fn points_at_photo(analysed: &Paragraph) -> bool {
    let lower = analysed.lower.as_str();
    PHOTO_POINTERS.iter().any(|p| {
        lower.match_indices(p).any(|(i, _)| {
            let before = lower[..i].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?'])
        })
    })
}
/// Longest event name standing alone as a caption, in words.
const MAX_EVENT_NAME_WORDS: usize = 30;
/// Longest caption that names a person and position only, in words.
const PORTRAIT_WORDS: usize = 16;
/// Longest caption that has no named person as subject, in words.
const MAX_SCENE_WORDS: usize = 40;
/// Words of a short caption subject before its verb ("Lãnh đạo tỉnh").
const SUBJECT_WORDS: usize = 4;
/// Longest such caption when it ends with a full stop, in words.
const MAX_SCENE_WORDS_FINISHED: usize = 30;

/// True when the line is a photo credit and nothing else ("ẢNH: G.B", "Ảnh: Minh Ngọc",
/// "(Ảnh: Báo Ấp Bắc)").
pub fn is_bare_credit(line: &str) -> bool {
    let line = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    word_count(line) <= BARE_CREDIT_WORDS && opens_with_credit(line)
}

/// True when the line opens with a photo credit ("Ảnh: …").
fn opens_with_credit(line: &str) -> bool {
    PHOTO_WORDS.iter().any(|w| line.starts_with(w))
        && CREDIT.find(line).is_some_and(|m| m.start() == 0)
}

/// True when the line is a bare photo credit after whose colon stand only names, their
/// words capitalised ("Ảnh: Thanh Bằng, Vinh Quang"), unlike a scene ("Ảnh: Toàn cảnh …").
fn credits_names_only(line: &str) -> bool {
    let Some((_, names)) = line.split_once(':') else {
        return false;
    };
    let mut words = names
        .split([' ', ',', '-', '–', '/'])
        .filter(|w| !w.is_empty() && *w != words::AND)
        .peekable();
    is_bare_credit(line)
        && words.peek().is_some()
        && words.all(|w| is_name_word(w.trim_end_matches('.')) || is_caps_word(w))
}

/// Longest bare credit line, in words.
const BARE_CREDIT_WORDS: usize = 5;

/// True when the line carries a photo credit near its end.
pub fn has_credit(line: &str) -> bool {
    // The pattern's words, looked up first: most lines have none and it is not compiled.
    if !PHOTO_WORDS.iter().any(|w| line.contains(w)) {
        return false;
    }
    CREDIT
        .find_iter(line)
        .filter_map(|m| credit_start(line, m.start()))
        .any(|start| line.len() - start <= 80)
}

/// True when the line is a photo caption.
pub fn is_caption(analysed: &Paragraph) -> bool {
    let line = analysed.text.trim();
    let words = word_count(line);
    if words == 0 || words > MAX_POINTED_WORDS {
        return false;
    }
    // "… Trong ảnh: PGS.TS. X (bên phải) và ông Y giới thiệu văn kiện …": a label that
    // points at the photo, opening the line or one of its sentences.
    if points_at_photo(analysed) {
        return true;
    }
    if words > MAX_WORDS {
        return false;
    }
    // "Ảnh: Thanh Bằng, Vinh Quang" alone on its line: the photographers' names, no
    // description of a photo.
    if credits_names_only(line) {
        return false;
    }
    if has_credit(line) {
        return true;
    }
    // "Đồng chí: Trần Thị Mai - Chủ tịch Hội … trao quà", "Bà: Nguyễn Thị Thắm – Hiệu
    // trưởng … đọc báo cáo": a colon typed between the form of address and the name is no
    // speech; the line reads as without it.
    if let Some(n) = super::people::honorific_len(line) {
        if let Some(rest) = line[n..].strip_prefix(':') {
            let joined = format!("{}{rest}", &line[..n]);
            return mention_at_start(&joined).is_some() && is_caption(&Paragraph::new(&joined));
        }
    }
    // "Ảnh: Toàn cảnh buổi lễ": the credit word opening a description of the photo.
    if words <= MAX_SCENE_WORDS && opens_with_credit(line) {
        return true;
    }
    // "Hình 1: Quang cảnh buổi lễ": a numbered photo label.
    if has_photo_label(line) {
        return true;
    }
    // "(Theo Văn phòng X, ngày 31-7)": the source, after the text.
    if super::byline::is_source_line(line) {
        return false;
    }
    // "Hội nghị đã diễn ra thành công", "Đoàn đã đến thăm …": a narrated clause.
    if narrates(line) {
        return false;
    }
    // "… tặng quà cho đại diện Hải đội 2. |": the separator some sites print after a
    // caption.
    if line.len() > 2 && line.ends_with(" |") {
        return true;
    }
    // Reported speech ("… cho biết: …") is a paragraph: the corpora's captions have no
    // colon but a credit's.
    // A colon after a bracketed position remark ("Ban giám khảo (từ trái qua): …")
    // introduces the people in the photo.
    let lower = analysed.lower_of(line);
    let speech = line.match_indices(':').any(|(i, _)| {
        let before = line[..i].trim_end();
        let remark =
            before.ends_with(')') && CAPTION_MARKERS.iter().any(|m| lower[..i].contains(m));
        // "Đại diện CMHS khối MG lớn: ông X tặng quà cho nhà trường": a label, then the
        // person shown doing what a photo shows.
        let after = line[i + 1..].trim_start();
        let labelled = starts_with_marker(after) && has_verb(after, &CAPTION_VERBS);
        !remark && !labelled && !PHOTO_WORDS.iter().any(|w| before.ends_with(w))
    });
    if speech {
        return false;
    }
    // "(Các đơn vị ký kết giao ước thi đua)": a caption set in brackets.
    let bracketed = line.starts_with('(') && line.ends_with(')') && !line.contains(';');
    if bracketed && words <= MAX_SCENE_WORDS && line[1..].find(')') == Some(line.len() - 2) {
        return true;
    }
    // "Chi Hội X tại Gx. Y mừng lễ Bổn Mạng (6/11/2021)": the day the photo was taken in
    // brackets ends a short line that tells nothing more, in one sentence or two ("Gx."
    // ends none).
    if words <= MAX_SCENE_WORDS && ends_with_bracketed_date(line) {
        return true;
    }
    let first = line.chars().next().unwrap_or(' ');
    if !(first.is_alphanumeric()) || line.contains('#') || line.ends_with([':', '?', '!']) {
        return false; // bullets, emoji gallery intros, hashtags, questions, wishes
    }
    if longest_prefix(line, &GALLERY_INTROS).is_some() {
        return false;
    }
    let role_words = lower.contains(words::ATTEND) || lower.contains(words::SIDE);
    if analysed.sentences.len() > 1 || (role_words && ROLE_CLAUSE.opens(lower)) {
        return false;
    }
    // "Đại biểu tham dự gồm có ông X – …": who attended, listed, is no photo's caption.
    let lists_people = [words::HAVE, words::INCLUDE].iter().any(|v| {
        find_all_words_ci(line, v).any(|(_, end)| starts_with_marker(line[end..].trim_start()))
    });
    // "Hội nghị có sự tham dự của đồng chí X, …": so after a presence phrase.
    let presence = super::clause::after_phrase(lower, &PRESENCE_OPENERS)
        .is_some_and(|end| starts_with_marker(line[end..].trim_start()));
    // "Hội nghị được chủ trì bởi PGS.TS. X - …; GS.TS. Y - …": who chaired, listed after
    // the phrase, is told, not shown (a photo shows "X chủ trì hội nghị").
    let chaired = super::clause::after_phrase(lower, &UNDER_CHAIR)
        .is_some_and(|end| starts_with_marker(line[end..].trim_start()));
    if (role_words && lists_people) || presence || chaired {
        return false;
    }
    if longest_prefix(line, &PARAGRAPH_OPENERS).is_some() && first_top_level_comma(line).is_some() {
        return false;
    }
    if starts_with_date(analysed) {
        return false;
    }
    if CAPTION_MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    // "Hội nghị sơ kết 6 tháng đầu năm …" alone on a line, unfinished: the photo's name
    // of the event, not a paragraph (which would say what the event did).
    // A comma may only add its term ("…, nhiệm kỳ 2021 – 2026") or where it is ("…, thành
    // phố Thủ Đức").
    let term_only = first_top_level_comma(line).is_none_or(|c| {
        line[c + 1..].split(',').all(|part| {
            let part = part.trim_start();
            longest_prefix(part, &CAPTION_TERM_WORDS).is_some()
                || longest_prefix(part, &PLACE_ADMIN_UNITS).is_some()
        })
    });
    let named_event = line.starts_with(char::is_uppercase)
        && longest_prefix(line, &EVENT_WORDS).is_some()
        && !line.ends_with(['.', '!', '…', ';'])
        && term_only
        && words <= MAX_EVENT_NAME_WORDS;
    if named_event {
        return true;
    }
    let finished = line.ends_with(['.', '!', '…']);
    let scene_limit = if finished {
        MAX_SCENE_WORDS_FINISHED
    } else {
        MAX_SCENE_WORDS
    };
    if longest_prefix(line, &CAPTION_OPENERS).is_some() && words <= MAX_SCENE_WORDS {
        return true;
    }
    if let Some(end) = mention_at_start(line) {
        let rest = &line[end..];
        // "Ông X, Phó Bí thư Tỉnh ủy, dự và phát biểu chào mừng hội nghị": who attended,
        // told as a sentence of the body.
        let attends = ATTEND_OBJECTS.iter().any(|o| {
            find_all_words_ci(rest, words::ATTEND)
                .any(|(_, e)| super::text::prefix_ci(rest[e..].trim_start(), o).is_some())
        });
        if attends {
            return false;
        }
        if has_verb(rest, &CAPTION_VERBS) {
            return true;
        }
        // "TS. Bùi Vinh Quang - Bí thư Đảng ủy": a marked person and position alone under
        // a portrait.
        let position = rest.trim_start_matches([' ', '-', '–', ',']);
        if starts_with_marker(line)
            && rest.trim_start().starts_with(['-', '–'])
            && super::people::position_head_len(position).is_some()
            && !line.ends_with(['.', ';', ':'])
            && words <= PORTRAIT_WORDS
        {
            return true;
        }
    }
    // A short subject right before a picture verb ("Lãnh đạo tỉnh trao …") reads as a
    // caption even when the sentence is long and finished.
    let head: String = line
        .split_whitespace()
        .take(SUBJECT_WORDS + 2)
        .collect::<Vec<_>>()
        .join(" ");
    let limit = if has_generic_verb(&head) {
        MAX_SCENE_WORDS
    } else {
        scene_limit
    };
    // "Đại diện Công đoàn … tuyên truyền tại doanh nghiệp": a representative is a person.
    let person_subject = longest_prefix(line, &CAPTION_PERSON_SUBJECTS).is_some();
    // "Đoàn chủ tịch chủ trì Phiên họp": who chairs, shown on an unfinished line (the body
    // tells it in a sentence that ends with its stop).
    let chairing = !finished
        && find_all_words_ci(line, words::CHAIR).any(|(_, end)| {
            let object = line[end..].trim_start();
            CHAIR_OBJECTS
                .iter()
                .any(|o| super::text::prefix_ci(object, o).is_some())
        });
    words <= limit
        && (has_generic_verb(line)
            || chairing
            || (person_subject && has_verb(line, &CAPTION_VERBS)))
}

/// True when the paragraph announces photos below it ("Sau đây là một số hình ảnh của buổi
/// lễ:", "Một số hình ảnh:").
pub fn opens_gallery(analysed: &Paragraph) -> bool {
    let line = analysed.text.trim_end();
    // "Dưới đây là một số hình ảnh của buổi Lễ tổng kết.": pointing below, with a full stop.
    let pointing = line.ends_with(['.', '!']) && longest_prefix(line, &GALLERY_LEADS).is_some();
    (line.ends_with(':') || pointing)
        && GALLERY_WORDS
            .iter()
            .any(|w| find_all_words_ci(line, w).next().is_some())
}

/// Longest label before a colon in a gallery's caption ("Bài múa: …", "Đại diện CMHS
/// trường: Ông X …"), in words.
const LABEL_WORDS: usize = 4;

/// True when the line's colons are at most one short label's ("Bài múa: Quê hương tươi
/// đẹp …"), not speech or a list announced.
fn label_colon_only(line: &str) -> bool {
    match line.split_once(':') {
        None => true,
        Some((label, rest)) => {
            (1..=LABEL_WORDS).contains(&word_count(label))
                && !rest.contains(':')
                && !rest.trim().is_empty()
        }
    }
}

/// True when a line below a gallery's intro reads as a photo's caption: one short sentence
/// that opens with a capital or a digit, no speech and no list (a short label's colon
/// may open it, a bullet "*" and a colon pointing at the photo may frame it).
pub fn is_gallery_item(analysed: &Paragraph) -> bool {
    let line = analysed.text.trim();
    let words = word_count(line);
    // "* Đ/c X - Bí thư chi đoàn phát biểu tại buổi Lễ:": a gallery set as bullets, each
    // caption pointing at its photo below with a colon.
    let shown = line.strip_prefix('*').map_or(line, str::trim_start);
    let shown = shown.strip_suffix(':').unwrap_or(shown);
    (1..=MAX_SCENE_WORDS).contains(&words)
        && analysed.sentences.len() == 1
        && shown.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && label_colon_only(shown)
        // "Một số hình ảnh diễn biến Đại hội" under "… một số hình ảnh …:" introduces the
        // photos again ("Thêm một vài hình ảnh từ Youtube:" too); it shows none.
        && longest_prefix(line, &GALLERY_INTROS).is_none()
        && !opens_gallery(analysed)
}

/// True when a line in a run of captions reads as one more: a gallery item's shape, short
/// and of one clause (no comma), with no narrating auxiliary, no exclamation and no word
/// of photos (a gallery's intro names them: "Dưới đây là những hình ảnh …!").
pub fn is_run_item(analysed: &Paragraph) -> bool {
    let line = analysed.text.trim();
    is_gallery_item(analysed)
        && word_count(line) <= MAX_RUN_ITEM_WORDS
        && !line.contains([',', ';', ':', '*'])
        && !line.ends_with(['!', '?'])
        && find_all_words_of_ci(line, &CAPTION_NARRATING_WORDS)
            .next()
            .is_none()
        && find_all_words_of_ci(line, &GALLERY_WORDS).next().is_none()
}

/// Longest line read as a caption for its place in a run of captions, in words.
const MAX_RUN_ITEM_WORDS: usize = 20;

/// True when the line opens with a numbered photo label ("Hình 1:", "Ảnh 2.").
fn has_photo_label(line: &str) -> bool {
    longest_prefix(line, &PHOTO_LABELS).is_some_and(|(_, len)| {
        let rest = line[len..].trim_start();
        let number = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        number > 0 && rest[number..].trim_start().starts_with([':', '.'])
    })
}

/// True when a narrating auxiliary ("đã", "sẽ") comes before the line's first caption verb,
/// or the line has none: a caption shows, a body sentence tells ("… cho biết sẽ chủ trì …"
/// is still a caption).
fn narrates(line: &str) -> bool {
    let aux = CAPTION_NARRATING_WORDS
        .iter()
        .filter_map(|w| find_all_words_ci(line, w).next().map(|(a, _)| a))
        .min();
    // Only a verb up to the auxiliary matters, so the verbs are looked for up to it.
    aux.is_some_and(|aux| first_verb_before(line, &CAPTION_VERBS, aux, &[]).is_none())
}

/// True when one of the verbs occurs as a whole word ("dự" not as "dự án").
fn has_verb(s: &str, verbs: &[&str]) -> bool {
    first_verb_before(s, verbs, s.len(), &[]).is_some()
}

/// True when a caption verb other than a person's ([`PERSON_CAPTION_VERBS`]) occurs as a
/// whole word.
fn has_generic_verb(s: &str) -> bool {
    first_verb_before(s, &CAPTION_VERBS, s.len(), &PERSON_CAPTION_VERBS).is_some()
}

/// Byte offset of the first of the verbs but `except` as a whole word ("dự" not as "dự
/// án", "dự kiến") that starts at or before byte `limit` (the scan stops there).
fn first_verb_before(s: &str, verbs: &[&str], limit: usize, except: &[&str]) -> Option<usize> {
    find_all_words_of_ci(s, verbs)
        .take_while(|&(a, _, _)| a <= limit)
        .find(|&(a, end, v)| {
            let next = s[end..].split_whitespace().next().unwrap_or("");
            // "Tại lễ ký kết …": a verb that names the event after its noun is no verb.
            let before = s[..a].trim_end();
            let named = EVENT_WORDS.iter().any(|w| ends_with_word_ci(before, w));
            !named
                && !except.contains(&v)
                && (v != words::ATTEND || !is_one_of_ci(next, &NOT_ATTEND))
        })
        .map(|(a, _, _)| a)
}

/// True when the line ends with a day in brackets ("… (6/11/2021)", "(22/12)").
fn ends_with_bracketed_date(line: &str) -> bool {
    let Some(inner) = line
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .map(|(_, inner)| inner.trim())
    else {
        return false;
    };
    let parts: Vec<&str> = inner.split(['/', '.', '-']).collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// True when the line opens with a date ("Sáng 12/4, …").
fn starts_with_date(analysed: &Paragraph) -> bool {
    let lead = analysed.text.len() - analysed.text.trim_start().len();
    super::dateline::find(&[analysed]).is_some_and(|d| d.start == lead)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        for line in [
            "Các đại biểu tham dự hội nghị trực tuyến",
            "Quang cảnh buổi lễ.",
            "Bí thư Tỉnh ủy Hồ Quốc Dũng phát biểu tại buổi gặp mặt. Ảnh: N.H",
            "Rất đông người dân chờ đợi đến lượt xử lý vi phạm. Ảnh: M.N",
            "Nữ sinh ở Bình Định bị nhóm bạn đánh hội đồng. Ảnh cắt từ clip",
            " TS Nguyễn Hữu Hà - ảnh 1",
            "Chủ tịch UBND tỉnh Phạm Anh Tuấn (thứ 2 từ trái sang) tặng hoa cho hai đại biểu",
            "Đ/c Nguyễn Văn Hải – Phó Giám đốc Sở GTVT cho biết sẽ chủ trì tổ chức rà soát.",
            "Trường Đại học ANND đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì",
            "Toàn cảnh Hội nghị",
            "Ảnh: Lễ chào cờ đầu năm học mới, truyền hình trực tiếp trên sóng phát thanh của huyện nhà",
            "Ông Lê Văn A trao giấy khen cho các học sinh đạt thành tích xuất sắc trong năm học. |",
            "Kỳ họp thứ hai HĐND xã Tân Lập, nhiệm kỳ 2021 – 2026",
            "Lễ khánh thành nhà thờ của Chi hội Hiệp Bình Chánh, thành phố Thủ Đức",
            "Hiện trường vụ tai nạn",
            "Cụm thi đua số 3 ký giao ước thi đua năm 2025",
            "Đông đảo hội viên tham gia buổi lễ",
            "Đ/c Trần Văn B – Chánh Văn phòng đọc quyết định công nhận",
            "Khung cảnh buổi lễ",
            "Ban Chấp hành Hội nhiệm kỳ mới ra mắt đại biểu",
            "Hình 1: Các đại biểu chụp hình lưu niệm",
            "“Tôn Sư Trọng Đạo”, tặng hoa Thầy Cô (Hình: Vương Trùng Dương)",
            "Chi Hội Bảo Trợ Ơn Gọi Thánh Martin tại Gx. Thánh Vinh Sơn mừng lễ Bổn Mạng (6/11/2021)",
            "Đoàn chủ tịch chủ trì Phiên họp",
            "Mục sư Hội trưởng giảng luận",
            "Đoàn đại biểu CLB tình nguyện viên vào lăng báo công dâng Bác",
            "Đại diện CMHS khối MG lớn: ông Vũ Xuân Phú tặng quà cho nhà trường",
            "Đồng chí Nguyễn Minh Tú - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì phiên họp thường kỳ tháng 4",
            "Tại hội nghị, cũng đã diễn ra nghi thức ký kết biên bản ghi nhớ. Trong ảnh: PGS.TS. Nguyễn Văn A (bên phải) và ông B giới thiệu văn kiện hợp tác vừa được ký kết.",
            "Ông Lê Văn A – Phó Giám đốc Trung tâm giới thiệu dự án tại hội thảo",
            "Đoàn chủ tịch điều hành hội nghị",
            "Ảnh 2. Thầy hiệu trưởng báo cáo tổng kết",
            "Đồng chí: Trần Thị Mai - Chủ tịch Hội Chữ thập đỏ thành phố trao quà cho các cháu",
            "Ban giám khảo (từ trái qua): TS. Lê Thị An – Chủ tịch, TS. Trần Văn Bình – Phản biện 1",
            "Từ trái sang, Minh Quân lớp Flamingo – An Phương lớp Blue Jay",
            "Đại diện Công đoàn KKT tỉnh và Công an KKT tuyên truyền tại doanh nghiệp",
            "Các doanh nhân được vinh danh trong chương trình",
            // A narrating word after the caption's verb belongs to a relative clause.
            "Lãnh đạo tỉnh trao bằng khen cho các cá nhân đã có thành tích xuất sắc.",
        ] {
            assert!(is_caption(&Paragraph::new(line)), "{line}");
        }
    }

    #[test]
    fn galleries_pointed_at_and_labelled_items() {
        let p = Paragraph::new;
        assert!(opens_gallery(&p(
            "Dưới đây là một số hình ảnh của buổi Lễ tổng kết năm học."
        )));
        assert!(!opens_gallery(&p(
            "Dưới đây là kế hoạch tổ chức của buổi Lễ tổng kết năm học."
        )));
        assert!(is_gallery_item(&p(
            "Bài múa: Quê hương tươi đẹp do các bé lớp MG Lớn số 11 biểu diễn."
        )));
        assert!(!is_gallery_item(&p(
            "Phát biểu tại buổi lễ, bà Nguyễn Thị Lan cho biết: năm học vừa qua nhà trường đạt nhiều thành tích."
        )));
        assert!(is_gallery_item(&p(
            "* Đ/c Nguyễn Mạnh - PBT Chi bộ phát biểu tại buổi Lễ:"
        )));
        assert!(!is_gallery_item(&p("Thêm một vài hình ảnh từ Youtube:")));
    }

    #[test]
    fn not_captions() {
        for line in [
            "Mật độ dân số cao với thế giới",
            "Có 95,8% người dân trên 15 tuổi biết chữ",
            "Một số hình ảnh tại Hội nghị:",
            "Ảnh: Thanh Bằng, Vinh Quang",
            "Đại hội cũng bầu đoàn đại biểu đi dự đại hội công đoàn huyện",
            "📸 Một số hình ảnh tại hội nghị.",
            "#MTTQPhongHai #XaKhongMaTuy",
            "Tình trạng quá tải này cũng là thực trạng chung trên toàn quốc.",
            "• Xin cảm ơn ông!",
            "- Để đạt được mục tiêu này, tỉnh sẽ tập trung vào 3 hướng đột phá chính.",
            "Dự hội nghị có đồng chí Nguyễn Văn A, Giám đốc Công an tỉnh.",
            "Đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh chủ trì hội nghị.",
            "Hội nghị được chủ trì bởi PGS.TS. Trần Văn A - Chủ tịch Hội; GS.TS. Lê Văn B - Phó Chủ tịch Hội.",
            "Tại lễ kỷ niệm, tỉnh Bình Định đón nhận Huân chương Độc lập hạng Ba.",
            // The only caption verb names the event after its noun ("lễ ký kết").
            "Tại lễ ký kết các thành viên khối thi đua số 4 đã bầu trung tâm A làm trưởng khối và 02 phó khối là trung tâm B và C.",
            "Sáng 12/4, Công an tỉnh tổ chức hội nghị trao giải.",
            "“Em chỉ học đến lớp 7,” T. cho biết.",
            "Bà Trần Thị B, Chủ tịch Hội cho biết: Buổi lễ nhằm động viên hội viên",
            "Hội nghị tổng kết năm, triển khai nhiệm vụ năm tới",
            "Các em học sinh được đọc sách tại thư viện của trường",
            // Narrated: an auxiliary before the verb, or with none.
            "Cũng tại hội nghị, Đảng ủy xã đã tổ chức trao huy hiệu cho 11 đảng viên",
            "Hội nghị đã diễn ra thành công tốt đẹp",
            "Đoàn công tác đã đến thăm, động viên cán bộ chiến sĩ",
            "Được biết, chương trình trao quà nhằm chăm lo đời sống cho bà con",
            "(Theo Văn phòng Công đoàn, ngày 31-7-2008)",
            "Đại biểu tham dự gồm có ông Nguyễn Văn An - Phó Bí thư Huyện ủy.",
            "Hội nghị có sự tham dự của đồng chí Nguyễn Văn An, Bí thư Huyện ủy.",
            "Ông Lê Văn An, Phó Bí thư Tỉnh ủy dự và phát biểu chào mừng hội nghị",
            "Dự kiến trong tháng 8 tới, sẽ hoàn thành kế hoạch hợp tác; tháng 11 tiến tới ký kết",
            "Bà: tôi rất vui khi được tham dự và nhận quà của chương trình",
            "Chúc mừng năm học mới!",
        ] {
            assert!(!is_caption(&Paragraph::new(line)), "{line}");
        }
    }
}
