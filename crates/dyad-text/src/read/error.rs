//! Errors met while reading inputs. Each names the input and, where it
//! can, the position.

use super::fault::WarcFault;
use thiserror::Error;

/// Why an input, or one record of it, could not be read.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The file system refused (missing path, permissions, I/O fault).
    #[error("{input}: cannot read: {source}")]
    Io {
        /// The input as the user named it.
        input: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8; `--lossy` decodes them anyway.
    #[error("{input}: not valid UTF-8 at byte {offset} (use --lossy to replace bad bytes)")]
    NotUtf8 {
        /// The input.
        input: String,
        /// Byte offset of the first invalid sequence.
        offset: u64,
    },
    /// The input holds NUL bytes: it is binary, not text.
    #[error("{input}: binary data (NUL byte at offset {offset}), not an article")]
    Binary {
        /// The input.
        input: String,
        /// Byte offset of the first NUL byte.
        offset: u64,
    },
    /// The input (or JSONL record) holds no text.
    #[error("{input}: empty, no article text")]
    Empty {
        /// The input, with `:line` for a JSONL record.
        input: String,
    },
    /// The input (or one JSONL line) is larger than the limit.
    #[error("{input}: larger than the {limit}-byte limit for one article (see --max-bytes)")]
    TooLarge {
        /// The input, with `:line` for a JSONL record.
        input: String,
        /// The limit in bytes.
        limit: u64,
    },
    /// A JSONL line is not a valid article record.
    #[error("{input}:{line}: malformed JSONL record: {message}")]
    Json {
        /// The input.
        input: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A WARC record is malformed or truncated; reading goes on with the
    /// next record when the input allows it.
    #[error("{input}: WARC record {record} at byte {offset}: {fault}")]
    Warc {
        /// The input.
        input: String,
        /// The record's number in the input, from 1.
        record: u64,
        /// Where the record starts (in the decompressed stream for `.gz`).
        offset: u64,
        /// What is wrong with it.
        fault: WarcFault,
    },
    /// A `.gz` input is corrupt or truncated.
    #[error("{input}: corrupt gzip data: {message}")]
    Gzip {
        /// The input.
        input: String,
        /// What the decoder said.
        message: String,
    },
}

impl ReadError {
    /// The input the error is about, as the user named it.
    pub fn input(&self) -> &str {
        match self {
            ReadError::Io { input, .. }
            | ReadError::NotUtf8 { input, .. }
            | ReadError::Binary { input, .. }
            | ReadError::Empty { input }
            | ReadError::TooLarge { input, .. }
            | ReadError::Json { input, .. }
            | ReadError::Warc { input, .. }
            | ReadError::Gzip { input, .. } => input,
        }
    }
}

/// The error of an I/O failure on `input`: a [`ReadError::Gzip`] when the
/// gzip decoder refused the bytes, else a [`ReadError::Io`].
pub(crate) fn io_error(input: &str, source: std::io::Error) -> ReadError {
    if source.kind() == std::io::ErrorKind::InvalidInput || source.kind() == std::io::ErrorKind::InvalidData {
        return ReadError::Gzip {
            input: input.to_owned(),
            message: source.to_string(),
        };
    }
    ReadError::Io {
        input: input.to_owned(),
        source,
    }
}
