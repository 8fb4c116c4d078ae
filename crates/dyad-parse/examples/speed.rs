//! Measures the throughput of `Model::analyze` on a CoNLL-U file (best of
//! several runs over the whole file).
//!
//! ```text
//! taskset -c 1 cargo run --release --example speed -- FILE.conllu [MODEL.dyadm] [RUNS]
//! ```

use std::time::Instant;

use dyad_parse::{conllu, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sentences = conllu::read_file(args.first().ok_or("usage: speed FILE [MODEL] [RUNS]")?.as_ref())?;
    let loaded = match args.get(1) {
        Some(path) => Model::load(path.as_ref())?,
        None => Model::builtin()?,
    };
    let model: &Model = &loaded;
    let runs: usize = args.get(2).map_or(Ok(5), |r| r.parse())?;
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    let words: usize = forms.iter().map(Vec::len).sum();
    let mut best = f64::INFINITY;
    for _ in 0..runs {
        let started = Instant::now();
        let mut heads = 0usize;
        for f in &forms {
            heads += model.analyze(f).len();
        }
        assert_eq!(heads, words);
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!("{:.0} tokens/s (best of {runs})", words as f64 / best);
    Ok(())
}
