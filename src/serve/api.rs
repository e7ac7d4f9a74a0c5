//! The page and its calls: what each URL takes and answers.
//!
//! | URL | takes | answers |
//! |---|---|---|
//! | `GET /`, `/app.js`, `/app.css` | | the page |
//! | `GET /api/templates` | | built-in and `--template-dir` templates |
//! | `GET /api/settings` | | the letterhead and template the server started with |
//! | `POST /api/settings.toml` | settings JSON | the same as a `vnbrief.toml` |
//! | `POST /api/parse?name=F` | the file's bytes | the report, as `vnbrief parse` prints it |
//! | `POST /api/preview` | document JSON | SVG pages with their hashes and text, warnings |
//! | `POST /api/pdf` | document JSON | the PDF, as `vnbrief render` writes it |
//!
//! A document JSON is `{"report": …, "letterhead": …, "template": NAME}`, for a preview
//! with `"have": [HASH, …]`, the pages the page shows already: those come back as their
//! hash alone (`svg` and `text` null). A preview's answer also says how long it took:
//! `compile_ms` and `draw_ms` in Typst, `server_ms` for the whole request in the server.
//! Every refusal is one line of plain text with a 4xx
//! or 5xx status.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::engine::{CompileError, Engine, Job, JobKind, Output};
use super::guard::{self, refuse, Guard, Refusal};
use super::UserTemplate;
use crate::render::{Letterhead, RenderOptions, TemplateChoice, BUILTINS};
use crate::worker::WorkerError;
use crate::{ReadOptions, Report};

/// The largest file the page may send to be parsed, 20 MB.
pub const MAX_FILE_BODY: usize = 20 * 1000 * 1000;
/// The largest JSON the page may send, 1 MB.
pub const MAX_JSON_BODY: usize = 1000 * 1000;

/// The built-in templates the page offers (the bulletin is for batches of articles).
const PAGE_TEMPLATES: &[&str] = &["briefing", "minutes", "article"];

/// The prefix of a `--template-dir` template's name on the page.
const USER_PREFIX: &str = "user:";

static INDEX_HTML: &str = include_str!("../../web/index.html");
static APP_JS: &str = include_str!("../../web/app.js");
static APP_CSS: &str = include_str!("../../web/app.css");

/// What the handlers share.
pub struct App {
    /// The compile engine.
    pub engine: Engine,
    /// The render options the server started with (`--config` and flags).
    pub base: RenderOptions,
    /// The `--template-dir` templates.
    pub templates: Vec<UserTemplate>,
    /// The input limits an article is read with, as `vnbrief parse` reads it.
    pub read_limits: crate::Limits,
}

/// The routes behind the guard.
pub fn router(app: Arc<App>, guard: Arc<Guard>) -> Router {
    // The body may exceed the input limit, so that the answer names `--max-input-mb`.
    let file_body = MAX_FILE_BODY.max(app.read_limits.input_bytes.saturating_add(1 << 20));
    Router::new()
        .route(
            "/",
            get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) }),
        )
        .route(
            "/app.js",
            get(|| async { asset("text/javascript; charset=utf-8", APP_JS) }),
        )
        .route(
            "/app.css",
            get(|| async { asset("text/css; charset=utf-8", APP_CSS) }),
        )
        .route("/api/templates", get(templates))
        .route("/api/settings", get(settings))
        .route(
            "/api/settings.toml",
            post(settings_toml).layer(DefaultBodyLimit::max(MAX_JSON_BODY)),
        )
        .route(
            "/api/parse",
            post(parse).layer(DefaultBodyLimit::max(file_body)),
        )
        .route(
            "/api/preview",
            post(preview).layer(DefaultBodyLimit::max(MAX_JSON_BODY)),
        )
        .route(
            "/api/pdf",
            post(pdf).layer(DefaultBodyLimit::max(MAX_JSON_BODY)),
        )
        .fallback(|| async { refuse(StatusCode::NOT_FOUND, "no such page") })
        .with_state(app)
        .layer(axum::middleware::from_fn_with_state(guard, guard::check))
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

fn json_response(value: &impl Serialize) -> Response {
    let body = serde_json::to_vec(value).expect("answers always serialise");
    ([(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// The body, or a one-line refusal naming the limit.
fn body_or_refuse(body: Result<Bytes, BytesRejection>, limit: usize) -> Result<Bytes, Refusal> {
    body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                &format!(
                    "Nội dung quá lớn (request body over the {} MB limit)",
                    limit / 1_000_000
                ),
            )
        } else {
            refuse(
                StatusCode::BAD_REQUEST,
                &format!("Không đọc được yêu cầu ({})", rejection.body_text()),
            )
        }
    })
}

async fn templates(State(app): State<Arc<App>>) -> Response {
    let mut list: Vec<Value> = PAGE_TEMPLATES
        .iter()
        .filter_map(|name| BUILTINS.iter().find(|b| b.name == *name))
        .map(|b| json!({"name": b.name, "description": b.description, "user": false}))
        .collect();
    list.extend(app.templates.iter().map(|t| {
        json!({"name": format!("{USER_PREFIX}{}", t.name), "description": t.name, "user": true})
    }));
    json_response(&list)
}

/// The settings the page edits: the letterhead and the template.
#[derive(Debug, Serialize, Deserialize)]
struct Settings {
    template: String,
    letterhead: Value,
    /// Letterhead keys the page shows but may not change (paths on this machine).
    #[serde(default)]
    locked: Vec<String>,
}

async fn settings(State(app): State<Arc<App>>) -> Response {
    let letterhead = serde_json::to_value(&app.base.letterhead).expect("letterhead serialises");
    let locked = letterhead
        .as_object()
        .map(|o| o.keys().filter(|k| is_locked(k)).cloned().collect())
        .unwrap_or_default();
    json_response(&Settings {
        template: template_name(&app, &app.base.template),
        letterhead,
        locked,
    })
}

/// A settings key that names a file or folder on this machine: only `--config` sets it, so
/// no request can make the server read a path the user did not configure.
fn is_locked(key: &str) -> bool {
    key.contains("font") || key.contains("path") || key.contains("dir")
}

/// The page's name for a template choice.
fn template_name(app: &App, choice: &TemplateChoice) -> String {
    match choice {
        TemplateChoice::Builtin(name) => name.clone(),
        TemplateChoice::Path(path) => app
            .templates
            .iter()
            .find(|t| t.path == *path)
            .map(|t| format!("{USER_PREFIX}{}", t.name))
            .unwrap_or_else(|| path.display().to_string()),
    }
}

/// The `vnbrief.toml` form of the settings: what `vnbrief render --config` reads.
#[derive(Serialize)]
struct TomlSettings<'a> {
    template: String,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pdf_standards: &'a [String],
    /// The font folders the server was started with (never set from the page).
    #[serde(skip_serializing_if = "<[std::path::PathBuf]>::is_empty")]
    fonts: &'a [std::path::PathBuf],
    #[serde(flatten)]
    letterhead: &'a Letterhead,
}

async fn settings_toml(
    State(app): State<Arc<App>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let result = (|| -> Result<Response, Refusal> {
        let body = body_or_refuse(body, MAX_JSON_BODY)?;
        let settings: Settings = from_json(&body)?;
        let options = options_for(&app, &settings.template, settings.letterhead)?;
        let template = match &options.template {
            TemplateChoice::Builtin(name) => name.clone(),
            TemplateChoice::Path(path) => path.display().to_string(),
        };
        let text = toml::to_string(&TomlSettings {
            template,
            pdf_standards: &options.pdf_standards,
            fonts: &options.font_paths,
            letterhead: &options.letterhead,
        })
        .map_err(|e| refuse(StatusCode::UNPROCESSABLE_ENTITY, &e.to_string()))?;
        Ok((
            [
                (header::CONTENT_TYPE, "application/toml; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"vnbrief.toml\"",
                ),
            ],
            format!("# vnbrief.toml saved by vnbrief serve\n{text}"),
        )
            .into_response())
    })();
    result.unwrap_or_else(IntoResponse::into_response)
}

#[derive(Deserialize)]
struct ParseQuery {
    name: Option<String>,
}

async fn parse(
    State(app): State<Arc<App>>,
    Query(query): Query<ParseQuery>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let limit = MAX_FILE_BODY.max(app.read_limits.input_bytes.saturating_add(1 << 20));
    let body = match body_or_refuse(body, limit) {
        Ok(b) => b,
        Err(refused) => return refused.into_response(),
    };
    let name = query
        .name
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| "-".to_owned());
    // Parsing is fast (milliseconds) but still CPU work: off the async threads.
    let read = ReadOptions {
        limits: app.read_limits,
        ..ReadOptions::default()
    };
    let parsed = tokio::task::spawn_blocking(move || crate::read_report(&body, &name, &read)).await;
    match parsed {
        Ok(Ok(mut report)) => {
            // The page corrects this report: a corrected field then loses its review mark.
            report.record_review_values();
            let mut json = serde_json::to_vec_pretty(&report).expect("a report always serialises");
            json.push(b'\n');
            let encoding = report.source.encoding.clone();
            let mut response = ([(header::CONTENT_TYPE, "application/json")], json).into_response();
            if let Ok(value) = header::HeaderValue::from_str(&encoding) {
                response.headers_mut().insert("x-vnbrief-encoding", value);
            }
            response
        }
        Ok(Err(e)) => {
            let status = match e {
                crate::Error::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            refuse(status, &format!("Không đọc được bài viết ({e})")).into_response()
        }
        Err(_) => refuse(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Lỗi máy chủ khi đọc bài viết",
        )
        .into_response(),
    }
}

/// What the page sends to draw or print a document.
#[derive(Deserialize)]
struct Document {
    report: Value,
    #[serde(default)]
    letterhead: Value,
    #[serde(default)]
    template: Option<String>,
    /// Hashes of the preview pages the page holds (at most a few dozen are looked at).
    #[serde(default)]
    have: Vec<String>,
}

fn from_json<T: for<'de> Deserialize<'de>>(body: &[u8]) -> Result<T, Refusal> {
    serde_json::from_slice(body).map_err(|e| {
        refuse(
            StatusCode::BAD_REQUEST,
            &format!("Dữ liệu gửi lên không phải JSON hợp lệ (invalid JSON: {e})"),
        )
    })
}

/// The render options for the page's choice of template and letterhead over the server's.
fn options_for(app: &App, template: &str, letterhead: Value) -> Result<RenderOptions, Refusal> {
    let mut options = app.base.clone();
    options.template = if let Some(file) = template.strip_prefix(USER_PREFIX) {
        // Only a name from the listing: the page never sends a path.
        let found = app
            .templates
            .iter()
            .find(|t| t.name == file)
            .ok_or_else(|| {
                refuse(
                    StatusCode::BAD_REQUEST,
                    &format!("Không có mẫu {file:?} trong thư mục mẫu (unknown template)"),
                )
            })?;
        TemplateChoice::Path(found.path.clone())
    } else if template.is_empty() {
        app.base.template.clone()
    } else if PAGE_TEMPLATES.contains(&template) || BUILTINS.iter().any(|b| b.name == template) {
        TemplateChoice::Builtin(template.to_owned())
    } else {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            &format!("Không có mẫu {template:?} (unknown template)"),
        ));
    };
    options.letterhead = letterhead_from(&app.base.letterhead, letterhead)?;
    Ok(options)
}

/// The page's letterhead, cleaned as the command line cleans flags: text trimmed, empty
/// text and recipients dropped, locked keys kept as configured.
fn letterhead_from(base: &Letterhead, given: Value) -> Result<Letterhead, Refusal> {
    let mut value = match given {
        Value::Null => return Ok(base.clone()),
        Value::Object(map) => map,
        _ => {
            return Err(refuse(
                StatusCode::BAD_REQUEST,
                "Thông tin đơn vị phải là một đối tượng JSON (letterhead must be an object)",
            ))
        }
    };
    let configured = serde_json::to_value(base).expect("letterhead serialises");
    for (key, v) in value.iter_mut() {
        if is_locked(key) {
            *v = configured.get(key).cloned().unwrap_or(Value::Null);
            continue;
        }
        clean(v);
    }
    serde_json::from_value(Value::Object(value)).map_err(|e| {
        refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            &format!("Thông tin đơn vị không hợp lệ (invalid letterhead: {e})"),
        )
    })
}

fn clean(value: &mut Value) {
    match value {
        Value::String(s) => {
            let trimmed = s.trim();
            if trimmed.is_empty() {
                *value = Value::Null;
            } else if trimmed.len() != s.len() {
                *s = trimmed.to_owned();
            }
        }
        Value::Array(items) => {
            items.iter_mut().for_each(clean);
            items.retain(|v| !v.is_null());
        }
        _ => {}
    }
}

/// Reads a document request into a compile job.
fn job_of(app: &App, body: &[u8], kind: JobKind) -> Result<Job, Refusal> {
    let doc: Document = from_json(body)?;
    let report: Report = serde_json::from_value(doc.report).map_err(|e| {
        refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            &format!("Báo cáo không hợp lệ (invalid report: {e})"),
        )
    })?;
    if report.schema != crate::model::SCHEMA_VERSION {
        return Err(refuse(
            StatusCode::UNPROCESSABLE_ENTITY,
            &format!(
                "Báo cáo theo lược đồ {} không được hỗ trợ (schema {} expected)",
                report.schema,
                crate::model::SCHEMA_VERSION
            ),
        ));
    }
    let options = options_for(app, doc.template.as_deref().unwrap_or(""), doc.letterhead)?;
    let mut known = doc.have;
    known.truncate(64);
    Ok(Job {
        report,
        options,
        kind,
        known,
    })
}

/// A compile failure in words a clerk understands, with the technical reason after it.
fn compile_refusal(e: &CompileError) -> Refusal {
    let (status, words) = match e {
        CompileError::Busy => (
            StatusCode::SERVICE_UNAVAILABLE,
            "Máy chủ đang bận, xin thử lại sau giây lát",
        ),
        CompileError::TimedOut(_) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Mẫu văn bản chạy quá lâu nên đã bị dừng",
        ),
        CompileError::Render(_) | CompileError::Worker(WorkerError::Document(_)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Không dựng được văn bản từ mẫu này",
        ),
        CompileError::Worker(WorkerError::Memory { .. }) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Mẫu văn bản dùng quá nhiều bộ nhớ nên đã bị dừng",
        ),
        _ => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Lỗi máy chủ khi dựng văn bản",
        ),
    };
    let detail = match e {
        CompileError::Render(r) => match r.details().and_then(|d| d.lines().next()) {
            Some(first) => format!("{r}: {first}"),
            None => r.to_string(),
        },
        // "failed to render report (…)" then the first diagnostic, as in process.
        CompileError::Worker(WorkerError::Document(message)) => {
            message.lines().take(2).collect::<Vec<_>>().join(": ")
        }
        other => other.to_string(),
    };
    refuse(status, &format!("{words} ({detail})"))
}

async fn compile_request(
    app: &App,
    body: Result<Bytes, BytesRejection>,
    kind: JobKind,
) -> Result<Output, Refusal> {
    let body = body_or_refuse(body, MAX_JSON_BODY)?;
    let job = job_of(app, &body, kind)?;
    app.engine.run(job).await.map_err(|e| compile_refusal(&e))
}

/// A preview's answer (borrowed: the pages' SVG is not copied before it is written).
#[derive(Serialize)]
struct PreviewAnswer<'a> {
    /// `{hash, svg, text}` per page.
    pages: &'a [crate::render::SvgPage],
    warnings: &'a [String],
    compile_ms: f64,
    draw_ms: f64,
    /// The whole request in the server: reading the JSON, waiting for a worker, the
    /// worker's round trip (the benchmark's server-side figure).
    server_ms: f64,
}

async fn preview(State(app): State<Arc<App>>, body: Result<Bytes, BytesRejection>) -> Response {
    let started = std::time::Instant::now();
    match compile_request(&app, body, JobKind::Preview).await {
        Ok(Output::Preview(pages)) => json_response(&PreviewAnswer {
            pages: &pages.pages,
            warnings: &pages.warnings,
            compile_ms: pages.compile_time.as_secs_f64() * 1e3,
            draw_ms: pages.export_time.as_secs_f64() * 1e3,
            server_ms: started.elapsed().as_secs_f64() * 1e3,
        }),
        Ok(Output::Pdf(_)) => {
            refuse(StatusCode::INTERNAL_SERVER_ERROR, "wrong product").into_response()
        }
        Err(refused) => refused.into_response(),
    }
}

async fn pdf(State(app): State<Arc<App>>, body: Result<Bytes, BytesRejection>) -> Response {
    match compile_request(&app, body, JobKind::Pdf).await {
        Ok(Output::Pdf(rendered)) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"van-ban.pdf\"",
                ),
            ],
            rendered.pdf,
        )
            .into_response(),
        Ok(Output::Preview(_)) => {
            refuse(StatusCode::INTERNAL_SERVER_ERROR, "wrong product").into_response()
        }
        Err(refused) => refused.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letterhead_is_cleaned_and_paths_stay_configured() {
        let base = Letterhead {
            place: Some("Hà Nội".into()),
            ..Letterhead::default()
        };
        let given =
            json!({"place": "  ", "signer": " Nguyễn Văn A ", "recipients": ["a", " ", ""]});
        let lh = letterhead_from(&base, given).unwrap();
        assert_eq!(lh.place, None);
        assert_eq!(lh.signer.as_deref(), Some("Nguyễn Văn A"));
        assert_eq!(lh.recipients, vec!["a".to_owned()]);
        assert!(is_locked("fonts") && is_locked("font_path") && !is_locked("signer"));
    }
}
