//! dyad's one analysis pipeline.
//!
//! A [`Pipeline`] owns everything it needs (the parser model, the built-in
//! and the user's dictionaries, the event lexicon and the gazetteer), is
//! built once by a [`Builder`] that returns typed errors, and is `Send +
//! Sync`, so one pipeline serves every thread. [`Pipeline::analyze`] runs
//! the stages in this order, each reading what the ones before wrote into
//! the [`Document`](dyad_core::Document):
//!
//! 1. **text** (`dyad-text`): layout, tokens, sentences;
//! 2. **parse** (`dyad-parse`): tags, lemmas and dependencies, hinted by
//!    the dictionaries' names and the direction of quote marks;
//! 3. **repairs** (`dyad_code::syntax`): the parse errors a dependency
//!    grammar cannot have, fixed once and written back: every later stage
//!    reads this one tree;
//! 4. **actors**: mentions coded in CAMEO as of the article's date;
//! 5. **places**: place names and the dateline, geocoded;
//! 6. **times**: time expressions, normalised against the article's date;
//! 7. **quotes**: quotes and their speakers, then first-person words inside
//!    quotes as the speaker's actor;
//! 8. **events**: lexicon frames over the repaired tree, dated by the
//!    times stage.
//!
//! ```
//! let pipeline = dyad_pipeline::Pipeline::builder().build()?;
//! let doc = pipeline.analyze_text("Russian troops attacked Ukraine on Monday.", Some("2022-06-15".parse()?));
//! assert_eq!(doc.events[0].cameo.get(..2), Some("19"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod builder;
pub mod explain;
mod pipeline;

pub use builder::{Builder, ModelSource, PipelineError};
pub use pipeline::Pipeline;
