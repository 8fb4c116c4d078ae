//! dyad's embedded store: coded articles, their event mentions, and the
//! GDELT-style roll-up of mentions into events, in one SQLite file.
//!
//! The store is written through [`StoreWriter`], a [`dyad_core::Sink`]:
//! each batch of documents is one transaction, so a crash at any moment
//! leaves whole articles only. Articles are keyed by the SHA-256 of their
//! text; one already coded in the current run is skipped. Each coding
//! pass is a *run*; queries read the latest committed run.
//!
//! ```
//! use dyad_core::{Article, Document, Sink};
//! use dyad_store::{Filter, Store};
//! let dir = std::env::temp_dir().join(format!("dyad-store-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("doc.db");
//! let mut store = Store::open(&path).unwrap();
//! let run = store.begin_run(false).unwrap();
//! let doc = Document {
//!     article: Article { id: "a1".into(), text: "Talks began.".into(), ..Default::default() },
//!     ..Default::default()
//! };
//! let mut writer = store.writer(run.id);
//! writer.document(&doc).unwrap();
//! writer.finish().unwrap();
//! drop(writer);
//! assert!(store.is_coded(run.id, &dyad_store::content_hash(&doc.article.text)).unwrap());
//! assert!(store.events(&Filter::default()).unwrap().is_empty());
//! # std::fs::remove_dir_all(&dir).ok();
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod columns;
mod error;
pub mod export;
mod query;
mod rows;
pub mod schema;
mod series;
mod store;
mod writer;

pub use error::{Result, StoreError};
pub use query::{Filter, SideMatch, COUNTED_MODES_SQL, MODES};
pub use rows::{EventRow, MentionRow};
pub use series::{series, Period, SeriesRow};
pub use store::{content_hash, Run, Stats, Store, StoredArticle};
pub use writer::StoreWriter;
