//! Relative pronouns and what they stand for: in `Assad, who met the king`
//! the subject of `met` is Assad.

use super::tree::Tree;
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
