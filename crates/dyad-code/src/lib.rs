//! dyad's coding stages over a parsed [`dyad_core::Document`]: the repaired
//! parse ([`syntax`]), actors ([`actors`]), places ([`places`]), time
//! expressions ([`times`]), quotes ([`quotes`]) and events ([`events`]).
//! `dyad-pipeline` runs them in order; each can also run alone:
//!
//! ```
//! use dyad_code::actors::ActorResolver;
//! let resolver = ActorResolver::builtin();
//! let mut doc = dyad_text::analyze_text("Talks\n\nJan. 21, 2022\n\nRussian Foreign Minister Sergei Lavrov met NATO envoys in Geneva.");
//! resolver.resolve(&mut doc);
//! let codes: Vec<&str> = doc.actors.iter().map(|a| a.code.as_str()).collect();
//! assert_eq!(codes, ["RUSGOV", "IGOWSTNAT"]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod actors;
pub mod events;
pub mod hints;
pub mod places;
pub mod quotes;
pub mod syntax;
pub mod times;
