//! Typed errors of dyad-parse.

use std::path::PathBuf;

/// Everything that can go wrong while reading data, training, saving or
/// loading a model.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// A CoNLL-U line is malformed.
    #[error("{path}:{line}: {message}")]
    Conllu {
        /// The file (or a name standing for the text) that was read.
        path: String,
        /// 1-based line number of the offending line.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The model bytes are not a dyad model or are damaged.
    #[error("invalid model: {0}")]
    InvalidModel(String),
    /// The model was written by a different, incompatible format version.
    #[error("model format version {found} is not supported (this build reads version {expected}); retrain or use a matching dyad-parse")]
    ModelVersion {
        /// Version found in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// This build carries no embedded model.
    #[error(
        "no embedded model: crates/dyad-parse/model/en_ewt_gum.dyadm was missing when dyad-parse was built"
    )]
    NoEmbeddedModel,
    /// Training data has no usable sentence.
    #[error("no training sentences in {0}")]
    EmptyTrainingData(PathBuf),
}

/// Shorthand for results of this crate.
pub type Result<T, E = ParseError> = std::result::Result<T, E>;
