//! Runs, the roll-up and batch atomicity, on documents built by hand.

use dyad_core::chrono::NaiveDate;
use dyad_core::{Article, DatePrecision, Document, Event, EventActor, Mode, Sink, Span};
use dyad_store::{Filter, Store};

fn actor(code: &str) -> EventActor {
    EventActor {
        span: Span::new(0, 3),
        code: code.into(),
        name: code.into(),
    }
}

fn event(source: &str, target: &str, cameo: &str, day: u32) -> Event {
    Event {
        source: actor(source),
        target: Some(actor(target)),
        cameo: cameo.into(),
        goldstein: 1.0,
        quad_class: 1,
        plover_type: None,
        plover_mode: None,
        mode: Mode::Asserted,
        date: NaiveDate::from_ymd_opt(2024, 3, day),
        date_precision: DatePrecision::Day,
        date_evidence: None,
        location: None,
        sentence: 0,
        span: Span::new(0, 6),
        trigger: Span::new(4, 6),
        rule: "test".into(),
    }
}

fn doc(id: &str, source: &str, events: Vec<Event>) -> Document {
    Document {
        article: Article {
            id: id.into(),
            source: Some(source.into()),
            text: format!("ABC met DEF ({id})."),
            ..Article::default()
        },
        events,
        ..Document::default()
    }
}

fn temp_db(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-store-runs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("t.db")
}

#[test]
fn mentions_roll_up_into_events_with_gdelt_counts() {
    let mut store = Store::open(&temp_db("rollup")).unwrap();
    let run = store.begin_run(false).unwrap();
    let mut w = store.writer(run.id);
    w.document(&doc(
        "a",
        "Wire",
        vec![event("USA", "RUS", "042", 1), event("USA", "RUS", "042", 1)],
    ))
    .unwrap();
    w.document(&doc("b", "Wire", vec![event("USA", "RUS", "042", 1)]))
        .unwrap();
    w.document(&doc(
        "c",
        "Ledger",
        vec![event("USA", "RUS", "042", 1), event("RUS", "USA", "042", 1)],
    ))
    .unwrap();
    w.finish().unwrap();
    drop(w);
    let events = store.events(&Filter::default()).unwrap();
    let counts: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.source_code.as_str(),
                e.num_mentions,
                e.num_sources,
                e.num_articles,
            )
        })
        .collect();
    assert_eq!(counts, [("USA", 4, 2, 3), ("RUS", 1, 1, 1)]);
    assert_eq!(store.mentions(&Filter::default()).unwrap().len(), 5);
}

#[test]
fn a_recode_run_is_invisible_until_committed() {
    let mut store = Store::open(&temp_db("recode")).unwrap();
    let first = store.begin_run(false).unwrap();
    let mut w = store.writer(first.id);
    w.document(&doc("a", "Wire", vec![event("USA", "RUS", "042", 1)]))
        .unwrap();
    w.finish().unwrap();
    drop(w);
    let second = store.begin_run(true).unwrap();
    assert!(!second.committed);
    assert_eq!(store.pending_recode(second.id, 0, 10).unwrap().len(), 1);
    let mut w = store.writer(second.id);
    w.document(&doc("a", "Wire", vec![event("USA", "RUS", "190", 1)]))
        .unwrap();
    w.finish().unwrap();
    drop(w);
    assert_eq!(
        store.events(&Filter::default()).unwrap()[0].cameo,
        "042",
        "old run still read"
    );
    assert_eq!(
        store.begin_run(true).unwrap().id,
        second.id,
        "an unfinished recode resumes"
    );
    store.commit_run(second.id).unwrap();
    let events = store.events(&Filter::default()).unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].cameo, "190");
}

#[test]
fn an_uncommitted_batch_is_never_kept() {
    let path = temp_db("atomic");
    let mut store = Store::open(&path).unwrap();
    let run = store.begin_run(false).unwrap();
    let mut w = store.writer(run.id);
    w.document(&doc("a", "Wire", vec![event("USA", "RUS", "042", 1)]))
        .unwrap();
    w.commit().unwrap();
    w.document(&doc("b", "Wire", vec![event("USA", "RUS", "042", 2)]))
        .unwrap();
    drop(w); // abandoned without a commit
    drop(store);
    let store = Store::open_existing(&path).unwrap();
    let stats = store.stats().unwrap();
    assert_eq!((stats.articles, stats.mentions, stats.events), (1, 1, 1));
}

fn with_mode(mut e: Event, mode: Mode) -> Event {
    e.mode = mode;
    e
}

/// (filter, (source, cameo, mentions, mode) of each event): an event
/// takes the most certain mode of its mentions; `counted` keeps what CAMEO
/// counts (asserted, and intended or possible with an intent code);
/// `mode` keeps one mode.
#[test]
fn events_carry_a_mode_and_filters_select_by_mode() {
    let mut store = Store::open(&temp_db("modes")).unwrap();
    let run = store.begin_run(false).unwrap();
    let mut w = store.writer(run.id);
    w.document(&doc(
        "a",
        "Wire",
        vec![
            with_mode(event("USA", "RUS", "042", 1), Mode::Negated),
            with_mode(event("USA", "RUS", "042", 1), Mode::Asserted),
            with_mode(event("RUS", "UKR", "190", 2), Mode::Negated),
            with_mode(event("RUS", "UKR", "036", 3), Mode::Intended),
            with_mode(event("RUS", "UKR", "042", 4), Mode::Possible),
            with_mode(event("UKR", "RUS", "138", 5), Mode::Possible),
        ],
    ))
    .unwrap();
    w.finish().unwrap();
    drop(w);
    let all = Filter::default();
    let counted = Filter {
        counted: true,
        ..Filter::default()
    };
    let negated = Filter {
        mode: Some("negated".into()),
        ..Filter::default()
    };
    type Row = (&'static str, &'static str, i64, &'static str);
    let cases: [(&Filter, &[Row]); 3] = [
        (
            &all,
            &[
                ("USA", "042", 2, "asserted"),
                ("RUS", "190", 1, "negated"),
                ("RUS", "036", 1, "intended"),
                ("RUS", "042", 1, "possible"),
                ("UKR", "138", 1, "possible"),
            ],
        ),
        (
            &counted,
            &[
                ("USA", "042", 1, "asserted"),
                ("RUS", "036", 1, "intended"),
                ("UKR", "138", 1, "possible"),
            ],
        ),
        (
            &negated,
            &[("USA", "042", 1, "negated"), ("RUS", "190", 1, "negated")],
        ),
    ];
    for (filter, want) in cases {
        let got: Vec<(String, String, i64, String)> = store
            .events(filter)
            .unwrap()
            .into_iter()
            .map(|e| (e.source_code, e.cameo, e.num_mentions, e.mode))
            .collect();
        let want: Vec<(String, String, i64, String)> = want
            .iter()
            .map(|(s, c, n, m)| (s.to_string(), c.to_string(), *n, m.to_string()))
            .collect();
        assert_eq!(got, want, "{filter:?}");
    }
    let mentions = store.mentions(&counted).unwrap();
    assert_eq!(mentions.len(), 3);
    assert!(mentions.iter().all(|m| m.mode != "negated"));
}
