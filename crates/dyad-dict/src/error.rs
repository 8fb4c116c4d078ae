//! Dictionary errors: always a file, a line and a reason.

use thiserror::Error;

/// A dictionary line (or file) that could not be used.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{file}:{line}: {reason}")]
pub struct DictError {
    /// The file.
    pub file: String,
    /// 1-based line; 0 for the file as a whole.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

impl DictError {
    /// An error at `file:line`.
    pub fn new(file: &str, line: usize, reason: impl Into<String>) -> DictError {
        DictError {
            file: file.to_owned(),
            line,
            reason: reason.into(),
        }
    }
}
