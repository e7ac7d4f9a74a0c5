//! The active event sentence, "S (đã) tổ chức E": its subject, its event noun phrase, its venue.

use super::dates::{introduced_date, introduced_dates};
use super::lead::{intro_and_place, subject_opens};
use super::organizer::{
    body_after_opening, body_reading, is_lower_case_subject, is_organisation, skip_adverbs,
    strip_adverbs,
};
use super::phrase::{cut_event, dated_after_event};
use super::places::{is_admin_unit, is_count_of_units, is_locator};
use super::venue::{is_venue, place_at, place_before};
use super::EventInfo;
use crate::parse::people::mention_at_start;
use crate::parse::rules::words;
use crate::parse::rules::BUILDINGS;
use crate::parse::rules::EVENT_CLAUSE_WORDS;
use crate::parse::rules::EVENT_DATE_LEADS;
use crate::parse::rules::EVENT_DATE_TRAILERS;
use crate::parse::rules::EVENT_NAMED_PERIODS;
use crate::parse::rules::EVENT_OBJECT_VERBS;
use crate::parse::rules::EVENT_OPERATION_VERBS;
use crate::parse::rules::EVENT_PLANNED as PLANNED;
use crate::parse::rules::EVENT_TALLY_COUNTERS;
use crate::parse::rules::EVENT_TALLY_WORDS;
use crate::parse::rules::EVENT_VERB_OBJECTS;
use crate::parse::rules::EVENT_WORDS;
use crate::parse::rules::INTRO_OPENERS;
use crate::parse::rules::INVERTED_OPENERS;
use crate::parse::rules::ORGANISATION_HEADS;
use crate::parse::rules::ORGANISATION_KINDS;
use crate::parse::rules::ORGANIZE_AS_NOUN_AFTER;
use crate::parse::rules::VERB_EVENTS;
use crate::parse::text::ends_with_word_ci;
use crate::parse::text::eq_ci;
use crate::parse::text::find_all_words_ci;
use crate::parse::text::find_word_ci;
use crate::parse::text::first_top_level_comma;
use crate::parse::text::longest_prefix;
use crate::parse::text::prefix_ci;

/// "S (đã) tổ chức E": organiser S, event E. "S tổ chức tập huấn …", "S tổ chức cho hội
/// viên đi tham quan …": "tổ chức" with a verb phrase names the organiser but no event
/// noun; that reading is returned only when no "tổ chức" of the sentence has an event noun.
///
/// `lead` says the sentence opens the lead: undated, "X tổ chức Y" with the subject as its
/// first words is the lead's event sentence all the same (`event.active.lead`).
pub(super) fn active(
    sentence: &str,
    date: Option<(usize, usize)>,
    lead: bool,
) -> Option<EventInfo> {
    let mut verb_only: Option<(usize, EventInfo)> = None;
    for (va, vb) in find_all_words_ci(sentence, words::ORGANIZE) {
        // "Hội X tổ chức tổ chức hội thi …": a verb typed twice is one verb, the second.
        if prefix_ci(sentence[vb..].trim_start(), words::ORGANIZE).is_some() {
            continue;
        }
        let mut subject_end = sentence[..va]
            .trim_end()
            .strip_suffix(words::ORGANIZE)
            .filter(|b| b.ends_with(' '))
            .map_or(va, |b| b.trim_end().len());
        let before = sentence[..subject_end].trim_end();
        // "UBND tỉnh sẽ tổ chức Hội nghị …": announced, not held; but the lead that opens
        // with the event's date ("Sáng 20/11, tại X, Bộ Y sẽ tổ chức Hội thảo …") previews
        // the event it reports (a guess).
        let planned = PLANNED.iter().any(|w| ends_with_word_ci(before, w));
        // The date may as well close the sentence ("Bộ Y sẽ tổ chức Hội thảo … vào sáng
        // 20/11"): before the verb or after it, the lead dates the event it previews.
        // Then nothing but a venue may come before the subject ("Theo kế hoạch, UBND tỉnh
        // sẽ tổ chức … vào ngày 20/12" is a plan).
        let dated_lead = lead
            && (date.is_some_and(|(ds, de)| ds == 0 && de <= va)
                || ((date.is_some_and(|(ds, _)| ds >= vb) || dated_after_event(&sentence[vb..]))
                    && subject_opens(&sentence[..va])));
        // "Ngày 23/4, Liên huynh X đã được tổ chức trọng thể thánh lễ mừng kính … tại nhà thờ
        // Y": "được tổ chức" with an event as its object, held for the subject; the subject
        // is no organiser (`tests/LABELLING.md`, fresh9 927), the event and its venue stand.
        if ends_with_word_ci(before, words::PASSIVE) {
            let object = skip_adverbs(&sentence[vb..]);
            if date.is_some_and(|(_, de)| de <= va)
                && longest_prefix(object, &EVENT_WORDS).is_some()
            {
                let (event, place) = cut_event(object);
                return Some(EventInfo {
                    event: Some(event),
                    place,
                    rule: "event.active.held_for",
                    ..Default::default()
                });
            }
            continue;
        }
        if ORGANIZE_AS_NOUN_AFTER
            .iter()
            .any(|w| ends_with_word_ci(before, w))
            || (planned && !dated_lead)
        {
            continue;
        }
        // "X đã 9 lần tổ chức Cuộc thi …": a tally of past events, not this one.
        if is_tally_count(before) {
            continue;
        }
        // "X thực hiện chuyến về nguồn, viếng … và tổ chức giao lưu …": a second predicate,
        // its subject somewhere before the first verb (no reading).
        // But "Hội X đã chỉ đạo, hướng dẫn 10/10 chi hội và tổ chức thành công Hội nghị …":
        // a body before the first "đã" after the dateline, the event noun after the verb,
        // is the subject of both.
        if ends_with_word_ci(before, words::AND) {
            let from = date.filter(|&(_, de)| de <= va).map_or(0, |(_, de)| de);
            let past = find_word_ci(&sentence[from..va], words::PAST).map(|(a, _)| from + a);
            let subject =
                |a: usize| strip_adverbs(sentence[from..a].trim_start_matches([',', ' ']));
            match past {
                Some(a)
                    if date.is_some()
                        && longest_prefix(skip_adverbs(&sentence[vb..]), &EVENT_WORDS)
                            .is_some()
                        && is_organisation(subject(a)) =>
                {
                    subject_end = a;
                }
                _ => continue,
            }
        }
        // "15 tổ chức cơ sở đảng", "các tổ chức chính trị - xã hội": the noun "organisation";
        // so after a count joined to the subject ("Trung tâm X đã cùng 5 tổ chức nhận tài trợ
        // …", "… và 3 tổ chức …"), unlike a name's number ("Phường 14 tổ chức").
        if longest_prefix(sentence[vb..].trim_start(), &ORGANISATION_KINDS).is_some()
            || joined_count(before)
        {
            continue;
        }
        let mut object = skip_adverbs(&sentence[vb..]);
        // "tổ chức thành công “Hội nghị …”", "tổ chức 02 Hội nghị …": a quoted name, a count.
        let with_quote = object;
        let quoted = object.strip_prefix(['"', '“']);
        object = quoted.unwrap_or(object);
        // The count stays in the event as written ("5 buổi mít tinh …", `tests/LABELLING.md`);
        // the noun after it says whether there is one.
        let counted = object;
        let count = object.len()
            - object
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .len();
        if count > 0 && object[count..].starts_with(' ') {
            object = object[count..].trim_start();
        }
        // "Tòa án … tổ chức xét xử lưu động …", "Đội CSĐT tổ chức đấu tranh …": an
        // operation, not an event, and its subject no organiser.
        if longest_prefix(object, &EVENT_OPERATION_VERBS).is_some() {
            continue;
        }
        // "đã tổ chức được 12 buổi tuyên truyền": a tally of a year's activities.
        if longest_prefix(object, &EVENT_TALLY_WORDS).is_some() {
            continue;
        }
        // "Nhà Thiếu nhi huyện X Tổ chức Tổng kết hè …": a verb written with a capital inside
        // the sentence says the writer capitalises words, so its object's capital names nothing.
        let verb_capitalised = va > 0 && sentence[va..].starts_with(char::is_uppercase);
        // "tổ chức họp để thông qua …", "tổ chức họp Hội đồng … xét duyệt …", "tổ chức họp
        // thường kỳ": a bare "họp" is the verb, no event noun (the reading
        // `tests/LABELLING.md` settles; "họp mặt" is a noun), even capitalised ("tổ chức Họp
        // phụ huynh …"): unlike "Tổng kết", the bare verb is no event's name.
        let bare_meeting =
            longest_prefix(object, &EVENT_WORDS).is_some_and(|(w, _)| eq_ci(w, VERB_EVENTS[0]));
        let lower_start =
            object.starts_with(|c: char| c.is_lowercase()) || verb_capitalised || bare_meeting;
        let verb =
            lower_start && (bare_meeting || longest_prefix(object, &EVENT_VERB_OBJECTS).is_some());
        // "tổ chức ngày Chầu Thánh Thể …", "tổ chức Tháng hành động …": a day or a month
        // with a name after it is an event's name; a weekday after it ("ngày Chủ nhật 12/5")
        // is a date.
        let dedicated = longest_prefix(object, &EVENT_NAMED_PERIODS).is_some_and(|(_, len)| {
            let name = object[len..].trim_start();
            object[len..].starts_with(' ')
                && name.starts_with(char::is_uppercase)
                && longest_prefix(name, &EVENT_DATE_LEADS).is_none()
        });
        let named = longest_prefix(object, &EVENT_WORDS).is_some() || dedicated;
        // "tổ chức “Ngày cao điểm Hoa phượng đỏ toàn quốc” năm 2021": a capitalised name in
        // quotes is the event's name, though its head is no event noun (a weaker reading).
        let quoted_name = !named && quoted.is_some() && object.starts_with(char::is_uppercase);
        let noun = (named || quoted_name) && !verb;
        let verb_phrase = lower_start;
        if !noun && !verb_phrase {
            continue;
        }
        // "…, đã diễn ra Hội nghị phối hợp tổ chức Diễn đàn …": this "tổ chức" is inside the
        // event named after an earlier verb; that verb's reading names the event.
        let inside_named = EVENT_OBJECT_VERBS.iter().any(|v| {
            find_all_words_ci(before, v)
                .any(|(_, b)| longest_prefix(before[b..].trim_start(), &EVENT_WORDS).is_some())
        });
        if inside_named {
            continue;
        }
        let (event, tail_place) = if noun {
            let (mut event, tail_place) = cut_event(counted);
            if quoted.is_some() {
                // Quotes around the whole phrase are no part of it; a quoted name with
                // words after it keeps both its quotes.
                let inner = event.trim_end_matches(['"', '”']);
                event = if inner.contains(['"', '”']) {
                    cut_event(with_quote).0
                } else {
                    inner.to_owned()
                };
            }
            (Some(event), tail_place)
        } else {
            (None, None)
        };
        // The dateline in the sentence, before the verb or after the event ("… tổ chức Hội
        // nghị sơ kết … chiều 21-3, tại …"), makes it the event sentence.
        // A date written before the verb that the dateline did not take ("hôm nay, sáng ngày
        // 18/10/2023 X tổ chức …") dates the sentence all the same.
        // So does a date right after the event phrase of the lead's first sentence ("… tổ
        // chức Hội nghị X vào chiều 21/3"), whether or not the dateline took it; later, such
        // a sentence may recount an earlier event.
        let dated = date.is_some()
            || introduced_dates(&sentence[..va]).any(|(_, _, b)| !b)
            || (lead && dated_after_event(&sentence[vb..]));
        let (mut subject, mut place, mut split_rule) =
            subject_and_place(sentence, subject_end, date);
        // "Tính đến cuối tháng 2, toàn tỉnh có 120/152 cơ sở Hội tổ chức Đại hội …": a count
        // of the bodies that held one, neither this event nor its organiser.
        if is_statistic(subject) {
            continue;
        }
        // "Là đơn vị thứ hai tổ chức đại hội sau …": a subject that opens with the copula
        // describes a body by what it did; the sentence holds no event of its own.
        if prefix_ci(subject, words::COPULA).is_some() {
            continue;
        }
        // "Tổ chức Hội nghị người lao động … là hoạt động có ý nghĩa …": with no subject and
        // a copula, the sentence says what holding such an event is.
        let copula = event
            .as_deref()
            .is_some_and(|e| find_word_ci(e, words::COPULA).is_some());
        if subject.is_empty() && copula {
            continue;
        }
        if let Some(rest) =
            after_introduced_date(subject).filter(|rest| body_reading(rest).is_some())
        {
            subject = rest;
            split_rule = split_rule.or(Some(".after_date"));
        }
        if let Some(len) = prefix_ci(subject, words::VENUE) {
            // "tại Hội trường UBND xã đã tổ chức Hội nghị …": a venue and no subject.
            // "tại Nhà văn hóa xã X Hội cựu chiến binh xã long trọng tổ chức": a body's
            // head word after the venue's first words starts the organiser.
            let venue = subject[len..].trim();
            // "tại lớp bồi dưỡng … và cấp ủy viên cơ sở đợt 2, Đảng ủy xã X đã tổ chức": a
            // venue too long for `place_at` still ends at the comma before the subject.
            let after_comma = Some(body_after_opening(venue))
                .filter(|b| b.len() < venue.len() && body_reading(b).is_some())
                .map(|b| venue.len() - b.len());
            let body = after_comma.or_else(|| {
                venue
                    .match_indices(' ')
                    .skip(1)
                    .map(|(i, _)| i + 1)
                    .find(|&i| {
                        // "Trung tâm Hội nghị Triển lãm tỉnh": an event noun names the venue.
                        venue[i..].starts_with(|c: char| c.is_uppercase())
                            && longest_prefix(&venue[i..], &ORGANISATION_HEADS).is_some()
                            && longest_prefix(&venue[i..], &EVENT_WORDS).is_none()
                    })
            });
            let (venue, body) = body.map_or((venue, ""), |i| {
                (venue[..i].trim().trim_end_matches(','), &venue[i..])
            });
            if place.is_none() && is_venue(venue) {
                place = Some(venue.to_owned());
            }
            subject = body;
            if !body.is_empty() {
                split_rule = Some(".venue_then_body");
            }
        } else if subject.starts_with(|c: char| c.is_lowercase()) && body_reading(subject).is_none()
        {
            // "hòa chung không khí …, Trường X đã tổ chức": a lower-case opening phrase is
            // no body; the subject is the part after its last comma.
            let tail = body_after_opening(subject);
            if tail.len() < subject.len() && body_reading(tail).is_some() {
                subject = tail;
                split_rule = split_rule.or(Some(".after_opening"));
            }
        }
        let opens = std::ptr::eq(subject.as_ptr(), sentence.trim_start().as_ptr());
        let mut info = EventInfo {
            event,
            place: place.or(tail_place),
            // No date before the verb: a report about an event ("đã hoàn thành …"), a plan
            // or a summary as often as the event itself.
            rule: match (dated, noun) {
                (true, true) => "event.active",
                (false, true) => "event.active.undated",
                (true, false) => "event.active.verb_object",
                (false, false) => "event.active.undated.verb_object",
            },
            split_rule,
            ..Default::default()
        };
        // "xã Vân Canh tổ chức Đại hội …": a commune or district as the body.
        let unit = (is_admin_unit(subject) && first_top_level_comma(subject).is_none())
            || is_count_of_units(subject);
        if longest_prefix(subject, &INVERTED_OPENERS).is_some() {
            // "Đây là nhiệm vụ quan trọng, … hội nghị sẽ quán triệt để tổ chức": a comment
            // on the event, its "subject" no body.
        } else if unit {
            info.organizer = Some(subject.to_owned());
        } else if let Some(how) = body_reading(subject) {
            info.organizer = Some(subject.to_owned());
            if !how.is_empty() {
                info.split_rule = info.split_rule.or(Some(how));
            }
        } else if mention_at_start(subject).is_some() {
            info.host = Some(subject.to_owned());
        } else if date.is_some_and(|(_, de)| de <= va)
            && !planned
            && !before.ends_with(',')
            && info.split_rule.is_none()
            && is_lower_case_subject(subject)
        {
            // "Ngày 27.7.2020 đoàn trường đã tổ chức …", "Sáng thứ bảy 07/10/2023, các anh chị
            // cựu sinh viên khóa CK88 đã tổ chức …": right after the dateline, nothing but the
            // subject stands before the verb; small publishers write it in lower case.
            info.organizer = Some(subject.to_owned());
            // With commas it may as well be an opening phrase before a lower-case body
            // ("tiếp tục chương trình X, nhà trường …"): a weaker reading.
            info.split_rule = Some(if first_top_level_comma(subject).is_some() {
                ".lower_case_list"
            } else {
                ".lower_case"
            });
        }
        // Undated, a lead that opens with its organiser, a capitalised name read plainly (no
        // opening, venue or date split off), is the lead's event sentence all the same.
        let plain_lead = lead && opens && info.split_rule.is_none() && info.organizer.is_some();
        if noun && !dated && plain_lead {
            info.rule = "event.active.lead";
        }
        if quoted_name {
            info.rule = "event.active.quoted_name";
        }
        if planned {
            info.rule = "event.active.planned";
        }
        if noun {
            return Some(info);
        }
        // A verb phrase without an organiser says nothing about an event; nor does a
        // subject that still holds a date or an introduction ("Trước đó, vào khoảng 23h30
        // ngày 20/9, Đội … tổ chức đấu tranh"): the sentence was not read as a lead.
        let clean = |s: &str| {
            crate::parse::dateline::find_in_line(s).is_none()
                && longest_prefix(s, &INTRO_OPENERS).is_none()
                && !EVENT_CLAUSE_WORDS
                    .iter()
                    .any(|w| find_word_ci(s, w).is_some())
        };
        // The first verb phrase, unless its "tổ chức" lies before this one's subject ("tại trụ
        // sở Viện Khoa học tổ chức nhà nước, Hội đồng X đã tổ chức họp …": a noun in the venue).
        // (An empty subject is no slice of the sentence: it starts at the verb.)
        let subject_at = (subject.as_ptr() as usize)
            .checked_sub(sentence.as_ptr() as usize)
            .filter(|&at| at <= sentence.len())
            .unwrap_or(subject_end);
        let first = verb_only.as_ref().is_none_or(|(at, _)| *at < subject_at);
        // "Các thành viên … xây dựng quy chế hoạt động, đóng góp kinh phí …, tổ chức sinh hoạt
        // …": a comma before the verb makes it one predicate of a list, its subject further
        // back than the text before it.
        // A comma after a unit that locates the subject ("Hội đồng Họ Dương liên phường A,
        // thị xã B, tỉnh C, tổ chức trao quà …") closes that apposition, no list.
        let listed = before.ends_with(',') && !ends_with_locator(before);
        if first && !listed && info.organizer.as_deref().is_some_and(clean) {
            verb_only = Some((va, info));
        }
    }
    verb_only.map(|(_, info)| info)
}

/// The subject of the "tổ chức" at `va` and the venue before it: the subject starts after
/// the dateline and its place, or after introductory clauses. Also returns how organiser
/// and venue were told apart when that is weaker than the sentence's rule.
fn subject_and_place(
    sentence: &str,
    va: usize,
    date: Option<(usize, usize)>,
) -> (&str, Option<String>, Option<&'static str>) {
    let mut place = None;
    let mut start = 0;
    let mut split_rule = None;
    if let Some((ds, de)) = date.filter(|&(_, de)| de <= va) {
        start = de;
        let rest = &sentence[de..va];
        // "ngày 18/10/2019., Liên đội …": a stray full stop after the date opens no subject.
        let skipped = rest.len() - rest.trim_start_matches([',', ' ', '.']).len();
        start += skipped;
        // "Chiều ngày 17/5 vừa qua Ủy ban nhân dân huyện đã tổ chức": a word that ends the
        // date is not part of the subject.
        if let Some((_, len)) = longest_prefix(&sentence[start..va], &EVENT_DATE_TRAILERS) {
            let rest = &sentence[start + len..va];
            start += len + (rest.len() - rest.trim_start_matches([',', ' ']).len());
        }
        if let Some((p, len)) = place_at(&sentence[start..va]) {
            place = Some(p);
            start += len;
            // "tại Hội trường A, Học viện Y, Khối Z đã tổ chức": the building's owner
            // belongs to the place; the organiser is the last part, the verb's subject.
            let subject = &sentence[start..va];
            if let (Some(p), Some(comma)) = (place.as_mut(), first_top_level_comma(subject)) {
                let owner = subject[..comma].trim();
                let rest = subject[comma + 1..].trim();
                if longest_prefix(p, &BUILDINGS).is_some()
                    && is_organisation(owner)
                    && is_organisation(strip_adverbs(rest))
                    && first_top_level_comma(rest).is_none()
                {
                    p.push_str(", ");
                    p.push_str(owner);
                    split_rule = Some(".building_owner");
                    start += comma
                        + 1
                        + (subject[comma + 1..].len() - subject[comma + 1..].trim_start().len());
                }
            }
        } else if let Some(p) = place_before(&sentence[..ds]) {
            place = Some(p);
        }
    } else {
        // "Sáng ngày Chủ Nhật 16/11/2014, tại …": a date the dateline did not take opens the
        // sentence; introductory clauses and the venue follow it.
        if let Some((0, end)) = introduced_date(&sentence[..va]) {
            if let Some(rest) = sentence[end..va].trim_start().strip_prefix(',') {
                start = va - rest.trim_start().len();
            }
        }
        // "Vừa qua, tại huyện X, Y đã tổ chức": introductory clauses, the venue among them.
        let (len, venue) = intro_and_place(&sentence[start..va]);
        start += len;
        place = venue;
    }
    (strip_adverbs(&sentence[start..va]), place, split_rule)
}

/// True when the last comma part of `before` (which ends with a comma) is a unit or a city
/// that locates what stands before it ("…, tỉnh Thanh Hoá,").
fn ends_with_locator(before: &str) -> bool {
    let body = before.trim_end_matches([',', ' ']);
    body.rsplit_once(',')
        .is_some_and(|(_, last)| is_locator(last.trim()))
}

/// True when `before` ends with a number joined to what precedes it by "cùng" or "và" ("đã
/// cùng 5"): a count of bodies, the "tổ chức" after it a noun.
fn joined_count(before: &str) -> bool {
    let Some((rest, n)) = before.rsplit_once(' ') else {
        return false;
    };
    !n.is_empty()
        && n.len() <= 3
        && n.chars().all(|c| c.is_ascii_digit())
        && [words::WITH, words::AND]
            .iter()
            .any(|w| ends_with_word_ci(rest.trim_end(), w))
}

/// True when `before` ends with a number and a counting word ("đã 9 lần").
pub(super) fn is_tally_count(before: &str) -> bool {
    EVENT_TALLY_COUNTERS.iter().any(|w| {
        ends_with_word_ci(before, w)
            && before[..before.len() - w.len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// True when a subject counts the bodies that held an event ("toàn tỉnh có 120/152 cơ sở
/// Hội tổ chức Đại hội", "80% chi bộ đã tổ chức …"): a statistic, not this event's organiser.
fn is_statistic(subject: &str) -> bool {
    subject.contains('%')
        || find_all_words_ci(subject, words::HAVE).any(|(_, b)| {
            let counted = subject[b..].trim_start();
            counted.starts_with(|c: char| c.is_ascii_digit())
                || prefix_ci(counted, words::PLURAL).is_some()
        })
}

/// The subject after the last date written inside it ("Chính vì vậy, Chiều tối thứ Bảy-
/// ngày 14/9 BGH", "Hòa chung không khí … (26/3/1931 – 26/3/2017) Liên đội trường X"): a
/// date the dateline did not take still opens the sentence, and the subject follows it.
pub(super) fn after_introduced_date(subject: &str) -> Option<&str> {
    let end = introduced_dates(subject).last()?.1;
    let mut rest = &subject[end..];
    loop {
        let trimmed = rest.trim_start_matches([')', ',', ' ', '-', '–']);
        let trimmed = longest_prefix(trimmed, &EVENT_DATE_TRAILERS)
            .map_or(trimmed, |(_, len)| &trimmed[len..]);
        if trimmed.len() == rest.len() {
            break;
        }
        rest = trimmed;
    }
    (!rest.is_empty()).then_some(rest)
}
