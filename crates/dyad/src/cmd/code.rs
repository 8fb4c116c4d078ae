//! `dyad code`: one event per line.

use crate::cli::{CodeArgs, EventFormat};
use crate::cmd::analyze::process_inputs;
use crate::outcome::Outcome;
use crate::sinks::{EventSink, EventTsvSink, ExplainSink};

/// Runs `dyad code`.
pub fn run(args: CodeArgs) -> anyhow::Result<Outcome> {
    let stages = crate::pipeline::build(true, &args.dicts, &args.events)?;
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.explain {
        return process_inputs(
            &args.inputs,
            &args.read,
            &stages,
            &mut ExplainSink::new(out, &stages),
        );
    }
    match args.format {
        EventFormat::Jsonl => process_inputs(&args.inputs, &args.read, &stages, &mut EventSink::new(out)),
        EventFormat::Tsv => process_inputs(&args.inputs, &args.read, &stages, &mut EventTsvSink::new(out)),
    }
}
