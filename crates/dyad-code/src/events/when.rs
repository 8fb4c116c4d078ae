//! When an event happened: the time expression (found and normalised by
//! the times stage, `doc.times`) that governs its clause.

use crate::syntax::tree::Tree;
use crate::times::resolve::{value_of, TimeValue};
use dyad_core::{Deprel, Document};
use std::ops::Range;

/// The dated time expressions of one sentence, by sentence-relative word
/// range.
pub(super) struct SentenceTimes {
    exprs: Vec<(Range<usize>, TimeValue)>,
}

impl SentenceTimes {
    /// The time expressions of sentence `index` that name a date.
    pub(super) fn new(doc: &Document, index: usize) -> SentenceTimes {
        let base = doc.sentences[index].tokens.start;
        let exprs = doc
            .times
            .iter()
            .filter(|t| t.sentence == index)
            .filter_map(|t| Some((t.tokens.start - base..t.tokens.end - base, value_of(&t.value)?)))
            .collect();
        SentenceTimes { exprs }
    }

    /// The first expression lying within words `lo..=hi`.
    fn within(&self, lo: usize, hi: usize) -> Option<(TimeValue, Range<usize>)> {
        self.exprs
            .iter()
            .find(|(r, _)| lo <= r.start && r.end <= hi + 1)
            .map(|(r, v)| (*v, r.clone()))
    }
}

/// Relations that attach a time phrase to a clause.
const TIME_RELS: &[Deprel] = &[
    Deprel::Obl,
    Deprel::OblTmod,
    Deprel::OblNpmod,
    Deprel::OblUnmarked,
    Deprel::NmodTmod,
    Deprel::Advmod,
    Deprel::NmodUnmarked,
    Deprel::Nmod,
];

/// A time phrase among the dependents of `i` (at most nine words long).
fn time_of_children(t: &Tree<'_>, i: usize, times: &SentenceTimes) -> Option<(TimeValue, Range<usize>)> {
    t.children[i]
        .iter()
        .filter(|&&c| TIME_RELS.contains(&t.deprels[c]))
        .find_map(|&c| phrase_time(t, c, times))
}

/// The time expression inside the phrase headed by `c`.
fn phrase_time(t: &Tree<'_>, c: usize, times: &SentenceTimes) -> Option<(TimeValue, Range<usize>)> {
    let words = t.subtree(c);
    let (lo, hi) = (words[0], words[words.len() - 1]);
    (hi - lo <= 8).then(|| times.within(lo, hi)).flatten()
}

/// The time expression governing the clause of word `i`: its own, else
/// (for complements, coordinated clauses and relative clauses) the one of
/// the clause or noun it belongs to.
pub(super) fn clause_time(
    t: &Tree<'_>,
    i: usize,
    times: &SentenceTimes,
) -> Option<(TimeValue, Range<usize>)> {
    if let Some(found) = time_of_children(t, i, times) {
        return Some(found);
    }
    if t.children[i]
        .iter()
        .any(|&c| matches!(t.lemmas[c].as_str(), "where" | "when"))
    {
        if let Some(found) = nearest_time_before(t, i, times) {
            return Some(found);
        }
    }
    let h = t.heads[i]?;
    match t.deprels[i] {
        Deprel::Xcomp | Deprel::Conj => clause_time(t, h, times),
        Deprel::AclRelcl | Deprel::Acl => {
            if let Some(found) = times.within(h, h) {
                return Some(found);
            }
            let siblings = t.children[h]
                .iter()
                .copied()
                .filter(|&c| c != i && t.deprels[c].is(Deprel::Acl));
            siblings.filter_map(|c| time_of_children(t, c, times)).next()
        }
        _ => None,
    }
}

/// The time expression closest before word `i` (`released in December,
/// where Moscow demanded…`).
fn nearest_time_before(t: &Tree<'_>, i: usize, times: &SentenceTimes) -> Option<(TimeValue, Range<usize>)> {
    (0..i)
        .rev()
        .filter(|&w| TIME_RELS[..TIME_RELS.len() - 1].contains(&t.deprels[w]))
        .find_map(|w| phrase_time(t, w, times))
}
