//! WARC files as Common Crawl News publishes them: each `response` record
//! holding an HTML page is one article, read by dyad-text's HTML reader.

use dyad_text::read::read_from;
use dyad_text::{Format, Input, ReadArticle, ReadError, ReadOptions};
use std::io::BufReader;
use warc::{RawRecordHeader, WarcHeader, WarcReader};

/// Whether the input is named like a WARC file (`.warc`, `.warc.gz`).
pub fn is_warc(input: &Input) -> bool {
    let name = input.name().to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// The WARC files under the directories among `args` (dyad-text's walk
/// picks article files only), in name order.
pub fn warc_files(args: &[String]) -> Vec<Input> {
    fn walk(dir: &std::path::Path, out: &mut Vec<Input>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, out);
            } else if is_warc(&Input::File(path.clone())) {
                out.push(Input::File(path));
            }
        }
    }
    let mut out = Vec::new();
    for arg in args.iter().map(std::path::Path::new).filter(|p| p.is_dir()) {
        walk(arg, &mut out);
    }
    out
}

fn header(h: &RawRecordHeader, key: WarcHeader) -> Option<&str> {
    h.headers
        .get(&key)
        .and_then(|v| std::str::from_utf8(v).ok())
        .map(str::trim)
}

/// Splits an HTTP response into its headers (lower-cased) and body.
fn http_body(payload: &[u8]) -> Option<(String, &[u8])> {
    let end = payload.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&payload[..end]).to_ascii_lowercase();
    Some((head, &payload[end + 4..]))
}

fn record_error(input: &str, record: u64, message: String) -> ReadError {
    ReadError::Io {
        input: format!("{input}: WARC record {record}"),
        source: std::io::Error::other(message),
    }
}

/// Reads every HTML response of a WARC input. A truncated or malformed
/// record ends the input with one error naming the record; the records
/// before it are kept.
pub fn read_warc(input: &Input, options: &ReadOptions, each: &mut dyn FnMut(Result<ReadArticle, ReadError>)) {
    let name = input.name();
    let reader = match input.open() {
        Ok(r) => r,
        Err(e) => return each(Err(e)),
    };
    let html = ReadOptions {
        format: Some(Format::Html),
        ..*options
    };
    let records = WarcReader::new(BufReader::with_capacity(1 << 16, reader)).iter_raw_records();
    for (index, record) in records.enumerate() {
        let number = index as u64 + 1;
        let (headers, payload) = match record {
            Ok(r) => r,
            Err(warc::Error::ReadData(e)) if e.kind() == std::io::ErrorKind::InvalidData => {
                return each(Err(ReadError::Gzip {
                    input: format!("{name}: WARC record {number}"),
                    message: e.to_string(),
                }))
            }
            Err(e) => {
                let what = match e {
                    warc::Error::UnexpectedEOB => "truncated record (unexpected end of body)".to_owned(),
                    other => format!("malformed record: {other}"),
                };
                return each(Err(record_error(name, number, what)));
            }
        };
        if header(&headers, WarcHeader::WarcType) != Some("response") {
            continue;
        }
        let Some((http, body)) = http_body(&payload) else {
            continue;
        };
        // Pages only: status 200 and HTML (redirects and errors are not articles).
        let ok = http.lines().next().and_then(|l| l.split_whitespace().nth(1)) == Some("200");
        let content_type = http.lines().find(|l| l.starts_with("content-type:"));
        if !ok || content_type.is_some_and(|t| !t.contains("html")) {
            continue;
        }
        let uri = header(&headers, WarcHeader::TargetURI).map(str::to_owned);
        let origin = format!("{name}: WARC record {number}");
        read_from(body, &origin, &html, &mut |article| {
            each(article.map(|mut a| {
                if let Some(uri) = &uri {
                    a.article.id = uri.clone();
                    a.article.url = Some(uri.clone());
                }
                a
            }))
        });
    }
}
