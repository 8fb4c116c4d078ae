//! `dyad train`: trains the tagger, lemmatizer and parser.

use crate::cli::TrainArgs;
use crate::outcome::Outcome;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// The `*.txt` files under `dir`, sorted, recursively.
fn text_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read directory", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            text_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

/// The words of every non-empty line of the text files under `dirs`,
/// tokenized as dyad tokenizes news.
fn cluster_text(dirs: &[PathBuf]) -> anyhow::Result<Vec<Vec<String>>> {
    let mut files = Vec::new();
    for dir in dirs {
        text_files(dir, &mut files)?;
    }
    let mut lines = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).with_context(|| format!("{}: cannot read", file.display()))?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let words: Vec<String> = dyad_text::tokenize_str(line)
                .iter()
                .map(|t| t.span.slice(line).to_string())
                .collect();
            lines.push(words);
        }
    }
    Ok(lines)
}

/// Runs `dyad train`.
pub fn run(args: TrainArgs) -> anyhow::Result<Outcome> {
    // The shipped model learns from dev too (its settings were chosen with
    // dev held out); `--hold-out-dev` keeps dev for progress reports.
    let treebanks = args
        .ud
        .iter()
        .map(|dir| dyad_parse::Treebank::from_dir(dir, args.hold_out_dev))
        .collect::<Result<Vec<_>, _>>()?;
    let mut options = dyad_parse::TrainOptions::default();
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    if let Some(epochs) = args.epochs {
        options.epochs = epochs;
    }
    let started = std::time::Instant::now();
    let text = cluster_text(&args.cluster_text)?;
    if !args.cluster_text.is_empty() {
        let words: usize = text.iter().map(Vec::len).sum();
        eprintln!(
            "read {} lines, {words} words of text for the word clusters",
            text.len()
        );
    }
    // Each message already starts with the time since training began.
    let model = dyad_parse::train_treebanks(&treebanks, &text, &options, &mut |message: &str| {
        eprintln!("{message}")
    })?;
    model
        .save(&args.out)
        .with_context(|| format!("{}: cannot write model", args.out.display()))?;
    eprintln!(
        "wrote {} in {:.0} s",
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Success)
}
