//! `dyad analyze`: one JSON object per article.

use crate::cli::{AnalyzeArgs, InputFormat, ReadArgs};
use crate::outcome::Outcome;
use crate::progress::Progress;
use crate::sinks::{ExplainSink, JsonlSink};
use dyad_core::Sink;
use dyad_pipeline::Pipeline;
use dyad_text::{expand_inputs, read_input, Format, ReadArticle, ReadOptions};
use rayon::prelude::*;

/// Turns the command-line reading flags into reader options.
pub fn read_options(args: &ReadArgs) -> ReadOptions {
    ReadOptions {
        lossy: args.lossy,
        max_bytes: args.max_bytes,
        format: args.input_format.map(|f| match f {
            InputFormat::Text => Format::Text,
            InputFormat::Jsonl => Format::Jsonl,
            InputFormat::Html => Format::Html,
        }),
    }
}

/// Runs `dyad analyze`.
pub fn run(args: AnalyzeArgs) -> anyhow::Result<Outcome> {
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let stages = crate::pipeline::build(!args.no_parse, &args.dicts, &args.events)?;
    if args.explain {
        return process_inputs(
            &args.inputs,
            &args.read,
            &stages,
            &mut ExplainSink::new(out, &stages),
        );
    }
    process_inputs(
        &args.inputs,
        &args.read,
        &stages,
        &mut JsonlSink::new(out, args.pretty),
    )
}

/// Articles analysed together, in parallel, before their results are
/// written in input order.
const BATCH: usize = 256;

/// Reads every input, analyses each article (in parallel batches) and hands
/// the documents to `sink` in input order. Read errors are reported on
/// standard error, one line each, and do not stop the run; a sink error does.
pub fn process_inputs<S>(
    inputs: &[String],
    read: &ReadArgs,
    stages: &Pipeline,
    sink: &mut S,
) -> anyhow::Result<Outcome>
where
    S: Sink<Error = std::io::Error>,
{
    let options = read_options(read);
    let inputs = expand_inputs(inputs);
    let progress = Progress::new(inputs.len() as u64, read.quiet);
    let mut failed = 0u64;
    let mut batch: Vec<ReadArticle> = Vec::with_capacity(BATCH);
    for input in inputs {
        let input = match input {
            Ok(input) => input,
            Err(e) => {
                progress.error(&e.to_string());
                failed += 1;
                continue;
            }
        };
        let mut outcome: anyhow::Result<bool> = Ok(true);
        read_input(&input, &options, &mut |article| match article {
            Ok(article) if matches!(outcome, Ok(true)) => {
                batch.push(article);
                if batch.len() >= BATCH {
                    outcome = flush(&mut batch, stages, sink, &progress);
                }
            }
            Ok(_) => {}
            Err(e) => {
                progress.error(&e.to_string());
                failed += 1;
            }
        });
        if !outcome? {
            return Ok(Outcome::Success);
        }
        progress.input_done();
    }
    if !flush(&mut batch, stages, sink, &progress)? {
        return Ok(Outcome::Success);
    }
    match sink.finish() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            return Err(anyhow::Error::new(e).context("cannot write output"))
        }
        _ => {}
    }
    progress.finish(failed);
    Ok(if failed > 0 {
        Outcome::InputErrors
    } else {
        Outcome::Success
    })
}

/// Analyses a batch in parallel and writes it in order. `Ok(false)` when
/// the reader of our output went away (broken pipe): stop quietly.
fn flush<S>(
    batch: &mut Vec<ReadArticle>,
    stages: &Pipeline,
    sink: &mut S,
    progress: &Progress,
) -> anyhow::Result<bool>
where
    S: Sink<Error = std::io::Error>,
{
    let docs: Vec<_> = std::mem::take(batch)
        .into_par_iter()
        .map(|a| stages.analyze(a))
        .collect();
    for doc in &docs {
        progress.article(doc.article.text.len() as u64);
        if let Err(e) = sink.document(doc) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(false);
            }
            return Err(anyhow::Error::new(e).context("cannot write output"));
        }
    }
    Ok(true)
}
