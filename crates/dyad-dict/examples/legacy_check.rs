//! Conformance check for the legacy dictionary loaders.
//!
//! ```text
//! cargo run -p dyad-dict --example legacy_check -- [--actors|--agents] FILE…
//! ```
//!
//! Loads every file named on the command line as a TABARI/PETRARCH actor dictionary, or as an
//! agent dictionary when its name contains `agent` (`--actors` / `--agents` force the kind of
//! the files that follow). Prints per file the number of entries, of roles (actors) or nouns
//! (agents), of errors, and the first ten errors. Files that are not UTF-8 are read lossily.
//! Exits with status 1 when a file could not be read, 2 on a usage error.

use std::process::ExitCode;

use dyad_dict::legacy::{parse_legacy_actors, parse_legacy_agents};

/// How many errors are shown per file.
const SHOWN_ERRORS: usize = 10;

/// Which loader a file goes to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Actors,
    Agents,
}

/// What one file held.
struct Summary {
    entries: usize,
    items: usize,
    item_label: &'static str,
    errors: Vec<String>,
}

fn main() -> ExitCode {
    let mut forced: Option<Kind> = None;
    let mut unreadable = false;
    let mut files = 0;
    for argument in std::env::args().skip(1) {
        match argument.as_str() {
            "--actors" => forced = Some(Kind::Actors),
            "--agents" => forced = Some(Kind::Agents),
            path => {
                files += 1;
                let kind = forced.unwrap_or_else(|| kind_from_name(path));
                unreadable |= !check_file(path, kind);
            }
        }
    }
    if files == 0 {
        eprintln!("usage: legacy_check [--actors|--agents] FILE…");
        return ExitCode::from(2);
    }
    if unreadable {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn kind_from_name(path: &str) -> Kind {
    let name = path.rsplit('/').next().unwrap_or(path).to_lowercase();
    if name.contains("agent") {
        Kind::Agents
    } else {
        Kind::Actors
    }
}

/// Loads and reports one file; false when it could not be read.
fn check_file(path: &str, kind: Kind) -> bool {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            println!("{path}: cannot read: {error}");
            return false;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let summary = summarize(&text, path, kind);
    print_summary(path, kind, &summary);
    true
}

fn summarize(text: &str, path: &str, kind: Kind) -> Summary {
    match kind {
        Kind::Actors => {
            let (people, errors) = parse_legacy_actors(text, path);
            Summary {
                entries: people.len(),
                items: people.iter().map(|person| person.roles.len()).sum(),
                item_label: "roles",
                errors: errors.iter().map(ToString::to_string).collect(),
            }
        }
        Kind::Agents => {
            let (agents, errors) = parse_legacy_agents(text, path);
            Summary {
                entries: agents.len(),
                items: agents
                    .iter()
                    .map(|agent| agent.nouns.len() + agent.plurals.len())
                    .sum(),
                item_label: "nouns+plurals",
                errors: errors.iter().map(ToString::to_string).collect(),
            }
        }
    }
}

fn print_summary(path: &str, kind: Kind, summary: &Summary) {
    let kind_name = match kind {
        Kind::Actors => "actors",
        Kind::Agents => "agents",
    };
    println!(
        "{path} ({kind_name}): {} entries, {} {}, {} errors",
        summary.entries,
        summary.items,
        summary.item_label,
        summary.errors.len()
    );
    for error in summary.errors.iter().take(SHOWN_ERRORS) {
        println!("  {error}");
    }
    if summary.errors.len() > SHOWN_ERRORS {
        println!("  … {} more", summary.errors.len() - SHOWN_ERRORS);
    }
}
