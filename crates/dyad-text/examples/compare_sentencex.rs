//! Sentence-boundary F1 of dyad's splitter and of the `sentencex` crate on
//! the same CoNLL-U file, the same rebuilt text and the same paragraphs.
//!
//! ```text
//! cargo run --release -p dyad-text --example compare_sentencex -- ../shared/data/ud/en_ewt/en_ewt-ud-test.conllu
//! ```

use dyad_core::Span;
use dyad_text::eval::{evaluate_tokens, read_gold, score_sentences};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: compare_sentencex FILE.conllu")?;
    let docs = read_gold(&std::fs::read_to_string(&path)?, &path)?;
    let dyad = evaluate_tokens(&docs).sentences;
    let sentencex = score_sentences(&docs, |text, p| {
        let base = p.start as usize;
        sentencex::get_sentence_boundaries("en", p.slice(text))
            .into_iter()
            .map(|b| Span::new(base + b.start_byte, base + b.end_byte))
            .filter(|s| !s.trim(text).is_empty())
            .collect()
    });
    println!("splitter    precision  recall      F1");
    for (name, s) in [("dyad", dyad), ("sentencex", sentencex)] {
        println!("{name:<10} {:>10.2} {:>7.2} {:>7.2}", s.precision, s.recall, s.f1);
    }
    if std::env::var_os("SHOW_MISSES").is_some() {
        show_misses(&docs);
    }
    Ok(())
}

fn show_misses(docs: &[dyad_text::eval::GoldDocument]) {
    use dyad_text::{NewsSplitter, NewsTokenizer, SentenceSplitter, Tokenizer};
    for doc in docs {
        let gold: std::collections::HashSet<u32> = doc.sentences.iter().map(|s| s.end).collect();
        for &p in &doc.paragraphs {
            let mut tokens = Vec::new();
            NewsTokenizer.tokenize(&doc.text, p, &mut tokens);
            let mut ranges = Vec::new();
            NewsSplitter.split(&doc.text, &tokens, &mut ranges);
            let ours: std::collections::HashSet<u32> =
                ranges.iter().map(|r| tokens[r.end - 1].span.end).collect();
            for b in sentencex::get_sentence_boundaries("en", p.slice(&doc.text)) {
                let end = Span::new(p.start as usize + b.start_byte, p.start as usize + b.end_byte)
                    .trim(&doc.text)
                    .end;
                if gold.contains(&end) && !ours.contains(&end) {
                    let a = (end as usize).saturating_sub(40);
                    let a = (0..=a).rev().find(|i| doc.text.is_char_boundary(*i)).unwrap_or(0);
                    let z = (end as usize + 30).min(doc.text.len());
                    let z = (z..=doc.text.len())
                        .find(|i| doc.text.is_char_boundary(*i))
                        .unwrap_or(doc.text.len());
                    println!(
                        "MISS {:?} || {:?}",
                        &doc.text[a..end as usize],
                        &doc.text[end as usize..z]
                    );
                }
            }
        }
    }
}
