//! Who did an act that is named only as the ground of a charge, an
//! arrest or a sentence: `X was charged in the slaying` (X slew), `X is a
//! suspect in the bombings`, `police arrested X for the attack`, `X is
//! serving a sentence for the assassination`, `X pleaded guilty to the
//! murder`, `those responsible for the attack`. Crime news names the
//! perpetrator this way far more often than as a subject.

use crate::syntax::tree::Tree;
use dyad_core::{Deprel, Upos};

/// Verbs whose passive subject (or active object) is charged with,
/// held for or punished for the act in their `for`/`in`/`of`/`with`
/// phrase.
const CHARGING_VERBS: &[&str] = &[
    "charge",
    "arrest",
    "convict",
    "sentence",
    "indict",
    "jail",
    "imprison",
    "execute",
    "try",
    "prosecute",
    "suspect",
    "want",
    "punish",
    "detain",
    "extradite",
];

/// Verbs whose subject owns up to the act in their `to`/`for` phrase.
const OWNING_VERBS: &[&str] = &["confess", "admit", "plead"];

/// Nouns of a charge held by someone: `a suspect in`, `a sentence for`,
/// `charges in`, `a conviction for`.
const CHARGE_NOUNS: &[&str] = &[
    "suspect",
    "sentence",
    "charge",
    "conviction",
    "indictment",
    "trial",
    "responsibility",
    "role",
    "involvement",
    "complicity",
];

/// Adjectives of guilt: `responsible for`, `guilty of`.
const GUILT_ADJECTIVES: &[&str] = &["responsible", "guilty", "suspected", "wanted", "accused"];

/// The words that name who did the act named by the noun at `i`, when it
/// is the ground of a charge, an arrest, a sentence or an admission.
pub fn perpetrator(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let mut cur = i;
    // `in connection with the bombings`: up to `connection`.
    if let Some(h) = t.heads[cur]
        .filter(|&h| t.lemmas[h] == "connection" && matches!(t.preposition(cur), Some("with" | "of")))
    {
        cur = h;
    }
    let Some(h) = t.heads[cur] else { return Vec::new() };
    if !matches!(t.deprels[cur], Deprel::Obl | Deprel::Nmod) {
        return Vec::new();
    }
    let prep = t.preposition(cur).unwrap_or_default();
    let lemma = t.lemmas[h].as_str();
    let ground = matches!(prep, "for" | "in" | "of" | "with" | "over");
    match t.upos[h] {
        Upos::Verb if ground && CHARGING_VERBS.contains(&lemma) => {
            let charged: Vec<usize> = t.deps_exact(h, Deprel::NsubjPass).collect();
            if charged.is_empty() {
                t.deps_exact(h, Deprel::Obj).collect()
            } else {
                charged
            }
        }
        Upos::Verb if matches!(prep, "to" | "for") && OWNING_VERBS.contains(&lemma) => {
            t.deps_exact(h, Deprel::Nsubj).collect()
        }
        // `pleaded guilty to the murder`: the adjective hangs on the verb.
        Upos::Adj
            if prep == "to" && t.heads[h].is_some_and(|v| OWNING_VERBS.contains(&t.lemmas[v].as_str())) =>
        {
            t.heads[h].map_or_else(Vec::new, |v| t.deps_exact(v, Deprel::Nsubj).collect())
        }
        Upos::Adj if matches!(prep, "for" | "of" | "in") && GUILT_ADJECTIVES.contains(&lemma) => holder(t, h),
        // `arrested a gunman for the attack`, the phrase hung on the
        // arrested noun.
        Upos::Noun | Upos::Propn if ground && charged_by_verb(t, h) => vec![h],
        Upos::Noun if ground && CHARGE_NOUNS.contains(&lemma) => holder(t, h),
        _ => Vec::new(),
    }
}

/// True when the noun at `n` is who a charging verb charges (`arrested
/// a gunman`, `the gunman was arrested`).
fn charged_by_verb(t: &Tree<'_>, n: usize) -> bool {
    matches!(t.deprels[n], Deprel::Obj | Deprel::NsubjPass)
        && t.heads[n]
            .is_some_and(|v| t.upos[v] == Upos::Verb && CHARGING_VERBS.contains(&t.lemmas[v].as_str()))
}

/// Who holds the charge or guilt word at `h`: its subject (`X is a
/// suspect`, `X is responsible`), the noun it describes (`the man
/// responsible`, `those responsible`), its possessor (`Kopp's trial`), or
/// the subject of the verb it is the object of (`X faces charges`, `X is
/// serving a sentence`).
fn holder(t: &Tree<'_>, h: usize) -> Vec<usize> {
    let own: Vec<usize> = t.deps_exact(h, Deprel::Nsubj).collect();
    if !own.is_empty() {
        return own;
    }
    let poss: Vec<usize> = t.deps_exact(h, Deprel::NmodPoss).collect();
    if !poss.is_empty() {
        return poss;
    }
    match (t.deprels[h], t.heads[h]) {
        (Deprel::Amod | Deprel::Acl | Deprel::Appos, Some(n)) => vec![n],
        (Deprel::Obj, Some(v)) if t.upos[v] == Upos::Verb => t.deps_exact(v, Deprel::Nsubj).collect(),
        _ => Vec::new(),
    }
}
