//! `dyad ingest`, `query`, `export` and `series` on generated fixtures:
//! idempotency, the roll-up, the exports, and bad input.

#[path = "store/check.rs"]
mod check;
#[path = "store/corpus.rs"]
mod corpus;

use assert_cmd::Command;
use std::io::Write;
use std::path::{Path, PathBuf};

fn dyad() -> Command {
    Command::cargo_bin("dyad").unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs `dyad ingest -q --db db args…` and returns (exit code, stderr).
fn ingest(db: &Path, args: &[&Path]) -> (i32, String) {
    let out = dyad()
        .args(["ingest", "-q", "--db"])
        .arg(db)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn stdout(args: &[&str], db: &Path) -> String {
    let out = dyad()
        .args(args)
        .arg("--db")
        .arg(db)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// A database holding the generated corpus of `n` articles (and the
/// directory holding both).
fn stored(n: usize) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus::write(dir.path(), n);
    let db = dir.path().join("t.db");
    assert_eq!(ingest(&db, &[&corpus]).0, 0);
    (dir, corpus, db)
}

#[test]
fn ingesting_twice_adds_nothing_and_mentions_roll_up() {
    let (_dir, corpus, db) = stored(40);
    let first = check::check(&db);
    assert_eq!(first.articles, 40);
    let (code, _) = ingest(&db, &[&corpus, &corpus]);
    assert_eq!(code, 0);
    assert_eq!(check::check(&db), first, "a re-ingest adds nothing");
    // 40 articles over 7 days and 5 pairs: events repeat across articles.
    let events: Vec<serde_json::Value> = stdout(&["query", "--events", "--format", "jsonl"], &db)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mentions: i64 = events.iter().map(|e| e["num_mentions"].as_i64().unwrap()).sum();
    assert_eq!(mentions, first.mentions);
    assert!(
        events.iter().any(|e| e["num_articles"].as_i64().unwrap() > 1),
        "some event rolls up"
    );
    assert!(events.iter().all(|e| e["num_sources"].as_i64().unwrap() <= 3));
}

#[test]
fn the_same_article_twice_is_stored_once_with_its_events_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    let seed = fixture("seed-like");
    assert_eq!(ingest(&db, &[&seed, &seed]).0, 0);
    assert_eq!(ingest(&db, &[&seed]).0, 0);
    let counts = check::check(&db);
    assert_eq!(counts.articles, 1);
    let mentions = stdout(&["query", "--format", "jsonl"], &db).lines().count() as i64;
    assert_eq!(mentions, counts.mentions);
}

#[test]
fn recode_replaces_the_run_and_keeps_the_counts() {
    let (_dir, _, db) = stored(12);
    let before = check::check(&db);
    let out = dyad()
        .args(["ingest", "-q", "--recode", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(check::check(&db), before);
    let store = dyad_store::Store::open_existing(&db).unwrap();
    assert_eq!(store.current_run().unwrap(), Some(2));
}

/// Whether a row belongs in a query's answer.
type Keep = fn(&serde_json::Value) -> bool;

/// (arguments, which rows belong) of queries on the generated corpus.
#[test]
fn queries_filter_mentions() {
    let (_dir, _, db) = stored(40);
    let all = stdout(&["query", "--format", "jsonl"], &db).lines().count();
    let cases: &[(&[&str], Keep)] = &[
        (&["--dyad", "DEU:UKR"], |m| {
            m["source_code"] == "DEU" && m["target_code"] == "UKR"
        }),
        (&["--dyad", "UKR:DEU", "--both"], |m| {
            m["source_code"] == "DEU" && m["target_code"] == "UKR"
                || m["source_code"] == "UKR" && m["target_code"] == "DEU"
        }),
        (&["--actor", "RUS"], |m| {
            m["source_code"].as_str().unwrap().starts_with("RUS")
                || m["target_code"].as_str().unwrap().starts_with("RUS")
        }),
        (&["--quad-class", "3"], |m| m["quad_class"] == 3),
        (&["--from", "2024-03-02", "--to", "2024-03-03"], |m| {
            let d = m["date"].as_str().unwrap();
            ("2024-03-02"..="2024-03-03").contains(&d)
        }),
        (&["--text", "spying"], |m| {
            m["sentence_text"].as_str().unwrap().contains("spying")
        }),
        (&["--cameo", "11"], |m| {
            m["cameo"].as_str().unwrap().starts_with("11")
        }),
    ];
    for (args, keep) in cases {
        let mut full = vec!["query", "--format", "jsonl"];
        full.extend_from_slice(args);
        let rows: Vec<serde_json::Value> = stdout(&full, &db)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(
            !rows.is_empty() && rows.len() < all,
            "{args:?}: {} of {all}",
            rows.len()
        );
        assert!(rows.iter().all(keep), "{args:?}");
    }
    let csv = stdout(&["query", "--format", "csv", "--limit", "2"], &db);
    assert!(csv.starts_with("global_event_id,article,url,date,"), "{csv}");
    assert_eq!(csv.lines().count(), 3);
}

#[test]
fn exports_in_every_format() {
    let (dir, _, db) = stored(20);
    let jsonl = stdout(&["export", "--format", "jsonl"], &db);
    let events = jsonl.lines().count();
    assert!(events > 0);
    for line in jsonl.lines() {
        let event: serde_json::Value = serde_json::from_str(line).unwrap();
        let goldstein = event["goldstein"].as_f64().unwrap();
        assert_eq!(
            goldstein,
            (goldstein * 10.0).round() / 10.0,
            "Goldstein as the codebook writes it: {line}"
        );
    }
    let gdelt = stdout(&["export", "--format", "gdelt"], &db);
    assert_eq!(gdelt.lines().count(), events);
    for line in gdelt.lines() {
        let cells: Vec<&str> = line.split('\t').collect();
        assert_eq!(cells.len(), 61, "{line}");
        assert_eq!(cells[1].len(), 8, "SQLDATE");
        assert!(
            cells[26].len() >= 3 && cells[26].starts_with(cells[28]),
            "EventCode keeps leading zeros"
        );
        assert_eq!(cells[59].len(), 14, "DATEADDED");
        assert!(cells[60].starts_with("https://news.example/"));
    }
    let csv = stdout(&["export", "--format", "csv"], &db);
    assert_eq!(csv.lines().count(), events + 1);
    assert!(csv.starts_with("global_event_id,date,source_code,"));
    assert!(csv.lines().next().unwrap().ends_with(",evidence,mode"), "{csv}");
    assert!(
        jsonl.lines().all(|l| l.ends_with(r#","mode":"asserted"}"#)),
        "{jsonl}"
    );
    let parquet = dir.path().join("events.parquet");
    dyad()
        .args(["export", "--format", "parquet", "--db"])
        .arg(&db)
        .arg("--out")
        .arg(&parquet)
        .assert()
        .success();
    let bytes = std::fs::read(&parquet).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
    dyad()
        .args(["export", "--format", "parquet", "--db"])
        .arg(&db)
        .assert()
        .code(2);
    let series = stdout(&["series", "--dyad", "DEU:UKR", "--both", "--by", "day"], &db);
    assert!(
        // The first pledge, in an article of Friday 2024-03-01, was made
        // "on Monday": 2024-02-26.
        series.starts_with("period,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean\n2024-02-26,1,"),
        "{series}"
    );
}

fn gzip(path: &Path, bytes: &[u8]) {
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(path).unwrap(),
        flate2::Compression::default(),
    );
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap();
}

#[test]
fn a_corrupt_gz_is_named_and_good_articles_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    std::fs::write(&good, corpus::record(1) + "\n").unwrap();
    let bad = dir.path().join("bad.jsonl.gz");
    let lines: Vec<String> = (2..40).map(corpus::record).collect();
    gzip(&bad, (lines.join("\n") + "\n").as_bytes());
    let mut bytes = std::fs::read(&bad).unwrap();
    let cut = bytes.len() * 2 / 3;
    bytes.truncate(cut);
    std::fs::write(&bad, &bytes).unwrap();
    let db = dir.path().join("t.db");
    let (code, err) = ingest(&db, &[&good, &bad]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("bad.jsonl.gz"), "{err}");
    let counts = check::check(&db);
    assert!(counts.articles > 1 && counts.articles < 39, "{counts:?}");
}

/// A WARC record of `kind` with this payload.
fn warc_record(kind: &str, uri: &str, payload: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{:08x}-0000-0000-0000-000000000000>\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
        uri.len(),
        payload.len()
    )
}

fn html_response(title: &str, body: &str) -> String {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
         <html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"
    )
}

#[test]
fn warc_responses_are_articles_and_a_truncated_record_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut warc = warc_record("warcinfo", "", "software: test\r\n");
    warc += &warc_record(
        "response",
        "https://news.example/a",
        &html_response(
            "Germany and Ukraine",
            "Germany pledged new aid to Ukraine on Monday.",
        ),
    );
    warc += &warc_record(
        "response",
        "https://news.example/b",
        &html_response(
            "France and Iran",
            "France criticised Iran over its missile tests.",
        ),
    );
    let missing =
        html_response("Not found", "Russia accused Poland of spying.").replace("200 OK", "404 Not Found");
    warc += &warc_record("response", "https://news.example/404", &missing);
    let truncated = warc_record(
        "response",
        "https://news.example/c",
        &html_response("Cut", "Russia accused Poland."),
    );
    warc += &truncated[..truncated.len() - 40];
    let path = dir.path().join("news.warc.gz");
    gzip(&path, warc.as_bytes());
    let db = dir.path().join("t.db");
    let (code, err) = ingest(&db, &[dir.path()]); // a directory walk finds WARC files
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("news.warc.gz: WARC record 5") && err.contains("truncated"),
        "{err}"
    );
    assert_eq!(check::check(&db).articles, 2);
    let rows = stdout(&["query", "--format", "jsonl"], &db);
    assert!(rows.contains("https://news.example/a"), "{rows}");
}

/// A store coded with `--all-modes` holds a negated event: every format
/// carries its mode but GDELT, which leaves it out unless `--all-modes`.
#[test]
fn issue_12_the_mode_reaches_every_export() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("modes.db");
    let seed = fixture("seed-like");
    let out = dyad()
        .args(["ingest", "-q", "--all-modes", "--db"])
        .arg(&db)
        .arg(&seed)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let negated: Vec<serde_json::Value> = stdout(
        &["query", "--events", "--format", "jsonl", "--mode", "negated"],
        &db,
    )
    .lines()
    .map(|l| serde_json::from_str(l).unwrap())
    .collect();
    let denial = negated
        .iter()
        .find(|e| e["target_code"] == "POL")
        .expect("the denied attack is stored");
    assert_eq!(denial["mode"], "negated");
    let id = denial["global_event_id"].as_i64().unwrap().to_string();
    let csv = stdout(&["export", "--format", "csv"], &db);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let mode_at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "mode")
        .unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|r| r[0] == id)
        .expect("CSV has the negated event");
    assert_eq!(&row[mode_at], "negated");
    let gdelt_ids = |args: &[&str]| -> Vec<String> {
        let mut full = vec!["export", "--format", "gdelt"];
        full.extend_from_slice(args);
        stdout(&full, &db)
            .lines()
            .map(|l| l.split('\t').next().unwrap().to_owned())
            .collect()
    };
    let counted = gdelt_ids(&[]);
    let all = gdelt_ids(&["--all-modes"]);
    assert!(!counted.contains(&id) && all.contains(&id), "{counted:?} {all:?}");
    assert!(counted.len() < all.len() && counted.iter().all(|i| all.contains(i)));
    let table = stdout(
        &["query", "--events", "--format", "table", "--mode", "negated"],
        &db,
    );
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert!(header.contains(&"mode"), "{table}");
}

#[test]
fn an_unwritable_or_locked_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus::write(dir.path(), 3);
    let missing = dir.path().join("no/such/dir/t.db");
    let (code, err) = ingest(&missing, &[&corpus]);
    assert_eq!(code, 2);
    assert!(err.contains("no/such/dir/t.db"), "{err}");
    let db = dir.path().join("locked.db");
    assert_eq!(ingest(&db, &[&corpus]).0, 0);
    let holder = dyad_store::Store::open_existing(&db).unwrap();
    holder.connection().execute_batch("BEGIN EXCLUSIVE").unwrap();
    let (code, err) = ingest(&db, &[&corpus]);
    assert_eq!(code, 2);
    assert!(err.contains("locked.db") && err.contains("locked"), "{err}");
    holder.connection().execute_batch("ROLLBACK").unwrap();
}

#[test]
fn a_full_disk_keeps_the_batches_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus::write(dir.path(), 200);
    let db = dir.path().join("t.db");
    let out = dyad()
        .args(["ingest", "-q", "--batch", "4", "--max-db-pages", "40", "--db"])
        .arg(&db)
        .arg(&corpus)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("t.db") && err.contains("full"), "{err}");
    let counts = check::check(&db);
    assert!(counts.articles > 0 && counts.articles < 200, "{counts:?}");
    assert_eq!(counts.articles % 4, 0, "whole batches only");
}
