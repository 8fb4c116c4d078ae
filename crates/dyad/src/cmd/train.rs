//! `dyad train`: trains the tagger, lemmatizer and parser.

use crate::cli::TrainArgs;
use crate::outcome::Outcome;
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};

fn find(dir: &Path, suffix: &str) -> anyhow::Result<Option<PathBuf>> {
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("{}: cannot read directory", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(suffix))
        {
            return Ok(Some(path));
        }
    }
    Ok(None)
}

/// Runs `dyad train`.
pub fn run(args: TrainArgs) -> anyhow::Result<Outcome> {
    let Some(train) = find(&args.ud, "-ud-train.conllu")? else {
        bail!("{}: no *-ud-train.conllu file", args.ud.display());
    };
    let dev = find(&args.ud, "-ud-dev.conllu")?;
    // The shipped model learns from dev too (its settings were chosen with
    // dev held out); `--hold-out-dev` keeps dev for progress reports.
    let (train_files, dev) = match dev {
        Some(dev) if !args.hold_out_dev => (vec![train, dev], None),
        dev => (vec![train], dev),
    };
    let train_files: Vec<&Path> = train_files.iter().map(PathBuf::as_path).collect();
    let mut options = dyad_parse::TrainOptions::default();
    if let Some(seed) = args.seed {
        options.seed = seed;
    }
    if let Some(epochs) = args.epochs {
        options.epochs = epochs;
    }
    let started = std::time::Instant::now();
    // Each message already starts with the time since training began.
    let model =
        dyad_parse::train_with_progress(&train_files, dev.as_deref(), &options, &mut |message: &str| {
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
