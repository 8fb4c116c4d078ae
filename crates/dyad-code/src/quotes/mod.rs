//! Quotes: direct quotes (straight and curly marks, quotes running over
//! paragraphs, partial quotes inside a sentence), indirect speech (`X said
//! that …`, `according to X`) and mixed forms, each with its speech verb
//! (cue) and speaker.
//!
//! Quotation marks are paired per paragraph ([`marks`]); titles in marks
//! (`"Good Morning America"`) are dropped ([`title`]); the speaker is the
//! subject of the nearest speech verb outside the marks ([`speaker`]),
//! else, for a quote standing alone as a paragraph or going on from one,
//! the speaker of the quote before; names come from the resolved actors
//! and the speakers named before ([`names`]). Indirect speech comes from
//! the parse ([`indirect`]).

pub(crate) mod indirect;
pub(crate) mod marks;
pub(crate) mod names;
pub mod polnear;
pub(crate) mod speaker;
pub(crate) mod title;

use dyad_core::{Document, Quote, QuoteKind, QuoteSpeaker, Span};
use marks::Segment;
use speaker::Trees;

/// Paragraphs a bare quote may look back for its speaker.
const LOOK_BACK: usize = 2;

/// Finds the quotes of a parsed document with resolved actors.
pub fn extract(doc: &mut Document) {
    doc.quotes = find(doc);
}

/// The quotes of a document, in text order.
pub fn find(doc: &Document) -> Vec<Quote> {
    if doc.tags.len() != doc.tokens.len() || doc.tokens.is_empty() {
        return Vec::new();
    }
    let segments = marks::segments(doc);
    let mut inside = vec![false; doc.tokens.len()];
    for seg in &segments {
        let end = seg.close.map_or(seg.tokens.end, |c| c + 1);
        inside[seg.open..end].iter_mut().for_each(|x| *x = true);
    }
    let mut trees = Trees::new(doc);
    let mut memory = names::SpeakerMemory::default();
    let mut quotes = direct(doc, &segments, &inside, &mut trees, &mut memory);
    quotes.extend(reported(doc, &inside, &mut trees, &mut memory));
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    quotes
}

/// The direct quotes: every quoted stretch that is not a title, with its
/// speaker; a quoted word or phrase inside a sentence (a partial quote)
/// only when a speech verb attributes it.
fn direct(
    doc: &Document,
    segments: &[Segment],
    inside: &[bool],
    trees: &mut Trees<'_>,
    memory: &mut names::SpeakerMemory,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last: Option<(usize, QuoteSpeaker)> = None;
    for seg in segments {
        let Some(mut span) = content_span(doc, seg) else {
            continue;
        };
        let partial = is_partial(doc, seg);
        if title::is_title(doc, seg, partial) {
            continue;
        }
        let signed = seg
            .close
            .and_then(|c| speaker::after_dash(doc, c))
            .map(|(dash, words)| speaker::Attribution {
                cue: dash,
                head: words.end - 1,
                speaker: words,
            });
        let transcript = transcript_line(doc, seg);
        if let Some(a) = &transcript {
            span = Span::new(doc.tokens[a.cue + 1].span.start as usize, span.end as usize);
        }
        let found = signed
            .or(transcript)
            .or_else(|| speaker::attribute(doc, trees, seg.tokens.clone(), inside, partial));
        let (cue, speaker) = match found {
            Some(a) => (
                Some(doc.tokens[a.cue].span),
                Some(memory.name(doc, a.speaker, a.head)),
            ),
            None => {
                let near = last
                    .as_ref()
                    .filter(|(b, _)| seg.continued || seg.block - b <= LOOK_BACK);
                (None, near.filter(|_| !partial).map(|(_, s)| s.clone()))
            }
        };
        if partial && speaker.is_none() {
            continue;
        }
        if let Some(s) = &speaker {
            last = Some((seg.block, s.clone()));
        }
        out.push(Quote {
            span,
            kind: QuoteKind::Direct,
            cue,
            speaker,
        });
    }
    out
}

/// A transcript line, `"SMITH: Well, …`: the name in capitals before a
/// colon that opens the quote speaks the rest of it.
fn transcript_line(doc: &Document, seg: &Segment) -> Option<speaker::Attribution> {
    let text = doc.article.text.as_str();
    let first = seg.tokens.start;
    let colon = (first..seg.tokens.end.min(first + 4)).find(|&k| doc.tokens[k].span.slice(text) == ":")?;
    let in_capitals = |k: usize| {
        let w = doc.tokens[k].span.slice(text);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let named = colon > first && (first..colon).all(in_capitals) && colon + 1 < seg.tokens.end;
    named.then(|| speaker::Attribution {
        cue: colon,
        head: colon - 1,
        speaker: first..colon,
    })
}

/// Indirect and mixed statements of every sentence with a speech verb.
fn reported(
    doc: &Document,
    inside: &[bool],
    trees: &mut Trees<'_>,
    memory: &mut names::SpeakerMemory,
) -> Vec<Quote> {
    let mut out = Vec::new();
    for s in 0..doc.sentences.len() {
        if !has_cue_word(doc, s) {
            continue;
        }
        for r in indirect::reported(doc, trees, s, inside) {
            out.push(Quote {
                span: tokens_span(doc, r.content.clone()),
                kind: if r.mixed {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                cue: Some(doc.tokens[r.cue].span),
                speaker: Some(memory.name(doc, r.speaker, r.head)),
            });
        }
    }
    out
}

/// A cheap test before building a sentence's tree: some lemma is a cue.
fn has_cue_word(doc: &Document, s: usize) -> bool {
    doc.sentence_tags(&doc.sentences[s]).iter().any(|t| {
        crate::syntax::words::SPEECH.contains(&t.lemma.as_str())
            || t.lemma == "accord"
            || t.lemma == "according"
    })
}

/// The span from the first to the last of `tokens`.
fn tokens_span(doc: &Document, tokens: std::ops::Range<usize>) -> Span {
    Span::new(
        doc.tokens[tokens.start].span.start as usize,
        doc.tokens[tokens.end - 1].span.end as usize,
    )
}

/// The quoted words, without a comma, colon or semicolon before the
/// closing mark (`"… to do that," Blinken said`).
fn content_span(doc: &Document, seg: &Segment) -> Option<Span> {
    let text = doc.article.text.as_str();
    let mut end = seg.tokens.end;
    while end > seg.tokens.start
        && matches!(doc.tokens[end - 1].span.slice(text), "," | ";" | ":" | "-" | "--")
    {
        end -= 1;
    }
    (end > seg.tokens.start).then(|| tokens_span(doc, seg.tokens.start..end))
}

/// A quote inside a sentence rather than one that is (or opens) a
/// sentence: its opening mark is not the first word of its sentence and
/// does not follow a colon or comma.
fn is_partial(doc: &Document, seg: &Segment) -> bool {
    let s = speaker::sentence_of(doc, seg.open);
    if doc.sentences[s].tokens.start == seg.open || seg.continued {
        return false;
    }
    let before = seg
        .open
        .checked_sub(1)
        .map(|k| doc.tokens[k].span.slice(&doc.article.text));
    !matches!(before, Some(":" | ","))
}
