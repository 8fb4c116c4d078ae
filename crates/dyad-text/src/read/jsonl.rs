//! JSONL: one article record per line.

use super::decode::decode;
use super::error::{io_error, ReadError};
use super::types::{ReadArticle, ReadOptions};
use dyad_core::{Article, Origin, Published};
use serde::Deserialize;
use std::io::{BufRead, Read};

/// The record a JSONL line holds; only `text` is required.
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    text: String,
}

/// Reads each line as one article; a bad line is reported with its
/// number and the next line is read.
pub fn read_jsonl(
    mut reader: impl BufRead,
    name: &str,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<ReadArticle, ReadError>),
) {
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    loop {
        line_no += 1;
        buf.clear();
        let read = (&mut reader)
            .take(options.max_bytes + 1)
            .read_until(b'\n', &mut buf);
        match read {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) => return each(Err(io_error(name, e))),
        }
        if buf.len() as u64 > options.max_bytes && !buf.ends_with(b"\n") {
            each(Err(ReadError::TooLarge {
                input: format!("{name}:{line_no}"),
                limit: options.max_bytes,
            }));
            if let Err(e) = skip_line(&mut reader) {
                return each(Err(io_error(name, e)));
            }
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        each(parse_line(std::mem::take(&mut buf), name, line_no, options));
    }
}

fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        if let Some(at) = memchr::memchr(b'\n', chunk) {
            reader.consume(at + 1);
            return Ok(());
        }
        let n = chunk.len();
        reader.consume(n);
    }
}

fn parse_line(
    bytes: Vec<u8>,
    name: &str,
    line: u64,
    options: &ReadOptions,
) -> Result<ReadArticle, ReadError> {
    let at = format!("{name}:{line}");
    let text = decode(bytes, &at, options.lossy)?;
    let bad = |message: String| ReadError::Json {
        input: name.to_owned(),
        line,
        message,
    };
    let record: Record = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    if record.text.trim().is_empty() {
        return Err(ReadError::Empty { input: at });
    }
    let published = match record
        .published
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(p) => Some(
            Published::parse_iso(p)
                .ok_or_else(|| bad(format!("`published` is not an ISO 8601 date: {p:?}")))?,
        ),
        None => None,
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(serde_json::Value::Null) | None => at.clone(),
        Some(other) => return Err(bad(format!("`id` must be a string or number, not {other}"))),
    };
    let article = Article {
        id,
        url: record.url,
        source: record.source,
        title: record.title,
        published,
        text: record.text,
        origin: Origin {
            input: name.to_owned(),
            line: Some(line),
        },
    };
    Ok(ReadArticle {
        article,
        layout: None,
    })
}
