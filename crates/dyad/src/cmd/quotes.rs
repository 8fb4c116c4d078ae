//! `dyad eval quotes`: quote extraction and attribution against PolNeAR.

use crate::cli::EvalQuotesArgs;
use crate::cmd::eval::round2;
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_code::quotes::polnear::{parse_ann, Counts, QuoteScores};
use dyad_core::{Article, Published};
use dyad_text::ReadArticle;
use std::collections::HashMap;
use std::path::Path;

/// Runs `dyad eval quotes DIR`.
pub fn run(args: EvalQuotesArgs) -> anyhow::Result<Outcome> {
    let stages = crate::pipeline::build(true, &Default::default(), &Default::default())?;
    let dates = publication_dates(&args.dir);
    let texts = args.dir.join("text");
    let anns = args.dir.join("attributions");
    let mut names: Vec<String> = std::fs::read_dir(&anns)
        .with_context(|| format!("{}: cannot read", anns.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    names.sort();
    let mut scores = QuoteScores::default();
    let mut seen = std::collections::HashSet::new();
    let mut articles = 0;
    for ann_name in names {
        // One annotator's file per article: the first in name order.
        let Some((stem, _)) = ann_name.trim_end_matches(".ann").rsplit_once('_') else {
            continue;
        };
        if !seen.insert(stem.to_owned()) {
            continue;
        }
        let text_path = texts.join(format!("{stem}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .with_context(|| format!("{}: cannot read", text_path.display()))?;
        let ann_path = anns.join(&ann_name);
        let ann = std::fs::read_to_string(&ann_path)
            .with_context(|| format!("{}: cannot read", ann_path.display()))?;
        let (gold, errors) = parse_ann(&ann, &text);
        for e in errors {
            eprintln!("dyad: {}:{e}", ann_path.display());
        }
        let read = ReadArticle {
            article: Article {
                id: stem.to_owned(),
                published: dates.get(stem).copied().map(Published::day),
                text: text.clone(),
                ..Article::default()
            },
            layout: None,
        };
        let doc = stages.analyze(read);
        if args.verbose {
            print_quotes(stem, &doc);
        }
        scores.add(&text, &gold, &doc.quotes);
        articles += 1;
    }
    if args.json {
        let set = |c: &Counts| {
            serde_json::json!({
                "speaker_accuracy": round2(c.speaker_accuracy()),
                "content_f1": round2(c.content_f1()),
            })
        };
        let json = serde_json::json!({"direct": set(&scores.direct), "all": set(&scores.all)});
        println!("{json}");
    } else {
        println!("dir       {}", args.dir.display());
        println!("articles  {articles}");
        println!("          speaker accuracy   content F1   (attributions, with source, matched)");
        for (label, c) in [("direct", &scores.direct), ("all", &scores.all)] {
            println!(
                "{label:<9} {:>16.2} {:>12.2}   ({}, {}, {})",
                c.speaker_accuracy(),
                c.content_f1(),
                c.gold,
                c.with_source,
                c.matched
            );
        }
    }
    Ok(Outcome::Success)
}

fn print_quotes(stem: &str, doc: &dyad_core::Document) {
    let text = &doc.article.text;
    for q in &doc.quotes {
        let speaker = q
            .speaker
            .as_ref()
            .map_or("-".to_owned(), |s| format!("{} [{}]", s.name, s.span.slice(text)));
        println!(
            "{stem}\t{:?}\t{}\t{}\t{}",
            q.kind,
            q.cue.map_or("-", |c| c.slice(text)),
            speaker,
            q.span.slice(text).replace('\n', " ")
        );
    }
}

/// Publication dates by article name, from `metadata.tsv` next to DIR or
/// one level up (PolNeAR's layout); empty when there is none.
fn publication_dates(dir: &Path) -> HashMap<String, chrono::NaiveDate> {
    let candidates = [dir.join("metadata.tsv"), dir.join("../metadata.tsv")];
    let Some(tsv) = candidates.iter().find_map(|p| std::fs::read_to_string(p).ok()) else {
        return HashMap::new();
    };
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(f), Some(d)) = (col("filename"), col("publication_date")) else {
        return HashMap::new();
    };
    lines
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('\t').collect();
            let date = chrono::NaiveDate::parse_from_str(cells.get(d)?, "%Y-%m-%d").ok()?;
            Some((cells.get(f)?.to_string(), date))
        })
        .collect()
}
