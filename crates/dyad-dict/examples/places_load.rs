//! Measures how long the embedded gazetteer takes to parse and index.
//!
//! ```text
//! cargo run --release -p dyad-dict --example places_load
//! ```
//!
//! Parses the embedded artifact several times (a fresh index each time) and
//! prints the fastest and slowest parse, the number of places and names.

use std::time::{Duration, Instant};

use dyad_dict::places::PlaceIndex;

/// How many times the artifact is parsed.
const RUNS: usize = 5;

fn main() {
    let start = Instant::now();
    let index = PlaceIndex::builtin();
    let first = start.elapsed();
    let text = include_str!("../places/gazetteer.tsv");
    let (mut fastest, mut slowest) = (Duration::MAX, Duration::ZERO);
    for _ in 0..RUNS {
        let start = Instant::now();
        let fresh = PlaceIndex::parse(text);
        let took = start.elapsed();
        assert_eq!(fresh.len(), index.len());
        fastest = fastest.min(took);
        slowest = slowest.max(took);
    }
    println!(
        "{} places, {} names, {} malformed rows; first load {:.1} ms; parse over {RUNS} runs: \
         fastest {:.1} ms, slowest {:.1} ms",
        index.len(),
        index.name_count(),
        index.malformed_rows(),
        first.as_secs_f64() * 1e3,
        fastest.as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3,
    );
}
