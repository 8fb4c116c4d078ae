//! `dyad train`: trains the tagger, lemmatizer and parser.

use crate::cli::TrainArgs;
use crate::Outcome;
use anyhow::Context;

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
    // Each message already starts with the time since training began.
    let model =
        dyad_parse::train_treebanks(&treebanks, &options, &mut |message: &str| eprintln!("{message}"))?;
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
