//! PolNeAR attributions (brat standoff) and the scores of `dyad eval
//! quotes`.
//!
//! An `.ann` file has `T` lines (`T3\tContent 115 290;300 310\ttext`,
//! character offsets into the article's `.txt`) and `E` lines tying a
//! Source, a Cue and a Content into one attribution. An attribution is
//! *direct* when its content holds a quotation mark.
//!
//! Scores, for the direct attributions and for all of them:
//!
//! - **speaker accuracy**: of the gold attributions with a source, the
//!   share whose best system quote (the one sharing the most words with
//!   the gold content) has a speaker span overlapping a gold source span;
//!   an attribution no system quote overlaps counts as wrong;
//! - **content F1**: word-overlap F1 over the corpus. Words are maximal
//!   runs of letters and digits; precision is the share of words inside
//!   system quotes (direct and mixed ones for the direct score) that lie
//!   in gold contents of the set, recall the share of words inside gold
//!   contents that lie in system quotes.

use dyad_core::{Quote, QuoteKind, Span};
use std::collections::HashMap;

/// A problem in an `.ann` file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{line}: {reason}")]
pub struct AnnError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// One gold attribution, as byte spans into the article text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gold {
    /// The source's words (empty when the annotator gave none).
    pub source: Vec<Span>,
    /// The content's words.
    pub content: Vec<Span>,
    /// The content holds a quotation mark.
    pub direct: bool,
}

/// Reads the attributions of one `.ann` file over the article `text`.
/// A bad line is reported and left out, with the attributions using it;
/// the others are kept.
pub fn parse_ann(ann: &str, text: &str) -> (Vec<Gold>, Vec<AnnError>) {
    let mut errors = Vec::new();
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    for (i, line) in ann.lines().enumerate() {
        let mut cells = line.split('\t');
        let (id, body) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        if id.starts_with('T') {
            match text_spans(body, &bytes) {
                Ok(list) => {
                    spans.insert(id, list);
                }
                Err(reason) => errors.push(AnnError { line: i + 1, reason }),
            }
        }
    }
    let mut out = Vec::new();
    for (i, line) in ann.lines().enumerate() {
        let mut cells = line.split('\t');
        let (id, body) = (cells.next().unwrap_or(""), cells.next().unwrap_or(""));
        if !id.starts_with('E') {
            continue;
        }
        let mut gold = Gold::default();
        for arg in body.split_whitespace() {
            let Some((role, t)) = arg.split_once(':') else {
                continue;
            };
            let Some(found) = spans.get(t).cloned() else {
                errors.push(AnnError {
                    line: i + 1,
                    reason: format!("unknown or bad id `{t}`"),
                });
                gold.content.clear();
                break;
            };
            match role {
                "Source" => gold.source = found,
                "Content" => gold.content = found,
                _ => {}
            }
        }
        if gold.content.is_empty() {
            continue;
        }
        gold.direct = gold
            .content
            .iter()
            .any(|s| s.slice(text).contains(['"', '“', '”']));
        out.push(gold);
    }
    (out, errors)
}

/// The byte spans of a `T` line's body (`Content 115 290;300 310`);
/// `bytes` maps character offsets to byte offsets.
fn text_spans(body: &str, bytes: &[usize]) -> Result<Vec<Span>, String> {
    let (_, ranges) = body
        .split_once(' ')
        .ok_or_else(|| format!("no span in `{body}`"))?;
    let at = |s: &str| s.parse::<usize>().ok().and_then(|c| bytes.get(c).copied());
    ranges
        .split(';')
        .map(|r| {
            let (a, b) = r
                .trim()
                .split_once(' ')
                .ok_or_else(|| format!("bad span `{r}`"))?;
            let (a, b) = at(a)
                .zip(at(b))
                .ok_or_else(|| format!("span `{r}` outside the text"))?;
            Ok(Span::new(a.min(b), b.max(a)))
        })
        .collect()
}

/// Counts for one set of attributions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold attributions with a source.
    pub with_source: usize,
    /// Of those, the ones whose speaker was right.
    pub speaker_right: usize,
    /// Gold attributions some system quote overlaps.
    pub matched: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Words in gold contents.
    pub gold_words: usize,
    /// Words in system quotes.
    pub system_words: usize,
    /// Gold content words inside system quotes.
    pub recalled_words: usize,
    /// System quote words inside gold contents.
    pub precise_words: usize,
}

impl Counts {
    /// Speaker accuracy in percent.
    pub fn speaker_accuracy(&self) -> f64 {
        percent(self.speaker_right, self.with_source)
    }

    /// Word-overlap F1 of contents in percent.
    pub fn content_f1(&self) -> f64 {
        let p = percent(self.precise_words, self.system_words);
        let r = percent(self.recalled_words, self.gold_words);
        dyad_core::score::f1(p, r)
    }
}

fn percent(a: usize, b: usize) -> f64 {
    100.0 * dyad_core::score::ratio(a, b)
}

/// Scores for direct attributions and for all of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuoteScores {
    /// Attributions whose content holds a quotation mark.
    pub direct: Counts,
    /// Every attribution.
    pub all: Counts,
}

impl QuoteScores {
    /// Adds one article: its text, gold attributions and system quotes.
    pub fn add(&mut self, text: &str, gold: &[Gold], system: &[Quote]) {
        let words = words(text);
        let direct_gold: Vec<&Gold> = gold.iter().filter(|g| g.direct).collect();
        let direct_sys: Vec<&Quote> = system.iter().filter(|q| q.kind != QuoteKind::Indirect).collect();
        add_set(&mut self.direct, &words, &direct_gold, &direct_sys);
        let all_gold: Vec<&Gold> = gold.iter().collect();
        let all_sys: Vec<&Quote> = system.iter().collect();
        add_set(&mut self.all, &words, &all_gold, &all_sys);
    }
}

/// Byte spans of the words of `text`: runs of letters and digits.
fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (b, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(b),
            (false, Some(s)) => {
                out.push(Span::new(s, b));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Indices of the words inside any of `spans`.
fn inside(words: &[Span], spans: &[Span]) -> Vec<bool> {
    words
        .iter()
        .map(|w| spans.iter().any(|s| s.contains(*w)))
        .collect()
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn add_set(counts: &mut Counts, words: &[Span], gold: &[&Gold], system: &[&Quote]) {
    let gold_spans: Vec<Span> = gold.iter().flat_map(|g| g.content.iter().copied()).collect();
    let sys_spans: Vec<Span> = system.iter().map(|q| q.span).collect();
    let in_gold = inside(words, &gold_spans);
    let in_sys = inside(words, &sys_spans);
    counts.gold_words += in_gold.iter().filter(|x| **x).count();
    counts.system_words += in_sys.iter().filter(|x| **x).count();
    let both = in_gold.iter().zip(&in_sys).filter(|(a, b)| **a && **b).count();
    counts.recalled_words += both;
    counts.precise_words += both;
    for g in gold {
        counts.gold += 1;
        let shared = |q: &Quote| {
            words
                .iter()
                .filter(|w| q.span.contains(**w) && g.content.iter().any(|c| c.contains(**w)))
                .count()
        };
        let best = system
            .iter()
            .map(|q| (shared(q), *q))
            .filter(|(n, _)| *n > 0)
            .max_by_key(|(n, q)| (*n, std::cmp::Reverse(q.span.start)));
        counts.matched += usize::from(best.is_some());
        if g.source.is_empty() {
            continue;
        }
        counts.with_source += 1;
        let right = best
            .and_then(|(_, q)| q.speaker.as_ref())
            .is_some_and(|s| g.source.iter().any(|src| overlaps(*src, s.span)));
        counts.speaker_right += usize::from(right);
    }
}
