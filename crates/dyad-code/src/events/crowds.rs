//! Protests whose sides go unnamed: `Thousands marched in Tbilisi` is
//! done by the civilians of where it happened, and a protest that names
//! no one it is against is against the government of where it happened
//! (CAMEO's convention, as in `police arrested 20 people`: the side is
//! the one the reader can name).

use super::lexicon::Entry;
use super::sides::{is_state_organ, SentenceActors};
use crate::syntax::tree::Tree;
use crate::syntax::words::CROWDS;
use dyad_core::Deprel;

/// True when entry `entry` may take a side CAMEO's conventions imply
/// (a protest's government) once no entry finds the sentence's own.
pub(super) fn implies_sides(entry: &Entry) -> bool {
    is_protest(entry)
}

/// True when entry `entry` codes a protest (CAMEO root 14).
fn is_protest(entry: &Entry) -> bool {
    entry.code.starts_with("14")
}

/// Civilians of where a protest at word `i` happened, when no actor is
/// named for it: a verb's crowd subject (`Thousands`, `hundreds of
/// people`) is of a place of its clause, else of the dateline's country;
/// a noun's crowd is implied, once no entry finds another side, by a
/// place of its own phrase (`mass protests in Colombia`).
pub(super) fn crowd_source(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    implied: bool,
) -> Option<usize> {
    if !is_protest(entry) {
        return None;
    }
    if entry.noun {
        let country = actors.place_country(&own_clause(t, i))?.to_owned();
        return (implied && !is_complaint(t, i)).then(|| actors.civilians_of(i, &country));
    }
    let crowd = t
        .deps_exact(i, Deprel::Nsubj)
        .find(|&s| CROWDS.contains(&t.lemmas[s].as_str()) && actors.at(s).is_empty())?;
    actors.implicit(crowd, "CVL", &t.subtree(i), None)
}

/// The government of where a protest at word `i` happened, when it names
/// no one it is against and gives no purpose that might (`rallied … to
/// demand his return` may be against a foreign government), and its
/// sources are no state or state organ: the country
/// of a place in its own clause, else of its sources, else of the
/// dateline. A protest named by a noun takes only a place of its own
/// phrase (`protests in Tbilisi`; `letters of protest` are no rally).
pub(super) fn protested_government(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    sources: &[usize],
) -> Option<usize> {
    // `demonstrate that …`, `protested that …` state or show something.
    let says = t.children[i].iter().any(|&c| t.deprels[c] == Deprel::Ccomp);
    if !is_protest(entry) || has_purpose(t, i) || says {
        return None;
    }
    // A state that protests complains to someone (`Peru protested`); only
    // crowds, parties and groups rally against a government.
    let state = |s: &usize| is_state_organ(actors.code(*s)) || actors.is_country_name(*s);
    // One named person who marches somewhere is no crowd (`marched up to
    // him`).
    let named = |s: &usize| {
        let words = actors.words_of(*s);
        !words.is_empty()
            && words
                .iter()
                .all(|&w| matches!(t.xpos[w], "NNP" | "POS" | "HYPH" | ","))
    };
    if sources.iter().any(state) || sources.iter().any(named) {
        return None;
    }
    let located = own_clause(t, i);
    let place = actors.place_country(&located).map(str::to_owned);
    if entry.noun {
        // `lodged a protest with China` is a complaint, not a rally.
        if is_complaint(t, i) {
            return None;
        }
        return place.map(|c| actors.government_of(i, &c));
    }
    let of_source = || {
        sources
            .iter()
            .filter(|&&s| !actors.is_countryless(s))
            .filter_map(|&s| actors.code(s).get(..3))
            .find(|c| !matches!(*c, "IGO" | "NGO" | "IMG"))
            .map(str::to_owned)
    };
    let country = place
        .or_else(of_source)
        .or_else(|| actors.dateline_country().map(str::to_owned))?;
    Some(actors.government_of(i, &country))
}

/// True when the noun at `i` names no rally: a single protest, which news
/// lodges or files as a complaint (`lodged a protest with China`), or a
/// demonstration of something.
fn is_complaint(t: &Tree<'_>, i: usize) -> bool {
    // `a demonstration of the fact that …`, `a show of strength`: what
    // the noun shows, not who rallies.
    let shows = t.children[i]
        .iter()
        .any(|&c| t.deprels[c].is(Deprel::Nmod) && t.preposition(c) == Some("of"));
    shows || (t.lemmas[i] == "protest" && t.xpos[i] == "NN")
}

/// True when a to-infinitive clause below word `i` gives a purpose
/// (`marched … to protest the killings`, `rallied to demand …`).
fn has_purpose(t: &Tree<'_>, i: usize) -> bool {
    t.subtree(i).into_iter().any(|w| {
        w != i
            && matches!(t.deprels[w], Deprel::Advcl | Deprel::Xcomp)
            && t.children[w]
                .iter()
                .any(|&c| t.lower[c] == "to" && t.deprels[c] == Deprel::Mark)
    })
}

/// Prepositions of phrases that say where something happens (`of` within
/// them: `in the streets of Miami`).
const LOCATIVE: &[&str] = &[
    "in",
    "on",
    "of",
    "at",
    "outside",
    "inside",
    "near",
    "across",
    "around",
    "throughout",
    "along",
    "opposite",
    "beside",
];

/// The words of the clause of word `i` that may say where it happens:
/// not in its dependent clauses (`waving Cuban flags`, a quoted `"Stop
/// the bloodshed in Kosovo"`) nor in phrases of what it is about or
/// where someone goes (`against plans for the Iraq war`, `to Brussels`).
fn own_clause(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let clausal = |w: usize| {
        matches!(
            t.deprels[w],
            Deprel::Ccomp | Deprel::Xcomp | Deprel::Advcl | Deprel::Parataxis | Deprel::Csubj | Deprel::Acl
        ) || t.deprels[w].is(Deprel::Acl)
            || t.children[w]
                .iter()
                .any(|&c| t.deprels[c] == Deprel::Case && !LOCATIVE.contains(&t.lemmas[c].as_str()))
    };
    t.subtree(i)
        .into_iter()
        .filter(|&w| {
            let mut cur = w;
            while cur != i {
                if clausal(cur) {
                    return false;
                }
                match t.heads[cur] {
                    Some(h) => cur = h,
                    None => return false,
                }
            }
            true
        })
        .collect()
}
