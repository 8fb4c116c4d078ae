//! A generated corpus of small articles for the store tests, written from
//! our own sentence templates.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// (source name, target name) pairs the templates name.
const PAIRS: &[(&str, &str)] = &[
    ("Germany", "Ukraine"),
    ("France", "Iran"),
    ("Russia", "Poland"),
    ("Japan", "China"),
    ("Brazil", "Argentina"),
];

/// Sentence templates with `{a}` acting on `{b}`.
const TEMPLATES: &[&str] = &[
    "{a} pledged new aid to {b} at talks in Geneva on Monday, the government said.",
    "{a} criticised {b} over its missile tests.",
    "{a} accused {b} of spying.",
    "{a} praised {b} for its help after the floods.",
];

const OUTLETS: &[&str] = &["Daily Ledger", "Morning Wire", "Harbour Times"];

/// One JSONL record: article `i` of the corpus. Texts are all different;
/// events repeat across articles (same day, actors and verb), so they
/// roll up (article i and i + 20 share them).
pub fn record(i: usize) -> String {
    let (a, b) = PAIRS[i % PAIRS.len()];
    let template = TEMPLATES[(i / PAIRS.len()) % TEMPLATES.len()];
    let day = 1 + (i % 20) % 7;
    let mut text = String::new();
    let _ = write!(
        text,
        "{a} and {b}\n\n{}\n\nOfficials counted {} delegates at the venue on the {i}th day of the forum.\n",
        template.replace("{a}", a).replace("{b}", b),
        10 + i
    );
    serde_json::json!({
        "id": format!("gen-{i}"),
        "url": format!("https://news.example/{i}"),
        "source": OUTLETS[i % OUTLETS.len()],
        "published": format!("2024-03-{day:02}"),
        "text": text,
    })
    .to_string()
}

/// Writes `n` articles as one JSONL file in `dir`.
pub fn write(dir: &Path, n: usize) -> PathBuf {
    let path = dir.join("corpus.jsonl");
    let lines: Vec<String> = (0..n).map(record).collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}
