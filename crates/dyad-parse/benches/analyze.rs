//! Throughput of `Model::analyze` (tag + lemmatise + parse) on one core.
//!
//! Uses `benches/news.txt` (one whitespace-tokenized sentence per line,
//! written for dyad), or the CoNLL-U file named by `DYAD_BENCH_CONLLU`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_parse::{conllu, Model};

fn sentences() -> Vec<Vec<String>> {
    if let Ok(path) = std::env::var("DYAD_BENCH_CONLLU") {
        let sentences = conllu::read_file(path.as_ref()).expect("readable CoNLL-U");
        return sentences
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
            .collect();
    }
    include_str!("news.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

fn bench_analyze(c: &mut Criterion) {
    let model = &Model::builtin().expect("embedded model");
    let sentences = sentences();
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    let count: usize = words.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Elements(count as u64));
    group.bench_function("tag_lemmatize_parse", |b| {
        b.iter(|| {
            let mut heads = 0usize;
            for sentence in &words {
                heads += model.analyze(sentence).len();
            }
            heads
        })
    });
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
