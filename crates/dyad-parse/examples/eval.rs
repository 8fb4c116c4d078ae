//! Evaluates a model on a gold CoNLL-U file.
//!
//! ```text
//! cargo run --release --example eval -- FILE.conllu [MODEL.dyadm [TAGGER_MIN PARSER_MIN [OUT.dyadm]]]
//! ```
//! Without a model path, the embedded model is used. Prints the report as
//! JSON plus the model load time.

use std::path::PathBuf;
use std::time::Instant;

use dyad_parse::{evaluate, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let conllu = PathBuf::from(args.first().ok_or("usage: eval FILE.conllu [MODEL]")?);
    let started = Instant::now();
    let loaded = match args.get(1) {
        Some(path) => Model::load(path.as_ref())?,
        None => Model::builtin()?,
    };
    let model: &Model = &loaded;
    eprintln!(
        "model loaded in {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    let pruned;
    let model = match (args.get(2), args.get(3)) {
        (Some(tagger_min), Some(parser_min)) => {
            pruned = model.pruned(tagger_min.parse()?, parser_min.parse()?);
            if let Some(out) = args.get(4) {
                pruned.save(out.as_ref())?;
            }
            eprintln!("{}", pruned.summary());
            &pruned
        }
        _ => model,
    };
    let report = evaluate(model, &conllu)?;
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(())
}
