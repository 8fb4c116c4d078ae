//! WARC files (ISO 28500, `WARC/1.0` and `WARC/1.1`) as web archives and
//! Common Crawl News publish them: each `response` record holding an HTML
//! page (HTTP status 200, an HTML or absent content type) is one article,
//! read by the HTML reader; every other record is skipped.
//!
//! A record is a version line, header lines up to a blank line, then
//! `Content-Length` bytes of block and two line ends. A record that cannot
//! be read is reported as a [`ReadError::Warc`] naming the input, the
//! record's number (counting from 1) and the byte offset where it starts
//! (in the decompressed stream for `.warc.gz`); reading then resumes at the
//! next line that opens a record, so the records after a bad one still come
//! through. A file that ends inside a record ends the input.

use super::error::{io_error, ReadError};
use super::fault::WarcFault;
use super::html::read_html;
use super::stream::{gunzipped, read_whole};
use super::types::{ReadArticle, ReadOptions};
use std::io::{BufRead, Read};

/// Longest header line kept; a longer one is a malformed header.
const MAX_LINE: usize = 64 << 10;
/// Largest header block of one record.
const MAX_HEADERS: usize = 1 << 20;
/// Room for the HTTP status line and headers above the article limit.
const HTTP_HEAD_ROOM: u64 = 64 << 10;

/// Whether the first bytes of a stream are a WARC version line.
pub fn looks_like_warc(head: &[u8]) -> bool {
    head.starts_with(b"WARC/")
}

/// A reader that knows how many bytes it has handed out.
struct Tracked<R> {
    inner: R,
    offset: u64,
}

/// One line, without its line end.
struct Line {
    /// The line's first bytes (all of them unless `cut`).
    bytes: Vec<u8>,
    /// The line was longer than what was kept.
    cut: bool,
    /// The input ended before a line feed.
    unterminated: bool,
}

impl<R: BufRead> Tracked<R> {
    /// Reads through the next `\n`, keeping at most `keep` bytes; `None`
    /// at the end of the input.
    fn line(&mut self, keep: usize) -> std::io::Result<Option<Line>> {
        let mut line = Line {
            bytes: Vec::new(),
            cut: false,
            unterminated: false,
        };
        let mut any = false;
        loop {
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                line.unterminated = true;
                return Ok(any.then_some(line));
            }
            any = true;
            let (chunk, done) = match memchr::memchr(b'\n', buf) {
                Some(at) => (&buf[..=at], true),
                None => (buf, false),
            };
            let room = keep.saturating_sub(line.bytes.len());
            line.cut |= chunk.len() > room + usize::from(done);
            line.bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
            let n = chunk.len();
            self.inner.consume(n);
            self.offset += n as u64;
            if done {
                while matches!(line.bytes.last(), Some(b'\n' | b'\r')) {
                    line.bytes.pop();
                }
                return Ok(Some(line));
            }
        }
    }

    /// Reads `len` bytes of block, or skips them when `keep` is false;
    /// returns the bytes kept and how many there were.
    fn block(&mut self, len: u64, keep: bool) -> std::io::Result<(Vec<u8>, u64)> {
        let mut limited = (&mut self.inner).take(len);
        let (bytes, got) = if keep {
            let mut bytes = Vec::with_capacity(len.min(1 << 20) as usize);
            let got = limited.read_to_end(&mut bytes)? as u64;
            (bytes, got)
        } else {
            (Vec::new(), std::io::copy(&mut limited, &mut std::io::sink())?)
        };
        self.offset += got;
        Ok((bytes, got))
    }
}

/// The named headers of one record (names lower-cased).
#[derive(Default)]
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// What reading one record's head came to.
enum Head {
    /// The input is over.
    End,
    /// A record opening at `start`, with its headers.
    Record { start: u64, headers: Headers },
    /// A bad record at `start`; `resync` says whether to look for the next.
    Fault {
        start: u64,
        fault: WarcFault,
        resync: bool,
    },
}

/// Reads every record of a WARC stream named `name` and hands each HTML
/// page, or each error, to `each`.
pub fn read_warc(
    reader: impl BufRead,
    name: &str,
    options: &ReadOptions,
    each: &mut dyn FnMut(Result<ReadArticle, ReadError>),
) {
    let mut r = Tracked {
        inner: reader,
        offset: 0,
    };
    let mut number = 0u64;
    // A version line met while skipping a bad record, with its offset.
    let mut found: Option<(u64, Line)> = None;
    loop {
        let head = match read_head(&mut r, found.take()) {
            Ok(head) => head,
            Err(e) => {
                let at = format!("{name}: WARC record {} at byte {}", number + 1, r.offset);
                return each(Err(io_error(&at, e)));
            }
        };
        let (start, headers) = match head {
            Head::End => return,
            Head::Record { start, headers } => {
                number += 1;
                (start, headers)
            }
            Head::Fault { start, fault, resync } => {
                number += 1;
                each(Err(ReadError::Warc {
                    input: name.to_owned(),
                    record: number,
                    offset: start,
                    fault,
                }));
                if !resync {
                    return;
                }
                match next_record(&mut r) {
                    Ok(Some(line)) => found = Some(line),
                    Ok(None) => return,
                    Err(e) => {
                        let at = format!("{name}: WARC record {} at byte {}", number + 1, r.offset);
                        return each(Err(io_error(&at, e)));
                    }
                }
                continue;
            }
        };
        let Some(len) = headers.get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            each(Err(ReadError::Warc {
                input: name.to_owned(),
                record: number,
                offset: start,
                fault: WarcFault::NoLength,
            }));
            match next_record(&mut r) {
                Ok(Some(line)) => found = Some(line),
                Ok(None) => return,
                Err(e) => return each(Err(io_error(&format!("{name}: WARC record {number}"), e))),
            }
            continue;
        };
        let origin = format!("{name}: WARC record {number}");
        let response = headers.get("warc-type") == Some("response");
        let too_large = len > options.max_bytes + HTTP_HEAD_ROOM;
        let (block, got) = match r.block(len, response && !too_large) {
            Ok(read) => read,
            Err(e) => return each(Err(io_error(&format!("{origin} at byte {start}"), e))),
        };
        if got < len {
            return each(Err(ReadError::Warc {
                input: name.to_owned(),
                record: number,
                offset: start,
                fault: WarcFault::TruncatedBlock { got, expected: len },
            }));
        }
        if !response {
            continue;
        }
        if too_large {
            each(Err(ReadError::TooLarge {
                input: origin,
                limit: options.max_bytes,
            }));
            continue;
        }
        let Some(body) = html_page(&block) else {
            continue;
        };
        let uri = headers.get("warc-target-uri").filter(|u| !u.is_empty());
        let page = gunzipped(body, &origin)
            .and_then(|reader| read_whole(reader, &origin, options))
            .map(|text| read_html(&text, &origin));
        each(page.map(|mut a| {
            if let Some(uri) = uri {
                a.article.id = uri.to_owned();
                a.article.url = Some(uri.to_owned());
            }
            a
        }));
    }
}

/// Reads a record's version line (or takes the one `found` while
/// skipping) and its headers, up to the blank line.
fn read_head<R: BufRead>(r: &mut Tracked<R>, found: Option<(u64, Line)>) -> std::io::Result<Head> {
    let (start, first) = match found {
        Some(found) => found,
        None => loop {
            let start = r.offset;
            match r.line(MAX_LINE)? {
                None => return Ok(Head::End),
                Some(line) if line.bytes.iter().all(u8::is_ascii_whitespace) && !line.cut => {}
                Some(line) => break (start, line),
            }
        },
    };
    if !looks_like_warc(&first.bytes) {
        let shown = String::from_utf8_lossy(&first.bytes[..first.bytes.len().min(40)]).into_owned();
        return Ok(Head::Fault {
            start,
            fault: WarcFault::NoVersionLine(shown),
            resync: true,
        });
    }
    let mut headers = Headers::default();
    let mut size = first.bytes.len();
    loop {
        let Some(line) = r.line(MAX_LINE)? else {
            return Ok(fault(start, WarcFault::TruncatedHeaders, false));
        };
        if line.unterminated {
            return Ok(fault(start, WarcFault::TruncatedHeaders, false));
        }
        if line.bytes.is_empty() {
            return Ok(Head::Record { start, headers });
        }
        size += line.bytes.len();
        if line.cut || size > MAX_HEADERS {
            return Ok(fault(start, WarcFault::HeadersTooLong(MAX_HEADERS), true));
        }
        let text = String::from_utf8_lossy(&line.bytes);
        if text.starts_with([' ', '\t']) {
            // A folded line continues the previous header's value.
            match headers.0.last_mut() {
                Some((_, value)) => {
                    if !value.is_empty() {
                        value.push(' ');
                    }
                    value.push_str(text.trim());
                }
                None => return Ok(fault(start, WarcFault::BadHeader(text.into_owned()), true)),
            }
            continue;
        }
        match text.split_once(':') {
            Some((key, value))
                if !key.is_empty() && key.bytes().all(|b| b.is_ascii_graphic() && b != b':') =>
            {
                headers
                    .0
                    .push((key.to_ascii_lowercase(), value.trim().to_owned()));
            }
            _ => return Ok(fault(start, WarcFault::BadHeader(text.into_owned()), true)),
        }
    }
}

fn fault(start: u64, fault: WarcFault, resync: bool) -> Head {
    Head::Fault { start, fault, resync }
}

/// Skips to the next line that opens a record and returns it with its
/// offset; `None` at the end of the input.
fn next_record<R: BufRead>(r: &mut Tracked<R>) -> std::io::Result<Option<(u64, Line)>> {
    loop {
        let start = r.offset;
        match r.line(MAX_LINE)? {
            None => return Ok(None),
            Some(line) if looks_like_warc(&line.bytes) && !line.cut => return Ok(Some((start, line))),
            Some(_) => {}
        }
    }
}

/// The body of an HTTP response that is an HTML page (status 200, HTML or
/// no content type); `None` for redirects, errors and other media.
fn html_page(payload: &[u8]) -> Option<&[u8]> {
    let (end, gap) = match memchr::memmem::find(payload, b"\r\n\r\n") {
        Some(at) => (at, 4),
        None => (memchr::memmem::find(payload, b"\n\n")?, 2),
    };
    let head = String::from_utf8_lossy(&payload[..end]).to_ascii_lowercase();
    let mut lines = head.lines();
    let status = lines.next()?;
    if !status.starts_with("http/") || status.split_whitespace().nth(1) != Some("200") {
        return None;
    }
    let content_type = lines.find_map(|l| l.strip_prefix("content-type:"));
    if content_type.is_some_and(|t| !t.contains("html")) {
        return None;
    }
    Some(&payload[end + gap..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        )
    }

    fn page(title: &str, status: &str) -> String {
        format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html\r\n\r\n\
             <html><head><title>{title}</title></head><body><p>{title} met.</p></body></html>"
        )
    }

    /// (titles of the articles, errors as text).
    fn read(bytes: &[u8]) -> (Vec<String>, Vec<String>) {
        let (mut titles, mut errors) = (Vec::new(), Vec::new());
        read_warc(bytes, "t.warc", &ReadOptions::default(), &mut |r| match r {
            Ok(a) => titles.push(a.article.title.unwrap_or_default()),
            Err(e) => errors.push(e.to_string()),
        });
        (titles, errors)
    }

    #[test]
    fn html_responses_are_articles_and_other_records_are_skipped() {
        let mut warc = record("warcinfo", "", "software: test\r\n");
        warc += &record("request", "https://a.example/", "GET / HTTP/1.1\r\n\r\n");
        warc += &record("response", "https://a.example/", &page("Alpha", "200 OK"));
        warc += &record(
            "response",
            "https://a.example/gone",
            &page("Gone", "404 Not Found"),
        );
        let image = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n<p>x</p>";
        warc += &record("response", "https://a.example/i.png", image);
        warc += &record("response", "https://b.example/", &page("Beta", "200 OK"));
        let mut ids = Vec::new();
        read_warc(warc.as_bytes(), "t.warc", &ReadOptions::default(), &mut |r| {
            let a = r.unwrap();
            ids.push((a.article.id, a.article.url, a.article.origin.input));
        });
        assert_eq!(
            ids,
            [
                (
                    "https://a.example/".to_owned(),
                    Some("https://a.example/".to_owned()),
                    "t.warc: WARC record 3".to_owned()
                ),
                (
                    "https://b.example/".to_owned(),
                    Some("https://b.example/".to_owned()),
                    "t.warc: WARC record 6".to_owned()
                ),
            ]
        );
    }

    /// (what goes between two good records, the error expected).
    #[test]
    fn a_bad_record_is_named_with_its_offset_and_the_next_one_still_reads() {
        let good = record("response", "https://a.example/", &page("Alpha", "200 OK"));
        let cases: &[(String, &str)] = &[
            (
                "WARC/1.0\r\nWARC-Type response\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n".to_owned(),
                "malformed header line \"WARC-Type response\"",
            ),
            (
                "WARC/1.0\r\nWARC-Type: response\r\n\r\nabc\r\n\r\n".to_owned(),
                "missing or invalid Content-Length header",
            ),
            (
                "WARC/1.0\r\nContent-Length: many\r\n\r\nabc\r\n\r\n".to_owned(),
                "missing or invalid Content-Length header",
            ),
            (
                "garbage between records\r\nmore\r\n".to_owned(),
                "not a WARC record (expected a `WARC/1.x` version line, found \"garbage between records\")",
            ),
            (
                "WARC/1.0\r\n: no name\r\n\r\n".to_owned(),
                "malformed header line \": no name\"",
            ),
        ];
        for (bad, message) in cases {
            let warc = format!("{good}{bad}{good}");
            let (titles, errors) = read(warc.as_bytes());
            assert_eq!(titles, ["Alpha", "Alpha"], "{bad:?}: {errors:?}");
            assert_eq!(
                errors,
                [format!("t.warc: WARC record 2 at byte {}: {message}", good.len())],
                "{bad:?}"
            );
        }
    }

    #[test]
    fn a_truncated_record_ends_the_input_after_the_good_ones() {
        let good = record("response", "https://a.example/", &page("Alpha", "200 OK"));
        let cut = record("response", "https://b.example/", &page("Beta", "200 OK"));
        let block = page("Beta", "200 OK").len();
        let cases = [
            (
                &cut[..cut.len() - 40],
                format!("truncated record: {} of its {block} block bytes", block - 36),
            ),
            (
                &cut[..30],
                "truncated record: the input ends inside its headers".to_owned(),
            ),
        ];
        for (tail, message) in cases {
            let warc = format!("{good}{tail}");
            let (titles, errors) = read(warc.as_bytes());
            assert_eq!(titles, ["Alpha"]);
            assert_eq!(
                errors,
                [format!("t.warc: WARC record 2 at byte {}: {message}", good.len())]
            );
        }
    }

    #[test]
    fn a_short_content_length_loses_one_record_only() {
        let good = record("response", "https://a.example/", &page("Alpha", "200 OK"));
        let payload = page("Beta", "200 OK");
        let wrong = record("response", "https://b.example/", &payload).replace(
            &format!("Content-Length: {}", payload.len()),
            &format!("Content-Length: {}", payload.len() - 20),
        );
        let warc = format!("{good}{wrong}{good}");
        let (titles, errors) = read(warc.as_bytes());
        // Beta's page is cut short (its paragraph is lost), its tail is
        // reported, and the record after it reads.
        assert_eq!(titles, ["Alpha", "Beta", "Alpha"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("t.warc: WARC record 3 at byte "),
            "{errors:?}"
        );
        assert!(errors[0].contains("not a WARC record"), "{errors:?}");
    }

    #[test]
    fn a_response_over_the_limit_is_refused_and_skipped() {
        let big = page(&"x".repeat(300), "200 OK");
        let warc = record("response", "https://big.example/", &big)
            + &record("response", "https://a.example/", &page("Alpha", "200 OK"));
        let options = ReadOptions {
            max_bytes: 100,
            ..ReadOptions::default()
        };
        let mut got = Vec::new();
        read_warc(warc.as_bytes(), "t.warc", &options, &mut |r| {
            got.push(r.map(|a| a.article.id).map_err(|e| e.to_string()))
        });
        assert_eq!(
            got,
            [
                Err(
                    "t.warc: WARC record 1: larger than the 100-byte limit for one article (see --max-bytes)"
                        .to_owned()
                ),
                Ok("https://a.example/".to_owned()),
            ]
        );
    }

    #[test]
    fn folded_headers_and_lf_line_ends_are_read() {
        let payload = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>Gamma met.</p>";
        let warc = format!(
            "\r\nWARC/1.1\nWARC-Type: response\nWARC-Target-URI:\n  https://g.example/\nContent-Length: {}\n\n{payload}\n\n",
            payload.len()
        );
        let mut got = Vec::new();
        read_warc(warc.as_bytes(), "t.warc", &ReadOptions::default(), &mut |r| {
            got.push(r.unwrap().article.url)
        });
        assert_eq!(got, [Some("https://g.example/".to_owned())]);
    }
}
