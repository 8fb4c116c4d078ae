//! Indirect speech: what a speech verb's complement says (`Lavrov said
//! that Russia …`), a statement followed by its attribution (`…, officials
//! said`), and `according to X`. A complement holding quotation marks is
//! a mixed quote.

use super::speaker::{is_cue, noun_phrase, speaker_head, Trees};
use crate::syntax::tree::Tree;
use dyad_core::Document;
use dyad_core::{Deprel, Upos};
use std::ops::Range;

/// An indirect (or mixed) statement found in a sentence, as document tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reported {
    /// What was said.
    pub content: Range<usize>,
    /// The speech verb (or `according`).
    pub cue: usize,
    /// The speaker's words.
    pub speaker: Range<usize>,
    /// The speaker's head word.
    pub head: usize,
    /// The content holds quotation marks.
    pub mixed: bool,
}

/// Every indirect statement of sentence `s`. `inside` marks tokens within
/// quotation marks.
pub fn reported(doc: &Document, trees: &mut Trees<'_>, s: usize, inside: &[bool]) -> Vec<Reported> {
    let base = doc.sentences[s].tokens.start;
    let t = trees.get(s);
    let quoted = |w: usize| inside[base + w];
    let mut out = Vec::new();
    for v in 0..t.len() {
        if quoted(v) || !is_cue(t, v) {
            continue;
        }
        let Some(head) = speaker_head(t, v, &quoted) else {
            continue;
        };
        let Some(content) = content_of(t, v, head) else {
            continue;
        };
        // A complement that is itself a quote (`said: "…"`) is a direct
        // quote, found elsewhere.
        let inner = content.clone().filter(|&w| quoted(w)).count();
        if content.is_empty() || quoted(content.start) {
            continue;
        }
        let speaker = noun_phrase(t, head);
        out.push(Reported {
            content: base + content.start..base + content.end,
            cue: base + v,
            speaker: base + speaker.start..base + speaker.end,
            head: base + head,
            mixed: inner > 0,
        });
    }
    out
}

/// The content words of cue `v`: its complement clause, else the clause
/// it is attached to (`X is Y, officials said`; `according to X, …`).
fn content_of(t: &Tree<'_>, v: usize, speaker: usize) -> Option<Range<usize>> {
    if let Some(c) = t.deps_exact(v, Deprel::Ccomp).next() {
        return trimmed(t, t.subtree(c), &[]);
    }
    // Quotation marks inside the complement often break it into pieces
    // hung from the verb (`said the West was "spreading lies"`).
    let pieces: Vec<usize> = t
        .deps_exact(v, Deprel::Parataxis)
        .filter(|&c| c > v)
        .flat_map(|c| t.subtree(c))
        .collect();
    if !pieces.is_empty() {
        let (lo, hi) = (*pieces.iter().min()?, *pieces.iter().max()?);
        return trimmed(t, (lo..hi + 1).collect(), &[]);
    }
    let according = t.words[v].eq_ignore_ascii_case("according");
    let (clause, cut) = if according {
        let phrase = t.heads[v]?;
        (t.heads[phrase]?, phrase)
    } else {
        let reporting = crate::syntax::words::REPORTING.contains(&t.lemmas[v].as_str());
        // `…, Blinken said` is parsed as parataxis, ccomp or (without a
        // `mark` such as `after`, `as`) advcl of the statement.
        let unmarked = t.deps_exact(v, Deprel::Mark).next().is_none();
        let attached = reporting
            && matches!(t.deprels[v], Deprel::Parataxis | Deprel::Ccomp | Deprel::Advcl)
            && unmarked;
        (t.heads[v].filter(|&h| attached && h < v && h != speaker)?, v)
    };
    let cut = t.subtree(cut);
    trimmed(t, t.subtree(clause), &cut)
}

/// The contiguous stretch of `words` without `cut`, its edge punctuation,
/// `that` and conjunctions.
fn trimmed(t: &Tree<'_>, words: Vec<usize>, cut: &[usize]) -> Option<Range<usize>> {
    let kept: Vec<usize> = words.into_iter().filter(|w| !cut.contains(w)).collect();
    let skip = |w: usize| {
        let mark = matches!(t.words[w], "\"" | "”" | "“");
        (matches!(t.upos[w], Upos::Punct | Upos::Cconj) && !mark)
            || t.deprels[w] == Deprel::Mark && t.lemmas[w] == "that"
    };
    let mut lo = *kept.first()?;
    let mut hi = *kept.last()?;
    // Only the stretch on one side of the cut: the words before it when the
    // attribution follows the statement.
    if let Some(&c) = cut.first() {
        if c > lo {
            hi = hi.min(c - 1);
        } else {
            lo = lo.max(cut.last().copied().unwrap_or(c) + 1);
        }
    }
    while lo <= hi && skip(lo) {
        lo += 1;
    }
    while hi > lo && skip(hi) {
        hi -= 1;
    }
    (lo <= hi && hi - lo >= 2).then(|| lo..hi + 1)
}
