//! Running the model over a [`dyad_core::Document`].

use crate::Model;
use dyad_core::{Document, TagHint, TokenTags};

/// Tags, lemmatises and parses every sentence of `doc`, filling
/// `doc.tags` in parallel with `doc.tokens`.
///
/// ```no_run
/// let mut doc = dyad_text_free_example();
/// dyad_parse::parse_document(&dyad_parse::Model::builtin()?, &mut doc);
/// assert_eq!(doc.tags.len(), doc.tokens.len());
/// # fn dyad_text_free_example() -> dyad_core::Document { dyad_core::Document::default() }
/// # Ok::<(), dyad_parse::ParseError>(())
/// ```
pub fn parse_document(model: &Model, doc: &mut Document) {
    parse_document_hinted(model, doc, &[]);
}

/// Like [`parse_document`], with one [`TagHint`] per token of `doc` (or
/// none).
pub fn parse_document_hinted(model: &Model, doc: &mut Document, hints: &[TagHint]) {
    doc.tags.clear();
    doc.tags.reserve(doc.tokens.len());
    let mut words: Vec<&str> = Vec::new();
    for sentence in &doc.sentences {
        // Field by field: `doc.tags` is written while the words borrow the text.
        words.clear();
        words.extend(
            doc.tokens[sentence.tokens.clone()]
                .iter()
                .map(|t| t.span.slice(&doc.article.text)),
        );
        let hints = hints.get(sentence.tokens.clone()).unwrap_or(&[]);
        let analysed = if sentence.zone == dyad_core::Zone::Body {
            model.analyze_hinted(&words, hints)
        } else {
            model.analyze_headline(&words, hints)
        };
        for a in analysed {
            doc.tags.push(TokenTags {
                upos: a.upos,
                xpos: a.xpos,
                lemma: a.lemma,
                head: a.head.map(|h| h as u32),
                deprel: dyad_core::Deprel::from_name_lenient(a.deprel),
            });
        }
    }
}
