//! What reading produces and how it is steered: [`ReadArticle`],
//! [`Format`], [`ReadOptions`].

use dyad_core::{Article, Layout};

/// An article as read, with the layout its container already gave (HTML)
/// or `None` when dyad must find the layout in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadArticle {
    /// The article.
    pub article: Article,
    /// Its layout, when the container made it explicit.
    pub layout: Option<Layout>,
}

/// The container format of an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A plain-text article shaped like a news page.
    Text,
    /// One JSON article record per line.
    Jsonl,
    /// An HTML page.
    Html,
    /// A WARC web archive: each HTML response record is an article.
    Warc,
}

/// How inputs are read.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 instead of rejecting the input.
    pub lossy: bool,
    /// Largest article (or JSONL line) accepted, in bytes.
    pub max_bytes: u64,
    /// Force a format instead of guessing it.
    pub format: Option<Format>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            lossy: false,
            max_bytes: 32 << 20,
            format: None,
        }
    }
}
