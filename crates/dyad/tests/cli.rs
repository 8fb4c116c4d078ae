//! The `dyad` command as scripts use it: output, exit status, errors.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn dyad() -> Command {
    Command::cargo_bin("dyad").unwrap()
}

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// The standard output of a command that must succeed.
fn ok_stdout(cmd: &mut Command) -> Vec<u8> {
    cmd.assert().success().get_output().stdout.clone()
}

fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn help_shows_examples_and_exit_codes() {
    let out = ok_stdout(dyad().arg("--help"));
    let help = String::from_utf8(out).unwrap();
    assert!(
        help.contains("Examples:") && help.contains("Exit status"),
        "{help}"
    );
    dyad().args(["analyze", "--help"]).assert().success();
    dyad().arg("analyze").assert().code(2);
}

#[test]
fn analyze_prints_one_schema_1_object_per_article() {
    let out = ok_stdout(dyad().arg("analyze").arg(examples()));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 6, "3 text files, 1 HTML page and 2 JSONL records");
    for doc in &docs {
        assert_eq!(doc["schema"], 1);
        let text = doc["text"].as_str().unwrap();
        for sentence in doc["sentences"].as_array().unwrap() {
            for token in sentence["tokens"].as_array().unwrap() {
                let span = token["span"].as_array().unwrap();
                let (s, e) = (
                    span[0].as_u64().unwrap() as usize,
                    span[1].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[s..e], token["text"].as_str().unwrap());
            }
        }
    }
    let vienna = docs
        .iter()
        .find(|d| d["id"].as_str().unwrap().ends_with("vienna-iran-talks.txt"))
        .unwrap();
    assert_eq!(vienna["published"], "2024-03-04T14:15");
    assert_eq!(vienna["credits"][0]["text"], "Lena Hartmann/AFP via Getty Images");
    assert_eq!(vienna["boilerplate"][0]["text"], "Related Topics");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = ok_stdout(
        dyad()
            .args(["analyze", "-"])
            .write_stdin("{\"id\": \"s1\", \"text\": \"Rebels freed two hostages.\"}\n"),
    );
    let docs = json_lines(&out);
    assert_eq!(docs[0]["id"], "s1");
    assert_eq!(docs[0]["sentences"][0]["tokens"].as_array().unwrap().len(), 5);
}

#[test]
fn issue_2_bad_inputs_fail_alone_and_the_run_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Truce holds\n\nThe guns fell silent overnight.").unwrap();
    let cases = [
        ("latin1.txt", b"Caf\xe9".to_vec(), "not valid UTF-8 at byte 3"),
        ("binary.txt", b"\x00\x01\x02".to_vec(), "binary data"),
        ("empty.txt", Vec::new(), "empty"),
        (
            "bad.jsonl",
            b"{\"text\": \"ok\"}\n{oops\n".to_vec(),
            "bad.jsonl:2: malformed JSONL record",
        ),
    ];
    let mut args: Vec<PathBuf> = Vec::new();
    for (name, bytes, _) in &cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        args.push(path);
    }
    args.push(dir.path().join("missing.txt"));
    args.push(good);
    let assert = dyad().arg("analyze").args(&args).assert().code(1);
    let out = assert.get_output();
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    for (name, _, message) in &cases {
        assert!(
            stderr.lines().any(|l| l.contains(name) && l.contains(message)),
            "{name}: {stderr}"
        );
    }
    assert!(stderr.contains("missing.txt: cannot read"), "{stderr}");
    let docs = json_lines(&out.stdout);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 2, "the good JSONL line and good.txt: {ids:?}");
    assert!(ids[1].ends_with("good.txt"));
}

#[test]
fn issue_2_a_200_mb_single_line_is_refused_without_losing_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    let line = vec![b'a'; 200 << 20];
    std::fs::write(&huge, &line).unwrap();
    drop(line);
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "Talks end\n\nThe envoys went home.").unwrap();
    let assert = dyad().arg("analyze").arg(&huge).arg(&good).assert().code(1);
    let out = assert.get_output();
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        stderr.contains("huge.txt: larger than the 33554432-byte limit"),
        "{stderr}"
    );
    assert_eq!(json_lines(&out.stdout).len(), 1);
}

#[test]
fn lossy_flag_decodes_bad_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(&path, b"Caf\xe9 talks resume.").unwrap();
    dyad().arg("analyze").arg("--lossy").arg(&path).assert().success();
}

#[test]
fn eval_tokens_scores_a_treebank() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.conllu");
    let conllu = "# newdoc id = d1\n# newpar id = p1\n# text = Envoys met.\n1\tEnvoys\tenvoy\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n# text = They didn't talk.\n1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\ttalk\ttalk\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
    std::fs::write(&path, conllu).unwrap();
    let out = ok_stdout(dyad().args(["eval", "tokens", "--json"]).arg(&path));
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["tokens_f1"], 100.0);
    assert_eq!(v["sentences_f1"], 100.0);
    assert_eq!(v["gold_tokens"], 8);
    std::fs::write(&path, "1\tonly\tthree\tcolumns\n").unwrap();
    let err = dyad()
        .args(["eval", "tokens"])
        .arg(&path)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err)
        .unwrap()
        .contains("tiny.conllu:1: expected 10 tab-separated columns"));
}

#[test]
fn issue_3_analyze_gives_tags_lemmas_and_heads_unless_told_not_to() {
    let text = "Lavrov met Blinken in Geneva.";
    let out = ok_stdout(dyad().args(["analyze", "-"]).write_stdin(text));
    let doc = &json_lines(&out)[0];
    let tokens = doc["sentences"][0]["tokens"].as_array().unwrap();
    let met = &tokens[1];
    assert_eq!(met["lemma"], "meet");
    assert_eq!(met["upos"], "VERB");
    assert_eq!(met["head"], -1);
    assert_eq!(met["deprel"], "root");
    assert_eq!(tokens[0]["deprel"], "nsubj");
    assert_eq!(tokens[0]["head"], 1);
    let out = ok_stdout(dyad().args(["analyze", "--no-parse", "-"]).write_stdin(text));
    let doc = &json_lines(&out)[0];
    assert!(doc["sentences"][0]["tokens"][1].get("lemma").is_none());
}

#[test]
fn issue_3_train_and_eval_ud_on_a_tiny_treebank() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = Path::new(env!("CARGO_MANIFEST_DIR")).join("../dyad-parse/tests/data/tiny.conllu");
    std::fs::copy(&tiny, dir.path().join("tiny-ud-train.conllu")).unwrap();
    let second = tempfile::tempdir().unwrap();
    std::fs::copy(&tiny, second.path().join("other-ud-train.conllu")).unwrap();
    let model = dir.path().join("tiny.dyadm");
    dyad()
        .args(["train", "--epochs", "2", "--ud"])
        .arg(dir.path())
        .arg("--ud")
        .arg(second.path())
        .arg("--out")
        .arg(&model)
        .assert()
        .success();
    let out = ok_stdout(
        dyad()
            .args(["eval", "ud", "--json", "--model"])
            .arg(&model)
            .arg(&tiny),
    );
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    for key in ["upos", "xpos", "lemma", "uas", "las", "tokens_per_s"] {
        let x = v[key].as_f64().unwrap_or_else(|| panic!("{key} missing in {v}"));
        assert!(x > 0.0, "{key} = {x}");
    }
    assert!(
        v["upos"].as_f64().unwrap() > 50.0,
        "a model trained on the file tags it well: {v}"
    );
    let empty = tempfile::tempdir().unwrap();
    let err = dyad()
        .arg("train")
        .arg("--ud")
        .arg(empty.path())
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8(err).unwrap().contains("no *-ud-train.conllu"));
}

#[test]
fn issue_4_actors_carry_codes_valid_on_the_article_date() {
    let text = "Talks in Vienna\n\nMarch 3, 2016\n\nJoe Biden met Sergei Lavrov in Vienna.";
    let out = ok_stdout(dyad().args(["analyze", "--no-parse", "-"]).write_stdin(text));
    let doc = &json_lines(&out)[0];
    let actors: Vec<(String, String)> = doc["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["text"].as_str().unwrap().to_owned(),
                a["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        actors,
        [
            ("Joe Biden".into(), "USAGOV".into()),
            ("Sergei Lavrov".into(), "RUSGOV".into())
        ]
    );
    let first = &doc["actors"][0];
    assert_eq!(first["country"], "USA");
    assert_eq!(first["sector"], "GOV");
    assert!(first["resolved_by"]
        .as_str()
        .unwrap()
        .starts_with("person:people/usa.tsv:"));
}

#[test]
fn issue_4_legacy_dictionaries_merge_or_replace_and_report_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let actors = dir.path().join("my.actors");
    std::fs::write(
        &actors,
        "ZORAN_KAPLAN_ [XYZGOV >20200101]\n+Z._KAPLAN_\nBROKEN_LINE_WITHOUT_CODE\n",
    )
    .unwrap();
    let text = "Zoran Kaplan met Sergei Lavrov in 2021.";
    let run = |extra: &[&str]| {
        let mut cmd = dyad();
        cmd.args(["analyze", "--no-parse", "--actors"])
            .arg(&actors)
            .args(extra)
            .arg("-")
            .write_stdin(text);
        cmd.assert()
    };
    let out = run(&[]).success().get_output().clone();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("my.actors:3:"),
        "bad line reported with file:line"
    );
    let codes: Vec<String> = json_lines(&out.stdout)[0]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        codes,
        ["XYZGOV", "RUSGOV"],
        "the legacy entry is added to the defaults"
    );
    let out = run(&["--replace-dicts"]).success().get_output().stdout.clone();
    let docs = json_lines(&out);
    let codes: Vec<&str> = docs[0]["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["XYZGOV"],
        "only the user's dictionary is used: Lavrov is unknown"
    );
    run(&["--strict"]).code(2);
}

#[test]
fn issue_4_dict_check_reports_file_line_and_reason() {
    dyad().args(["dict", "check"]).assert().success();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("people")).unwrap();
    std::fs::write(
        dir.path().join("people/xyz.tsv"),
        "name\taliases\tcode\tfrom\tto\trole\nAna Pop\t\tXYZGOV\t2020-01-01\t2019-01-01\tMinister\nBo Li\t\txyz\t2020\t\tMinister\n",
    )
    .unwrap();
    let out = dyad()
        .args(["dict", "check"])
        .arg(dir.path())
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("people/xyz.tsv:2: role ends"), "{err}");
    assert!(
        err.contains("people/xyz.tsv:3: `xyz` is not a CAMEO code"),
        "{err}"
    );
}

fn seed_like() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed-like")
}

#[test]
fn issue_5_code_prints_the_event_contract() {
    let out = ok_stdout(dyad().arg("code").arg(seed_like().join("article.txt")));
    let events = json_lines(&out);
    let keys = [
        "article",
        "id",
        "date",
        "date_precision",
        "source",
        "target",
        "cameo",
        "root",
        "goldstein",
        "quad_class",
        "plover",
        "mode",
        "location",
        "sentence",
        "span",
        "trigger",
        "rule",
    ];
    for e in &events {
        for k in keys {
            assert!(e.get(k).is_some(), "{k} missing in {e}");
        }
        assert_eq!(e["mode"], "asserted");
        assert!(
            e["rule"].as_str().unwrap().starts_with("verbs/")
                || e["rule"].as_str().unwrap().starts_with("nouns/")
        );
    }
    let annex = events
        .iter()
        .find(|e| e["trigger"] == "annexed")
        .expect("annexation coded");
    assert_eq!(
        (annex["source"]["code"].as_str(), annex["target"]["code"].as_str()),
        (Some("RUS"), Some("UKR"))
    );
    assert_eq!(
        (annex["date"].as_str(), annex["date_precision"].as_str()),
        (Some("2014-01-01"), Some("year"))
    );
    assert_eq!(annex["root"], "19");
    assert_eq!(annex["quad_class"], 4);
    assert!(
        !events.iter().any(|e| e["target"]["code"] == "POL"),
        "the denial is not an attack"
    );
    let with_all = ok_stdout(
        dyad()
            .args(["code", "--all-modes"])
            .arg(seed_like().join("article.txt")),
    );
    let negated = json_lines(&with_all)
        .into_iter()
        .find(|e| e["target"]["code"] == "POL")
        .expect("kept with --all-modes");
    assert_eq!(negated["mode"], "negated");
}

#[test]
fn issue_5_code_tsv_has_a_header_and_one_row_per_event() {
    let json = ok_stdout(dyad().arg("code").arg(seed_like().join("article.txt")));
    let tsv = ok_stdout(
        dyad()
            .args(["code", "--format", "tsv"])
            .arg(seed_like().join("article.txt")),
    );
    let tsv = String::from_utf8(tsv).unwrap();
    let lines: Vec<&str> = tsv.lines().collect();
    assert!(lines[0].starts_with("article\tid\tdate\t"));
    assert_eq!(lines.len() - 1, json_lines(&json).len());
    assert!(lines[1..]
        .iter()
        .all(|l| l.split('\t').count() == lines[0].split('\t').count()));
}

/// `dyad eval seed` on the seed-like fixture with `extra` patterns added
/// to its expected.toml: the report of a run that must exit 1.
fn failing_seed_report(extra: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(seed_like().join("article.txt"), dir.path().join("article.txt")).unwrap();
    let spec = std::fs::read_to_string(seed_like().join("expected.toml")).unwrap();
    std::fs::write(dir.path().join("expected.toml"), spec + extra).unwrap();
    let out = dyad().args(["eval", "seed"]).arg(dir.path()).assert().code(1);
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn issue_5_eval_seed_scores_must_and_must_not() {
    let out = ok_stdout(dyad().args(["eval", "seed"]).arg(seed_like()));
    let report = String::from_utf8(out).unwrap();
    assert!(
        report.contains("3/3 must events found, 0 false events"),
        "{report}"
    );
    let impossible = "\n[[must]]\nwhat = \"Poland invaded Russia\"\nsource = [\"POL\"]\ntarget = [\"RUS\"]\nroot = [\"19\"]\ndate_from = \"2024-01-01\"\ndate_to = \"2024-12-31\"\n";
    let report = failing_seed_report(impossible);
    assert!(
        report.contains("MISSED  Poland invaded Russia") && report.contains("3/4 must events found"),
        "{report}"
    );
}

/// A pattern's `evidence` list is honoured: the event must come from a
/// sentence containing one of its phrases, so a look-alike does not count.
#[test]
fn issue_13_eval_seed_honours_evidence() {
    let pattern = |what: &str, evidence: &str| {
        format!(
            "\n[[must]]\nwhat = \"{what}\"\nsource = [\"UKR\"]\ntarget = [\"IGOWSTNAT\"]\nroot = [\"04\"]\n\
             date_from = \"2024-03-13\"\ndate_to = \"2024-03-13\"\neither_way = true\nevidence = [\"{evidence}\"]\n"
        )
    };
    let extra = pattern("the meeting itself", "kuleba MET") + &pattern("a look-alike", "held talks in Kyiv");
    let report = failing_seed_report(&extra);
    assert!(report.contains("found   the meeting itself"), "{report}");
    assert!(report.contains("MISSED  a look-alike"), "{report}");
    assert!(report.contains("4/5 must events found"), "{report}");
}

#[test]
fn issue_5_bench_counts_the_corpus_it_times() {
    let report = &json_lines(&ok_stdout(
        dyad()
            .args(["bench", "--runs", "2", "--json", "-j", "1"])
            .arg(examples()),
    ))[0];
    let analysed = json_lines(&ok_stdout(dyad().args(["analyze", "-q"]).arg(examples())));
    let sentences: usize = analysed
        .iter()
        .map(|d| d["sentences"].as_array().unwrap().len())
        .sum();
    assert_eq!(report["articles"].as_u64(), Some(analysed.len() as u64));
    assert_eq!(report["sentences"].as_u64(), Some(sentences as u64));
    assert_eq!(report["threads"].as_u64(), Some(1));
    assert!(report["sentences_per_s"].as_f64().unwrap() > 0.0);
    assert!(report["peak_rss_bytes"].as_u64().unwrap() > 1_000_000);
}

#[test]
fn issue_6_eval_timex_scores_timeml_against_its_creation_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timex");
    let out = ok_stdout(dyad().args(["eval", "timex", "--json"]).arg(&dir));
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // Five gold expressions; four found exactly, `recent years` inside
    // `in recent years` only overlaps (relaxed), with the right value.
    assert_eq!(v["gold"], 5, "{v}");
    assert_eq!(v["system"], 5, "{v}");
    assert_eq!(v["strict"], 4, "{v}");
    assert_eq!(v["relaxed"], 5, "{v}");
    assert_eq!(v["value"], 5, "{v}");
    assert_eq!(v["strict_f1"], 80.0);
    assert_eq!(v["relaxed_f1"], 100.0);
    assert_eq!(v["value_f1"], 100.0);
    dyad()
        .args(["eval", "timex"])
        .arg(dir.join("none"))
        .assert()
        .code(2);
}

/// Issue 3: `DYAD_MODEL` swaps the model; a missing file is a clear error
/// naming it, with exit status 2, not a panic.
#[test]
fn issue_3_model_override_missing_file_is_an_error() {
    let missing = std::env::temp_dir().join(format!("dyad-no-such-model-{}.dyadm", std::process::id()));
    let out = dyad()
        .env("DYAD_MODEL", &missing)
        .args(["analyze", "-"])
        .write_stdin("Chile recalled its ambassador.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-model"), "{stderr}");
}

fn eval_events_fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/eval-events")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn eval_events_scores_article_level_triples() {
    let (gold, articles) = (
        eval_events_fixture("gold.jsonl"),
        eval_events_fixture("articles.jsonl"),
    );
    let out = ok_stdout(dyad().args(["eval", "events", &gold, &articles, "--json", "-q"]));
    let score: serde_json::Value = serde_json::from_slice(&out).unwrap();
    // Gold: IRN>DEU 111 (found) and CUB>USA 190 (not in the text); the
    // Russian attack is in an article the gold says has no events.
    assert_eq!(
        (
            score["docs"].as_u64(),
            score["gold"].as_u64(),
            score["system"].as_u64()
        ),
        (Some(3), Some(2), Some(2))
    );
    assert_eq!(score["root"]["tp"], 1);
    assert_eq!(score["root"]["f1"], 0.5);
    assert_eq!(score["code3"]["f1"], 0.5);
    assert_eq!(score["dates"]["agree"], 1);
    assert_eq!(score["dates"]["matched"], 1);
    let out = ok_stdout(dyad().args(["eval", "events", &gold, &articles, "--verbose", "-q"]));
    let listing = String::from_utf8(out).unwrap();
    assert!(listing.contains("missed CUB>USA:19"), "{listing}");
    assert!(listing.contains("false  RUS>UKR:19"), "{listing}");
    assert!(!listing.contains("## weather"), "{listing}");
}

#[test]
fn eval_events_names_the_bad_gold_line() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"doc\": \"a\", \"none\": true}\n{\"doc\": \"b\", \"cameo\": \"1a\"}\n",
    )
    .unwrap();
    let out = dyad()
        .args(["eval", "events"])
        .arg(&gold)
        .arg(eval_events_fixture("articles.jsonl"))
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("gold.jsonl:2: `1a` is not a CAMEO code"), "{err}");
}

fn warc_fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/warc/news.warc")
}

/// The bytes gzipped one record per member, as Common Crawl writes WARC
/// (cut before each line opening a record).
fn gzip_per_record(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut cuts: Vec<usize> = (1..bytes.len())
        .filter(|&i| bytes[i - 1] == b'\n' && bytes[i..].starts_with(b"WARC/1.0\r\n"))
        .collect();
    cuts.insert(0, 0);
    cuts.push(bytes.len());
    assert!(cuts.len() > 3, "several records");
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&bytes[pair[0]..pair[1]]).unwrap();
        out.extend(gz.finish().unwrap());
    }
    out
}

/// (article id, source code, target code) of each event.
fn event_dyads(stdout: &[u8]) -> Vec<(String, String, String)> {
    json_lines(stdout)
        .iter()
        .map(|e| {
            (
                e["article"].as_str().unwrap().to_owned(),
                e["source"]["code"].as_str().unwrap().to_owned(),
                e["target"]["code"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `dyad code` and `dyad analyze` read WARC files, plain, gzipped (one
/// member per record) and on standard input: each HTML response is an
/// article named by its URI, the malformed record is reported with its
/// number and byte offset, and the records after it still come through.
#[test]
fn issue_12_code_and_analyze_read_warc_files() {
    let dir = tempfile::tempdir().unwrap();
    let plain = warc_fixture();
    let bytes = std::fs::read(&plain).unwrap();
    let gz = dir.path().join("news.warc.gz");
    std::fs::write(&gz, gzip_per_record(&bytes)).unwrap();
    let germany = "https://news.example/germany-ukraine-aid";
    let russia = "https://news.example/russia-poland";
    for input in [&plain, &gz] {
        let name = input.display().to_string();
        let out = dyad()
            .arg("code")
            .arg(input)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!(
                "{name}: WARC record 4 at byte 1083: malformed header line \"WARC-Type response\""
            )),
            "{stderr}"
        );
        let events = event_dyads(&out.stdout);
        assert!(
            events.contains(&(germany.into(), "DEU".into(), "UKR".into())),
            "{events:?}"
        );
        assert!(
            events.contains(&(russia.into(), "RUS".into(), "POL".into())),
            "{events:?}"
        );
        assert!(
            events.iter().all(|(a, _, _)| a == germany || a == russia),
            "only the two pages are articles: {events:?}"
        );

        let out = dyad()
            .arg("analyze")
            .arg(input)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let docs = json_lines(&out.stdout);
        let seen: Vec<(&str, &str, &str)> = docs
            .iter()
            .map(|d| {
                (
                    d["id"].as_str().unwrap(),
                    d["url"].as_str().unwrap(),
                    d["published"].as_str().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (germany, germany, "2024-03-04T09:30Z"),
                (russia, russia, "2024-03-05T12:00Z"),
            ]
        );
        assert_eq!(docs[1]["headline"], "Russia and Poland");
    }
    // Piped and gzipped: found by the first bytes, not the name.
    let out = dyad()
        .args(["code", "-q", "-"])
        .write_stdin(gzip_per_record(&bytes))
        .assert()
        .code(1)
        .get_output()
        .clone();
    assert!(String::from_utf8_lossy(&out.stderr).contains("-: WARC record 4 at byte 1083"));
    assert_eq!(event_dyads(&out.stdout).len(), {
        let plain_out = dyad().arg("code").arg(&plain).output().unwrap();
        event_dyads(&plain_out.stdout).len()
    });
}
