//! The Typst world of one document: the template's files, the embedded fonts, the
//! report served as `/report.json` and the letterhead as `/letterhead.json`.
//!
//! Nothing outside the template is reachable: no host files beyond a user template's
//! own folder, no packages, no system fonts (only the folders a user names with
//! `--font-path`, read before compiling), and a fixed date.

use std::collections::BTreeMap;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Dict, Duration, Str, Value};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontStyle, FontWeight};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::fonts::{Coverage, FaceRef, FontBytes, FONT_FILES};

/// The virtual path templates read the report from.
pub const REPORT_PATH: &str = "/report.json";
/// The virtual path templates read the letterhead (unit settings) from.
pub const LETTERHEAD_PATH: &str = "/letterhead.json";

/// The virtual path the `minutes` template reads the derived minutes data from.
pub const MINUTES_PATH: &str = "/minutes.json";

/// Interns a project path such as `/report.json`.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("built-in virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// The virtual path the `bulletin` template reads every report from, as one array.
pub const REPORTS_PATH: &str = "/reports.json";

/// The data files a document is given: these paths never come from the template's folder.
pub static DATA_PATHS: &[&str] = &[REPORT_PATH, LETTERHEAD_PATH, REPORTS_PATH, MINUTES_PATH];

fn is_data(id: FileId) -> bool {
    DATA_PATHS.contains(&id.vpath().get_with_slash())
}

/// What every document of a renderer shares: the standard library, the fonts and their
/// book, built once.
pub struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// The faces the text is set in (the template's preferred family first), for the
    /// coverage check.
    pub coverage: Coverage,
    /// The chain of families the text is set in, first choice first.
    pub chain: Vec<String>,
    /// Fonts given but left out, and preferred families lacking a style, in plain words.
    pub warnings: Vec<String>,
}

/// The embedded fonts alone, built on first use and shared by every renderer without
/// font folders.
pub static EMBEDDED: LazyLock<Arc<Shared>> = LazyLock::new(|| Arc::new(Shared::new(Vec::new())));

/// Regular, bold, italic, bold italic: the four styles a family needs to set a document.
const STYLES: [(bool, bool); 4] = [(false, false), (true, false), (false, true), (true, true)];
const STYLE_NAMES: [&str; 4] = ["regular", "bold", "italic", "bold italic"];

fn style_of(font: &Font) -> usize {
    let variant = font.info().variant;
    let bold = variant.weight >= FontWeight::from_number(600);
    let italic = variant.style != FontStyle::Normal;
    STYLES
        .iter()
        .position(|s| *s == (bold, italic))
        .expect("every pair is listed")
}

impl Shared {
    /// The embedded fonts and then `extra` (font files read from folders). A family is
    /// offered to templates only with all four styles; the layout data's families (first
    /// choice first) that are complete make the chain the coverage check follows.
    pub fn new(extra: Vec<FontBytes>) -> Shared {
        let files = FONT_FILES
            .iter()
            .map(|f| FontBytes::Embedded(f.data))
            .chain(extra);
        let mut fonts = Vec::new();
        let mut faces = Vec::new();
        for data in files {
            for font in Font::iter(Bytes::new(data.clone())) {
                faces.push(FaceRef {
                    data: data.clone(),
                    index: font.index(),
                });
                fonts.push(font);
            }
        }
        // Each family's first face of each style, embedded fonts first.
        let mut families: BTreeMap<String, [Option<usize>; 4]> = BTreeMap::new();
        for (i, font) in fonts.iter().enumerate() {
            let slot = &mut families.entry(font.info().family.clone()).or_default()[style_of(font)];
            slot.get_or_insert(i);
        }
        let mut warnings = Vec::new();
        let mut chain = Vec::new();
        for family in super::layout_data().font_families.iter() {
            let Some(styles) = families.get(family) else {
                continue;
            };
            let lacking: Vec<&str> = (0..4)
                .filter(|&s| styles[s].is_none())
                .map(|s| STYLE_NAMES[s])
                .collect();
            if lacking.is_empty() {
                chain.push(family.clone());
            } else {
                warnings.push(format!(
                    "the fonts of family {family:?} lack {}; the family is not used",
                    lacking.join(", ")
                ));
            }
        }
        let coverage = Coverage::new(
            (0..4)
                .map(|s| {
                    chain
                        .iter()
                        .filter_map(|f| families[f][s])
                        .map(|i| faces[i].clone())
                        .collect()
                })
                .collect(),
        );
        // Templates see every complete family and choose by their own preference.
        let complete: Vec<&str> = families
            .iter()
            .filter(|(_, styles)| styles.iter().all(Option::is_some))
            .map(|(name, _)| name.as_str())
            .collect();
        let inputs: Dict = [(
            Str::from("font-families"),
            Value::Str(complete.join("\n").into()),
        )]
        .into_iter()
        .collect();
        Shared {
            library: LazyHash::new(Library::builder().with_inputs(inputs).build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            coverage,
            chain,
            warnings,
        }
    }
}

/// Where a template's files come from.
pub enum TemplateFiles {
    /// Built into the binary: (virtual path, source) pairs.
    Builtin(&'static [(&'static str, &'static str)]),
    /// A user's folder; every path resolves inside `root`.
    Folder {
        /// The folder, canonicalised.
        root: PathBuf,
        /// Files read so far, so each is read once per template.
        cache: Mutex<HashMap<FileId, FileResult<Bytes>>>,
    },
}

/// A template ready to compile: its files and its main file.
pub struct TemplateSet {
    /// Where the files come from.
    pub files: TemplateFiles,
    /// The main file's id.
    pub main: FileId,
    /// Sources parsed so far; reusing one `Source` lets Typst reuse its memoised work.
    sources: Mutex<HashMap<FileId, Source>>,
}

impl TemplateSet {
    /// Creates a template set with the given main file.
    pub fn new(files: TemplateFiles, main: FileId) -> Self {
        TemplateSet {
            files,
            main,
            sources: Mutex::new(HashMap::new()),
        }
    }

    /// Reads one file of the template as bytes.
    fn bytes(&self, id: FileId) -> FileResult<Bytes> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some("packages are not available".into())));
        }
        match &self.files {
            TemplateFiles::Builtin(files) => files
                .iter()
                .find(|(path, _)| *path == id.vpath().get_with_slash())
                .map(|(_, text)| Bytes::from_string(*text))
                .ok_or_else(|| not_found(id)),
            TemplateFiles::Folder { root, cache } => {
                let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
                cache
                    .entry(id)
                    .or_insert_with(|| read_inside(root, id))
                    .clone()
            }
        }
    }

    /// The file's name for messages: the virtual path, or the real one in a user folder.
    pub fn display_name(&self, id: FileId) -> String {
        match &self.files {
            TemplateFiles::Folder { root, .. } if !is_data(id) => id
                .vpath()
                .realize(root)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| id.vpath().get_with_slash().to_owned()),
            _ => id.vpath().get_without_slash().to_owned(),
        }
    }

    /// Returns the parsed source of a template file, parsing it on first use.
    fn source(&self, id: FileId) -> FileResult<Source> {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(source) = sources.get(&id) {
            return Ok(source.clone());
        }
        let bytes = self.bytes(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        let source = Source::new(id, text.trim_start_matches('\u{FEFF}').to_owned());
        sources.insert(id, source.clone());
        Ok(source)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

/// Reads a file of a user template, refusing anything that resolves outside its folder.
fn read_inside(root: &Path, id: FileId) -> FileResult<Bytes> {
    let path = id
        .vpath()
        .realize(root)
        .map_err(|_| FileError::AccessDenied)?;
    // Canonicalising resolves symbolic links, so a link pointing out of the folder
    // is refused like a `../` path.
    let real = path
        .canonicalize()
        .map_err(|e| FileError::from_io(e, &path))?;
    if !real.starts_with(root) {
        return Err(FileError::AccessDenied);
    }
    if real.is_dir() {
        return Err(FileError::IsDirectory);
    }
    // A FIFO would block the compile forever and a device never end: regular files only.
    if !real.is_file() {
        return Err(FileError::Other(Some("not a regular file".into())));
    }
    std::fs::read(&real)
        .map(Bytes::new)
        .map_err(|e| FileError::from_io(e, &path))
}

/// One document's world: a template, the data files and the shared fonts.
pub struct DocWorld<'a> {
    /// The library and fonts.
    pub shared: &'a Shared,
    /// The template being compiled.
    pub template: &'a TemplateSet,
    /// The data files by id: `/report.json`, `/letterhead.json`, maybe `/reports.json`.
    pub data: Vec<(FileId, Bytes)>,
    /// The date `datetime.today()` returns, fixed so output is reproducible.
    pub today: Datetime,
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.template.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if is_data(id) {
            return Err(FileError::NotSource);
        }
        self.template.source(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some((_, bytes)) = self.data.iter().find(|(data_id, _)| *data_id == id) {
            return Ok(bytes.clone());
        }
        if is_data(id) {
            return Err(not_found(id));
        }
        self.template.bytes(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
