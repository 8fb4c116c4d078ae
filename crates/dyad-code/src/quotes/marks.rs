//! Quotation marks: which open, which close, and the quoted stretches of
//! each paragraph, including quotes that run on over paragraphs.

use dyad_core::{Document, Span};
use std::ops::Range;

/// A quoted stretch of one paragraph (or headline).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Document tokens between the marks.
    pub tokens: Range<usize>,
    /// The opening mark's token.
    pub open: usize,
    /// The closing mark's token; `None` when the quote runs to the end of
    /// the paragraph.
    pub close: Option<usize>,
    /// Index of the paragraph (block) it is in.
    pub block: usize,
    /// The quote goes on from the previous paragraph, which left it open.
    pub continued: bool,
}

/// What a token is as a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// The mark a token is, from its form and (for straight quotes) the
/// bytes around it. A punctuation run holding one mark (`.”`, `”―`) is
/// that mark.
fn mark(text: &str, span: Span) -> Option<Mark> {
    let token = span.slice(text);
    match token {
        "``" => return Some(Mark::Open),
        "''" => return Some(Mark::Close),
        _ => {}
    }
    if token.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut marks = token.char_indices().filter(|(_, c)| matches!(c, '“' | '”' | '"'));
    let (at, c) = marks.next()?;
    if marks.next().is_some() {
        return None;
    }
    let before = text[..span.start as usize].chars().next_back();
    let after = text[span.end as usize..].chars().next();
    let space_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-/:".contains(c));
    let word_after = after.is_some_and(char::is_alphanumeric);
    let space_after = after.is_none_or(char::is_whitespace);
    // Curly marks typed the wrong way round (`”Fear.` opening a
    // paragraph, `percent.“ “For`) are read by their place.
    match c {
        '“' if at > 0 && space_after => Some(Mark::Close),
        '“' => Some(Mark::Open),
        '”' if at == 0 && token.len() == c.len_utf8() && space_before && word_after => Some(Mark::Open),
        '”' => Some(Mark::Close),
        _ if at > 0 => Some(Mark::Close),
        _ if space_before && !space_after && token.len() == 1 => Some(Mark::Open),
        _ => Some(Mark::Close),
    }
}

/// The blocks quotes live in: headline, subheadline and body paragraphs,
/// as document token ranges, in text order.
pub fn blocks(doc: &Document) -> Vec<Range<usize>> {
    let layout = &doc.layout;
    let spans = layout
        .headline
        .iter()
        .chain(layout.subheadline.iter())
        .chain(layout.paragraphs.iter());
    let mut out: Vec<Range<usize>> = spans
        .map(|s| {
            let first = doc.tokens.partition_point(|t| t.span.start < s.start);
            let last = doc.tokens.partition_point(|t| t.span.end <= s.end);
            first..last.max(first)
        })
        .filter(|r| !r.is_empty())
        .collect();
    out.sort_by_key(|r| r.start);
    out
}

/// Every quoted stretch of the document, in text order.
pub fn segments(doc: &Document) -> Vec<Segment> {
    let text = doc.article.text.as_str();
    let mut out: Vec<Segment> = Vec::new();
    let mut left_open = false;
    for (b, block) in blocks(doc).into_iter().enumerate() {
        let mut open: Option<usize> = None;
        let from_before = left_open;
        let push = |o: usize, close: Option<usize>, end: usize, out: &mut Vec<Segment>| {
            if o + 1 < end {
                let continued = from_before && o == block.start;
                out.push(Segment {
                    tokens: o + 1..end,
                    open: o,
                    close,
                    block: b,
                    continued,
                });
            }
        };
        for k in block.clone() {
            match (mark(text, doc.tokens[k].span), open) {
                (Some(Mark::Open), None) => open = Some(k),
                (Some(Mark::Close), Some(o)) => {
                    push(o, Some(k), k, &mut out);
                    open = None;
                }
                // A second opening mark: the first was never closed, or was a
                // straight mark misread; start again from here.
                (Some(Mark::Open), Some(_)) => open = Some(k),
                _ => {}
            }
        }
        left_open = false;
        if let Some(o) = open {
            push(o, None, block.end, &mut out);
            left_open = true;
        }
    }
    out
}
