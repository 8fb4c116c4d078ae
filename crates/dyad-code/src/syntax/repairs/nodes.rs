//! Tree edits and lookups the repairs share.

use crate::syntax::tree::Tree;
use dyad_core::{Deprel, Upos};

pub(super) fn set_head(t: &mut Tree<'_>, dep: usize, head: Option<usize>, rel: Deprel) {
    if let Some(old) = t.heads[dep] {
        t.children[old].retain(|&c| c != dep);
    }
    t.heads[dep] = head;
    t.deprels[dep] = rel;
    if let Some(h) = head {
        let at = t.children[h].partition_point(|&c| c < dep);
        t.children[h].insert(at, dep);
    }
}

/// True when `node` lies in the subtree of `top`.
pub(super) fn descends(t: &Tree<'_>, node: usize, top: usize) -> bool {
    node == top || t.ancestors(node).contains(&top)
}

pub(super) fn has_child(t: &Tree<'_>, i: usize, rel: Deprel) -> bool {
    t.children[i].iter().any(|&c| t.deprels[c] == rel)
}

pub(super) fn leftmost(t: &Tree<'_>, i: usize) -> usize {
    t.subtree(i).first().copied().unwrap_or(i)
}

pub(super) fn rightmost(t: &Tree<'_>, i: usize) -> usize {
    t.subtree(i).last().copied().unwrap_or(i)
}

/// The one word of `start..end` (punctuation aside) whose head lies
/// outside the span.
pub(super) fn span_root(t: &Tree<'_>, start: usize, end: usize) -> Option<usize> {
    let mut roots = (start..end)
        .filter(|&w| t.upos[w] != Upos::Punct && t.heads[w].is_none_or(|h| h < start || h >= end));
    let root = roots.next()?;
    roots.next().is_none().then_some(root)
}

pub(super) fn is_quote(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”" | "``" | "''")
}

/// Names of days and months (as dyad-text reads them in datelines), and
/// the reference words `today`, `yesterday`, `tonight`, `week`, `month`,
/// `year`.
pub(super) fn is_time_name(word: &str) -> bool {
    use dyad_text::dateline::{month_number, weekday};
    month_number(word).is_some()
        || weekday(word).is_some()
        || matches!(
            word,
            "today" | "yesterday" | "tonight" | "week" | "month" | "year"
        )
}
