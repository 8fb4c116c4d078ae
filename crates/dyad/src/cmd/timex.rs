//! `dyad eval timex`: time expressions against TimeML files.

use crate::cli::EvalTimexArgs;
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_code::times::score::{Scored, TimexCounts};
use dyad_code::times::timeml::{read_timeml, TimeMl};
use dyad_core::score::Prf;
use dyad_core::{Article, Document, Layout, Published, Span};
use dyad_pipeline::Pipeline;
use dyad_text::ReadArticle;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Every `.tml` file under `dir`, sorted.
fn tml_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("{}: cannot read", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            tml_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "tml") {
            out.push(path);
        }
    }
    out.sort();
    out.dedup();
    Ok(())
}

/// The paragraphs of a plain text: runs of non-blank lines.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(at),
            (true, Some(s)) => {
                out.push(Span::new(s, at));
                start = None;
            }
            _ => {}
        }
        at += line.len();
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.trim_end().len().max(s)));
    }
    out.retain(|s| !s.slice(text).trim().is_empty());
    out
}

/// Runs the text pipeline, the parser and the time finder on a TimeML
/// document's text, against its creation time.
fn analyse(tml: &TimeMl, name: &str, pipeline: &Pipeline) -> anyhow::Result<Document> {
    let dct = tml
        .dct
        .as_deref()
        .with_context(|| format!("{name}: no creation time"))?;
    let anchor = chrono::NaiveDate::parse_from_str(dct.get(..10).unwrap_or(dct), "%Y-%m-%d")
        .with_context(|| format!("{name}: creation time {dct:?} is no date"))?;
    let layout = Layout {
        paragraphs: paragraphs(&tml.text),
        ..Layout::default()
    };
    let article = Article {
        id: name.into(),
        text: tml.text.clone(),
        published: Some(Published {
            date: anchor,
            time: None,
            offset_minutes: None,
        }),
        ..Article::default()
    };
    Ok(pipeline.analyze(ReadArticle {
        article,
        layout: Some(layout),
    }))
}

/// One document's counts and error lines.
fn score(tml: &TimeMl, doc: &Document, name: &str) -> (TimexCounts, Vec<String>) {
    let scored = |span, value| Scored { span, value };
    let gold: Vec<Scored> = tml.timexes.iter().map(|t| scored(t.span, &t.value)).collect();
    let system: Vec<Scored> = doc.times.iter().map(|t| scored(t.span, &t.value)).collect();
    let mut counts = TimexCounts::default();
    let pairs = counts.add(&gold, &system);
    let text = &tml.text;
    let mut errors = Vec::new();
    for (g, t) in tml.timexes.iter().enumerate() {
        match pairs.iter().find(|(pg, _)| *pg == g) {
            None => errors.push(format!(
                "MISS\t{}\t{}\t{}\t{name}",
                t.span.slice(text),
                t.kind,
                t.value
            )),
            Some((_, s)) => {
                let sys = &doc.times[*s];
                if sys.value != t.value || sys.span != t.span {
                    errors.push(format!(
                        "DIFF\t{}\t{}\t{}\t→ {}\t{}\t{}\t{name}",
                        t.span.slice(text),
                        t.kind,
                        t.value,
                        sys.span.slice(text),
                        sys.kind,
                        sys.value
                    ));
                }
            }
        }
    }
    for (s, t) in doc.times.iter().enumerate() {
        if !pairs.iter().any(|(_, ps)| *ps == s) {
            errors.push(format!(
                "FALSE\t{}\t{}\t{}\t{name}\t{}",
                t.span.slice(text),
                t.kind,
                t.value,
                context(text, t.span)
            ));
        }
    }
    (counts, errors)
}

/// Up to 50 bytes of text either side of `span`, on one line.
fn context(text: &str, span: Span) -> String {
    let mut start = (span.start as usize).saturating_sub(50);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end as usize + 50).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].replace('\n', " ")
}

/// Runs `dyad eval timex`.
pub fn run(args: EvalTimexArgs) -> anyhow::Result<Outcome> {
    let mut files = Vec::new();
    for dir in &args.dirs {
        let before = files.len();
        tml_files(dir, &mut files)?;
        anyhow::ensure!(files.len() > before, "{}: no .tml files", dir.display());
    }
    let pipeline = crate::pipeline::build(true, &Default::default(), &Default::default())?;
    let results: Vec<anyhow::Result<(TimexCounts, Vec<String>)>> = files
        .par_iter()
        .map(|path| {
            let name = path.display().to_string();
            let xml = std::fs::read_to_string(path).with_context(|| format!("{name}: cannot read"))?;
            let tml = read_timeml(&xml).with_context(|| format!("{name}: not TimeML"))?;
            let doc = analyse(&tml, &name, &pipeline)?;
            Ok(score(&tml, &doc, &name))
        })
        .collect();
    let mut total = TimexCounts::default();
    let mut errors = Vec::new();
    for r in results {
        let (c, e) = r?;
        total.gold += c.gold;
        total.system += c.system;
        total.strict += c.strict;
        total.relaxed += c.relaxed;
        total.value += c.value;
        errors.extend(e);
    }
    let round = |x: f64| (x * 100.0).round() / 100.0;
    if args.json {
        let json = serde_json::json!({
            "strict_f1": round(total.strict_f1()),
            "relaxed_f1": round(total.relaxed_f1()),
            "value_f1": round(total.value_f1()),
            "documents": files.len(),
            "gold": total.gold,
            "system": total.system,
            "strict": total.strict,
            "relaxed": total.relaxed,
            "value": total.value,
        });
        println!("{json}");
    } else {
        let dirs: Vec<String> = args.dirs.iter().map(|d| d.display().to_string()).collect();
        println!("directories {}", dirs.join(" "));
        println!("documents   {}", files.len());
        println!("expressions {} gold, {} found", total.gold, total.system);
        println!("            precision  recall      F1");
        for (label, n) in [
            ("strict", total.strict),
            ("relaxed", total.relaxed),
            ("value", total.value),
        ] {
            let s = Prf::from_counts(n, total.system, total.gold).percent();
            println!("{label:<11} {:>9.2} {:>7.2} {:>7.2}", s.precision, s.recall, s.f1);
        }
    }
    if args.errors {
        for e in &errors {
            eprintln!("{e}");
        }
    }
    Ok(Outcome::Success)
}
