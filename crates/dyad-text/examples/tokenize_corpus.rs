//! Tokenizes and splits every article under a directory once; a driver
//! for profilers (`valgrind --tool=callgrind`).
//!
//! ```text
//! cargo run --release -p dyad-text --example tokenize_corpus -- ../shared/data/news/bbc-2005
//! ```

use dyad_core::{Counter, Sink};
use dyad_text::{analyze, expand_inputs, read_input, ReadOptions};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "examples".into());
    let mut counter = Counter::default();
    for input in expand_inputs(&[dir]).into_iter().flatten() {
        read_input(&input, &ReadOptions::default(), &mut |r| {
            if let Ok(read) = r {
                let _ = counter.document(&analyze(read));
            }
        });
    }
    println!("{counter:?}");
}
