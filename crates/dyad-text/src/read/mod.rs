//! Reading articles from files, directories, `.gz` files and standard
//! input, in plain text, JSONL, HTML or WARC.
//!
//! Every failure is a [`ReadError`] naming the input (and line, for
//! JSONL); one bad input or record never stops the others.

mod decode;
mod error;
mod html;
mod jsonl;
mod source;
mod warc;

pub use error::ReadError;
pub use source::{expand_inputs, Input};
pub use warc::WarcFault;

use dyad_core::{Article, Layout, Origin};
use std::io::{BufRead, BufReader, Read};

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

/// Reads every article of one input and hands each, or each error, to
/// `each`. Errors in one JSONL record do not stop the next.
pub fn read_input(
    input: &Input,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<ReadArticle, ReadError>),
) {
    match input.open() {
        Ok(reader) => {
            let options = ReadOptions {
                format: options.format.or_else(|| input.format_by_name()),
                ..*options
            };
            read_from(reader, input.name(), &options, each)
        }
        Err(e) => each(Err(e)),
    }
}

/// Reads the articles of any byte stream named `name`; the format is
/// `options.format`, else guessed from the first bytes. A stream that
/// starts with gzip's magic bytes is decompressed first, whatever its name.
///
/// ```
/// use dyad_text::{read::read_from, ReadOptions};
/// let mut ids = Vec::new();
/// let jsonl = "{\"id\": \"a\", \"text\": \"Talks.\"}\nnot json\n";
/// read_from(jsonl.as_bytes(), "feed", &ReadOptions::default(), &mut |r| ids.push(r.map(|a| a.article.id)));
/// assert_eq!(ids[0].as_deref().unwrap(), "a");
/// assert_eq!(ids[1].as_ref().unwrap_err().to_string(), "feed:2: malformed JSONL record: expected ident at line 1 column 2");
/// ```
pub fn read_from(
    reader: impl Read,
    name: &str,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<ReadArticle, ReadError>),
) {
    let mut reader = BufReader::with_capacity(64 << 10, reader);
    match reader.fill_buf() {
        Ok(head) if head.starts_with(&GZIP_MAGIC) => {
            let inflated: Box<dyn Read + '_> = Box::new(flate2::bufread::MultiGzDecoder::new(reader));
            return read_from(inflated, name, options, each);
        }
        Ok(_) => {}
        Err(e) => return each(Err(io_error(name, e))),
    }
    let format = match options.format {
        Some(format) => format,
        None => match reader.fill_buf() {
            Ok(head) => sniff(head),
            Err(e) => return each(Err(io_error(name, e))),
        },
    };
    match format {
        Format::Jsonl => jsonl::read_jsonl(reader, name, options, each),
        Format::Warc => warc::read_warc(reader, name, options, each),
        Format::Text | Format::Html => match read_whole(reader, name, options) {
            Ok(text) if format == Format::Html => each(Ok(html::read_html(&text, name))),
            Ok(text) => each(Ok(plain_article(text, name))),
            Err(e) => each(Err(e)),
        },
    }
}

fn plain_article(text: String, name: &str) -> ReadArticle {
    let article = Article {
        id: name.to_owned(),
        text,
        origin: Origin {
            input: name.to_owned(),
            line: None,
        },
        ..Article::default()
    };
    ReadArticle {
        article,
        layout: None,
    }
}

/// The first two bytes of every gzip member.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Guesses the format from the first bytes.
pub fn sniff(head: &[u8]) -> Format {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
    let head = &head[start..];
    if warc::looks_like_warc(head) {
        return Format::Warc;
    }
    if head.first() == Some(&b'{') {
        return Format::Jsonl;
    }
    let probe = String::from_utf8_lossy(&head[..head.len().min(1024)]).to_ascii_lowercase();
    if probe.starts_with('<')
        && (probe.contains("<html")
            || probe.contains("<!doctype html")
            || probe.contains("<article")
            || probe.contains("<p"))
    {
        return Format::Html;
    }
    Format::Text
}

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

fn read_whole(reader: impl Read, name: &str, options: &ReadOptions) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(options.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, e))?;
    if bytes.len() as u64 > options.max_bytes {
        return Err(ReadError::TooLarge {
            input: name.to_owned(),
            limit: options.max_bytes,
        });
    }
    decode::decode(bytes, name, options.lossy)
}
