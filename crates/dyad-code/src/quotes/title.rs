//! Titles and names in quotation marks (`"Good Morning America"`, a
//! book, a film, a scare-quoted name) are not quotes.

use super::marks::Segment;
use dyad_core::Document;

/// Small words a title leaves in lower case.
const MINOR: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "vs.", "is",
];

/// Words before a quoted title (`on "Meet the Press"`, `the film "…"`).
const TITLE_CUES: &[&str] = &[
    "on",
    "told",
    "to",
    "in",
    "show",
    "program",
    "programme",
    "film",
    "movie",
    "book",
    "song",
    "album",
    "series",
    "titled",
    "entitled",
    "called",
    "dubbed",
    "named",
    "newspaper",
    "magazine",
    "column",
    "podcast",
];

/// True when the quoted stretch is a title or a name: words in title case
/// (each longer word capitalised), no more than eight of them, and either
/// several words, or one after a word that introduces titles.
pub fn is_title(doc: &Document, seg: &Segment, partial: bool) -> bool {
    let text = doc.article.text.as_str();
    let words: Vec<&str> = doc.tokens[seg.tokens.clone()]
        .iter()
        .map(|t| t.span.slice(text))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    if words.is_empty() || words.len() > 8 {
        return words.is_empty();
    }
    let title_case = words.iter().enumerate().all(|(i, w)| {
        let first = w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        first || (i > 0 && MINOR.contains(&w.to_lowercase().as_str()))
    });
    let before = seg
        .open
        .checked_sub(1)
        .map(|k| doc.tokens[k].span.slice(text).to_lowercase());
    let lead = text[..doc.tokens[seg.open].span.start as usize]
        .trim_end()
        .to_lowercase();
    if lead.ends_with("so-called") || lead.ends_with("so called") {
        return true;
    }
    if !title_case {
        return false;
    }
    let cued = before.is_some_and(|b| TITLE_CUES.contains(&b.as_str()) || b == "'s" || b == "’s");
    // A whole sentence in title case is rare; a short one is a title when
    // it sits inside a sentence or a word introduces it.
    cued || (partial && words.len() >= 2) || words.len() == 1 && partial
}
