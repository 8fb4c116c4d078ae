//! Reading articles from files, directories, `.gz` files and standard
//! input, in plain text, JSONL, HTML or WARC.
//!
//! Every failure is a [`ReadError`] naming the input (and line, for
//! JSONL); one bad input or record never stops the others.

mod decode;
mod error;
mod fault;
mod html;
mod jsonl;
mod source;
mod stream;
mod types;
mod warc;

pub use error::ReadError;
pub use fault::WarcFault;
pub use source::{expand_inputs, Input};
pub use types::{Format, ReadArticle, ReadOptions};

use dyad_core::{Article, Origin};
use error::io_error;
use std::io::{BufRead, Read};
use stream::{gunzipped, read_whole};

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
    let mut reader = match gunzipped(reader, name) {
        Ok(reader) => reader,
        Err(e) => return each(Err(e)),
    };
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
