//! Readers: formats, containers, and every kind of bad input.

use dyad_text::{expand_inputs, read_input, Format, Input, ReadArticle, ReadError, ReadOptions};
use std::io::Write;
use std::path::Path;

fn read_all(path: &Path, options: &ReadOptions) -> Vec<Result<ReadArticle, ReadError>> {
    let mut out = Vec::new();
    read_input(&Input::File(path.to_owned()), options, &mut |r| out.push(r));
    out
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn jsonl_reports_bad_lines_and_keeps_the_good_ones() {
    let dir = tempfile::tempdir().unwrap();
    let body = concat!(
        r#"{"id": "a", "title": "T", "published": "2024-05-01T10:00:00Z", "text": "Troops left."}"#,
        "\n",
        "{not json}\n",
        "\n",
        r#"{"id": 7, "text": "Talks resumed."}"#,
        "\n",
        r#"{"id": "c"}"#,
        "\n",
        r#"{"id": "d", "published": "yesterday", "text": "x"}"#,
        "\n",
        r#"{"text": "   "}"#,
        "\n",
        r#"{"text": "No id here."}"#,
        "\n",
    );
    let path = write(dir.path(), "feed.jsonl", body.as_bytes());
    let results = read_all(&path, &ReadOptions::default());
    let name = path.display().to_string();
    let ok: Vec<&ReadArticle> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(
        ok.iter().map(|a| a.article.id.as_str()).collect::<Vec<_>>(),
        ["a", "7", format!("{name}:8").as_str()]
    );
    assert_eq!(ok[0].article.published.unwrap().to_string(), "2024-05-01T10:00Z");
    assert_eq!(ok[0].article.title.as_deref(), Some("T"));
    assert_eq!(ok[1].article.origin.line, Some(4));
    let errors: Vec<String> = results
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.to_string())
        .collect();
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(
        errors[0].starts_with(&format!("{name}:2: malformed JSONL record")),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].starts_with(&format!("{name}:5: malformed JSONL record")) && errors[1].contains("text")
    );
    assert!(errors[2].contains(":6:") && errors[2].contains("ISO 8601"));
    assert_eq!(errors[3], format!("{name}:7: empty, no article text"));
}

#[test]
fn jsonl_line_over_the_limit_is_skipped_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let long = format!("{{\"text\": \"{}\"}}\n", "a".repeat(5000));
    let body = format!("{long}{{\"id\": \"after\", \"text\": \"Still read.\"}}\n");
    let path = write(dir.path(), "big.jsonl", body.as_bytes());
    let options = ReadOptions {
        max_bytes: 1000,
        ..ReadOptions::default()
    };
    let results = read_all(&path, &options);
    assert!(matches!(&results[0], Err(ReadError::TooLarge { limit: 1000, input }) if input.ends_with(":1")));
    assert_eq!(results[1].as_ref().unwrap().article.id, "after");
}

#[test]
fn html_gives_headline_time_paragraphs_and_captions() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/page.html");
    let results = read_all(&path, &ReadOptions::default());
    let read = results[0].as_ref().unwrap();
    let a = &read.article;
    assert_eq!(a.title.as_deref(), Some("Envoys agree to ceasefire talks"));
    assert_eq!(a.published.unwrap().to_string(), "2024-11-05T16:45Z");
    assert_eq!(a.url.as_deref(), Some("https://test.example/ceasefire"));
    assert_eq!(a.source.as_deref(), Some("Test Daily"));
    let layout = read.layout.as_ref().unwrap();
    let paragraphs: Vec<&str> = layout.paragraphs.iter().map(|s| s.slice(&a.text)).collect();
    assert_eq!(
        paragraphs,
        [
            "Envoys from both sides agreed on Tuesday to meet in Doha.",
            "The talks are due to start next week, a mediator said."
        ]
    );
    assert_eq!(
        layout.captions[0].text.slice(&a.text),
        "Envoys shake hands in Doha."
    );
    assert_eq!(
        layout.headline.unwrap().slice(&a.text),
        "Envoys agree to ceasefire talks"
    );
    assert!(
        !a.text.contains("Sign in") && !a.text.contains("Most read") && !a.text.contains("2024 Test Daily")
    );
}

#[test]
fn gzip_inputs_are_decompressed_and_corrupt_ones_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"Talks end\n\nThe envoys left Geneva.").unwrap();
    let bytes = gz.finish().unwrap();
    let good = write(dir.path(), "story.txt.gz", &bytes);
    let results = read_all(&good, &ReadOptions::default());
    assert_eq!(
        results[0].as_ref().unwrap().article.text,
        "Talks end\n\nThe envoys left Geneva."
    );
    let corrupt = write(dir.path(), "broken.txt.gz", &bytes[..bytes.len() / 2]);
    let results = read_all(&corrupt, &ReadOptions::default());
    let err = results[0].as_ref().unwrap_err();
    assert!(
        err.to_string().starts_with(&corrupt.display().to_string()),
        "{err}"
    );
}

#[test]
fn bad_inputs_give_one_clear_error_each() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "latin1.txt",
            b"Caf\xe9 talks".to_vec(),
            "not valid UTF-8 at byte 3",
        ),
        ("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0".to_vec(), "binary data"),
        ("empty.txt", Vec::new(), "empty"),
        ("blank.txt", b"\n \n".to_vec(), "empty"),
    ];
    for (name, bytes, message) in cases {
        let path = write(dir.path(), name, &bytes);
        let results = read_all(&path, &ReadOptions::default());
        let err = results[0].as_ref().unwrap_err().to_string();
        assert!(
            err.starts_with(&path.display().to_string()) && err.contains(message),
            "{name}: {err}"
        );
    }
    let missing = dir.path().join("missing.txt");
    let err = read_all(&missing, &ReadOptions::default())[0]
        .as_ref()
        .unwrap_err()
        .to_string();
    assert!(err.contains("missing.txt: cannot read"), "{err}");
}

#[test]
fn lossy_decoding_is_opt_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "latin1.txt", b"Caf\xe9 talks");
    let options = ReadOptions {
        lossy: true,
        ..ReadOptions::default()
    };
    let results = read_all(&path, &options);
    assert_eq!(results[0].as_ref().unwrap().article.text, "Caf\u{fffd} talks");
}

#[test]
fn an_article_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "huge.txt", "word ".repeat(1000).as_bytes());
    let options = ReadOptions {
        max_bytes: 100,
        ..ReadOptions::default()
    };
    let err = read_all(&path, &options).remove(0).unwrap_err();
    assert!(matches!(err, ReadError::TooLarge { limit: 100, .. }));
}

#[test]
fn directories_are_walked_for_article_files_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    write(dir.path(), "b.txt", b"B");
    write(dir.path(), "sub/a.jsonl", b"{}");
    write(dir.path(), "sub/c.warc.gz", b"");
    write(dir.path(), "d.warc", b"");
    write(dir.path(), "notes.md", b"not an article");
    write(dir.path(), ".hidden.txt", b"hidden");
    let inputs = expand_inputs(&[dir.path().display().to_string(), "-".into()]);
    let names: Vec<String> = inputs
        .iter()
        .map(|i| {
            i.as_ref()
                .unwrap()
                .name()
                .trim_start_matches(&dir.path().display().to_string())
                .to_owned()
        })
        .collect();
    assert_eq!(
        names,
        ["/b.txt", "/d.warc", "/sub/a.jsonl", "/sub/c.warc.gz", "-"]
    );
}

#[test]
fn formats_are_sniffed_when_the_name_says_nothing() {
    assert_eq!(dyad_text::read::sniff(b"  {\"text\": \"x\"}"), Format::Jsonl);
    assert_eq!(dyad_text::read::sniff(b"<!DOCTYPE html><html>"), Format::Html);
    assert_eq!(dyad_text::read::sniff(b"Headline\n\nBody."), Format::Text);
    assert_eq!(
        dyad_text::read::sniff(b"WARC/1.1\r\nWARC-Type: warcinfo"),
        Format::Warc
    );
    assert_eq!(dyad_text::read::sniff(b"\r\nWARC/1.0\r\n"), Format::Warc);
}

/// A WARC record of `kind` holding `payload`.
fn warc_record(kind: &str, uri: &str, payload: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
        payload.len()
    )
}

fn html_response(title: &str) -> String {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><title>{title}</title><p>{title} met.</p></html>")
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// (file name, bytes) of the same WARC: found by name, by first bytes,
/// gzipped whole or one member per record.
#[test]
fn warc_is_read_by_name_and_by_first_bytes_plain_or_gzipped() {
    let dir = tempfile::tempdir().unwrap();
    let first = warc_record("response", "https://a.example/1", &html_response("Alpha"));
    let bad = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: ten\r\n\r\n".to_owned();
    let second = warc_record("response", "https://a.example/2", &html_response("Beta"));
    let plain = format!("{first}{bad}{second}");
    let members = [
        gzip(first.as_bytes()),
        gzip(bad.as_bytes()),
        gzip(second.as_bytes()),
    ]
    .concat();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("a.warc", plain.as_bytes().to_vec()),
        ("b.warc.gz", gzip(plain.as_bytes())),
        ("c.warc.gz", members.clone()),
        ("d.bin", plain.as_bytes().to_vec()),
        ("e.bin", members),
    ];
    for (name, bytes) in cases {
        let path = write(dir.path(), name, &bytes);
        let results = read_all(&path, &ReadOptions::default());
        let ids: Vec<&str> = results
            .iter()
            .filter_map(|r| r.as_ref().ok())
            .map(|a| a.article.id.as_str())
            .collect();
        assert_eq!(ids, ["https://a.example/1", "https://a.example/2"], "{name}");
        let errors: Vec<&ReadError> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
        assert!(
            matches!(
                errors[0],
                ReadError::Warc { record: 2, offset, fault: dyad_text::read::WarcFault::NoLength, input }
                    if *offset == first.len() as u64 && input.ends_with(name)
            ),
            "{name}: {}",
            errors[0]
        );
    }
}
