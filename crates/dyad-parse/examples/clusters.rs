//! Prints the word clusters of a model for the words of a CoNLL-U file,
//! grouped by path (a development aid).
//!
//! ```text
//! cargo run --release --example clusters -- MODEL.dyadm FILE.conllu [WORDS_PER_CLUSTER]
//! ```

use std::collections::BTreeMap;

use dyad_parse::{conllu, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: clusters MODEL FILE [WORDS_PER_CLUSTER]";
    let model = Model::load(args.first().ok_or(usage)?.as_ref())?;
    let sentences = conllu::read_file(args.get(1).ok_or(usage)?.as_ref())?;
    let shown: usize = args.get(2).map_or(Ok(12), |n| n.parse())?;
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for sentence in &sentences {
        for word in &sentence.words {
            *counts.entry(word.form.to_lowercase()).or_default() += 1;
        }
    }
    let mut by_path: BTreeMap<String, Vec<(usize, String)>> = BTreeMap::new();
    let mut missing = 0;
    for (word, count) in counts {
        match model.word_cluster(&word) {
            Some(path) => by_path.entry(path).or_default().push((count, word)),
            None => missing += count,
        }
    }
    for (path, mut words) in by_path {
        words.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let list: Vec<&str> = words.iter().take(shown).map(|(_, w)| w.as_str()).collect();
        println!("{path:<24} {}", list.join(" "));
    }
    println!("tokens without a cluster: {missing}");
    Ok(())
}
