//! The `vnbrief` binary: parses the command line, runs the command, maps the outcome
//! to an exit code (0 ok, 1 a document failed, 2 usage or fatal error).

mod cli;

use clap::Parser;

fn main() {
    let parsed = cli::args::Cli::parse();
    if let Err(failure) = cli::run(parsed.command) {
        eprintln!("error: {}", failure.message);
        std::process::exit(failure.code);
    }
}
