//! `dyad eval events`: article-level CAMEO F1 against hand-coded gold.

use crate::cli::EvalEventsArgs;
use crate::cmd::analyze::process_inputs;
use crate::outcome::Outcome;
use anyhow::Context;
use dyad_code::events::gold::{self, DocEvents, Score, Scored};
use dyad_core::{DatePrecision, Document, Event, Sink};

/// Collects each article's events, reduced for scoring.
#[derive(Default)]
struct Collect {
    events: DocEvents,
}

impl Sink for Collect {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        let id = doc.article.id.clone();
        let scored = doc.events.iter().map(|e| reduce(doc, e));
        self.events.entry(id).or_default().extend(scored);
        Ok(())
    }
}

/// An event as the scorer sees it, its date written at its precision.
fn reduce(doc: &Document, e: &Event) -> Scored {
    let date = match e.date_precision {
        DatePrecision::Year => e.date.format("%Y"),
        DatePrecision::Month => e.date.format("%Y-%m"),
        DatePrecision::Week | DatePrecision::Day => e.date.format("%Y-%m-%d"),
    };
    let text = &doc.article.text;
    Scored {
        source: Some(e.source.code.clone()),
        target: e.target.as_ref().map(|t| t.code.clone()),
        cameo: e.cameo.clone(),
        date: Some(date.to_string()),
        describe: format!("[{}] {} ({})", e.trigger.slice(text), e.span.slice(text), e.rule),
    }
}

/// Runs `dyad eval events`.
pub fn run(args: EvalEventsArgs) -> anyhow::Result<Outcome> {
    let name = args.gold.display().to_string();
    let text = std::fs::read_to_string(&args.gold).with_context(|| format!("{name}: cannot read"))?;
    let (order, gold_events) = gold::read_gold(&text, &name)?;
    let stages = crate::pipeline::build(true, &args.dicts, &args.events)?;
    let mut collect = Collect::default();
    let outcome = process_inputs(&args.inputs, &args.read, &stages, &mut collect)?;
    let unknown = collect
        .events
        .keys()
        .filter(|id| !gold_events.contains_key(*id))
        .count();
    if unknown > 0 {
        eprintln!("warning: {unknown} article(s) have no line in {name} and are not scored");
    }
    let missing = order
        .iter()
        .filter(|id| !collect.events.contains_key(*id))
        .count();
    if missing > 0 {
        eprintln!("warning: {missing} gold document(s) were not among the articles read (scored as empty)");
    }
    let score = gold::score(&order, &gold_events, &collect.events);
    let count = |events: &DocEvents| {
        order
            .iter()
            .filter_map(|d| events.get(d))
            .map(|evs| {
                let set: std::collections::BTreeSet<_> = evs
                    .iter()
                    .map(|e| {
                        (
                            gold::actor_key(e.source.as_deref()),
                            gold::actor_key(e.target.as_deref()),
                            e.cameo.get(..2).unwrap_or("").to_owned(),
                        )
                    })
                    .collect();
                set.len()
            })
            .sum::<usize>()
    };
    let (n_gold, n_system) = (count(&gold_events), count(&collect.events));
    if args.verbose {
        print_errors(&score);
    }
    if args.json {
        println!("{}", json(&score, n_gold, n_system));
    } else {
        print_table(&score, n_gold, n_system);
    }
    Ok(outcome)
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn json(s: &Score, n_gold: usize, n_system: usize) -> serde_json::Value {
    serde_json::json!({
        "docs": s.docs,
        "gold": n_gold,
        "system": n_system,
        "root": {
            "p": round3(s.root.precision()),
            "r": round3(s.root.recall()),
            "f1": round3(s.root.f1()),
            "tp": s.root.tp, "fp": s.root.fp, "fn": s.root.fn_,
        },
        "code3": {
            "p": round3(s.code3.precision()),
            "r": round3(s.code3.recall()),
            "f1": round3(s.code3.f1()),
        },
        "dates": {"agree": s.dates_agree, "matched": s.dates_matched},
    })
}

fn print_table(s: &Score, n_gold: usize, n_system: usize) {
    println!("documents   {}", s.docs);
    println!("triples     gold {n_gold}, system {n_system}");
    println!("            precision  recall     F1");
    for (label, c) in [("root", s.root), ("3-digit", s.code3)] {
        println!(
            "{label:<10} {:>10.3} {:>7.3} {:>6.3}   (tp {}, fp {}, fn {})",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    println!("dates agree {} of {} matched", s.dates_agree, s.dates_matched);
}

fn print_errors(s: &Score) {
    for doc in s
        .errors
        .iter()
        .filter(|d| !d.missed.is_empty() || !d.false_.is_empty())
    {
        println!("## {}", doc.doc);
        for ((src, tgt, root), what) in &doc.missed {
            println!("  missed {src}>{tgt}:{root} {what}");
        }
        for ((src, tgt, root), what) in &doc.false_ {
            println!("  false  {src}>{tgt}:{root} {what}");
        }
    }
}
