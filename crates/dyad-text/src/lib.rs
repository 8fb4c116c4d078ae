//! Reading news articles and cutting them into layout, sentences and
//! tokens, with exact byte spans.
//!
//! ```
//! use dyad_text::analyze_text;
//! let doc = analyze_text("Talks in Geneva\n\nJan. 21, 2022\n\nMr. Blinken met Lavrov. They spoke for 90 minutes.");
//! assert_eq!(doc.headline(), Some("Talks in Geneva"));
//! assert_eq!(doc.sentences.len(), 3); // headline + two body sentences
//! for t in &doc.tokens {
//!     assert!(!t.span.slice(&doc.article.text).trim().is_empty());
//! }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod dateline;
pub mod eval;
pub mod layout;
mod pipeline;
pub mod read;
mod sentences;
pub mod tokenize;

pub use dateline::parse_dateline;
pub use layout::detect_layout;
pub use pipeline::{analyze, analyze_text, TextPipeline};
pub use read::{expand_inputs, read_input, Format, Input, ReadArticle, ReadError, ReadOptions};
pub use sentences::{NewsSplitter, SentenceSplitter};
pub use tokenize::{tokenize_str, NewsTokenizer, Tokenizer};
