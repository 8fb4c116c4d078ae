//! Where documents go once analysed.
//!
//! Every consumer of results — the JSONL printer, the store writer, a
//! counter — is a [`Sink`]. The pipeline hands each finished document to
//! its sink and never cares what the sink does with it.

use crate::Document;

/// A consumer of analysed documents.
pub trait Sink {
    /// The sink's own error type.
    type Error;

    /// Takes one analysed document.
    fn document(&mut self, doc: &Document) -> Result<(), Self::Error>;

    /// Called once after the last document; flushes what is buffered.
    fn finish(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// A sink that counts documents, sentences and tokens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counter {
    /// Documents seen.
    pub documents: u64,
    /// Sentences seen.
    pub sentences: u64,
    /// Tokens seen.
    pub tokens: u64,
    /// Bytes of article text seen.
    pub bytes: u64,
}

impl Sink for Counter {
    type Error = std::convert::Infallible;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        self.documents += 1;
        self.sentences += doc.sentences.len() as u64;
        self.tokens += doc.tokens.len() as u64;
        self.bytes += doc.article.text.len() as u64;
        Ok(())
    }
}

impl<S: Sink + ?Sized> Sink for &mut S {
    type Error = S::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        (**self).document(doc)
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        (**self).finish()
    }
}
