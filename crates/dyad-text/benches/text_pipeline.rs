//! Throughput of read + layout + sentence split + tokenize.
//!
//! The corpus is every article file under `DYAD_BENCH_CORPUS` (default
//! `../shared/data/news/bbc-2005`, the BBC 2005 corpus); without it the
//! bundled examples are used. Run:
//!
//! ```text
//! DYAD_BENCH_CORPUS=../shared/data/news/bbc-2005 cargo bench -p dyad-text --bench text_pipeline
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_core::{Counter, Sink};
use dyad_text::{analyze_text, expand_inputs, read_input, Input, ReadOptions, TextPipeline};
use std::path::Path;

fn corpus_dir() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let default = root.join("../shared/data/news/bbc-2005");
    std::env::var("DYAD_BENCH_CORPUS").unwrap_or_else(|_| {
        if default.is_dir() {
            default.display().to_string()
        } else {
            root.join("examples").display().to_string()
        }
    })
}

fn inputs() -> Vec<Input> {
    expand_inputs(&[corpus_dir()])
        .into_iter()
        .filter_map(Result::ok)
        .collect()
}

fn bench_pipeline(c: &mut Criterion) {
    let inputs = inputs();
    let texts: Vec<String> = inputs
        .iter()
        .filter_map(|i| match i {
            Input::File(p) => std::fs::read_to_string(p).ok(),
            Input::Stdin => None,
        })
        .collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    eprintln!(
        "corpus: {} ({} files, {:.1} MB)",
        corpus_dir(),
        texts.len(),
        bytes as f64 / 1e6
    );
    let mut group = c.benchmark_group("text_pipeline");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.bench_function("in_memory", |b| {
        b.iter(|| {
            let mut counter = Counter::default();
            for t in &texts {
                let _ = counter.document(&analyze_text(t));
            }
            counter
        })
    });
    group.bench_function("layout_only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| dyad_text::detect_layout(t, None).paragraphs.len())
                .sum::<usize>()
        })
    });
    group.bench_function("peer_sentencex_split_only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| sentencex::segment("en", t).len())
                .sum::<usize>()
        })
    });
    group.bench_function("dyad_tokenize_and_split_only", |b| {
        use dyad_text::{NewsSplitter, NewsTokenizer, SentenceSplitter, Tokenizer};
        let mut tokens = Vec::new();
        let mut ranges = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for t in &texts {
                tokens.clear();
                ranges.clear();
                NewsTokenizer.tokenize(t, dyad_core::Span::new(0, t.len()), &mut tokens);
                NewsSplitter.split(t, &tokens, &mut ranges);
                n += ranges.len();
            }
            n
        })
    });
    let options = ReadOptions::default();
    let pipeline = TextPipeline::default();
    group.bench_function("from_files", |b| {
        b.iter(|| {
            let mut counter = Counter::default();
            for input in &inputs {
                read_input(input, &options, &mut |r| {
                    if let Ok(read) = r {
                        let _ = counter.document(&pipeline.run(read));
                    }
                });
            }
            counter
        })
    });
    group.finish();
}

criterion_group!(benches, bench_pipeline);
criterion_main!(benches);
