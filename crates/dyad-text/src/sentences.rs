//! Sentence splitting over tokens.
//!
//! The splitter sees tokens, not characters: abbreviations and initials
//! were already kept whole by the tokenizer (`U.S.`, `Jan.`, `A.B.`), so a
//! lone `.` `!` `?` or `...` is a candidate boundary. A candidate becomes
//! a boundary when what follows it can start a sentence.

use crate::tokenize::chunk_keeps_final_period;
use crate::tokenize::lexicon;
use dyad_core::Token;
use std::ops::Range;

/// A sentence-splitting stage over the tokens of one block of text.
pub trait SentenceSplitter {
    /// Appends the token ranges of the sentences of `tokens` to `out`.
    fn split(&self, text: &str, tokens: &[Token], out: &mut Vec<Range<usize>>);
}

/// dyad's rule-based splitter for news text.
///
/// ```
/// use dyad_text::{tokenize_str, NewsSplitter, SentenceSplitter};
/// let text = "Mr. Lavrov met the U.S. envoy. \"We talked,\" he said. Talks resume Jan. 5.";
/// let tokens = tokenize_str(text);
/// let mut sentences = Vec::new();
/// NewsSplitter.split(text, &tokens, &mut sentences);
/// assert_eq!(sentences.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct NewsSplitter;

impl SentenceSplitter for NewsSplitter {
    fn split(&self, text: &str, tokens: &[Token], out: &mut Vec<Range<usize>>) {
        let mut start = 0;
        let mut i = 0;
        while i < tokens.len() {
            let end = match boundary_after(text, tokens, i) {
                Some(end) => end,
                None => {
                    i += 1;
                    continue;
                }
            };
            out.push(start..end);
            start = end;
            i = end;
        }
        if start < tokens.len() {
            out.push(start..tokens.len());
        }
    }
}

fn tok<'t>(text: &'t str, tokens: &[Token], i: usize) -> &'t str {
    tokens[i].span.slice(text)
}

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | "?!" | "!?")
        || (t.len() >= 2 && t.bytes().all(|b| b == b'.' || b == b'!' || b == b'?'))
}

fn is_closer(t: &str) -> bool {
    matches!(t, "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "''")
}

fn attached(tokens: &[Token], a: usize, b: usize) -> bool {
    tokens[a].span.end == tokens[b].span.start
}

/// If a sentence ends after token `i` (plus closing quotes and brackets),
/// the index one past its last token.
fn boundary_after(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (end, next) = (
        tokens[i].span.end as usize,
        tokens.get(i + 1).map(|t| t.span.start as usize),
    );
    let last = bytes[end - 1];
    // Fast path: a token that cannot end a sentence, followed by one space.
    let may_end = matches!(last, b'.' | b'!' | b'?' | 0xa6);
    if !may_end && next.is_some_and(|n| n == end + 1 && bytes[end] == b' ' || n == end) {
        return None;
    }
    let t = tok(text, tokens, i);
    if is_terminal(t) {
        let mut end = i + 1;
        while end < tokens.len() && is_closer(tok(text, tokens, end)) && attached(tokens, end - 1, end) {
            end += 1;
        }
        let quoted_question = end > i + 1 && matches!(t, "?" | "!");
        if quoted_question && attribution_follows(text, tokens, end) {
            return None;
        }
        if end >= tokens.len() || can_start(text, tokens, end) {
            return Some(end);
        }
        // A bare `.` `?` `!` (no closing quote, not an ellipsis) before a
        // lower-case word still ends the sentence: `." he said` keeps its
        // quote, so it never reaches here.
        let bare = end == i + 1 && !matches!(t, "…") && !t.starts_with("..");
        let next_lower = tok(text, tokens, end).starts_with(|c: char| c.is_lowercase());
        return (bare && next_lower).then_some(end);
    }
    if t.len() > 1 && t.ends_with('.') && i + 1 < tokens.len() {
        return abbreviation_ends_sentence(text, tokens, i).then_some(i + 1);
    }
    if i + 1 < tokens.len() && line_break_ends_sentence(text, tokens, i) {
        return Some(i + 1);
    }
    None
}

/// Speech verbs that attribute a quote after it (`"…?" Clinton asked.`).
const ATTRIBUTING: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "added",
    "wrote",
    "replied",
    "shouted",
    "demanded",
    "continued",
];

/// Whether a speech verb follows within a few words, before any sentence
/// end: a quoted question or exclamation attributed after its closing
/// mark (`"How long?" Clinton asked.`) is one sentence with it.
fn attribution_follows(text: &str, tokens: &[Token], from: usize) -> bool {
    (from..tokens.len().min(from + 6))
        .map(|j| tok(text, tokens, j))
        .take_while(|w| !is_terminal(w))
        .any(|w| ATTRIBUTING.contains(&w))
}

/// Whether token `j` can open a sentence: a capital, a digit, an opening
/// quote or bracket, or a dash that opens a list item.
fn can_start(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tok(text, tokens, j);
    let c = t.chars().next().unwrap_or(' ');
    if c.is_uppercase() || c.is_ascii_digit() {
        return true;
    }
    if matches!(c, '"' | '“' | '‘' | '(' | '[' | '\'' | '«') {
        return j + 1 < tokens.len() && attached(tokens, j, j + 1) && can_start(text, tokens, j + 1);
    }
    matches!(c, '-' | '*' | '•' | '—' | '–')
}

/// `U.S. The …`: an abbreviation that also ends its sentence.
fn abbreviation_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tok(text, tokens, i);
    let word = &t[..t.len() - 1];
    if !chunk_keeps_final_period(word) || lexicon::is_title(word) || word.len() == 1 {
        return false;
    }
    let next = tok(text, tokens, i + 1);
    let starts_upper = next.chars().next().is_some_and(char::is_uppercase);
    starts_upper && lexicon::is_sentence_starter(next)
}

/// A line without final punctuation followed by a capitalised line: list
/// items, short headings and caption lines inside one block.
fn line_break_ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let gap = &text[tokens[i].span.end as usize..tokens[i + 1].span.start as usize];
    if !gap.contains('\n') {
        return false;
    }
    if !can_start(text, tokens, i + 1) {
        return false;
    }
    let line_start = text[..tokens[i].span.end as usize]
        .rfind('\n')
        .map_or(0, |p| p + 1);
    let line_len = tokens[i].span.end as usize - line_start;
    let last = tok(text, tokens, i);
    line_len < 70 || matches!(last, ":" | ";")
}
