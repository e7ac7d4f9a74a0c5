//! Checks of the unit's settings against what a built-in template prints: the template
//! corrects the document (its own type code, one file copy line) and these say so.

use super::Letterhead;

/// A warning when the typed number carries another type code than the template's
/// (`15/BC-C06` for a biên bản): the template prints its own code in its place.
pub(crate) fn number(number: Option<&str>, code: &str, type_codes: &[String]) -> Option<String> {
    let typed = number?.trim();
    let (_, rest) = typed.split_once('/')?;
    let first = rest.trim().split('-').next()?;
    let is_code = |c: &String| c.to_uppercase() == first.to_uppercase();
    if first.eq_ignore_ascii_case(code)
        || first.contains("{code}")
        || !type_codes.iter().any(is_code)
    {
        return None;
    }
    Some(format!(
        "the number {typed:?} carries the type code {first}; this document's code is {code}, \
         printed in its place (write \"{{code}}\" or leave the code out to have it filled in)"
    ))
}

/// Warnings about settings a biên bản (type code BB) does not print: Mẫu 1.9 has no
/// "Kính gửi:" and no photo notes.
pub(crate) fn unused(letterhead: &Letterhead, code: &str) -> Vec<String> {
    let mut warnings = Vec::new();
    if code == "BB" && !letterhead.kinh_gui.is_empty() {
        warnings.push("a biên bản has no \"Kính gửi:\" line; --kinh-gui is not printed".into());
    }
    if code == "BB" && letterhead.photo_notes {
        warnings.push("a biên bản prints no photo notes; --photo-notes is not used".into());
    }
    warnings
}

/// A recipient as the template prints it: without a leading "- " and a final ";" or ".".
fn clean_entry(entry: &str) -> &str {
    entry
        .trim()
        .trim_start_matches(['-', '–', '•', '+'])
        .trim()
        .trim_end_matches([';', '.', ',', ' '])
}

/// Whether a recipient entry is the file copy line ("Lưu: VT, C06").
pub(crate) fn is_archive(entry: &str) -> bool {
    clean_entry(entry).to_lowercase().starts_with("lưu")
}

/// Warnings about the file copy line: the template prints the recipients' own "Lưu …"
/// entry instead of its own, so a drafting unit missing from it, or a second one, is said.
pub(crate) fn archive(letterhead: &Letterhead) -> Vec<String> {
    let own: Vec<&str> = letterhead
        .recipients
        .iter()
        .map(|r| clean_entry(r))
        .filter(|r| is_archive(r))
        .collect();
    let mut warnings = Vec::new();
    if own.len() > 1 {
        warnings.push(format!(
            "the recipients have {} file copy lines ({}); a document has one",
            own.len(),
            own.join(" / ")
        ));
    }
    if let (Some(first), Some(unit)) = (own.first(), letterhead.drafting_unit.as_deref()) {
        let unit = unit.trim();
        if !unit.is_empty()
            && !own
                .iter()
                .any(|r| r.to_lowercase().contains(&unit.to_lowercase()))
        {
            warnings.push(format!(
                "the recipients' own {first:?} is printed as the file copy line; the drafting \
                 unit {unit:?} is not in it (leave the \"Lưu\" entry out to get \"Lưu: VT, {unit}.\")"
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> Vec<String> {
        ["BC", "BB", "QĐ"].map(String::from).to_vec()
    }

    #[test]
    fn another_type_code_is_named() {
        let w = number(Some("15/BC-C06"), "BB", &codes()).unwrap();
        assert!(w.contains("BC") && w.contains("BB"), "{w}");
        assert!(number(Some("15/qđ-C06"), "BC", &codes()).is_some());
        for fine in ["15/BB-C06", "15/{code}-C06", "15/C06", "15", "……/C06-PV01"] {
            assert_eq!(number(Some(fine), "BB", &codes()), None, "{fine}");
        }
        assert_eq!(number(None, "BB", &codes()), None);
    }

    #[test]
    fn settings_the_minutes_do_not_print_are_said() {
        let lh = Letterhead {
            kinh_gui: vec!["Bộ trưởng".into()],
            photo_notes: true,
            ..Letterhead::default()
        };
        assert_eq!(unused(&lh, "BB").len(), 2);
        assert!(unused(&lh, "BC").is_empty());
    }

    #[test]
    fn own_file_copy_line_without_the_unit_is_said() {
        let mut lh = Letterhead {
            recipients: vec!["Lãnh đạo Bộ".into(), "- Lưu: VT, C06.".into()],
            drafting_unit: Some("PV01".into()),
            ..Letterhead::default()
        };
        let w = archive(&lh);
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(
            w[0].contains("Lưu: VT, C06") && w[0].contains("PV01"),
            "{w:?}"
        );
        lh.drafting_unit = Some("c06".into());
        assert!(archive(&lh).is_empty());
        lh.recipients.push("Lưu: Hồ sơ".into());
        assert!(archive(&lh)[0].contains("2 file copy lines"));
        assert!(is_archive(" - lưu: VT;") && !is_archive("Lãnh đạo Bộ (để báo cáo)"));
    }
}
