//! [`WarcFault`]: what can be wrong with one WARC record.

use thiserror::Error;

/// What is wrong with one WARC record.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum WarcFault {
    /// The record does not open with a `WARC/` version line.
    #[error("not a WARC record (expected a `WARC/1.x` version line, found {0:?})")]
    NoVersionLine(String),
    /// A header line is not `Name: value`.
    #[error("malformed header line {0:?}")]
    BadHeader(String),
    /// The headers are longer than dyad accepts.
    #[error("header block longer than {0} bytes")]
    HeadersTooLong(usize),
    /// `Content-Length` is missing or not a number.
    #[error("missing or invalid Content-Length header")]
    NoLength,
    /// The input ends before the blank line that closes the headers.
    #[error("truncated record: the input ends inside its headers")]
    TruncatedHeaders,
    /// The input ends inside the record's block.
    #[error("truncated record: {got} of its {expected} block bytes")]
    TruncatedBlock {
        /// Block bytes present.
        got: u64,
        /// What `Content-Length` announced.
        expected: u64,
    },
}
