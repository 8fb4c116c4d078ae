//! dyad's own English part-of-speech tagger, lemmatizer and dependency
//! parser, trained on Universal Dependencies (UD English EWT and GUM) and
//! written in pure Rust with no external runtime.
//!
//! * **Tagger**: greedy averaged perceptron over joint (UPOS, XPOS)
//!   classes with a tag dictionary and ambiguity-class features, and a
//!   second pass that also sees the first pass's tags of the next words.
//! * **Lemmatizer**: exceptions learned from the treebank, irregular
//!   verbs, and suffix rules per XPOS for unseen words.
//! * **Parser**: arc-eager transition system, averaged perceptron with
//!   Zhang & Nivre style features, trained with a dynamic oracle on
//!   jackknifed (predicted) tags; full UD relation set of EWT and GUM.
//! * **Word clusters**: Brown clusters learned from the training text and
//!   unannotated news, used as tagger and parser features.
//!
//! The trained model (`model/en_ewt_gum.dyadm`) is embedded in the library;
//! [`Model::builtin`] decodes it.
//!
//! ```no_run
//! use dyad_parse::Model;
//!
//! let model = Model::builtin()?;
//! let words = ["Lavrov", "met", "Kerry", "in", "Geneva", "."];
//! let analysis = model.analyze(&words);
//! assert_eq!(analysis[1].lemma, "meet");
//! assert_eq!(analysis[0].deprel, "nsubj");
//! assert_eq!(analysis[0].head, Some(1)); // "Lavrov" depends on "met"
//! assert_eq!(analysis[1].head, None); // "met" is the root
//! # Ok::<(), dyad_parse::ParseError>(())
//! ```
//!
//! Training and evaluation:
//!
//! ```no_run
//! use std::path::Path;
//! use dyad_parse::{evaluate, train, TrainOptions};
//!
//! let ud = Path::new("/data/ud/en_ewt");
//! let model = train(
//!     &[&ud.join("en_ewt-ud-train.conllu")],
//!     Some(&ud.join("en_ewt-ud-dev.conllu")),
//!     &TrainOptions::default(),
//! )?;
//! model.save(Path::new("en_ewt.dyadm"))?;
//! let report = evaluate(&model, &ud.join("en_ewt-ud-test.conllu"))?;
//! println!("UAS {:.2} LAS {:.2}", report.uas, report.las);
//! # Ok::<(), dyad_parse::ParseError>(())
//! ```
#![deny(missing_docs)]

mod binio;
mod clusters;
pub mod conllu;
mod document;
mod embedded;
mod error;
mod eval;
mod hash;
mod intern;
mod lemma;
mod model;
mod parser;
mod rng;
mod tagger;
mod train;
mod upos;
mod weights;
mod words;

pub use document::{parse_document, parse_document_hinted};
pub use embedded::is_available as has_embedded_model;
pub use error::{ParseError, Result};
pub use eval::{evaluate, evaluate_sentences, EvalReport};
pub use model::{Model, WordAnalysis, FORMAT_VERSION};
pub use train::{train, train_treebanks, train_with_progress, TrainOptions, Treebank};
pub use upos::Upos;
