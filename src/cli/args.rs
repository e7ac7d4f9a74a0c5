//! The command line as clap sees it; nothing here does any work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turns Vietnamese news articles about meetings into print-ready PDF documents laid
/// out as Nghị định 30/2020 requires, with embedded Vietnamese fonts.
#[derive(Debug, Parser)]
#[command(name = "vnbrief", version, max_term_width = 100)]
#[command(
    after_help = "Exit codes: 0 ok, 1 a document failed (or, in a batch, a write after \
    converting), 2 usage or nothing could start, 130 interrupted (batch)."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert an article into a PDF: a briefing report (báo cáo) by default.
    #[command(
        after_help = "Examples:\n  vnbrief convert bai-viet.txt -o bao-cao.pdf \
        --issuing-body \"Công an tỉnh Bình Định\" --place \"Bình Định\"\n  \
        vnbrief convert bai-viet.txt -t minutes --number 7/PV01 --drafting-unit PV01   \
        (Số: 07/BB-PV01)"
    )]
    Convert(ConvertArgs),
    /// Parse an article and print its report as JSON (the data templates read).
    #[command(
        after_help = "Example:\n  vnbrief parse bai-viet.txt > bai-viet.json\n  \
        (edit bai-viet.json, then: vnbrief render bai-viet.json -o bao-cao.pdf)"
    )]
    Parse(ParseArgs),
    /// Render a report JSON (from `vnbrief parse`, maybe corrected by hand) into a PDF.
    Render(RenderArgs),
    /// Convert many articles at once: folders, .zip/.tar/.tar.gz archives, or a list.
    #[command(
        after_help = "Output mirrors the input tree under OUTDIR (one input at the top, several \
        each under its own name); OUTDIR/manifest.jsonl has one line per input (status ok, failed, \
        skipped or ignored) and a summary line. Re-running skips outputs whose input and options \
        are unchanged, so an interrupted run resumes. A later run over part of the archive (a list \
        of new files, one file, a sub-folder) writes where the full run wrote and keeps the \
        manifest's other records. A PDF changed in OUTDIR after vnbrief wrote it is left alone (its \
        document fails) unless --force is given.\n\n\
        Examples:\n  vnbrief batch luu-tru/ -o pdf/\n  vnbrief batch 2019.zip 2020.tar.gz -o pdf/ \
        --jobs 8\n  find luu-tru -name '*.txt' | vnbrief batch - -o pdf/\n  \
        vnbrief batch luu-tru/ -o pdf/ --shard 3/10   (the 3rd of 10 machines)"
    )]
    Batch(BatchArgs),
    /// List the embedded fonts, and those of font folders, with their Vietnamese coverage.
    #[command(
        after_help = "The built-in templates set the text in Times New Roman when a font folder \
        (--font-path, or `fonts` in the settings file) has it, else in the embedded Tinos.\n\n\
        Example:\n  vnbrief fonts --font-path /usr/share/fonts/truetype/msttcorefonts"
    )]
    Fonts(FontsArgs),
    /// List the built-in templates, or export one to start your own.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Score the parser against hand-made gold labels: per-field table and misses.
    #[command(
        after_help = "GOLD_DIR holds NAME.json gold labels (corpus conventions); \
        ARTICLES_DIR holds the matching NAME.txt articles."
    )]
    Eval(EvalArgs),
    /// Runs a worker process for a batch or a server (internal; see `src/worker`).
    #[command(name = "__worker", hide = true)]
    Worker,
    /// Print the JSON Schema of the report (the contract `vnbrief parse` writes).
    Schema,
    /// Start the local review page: paste an article, correct the fields, print the PDF.
    #[command(
        after_help = "Prints http://127.0.0.1:PORT/?token=… ; open it in a browser on this \
        machine. The page only answers at that address, to requests carrying the token.\n\n\
        Example:\n  vnbrief serve --config vnbrief.toml --open"
    )]
    Serve(ServeArgs),
}

/// Arguments of `vnbrief serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8030, value_name = "N")]
    pub port: u16,
    /// Listen on this address instead of 127.0.0.1 only (other machines can then reach it).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Offer the .typ files of this folder as templates (each sandboxed in the folder).
    #[arg(long, value_name = "DIR")]
    pub template_dir: Option<std::path::PathBuf>,
    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
    /// Documents compiled at once (more requests wait; beyond the queue they get 503).
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub jobs: usize,
    /// Requests that may wait for a compile [default: 4 × --jobs]; more get 503 at once.
    #[arg(long, value_name = "N")]
    pub queue: Option<usize>,
    /// The largest article file the page may send, in MB.
    #[arg(long, value_name = "MB", default_value_t = 2.0)]
    pub max_input_mb: f64,
    /// The most text one article may hold once decoded, in MB.
    #[arg(long, value_name = "MB", default_value_t = 2.0)]
    pub max_text_mb: f64,
    /// The limits of each compile (PDFs in worker processes, as in a batch).
    #[command(flatten)]
    pub workers: WorkerFlags,
    /// The settings the page starts from; the page can change them.
    #[command(flatten)]
    pub render: RenderFlags,
}

/// Arguments of `vnbrief convert`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// The article: a text file (.txt), a saved web page (.html, .htm) or a report JSON from
    /// `vnbrief parse` (.json), told apart by name and content; - for standard input.
    pub input: PathBuf,
    /// Where to write the PDF (default: beside the input, with .pdf); - for standard output.
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    /// How to read the input.
    #[command(flatten)]
    pub read: ReadArgs,
    /// How to lay out the document.
    #[command(flatten)]
    pub render: RenderFlags,
    /// How much one input may hold.
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Time and memory for the document (laid out in a worker process, as in a batch).
    #[command(flatten)]
    pub workers: WorkerFlags,
}

/// Arguments of `vnbrief parse`.
#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The article: a text file (.txt) or a saved web page (.html, .htm), told apart by name
    /// and content; - for standard input.
    pub input: PathBuf,
    /// Write the JSON to this file instead of standard output.
    #[arg(short, long, value_name = "OUT.json")]
    pub output: Option<PathBuf>,
    /// How to read the input.
    #[command(flatten)]
    pub read: ReadArgs,
    /// How much one input may hold.
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// Arguments of `vnbrief render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The report JSON, as `vnbrief parse` prints it; - for standard input.
    pub report: PathBuf,
    /// Where to write the PDF (default: beside the report, with .pdf); - for standard output.
    #[arg(short, long, value_name = "OUT.pdf")]
    pub output: Option<PathBuf>,
    /// How to lay out the document.
    #[command(flatten)]
    pub render: RenderFlags,
    /// How much one input may hold.
    #[command(flatten)]
    pub limits: LimitArgs,
    /// Time and memory for the document (laid out in a worker process, as in a batch).
    #[command(flatten)]
    pub workers: WorkerFlags,
    /// Print no warnings.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `vnbrief batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Folders (searched for .txt, .html, .htm, .json), .zip/.tar/.tar.gz archives, article
    /// files, or - to read a list of paths from standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// The output folder (created if missing).
    #[arg(short, long, value_name = "OUTDIR")]
    pub output: PathBuf,
    /// Documents converted at once, each in its own worker process (threads with
    /// --in-process) [default: the number of cores].
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Redo every document, even those unchanged since the last run, and replace PDFs changed
    /// in OUTDIR since vnbrief wrote them.
    #[arg(long)]
    pub force: bool,
    /// Only the K-th of N deterministic slices, to spread an archive over N machines.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Also write all articles into one PDF, in input order, with a table of contents.
    #[arg(long, value_name = "FILE.pdf")]
    pub combine: Option<PathBuf>,
    /// Follow symbolic links inside the input folders (never to outside them); by default
    /// links are skipped and listed.
    #[arg(long)]
    pub follow: bool,
    /// The most bytes decompressed from one archive, all its entries together, in MB.
    #[arg(long, value_name = "MB", default_value_t = 1024.0)]
    pub max_archive_mb: f64,
    /// How much one input may hold.
    #[command(flatten)]
    pub limits: LimitArgs,
    /// How to read the inputs.
    #[command(flatten)]
    pub read: ReadArgs,
    /// How to lay out the documents.
    #[command(flatten)]
    pub render: RenderFlags,
    /// Limits per document.
    #[command(flatten)]
    pub workers: WorkerFlags,
}

/// `vnbrief templates …`.
#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the built-in templates.
    List,
    /// Write a built-in template's files, a sample report.json and letterhead.json and
    /// the fonts into DIR, ready to edit and to compile with vnbrief or the typst CLI.
    #[command(
        after_help = "Example:\n  vnbrief templates export briefing my-template\n  \
        (edit my-template/briefing.typ, then)\n  \
        vnbrief convert bai.txt --template my-template/briefing.typ"
    )]
    Export {
        /// The built-in template's name.
        name: String,
        /// The folder to write into (created; existing files are never overwritten).
        dir: PathBuf,
    },
}

/// Arguments of `vnbrief fonts`.
#[derive(Debug, Args)]
pub struct FontsArgs {
    /// A folder of extra fonts to list as well (repeatable).
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
    /// A unit settings file whose `fonts` folders are listed as well.
    #[arg(short, long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `vnbrief eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of gold labels, NAME.json each.
    pub gold_dir: PathBuf,
    /// Folder of the articles, NAME.txt each.
    pub articles_dir: PathBuf,
    /// For each miss, also name the rule or table that produced the field; tally each rule's facts.
    #[arg(long)]
    pub explain: bool,
}

/// Flags that say how to read an input.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Read the input in this encoding instead of detecting it: utf-8, utf-16le, utf-16be,
    /// windows-1258, tcvn3, vni-windows, viscii, utf-8-via-windows-1252.
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    /// Read the input as this format instead of guessing from its name and content.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub from: Option<FromFormat>,
    /// Fail (exit 1) when the article's title, date or event cannot be found.
    #[arg(long)]
    pub strict: bool,
    /// Read the article as of this day (YYYY-MM-DD, e.g. its publication): a year inferred
    /// for a dateline without one is at most the next year. Default: no cap.
    #[arg(long, value_name = "DATE")]
    pub reference_date: Option<String>,
    /// Print no warnings (batch: no progress either, only the summary and errors).
    #[arg(short, long)]
    pub quiet: bool,
}

/// Limits on one input; a document over one fails with a message naming the flag.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// The largest input read, in MB: a file, standard input, a device, a report JSON, an
    /// archive entry once decompressed.
    #[arg(long, value_name = "MB", default_value_t = 2.0)]
    pub max_input_mb: f64,
    /// The most text one document may hold once decoded, in MB.
    #[arg(long, value_name = "MB", default_value_t = 2.0)]
    pub max_text_mb: f64,
    /// The most pages one document's PDF may have (convert, render, batch).
    #[arg(long, value_name = "N", default_value_t = vnbrief::MAX_PAGES)]
    pub max_pages: usize,
}

/// Input formats for `--from`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FromFormat {
    /// Plain text: title line, one paragraph per line, byline last.
    Text,
    /// A saved web page or an HTML fragment.
    Html,
    /// A report JSON from `vnbrief parse`.
    Json,
}

/// Flags that say how to lay out the document; unknown facts print as dotted blanks.
#[derive(Debug, Args)]
pub struct RenderFlags {
    /// Built-in template (briefing, minutes, article; see `vnbrief templates list`), or the
    /// path of your own main .typ file [default: briefing].
    #[arg(short, long, value_name = "NAME|PATH")]
    pub template: Option<String>,
    /// The unit's settings file (vnbrief.toml; see examples/vnbrief.toml); flags override it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Conform to a PDF standard, e.g. a-2b for archives (repeatable). PDF/A needs a
    /// document date: --date, SOURCE_DATE_EPOCH, or the meeting's date with its year.
    #[arg(long = "pdf-standard", value_name = "NAME")]
    pub pdf_standards: Vec<String>,
    /// Write an untagged PDF (smaller; tagged PDF serves screen readers and is the default).
    #[arg(long)]
    pub no_tagged: bool,
    /// The parent body (cơ quan chủ quản), e.g. "Bộ Công an".
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub parent_body: Option<String>,
    /// The issuing body (cơ quan ban hành), e.g. "Cục Cảnh sát QLHC về TTXH".
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub issuing_body: Option<String>,
    /// The number and issuer code after "Số:", e.g. "15/C06"; the template puts in its type
    /// code (BC for a báo cáo, BB for a biên bản): "Số: 15/BC-C06"; 5 prints as 05.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub number: Option<String>,
    /// The place name of the place–date line, e.g. "Hà Nội".
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub place: Option<String>,
    /// The document's date, YYYY-MM-DD (default: blank, to be filled in by hand).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// The signer's full name.
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub signer: Option<String>,
    /// The signer's authority and title, e.g. "KT. Cục trưởng\nPhó Cục trưởng".
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub signer_title: Option<String>,
    /// A recipient for "Nơi nhận:" (repeat for several). The file copy line "Lưu: VT, <unit>."
    /// is added last, unless one of yours starts with "Lưu".
    #[arg(long = "recipient", value_name = "TEXT", allow_hyphen_values = true)]
    pub recipients: Vec<String>,
    /// The drafting unit for the file copy line, e.g. "PV01": "- Lưu: VT, PV01.".
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub drafting_unit: Option<String>,
    /// "Kính gửi:" recipient of a báo cáo sent to a superior body (repeat for several).
    #[arg(long = "kinh-gui", value_name = "TEXT", allow_hyphen_values = true)]
    pub kinh_gui: Vec<String>,
    /// The trích yếu under BÁO CÁO / BIÊN BẢN (default: from the event, "Về kết quả Hội nghị …").
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub subject: Option<String>,
    /// Print the article's photo captions in the báo cáo as "(Ảnh: …)" notes.
    #[arg(long)]
    pub photo_notes: bool,
    /// A draft for checking: shade the fields found by a weak rule or of an odd shape (the
    /// report's `review`) and mark them "(?)".
    #[arg(long)]
    pub mark_review: bool,
    /// A folder of extra fonts (repeatable); Times New Roman found there, with its four
    /// styles, sets the text instead of the embedded Tinos.
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
}

/// Flags that limit each document, converted in a worker process that is stopped at the
/// limit.
#[derive(Debug, Args)]
pub struct WorkerFlags {
    /// Stop a document after this many seconds [default: 30].
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// The memory a document may use, in MB [default: 2048].
    #[arg(long, value_name = "MB")]
    pub memory: Option<u64>,
    /// Convert in this process, without worker processes: no time or memory limit, so a
    /// runaway document or template runs until it ends or memory runs out (for
    /// comparison and debugging).
    #[arg(long, conflicts_with_all = ["timeout", "memory"])]
    pub in_process: bool,
}
