//! The `dyad` command.

#![forbid(unsafe_code)]

mod cli;
mod cmd;
mod outcome;
mod pipeline;
mod progress;
mod sinks;

use clap::Parser;
use outcome::Outcome;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    if let Some(threads) = cli.command.threads() {
        // Only fails when a pool already exists, which it cannot here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global();
    }
    let result = match cli.command {
        cli::Command::Analyze(args) => cmd::analyze::run(args),
        cli::Command::Code(args) => cmd::code::run(args),
        cli::Command::Bench(args) => cmd::bench::run(args),
        cli::Command::Eval(cli::EvalCommand::Tokens(args)) => cmd::eval::tokens(args),
        cli::Command::Eval(cli::EvalCommand::Ud(args)) => cmd::eval::ud(args),
        cli::Command::Eval(cli::EvalCommand::Timex(args)) => cmd::timex::run(args),
        cli::Command::Eval(cli::EvalCommand::Seed(args)) => cmd::seed::run(args),
        cli::Command::Eval(cli::EvalCommand::Quotes(args)) => cmd::quotes::run(args),
        cli::Command::Eval(cli::EvalCommand::Events(args)) => cmd::eval_events::run(args),
        cli::Command::Train(args) => cmd::train::run(args),
        cli::Command::Dict(cli::DictCommand::Check(args)) => cmd::dict::check(args),
        cli::Command::Ingest(args) => cmd::ingest::run(args),
        cli::Command::Query(args) => cmd::query::run(args),
        cli::Command::Export(args) => cmd::export::run(args),
        cli::Command::Series(args) => cmd::series::run(args),
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::InputErrors) => ExitCode::from(1),
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
