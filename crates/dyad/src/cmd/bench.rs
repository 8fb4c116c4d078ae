//! `dyad bench`: the full pipeline's speed and memory on a corpus.

use crate::cli::BenchArgs;
use crate::cmd::analyze::process_inputs;
use crate::outcome::Outcome;
use crate::sinks::EventSink;
use dyad_core::{Counter, Document, Sink};
use std::time::{Duration, Instant};

/// Counts what passes and writes its events as JSONL to nowhere, so that
/// serialising is measured too.
struct BenchSink {
    counter: Counter,
    events: u64,
    jsonl: EventSink<std::io::Sink>,
}

impl Sink for BenchSink {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        let Ok(()) = self.counter.document(doc);
        self.events += doc.events.len() as u64;
        self.jsonl.document(doc)
    }
}

/// One pass over the corpus.
struct Run {
    elapsed: Duration,
    counter: Counter,
    events: u64,
}

/// Runs `dyad bench`.
pub fn run(mut args: BenchArgs) -> anyhow::Result<Outcome> {
    args.read.quiet = true;
    let started = Instant::now();
    let stages = crate::pipeline::build(true, &args.dicts, &args.events)?;
    let startup = started.elapsed();
    let mut best: Option<Run> = None;
    let mut outcome = Outcome::Success;
    for _ in 0..args.runs.max(1) {
        let mut sink = BenchSink {
            counter: Counter::default(),
            events: 0,
            jsonl: EventSink::new(std::io::sink()),
        };
        let began = Instant::now();
        outcome = process_inputs(&args.inputs, &args.read, &stages, &mut sink)?;
        let run = Run {
            elapsed: began.elapsed(),
            counter: sink.counter,
            events: sink.events,
        };
        if best.as_ref().is_none_or(|b| run.elapsed < b.elapsed) {
            best = Some(run);
        }
    }
    let best = best.expect("at least one run");
    report(&args, &best, startup);
    Ok(outcome)
}

fn report(args: &BenchArgs, run: &Run, startup: Duration) {
    let secs = run.elapsed.as_secs_f64().max(1e-9);
    let per_s = |n: u64| (n as f64 / secs).round();
    let threads = rayon::current_num_threads();
    let rss = peak_rss_bytes();
    if args.json {
        let json = serde_json::json!({
            "threads": threads,
            "runs": args.runs.max(1),
            "articles": run.counter.documents,
            "sentences": run.counter.sentences,
            "tokens": run.counter.tokens,
            "bytes": run.counter.bytes,
            "events": run.events,
            "seconds": secs,
            "articles_per_s": per_s(run.counter.documents),
            "sentences_per_s": per_s(run.counter.sentences),
            "tokens_per_s": per_s(run.counter.tokens),
            "startup_ms": startup.as_secs_f64() * 1e3,
            "peak_rss_bytes": rss,
        });
        println!("{json}");
        return;
    }
    println!("threads      {threads} (best of {} runs)", args.runs.max(1));
    println!(
        "start-up     {:.0} ms (model, dictionaries, lexicon, gazetteer)",
        startup.as_secs_f64() * 1e3
    );
    println!(
        "corpus       {} articles, {} sentences, {} tokens, {} events",
        run.counter.documents, run.counter.sentences, run.counter.tokens, run.events
    );
    println!("time         {secs:.2} s");
    println!("articles/s   {}", per_s(run.counter.documents));
    println!("sentences/s  {}", per_s(run.counter.sentences));
    println!("tokens/s     {}", per_s(run.counter.tokens));
    match rss {
        Some(b) => println!("peak RSS     {} MB", b / 1_000_000),
        None => println!("peak RSS     unknown (no /proc/self/status)"),
    }
}

/// The process's peak resident set (`VmHWM`), where Linux reports it.
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
