//! A mention the rules found in one sentence.

/// A mention found in one sentence, before it becomes an [`Actor`](dyad_core::Actor).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Sentence-relative tokens.
    pub tokens: std::ops::Range<usize>,
    /// CAMEO code.
    pub code: String,
    /// Canonical name.
    pub name: String,
    /// The deciding rule or entry.
    pub by: dyad_core::Provenance,
    /// A place (`in Crimea`), not an actor.
    pub place: bool,
}
