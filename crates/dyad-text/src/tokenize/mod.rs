//! A tokenizer that follows Universal Dependencies English conventions.
//!
//! `don't` → `do` `n't`, `U.S.` stays whole, `$100,000` → `$` `100,000`,
//! `search-engine` → `search` `-` `engine` but `e-mail` stays whole,
//! `Russia's` → `Russia` `'s`. Every token is a byte span into the text:
//! `&text[token.span.range()]` is the token, always.

mod chunk;
pub mod lexicon;

use dyad_core::{Span, Token};

/// A tokenization stage: appends the tokens of `text[span]` to `out`.
pub trait Tokenizer {
    /// Tokenizes the part of `text` that `span` covers. Token spans are
    /// offsets into the whole `text`.
    fn tokenize(&self, text: &str, span: Span, out: &mut Vec<Token>);
}

/// dyad's rule-based tokenizer for English news.
///
/// ```
/// use dyad_text::{NewsTokenizer, Tokenizer};
/// use dyad_core::Span;
/// let text = "Russia's troops don't move.";
/// let mut tokens = Vec::new();
/// NewsTokenizer.tokenize(text, Span::new(0, text.len()), &mut tokens);
/// let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(text)).collect();
/// assert_eq!(words, ["Russia", "'s", "troops", "do", "n't", "move", "."]);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct NewsTokenizer;

impl Tokenizer for NewsTokenizer {
    fn tokenize(&self, text: &str, span: Span, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let (mut i, end) = (span.start as usize, span.end as usize);
        while i < end {
            if let Some(ws) = whitespace_len(text, i) {
                i += ws;
                continue;
            }
            let mut j = i;
            let mut plain = true;
            while j < end {
                let b = bytes[j];
                if b < 0x80 {
                    if is_ascii_space(b) {
                        break;
                    }
                    plain &= b.is_ascii_alphanumeric();
                    j += 1;
                } else {
                    if whitespace_len(text, j).is_some() {
                        break;
                    }
                    plain = false;
                    j += utf8_len(b);
                }
            }
            if plain {
                chunk::plain_word(text, i, j, out);
            } else {
                chunk::tokenize_chunk(text, i, j.min(end), out);
            }
            i = j;
        }
    }
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Tokenizes a whole string; a convenience for tests and examples.
pub fn tokenize_str(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    NewsTokenizer.tokenize(text, Span::new(0, text.len()), &mut out);
    out
}

/// Length in bytes of the UTF-8 sequence that starts with `lead`.
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// If a white-space character starts at byte `i`, its length.
pub(crate) fn whitespace_len(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return is_ascii_space(b).then_some(1);
    }
    // Only a few lead bytes start a non-ASCII space (U+0085, U+00A0,
    // U+1680, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF).
    if !matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef) {
        return None;
    }
    let c = text[i..].chars().next()?;
    (c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}').then(|| c.len_utf8())
}

/// True when the period after `word` belongs to it (abbreviations,
/// initials, `U.S.`): the tokenizer kept it attached.
pub(crate) fn chunk_keeps_final_period(word: &str) -> bool {
    chunk::keeps_final_period(word)
}
