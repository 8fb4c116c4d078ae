//! Repairs of subjects the parser gave the wrong word.

use super::nodes::*;
use crate::syntax::tree::Tree;
use crate::syntax::words::SUBORDINATORS;
use dyad_core::{Deprel, Upos};

/// `On Tuesday, Greece and Turkey conferred` with `Greece` and `Turkey`
/// as conjuncts of `Tuesday`: names after a fronted time phrase and a
/// comma, before a verb that has no subject, are its subject.
pub(super) fn subjects_after_time_phrases(t: &mut Tree<'_>) {
    for h in 0..t.len() {
        let Some(verb) = t.heads[h] else { continue };
        let fronted = t.deprels[h].is(Deprel::Obl) && h < verb && is_time_name(t.lower[h].as_str());
        if !fronted || t.upos[verb] != Upos::Verb || t.deps(verb, Deprel::Nsubj).next().is_some() {
            continue;
        }
        let names: Vec<usize> = t.children[h]
            .iter()
            .copied()
            .filter(|&c| {
                t.deprels[c] == Deprel::Conj && c < verb && matches!(t.upos[c], Upos::Propn | Upos::Noun)
            })
            .collect();
        let Some((&first, rest)) = names.split_first() else {
            continue;
        };
        set_head(t, first, Some(verb), Deprel::Nsubj);
        for &c in rest {
            set_head(t, c, Some(first), Deprel::Conj);
        }
    }
}

/// `China on Thursday lodged a protest` or `Iran last week seized a
/// tanker` with `China` as an oblique or `Iran` as a compound of `week`:
/// a name right before a time phrase that ends right before a finite
/// verb with no subject is its subject.
pub(super) fn subjects_before_time_phrases(t: &mut Tree<'_>) {
    let time_word = |w: &str| {
        is_time_name(w)
            || matches!(
                w,
                "on" | "in" | "last" | "this" | "earlier" | "late" | "early" | "next"
            )
            || w.chars().all(|c| c.is_ascii_digit())
    };
    for tm in 1..t.len() {
        if !is_time_name(t.lower[tm].as_str()) {
            continue;
        }
        // The verb right after the phrase (`on March 3 expelled`).
        let Some(v) = (tm + 1..t.len().min(tm + 3))
            .find(|&w| t.upos[w] == Upos::Verb)
            .filter(|&v| (tm + 1..v).all(|w| t.lower[w].chars().all(|c| c.is_ascii_digit())))
        else {
            continue;
        };
        let mut start = tm;
        while start > 0 && time_word(t.lower[start - 1].as_str()) {
            start -= 1;
        }
        let finite = matches!(t.xpos[v], "VBD" | "VBZ" | "VBP");
        // The time itself is no subject (`Thursday lodged`).
        let subject = t.children[v]
            .iter()
            .any(|&c| t.deprels[c].is(Deprel::Nsubj) && !(start..=tm).contains(&c));
        let Some(mut n) = start.checked_sub(1) else {
            continue;
        };
        if !finite || subject || !matches!(t.upos[n], Upos::Propn | Upos::Noun | Upos::Pron) {
            continue;
        }
        // The head of a name whose words are flat (`Boris Johnson`).
        while let (Some(h), Deprel::Flat) = (t.heads[n], t.deprels[n]) {
            if h >= n {
                break;
            }
            n = h;
        }
        if n == v {
            continue;
        }
        // `China` made the root with the verb below it: the verb is.
        if descends(t, v, n) {
            if t.heads[n].is_some() || t.heads[v] != Some(n) {
                continue;
            }
            set_head(t, v, None, Deprel::Root);
            for c in t.children[n].clone().into_iter().filter(|&c| c > v) {
                set_head(t, c, Some(v), t.deprels[c]);
            }
        }
        set_head(t, n, Some(v), Deprel::Nsubj);
        if t.heads[tm] == Some(v) && t.deprels[tm].is(Deprel::Nsubj) {
            t.deprels[tm] = Deprel::Obl;
        }
    }
}

/// `Hillary Clinton, at a later press gaggle, said …` with `gaggle` as the
/// subject of `said` and `Clinton` as the subject of `gaggle`: a phrase
/// with a preposition is an oblique, and its own subject is the verb's.
pub(super) fn subjects_with_prepositions(t: &mut Tree<'_>) {
    for n in 0..t.len() {
        let Some(v) = t.heads[n] else { continue };
        if t.deprels[n] != Deprel::Nsubj || t.upos[v] != Upos::Verb || !has_child(t, n, Deprel::Case) {
            continue;
        }
        let inner = t.children[n]
            .iter()
            .copied()
            .find(|&c| c < n && t.deprels[c] == Deprel::Nsubj);
        set_head(t, n, Some(v), Deprel::Obl);
        if let Some(s) = inner {
            set_head(t, s, Some(v), Deprel::Nsubj);
        }
    }
}

/// `Trump admires Putin as a "strong leader," comparing him …` with
/// `Putin` as the subject of `comparing`: a participle clause has no
/// subject of its own; a noun between the verb and the participle is the
/// verb's object when it has none.
pub(super) fn subjects_of_participles(t: &mut Tree<'_>) {
    for g in 0..t.len() {
        let Some(v) = t.heads[g] else { continue };
        if t.xpos[g] != "VBG"
            || !matches!(t.deprels[g], Deprel::Advcl | Deprel::Conj | Deprel::Parataxis)
            || v > g
        {
            continue;
        }
        if has_child(t, g, Deprel::Aux) || t.upos[v] != Upos::Verb || has_child(t, v, Deprel::Obj) {
            continue;
        }
        let subject = t.children[g]
            .iter()
            .copied()
            .find(|&c| v < c && c < g && t.deprels[c] == Deprel::Nsubj);
        if let Some(s) = subject {
            set_head(t, s, Some(v), Deprel::Obj);
        }
    }
}

/// `Turkey threatened Sweden three weeks ago` with `Sweden` as the subject
/// of `ago`: an adverb has no subject; a noun after the verb is its
/// object.
pub(super) fn subjects_of_adverbs(t: &mut Tree<'_>) {
    for s in 0..t.len() {
        let Some(h) = t.heads[s] else { continue };
        // `met Sergei Lavrov on Friday` with `Lavrov` as the subject of
        // `Friday`: a phrase with a preposition and no copula has no
        // subject either.
        let oblique =
            t.upos[h].is_nominal() && has_child(t, h, Deprel::Case) && !has_child(t, h, Deprel::Cop);
        if t.deprels[s] != Deprel::Nsubj || !(matches!(t.upos[h], Upos::Adv | Upos::Adp) || oblique) {
            continue;
        }
        let Some(v) = t.heads[h] else { continue };
        if t.upos[v] == Upos::Verb && v < s && !has_child(t, v, Deprel::Obj) {
            set_head(t, s, Some(v), Deprel::Obj);
        }
    }
}

/// Two subjects of one verb (`"I met Xi in Beijing," Blinken said` with
/// `Xi` as a subject of `said`): the one nearest before the verb stays;
/// another one, after a verb below that lacks an object, is that verb's
/// object, and otherwise no subject at all.
pub(super) fn second_subjects(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        let subjects: Vec<usize> = t.children[v]
            .iter()
            .copied()
            .filter(|&c| t.deprels[c] == Deprel::Nsubj)
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        let keep = subjects
            .iter()
            .copied()
            .filter(|&s| s < v)
            .max()
            .unwrap_or(subjects[0]);
        // `the attacks in Nairobi, Kenya, and Dar es Salaam, Tanzania,
        // killed …`: a name after `and` joins the name that ends the first
        // subject's place phrase; it is no subject.
        if let [first, second] = subjects[..] {
            if let Some((place, and)) = place_ending(t, first, second) {
                set_head(t, second, Some(place), Deprel::Conj);
                set_head(t, and, Some(second), Deprel::Cc);
                continue;
            }
        }
        for s in subjects.into_iter().filter(|&s| s != keep) {
            // `Germany and the Netherlands delivered …` parsed as two
            // subjects: coordinated, both stay.
            if (s.min(keep)..s.max(keep)).any(|k| t.upos[k] == Upos::Cconj) {
                continue;
            }
            let verb_before = (0..s).rev().find(|&u| {
                t.upos[u] == Upos::Verb && u != v && descends(t, u, v) && !has_child(t, u, Deprel::Obj)
            });
            match verb_before {
                Some(u) => set_head(t, s, Some(u), Deprel::Obj),
                // `FLINT, Mich. (UPI) — Bill Clinton criticized …`: a dateline
                // word is no subject.
                None => t.deprels[s] = Deprel::Dep,
            }
        }
    }
}

/// The name heading the `in` or `at` phrase that ends common-noun subject
/// `first`'s phrase, and the `and` before the later subject `second`,
/// when that is a name (`the attacks in Nairobi, Kenya, and Dar es
/// Salaam`).
fn place_ending(t: &Tree<'_>, first: usize, second: usize) -> Option<(usize, usize)> {
    if t.upos[first] != Upos::Noun || t.upos[second] != Upos::Propn || second < first {
        return None;
    }
    let and = (first..second).rev().find(|&k| t.upos[k] == Upos::Cconj)?;
    let phrase_end = (first..and).rev().find(|&k| t.upos[k] == Upos::Propn)?;
    // The name itself or the one it is a conjunct or apposition of.
    let mut place = phrase_end;
    while matches!(t.deprels[place], Deprel::Conj | Deprel::Appos | Deprel::Flat) {
        place = t.heads[place]?;
    }
    let in_phrase = t.deprels[place] == Deprel::Nmod && matches!(t.preposition(place), Some("in" | "at"));
    (in_phrase && descends(t, place, first)).then_some((place, and))
}

/// `The Russian attack on Kyiv killed ten people` parsed with `on` as the
/// `mark` of `killed` and `Kyiv` as its subject: a preposition that never
/// introduces a clause belongs to the name after it, which modifies the
/// noun before it, and that noun is the verb's subject.
pub(super) fn prepositions_as_marks(t: &mut Tree<'_>) {
    for m in 1..t.len() {
        let Some(v) = t.heads[m] else { continue };
        if t.deprels[m] != Deprel::Mark
            || t.upos[m] != Upos::Adp
            || SUBORDINATORS.contains(&t.lemmas[m].as_str())
        {
            continue;
        }
        let Some(n) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > m && c < v && t.deprels[c].is(Deprel::Nsubj))
        else {
            continue;
        };
        let Some(before) = t.children[v]
            .iter()
            .copied()
            .filter(|&c| c < m && t.upos[c].is_nominal())
            .max()
        else {
            continue;
        };
        if !matches!(t.xpos[v], "VBD" | "VBZ" | "VBP") {
            continue;
        }
        set_head(t, m, Some(n), Deprel::Case);
        set_head(t, n, Some(before), Deprel::Nmod);
        set_head(t, before, Some(v), Deprel::Nsubj);
    }
}

/// `In their statement, Egypt and Jordan called for …` and `On Friday,
/// police in the capital, near the port, raided …` with the subject hung
/// below the fronted phrase (as its apposition, conjunct or modifier): a
/// finite verb with no subject takes the bare noun phrase that follows a
/// comma before it, either right before the verb or below the verb's own
/// fronted oblique.
pub(super) fn subjects_after_fronted_phrases(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        let finite = matches!(t.xpos[v], "VBD" | "VBZ" | "VBP");
        let main = t.heads[v].is_none() || t.deprels[v] == Deprel::Ccomp;
        if !finite || !main || t.upos[v] != Upos::Verb || has_subject(t, v) {
            continue;
        }
        let found = (0..v)
            .rev()
            .find(|&j| stranded_subject(t, j, v) && ends_before(t, j, v))
            .or_else(|| (0..v).find(|&j| stranded_subject(t, j, v) && below_fronted_oblique(t, j, v)));
        if let Some(j) = found {
            set_head(t, j, Some(v), Deprel::Nsubj);
        }
    }
}

fn has_subject(t: &Tree<'_>, v: usize) -> bool {
    t.children[v].iter().any(|&c| {
        matches!(
            t.deprels[c],
            Deprel::Nsubj | Deprel::NsubjPass | Deprel::Csubj | Deprel::Expl
        )
    })
}

/// A bare noun phrase (no preposition, not a time) after a comma, hung
/// below another word than verb `v`.
fn stranded_subject(t: &Tree<'_>, j: usize, v: usize) -> bool {
    let loose = matches!(
        t.deprels[j],
        Deprel::Appos | Deprel::Conj | Deprel::Nmod | Deprel::NmodUnmarked | Deprel::Dep
    );
    let candidate = loose
        && matches!(t.upos[j], Upos::Noun | Upos::Propn)
        && t.heads[j].is_some_and(|h| h != v && h < j)
        && !has_child(t, j, Deprel::Case)
        && !is_time_name(t.lower[j].as_str());
    // Only then the phrase's first word (a subtree walk).
    candidate && {
        let start = t
            .subtree(j)
            .into_iter()
            .find(|&w| t.upos[w] != Upos::Punct)
            .unwrap_or(j);
        start > 0 && t.words[start - 1] == ","
    }
}

/// The phrase at `j` ends right before verb `v` (adverbs aside).
fn ends_before(t: &Tree<'_>, j: usize, v: usize) -> bool {
    let end = rightmost(t, j);
    end < v && (end + 1..v).all(|w| t.upos[w] == Upos::Adv)
}

/// The chain from `j` up to verb `v` runs through nouns only, the last an
/// oblique of `v` before it (`On Friday, police …, off the coast, raided`).
fn below_fronted_oblique(t: &Tree<'_>, j: usize, v: usize) -> bool {
    let mut cur = j;
    while let Some(h) = t.heads[cur] {
        if h == v {
            return t.deprels[cur].is(Deprel::Obl) && cur < v;
        }
        if !t.upos[h].is_nominal() && t.upos[h] != Upos::Num {
            return false;
        }
        cur = h;
    }
    false
}

/// `Also Thursday, Saudi Arabia called for talks`, `Also today, King
/// Hussein of Jordan arrived`, `Freeh, on a visit to Mexico, asked …`
/// parsed with a noun as the root and the sentence's finite verb as its
/// `parataxis`: the verb becomes the root. The noun is its subject when
/// the verb has none and the noun is no time and has no preposition;
/// otherwise it is the verb's oblique, and a name the parser left loose
/// on it (`vocative`) is the subject.
pub(super) fn paratactic_predicates(t: &mut Tree<'_>) {
    let Some(r) = (0..t.len()).find(|&w| t.heads[w].is_none()) else {
        return;
    };
    let nominal = matches!(t.upos[r], Upos::Noun | Upos::Propn);
    let copula = t.children[r]
        .iter()
        .any(|&c| matches!(t.deprels[c], Deprel::Cop | Deprel::Nsubj));
    if !nominal || copula {
        return;
    }
    let Some(v) = t.children[r].iter().copied().find(|&c| {
        c > r
            && t.deprels[c] == Deprel::Parataxis
            && t.upos[c] == Upos::Verb
            && matches!(t.xpos[c], "VBD" | "VBZ" | "VBP")
    }) else {
        return;
    };
    // `…, officials said` after a headline-like noun phrase is an
    // attribution, not the predicate.
    if matches!(t.lemmas[v].as_str(), "say" | "tell" | "report" | "add") {
        return;
    }
    let has_subject = t.children[v].iter().any(|&c| t.deprels[c].is(Deprel::Nsubj));
    let oblique = has_subject || t.preposition(r).is_some() || is_time_name(&t.lower[r]);
    set_head(t, v, None, Deprel::Root);
    set_head(t, r, Some(v), if oblique { Deprel::Obl } else { Deprel::Nsubj });
    for c in t.children[r].clone() {
        match t.deprels[c] {
            Deprel::Vocative if !has_subject && c < r => set_head(t, c, Some(v), Deprel::Nsubj),
            // A name after a fronted time (`Wednesday, Prime Minister Kan
            // of Japan telephoned`) is the subject.
            Deprel::Flat | Deprel::Appos | Deprel::Conj
                if !has_subject && c > r && t.upos[c] == Upos::Propn && is_time_name(&t.lower[r]) =>
            {
                set_head(t, c, Some(v), Deprel::Nsubj)
            }
            Deprel::OblUnmarked | Deprel::OblTmod | Deprel::Parataxis => {
                set_head(t, c, Some(v), t.deprels[c])
            }
            Deprel::Punct if c > r || oblique => set_head(t, c, Some(v), Deprel::Punct),
            _ => {}
        }
    }
}
