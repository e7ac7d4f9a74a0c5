//! Serve: a local review-and-print page in front of the pipeline (`vnbrief serve`).
//!
//! An HTTP server (axum on tokio; tokio stays inside this module) hands out one page, then
//! answers the page's calls: parse the dropped article ([`crate::read_report`], exactly as
//! `vnbrief parse`), draw the edited report as SVG pages, render it as the PDF `vnbrief
//! render` would print. Compiles run off the async runtime in [`engine`]; [`guard`] holds
//! the rules that keep other web pages the clerk opens away from it.

mod api;
mod engine;
mod guard;

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::render::RenderOptions;

pub use engine::{CompileError, Engine, EngineLimits, Job, JobKind, Output};

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The port; 0 picks a free one.
    pub port: u16,
    /// The address to bind; `None` is 127.0.0.1 only.
    pub listen: Option<IpAddr>,
    /// A folder whose `*.typ` files the page offers as templates, each sandboxed in it.
    pub template_dir: Option<PathBuf>,
    /// The unit's settings and render options the page starts from (`--config`, flags).
    pub render: RenderOptions,
    /// Limits of the compile engine.
    pub limits: EngineLimits,
    /// How much one article the page sends may hold (`--max-input-mb`, `--max-text-mb`).
    pub read_limits: crate::Limits,
    /// Worker processes for previews and PDFs (a deadline and a memory limit each); `None`
    /// compiles in this process.
    pub isolation: Option<crate::worker::Isolation>,
    /// Open the page in the desktop's browser once listening.
    pub open: bool,
}

/// Why the server could not start or stopped.
#[derive(Debug)]
#[non_exhaustive]
pub enum ServeError {
    /// The address could not be bound.
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The reason.
        reason: String,
    },
    /// The template folder could not be listed.
    TemplateDir {
        /// The folder given.
        path: PathBuf,
        /// The reason.
        reason: String,
    },
    /// The runtime or the server failed.
    Runtime(String),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::Bind { addr, reason } => write!(f, "cannot listen on {addr} ({reason})"),
            ServeError::TemplateDir { path, reason } => {
                write!(
                    f,
                    "cannot read template folder {} ({reason})",
                    path.display()
                )
            }
            ServeError::Runtime(reason) => write!(f, "server failed ({reason})"),
        }
    }
}

impl std::error::Error for ServeError {}

/// A user template offered by the page: a `.typ` file directly inside `--template-dir`.
#[derive(Debug, Clone)]
pub struct UserTemplate {
    /// Its file name, which is also its name on the page.
    pub name: String,
    /// Its path, compiled as `--template PATH` is (its folder is the sandbox root).
    pub path: PathBuf,
}

/// Lists the `*.typ` files of a template folder, sorted by name; subfolders are not searched.
pub fn user_templates(dir: &Path) -> Result<Vec<UserTemplate>, ServeError> {
    let fail = |reason: String| ServeError::TemplateDir {
        path: dir.to_owned(),
        reason,
    };
    let entries = std::fs::read_dir(dir).map_err(|e| fail(crate::io_reason(&e)))?;
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| fail(crate::io_reason(&e)))?;
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".typ") && path.is_file() {
            found.push(UserTemplate {
                name: name.to_owned(),
                path: path.clone(),
            });
        }
    }
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

/// Starts the server, prints its address with the access token, and serves until Ctrl-C.
pub fn run(opts: ServeOptions) -> Result<(), ServeError> {
    let templates = match &opts.template_dir {
        Some(dir) => user_templates(dir)?,
        None => Vec::new(),
    };
    let pool =
        match &opts.isolation {
            Some(isolation) => {
                let pool = crate::worker::PoolOptions {
                    // Every edit leaves layouts of the previous text behind: aged after each
                    // compile, as in process, so a long editing session's memory stays flat.
                    evict_every: 1,
                    evict_age: engine::CACHE_MAX_AGE,
                    ..isolation.pool_options(opts.render.clone(), opts.limits.jobs.max(1))
                };
                Some(crate::worker::Pool::new(pool).map_err(|e| {
                    ServeError::Runtime(format!("cannot start worker processes: {e}"))
                })?)
            }
            None => None,
        };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| ServeError::Runtime(e.to_string()))?;
    runtime.block_on(serve(opts, templates, pool))
}

async fn serve(
    opts: ServeOptions,
    templates: Vec<UserTemplate>,
    pool: Option<crate::worker::Pool>,
) -> Result<(), ServeError> {
    let ip = opts.listen.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST));
    let addr = SocketAddr::new(ip, opts.port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| ServeError::Bind {
            addr,
            reason: crate::io_reason(&e),
        })?;
    let bound = listener.local_addr().map_err(|e| ServeError::Bind {
        addr,
        reason: crate::io_reason(&e),
    })?;
    let token = guard::new_token().map_err(ServeError::Runtime)?;
    let hosts = guard::Hosts::new(bound.port(), opts.listen);
    let engine = Engine::new(opts.limits.clone(), pool);
    let app = api::App {
        engine,
        base: opts.render.clone(),
        templates,
        read_limits: opts.read_limits,
    };
    let router = api::router(
        Arc::new(app),
        Arc::new(guard::Guard::new(token.clone(), hosts)),
    );
    let shown = match opts.listen {
        Some(ip) if !ip.is_unspecified() => SocketAddr::new(ip, bound.port()),
        _ => SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), bound.port()),
    };
    let url = format!("http://{shown}/?token={token}");
    if let Some(ip) = opts.listen {
        if !ip.is_loopback() {
            eprintln!(
                "warning: listening on {bound}: other machines can reach this page; \
                 anyone with the address and its token can use it"
            );
        }
    }
    // The address is the first line on standard output, for scripts and tests to read.
    println!("{url}");
    eprintln!("vnbrief serve: open the address above in a browser; Ctrl-C stops the server");
    if opts.open {
        open_browser(&url);
    }
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| ServeError::Runtime(e.to_string()))?;
    eprintln!("vnbrief serve: stopped");
    Ok(())
}

/// Ctrl-C, or SIGTERM where there is one.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Asks the desktop to open the address; a failure only prints a note.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        eprintln!("note: could not start {opener}; open the address by hand");
    }
}
