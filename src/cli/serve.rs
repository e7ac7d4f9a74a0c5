//! `vnbrief serve`: flags checked into [`ServeOptions`], then the server runs until Ctrl-C.

use std::net::IpAddr;
use vnbrief::serve::{EngineLimits, ServeOptions};
use vnbrief::worker::Isolation;

use super::args::ServeArgs;
use super::{render_options, Failure};

/// Validated options of `vnbrief serve`.
fn options(args: ServeArgs) -> Result<ServeOptions, Failure> {
    let listen = match &args.listen {
        Some(text) => Some(text.trim().parse::<IpAddr>().map_err(|_| {
            Failure::usage(format!(
                "--listen: {text:?} is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)"
            ))
        })?),
        None => None,
    };
    let isolation = super::worker::limits(&args.workers)?.map(Isolation::new);
    // In process there is no worker to kill: a compile past the limit is abandoned.
    let time_limit = isolation
        .as_ref()
        .map_or(vnbrief::worker::DEFAULT_TIME, |i| i.limits.time);
    if args.jobs == 0 || args.jobs > 64 {
        return Err(Failure::usage("--jobs must be between 1 and 64"));
    }
    if let Some(dir) = &args.template_dir {
        if !dir.is_dir() {
            return Err(Failure::usage(format!(
                "--template-dir {} is not a folder",
                dir.display()
            )));
        }
    }
    Ok(ServeOptions {
        port: args.port,
        listen,
        template_dir: args.template_dir,
        render: render_options(&args.render)?,
        limits: EngineLimits {
            jobs: args.jobs,
            queue: args.queue.unwrap_or(4 * args.jobs).min(1000),
            time_limit,
        },
        read_limits: vnbrief::Limits {
            input_bytes: super::megabytes("--max-input-mb", args.max_input_mb)? as usize,
            text_bytes: super::megabytes("--max-text-mb", args.max_text_mb)? as usize,
            ..vnbrief::Limits::default()
        },
        isolation,
        open: args.open,
    })
}

/// Runs the server.
pub fn run(args: ServeArgs) -> Result<(), Failure> {
    let opts = options(args)?;
    // The settings' template must load before the page offers it.
    vnbrief::render::Renderer::new(&opts.render).map_err(|e| Failure::usage(e.to_string()))?;
    vnbrief::serve::run(opts).map_err(|e| Failure::usage(e.to_string()))
}
