//! Prints the most frequent lemma, tag and relation errors of a model on
//! a gold CoNLL-U file (a development aid).
//!
//! ```text
//! cargo run --release --example diagnose -- MODEL.dyadm FILE.conllu
//! ```

use std::collections::HashMap;

use dyad_parse::{conllu, Model};

fn top(counts: HashMap<String, usize>, n: usize) {
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (k, c) in v.into_iter().take(n) {
        println!("  {c:5} {k}");
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let model = Model::load(args.first().ok_or("usage: diagnose MODEL FILE")?.as_ref())?;
    let sentences = conllu::read_file(args.get(1).ok_or("usage: diagnose MODEL FILE")?.as_ref())?;
    let mut lemma = HashMap::new();
    let mut lemma_right_tag = HashMap::new();
    let mut lemma_goldtag = 0usize;
    let mut tags = HashMap::new();
    let mut rels = HashMap::new();
    for s in &sentences {
        let forms = s.forms();
        let out = model.analyze(&forms);
        for (g, p) in s.words.iter().zip(&out) {
            if g.lemma != p.lemma {
                if g.xpos == p.xpos {
                    lemma_goldtag += 1;
                    *lemma_right_tag
                        .entry(format!("{} {} gold={} got={}", g.form, g.xpos, g.lemma, p.lemma))
                        .or_insert(0) += 1;
                }
                *lemma
                    .entry(format!(
                        "{} {}/{} gold={} got={}",
                        g.form, g.xpos, p.xpos, g.lemma, p.lemma
                    ))
                    .or_insert(0) += 1;
            }
            if g.xpos != p.xpos {
                *tags.entry(format!("{} -> {}", g.xpos, p.xpos)).or_insert(0) += 1;
            }
            let head = p.head.map_or(0, |h| h + 1);
            if Some(head) != g.head || g.deprel != p.deprel {
                let kind = if Some(head) != g.head { "head" } else { "label" };
                *rels
                    .entry(format!("{kind} gold={} got={}", g.deprel, p.deprel))
                    .or_insert(0) += 1;
            }
        }
    }
    println!("lemma errors ({lemma_goldtag} with correct xpos):");
    top(lemma, 60);
    println!("lemma errors with correct xpos:");
    top(lemma_right_tag, 80);
    println!("xpos confusions:");
    top(tags, 30);
    println!("relation errors:");
    top(rels, 40);
    Ok(())
}
