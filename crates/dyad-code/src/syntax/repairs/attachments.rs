//! Repairs of phrases the parser hung on the wrong word.

use super::nodes::*;
use crate::syntax::tree::Tree;
use dyad_core::{Deprel, Upos};

/// `Lithuania expelled the ambassador in April` with `April` modifying
/// `ambassador`: a day or month phrase ending a verb's object dates the
/// verb.
pub(super) fn time_phrases_of_objects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let Some(o) = t.heads[w] else { continue };
        let last = t.children[o].iter().all(|&c| c <= w || t.upos[c] == Upos::Punct);
        if t.deprels[w] != Deprel::Nmod || !last || !matches!(t.preposition(w), Some("in" | "on")) {
            continue;
        }
        let Some(v) = t.heads[o] else { continue };
        if t.deprels[o] == Deprel::Obj && t.upos[v] == Upos::Verb && is_time_name(t.lower[w].as_str()) {
            set_head(t, w, Some(v), Deprel::Obl);
        }
    }
}

/// `warnings from Moscow to Helsinki` with `to Helsinki` hung on
/// `Moscow`: a `to` phrase right after a `from` phrase pairs with it on
/// the word both modify.
pub(super) fn from_to_pairs(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let Some(from) = t.heads[w] else { continue };
        let Some(owner) = t.heads[from] else { continue };
        let nested = from < w && t.deprels[w] == Deprel::Nmod && t.deprels[from].is(Deprel::Nmod);
        if nested && t.preposition(w) == Some("to") && t.preposition(from) == Some("from") {
            let rel = t.deprels[from];
            set_head(t, w, Some(owner), rel);
        }
    }
}

/// `Zelensky offered to meet Putin` parsed with `meet` as an adverbial
/// clause: a to-infinitive right after its verb completes it.
pub(super) fn infinitive_complements(t: &mut Tree<'_>) {
    for w in 2..t.len() {
        let Some(v) = t.heads[w] else { continue };
        if t.deprels[w] != Deprel::Advcl || t.upos[v] != Upos::Verb || v + 2 != w || t.lower[v + 1] != "to" {
            continue;
        }
        if t.heads[v + 1] == Some(w) && t.upos[w] == Upos::Verb {
            t.deprels[w] = Deprel::Xcomp;
        }
    }
}

/// `Russia has 100,000 troops massed near Ukraine` parsed with `massed` as
/// a complement of `has`: a participle after the object of `have`
/// describes the object.
pub(super) fn possessed_participles(t: &mut Tree<'_>) {
    for p in 0..t.len() {
        let Some(v) = t.heads[p] else { continue };
        if t.deprels[p] != Deprel::Xcomp || t.lemmas[v] != "have" || !matches!(t.xpos[p], "VBN" | "VBD") {
            continue;
        }
        let object = t.children[v]
            .iter()
            .copied()
            .find(|&c| c < p && t.deprels[c] == Deprel::Obj);
        if let Some(o) = object.filter(|_| !has_child(t, p, Deprel::Nsubj)) {
            t.xpos[p] = "VBN";
            set_head(t, p, Some(o), Deprel::Acl);
        }
    }
}

/// A name the parser left as a loose dependent of the verb beside one of
/// the verb's nominals: right before it, it modifies it (`Al-Shabaab
/// militants kidnapped …`); right after it, the nominal is its title
/// (`said 9/11 widow Anna Lindqvist`); before it and a comma, the
/// nominal is its apposition (`Tomas Varga, the attorney general, said`).
pub(super) fn stray_names(t: &mut Tree<'_>) {
    for d in 0..t.len() {
        let Some(v) = t.heads[d] else { continue };
        if t.deprels[d] != Deprel::Dep || !t.upos[d].is_nominal() {
            continue;
        }
        let (start, end) = (leftmost(t, d), rightmost(t, d));
        let argument = |c: usize| t.deprels[c].is(Deprel::Nsubj) || t.deprels[c] == Deprel::Obj;
        let siblings: Vec<usize> = t.children[v]
            .iter()
            .copied()
            .filter(|&c| c != d && argument(c))
            .collect();
        if let Some(&n) = siblings
            .iter()
            .find(|&&n| leftmost(t, n) == end + 1 && t.upos[n].is_nominal())
        {
            set_head(t, d, Some(n), Deprel::Compound);
        } else if let Some(&n) = siblings.iter().find(|&&n| n + 1 == start && rightmost(t, n) == n) {
            let rel = t.deprels[n];
            set_head(t, d, Some(v), rel);
            set_head(t, n, Some(d), Deprel::Compound);
        } else if let Some(&n) = siblings.iter().find(|&&n| {
            t.upos[d] == Upos::Propn && t.words.get(end + 1) == Some(&",") && leftmost_word(t, n) == end + 2
        }) {
            let rel = t.deprels[n];
            set_head(t, d, Some(v), rel);
            set_head(t, n, Some(d), Deprel::Appos);
        }
    }
}

/// The first word of `n`'s phrase, counting a determiner the parser hung
/// on the verb instead (`the attorney general` with `the` under `said`).
fn leftmost_word(t: &Tree<'_>, n: usize) -> usize {
    let start = leftmost(t, n);
    if start > 0
        && t.upos[start - 1] == Upos::Det
        && t.heads[start - 1].is_some_and(|h| t.upos[h] == Upos::Verb)
    {
        start - 1
    } else {
        start
    }
}

/// Determiners the parser hung on a verb belong to the nominal after them.
pub(super) fn verb_determiners(t: &mut Tree<'_>) {
    for d in 0..t.len() {
        let Some(v) = t.heads[d] else { continue };
        if t.deprels[d] != Deprel::Det || t.upos[v] != Upos::Verb {
            continue;
        }
        if let Some(n) = (d + 1..t.len()).find(|&k| t.upos[k].is_nominal()) {
            set_head(t, d, Some(n), Deprel::Det);
        }
    }
}

/// `Maria` marked as a description of `Kowalczyk` in `Maria Kowalczyk`:
/// two names side by side are one name.
pub(super) fn split_names(t: &mut Tree<'_>) {
    for d in 0..t.len().saturating_sub(1) {
        if t.deprels[d] == Deprel::NmodDesc
            && t.heads[d] == Some(d + 1)
            && t.upos[d] == Upos::Propn
            && t.upos[d + 1] == Upos::Propn
        {
            set_head(t, d, Some(d + 1), Deprel::Compound);
        }
    }
}

/// `U.S.-Russian talks` parsed with `U.S.` hanging on `Russian`: two
/// names joined by a hyphen before a noun both modify the noun, as
/// `Russian-Ukrainian talks` is parsed.
pub(super) fn hyphenated_pairs(t: &mut Tree<'_>) {
    for d in 0..t.len().saturating_sub(2) {
        let second = d + 2;
        let joined = t.lower[d + 1] == "-" && t.heads[d] == Some(second);
        let names =
            matches!(t.upos[d], Upos::Propn | Upos::Adj) && matches!(t.upos[second], Upos::Propn | Upos::Adj);
        let Some(noun) = t.heads[second] else {
            continue;
        };
        let modifier = matches!(t.deprels[second], Deprel::Amod | Deprel::Compound) && noun > second;
        if joined && names && modifier && t.upos[noun] == Upos::Noun {
            let rel = t.deprels[second];
            set_head(t, d, Some(noun), rel);
        }
    }
}

/// `The Iraqi leader, whom Erdogan visited last week, criticized Syria`
/// (or `Officials in Kenya, where she arrived next, hoped …`) parsed with
/// the relative clause as the root and the main verb as its conjunct: the
/// relative clause describes the noun before it, and that noun is the
/// subject of the verb after the clause.
pub(super) fn relative_clause_roots(t: &mut Tree<'_>) {
    let Some(r) = (0..t.len()).find(|&w| t.heads[w].is_none()) else {
        return;
    };
    if t.upos[r] != Upos::Verb {
        return;
    }
    let child = |rels: &[Deprel], before: bool| {
        t.children[r]
            .iter()
            .copied()
            .find(|&c| rels.contains(&t.deprels[c]) && (c < r) == before)
    };
    let Some(pronoun) = t.children[r].iter().copied().find(|&c| {
        c > 0
            && c < r
            && (matches!(t.xpos[c], "WP" | "WDT") || matches!(t.lower[c].as_str(), "where" | "when"))
    }) else {
        return;
    };
    let noun = child(
        &[Deprel::Dep, Deprel::Nsubj, Deprel::Obl, Deprel::OblUnmarked],
        true,
    )
    .filter(|&n| n < pronoun && t.upos[n].is_nominal());
    if t.words[pronoun - 1] != "," {
        return;
    }
    let subjectless = |c: &usize| {
        t.upos[*c] == Upos::Verb && !t.children[*c].iter().any(|&d| t.deprels[d].is(Deprel::Nsubj))
    };
    let main = child(&[Deprel::Conj, Deprel::Parataxis], false).filter(subjectless);
    let (Some(noun), Some(main)) = (noun, main) else {
        return main_clause_before(t, r, pronoun);
    };
    set_head(t, main, None, Deprel::Root);
    set_head(t, noun, Some(main), Deprel::Nsubj);
    set_head(t, r, Some(noun), Deprel::AclRelcl);
}

/// `The move seemed aimed at peace with Iran, which had condemned the
/// war` parsed with the relative clause as the root, the real main verb
/// (`seemed`) as its adverbial and the subject (`move`) on the root: the
/// main verb becomes the root with that subject, and the relative clause
/// describes the noun before `, which`.
fn main_clause_before(t: &mut Tree<'_>, r: usize, pronoun: usize) {
    let Some(antecedent) = pronoun.checked_sub(2) else {
        return;
    };
    let subject = t.children[r]
        .iter()
        .copied()
        .find(|&c| c < pronoun && t.deprels[c].is(Deprel::Nsubj) && t.upos[c].is_nominal());
    let Some(subject) = subject else { return };
    let main = t.children[r].iter().copied().find(|&c| {
        c > subject
            && c < pronoun
            && t.upos[c] == Upos::Verb
            && matches!(
                t.deprels[c],
                Deprel::Advcl | Deprel::Ccomp | Deprel::Parataxis | Deprel::Dep
            )
            && !t.children[c].iter().any(|&d| t.deprels[d].is(Deprel::Nsubj))
    });
    let Some(main) = main else { return };
    if !t.upos[antecedent].is_nominal() || !t.subtree(main).contains(&antecedent) {
        return;
    }
    set_head(t, main, None, Deprel::Root);
    set_head(t, subject, Some(main), Deprel::Nsubj);
    set_head(t, r, Some(antecedent), Deprel::AclRelcl);
}

/// `added Greece in 1952, Germany in 1955 and Spain in 1982` with
/// `Germany` left as an unlabelled dependent of `added`: a name after a
/// comma that hangs on a verb with an object before it is one more object
/// of that verb (the verb is not repeated).
pub(super) fn gapped_objects(t: &mut Tree<'_>) {
    for d in 1..t.len() {
        let Some(v) = t.heads[d] else { continue };
        if t.deprels[d] != Deprel::Dep || t.upos[v] != Upos::Verb || !t.upos[d].is_nominal() {
            continue;
        }
        let comma = t.children[d].iter().any(|&c| c < d && t.words[c] == ",");
        let object = t.deps_exact(v, Deprel::Obj).find(|&o| o < d);
        if let (true, Some(o)) = (comma, object) {
            set_head(t, d, Some(o), Deprel::Conj);
        }
    }
}

/// `The Kremlin rejected calls by the European Union to free them` with
/// `by the European Union` hung on `rejected`: an active verb has no `by`
/// agent, so a `by` phrase right after its noun object names who made the
/// object (`the decision by Washington`), unless it measures or says how
/// (`raised the tax by 5 percent`, `by phone`).
pub(super) fn agents_of_objects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let Some(v) = t.heads[w] else { continue };
        if t.deprels[w] != Deprel::Obl || t.preposition(w) != Some("by") || t.upos[v] != Upos::Verb {
            continue;
        }
        if t.is_passive(v) || !matches!(t.upos[w], Upos::Propn | Upos::Noun | Upos::Pron) {
            continue;
        }
        let measured = t.children[w].iter().any(|&c| t.upos[c] == Upos::Num);
        if measured || MEANS.contains(&t.lemmas[w].as_str()) {
            continue;
        }
        // `By Monday, …` opens the sentence: no object before it.
        let Some(before) = t.subtree(w).into_iter().min().and_then(|s| s.checked_sub(1)) else {
            continue;
        };
        let object = t.children[v].iter().copied().find(|&o| {
            t.deprels[o] == Deprel::Obj
                && t.upos[o] == Upos::Noun
                && t.subtree(o).into_iter().max() == Some(before)
        });
        if let Some(o) = object {
            set_head(t, w, Some(o), Deprel::Nmod);
        }
    }
}

/// `ambushed al-Shabaab fighters` parsed with two objects: a name whose
/// phrase runs up to a later object's own modifiers (nothing between but
/// words of that object) modifies that object.
pub(super) fn names_before_objects(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        let objects: Vec<usize> = t.deps_exact(v, Deprel::Obj).collect();
        let [name, noun] = objects[..] else { continue };
        if t.upos[name] != Upos::Propn || t.upos[noun] != Upos::Noun {
            continue;
        }
        let end = rightmost(t, name);
        let adjoining = end < noun && (end + 1..noun).all(|k| t.heads[k] == Some(noun));
        if adjoining {
            set_head(t, name, Some(noun), Deprel::Compound);
        }
    }
}

/// Words that are prepositions before a noun phrase though the parser
/// may tag them adverbs (`rallied outside parliament`).
const PLACE_PREPOSITIONS: &[&str] = &["outside", "inside", "opposite", "near", "beside", "alongside"];

/// `Protesters rallied outside parliament` parsed with `outside` as an
/// adverb and `parliament` as the verb's object: such a word right before
/// the phrase of a nominal dependent of the same head is that phrase's
/// preposition, and the phrase an oblique (of a noun, a modifier).
pub(super) fn adverbs_as_prepositions(t: &mut Tree<'_>) {
    for w in 0..t.len().saturating_sub(1) {
        let Some(h) = t.heads[w] else { continue };
        if t.deprels[w] != Deprel::Advmod || !PLACE_PREPOSITIONS.contains(&t.lower[w].as_str()) {
            continue;
        }
        let phrase = t.children[h].iter().copied().find(|&n| {
            n > w
                && matches!(t.upos[n], Upos::Noun | Upos::Propn | Upos::Pron)
                && (t.deprels[n] == Deprel::Obj || t.deprels[n].is(Deprel::Obl))
                && leftmost(t, n) == w + 1
                && t.preposition(n).is_none()
        });
        let Some(n) = phrase else { continue };
        let rel = match t.upos[h] {
            Upos::Noun | Upos::Propn => Deprel::Nmod,
            _ => Deprel::Obl,
        };
        set_head(t, n, Some(h), rel);
        set_head(t, w, Some(n), Deprel::Case);
        t.upos[w] = Upos::Adp;
        t.xpos[w] = "IN";
    }
}

/// Nouns of `by` phrases that say how something was done, not who did it.
const MEANS: &[&str] = &[
    "phone",
    "telephone",
    "letter",
    "mail",
    "email",
    "fax",
    "video",
    "videolink",
    "hand",
    "force",
    "decree",
    "vote",
    "way",
    "means",
    "air",
    "sea",
    "land",
    "road",
    "rail",
    "train",
    "car",
    "bus",
    "boat",
    "plane",
    "percent",
    "margin",
    "far",
    "end",
    "time",
    "default",
    "mistake",
    "accident",
    "chance",
    "law",
    "majority",
];
