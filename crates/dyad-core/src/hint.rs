//! Hints to the tagger from knowledge outside its model.

/// What dyad knows about one token's tag before tagging it: the
/// dictionaries name it, or the text shows which way a quote mark faces.
/// The tagger follows a hint only where its own training data is silent
/// (a name it never saw) or where the hint is certain (quote direction).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagHint {
    /// No hint.
    #[default]
    Free,
    /// A word of a proper name the dictionaries know (`Bahrain`, `Macron`).
    Name,
    /// A lower-case word inside a known name (`es` of `Dar es Salaam`):
    /// part of the name, whatever the word means elsewhere.
    NameParticle,
    /// The lower-case common noun that ends a known group name (`states`
    /// of `Balkan states`): a noun, not the verb it may also be.
    NameNoun,
    /// A quote mark that opens a quotation (PTB ``` `` ```).
    OpeningQuote,
    /// A quote mark that closes a quotation (PTB `''`).
    ClosingQuote,
}
