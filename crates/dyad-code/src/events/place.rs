//! Where an event happened: the place named in its clause.

use crate::syntax::tree::Tree;
use dyad_core::{Deprel, Document};

/// The place of the clause headed by `clause`: a place phrase (`in
/// Geneva`, `near Kharkiv`) or a place object (`shelled Kharkiv`) up to
/// three steps below it.
pub(super) fn clause_place(
    doc: &Document,
    tree: &Tree<'_>,
    index: usize,
    clause: usize,
) -> Option<dyad_core::Place> {
    own_clause_place(doc, tree, index, clause).or_else(|| {
        // A complement or adverbial clause happens where its governing
        // clause does (`said in Geneva, after holding talks`).
        let inherits = matches!(
            tree.deprels[clause],
            Deprel::Advcl | Deprel::Xcomp | Deprel::Conj | Deprel::Acl | Deprel::Ccomp
        );
        tree.heads[clause]
            .filter(|_| inherits)
            .and_then(|h| own_clause_place(doc, tree, index, h))
    })
}

fn own_clause_place(
    doc: &Document,
    tree: &Tree<'_>,
    index: usize,
    clause: usize,
) -> Option<dyad_core::Place> {
    let base = doc.sentences[index].tokens.start;
    doc.places.iter().filter(|p| p.sentence == index).find_map(|p| {
        let w = p.tokens.end.checked_sub(1)?.checked_sub(base)?;
        let mut path = Vec::new();
        let mut cur = w;
        while let Some(h) = tree.heads[cur] {
            path.push(cur);
            if h == clause {
                // A place object counts (`shelled Kharkiv`) unless it is also
                // an actor (`thanked Berlin`): then only a place phrase does.
                let is_actor = doc.actors.iter().any(|a| a.span == p.span);
                let phrase = matches!(
                    tree.preposition(cur),
                    Some("in" | "at" | "near" | "outside" | "inside" | "across")
                );
                let placed =
                    phrase || (!is_actor && matches!(tree.deprels[cur], Deprel::Obj | Deprel::OblNpmod));
                return (placed && path.len() <= 3).then(|| p.clone());
            }
            if path.len() > 3 {
                return None;
            }
            cur = h;
        }
        None
    })
}
