//! Repairs around reporting verbs and quotations.

use super::nodes::*;
use crate::syntax::tree::Tree;
use crate::syntax::words::{NAMING, REPORTING};
use dyad_core::{Deprel, Upos};

/// `"…," Lee said in Seoul, after holding talks with Prime Minister Ito.`
/// with `holding`, `with` and `Ito` hung from the full stop: punctuation
/// heads nothing (the sentence's closing mark: others are left to the
/// quote finder). A clause or modifier goes to the mark's own head; a
/// preposition or subordinator to the next nominal or verb among them; a
/// nominal becomes the oblique (with a preposition) or object of the
/// nearest verb before it.
pub(super) fn punctuation_heads(t: &mut Tree<'_>) {
    for p in 0..t.len() {
        // Only a sentence's closing mark: quotation marks and commas head
        // clauses in the parses the quote finder reads.
        let closing = p + 1 == t.len() && matches!(t.words[p], "." | "?" | "!");
        if !closing || t.heads[p].is_none() {
            continue;
        }
        let stray: Vec<usize> = t.children[p]
            .iter()
            .copied()
            .filter(|&d| t.upos[d] != Upos::Punct)
            .collect();
        if stray.is_empty() {
            continue;
        }
        let nominal = |t: &Tree<'_>, d: usize| {
            matches!(
                t.upos[d],
                Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Verb
            )
        };
        for &d in &stray {
            if !matches!(t.upos[d], Upos::Adp | Upos::Sconj) {
                continue;
            }
            let next = stray.iter().copied().find(|&n| n > d && nominal(t, n));
            let rel = if t.upos[d] == Upos::Adp {
                Deprel::Case
            } else {
                Deprel::Mark
            };
            let head = next.or(t.heads[p]);
            set_head(t, d, head, if next.is_some() { rel } else { t.deprels[d] });
        }
        let left: Vec<usize> = stray.into_iter().filter(|&d| t.heads[d] == Some(p)).collect();
        for d in left {
            let noun = matches!(t.upos[d], Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num);
            let verb = (0..d)
                .rev()
                .find(|&j| t.upos[j] == Upos::Verb && !descends(t, j, d));
            match (noun, verb) {
                (true, Some(v)) => {
                    let rel = if has_child(t, d, Deprel::Case) {
                        Deprel::Obl
                    } else if has_child(t, v, Deprel::Obj) {
                        Deprel::Dep
                    } else {
                        Deprel::Obj
                    };
                    set_head(t, d, Some(v), rel);
                }
                _ => {
                    let (head, rel) = (t.heads[p], t.deprels[d]);
                    set_head(t, d, head, rel);
                }
            }
        }
    }
}

/// `Those demands are "nonstarters," officials said, but …` and `The
/// sides will meet, Secretary of State Antony Blinken said.`: a reporting
/// verb whose subject (with its title) follows a comma, after a closing
/// quote or at the end of the sentence, reports the clause before the
/// comma, whatever the parser hung it on.
pub(super) fn trailing_attributions(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb || !REPORTING.contains(&t.lemmas[v].as_str()) {
            continue;
        }
        let Some(s) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c < v && t.deprels[c] == Deprel::Nsubj)
        else {
            continue;
        };
        let named = leftmost(t, s);
        let start = title_start(t, named);
        if start < 2 {
            continue;
        }
        let (a, b) = (t.words[start - 1], t.words[start - 2]);
        let quoted = (is_quote(a) && b == ",") || (a == "," && is_quote(b));
        let last = t.words.get(v + 1).is_none_or(|w| matches!(*w, "." | "," | ";"));
        if !(quoted || (a == "," && last)) {
            continue;
        }
        let end = start - 1 - quoted as usize;
        let open = match quoted {
            true => (0..end)
                .rev()
                .find(|&k| is_quote(t.words[k]))
                .map_or(0, |k| k + 1),
            false => 0,
        };
        let Some(root) = span_root(t, open, end) else {
            continue;
        };
        if descends(t, root, v) {
            continue;
        }
        let reports = matches!(t.deprels[v], Deprel::Parataxis | Deprel::Ccomp | Deprel::Advcl);
        if t.heads[v] != Some(root) || !reports {
            set_head(t, v, Some(root), Deprel::Parataxis);
        }
        for w in start..named {
            if t.heads[w].is_none_or(|h| h < start || h > v) {
                set_head(t, w, Some(s), Deprel::NmodDesc);
            }
        }
    }
}

/// Where the title before a name starts (`Secretary of State` before
/// `Antony Blinken`): capitalised words and `of` between them.
fn title_start(t: &Tree<'_>, named: usize) -> usize {
    let capital = |k: usize| t.words[k].chars().next().is_some_and(char::is_uppercase);
    let mut start = named;
    while start > 1 && (capital(start - 1) || (t.words[start - 1] == "of" && capital(start - 2))) {
        if !t.words[start - 1].chars().all(char::is_alphabetic) {
            break;
        }
        start -= 1;
    }
    start
}

/// `calling the claims "blatant lies"`: a quoted noun phrase after the
/// object of a naming verb is the object's predicate (`xcomp`).
pub(super) fn quoted_predicates(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb
            || !NAMING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Xcomp)
        {
            continue;
        }
        let Some(o) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > v && t.deprels[c] == Deprel::Obj)
        else {
            continue;
        };
        // The first quote mark after the object, before any other verb (the
        // parser may have hung the quoted phrase inside the object).
        let Some(after) = (o + 1..t.len())
            .take_while(|&k| !matches!(t.upos[k], Upos::Verb | Upos::Aux))
            .find(|&k| is_quote(t.words[k]))
        else {
            continue;
        };
        let phrase_end = (after + 1..t.len())
            .find(|&k| !matches!(t.upos[k], Upos::Adj | Upos::Noun | Upos::Det | Upos::Adv))
            .unwrap_or(t.len());
        let Some(p) = (after + 1..phrase_end).rev().find(|&k| t.upos[k] == Upos::Noun) else {
            continue;
        };
        if descends(t, v, p) {
            // `lies` sits above `calling`: lift the branch leading down to
            // `calling` into the place of `lies` first.
            let Some(branch) = (0..t.len()).find(|&c| t.heads[c] == Some(p) && descends(t, v, c)) else {
                continue;
            };
            // `told reporters, calling …`: a participle clause lifted
            // directly is an adverbial clause of the verb above.
            let rel = if branch == v { Deprel::Advcl } else { t.deprels[p] };
            set_head(t, branch, t.heads[p], rel);
        }
        set_head(t, p, Some(v), Deprel::Xcomp);
    }
}

/// `"…," said Anna Lindqvist.` with the speaker as the object of `said`:
/// a reporting verb after the clause it reports, with no subject, has its
/// subject after it.
pub(super) fn inverted_subjects(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb
            || !REPORTING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Nsubj)
        {
            continue;
        }
        let reported = t.children[v]
            .iter()
            .any(|&c| c < v && matches!(t.deprels[c], Deprel::Ccomp | Deprel::Parataxis));
        let object = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > v && t.deprels[c] == Deprel::Obj);
        if let Some(o) = object.filter(|_| reported) {
            set_head(t, o, Some(v), Deprel::Nsubj);
        }
    }
}

/// `Those demands are nonstarters, U.S. officials said.` with `officials`
/// coordinated with the root and `said` left without a subject: the
/// nominal that ends right before a reporting verb with no subject, after
/// a comma, is its subject.
pub(super) fn subjects_of_attributions(t: &mut Tree<'_>) {
    for v in 1..t.len() {
        let n = v - 1;
        if t.upos[v] != Upos::Verb
            || !REPORTING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Nsubj)
        {
            continue;
        }
        if !matches!(t.upos[n], Upos::Noun | Upos::Propn | Upos::Pron)
            || t.heads[n] == Some(v)
            || descends(t, v, n)
        {
            continue;
        }
        let mut start = leftmost(t, n);
        if t.words[start] == "," {
            start += 1;
        }
        if start == 0
            || t.words[start - 1] != ","
            || !matches!(
                t.deprels[n],
                Deprel::Conj | Deprel::Appos | Deprel::Dep | Deprel::Parataxis
            )
        {
            continue;
        }
        if let Some(&comma) = t.children[n].iter().find(|&&c| c == start - 1) {
            set_head(t, comma, Some(v), Deprel::Punct);
        }
        set_head(t, n, Some(v), Deprel::Nsubj);
    }
}
