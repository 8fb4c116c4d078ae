//! When an event happened: the time expression (found and normalised by
//! the times stage, `doc.times`) that governs its clause.

use crate::syntax::tree::Tree;
use crate::syntax::words::LIGHT_VERBS;
use crate::times::resolve::{value_of, TimeValue};
use dyad_core::{Deprel, Document, Upos};
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

    /// The expression word `w` is part of.
    fn containing(&self, w: usize) -> Option<(TimeValue, Range<usize>)> {
        self.exprs
            .iter()
            .find(|(r, _)| r.contains(&w))
            .map(|(r, v)| (*v, r.clone()))
    }

    /// The expression between a determiner and noun `n` (`the July 25
    /// call`).
    fn premodifier(&self, t: &Tree<'_>, n: usize) -> Option<(TimeValue, Range<usize>)> {
        self.exprs
            .iter()
            .find(|(r, _)| r.end == n && r.start > 0 && t.upos[r.start - 1] == Upos::Det)
            .map(|(r, v)| (*v, r.clone()))
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

/// Subordinators of adverbial clauses that need not have happened by the
/// time of their main clause.
const NOT_YET: &[&str] = &["before", "until", "till", "unless", "if", "lest", "once"];

/// Relations by which a time expression inside a noun phrase dates what
/// the noun names (`Monday's call`, `the July 25 call`, `the meeting on
/// Friday`).
const NOUN_TIME_RELS: &[Deprel] = &[
    Deprel::NmodPoss,
    Deprel::Compound,
    Deprel::Amod,
    Deprel::Nummod,
    Deprel::Nmod,
    Deprel::NmodTmod,
    Deprel::NmodUnmarked,
];

/// When the event triggered by word `i` in the clause of word `clause`
/// happened: a date inside the event's own noun phrase (the trigger's,
/// or for a light verb its object's: `held Tuesday's talks`), else the
/// clause's ([`clause_time`]).
pub(super) fn event_time(
    t: &Tree<'_>,
    i: usize,
    clause: usize,
    times: &SentenceTimes,
) -> Option<(TimeValue, Range<usize>)> {
    let noun = if t.upos[i].is_nominal() {
        Some(i)
    } else if LIGHT_VERBS.contains(&t.lemmas[i].as_str()) {
        t.children[i]
            .iter()
            .copied()
            .find(|&c| t.deprels[c] == Deprel::Obj)
    } else {
        None
    };
    noun.and_then(|n| noun_time(t, n, times))
        .or_else(|| clause_time(t, clause, times))
}

/// The time expression that a dependent of noun `n` heads or is part
/// of (`Monday` in `Monday's call`, not `2015` in `talks on the 2015
/// deal`), else one written between the noun's determiner and the noun
/// whatever the parse made of it (`the March 3, 2019 meeting`).
fn noun_time(t: &Tree<'_>, n: usize, times: &SentenceTimes) -> Option<(TimeValue, Range<usize>)> {
    t.children[n]
        .iter()
        .filter(|&&c| NOUN_TIME_RELS.contains(&t.deprels[c]))
        .find_map(|&c| times.containing(c))
        .or_else(|| times.premodifier(t, n))
}

/// The time expression governing the clause of word `i`: its own, else
/// (for complements, coordinated, adverbial and relative clauses) the one
/// of the clause or noun it belongs to.
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
        // An adverbial clause without a time of its own happened about
        // when its main clause did (`embarked on it in 1993 after Clinton
        // met Havel`, `last year assailed Ukraine for holding drills`),
        // unless it is yet to happen then (`before they meet again`).
        Deprel::Advcl
            if !t.children[i]
                .iter()
                .any(|&c| NOT_YET.contains(&t.lemmas[c].as_str())) =>
        {
            clause_time(t, h, times)
        }
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
