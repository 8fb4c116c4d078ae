//! dyad's actor dictionaries: facts written down by the dyad developers,
//! current to 2026, embedded in the binary; loaders for users' own files
//! in dyad's TSV format and in the legacy TABARI/PETRARCH formats; and
//! the automaton that finds dictionary names in tokenized text.
//!
//! ```
//! let dicts = dyad_dict::builtin();
//! let lavrov = dicts.people.iter().find(|p| p.name == "Sergei Lavrov").unwrap();
//! let date = chrono::NaiveDate::from_ymd_opt(2022, 1, 21).unwrap();
//! assert_eq!(lavrov.role_on(date).unwrap().code, "RUSGOV");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod error;
pub mod given_names;
pub mod legacy;
mod load;
pub mod matcher;
pub mod model;
pub mod places;
pub mod tsv;

pub use error::DictError;
pub use given_names::GivenNames;
pub use load::{builtin, check_embedded, embedded_file_names, load_dir, load_files};
pub use matcher::{Entry, EntryKind, Gazetteer, MatchScratch, NameMatch};
pub use model::{Agent, Country, Dictionaries, Location, Metonym, Named, Person, Role};
