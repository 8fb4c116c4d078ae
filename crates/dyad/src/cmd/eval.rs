//! `dyad eval`: scores against annotated data.

use crate::cli::{EvalTokensArgs, EvalUdArgs};
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_text::eval::{evaluate_tokens, read_gold};

/// Runs `dyad eval tokens`.
pub fn tokens(args: EvalTokensArgs) -> anyhow::Result<Outcome> {
    let name = args.conllu.display().to_string();
    let conllu = std::fs::read_to_string(&args.conllu).with_context(|| format!("{name}: cannot read"))?;
    let docs = read_gold(&conllu, &name)?;
    let scores = evaluate_tokens(&docs);
    if args.json {
        let json = serde_json::json!({
            "tokens_f1": round2(scores.tokens.f1),
            "sentences_f1": round2(scores.sentences.f1),
            "tokens": scores.tokens,
            "sentences": scores.sentences,
            "documents": scores.documents,
            "gold_tokens": scores.gold_tokens,
            "gold_sentences": scores.gold_sentences,
        });
        println!("{json}");
    } else {
        println!("file       {name}");
        println!("documents  {}", scores.documents);
        println!("           precision  recall      F1   (gold)");
        for (label, s, gold) in [
            ("tokens", scores.tokens, scores.gold_tokens),
            ("sentences", scores.sentences, scores.gold_sentences),
        ] {
            println!(
                "{label:<10} {:>9.2} {:>7.2} {:>7.2}   ({gold})",
                s.precision, s.recall, s.f1
            );
        }
        if args.errors {
            println!("most frequent token errors (+ produced but not gold, - gold but missed):");
            for (text, n) in &scores.token_errors {
                println!("{n:>6}  {text}");
            }
        }
    }
    Ok(Outcome::Success)
}

/// Rounds to two decimals for JSON output.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Runs `dyad eval ud`.
pub fn ud(args: EvalUdArgs) -> anyhow::Result<Outcome> {
    let source = match &args.model {
        Some(path) => dyad_pipeline::ModelSource::File(path.clone()),
        None => crate::pipeline::model_source(),
    };
    let model = match &source {
        dyad_pipeline::ModelSource::File(path) => {
            dyad_parse::Model::load(path).with_context(|| format!("{}: not a dyad model", path.display()))?
        }
        dyad_pipeline::ModelSource::Builtin => dyad_parse::Model::builtin()?,
    };
    let report = dyad_parse::evaluate(&model, &args.conllu)?;
    if args.json {
        let json = serde_json::json!({
            "upos": round2(report.upos),
            "xpos": round2(report.xpos),
            "lemma": round2(report.lemma),
            "uas": round2(report.uas),
            "las": round2(report.las),
            "tokens_per_s": report.tokens_per_s.round(),
        });
        println!("{json}");
    } else {
        println!("file          {}", args.conllu.display());
        println!("UPOS          {:.2}", report.upos);
        println!("XPOS          {:.2}", report.xpos);
        println!("lemma         {:.2}", report.lemma);
        println!("UAS           {:.2}", report.uas);
        println!("LAS           {:.2}", report.las);
        println!("tokens/s      {:.0}", report.tokens_per_s);
    }
    Ok(Outcome::Success)
}
