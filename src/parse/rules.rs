//! Rule data: the words the parser recognises, from `rules.toml` as typed tables.
//!
//! Everything language-specific that is a list rather than a grammar lives in that file, so
//! that a reader can check and extend it without reading Rust. Each table says how it is
//! matched; the other tone-mark spelling of each entry (oà/òa, uỷ/ủy, kỳ/kì) is generated
//! (`rule_file::other_spellings`), so the file lists one spelling. The build script reads,
//! checks and expands the file once and bakes the tables into the binary as statics: a
//! fresh process parses no TOML and generates no spelling before its first article.

use std::sync::{LazyLock, OnceLock};

use super::text::WordIndex;

/// How the entries of a table are matched against text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    /// The text starts with the entry (case-insensitive, word boundary, longest entry).
    Prefix,
    /// The text ends with the entry (case-insensitive, from a word boundary).
    Suffix,
    /// The entry occurs as a whole word (case-insensitive).
    Word,
    /// A word equals the entry.
    Exact,
    /// The entry occurs anywhere.
    Substring,
    /// Read both as a prefix and as a suffix.
    PrefixSuffix,
}

/// A table of the rule file: its entries with the generated spellings, in file order.
#[derive(Debug)]
pub struct Table {
    /// What the table holds.
    pub doc: &'static str,
    /// How its entries are matched.
    pub matching: Matching,
    /// The entries, then the generated other spellings.
    pub words: &'static [&'static str],
    /// Pairs of a two-column table.
    pub pairs: &'static [(&'static str, &'static str)],
    /// How many entries the file lists (the rest are generated).
    pub listed: usize,
}

// `TABLES` and `PATTERNS`: the rule file read, checked and expanded by build.rs
// (`rule_file::generate`), so the first parse of a process loads nothing.
include!(concat!(env!("OUT_DIR"), "/rules.rs"));

/// The regular expression `name` of the rule file's `[patterns]`, with `{NON_WORD}` (what
/// may follow a word) filled in.
pub fn pattern(name: &str) -> String {
    let i = PATTERNS
        .binary_search_by(|(n, _)| n.cmp(&name))
        .unwrap_or_else(|_| panic!("no pattern {name} in src/parse/rules.toml"));
    PATTERNS[i].1.replace("{NON_WORD}", super::text::NON_WORD)
}

/// The table named `name` of the rule file.
pub fn table(name: &str) -> &'static Table {
    let i = TABLES
        .binary_search_by(|(n, _)| n.cmp(&name))
        .unwrap_or_else(|_| panic!("no table {name} in src/parse/rules.toml"));
    &TABLES[i].1
}

/// The [`WordIndex`] of the table whose words are `words` (`&RANKS`), built at its first
/// use; none for a list that is no table of the rule file. Found by the address of the
/// words, so the text helpers keep taking plain slices.
pub(crate) fn word_index(words: &[&str]) -> Option<&'static WordIndex> {
    /// (address, length, position in `TABLES`) of every table's words, sorted.
    static BY_ADDRESS: LazyLock<Vec<(usize, usize, usize)>> = LazyLock::new(|| {
        let mut v: Vec<_> = TABLES
            .iter()
            .enumerate()
            .map(|(k, (_, t))| (t.words.as_ptr() as usize, t.words.len(), k))
            .collect();
        v.sort_unstable();
        v
    });
    static INDEXES: LazyLock<Vec<OnceLock<WordIndex>>> =
        LazyLock::new(|| TABLES.iter().map(|_| OnceLock::new()).collect());
    let key = (words.as_ptr() as usize, words.len());
    let i = BY_ADDRESS
        .binary_search_by(|&(a, n, _)| (a, n).cmp(&key))
        .ok()?;
    let k = BY_ADDRESS[i].2;
    Some(INDEXES[k].get_or_init(|| WordIndex::new(TABLES[k].1.words)))
}

/// Declares one static per table, the word list as a slice, and the list of their names.
macro_rules! tables {
    ($($(#[$doc:meta])* $name:ident = $key:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $name: LazyLock<&'static [&'static str]> =
                LazyLock::new(|| table($key).words);
        )*
        /// The names of the tables the parser reads.
        pub const TABLE_NAMES: &[&str] = &[$($key,)* "abbreviations"];
    };
}

tables! {
    /// Nouns of a working session or reception.
    SESSION_NOUNS = "session_nouns";
    /// Words that open the closing speech.
    CLOSING_CUES = "closing_cues";
    /// Requests that open the closing speech.
    ASKING_CUES = "asking_cues";
    /// Words that name the chair in a closing paragraph.
    CHAIR_CUES = "chair_cues";
    /// "Under the chairmanship of" phrases, in lower case, before the chair list.
    UNDER_CHAIR = "under_chair";
    /// Words that open a list of people ("các đồng chí: A, B"); the first marks every item as a person.
    LIST_LEADS = "list_leads";
    /// Words after a group's count that open its first named member ("40 đại biểu gồm X").
    GROUP_MEMBER_OPENERS = "group_member_openers";
    /// Words that may open a later item of a list of people ("và ", "cùng ").
    LIST_ITEM_LEADS = "list_item_leads";
    /// Kinship words before an initial ("em M."): the initial, not a Roman numeral.
    KIN_WORDS = "kin_words";
    /// Units after an hour ("8 giờ 30", "14h30", "7g").
    CLOCK_UNITS = "clock_units";
    /// Parts of the day a dateline may open with, for the start time.
    PARTS_OF_DAY = "parts_of_day";
    /// First words of a "tại …" phrase that is no venue ("tại các đơn vị", "tại điểm cầu").
    NOT_VENUE_OPENERS = "not_venue_openers";
    /// Words before a year that make it a target, not a date ("đến năm 2030", "tầm nhìn 2045"); matched on the lower-cased text before the year.
    YEAR_TARGET_WORDS = "year_target_words";
    /// Words of a lead that dates the event "today": the source tag's full date is its date.
    TODAY_WORDS = "today_words";
    /// Documents a day right after dates ("Kế hoạch ngày 12/3"): no event's date.
    DOCUMENT_NOUNS = "document_nouns";
    /// Words after a date that define the day ("Ngày 20/11 là ngày Nhà giáo Việt Nam").
    DATE_COPULAS = "date_copulas";
    /// Words after a date that make it a yearly or recurring day ("ngày 8 tháng 3 hằng năm"), not the event's.
    DATE_RECURRING_WORDS = "date_recurring_words";
    /// Words before a date that make it a deadline ("trước ngày 15/12"), not the event's.
    DATE_DEADLINES = "date_deadlines";
    /// Words that a photo credit contains ("Ảnh: …").
    PHOTO_WORDS = "photo_words";
    /// Openers of an inverted lead.
    INVERTED_OPENERS = "inverted_openers";
    /// Verbs that open the clause after a person's position.
    PREDICATE_VERBS = "predicate_verbs";
    /// Buildings and rooms of a venue.
    BUILDINGS = "buildings";
    /// Verbs that are the event themselves.
    VERB_EVENTS = "verb_events";
    /// Words before a verb event that make it part of an event noun.
    NOUNS_BEFORE_MEETING_VERB = "nouns_before_meeting_verb";
    /// First words of a source that is an organisation or a site, not a reporter.
    BYLINE_SOURCE_BODIES = "byline_source_bodies";
    /// Words after "dự" that make it another word ("dự án", "dự thảo").
    CAPTIONS_NOT_ATTEND = "captions_not_attend";
    /// Verbs after which a date is the event's date ("… tổ chức ngày 11/7 tại Hà Nội").
    DATELINE_EVENT_VERBS = "dateline_event_verbs";
    /// Verbs that close a passive event phrase ("Hội nghị … tổ chức ngày 11/7", "… diễn ra").
    EVENT_PASSIVE_VERBS = "event_passive_verbs";
    /// Words before a passive verb or an active "tổ chức" that make the event a planned one ("dự kiến diễn ra", "sẽ tổ chức").
    EVENT_PLANNED = "event_planned";
    /// Words that may follow a passive "tổ chức" (a date or a venue), unlike an active object ("… sẵn sàng chiến đấu và tổ chức Tết Nguyên đán").
    EVENT_AFTER_PASSIVE = "event_after_passive";
    /// Lines that introduce a photo gallery, not a caption ("Một số hình ảnh …").
    GALLERY_INTROS = "gallery_intros";
    /// Phrases before a list of attendees inside a sentence ("… có sự tham dự của …").
    PRESENCE_OPENERS = "presence_openers";
    /// First words of an attendance clause, checked before its pattern.
    ROLES_ATTEND_OPENERS = "roles_attend_openers";
    /// What may follow "dự" when its subject attends this event ("dự và chỉ đạo").
    ROLES_ATTEND_OBJECTS = "roles_attend_objects";
    /// Phrases that end an event phrase: who chairs it, who attends it.
    EVENT_EVENT_STOPS = "event_event_stops";
    /// Words after which a named event may open a passive clause ("tại Hội nghị …").
    EVENT_PASSIVE_EVENT_AFTER = "event_passive_event_after";
    /// Words that open the purpose of an event ("nhằm", "để"), which stays in its phrase.
    EVENT_PURPOSE_WORDS = "event_purpose_words";
    /// Words that open a part of a street address after a venue ("số 70", "Đường X").
    PLACE_ADDRESS_PARTS = "place_address_parts";
    /// Words after a passive verb that introduce its agent ("được tổ chức bởi Trường A").
    EVENT_AGENT_MARKERS = "event_agent_markers";
    /// Words before a trailing date that make it an occasion's ("nhân ngày 8/3").
    EVENT_OCCASION_WORDS = "event_occasion_words";
    /// Verbs before a bare "họp" that make it the verb ("tiến hành họp"), no event noun.
    EVENT_LIGHT_VERBS = "event_light_verbs";
    /// Verbs that, after "và" and a whole event noun phrase, open a second predicate.
    EVENT_SECOND_VERBS = "event_second_verbs";
    /// The people of a body named before it as the organiser ("thầy và trò trường A").
    ORGANISER_GROUPS = "organiser_groups";
    /// Verbs of a later sentence that say where the event was held ("diễn ra tại").
    EVENT_HELD_VERBS = "event_held_verbs";
    /// Verbs of a gathering with no event noun that say where people met ("đã họp tại X").
    EVENT_MET_VERBS = "event_met_verbs";
    /// Words that open what follows a venue: the venue stops before them.
    EVENT_VENUE_ENDS = "event_venue_ends";
    /// Words before a date that belong to it ("từ ngày", "vào sáng").
    EVENT_DATE_LEADS = "event_date_leads";
    /// Connectors that open a sentence before a comma ("Chính vì vậy, …").
    EVENT_CONNECTORS = "event_connectors";
    /// What may follow the venue of a dateline sentence without a predicate ("dưới sự …").
    EVENT_FRAGMENT_TAILS = "event_fragment_tails";
    /// Time phrases that open a clause before its subject ("Năm nay, Trường X …").
    EVENT_TIME_PHRASES = "event_time_phrases";
    /// Stops of an event phrase that, after its purpose, join a second purpose ("nhằm …, đồng thời …").
    EVENT_PURPOSE_GOES_ON = "event_purpose_goes_on";
    /// Openers of an introductory phrase that may name the event ("Trong ngày Lễ Ra trường, …").
    EVENT_MENTION_OPENERS = "event_mention_openers";
    /// Words of an introductory phrase before the event it names ("Trong ngày Lễ …", "Nhân dịp …").
    EVENT_MENTION_FRAMES = "event_mention_frames";
    /// Words that end an event named as the subject of what it did ("Hội nghị X đã thảo luận …").
    EVENT_SUBJECT_ENDS = "event_subject_ends";
    /// Labels of a line that says where the event is held ("Địa điểm: Hội trường X").
    EVENT_VENUE_LABELS = "event_venue_labels";
    /// Verbs of an incident ("xảy ra"): a dated sentence holding one reports news, no meeting.
    EVENT_INCIDENT_VERBS = "event_incident_verbs";
    /// Verbs of a visit before "và làm việc với" ("đến thăm và làm việc với X"): no verb event.
    EVENT_VISIT_VERBS = "event_visit_verbs";
    /// Days and months that, with a capitalised name after them, name an event ("ngày Chầu Thánh Thể", "Tháng hành động …").
    EVENT_NAMED_PERIODS = "event_named_periods";
    /// Verbs that open a comment on the event after a comma: the event stops there.
    EVENT_COMMENT_VERBS = "event_comment_verbs";
    /// Words that cannot open an organiser (a preposition, a copula): a clause fragment.
    ORGANISER_NOT_OPENERS = "organiser_not_openers";
    /// Words that open a request in a closing speech; the sentence and those after it are tasks.
    MINUTES_REQUEST_WORDS = "minutes_request_words";
    /// Words that open a group of attendees named without people.
    MINUTES_GROUP_WORDS = "minutes_group_words";
    /// What may stand right before a group word for it to open a clause.
    MINUTES_CLAUSE_OPENERS = "minutes_clause_openers";
    /// Words of an attendance sentence: a group is only taken from such a sentence.
    MINUTES_ATTENDANCE_WORDS = "minutes_attendance_words";
    /// Words before "yêu cầu" or "đề nghị" that make it a noun ("đáp ứng yêu cầu"), not a request.
    MINUTES_NOUN_BEFORE = "minutes_noun_before";
    /// What ends a group: the next ';' or a named person.
    MINUTES_GROUP_STOPS = "minutes_group_stops";
    /// Rules whose values are wrong often enough to need a look: a weak pattern or a fallback. Every other rule is a strong pattern (`sure`). Chosen from where the misses of the corpora came from (`vnbrief eval --explain`).
    GUESS_RULES = "guess_rules";
    /// Openers of a time phrase, a connector or a clause: an organiser starting with one needs a look.
    REVIEW_ORGANISER_OPENERS = "review_organiser_openers";
    /// Verbs that, in lower case inside an organiser, make it run on into a clause.
    REVIEW_CLAUSE_VERBS = "review_clause_verbs";
    /// Phrases inside an event's noun phrase that show it ran on past its end.
    REVIEW_EVENT_RUNONS = "review_event_runons";
    /// Words a name or an event phrase cannot end with.
    REVIEW_HANGING_ENDS = "review_hanging_ends";
    /// Words that open a unit's or a place's name (after a byline's dash).
    REVIEW_UNIT_WORDS = "review_unit_words";
    /// Lower-case nouns of a building that open a venue ("tại nhà thờ …").
    REVIEW_VENUE_HEADS = "review_venue_heads";
    /// Words that open the end of a range of days ("đến ngày 19 tháng 3").
    REVIEW_RANGE_ENDS = "review_range_ends";
    /// Verbs that, opening an event in lower case, make it a deed rather than an event's name.
    REVIEW_EVENT_VERBS = "review_event_verbs";
    /// Event nouns that open with one of `review_event_verbs` ("họp mặt").
    REVIEW_EVENT_VERB_NOUNS = "review_event_verb_nouns";
    /// Connectors after a comma that carry an event on: an event cut before one needs a look.
    REVIEW_EVENT_CONNECTORS = "review_event_connectors";
    /// Words that open a report of another event ("Cùng ngày", "Trước đó"): a person named after one needs a look.
    REVIEW_OTHER_EVENT_CUES = "review_other_event_cues";
    /// Nouns that open the name of a document: a "tại" venue opening with one is no venue.
    REVIEW_DOCUMENT_HEADS = "review_document_heads";
    /// Words that point at the article's own time ("năm nay"): an event holding one is not named.
    REVIEW_EVENT_DEICTICS = "review_event_deictics";
    /// Words that open a photo note in brackets ("(ảnh)").
    REVIEW_PHOTO_WORDS = "review_photo_words";
    /// Verbs of chairing: an attendee named in a sentence holding one may have chaired.
    REVIEW_CHAIR_WORDS = "review_chair_words";
    /// Held-out evidence of the calibrated review flags ("NAME WRONG RIGHT") and their bar.
    REVIEW_CALIBRATION = "review_calibration";
    /// Qualifiers before a position head ("Phó Giám đốc", "Nguyên Chủ tịch").
    PEOPLE_QUALIFIERS = "people_qualifiers";
    /// Separators between a name and the position after it.
    PEOPLE_NAME_SEPARATORS = "people_name_separators";
    /// Words of a group after "và" that ends a person's position ("… và lãnh đạo các ban ngành").
    PEOPLE_GROUP_WORDS = "people_group_words";
    /// Words that may trail a position before the verb of the sentence.
    PEOPLE_TRAILING_WORDS = "people_trailing_words";
    /// Words after "dự" that make it another word ("dự án", "dự thảo").
    ROLES_NOT_ATTEND = "roles_not_attend";
    /// Words before "chủ trì" that make it no chairing of this event ("sẽ chủ trì", "cơ quan chủ trì").
    ROLES_NOT_CHAIR_BEFORE = "roles_not_chair_before";
    /// Words that may follow "chủ trì" when it is the chairing of the event.
    ROLES_CHAIR_OBJECTS = "roles_chair_objects";
    /// Words between a chair and "chủ trì" ("đã", "dự và", "đồng").
    ROLES_CHAIR_ADVERBS = "roles_chair_adverbs";
    /// Verbs of presiding over a rite ("chủ sự"): chairing only of the rite that is the event.
    ROLES_RITE_CHAIR_VERBS = "roles_rite_chair_verbs";
    /// Verbs of being present whose subject attends ("Thầy X có mặt cùng …").
    ROLES_PRESENT_VERBS = "roles_present_verbs";
    /// Openers of the host list of a working session ("Tiếp và làm việc với đoàn có …").
    ROLES_HOST_OPENERS = "roles_host_openers";
    /// Verbs of attending other than "dự" that open an attendance clause ("Chứng minh", "Hiện diện").
    ROLES_ATTEND_VERBS = "roles_attend_verbs";
    /// Openers of a delegation's member list ("Cùng tham gia đoàn công tác có …").
    ROLES_DELEGATION_OPENERS = "roles_delegation_openers";
    /// Verbs after the leader of a visiting delegation ("… do X làm trưởng đoàn", "… dẫn đầu").
    ROLES_DELEGATION_LEAD_VERBS = "roles_delegation_lead_verbs";
    /// Words that may stand between an attendee and "dự" ("đã tham dự", "cùng đến dự").
    ROLES_ATTEND_ADVERBS = "roles_attend_adverbs";
    /// Police and military ranks (Luật CAND 2018, Luật Sĩ quan QĐND), both "úy" and "uý" spellings.
    RANKS = "ranks";
    /// Academic titles and degrees written as abbreviations; they chain with "." or "," ("PGS.TS", "GS,TS.", "ThS. BS"). Matched case-sensitively: "TS" is a title, "ts" is not.
    ACADEMIC_ABBREVIATIONS = "academic_abbreviations";
    /// Academic titles written out in words.
    ACADEMIC_WORDS = "academic_words";
    /// Forms of address that mark a person but are not ranks.
    HONORIFICS = "honorifics";
    /// Words that begin a position or office ("Phó Giám đốc Công an tỉnh", "Tỉnh ủy viên, …").
    POSITION_HEADS = "position_heads";
    /// Nouns that begin the name of an event ("Hội nghị …", "Lễ …", "buổi làm việc …").
    EVENT_WORDS = "event_words";
    /// Words after "tổ chức" that, in lower case, make its object a verb phrase, not an event noun ("tổ chức tập huấn …").
    EVENT_VERB_OBJECTS = "event_verb_objects";
    /// Words that end a dateline before the subject ("Chiều ngày 17/5 vừa qua UBND huyện …").
    EVENT_DATE_TRAILERS = "event_date_trailers";
    /// Words that mark a clause, never part of a body's name: a subject holding one is no organiser of a verb phrase ("Công an huyện cho biết … từng tổ chức đánh bạc").
    EVENT_CLAUSE_WORDS = "event_clause_words";
    /// Words after "tổ chức" that make it a tally of activities ("đã tổ chức được 12 buổi …").
    EVENT_TALLY_WORDS = "event_tally_words";
    /// Counting words after a number before "tổ chức" that make it a tally of past events ("đã 9 lần tổ chức …").
    EVENT_TALLY_COUNTERS = "event_tally_counters";
    /// Nouns of a plan before "tổ chức" ("ban hành kế hoạch tổ chức Hội nghị …"): the lead announces, nothing was held.
    EVENT_PLAN_NOUNS = "event_plan_nouns";
    /// Online bridge points after "tại": many places, no venue ("tại điểm cầu chính …").
    ONLINE_POINTS = "online_points";
    /// Verbs after "tổ chức" that make it an operation (a trial, a raid), not an event ("tổ chức xét xử lưu động").
    EVENT_OPERATION_VERBS = "event_operation_verbs";
    /// Administrative units that locate a venue after a comma ("tại Phú Quốc, tỉnh Kiên Giang, …").
    PLACE_ADMIN_UNITS = "place_admin_units";
    /// Words after "tổ chức" that make it the noun "organisation" ("tổ chức cơ sở đảng", "các tổ chức chính trị - xã hội").
    ORGANISATION_KINDS = "organisation_kinds";
    /// Words after an administrative unit that make it a body ("Huyện Đoàn", "Tỉnh Ủy"), not a place.
    PLACE_UNIT_BODIES = "place_unit_bodies";
    /// Event words that name a working meeting: its middle paragraphs are results.
    MEETING_WORDS = "meeting_words";
    /// Adverbs that may stand between an organiser and "tổ chức"; stripped from the organiser.
    ORGANIZE_ADVERBS = "organize_adverbs";
    /// Openers of an introductory clause that ends with a comma before the subject.
    INTRO_OPENERS = "intro_openers";
    /// Nouns that name a venue even when written in lower case ("tại hội trường …").
    VENUE_WORDS = "venue_words";
    /// Words that start a paragraph-like clause, never a photo caption ("Phát biểu tại …, X …").
    PARAGRAPH_OPENERS = "paragraph_openers";
    /// Starts of a photo caption that describes a scene ("Quang cảnh hội nghị").
    CAPTION_OPENERS = "caption_openers";
    /// Verbs a photo caption is built on ("X phát biểu tại hội nghị").
    CAPTION_VERBS = "caption_verbs";
    /// Verbs of a caption that only count when a named person is the subject.
    PERSON_CAPTION_VERBS = "person_caption_verbs";
    /// Position remarks of photo captions ("(ngồi giữa)", "(thứ 2 từ trái sang)").
    CAPTION_MARKERS = "caption_markers";
    /// Auxiliaries that narrate: before a caption's verb they make the line a body sentence.
    CAPTION_NARRATING_WORDS = "caption_narrating_words";
    /// Words of an approximation before a number ("hơn 200 người"): a quantity whatever its shape.
    APPROXIMATORS = "approximators";
    /// Sums of money after a number ("79 triệu đồng"): a quantity whatever stands before it.
    MAGNITUDE_WORDS = "magnitude_words";
    /// Words before a ratio of a count to its total ("có 6/6 thôn").
    RATIO_COUNTERS = "ratio_counters";
    /// Words that join the numbers of a list ("70, 75 và 80 tuổi").
    LIST_JOINERS = "list_joiners";
    /// Words of a line that announces photos below it ("… một số hình ảnh của buổi lễ:").
    GALLERY_WORDS = "gallery_words";
    /// Openings of a sentence that points at what comes below it ("Dưới đây là …").
    GALLERY_LEADS = "gallery_leads";
    /// Openings of a caption whose subject stands for a person ("Đại diện …").
    CAPTION_PERSON_SUBJECTS = "caption_person_subjects";
    /// Abbreviated titles of monks and nuns, before "Thích" ("HT.", "TT.", "ĐĐ.").
    MONASTIC_TITLES = "monastic_titles";
    /// Openings of a paragraph about another happening of the day ("Cùng ngày, …").
    ROLES_OTHER_EVENT_OPENERS = "roles_other_event_openers";
    /// Words of a numbered photo label that opens a caption ("Hình 1: …").
    PHOTO_LABELS = "photo_labels";
    /// Labels pointing at the photo inside its caption ("Trong ảnh: …").
    PHOTO_POINTERS = "photo_pointers";
    /// Words a line cannot end with unless its sentence goes on at the next line.
    DANGLING_WORDS = "dangling_words";
    /// Prefixes of a byline line, before the author's name.
    BYLINE_PREFIXES = "byline_prefixes";
    /// First words of a publisher: a byline naming one credits the source, not an author.
    BYLINE_PUBLISHERS = "byline_publishers";
    /// Role suffixes after a byline name, dropped from the author ("HỒNG HÀ (Thực hiện)").
    BYLINE_ROLES = "byline_roles";
    /// Bylines that are not a personal name but stand for the newsroom.
    BYLINE_NEWSROOM = "byline_newsroom";
    /// Closing formulas of a letter ("Thân ái,"): the short line after one signs the text.
    BYLINE_SIGN_OFFS = "byline_sign_offs";
    /// Starts of lines after the byline that name the source, not the author.
    SOURCE_LINES = "source_lines";
    /// Verbs after which an event noun names the event without an organiser ("tại X, diễn ra Hội nghị …", "đồng chí X chủ trì cuộc họp …", "UBND tỉnh họp phiên thường kỳ …", "HĐND huyện khai mạc kỳ họp thứ 14 …").
    EVENT_OBJECT_VERBS = "event_object_verbs";
    /// Words before "tổ chức" that make it a noun ("về tổ chức, cán bộ", "việc tổ chức"), not the verb of the event.
    ORGANIZE_AS_NOUN_AFTER = "organize_as_noun_after";
    /// Nouns that open a body's name and are family names too ("Đoàn Khối …", "Hà Nội").
    ORGANISATION_HEADS = "organisation_heads";
    /// Adverbs that may end a passive event subject ("Cuộc họp … vừa diễn ra").
    PASSIVE_ADVERBS = "passive_adverbs";
    /// Openers of a paragraph that continues an attendance list ("Đại biểu quốc tế có …").
    ATTENDANCE_CONTINUATIONS = "attendance_continuations";
    /// Words before a number that make it a date, an ordinal, a code or part of a name.
    /// Nouns of a day or festival named before its date ("tết thiếu nhi 1 - 6").
    FIGURES_DAY_NAMES = "figures_day_names";
    NUMBER_NOT_FIGURE_BEFORE = "number_not_figure_before";
    /// Nouns after a number that make it a time, a duration, an age, a frequency or a rank change.
    NUMBER_NOT_FIGURE_AFTER = "number_not_figure_after";
    /// Verbs right after a number that ends a name ("Trường Tân Công Chí 2 tổ chức …").
    FIGURES_NAME_VERBS = "figures_name_verbs";
    /// Capitalised nouns a number may count ("thông qua 10 Nghị quyết"), unlike a name after a small number ("Sư đoàn 3 Sao Vàng").
    COUNTED_CAPITALISED = "counted_capitalised";
    /// Openers of a byline that names a newsroom group ("Nhóm PV miền Bắc").
    BYLINE_GROUPS = "byline_groups";
    /// Consonants that may open a Vietnamese syllable.
    SYLLABLE_INITIALS = "syllable_initials";
    /// Consonants that may end a Vietnamese syllable.
    SYLLABLE_FINALS = "syllable_finals";
    /// Consonant letters: every other letter of a syllable's middle is a vowel.
    SYLLABLE_CONSONANTS = "syllable_consonants";
    /// Names a number right after them completes ("Nghị quyết Trung ương 4").
    NUMBERED_NAMES = "numbered_names";
    /// Units glued to a decimal or grouped number ("20,7km").
    GLUED_UNITS = "glued_units";
    /// Phrases inside a sentence before a delegation's companions ("…, đi cùng là …").
    ROLES_COMPANION_OPENERS = "roles_companion_openers";
    /// Names of countries and cities written like a person's name ("Việt Nam").
    PLACE_NAMES = "place_names";
    /// Words before a number that make it a quantity ("trong số 245", "con số 81").
    QUANTITY_BEFORE_NUMBER = "quantity_before_number";
    /// Units a number counts that start like a duration ("7.800 ngày công").
    COUNTED_UNITS = "counted_units";
    /// Words of a term after the comma of an event name standing as a caption ("…, nhiệm kỳ 2021 – 2026").
    CAPTION_TERM_WORDS = "caption_term_words";
    /// Words between the days of a date range ("từ 11 đến 13/5").
    DAY_RANGE_JOINERS = "day_range_joiners";
    /// Nouns after a number that announce a list of items rather than count something measured.
    LIST_NOUNS = "list_nouns";
    /// Abbreviations that end with a dot but do not end a sentence ("TP. Quy Nhơn").
    DOTTED_ABBREVIATIONS = "dotted_abbreviations";
    /// Common Vietnamese family names, used to find where a name starts after a position ("Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp").
    SURNAMES = "surnames";
}

/// Looks up the expansion of an abbreviation ("UBND" → "Ủy ban nhân dân").
pub fn expand(abbreviation: &str) -> Option<&'static str> {
    table("abbreviations")
        .pairs
        .iter()
        .find(|(short, _)| *short == abbreviation)
        .map(|(_, long)| *long)
}

#[cfg(test)]
mod tests {
    use super::super::rule_file::{
        expanded, generate, other_spellings, problems, RuleFile, MATCHINGS,
    };
    use super::*;
    use std::collections::HashSet;
    use unicode_normalization::UnicodeNormalization;

    /// The rule file, read again as text for the checks.
    const RULES_TOML: &str = include_str!("rules.toml");

    fn file() -> RuleFile {
        toml::from_str(RULES_TOML).unwrap()
    }

    #[test]
    fn abbreviations_expand() {
        assert_eq!(expand("UBND"), Some("Ủy ban nhân dân"));
        assert_eq!(expand("XYZ"), None);
    }

    #[test]
    fn the_rule_file_is_clean() {
        let file = file();
        let nfc: String = RULES_TOML.nfc().collect();
        assert_eq!(problems(&file, RULES_TOML, &nfc), Vec::<String>::new());
        let declared: HashSet<&str> = TABLE_NAMES.iter().copied().collect();
        for name in file.tables.keys() {
            assert!(declared.contains(name.as_str()), "table {name} is not used");
        }
        for name in TABLE_NAMES {
            assert!(
                file.tables.contains_key(*name),
                "no table {name} in the file"
            );
        }
    }

    #[test]
    fn the_built_tables_are_the_file() {
        let file = file();
        let built = include_str!(concat!(env!("OUT_DIR"), "/rules.rs"));
        assert_eq!(generate(&file), built, "build.rs output is stale");
        assert_eq!(TABLES.len(), file.tables.len());
        for ((name, table), (spec_name, spec)) in TABLES.iter().zip(&file.tables) {
            assert_eq!(name, spec_name);
            assert_eq!(table.words, expanded(spec, &file.spelling), "{name}");
            assert_eq!(table.listed, spec.words.len());
            let matching = MATCHINGS.iter().find(|(m, _)| *m == spec.matching).unwrap();
            assert_eq!(format!("{:?}", table.matching), matching.1);
        }
        let patterns: Vec<(&str, &str)> = file
            .patterns
            .iter()
            .map(|(n, p)| (n.as_str(), p.as_str()))
            .collect();
        assert_eq!(PATTERNS, patterns.as_slice());
    }

    #[test]
    fn spellings_are_generated() {
        let s = &file().spelling;
        assert_eq!(other_spellings("Đại úy", s), ["Đại uý"]);
        assert_eq!(other_spellings("Ủy viên", s), ["Uỷ viên"]);
        assert_eq!(other_spellings("hòa", s), ["hoà"]);
        assert_eq!(other_spellings("Kỳ họp", s), ["Kì họp"]);
        assert!(other_spellings("hoàn", s).is_empty(), "not syllable-final");
        assert!(other_spellings("quý", s).is_empty(), "qu + y");
        assert!(RANKS.contains(&"Thượng uý") && RANKS.contains(&"Thượng úy"));
    }
}
