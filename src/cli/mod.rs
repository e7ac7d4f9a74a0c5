//! The `vnbrief` command line: flags are validated into option structs before any work,
//! then each subcommand calls the library.

pub mod args;
mod batch;
mod output;
mod serve;
mod templates;
mod worker;

use std::io::Write;
use std::path::{Path, PathBuf};

use vnbrief::render::{DocDate, Letterhead, RenderOptions, Renderer, TemplateChoice};
use vnbrief::worker::{Isolation, Pool, PoolOptions};
use vnbrief::{io_reason, InputFormat, Limits, ReadOptions, Report};

use args::{
    Command, ConvertArgs, FontsArgs, FromFormat, LimitArgs, ParseArgs, ReadArgs, RenderArgs,
    RenderFlags,
};

/// A failure with its exit code: 1 for a document that failed, 2 for usage.
#[derive(Debug)]
pub struct Failure {
    /// The one-line message (template diagnostics may add lines).
    pub message: String,
    /// The process exit code.
    pub code: i32,
}

impl Failure {
    /// A usage error: the command line itself is wrong (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }

    /// A document that could not be converted (exit 1).
    pub fn failed(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 1,
        }
    }
}

/// Runs one command.
pub fn run(command: Command) -> Result<(), Failure> {
    match command {
        Command::Convert(args) => convert(args),
        Command::Parse(args) => parse(args),
        Command::Render(args) => render(args),
        Command::Batch(args) => batch::run(args),
        Command::Fonts(args) => fonts(&args),
        Command::Templates(cmd) => templates::run(cmd),
        Command::Eval(args) => eval(&args.gold_dir, &args.articles_dir, args.explain),
        Command::Worker => worker::run(),
        Command::Schema => output::write(Path::new("-"), vnbrief::model::json_schema().as_bytes()),
        Command::Serve(args) => serve::run(args),
    }
}

/// Where an input comes from.
enum InputSpec {
    Stdin,
    File(PathBuf),
}

impl InputSpec {
    fn new(path: &Path) -> Self {
        if path.as_os_str() == "-" {
            InputSpec::Stdin
        } else {
            InputSpec::File(path.to_owned())
        }
    }

    /// The name used in messages and `source.name`.
    fn name(&self) -> String {
        match self {
            InputSpec::Stdin => "-".to_owned(),
            InputSpec::File(p) => p.display().to_string(),
        }
    }

    /// Reads the input whole, but never more than `limit` bytes (`/dev/zero`, an endless
    /// pipe): past it, the input fails with the limit named.
    fn read(&self, limit: usize) -> Result<Vec<u8>, Failure> {
        let mut size = None;
        let result = match self {
            InputSpec::Stdin => vnbrief::read_capped(std::io::stdin().lock(), limit),
            InputSpec::File(p) => std::fs::File::open(p).and_then(|f| {
                let meta = f.metadata()?;
                if meta.is_dir() {
                    return Err(std::io::ErrorKind::IsADirectory.into());
                }
                size = meta.is_file().then_some(meta.len());
                vnbrief::read_capped(f, limit)
            }),
        };
        let name = vnbrief::printable(&self.name()).into_owned();
        match result {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(Failure::failed(
                vnbrief::Error::TooLarge {
                    file: name,
                    bytes: size,
                    limit: limit as u64,
                }
                .to_string(),
            )),
            // A missing input is a wrong command line, as in a batch: nothing was done.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Failure::usage(format!(
                "failed to read {name} ({})",
                io_reason(&e)
            ))),
            Err(e) => Err(Failure::failed(format!(
                "failed to read {name} ({})",
                io_reason(&e)
            ))),
        }
    }

    /// The default output: beside the input with another extension.
    fn default_output(&self, ext: &str) -> Result<PathBuf, Failure> {
        match self {
            InputSpec::Stdin => Err(Failure::usage(
                "reading from standard input needs an output: -o OUT.pdf (or -o - for stdout)",
            )),
            InputSpec::File(p) => Ok(p.with_extension(ext)),
        }
    }
}

/// Validated options of `vnbrief convert`.
struct ConvertOptions {
    input: InputSpec,
    output: PathBuf,
    read: ReadOptions,
    quiet: bool,
    render: RenderOptions,
    isolation: Option<Isolation>,
}

impl ConvertOptions {
    fn from_args(args: ConvertArgs) -> Result<Self, Failure> {
        let input = InputSpec::new(&args.input);
        let output = match args.output {
            Some(o) => o,
            None => input.default_output("pdf")?,
        };
        check_output_is_not_input(&input, &output)?;
        Ok(ConvertOptions {
            read: read_options(&args.read, &args.limits)?,
            quiet: args.read.quiet,
            render: render_options(&args.render)?,
            isolation: worker::limits(&args.workers)?.map(Isolation::new),
            input,
            output,
        })
    }
}

fn convert(args: ConvertArgs) -> Result<(), Failure> {
    let opts = ConvertOptions::from_args(args)?;
    let renderer = Renderer::new(&opts.render).map_err(render_setup_failure)?;
    let bytes = opts.input.read(opts.read.limits.input_bytes)?;
    let name = opts.input.name();
    // Reading is linear in the input (as `parse` does it, in this process); layout, whose
    // cost a document can make explode, runs in the worker.
    let report = vnbrief::read_report(&bytes, &name, &opts.read)
        .map_err(|e| Failure::failed(e.to_string()))?;
    print_warnings(&name, &report.warnings, opts.quiet);
    print_review(&name, &report, opts.quiet);
    renderer
        .check_report(&report)
        .map_err(render_setup_failure)?;
    let rendered = render_one(
        &renderer,
        opts.isolation.as_ref(),
        &opts.render,
        &report,
        &name,
    )?;
    print_warnings(&name, &rendered.warnings, opts.quiet);
    opts.read
        .limits
        .check_pages(&name, rendered.pages)
        .map_err(|e| Failure::failed(e.to_string()))?;
    output::write(&opts.output, &rendered.pdf)?;
    print_written(&opts.output, rendered.pages, opts.quiet);
    Ok(())
}

/// Renders the report of `convert` or `render`: in one worker process whose layout uses
/// every core, so a single document has the time and memory limits a batch has (one under
/// the input caps that would lay out for minutes in gigabytes is stopped at the limit), or
/// in this process with `--in-process`.
fn render_one(
    renderer: &Renderer,
    isolation: Option<&Isolation>,
    render: &RenderOptions,
    report: &Report,
    name: &str,
) -> Result<vnbrief::render::Rendered, Failure> {
    let Some(isolation) = isolation else {
        return renderer
            .render(report)
            .map_err(|e| Failure::failed(e.message_for(name)));
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let pool = Pool::new(PoolOptions {
        threads,
        ..isolation.pool_options(render.clone(), 1)
    })
    .map_err(|e| Failure::usage(e.to_string()))?;
    pool.render(report, name, None)
        .map_err(|e| Failure::failed(e.message_for(name)))
}

/// "wrote OUT.pdf (3 pages)" on standard error, unless quiet or the PDF went to stdout.
fn print_written(output: &Path, pages: usize, quiet: bool) {
    if !quiet && output.as_os_str() != "-" {
        eprintln!(
            "wrote {} ({pages} page{})",
            vnbrief::printable(&output.display().to_string()),
            if pages == 1 { "" } else { "s" }
        );
    }
}

fn parse(args: ParseArgs) -> Result<(), Failure> {
    let input = InputSpec::new(&args.input);
    if let Some(out) = &args.output {
        check_output_is_not_input(&input, out)?;
    }
    let read = read_options(&args.read, &args.limits)?;
    let bytes = input.read(read.limits.input_bytes)?;
    let name = input.name();
    let mut report =
        vnbrief::read_report(&bytes, &name, &read).map_err(|e| Failure::failed(e.to_string()))?;
    print_warnings(&name, &report.warnings, args.read.quiet);
    print_review(&name, &report, args.read.quiet);
    // The report is printed to be corrected: a corrected field then loses its review mark.
    report.record_review_values();
    let mut json = serde_json::to_vec_pretty(&report).expect("a report always serialises");
    json.push(b'\n');
    match &args.output {
        Some(out) => output::write(out, &json),
        None => output::write(Path::new("-"), &json),
    }
}

fn render(args: RenderArgs) -> Result<(), Failure> {
    let input = InputSpec::new(&args.report);
    let output = match args.output {
        Some(o) => o,
        None => input.default_output("pdf")?,
    };
    check_output_is_not_input(&input, &output)?;
    let limits = limits(&args.limits)?;
    let isolation = worker::limits(&args.workers)?.map(Isolation::new);
    let render = render_options(&args.render)?;
    let renderer = Renderer::new(&render).map_err(render_setup_failure)?;
    let bytes = input.read(limits.input_bytes)?;
    let name = input.name();
    let report: Report =
        vnbrief::report_from_json(&bytes, &name).map_err(|e| Failure::failed(e.to_string()))?;
    renderer
        .check_report(&report)
        .map_err(render_setup_failure)?;
    let rendered = render_one(&renderer, isolation.as_ref(), &render, &report, &name)?;
    print_warnings(&name, &rendered.warnings, args.quiet);
    limits
        .check_pages(&name, rendered.pages)
        .map_err(|e| Failure::failed(e.to_string()))?;
    output::write(&output, &rendered.pdf)?;
    print_written(&output, rendered.pages, args.quiet);
    Ok(())
}

fn fonts(args: &FontsArgs) -> Result<(), Failure> {
    let mut folders = match &args.config {
        Some(path) => {
            vnbrief::config::load(path)
                .map_err(|e| Failure::usage(e.to_string()))?
                .fonts
        }
        None => Vec::new(),
    };
    folders.extend(args.font_paths.iter().cloned());
    let read = vnbrief::fonts::read_folders(&folders).map_err(|e| Failure::usage(e.to_string()))?;
    let mut out = format!(
        "Embedded fonts (family \"{}\", {}):\n",
        vnbrief::fonts::FAMILY,
        vnbrief::fonts::LICENSE
    );
    coverage_lines(&mut out, &vnbrief::fonts::coverage());
    if !folders.is_empty() {
        let faces = vnbrief::fonts::folder_coverage(&read);
        out.push_str(&format!(
            "Fonts in the font folders (faces: {}, files: {}):\n",
            faces.len(),
            read.files.len()
        ));
        coverage_lines(&mut out, &faces);
        let renderer = Renderer::new(&RenderOptions {
            font_paths: folders.clone(),
            ..RenderOptions::default()
        })
        .map_err(|e| Failure::usage(e.to_string()))?;
        out.push_str(&format!(
            "The built-in templates set the text in: {}.\n",
            renderer.font_families().join(", then ")
        ));
    }
    for warning in &read.warnings {
        eprintln!("warning: {warning}");
    }
    output::write(Path::new("-"), out.as_bytes())
}

/// One line per face: file, style, glyphs, Vietnamese letters covered and those missing.
fn coverage_lines(out: &mut String, faces: &[vnbrief::fonts::FontCoverage]) {
    for font in faces {
        let (have, all) = font.vietnamese;
        out.push_str(&format!(
            "  {:<22} {:<16} {:<12} {:>5} glyphs  Vietnamese letters {have}/{all}",
            vnbrief::printable(&font.file),
            font.family,
            font.style,
            font.glyphs
        ));
        if !font.missing.is_empty() {
            out.push_str(&format!(
                " (missing: {})",
                vnbrief::fonts::describe_chars(&font.missing)
            ));
        }
        out.push('\n');
    }
}

fn eval(gold_dir: &Path, articles_dir: &Path, explain: bool) -> Result<(), Failure> {
    let evaluation = vnbrief::eval::evaluate_dirs(gold_dir, articles_dir)
        .map_err(|e| Failure::failed(e.to_string()))?;
    let table = if explain {
        evaluation.explained_table()
    } else {
        evaluation.table()
    };
    output::write(Path::new("-"), table.as_bytes())
}

/// Turns limit flags (in MB) into the library's limits.
pub(crate) fn limits(args: &LimitArgs) -> Result<Limits, Failure> {
    Ok(Limits {
        input_bytes: megabytes("--max-input-mb", args.max_input_mb)? as usize,
        text_bytes: megabytes("--max-text-mb", args.max_text_mb)? as usize,
        pages: match args.max_pages {
            0 => return Err(Failure::usage("--max-pages must be at least 1")),
            n => n,
        },
        ..Limits::default()
    })
}

/// A size flag in MB, checked: a positive number, at most 1 TB.
pub(crate) fn megabytes(flag: &str, mb: f64) -> Result<u64, Failure> {
    if !(mb > 0.0 && mb <= 1024.0 * 1024.0) {
        return Err(Failure::usage(format!(
            "{flag} {mb}: expected a size in MB above 0, e.g. 2 or 0.5"
        )));
    }
    Ok((mb * 1024.0 * 1024.0).round() as u64)
}

/// Turns read flags into library options.
pub(crate) fn read_options(
    args: &ReadArgs,
    limit_args: &LimitArgs,
) -> Result<ReadOptions, Failure> {
    let encoding = match &args.encoding {
        Some(name) => Some(name.parse().map_err(|e: String| Failure::usage(e))?),
        None => None,
    };
    let format = args.from.map(|f| match f {
        FromFormat::Text => InputFormat::Text,
        FromFormat::Html => InputFormat::Html,
        FromFormat::Json => InputFormat::Json,
    });
    let reference = match &args.reference_date {
        Some(day) => Some(day.parse().map_err(|e: String| Failure::usage(e))?),
        None => None,
    };
    Ok(ReadOptions {
        limits: limits(limit_args)?,
        encoding,
        format,
        strict: args.strict,
        parse: vnbrief::parse::Options { reference },
    })
}

/// Turns layout flags, over the unit's settings file, into library options.
pub(crate) fn render_options(flags: &RenderFlags) -> Result<RenderOptions, Failure> {
    let config = match &flags.config {
        Some(path) => vnbrief::config::load(path).map_err(|e| Failure::usage(e.to_string()))?,
        None => vnbrief::config::UnitConfig::default(),
    };
    let template_name = flags
        .template
        .clone()
        .or(config.template)
        .unwrap_or_else(|| "briefing".into());
    let template = if template_name.ends_with(".typ") || template_name.contains('/') {
        TemplateChoice::Path(PathBuf::from(&template_name))
    } else {
        TemplateChoice::Builtin(template_name)
    };
    let date = match &flags.date {
        Some(d) => Some(
            d.parse::<DocDate>()
                .map_err(|e| Failure::usage(format!("--date: {e}")))?,
        ),
        None => config.letterhead.date,
    };
    let text = |flag: &Option<String>, unit: Option<String>| {
        flag.as_deref()
            .map(|s| s.trim().replace("\\n", "\n"))
            .or(unit)
            .filter(|s| !s.trim().is_empty())
    };
    // Flags replace the file's list; entries are trimmed and empty ones dropped.
    let list = |flag: &[String], unit: Vec<String>| {
        if flag.is_empty() {
            unit
        } else {
            flag.iter()
                .map(|r| r.trim().to_owned())
                .filter(|r| !r.is_empty())
                .collect()
        }
    };
    let unit = config.letterhead;
    let letterhead = Letterhead {
        parent_body: text(&flags.parent_body, unit.parent_body),
        issuing_body: text(&flags.issuing_body, unit.issuing_body),
        number: text(&flags.number, unit.number),
        place: text(&flags.place, unit.place),
        date,
        signer: text(&flags.signer, unit.signer),
        signer_title: text(&flags.signer_title, unit.signer_title),
        recipients: list(&flags.recipients, unit.recipients),
        drafting_unit: text(&flags.drafting_unit, unit.drafting_unit),
        kinh_gui: list(&flags.kinh_gui, unit.kinh_gui),
        subject: text(&flags.subject, unit.subject),
        photo_notes: flags.photo_notes || unit.photo_notes,
        mark_review: flags.mark_review || unit.mark_review,
    };
    let mut font_paths = config.fonts;
    font_paths.extend(flags.font_paths.iter().cloned());
    let pdf_standards = if flags.pdf_standards.is_empty() {
        config.pdf_standards
    } else {
        flags.pdf_standards.clone()
    };
    // SOURCE_DATE_EPOCH (reproducible-builds.org) sets the creation date the PDF records.
    let timestamp = match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) if !v.trim().is_empty() => Some(v.trim().parse::<i64>().map_err(|_| {
            Failure::usage(format!(
                "SOURCE_DATE_EPOCH={v:?} is not a number of seconds"
            ))
        })?),
        _ => None,
    };
    Ok(RenderOptions {
        template,
        letterhead,
        pdf_standards,
        tagged: !flags.no_tagged,
        timestamp,
        font_paths,
    })
}

/// A bad template name or file is the user's command line at fault: exit 2.
fn render_setup_failure(e: vnbrief::render::RenderError) -> Failure {
    Failure::usage(e.to_string())
}

/// Refuses to write the output over the input, or onto a folder or socket.
fn check_output_is_not_input(input: &InputSpec, output: &Path) -> Result<(), Failure> {
    if output.as_os_str() != "-" {
        vnbrief::write::check_output(output).map_err(|e| Failure::usage(e.to_string()))?;
    }
    if let InputSpec::File(inp) = input {
        let same = match (inp.canonicalize(), output.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => inp == output,
        };
        if same {
            return Err(Failure::usage(format!(
                "the output {} is the input; choose another -o",
                output.display()
            )));
        }
    }
    Ok(())
}

/// Names the fields the parser found by a weak rule or with an odd shape, and why, so the
/// clerk checks them before printing (the report keeps them in `review` and
/// `review_reasons`).
fn print_review(name: &str, report: &Report, quiet: bool) {
    let review = &report.review;
    if quiet || review.is_empty() {
        return;
    }
    let why: Vec<String> = review
        .iter()
        .filter_map(|f| {
            let reasons = report.review_reasons.get(f)?;
            Some(format!("{f}: {}", reasons.join("; ")))
        })
        .collect();
    let why = if why.is_empty() {
        String::new()
    } else {
        format!(" ({})", why.join("; "))
    };
    eprintln!(
        "check: {name}: {} may be wrong, worth a look before printing (the report's \"review\"){why}",
        review.join(", ")
    );
}

fn print_warnings(name: &str, warnings: &[String], quiet: bool) {
    if quiet {
        return;
    }
    let mut err = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(err, "warning: {name}: {w}");
    }
}
