//! The sentence as a dependency tree, and the one place where the parse
//! is repaired.
//!
//! [`repair`] runs once per document, right after the parser: it rebuilds
//! each sentence's tree, fixes the errors a dependency grammar cannot have
//! and the news constructions a parser trained on web text misses
//! ([`repairs`]), and writes the repaired heads, relations and tags back
//! into `doc.tags`. Every later stage (actors, places, times, quotes,
//! events) and `dyad analyze` read that one repaired parse, through
//! [`tree::Tree`] views. The word classes the stages share live in
//! [`words`]; the paths lexicon frames walk, in [`path`].

pub(crate) mod inflect;
pub(crate) mod path;
pub(crate) mod relative;
mod repairs;
pub(crate) mod tree;
pub(crate) mod words;

use dyad_core::Document;

/// Repairs the parse of every sentence of `doc` in place.
pub fn repair(doc: &mut Document) {
    if doc.tags.len() != doc.tokens.len() {
        return;
    }
    for index in 0..doc.sentences.len() {
        let sentence = doc.sentences[index].clone();
        let repaired = {
            let mut tree = tree::Tree::new(doc, &sentence);
            repairs::repair(&mut tree);
            (0..tree.len())
                .map(|i| (tree.heads[i], tree.deprels[i], tree.upos[i], tree.xpos[i]))
                .collect::<Vec<_>>()
        };
        for (tag, (head, deprel, upos, xpos)) in doc.tags[sentence.tokens].iter_mut().zip(repaired) {
            tag.head = head.map(|h| h as u32);
            tag.deprel = deprel;
            tag.upos = upos;
            tag.xpos = xpos;
        }
    }
}
