//! Annotates whitespace-tokenized sentences (one per line on standard
//! input) and prints CoNLL-U.
//!
//! ```text
//! echo "Protesters massed outside the embassy ." | cargo run --release --example annotate [MODEL.dyadm]
//! ```

use std::io::{BufRead, Write};

use dyad_parse::Model;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let loaded = match std::env::args().nth(1) {
        Some(path) => Model::load(path.as_ref())?,
        None => Model::builtin()?,
    };
    let model = &loaded;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        writeln!(out, "# text = {}", words.join(" "))?;
        for (i, (word, a)) in words.iter().zip(model.analyze(&words)).enumerate() {
            let head = a.head.map_or(0, |h| h + 1);
            writeln!(
                out,
                "{}\t{word}\t{}\t{}\t{}\t_\t{head}\t{}\t_\t_",
                i + 1,
                a.lemma,
                a.upos,
                a.xpos,
                a.deprel
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}
