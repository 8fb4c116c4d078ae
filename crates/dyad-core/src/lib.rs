//! Core types of dyad, the political event coder.
//!
//! Everything dyad finds in an article points back into the article's
//! text through a [`Span`], a `[start, end)` byte range that never
//! changes after tokenization.
//!
//! ```
//! use dyad_core::{Article, Span};
//! let article = Article { text: "Moscow demanded talks.".into(), ..Default::default() };
//! let span = Span::new(0, 6);
//! assert_eq!(span.slice(&article.text), "Moscow");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
pub mod conllu;
mod document;
mod hint;
pub mod json;
mod provenance;
mod published;
pub mod score;
pub mod sink;
mod span;
pub mod vocab;

pub use article::{Article, Origin};
pub use document::{
    Actor, Caption, DatePrecision, Document, Event, EventActor, Layout, Mode, Place, Quote, QuoteKind,
    QuoteSpeaker, Sentence, TimeExpr, Token, TokenTags, Zone,
};
pub use hint::TagHint;
pub use provenance::{Provenance, Rule};
pub use published::Published;
pub use sink::{Counter, Sink};
pub use span::Span;
pub use vocab::{Deprel, Upos};

/// Re-exported so that other crates name dates with the same types.
pub use chrono;
