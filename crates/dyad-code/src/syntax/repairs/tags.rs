//! Repairs of words the tagger gave the wrong part of speech.

use super::nodes::*;
use crate::syntax::tree::Tree;
use crate::syntax::words::INTRANSITIVE_ACTS;
use dyad_core::{Deprel, Upos};

/// Lemmas that can be auxiliaries in English.
const AUXILIARIES: &[&str] = &[
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
    "get", "'ll", "wo", "'d", "need", "dare", "to", "used",
];

/// `Ugandan police arrested a journalist` tagged with `police` as a past
/// auxiliary (and so a passive): a word that cannot be an auxiliary is a
/// noun, the subject of its verb, and the word the parser made a passive
/// subject before it modifies it.
pub(super) fn false_auxiliaries(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let aux = matches!(t.deprels[w], Deprel::Aux | Deprel::AuxPass);
        if t.upos[w] != Upos::Aux || !aux || AUXILIARIES.contains(&t.lemmas[w].as_str()) {
            continue;
        }
        let Some(v) = t.heads[w] else { continue };
        t.upos[w] = Upos::Noun;
        t.xpos[w] = if t.lower[w].ends_with('s') { "NNS" } else { "NN" };
        set_head(t, w, Some(v), Deprel::Nsubj);
        for c in t.children[v].clone() {
            if c < w && t.deprels[c] == Deprel::NsubjPass {
                let rel = if t.upos[c] == Upos::Adj {
                    Deprel::Amod
                } else {
                    Deprel::Compound
                };
                set_head(t, c, Some(w), rel);
            }
        }
        let passive_left = t.children[v].iter().any(|&c| t.deprels[c] == Deprel::AuxPass);
        if t.xpos[v] == "VBN" && !passive_left {
            t.xpos[v] = "VBD";
        }
    }
}

/// Re-attaches a finite verb (or one with its own subject) that the parser
/// hung under the noun after it as a modifier (`Israel shared information
/// with …` parsed with `information` as the root and `shared` as its
/// `amod`): a finite verb cannot modify a noun, so the verb takes the
/// noun's place, the noun becomes its object, and the noun's prepositional
/// modifiers and subject become the verb's.
pub(super) fn finite_modifiers(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let has_subject = t.children[w].iter().any(|&c| t.deprels[c].is(Deprel::Nsubj));
        let finite = matches!(t.xpos[w], "VBD" | "VBZ" | "VBP") || has_subject;
        let modifier = matches!(t.deprels[w], Deprel::Amod | Deprel::Compound | Deprel::NmodDesc);
        if t.upos[w] != Upos::Verb || !finite || !modifier {
            continue;
        }
        let Some(h) = t.heads[w] else { continue };
        if h <= w || !t.upos[h].is_nominal() {
            continue;
        }
        let (above, rel) = (t.heads[h], t.deprels[h]);
        set_head(t, w, above, rel);
        set_head(t, h, Some(w), Deprel::Obj);
        for c in t.children[h].clone() {
            match t.deprels[c] {
                Deprel::Nmod => set_head(t, c, Some(w), Deprel::Obl),
                Deprel::Nsubj | Deprel::Punct => set_head(t, c, Some(w), t.deprels[c]),
                _ => {}
            }
        }
    }
}

/// Re-attaches a finite verb that the parser hung as a clause modifier
/// under a root noun before it (`Hundreds of Taiwanese protested against
/// China` parsed with `Hundreds` as the root): the verb becomes the root
/// and the noun its subject.
pub(super) fn subject_roots(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        if t.upos[w] != Upos::Verb || !matches!(t.deprels[w], Deprel::Acl | Deprel::AclRelcl | Deprel::Nmod) {
            continue;
        }
        // The only verb outside its own subtree: the sentence's predicate,
        // whatever tense the tagger gave it.
        let only_verb =
            (0..t.len()).all(|v| v == w || !matches!(t.upos[v], Upos::Verb | Upos::Aux) || descends(t, v, w));
        let finite = matches!(t.xpos[w], "VBD" | "VBZ" | "VBP") || (only_verb && t.xpos[w] == "VBN");
        if !finite {
            continue;
        }
        let Some(h) = t.heads[w] else { continue };
        let relativized = t.children[w]
            .iter()
            .any(|&c| t.deprels[c].is(Deprel::Nsubj) || t.deprels[c] == Deprel::Mark);
        let nominal = matches!(t.upos[h], Upos::Noun | Upos::Propn | Upos::Num);
        if h >= w || t.heads[h].is_some() || relativized || !nominal {
            continue;
        }
        set_head(t, w, None, Deprel::Root);
        set_head(t, h, Some(w), Deprel::Nsubj);
        for c in t.children[h].clone() {
            if t.deprels[c] == Deprel::Punct {
                set_head(t, c, Some(w), Deprel::Punct);
            }
        }
    }
}

/// `Diplomats called for a truce` parsed with `Diplomats` as the root and
/// `called` as its participle modifier: a root noun with no copula has no
/// predicate, so a participle right after its phrase (`Thousands of
/// students demonstrated against …`) that takes an object, a clause or a
/// `for` or `against` phrase (which a passive participle cannot) is the
/// sentence's verb, in the past tense, and the noun its subject; so is a
/// verb that has no passive (`Thousands of people rallied in Tbilisi`).
pub(super) fn participle_predicates(t: &mut Tree<'_>) {
    for w in 1..t.len() {
        if t.upos[w] != Upos::Verb || t.xpos[w] != "VBN" || t.deprels[w] != Deprel::Acl {
            continue;
        }
        let Some(h) = t.heads[w].and_then(|m| root_noun_ending_before(t, m, w)) else {
            continue;
        };
        let by_agent = t.children[w].iter().any(|&c| t.preposition(c) == Some("by"));
        let active = (INTRANSITIVE_ACTS.contains(&t.lemmas[w].as_str()) && !by_agent)
            || t.children[w].iter().any(|&c| {
                matches!(t.deprels[c], Deprel::Obj | Deprel::Ccomp | Deprel::Xcomp)
                    || (t.deprels[c] == Deprel::Obl && matches!(t.preposition(c), Some("for" | "against")))
            });
        if !active || t.children[w].iter().any(|&c| t.deprels[c] == Deprel::AuxPass) {
            continue;
        }
        t.xpos[w] = "VBD";
        set_head(t, w, None, Deprel::Root);
        set_head(t, h, Some(w), Deprel::Nsubj);
        for c in t.children[h].clone() {
            if c > w {
                let rel = t.deprels[c];
                set_head(t, c, Some(w), rel);
            }
        }
    }
}

/// The root noun (no copula) whose phrase ends right before word `w`, when
/// `m`, the word `w` modifies, lies in that phrase.
fn root_noun_ending_before(t: &Tree<'_>, m: usize, w: usize) -> Option<usize> {
    let mut h = m;
    while let Some(up) = t.heads[h] {
        h = up;
    }
    let ends_before = (h..w).all(|k| k == h || t.ancestors(k).contains(&h));
    let noun = t.upos[h].is_nominal() && !has_child(t, h, Deprel::Cop);
    (h < w && ends_before && noun).then_some(h)
}

/// `Macron plans to visit Kyiv` tagged with `plans` as a plural noun: a
/// noun with a name or noun subject, no copula and a to-infinitive is a
/// verb, and the infinitive is its open complement.
pub(super) fn nouns_with_subjects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let subject_before = t.children[w].iter().any(|&c| {
            c < w && t.deprels[c] == Deprel::Nsubj && matches!(t.upos[c], Upos::Propn | Upos::Noun)
        });
        let infinitives: Vec<usize> = t.children[w]
            .iter()
            .copied()
            .filter(|&c| c > w && t.deprels[c] == Deprel::Acl && t.preposition(c) == Some("to"))
            .collect();
        if t.upos[w] != Upos::Noun
            || !subject_before
            || infinitives.is_empty()
            || has_child(t, w, Deprel::Cop)
        {
            continue;
        }
        t.upos[w] = Upos::Verb;
        t.xpos[w] = if t.xpos[w] == "NNS" { "VBZ" } else { "VBP" };
        for c in infinitives {
            t.deprels[c] = Deprel::Xcomp;
        }
    }
}

/// `demanded that the U.S. and NATO bar Ukraine from …` tagged with `bar`
/// as a noun and `U.S.` as its compound: a noun has no object, so a noun
/// with one is a verb, and the names before it (with their conjuncts)
/// are its subject.
pub(super) fn nouns_with_objects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let object = t.children[w]
            .iter()
            .any(|&c| c > w && t.deprels[c] == Deprel::Obj);
        if t.upos[w] != Upos::Noun || !object || has_child(t, w, Deprel::Cop) || has_child(t, w, Deprel::Det)
        {
            continue;
        }
        let names: Vec<usize> = t.children[w]
            .iter()
            .copied()
            .filter(|&c| {
                c < w && t.upos[c] == Upos::Propn && matches!(t.deprels[c], Deprel::Compound | Deprel::Nsubj)
            })
            .collect();
        let Some(&subject) = names.first() else { continue };
        t.upos[w] = Upos::Verb;
        t.xpos[w] = if t.lower[w].ends_with('s') { "VBZ" } else { "VBP" };
        set_head(t, subject, Some(w), Deprel::Nsubj);
        for &n in &names[1..] {
            set_head(t, n, Some(subject), Deprel::Conj);
        }
        let marked = t.children[w]
            .iter()
            .any(|&c| c < w && t.deprels[c] == Deprel::Mark);
        if marked && t.heads[w].is_some_and(|h| t.upos[h] == Upos::Verb) && t.deprels[w] == Deprel::Obj {
            t.deprels[w] = Deprel::Ccomp;
        }
    }
}

/// `The army came under shelling from …` parsed with `shelling` as a
/// clause: after a preposition that takes phrases, a gerund with no
/// object, subject or auxiliary is a noun.
pub(super) fn gerunds_as_nouns(t: &mut Tree<'_>) {
    for m in 0..t.len() {
        let Some(g) = t.heads[m] else { continue };
        let phrasal = matches!(
            t.lemmas[m].as_str(),
            "under" | "amid" | "amidst" | "during" | "despite"
        );
        if t.deprels[m] != Deprel::Mark || !phrasal || t.xpos[g] != "VBG" || t.deprels[g] != Deprel::Advcl {
            continue;
        }
        let clausal = t.children[g]
            .iter()
            .any(|&c| t.deprels[c].is(Deprel::Nsubj) || matches!(t.deprels[c], Deprel::Obj | Deprel::Aux));
        if clausal {
            continue;
        }
        t.upos[g] = Upos::Noun;
        t.xpos[g] = "NN";
        t.lemmas[g] = t.lower[g].clone();
        t.deprels[m] = Deprel::Case;
        t.deprels[g] = Deprel::Obl;
        for c in t.children[g].clone() {
            if t.deprels[c] == Deprel::Obl {
                t.deprels[c] = Deprel::Nmod;
            }
        }
    }
}

/// `rejected a United Nations demand to allow …` parsed with `demand` as
/// a verb whose subject is `a United Nations`: an indefinite article
/// opens no clause's named subject, so the present-tense verb right after
/// the name is the noun the name modifies, and the phrase takes the
/// verb's place (a clausal complement becomes the object).
pub(super) fn indefinite_name_nouns(t: &mut Tree<'_>) {
    for d in 0..t.len() {
        let Some(name) = t.heads[d] else { continue };
        let indefinite = t.deprels[d] == Deprel::Det && matches!(t.lower[d].as_str(), "a" | "an");
        if !indefinite || t.upos[name] != Upos::Propn || t.deprels[name] != Deprel::Nsubj {
            continue;
        }
        let Some(v) = t.heads[name] else { continue };
        let present = matches!(t.xpos[v], "VBP" | "VBZ" | "VB");
        if t.upos[v] != Upos::Verb || !present || rightmost(t, name) + 1 != v {
            continue;
        }
        t.upos[v] = Upos::Noun;
        t.xpos[v] = if t.xpos[v] == "VBZ" { "NNS" } else { "NN" };
        if t.deprels[v] == Deprel::Ccomp {
            t.deprels[v] = Deprel::Obj;
        }
        set_head(t, name, Some(v), Deprel::Compound);
        set_head(t, d, Some(v), Deprel::Det);
        for c in t.children[v].clone() {
            match t.deprels[c] {
                Deprel::Xcomp => t.deprels[c] = Deprel::Acl,
                Deprel::Obl => t.deprels[c] = Deprel::Nmod,
                _ => {}
            }
        }
    }
}

/// `continued their offensive against …` tagged with `offensive` as an
/// adjective: a possessor owns a noun, never an adjective, so an
/// adjective with one is a noun, the object of the verb it complements,
/// and its oblique phrases are its modifiers.
pub(super) fn possessed_adjectives(t: &mut Tree<'_>) {
    for a in 0..t.len() {
        if t.upos[a] != Upos::Adj || !has_child(t, a, Deprel::NmodPoss) {
            continue;
        }
        t.upos[a] = Upos::Noun;
        t.xpos[a] = "NN";
        t.lemmas[a] = t.lower[a].clone();
        let complement = t.heads[a].is_some_and(|h| t.upos[h] == Upos::Verb);
        if complement && t.deprels[a] == Deprel::Xcomp {
            t.deprels[a] = Deprel::Obj;
        }
        for c in t.children[a].clone() {
            if t.deprels[c] == Deprel::Obl {
                t.deprels[c] = Deprel::Nmod;
            }
        }
    }
}

/// `Former President Bill Clinton criticized …` with `Former` as the
/// `mark` of the verb: only conjunctions, prepositions and particles mark
/// clauses; an adjective modifies the word after it.
pub(super) fn stray_marks(t: &mut Tree<'_>) {
    for m in 0..t.len() {
        if t.deprels[m] != Deprel::Mark || t.upos[m] != Upos::Adj || m + 1 >= t.len() {
            continue;
        }
        if matches!(t.upos[m + 1], Upos::Noun | Upos::Propn) && !descends(t, m + 1, m) {
            set_head(t, m, Some(m + 1), Deprel::Amod);
        }
    }
}
