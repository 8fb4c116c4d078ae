//! Undated events (nothing dated them; dyad never invents a date) are
//! stored, rolled up, queried and exported without a date.

use dyad_core::chrono::NaiveDate;
use dyad_core::{Article, DatePrecision, Document, Event, EventActor, Mode, Sink, Span};
use dyad_store::columns::{EVENT_COLUMNS, MENTION_COLUMNS};
use dyad_store::export::{gdelt, parquet, write_events_csv, write_jsonl, write_mentions_csv};
use dyad_store::{series, EventRow, Filter, Period, Store};

fn actor(code: &str) -> EventActor {
    EventActor {
        span: Span::new(0, 3),
        code: code.into(),
        name: code.into(),
    }
}

/// An event of `NOR` against `SWE`, dated `date` (`None`: undated).
fn event(cameo: &str, date: Option<NaiveDate>) -> Event {
    Event {
        source: actor("NOR"),
        target: Some(actor("SWE")),
        cameo: cameo.into(),
        goldstein: -2.0,
        quad_class: 3,
        plover_type: None,
        plover_mode: None,
        mode: Mode::Asserted,
        date,
        date_precision: if date.is_some() {
            DatePrecision::Day
        } else {
            DatePrecision::Unknown
        },
        date_evidence: None,
        location: None,
        sentence: 0,
        span: Span::new(0, 6),
        trigger: Span::new(4, 6),
        rule: "test".into(),
    }
}

fn doc(id: &str, events: Vec<Event>) -> Document {
    Document {
        article: Article {
            id: id.into(),
            text: format!("NOR hit SWE ({id})."),
            ..Article::default()
        },
        events,
        ..Document::default()
    }
}

/// A store with two undated mentions of one event and one dated event.
fn store(name: &str) -> Store {
    let dir = std::env::temp_dir().join(format!("dyad-store-undated-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut store = Store::open(&dir.join("t.db")).unwrap();
    let run = store.begin_run(false).unwrap();
    let mut w = store.writer(run.id);
    let day = NaiveDate::from_ymd_opt(2024, 3, 1);
    w.document(&doc("a", vec![event("111", None), event("190", day)]))
        .unwrap();
    w.document(&doc("b", vec![event("111", None)])).unwrap();
    w.finish().unwrap();
    drop(w);
    store
}

fn undated(events: &[EventRow]) -> &EventRow {
    events
        .iter()
        .find(|e| e.cameo == "111")
        .expect("the undated event")
}

#[test]
fn undated_mentions_roll_up_into_one_undated_event() {
    let store = store("rollup");
    let events = store.events(&Filter::default()).unwrap();
    assert_eq!(events.len(), 2);
    let e = undated(&events);
    assert_eq!((e.date.as_deref(), e.num_mentions), (None, 2));
    let mentions = store.mentions(&Filter::default()).unwrap();
    let dates: Vec<Option<&str>> = mentions.iter().map(|m| m.date.as_deref()).collect();
    assert_eq!(dates, [None, Some("2024-03-01"), None]);
    // A date range selects dated events only; a series has no period for
    // undated ones.
    let to = Filter {
        to: Some("2030-12-31".into()),
        ..Filter::default()
    };
    let cameos: Vec<String> = store.events(&to).unwrap().into_iter().map(|e| e.cameo).collect();
    assert_eq!(cameos, ["190"]);
    let periods = series(&events, Period::Day);
    assert_eq!(periods.len(), 1);
    assert_eq!((periods[0].period.as_str(), periods[0].events), ("2024-03-01", 1));
}

#[test]
fn exports_write_no_date_as_null_or_an_empty_cell() {
    let store = store("exports");
    let events = store.events(&Filter::default()).unwrap();
    let e = undated(&events).clone();
    let mut jsonl = Vec::new();
    write_jsonl(EVENT_COLUMNS, std::slice::from_ref(&e), &mut jsonl).unwrap();
    let object: serde_json::Value = serde_json::from_slice(&jsonl).unwrap();
    assert!(object["date"].is_null(), "{object}");
    let mut csv = Vec::new();
    write_events_csv(std::slice::from_ref(&e), &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let row: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(row[1], "", "{csv}");
    let mut mentions_csv = Vec::new();
    let mentions = store.mentions(&Filter::default()).unwrap();
    write_mentions_csv(&mentions[..1], &mut mentions_csv).unwrap();
    let mentions_csv = String::from_utf8(mentions_csv).unwrap();
    let date_column = MENTION_COLUMNS.iter().position(|c| c.name == "date").unwrap();
    let row: Vec<&str> = mentions_csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(row[date_column], "", "{mentions_csv}");
    // GDELT: SQLDATE, MonthYear, Year and FractionDate are empty.
    let cells = gdelt::cells(&e);
    assert_eq!(cells[1..5], ["", "", "", ""]);
    assert_eq!(cells[26], "111");
}

#[test]
fn parquet_has_a_nullable_date_column() {
    use arrow_array::Array;
    let store = store("parquet");
    let events = store.events(&Filter::default()).unwrap();
    let schema = parquet::schema();
    assert!(schema.field_with_name("date").unwrap().is_nullable());
    let batch = parquet::record_batch(&events).unwrap();
    let dates = batch.column_by_name("date").unwrap();
    let nulls: Vec<bool> = (0..dates.len()).map(|i| dates.is_null(i)).collect();
    let undated: Vec<bool> = events.iter().map(|e| e.date.is_none()).collect();
    assert_eq!(nulls, undated);
    assert!(nulls.contains(&true) && nulls.contains(&false));
}
