//! Pronouns whose referent the sentence itself gives: a relative pronoun
//! stands for its antecedent (in `Assad, who met the king` the subject of
//! `met` is Assad), and the subject pronoun of a reported clause for the
//! one reporting it (`Kenyan police said they had arrested …`).

use super::tree::Tree;
use super::words::REPORTING;
use dyad_core::{Deprel, Upos};

/// Relative pronouns that can stand for an actor (`which` and `that` name
/// organisations and countries too).
const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that"];

/// True when word `w` is a relative pronoun (`who`, `whom`, `which`, and
/// `that` as a determiner-pronoun, not the conjunction).
pub fn is_relative_pronoun(t: &Tree<'_>, w: usize) -> bool {
    RELATIVE.contains(&t.lower[w].as_str()) && matches!(t.xpos[w], "WP" | "WP$" | "WDT")
}

/// The noun a relative pronoun stands for: the noun its relative clause
/// (`acl:relcl`) hangs on, else (when the parser hung the clause elsewhere)
/// the nearest noun before the pronoun, past a comma or a preposition (`Assad, with
/// whom the king met`).
pub fn antecedent(t: &Tree<'_>, w: usize) -> Option<usize> {
    if !is_relative_pronoun(t, w) {
        return None;
    }
    let nominal = |j: usize| matches!(t.upos[j], Upos::Noun | Upos::Propn | Upos::Pron);
    let mut cur = w;
    for _ in 0..4 {
        let Some(head) = t.heads[cur] else { break };
        if t.deprels[head] == Deprel::AclRelcl {
            // A clause hung on the verb instead of its noun falls through.
            match t.heads[head] {
                Some(noun) if nominal(noun) => return Some(noun),
                _ => break,
            }
        }
        cur = head;
    }
    let before = (0..w)
        .rev()
        .find(|&j| !matches!(t.upos[j], Upos::Punct | Upos::Adp))?;
    matches!(t.upos[before], Upos::Noun | Upos::Propn).then_some(before)
}

/// Personal pronouns that can refer to the speaker of a reported clause.
const SPEAKER_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// The subject of the reporting verb a pronoun's clause is reported by,
/// when the pronoun is that clause's subject: `Kenyan police said they had
/// arrested 14 men` (they = Kenyan police), `the minister said he would
/// resign`. Only the nearest reporting verb counts, and only a noun or name
/// subject (not another pronoun).
pub fn reporter(t: &Tree<'_>, w: usize) -> Option<usize> {
    if !SPEAKER_PRONOUNS.contains(&t.lower[w].as_str()) || !t.deprels[w].is(Deprel::Nsubj) {
        return None;
    }
    let clause = t.heads[w]?;
    if t.deprels[clause] != Deprel::Ccomp {
        return None;
    }
    let verb = t.heads[clause]?;
    if !REPORTING.contains(&t.lemmas[verb].as_str()) {
        return None;
    }
    t.deps(verb, Deprel::Nsubj)
        .find(|&s| matches!(t.upos[s], Upos::Noun | Upos::Propn))
}
