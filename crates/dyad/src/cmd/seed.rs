//! `dyad eval seed`: scoring an article against its `expected.toml`.
//!
//! A `[[must]]` pattern is found when some event's source and target codes
//! start with one of its prefixes (either way round when `either_way`), its
//! root is listed, and its date falls in `date_from..=date_to`. A
//! `[[must_not]]` pattern matched by any event is a false event.

use crate::cli::EvalSeedArgs;
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_core::{Document, Event};
use serde::Deserialize;

/// One pattern of `expected.toml`.
#[derive(Debug, Deserialize)]
struct Pattern {
    what: String,
    source: Vec<String>,
    target: Vec<String>,
    root: Vec<String>,
    date_from: String,
    date_to: String,
    #[serde(default)]
    either_way: bool,
}

#[derive(Debug, Deserialize)]
struct Expected {
    #[serde(default)]
    must: Vec<Pattern>,
    #[serde(default)]
    must_not: Vec<Pattern>,
}

fn prefixed(code: &str, prefixes: &[String]) -> bool {
    prefixes.iter().any(|p| code.starts_with(p.as_str()))
}

fn matches(p: &Pattern, e: &Event) -> bool {
    let target = e.target.as_ref().map_or("", |t| t.code.as_str());
    let date = e.date.format("%Y-%m-%d").to_string();
    let dated = p.date_from <= date && date <= p.date_to;
    let root = p.root.iter().any(|r| e.cameo.starts_with(r.as_str()));
    let forward = prefixed(&e.source.code, &p.source) && prefixed(target, &p.target);
    let backward = p.either_way && prefixed(&e.source.code, &p.target) && prefixed(target, &p.source);
    dated && root && (forward || backward)
}

fn describe(doc: &Document, e: &Event) -> String {
    let text = &doc.article.text;
    let target = e
        .target
        .as_ref()
        .map_or("-".to_owned(), |t| format!("{} ({})", t.code, t.span.slice(text)));
    format!(
        "{} ({}) {} {target} on {} [{}] «{}» rule {}",
        e.source.code,
        e.source.span.slice(text),
        e.cameo,
        e.date,
        e.mode.as_str(),
        e.span.slice(text),
        e.rule
    )
}

/// Runs `dyad eval seed DIR`.
pub fn run(args: EvalSeedArgs) -> anyhow::Result<Outcome> {
    let spec_path = args.dir.join("expected.toml");
    let spec: Expected = toml::from_str(
        &std::fs::read_to_string(&spec_path)
            .with_context(|| format!("{}: cannot read", spec_path.display()))?,
    )
    .with_context(|| format!("{}: not a valid expected.toml", spec_path.display()))?;
    let stages = crate::pipeline::build(true, &Default::default(), &Default::default())?;
    let mut docs = Vec::new();
    let inputs = dyad_text::expand_inputs(&[args.dir.display().to_string()]);
    for input in inputs.into_iter().flatten() {
        dyad_text::read_input(&input, &dyad_text::ReadOptions::default(), &mut |r| {
            if let Ok(read) = r {
                docs.push(stages.analyze(read));
            }
        });
    }
    let events: Vec<(&Document, &Event)> = docs
        .iter()
        .flat_map(|d| d.events.iter().map(move |e| (d, e)))
        .collect();
    let found = spec
        .must
        .iter()
        .filter(|p| events.iter().any(|(_, e)| matches(p, e)))
        .count();
    let mut false_events = 0;
    for p in &spec.must {
        let hit = events.iter().find(|(_, e)| matches(p, e));
        match hit {
            Some((d, e)) => println!("found   {} ← {}", p.what, describe(d, e)),
            None => println!("MISSED  {}", p.what),
        }
    }
    for p in &spec.must_not {
        for (d, e) in events.iter().filter(|(_, e)| matches(p, e)) {
            false_events += 1;
            println!("FALSE   {} ← {}", p.what, describe(d, e));
        }
    }
    if args.verbose {
        for (d, e) in &events {
            println!("event   {}", describe(d, e));
        }
    }
    println!(
        "{found}/{} must events found, {false_events} false events ({} events in all)",
        spec.must.len(),
        events.len()
    );
    Ok(if found == spec.must.len() && false_events == 0 {
        Outcome::Success
    } else {
        Outcome::InputErrors
    })
}
