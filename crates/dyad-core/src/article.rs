//! Articles as dyad reads them, whatever their container.

use crate::Published;
use std::fmt;

/// One news article: its text and what its container said about it.
///
/// `text` is what every span points into. For plain-text files it is the
/// file itself; for JSONL it is the `text` field; for HTML it is the text
/// dyad extracted from the page (headline, paragraphs and captions, one
/// block per paragraph).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Article {
    /// Stable identifier: the container's `id`, else derived from the input.
    pub id: String,
    /// Where the article was published online, when known.
    pub url: Option<String>,
    /// The outlet, e.g. `ABC News`, when known.
    pub source: Option<String>,
    /// A headline given by the container (JSONL `title`, HTML `<title>`).
    pub title: Option<String>,
    /// Publication time given by the container, when known.
    pub published: Option<Published>,
    /// The article text that spans point into.
    pub text: String,
    /// Where dyad read the article.
    pub origin: Origin,
}

/// The input an article came from: a path (or `-`) and, for line-based
/// containers, the 1-based line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Origin {
    /// Path of the input as the user named it, `-` for standard input.
    pub input: String,
    /// 1-based line within the input (JSONL), when it applies.
    pub line: Option<u64>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}", self.input, line),
            None => write!(f, "{}", self.input),
        }
    }
}
