//! Trains a model on UD English EWT and saves it.
//!
//! ```text
//! cargo run --release --example train -- UD_DIR [OUT.dyadm] [PARSER_EPOCHS] [TAGGER_EPOCHS] [SEED]
//! ```

use std::path::{Path, PathBuf};
use std::time::Instant;

use dyad_parse::{evaluate, train_with_progress, TrainOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ud = PathBuf::from(
        args.first()
            .ok_or("usage: train UD_DIR [OUT] [EPOCHS] [TAGGER_EPOCHS] [SEED]")?,
    );
    let out = PathBuf::from(args.get(1).map_or("model/en_ewt.dyadm", String::as_str));
    let mut opts = TrainOptions::default();
    if let Some(epochs) = args.get(2) {
        opts.epochs = epochs.parse()?;
    }
    if let Some(epochs) = args.get(3) {
        opts.tagger_epochs = epochs.parse()?;
    }
    if let Some(seed) = args.get(4) {
        opts.seed = seed.parse()?;
    }
    let file = |split: &str| ud.join(format!("en_ewt-ud-{split}.conllu"));
    let started = Instant::now();
    let model = train_with_progress(&[&file("train")], Some(&file("dev")), &opts, &mut |m| {
        eprintln!("{m}")
    })?;
    eprintln!("training took {:.1}s", started.elapsed().as_secs_f64());
    eprintln!("{}", model.summary());
    model.save(&out)?;
    eprintln!(
        "saved {} ({} bytes)",
        out.display(),
        std::fs::metadata(&out)?.len()
    );
    for split in ["dev", "test"] {
        let path = file(split);
        if Path::new(&path).exists() {
            let report = evaluate(&model, &path)?;
            eprintln!("{split}: {report:?}");
        }
    }
    Ok(())
}
