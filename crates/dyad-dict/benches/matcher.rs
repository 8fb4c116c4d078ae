//! Loading the default dictionaries and matching them over news text.
//!
//! ```text
//! DYAD_BENCH_CORPUS=../shared/data/news/bbc-2005 cargo bench -p dyad-dict --bench matcher
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_dict::{load_files, Gazetteer, MatchScratch};
use std::path::Path;

fn corpus_sentences() -> Vec<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let default = root.join("../shared/data/news/bbc-2005");
    let dir = std::env::var("DYAD_BENCH_CORPUS").unwrap_or_else(|_| {
        if default.is_dir() {
            default.display().to_string()
        } else {
            root.join("examples").display().to_string()
        }
    });
    let mut out = Vec::new();
    for input in dyad_text::expand_inputs(&[dir]).into_iter().flatten() {
        dyad_text::read_input(&input, &dyad_text::ReadOptions::default(), &mut |r| {
            if let Ok(read) = r {
                let doc = dyad_text::analyze(read);
                for s in &doc.sentences {
                    out.push(
                        doc.sentence_tokens(s)
                            .iter()
                            .map(|t| t.span.slice(&doc.article.text).to_owned())
                            .collect(),
                    );
                }
            }
        });
    }
    out
}

fn bench(c: &mut Criterion) {
    let files: Vec<(String, String)> = dyad_dict::embedded_file_names()
        .map(|n| {
            (
                n.to_owned(),
                std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(n)).unwrap(),
            )
        })
        .collect();
    let mut group = c.benchmark_group("dictionaries");
    group.sample_size(10);
    group.bench_function("load_default_and_build_automaton", |b| {
        b.iter(|| {
            let (dicts, _) = load_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
            Gazetteer::new(&dicts).form_count()
        })
    });
    group.finish();

    let gazetteer = Gazetteer::new(&dyad_dict::builtin());
    let sentences = corpus_sentences();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    let refs: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    eprintln!(
        "{} sentences, {tokens} tokens, {} forms",
        refs.len(),
        gazetteer.form_count()
    );
    let mut group = c.benchmark_group("matcher");
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(20);
    group.bench_function("find_names", |b| {
        let mut scratch = MatchScratch::default();
        b.iter(|| {
            refs.iter()
                .map(|s| gazetteer.find(s, &mut scratch).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
