//! Trains a model on one or more UD treebanks, saves it and scores it on
//! each treebank's dev file (a tuning aid: by default dev is held out).
//!
//! ```text
//! cargo run --release --example train -- [--final] [--epochs N] [--tagger-epochs N] [--seed N] OUT.dyadm UD_DIR...
//! ```
//!
//! `--final` learns from train and dev, as `dyad train` does for the
//! shipped model (dev scores are then not meaningful).

use std::path::PathBuf;
use std::time::Instant;

use dyad_parse::{evaluate, train_treebanks, TrainOptions, Treebank};

const USAGE: &str = "usage: train [--final] [--epochs N] [--tagger-epochs N] [--seed N] OUT UD_DIR...";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut opts = TrainOptions::default();
    let mut hold_out_dev = true;
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(USAGE);
        match arg.as_str() {
            "--final" => hold_out_dev = false,
            "--epochs" => opts.epochs = value()?.parse()?,
            "--tagger-epochs" => opts.tagger_epochs = value()?.parse()?,
            "--seed" => opts.seed = value()?.parse()?,
            "--clusters" => opts.clusters = value()?.parse()?,
            "--cluster-min" => opts.cluster_min_count = value()?.parse()?,
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.len() < 2 {
        return Err(USAGE.into());
    }
    let out = paths.remove(0);
    let treebanks = paths
        .iter()
        .map(|dir| Treebank::from_dir(dir, hold_out_dev))
        .collect::<Result<Vec<_>, _>>()?;
    let started = Instant::now();
    let model = train_treebanks(&treebanks, &[], &opts, &mut |m| eprintln!("{m}"))?;
    eprintln!("training took {:.1}s", started.elapsed().as_secs_f64());
    eprintln!("{}", model.summary());
    model.save(&out)?;
    eprintln!(
        "saved {} ({} bytes)",
        out.display(),
        std::fs::metadata(&out)?.len()
    );
    for treebank in &treebanks {
        if let Some(dev) = &treebank.dev {
            let r = evaluate(&model, dev)?;
            println!(
                "{} dev: UPOS {:.2} XPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
                treebank.name, r.upos, r.xpos, r.lemma, r.uas, r.las
            );
        }
    }
    Ok(())
}
