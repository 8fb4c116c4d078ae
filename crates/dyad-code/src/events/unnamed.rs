//! Violent acts whose doers no one names: `the bombings at the embassies
//! in Kenya and Tanzania`, `the blast killed twelve people`. CAMEO codes
//! them as done by unidentified armed forces (UAF) of the country where
//! they happened, each against the targets in that country when the
//! sentence says which.

use super::lexicon::Entry;
use super::sides::SentenceActors;
use crate::syntax::path::Step;
use crate::syntax::tree::Tree;
use crate::syntax::words::{FACILITIES, UNNAMED_ACTS};
use dyad_core::Deprel;

/// The word naming an act nobody is named for, when entry `entry` at word
/// `i` is violent: the trigger itself (a noun: `the bombing`) or the
/// act named as the verb's subject (`the blast killed …`).
pub(super) fn unnamed_act(t: &Tree<'_>, actors: &SentenceActors, i: usize, entry: &Entry) -> Option<usize> {
    if !matches!(entry.code.get(..2), Some("18" | "19" | "20")) {
        return None;
    }
    let is_act = |w: usize| UNNAMED_ACTS.contains(&t.lemmas[w].as_str()) && t.upos[w].is_nominal();
    if entry.noun {
        return is_act(i).then_some(i);
    }
    let subject_path = entry
        .source
        .iter()
        .find(|p| matches!(p.as_slice(), [Step::Rel(Deprel::Nsubj)]))?;
    t.walk(i, subject_path)
        .into_iter()
        .find(|&w| is_act(w) && actors.at(w).is_empty())
}

/// The unidentified forces (UAF) of each country where the act at word
/// `act` happened: the places of its own phrase, else (when the act is
/// the subject of trigger `i`: `the blast killed ten people in Kenya`)
/// of the trigger's clause. Neither the dateline (`the bombings in
/// Africa`, filed from Washington) nor the clause of a verb that merely
/// speaks of the act (`Egypt condemned the bombing`) says where it was.
pub(super) fn doers(t: &Tree<'_>, actors: &mut SentenceActors, i: usize, act: usize) -> Vec<usize> {
    let own = actors.unnamed_perpetrators(i, &t.subtree(act));
    if !own.is_empty() || act == i {
        return own;
    }
    actors.unnamed_perpetrators(i, &t.subtree(i))
}

/// The places of the act's own phrase as its targets, when it names no
/// other (`the Nairobi bombing`).
pub(super) fn place_targets(t: &Tree<'_>, actors: &SentenceActors, act: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for w in t.subtree(act).into_iter().filter(|&w| actors.geocoded_at(w)) {
        for a in actors.at_or_place(w) {
            if actors.is_place(a) && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// Each unidentified doer against the targets of its own country, or
/// against every target when none is of its country (`the U.S.
/// embassies`).
pub(super) fn pair_by_country(
    actors: &SentenceActors,
    doers: &[usize],
    targets: &[usize],
) -> Vec<(usize, usize)> {
    let country = |a: usize| actors.side(a).code.chars().take(3).collect::<String>();
    let mut pairs = Vec::new();
    for &target in targets {
        let same: Vec<usize> = doers
            .iter()
            .copied()
            .filter(|&d| country(d) == country(target))
            .collect();
        let from = if same.is_empty() { doers.to_vec() } else { same };
        pairs.extend(from.into_iter().map(|d| (d, target)));
    }
    pairs
}

/// Drops the facilities a violent act's compound names (`the embassy
/// bombing`): they are what was hit, not who did it.
pub(super) fn without_facilities(t: &Tree<'_>, i: usize, entry: &Entry, words: Vec<usize>) -> Vec<usize> {
    if !entry.noun || !UNNAMED_ACTS.contains(&t.lemmas[i].as_str()) {
        return words;
    }
    words
        .into_iter()
        .filter(|&w| !(t.deprels[w] == Deprel::Compound && FACILITIES.contains(&t.lemmas[w].as_str())))
        .collect()
}
