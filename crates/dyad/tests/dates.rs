//! dyad never invents a date: an article without one (and without
//! `--default-date`) has undated events, and the command says so once.

use assert_cmd::Command;

fn dyad() -> Command {
    Command::cargo_bin("dyad").unwrap()
}

/// An undated article: no dateline, no container date; one event dated by
/// an absolute year, two by weekdays no anchor can resolve.
const UNDATED: &str = "Talks in Oslo\n\n\
Norway condemned Sweden on Monday. \
Finland accused Denmark on Tuesday. \
Estonia invaded Latvia in 1995.\n";

fn events(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn code(args: &[&str]) -> (Vec<serde_json::Value>, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("undated-talks.txt");
    std::fs::write(&path, UNDATED).unwrap();
    let out = dyad().arg("code").args(args).arg(&path).assert().success();
    let out = out.get_output();
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    (
        events(&out.stdout),
        stdout,
        String::from_utf8(out.stderr.clone()).unwrap(),
    )
}

#[test]
fn an_undated_article_has_undated_events_and_one_warning() {
    let (events, stdout, stderr) = code(&[]);
    let by_trigger = |t: &str| {
        events
            .iter()
            .find(|e| e["trigger"] == t)
            .unwrap_or_else(|| panic!("{t}: {stdout}"))
    };
    for trigger in ["condemned", "accused"] {
        let e = by_trigger(trigger);
        assert!(e["date"].is_null(), "{e}");
        assert_eq!(e["date_precision"], "unknown", "{e}");
    }
    assert!(stdout.contains(r#""date":null"#), "{stdout}");
    assert!(stdout.contains(r#""date_precision":"unknown""#), "{stdout}");
    let invaded = by_trigger("invaded");
    assert_eq!(
        (invaded["date"].as_str(), invaded["date_precision"].as_str()),
        (Some("1995-01-01"), Some("year"))
    );
    let warnings: Vec<&str> = stderr.lines().filter(|l| l.contains("warning")).collect();
    assert_eq!(warnings.len(), 1, "{stderr}");
    assert!(warnings[0].contains("undated-talks.txt"), "{stderr}");
}

#[test]
fn a_default_date_dates_them_without_a_warning() {
    let (events, stdout, stderr) = code(&["--default-date", "2022-06-15"]);
    let condemned = events
        .iter()
        .find(|e| e["trigger"] == "condemned")
        .expect(&stdout);
    assert_eq!(condemned["date"], "2022-06-13", "{condemned}");
    assert!(!stderr.contains("warning"), "{stderr}");
}
