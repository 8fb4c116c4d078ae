//! The columns of the exports, one table per kind of row: every column is
//! named once here, with its type, whether it may be empty, how to read it
//! from a row, and its label in `dyad query`'s terminal table.
//!
//! CSV headers and cells, the Parquet schema and arrays, the JSONL objects
//! and `dyad query`'s tables all come from [`EVENT_COLUMNS`] and
//! [`MENTION_COLUMNS`]; the GDELT layout (`export/gdelt.rs`) takes the
//! columns it shares with them (ids, codes, counts, dates added, URLs) from
//! the constants in [`event`].
//!
//! ```
//! use dyad_store::columns::{event, EVENT_COLUMNS};
//! let names: Vec<&str> = EVENT_COLUMNS.iter().map(|c| c.name).collect();
//! assert_eq!(names[..3], ["global_event_id", "date", "source_code"]);
//! assert_eq!(names.last(), Some(&"mode"));
//! assert_eq!(event::NUM_MENTIONS.name, "num_mentions");
//! ```

use crate::rows::{EventRow, MentionRow};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A 64-bit integer.
    Int,
    /// A 64-bit float.
    Float,
    /// UTF-8 text.
    Text,
    /// True or false (`1`/`0` in CSV and GDELT).
    Bool,
}

/// One cell, borrowed from its row.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value<'a> {
    /// An integer.
    Int(i64),
    /// A float.
    Float(f64),
    /// Text.
    Text(&'a str),
    /// A truth value.
    Bool(bool),
    /// Nothing (a nullable column without a value).
    Null,
}

impl Value<'_> {
    /// The cell as CSV, GDELT and the terminal table write it: numbers as
    /// Rust prints them (`1.9`, `-10`), booleans as `1`/`0`, nothing as an
    /// empty cell.
    pub fn text(&self) -> Cow<'_, str> {
        match *self {
            Value::Int(v) => Cow::Owned(v.to_string()),
            Value::Float(v) => Cow::Owned(v.to_string()),
            Value::Text(s) => Cow::Borrowed(s),
            Value::Bool(b) => Cow::Borrowed(if b { "1" } else { "0" }),
            Value::Null => Cow::Borrowed(""),
        }
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Value::Int(v) => s.serialize_i64(v),
            Value::Float(v) => s.serialize_f64(v),
            Value::Text(v) => s.serialize_str(v),
            Value::Bool(v) => s.serialize_bool(v),
            Value::Null => s.serialize_none(),
        }
    }
}

/// One column of the rows `R`.
pub struct Column<R: 'static> {
    /// The column's name (CSV header, Parquet field, JSON key).
    pub name: &'static str,
    /// What it holds.
    pub kind: Kind,
    /// Whether a row may have no value.
    pub nullable: bool,
    /// Reads the cell of a row.
    pub get: for<'a> fn(&'a R) -> Value<'a>,
    /// Its label in `dyad query`'s terminal table, if shown there.
    pub brief: Option<&'static str>,
}

impl<R> Column<R> {
    /// The column's cell in `row`.
    pub fn value<'a>(&self, row: &'a R) -> Value<'a> {
        (self.get)(row)
    }
}

/// One row as a JSON object with the table's keys, in the table's order.
pub struct JsonRow<'a, R: 'static> {
    /// The columns.
    pub columns: &'static [Column<R>],
    /// The row.
    pub row: &'a R,
}

impl<R> Serialize for JsonRow<'_, R> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.columns.len()))?;
        for c in self.columns {
            map.serialize_entry(c.name, &c.value(self.row))?;
        }
        map.end()
    }
}

fn opt_text(v: &Option<String>) -> Value<'_> {
    v.as_deref().map_or(Value::Null, Value::Text)
}

fn opt_float(v: Option<f64>) -> Value<'static> {
    v.map_or(Value::Null, Value::Float)
}

fn opt_int(v: Option<i64>) -> Value<'static> {
    v.map_or(Value::Null, Value::Int)
}

/// The columns of rolled-up events, one constant each.
pub mod event {
    use super::{opt_float, opt_int, opt_text, Column, Kind, Value};
    use crate::rows::EventRow;

    const fn column(
        name: &'static str,
        kind: Kind,
        nullable: bool,
        get: for<'a> fn(&'a EventRow) -> Value<'a>,
        brief: Option<&'static str>,
    ) -> Column<EventRow> {
        Column {
            name,
            kind,
            nullable,
            get,
            brief,
        }
    }

    /// GLOBALEVENTID: stable id of the (date, source, target, code) key.
    pub const GLOBAL_EVENT_ID: Column<EventRow> = column(
        "global_event_id",
        Kind::Int,
        false,
        |e| Value::Int(e.global_event_id),
        Some("id"),
    );
    /// Event date, `YYYY-MM-DD`; empty when nothing dated the event.
    pub const DATE: Column<EventRow> = column("date", Kind::Text, true, |e| opt_text(&e.date), Some("date"));
    /// Source actor's CAMEO code.
    pub const SOURCE_CODE: Column<EventRow> = column(
        "source_code",
        Kind::Text,
        false,
        |e| Value::Text(&e.source_code),
        Some("source"),
    );
    /// Source actor's name.
    pub const SOURCE_NAME: Column<EventRow> = column(
        "source_name",
        Kind::Text,
        false,
        |e| Value::Text(&e.source_name),
        None,
    );
    /// Target actor's CAMEO code (empty when none).
    pub const TARGET_CODE: Column<EventRow> = column(
        "target_code",
        Kind::Text,
        false,
        |e| Value::Text(&e.target_code),
        Some("target"),
    );
    /// Target actor's name.
    pub const TARGET_NAME: Column<EventRow> = column(
        "target_name",
        Kind::Text,
        false,
        |e| Value::Text(&e.target_name),
        None,
    );
    /// CAMEO event code, leading zeros kept.
    pub const CAMEO: Column<EventRow> = column(
        "cameo",
        Kind::Text,
        false,
        |e| Value::Text(&e.cameo),
        Some("cameo"),
    );
    /// Goldstein score.
    pub const GOLDSTEIN: Column<EventRow> = column(
        "goldstein",
        Kind::Float,
        false,
        |e| Value::Float(e.goldstein),
        Some("goldstein"),
    );
    /// QuadClass 1–4.
    pub const QUAD_CLASS: Column<EventRow> = column(
        "quad_class",
        Kind::Int,
        false,
        |e| Value::Int(e.quad_class),
        Some("quad"),
    );
    /// Some mention is in a headline or lead paragraph.
    pub const IS_ROOT: Column<EventRow> =
        column("is_root", Kind::Bool, false, |e| Value::Bool(e.is_root), None);
    /// Mentions.
    pub const NUM_MENTIONS: Column<EventRow> = column(
        "num_mentions",
        Kind::Int,
        false,
        |e| Value::Int(e.num_mentions),
        Some("mentions"),
    );
    /// Distinct outlets.
    pub const NUM_SOURCES: Column<EventRow> = column(
        "num_sources",
        Kind::Int,
        false,
        |e| Value::Int(e.num_sources),
        None,
    );
    /// Distinct articles.
    pub const NUM_ARTICLES: Column<EventRow> = column(
        "num_articles",
        Kind::Int,
        false,
        |e| Value::Int(e.num_articles),
        Some("articles"),
    );
    /// Place name.
    pub const GEO_NAME: Column<EventRow> =
        column("geo_name", Kind::Text, true, |e| opt_text(&e.geo_name), None);
    /// Place country, ISO 3166-1 alpha-3.
    pub const GEO_COUNTRY: Column<EventRow> = column(
        "geo_country",
        Kind::Text,
        true,
        |e| opt_text(&e.geo_country),
        None,
    );
    /// Place's first-level region.
    pub const GEO_ADMIN1: Column<EventRow> =
        column("geo_admin1", Kind::Text, true, |e| opt_text(&e.geo_admin1), None);
    /// Latitude.
    pub const GEO_LAT: Column<EventRow> =
        column("geo_lat", Kind::Float, true, |e| opt_float(e.geo_lat), None);
    /// Longitude.
    pub const GEO_LON: Column<EventRow> =
        column("geo_lon", Kind::Float, true, |e| opt_float(e.geo_lon), None);
    /// GeoNames id.
    pub const GEO_ID: Column<EventRow> = column("geo_id", Kind::Int, true, |e| opt_int(e.geo_id), None);
    /// When the first mentioning article was stored, `YYYYMMDDHHMMSS` UTC.
    pub const DATE_ADDED: Column<EventRow> = column(
        "date_added",
        Kind::Text,
        false,
        |e| Value::Text(&e.date_added),
        None,
    );
    /// URL of the first mentioning article, else its id.
    pub const SOURCE_URL: Column<EventRow> = column(
        "source_url",
        Kind::Text,
        false,
        |e| Value::Text(&e.source_url),
        None,
    );
    /// Evidence of the first mention.
    pub const EVIDENCE: Column<EventRow> = column(
        "evidence",
        Kind::Text,
        false,
        |e| Value::Text(&e.evidence),
        Some("evidence"),
    );
    /// The event's mode: the most certain among its mentions'.
    pub const MODE: Column<EventRow> =
        column("mode", Kind::Text, false, |e| Value::Text(&e.mode), Some("mode"));
}

/// The columns of rolled-up events, in export order (`mode` last, so that
/// files written before it existed keep their column positions).
pub const EVENT_COLUMNS: &[Column<EventRow>] = &[
    event::GLOBAL_EVENT_ID,
    event::DATE,
    event::SOURCE_CODE,
    event::SOURCE_NAME,
    event::TARGET_CODE,
    event::TARGET_NAME,
    event::CAMEO,
    event::GOLDSTEIN,
    event::QUAD_CLASS,
    event::IS_ROOT,
    event::NUM_MENTIONS,
    event::NUM_SOURCES,
    event::NUM_ARTICLES,
    event::GEO_NAME,
    event::GEO_COUNTRY,
    event::GEO_ADMIN1,
    event::GEO_LAT,
    event::GEO_LON,
    event::GEO_ID,
    event::DATE_ADDED,
    event::SOURCE_URL,
    event::EVIDENCE,
    event::MODE,
];

const fn mention(
    name: &'static str,
    kind: Kind,
    nullable: bool,
    get: for<'a> fn(&'a MentionRow) -> Value<'a>,
    brief: Option<&'static str>,
) -> Column<MentionRow> {
    Column {
        name,
        kind,
        nullable,
        get,
        brief,
    }
}

/// The columns of mentions (`dyad query` without `--events`), in order.
pub const MENTION_COLUMNS: &[Column<MentionRow>] = &[
    mention(
        "global_event_id",
        Kind::Int,
        false,
        |m| Value::Int(m.global_event_id),
        Some("event"),
    ),
    mention(
        "article",
        Kind::Text,
        false,
        |m| Value::Text(&m.article),
        Some("article"),
    ),
    mention("url", Kind::Text, true, |m| opt_text(&m.url), None),
    mention("date", Kind::Text, true, |m| opt_text(&m.date), Some("date")),
    mention(
        "source_code",
        Kind::Text,
        false,
        |m| Value::Text(&m.source_code),
        Some("source"),
    ),
    mention(
        "source_name",
        Kind::Text,
        false,
        |m| Value::Text(&m.source_name),
        None,
    ),
    mention(
        "target_code",
        Kind::Text,
        false,
        |m| Value::Text(&m.target_code),
        Some("target"),
    ),
    mention(
        "target_name",
        Kind::Text,
        false,
        |m| Value::Text(&m.target_name),
        None,
    ),
    mention(
        "cameo",
        Kind::Text,
        false,
        |m| Value::Text(&m.cameo),
        Some("cameo"),
    ),
    mention(
        "goldstein",
        Kind::Float,
        false,
        |m| Value::Float(m.goldstein),
        None,
    ),
    mention(
        "quad_class",
        Kind::Int,
        false,
        |m| Value::Int(m.quad_class),
        Some("quad"),
    ),
    mention("mode", Kind::Text, false, |m| Value::Text(&m.mode), Some("mode")),
    mention("geo_name", Kind::Text, true, |m| opt_text(&m.geo_name), None),
    mention(
        "geo_country",
        Kind::Text,
        true,
        |m| opt_text(&m.geo_country),
        None,
    ),
    mention("sentence", Kind::Int, false, |m| Value::Int(m.sentence), None),
    mention(
        "sentence_text",
        Kind::Text,
        false,
        |m| Value::Text(&m.sentence_text),
        None,
    ),
    mention("span_start", Kind::Int, false, |m| Value::Int(m.span_start), None),
    mention("span_end", Kind::Int, false, |m| Value::Int(m.span_end), None),
    mention(
        "evidence",
        Kind::Text,
        false,
        |m| Value::Text(&m.evidence),
        Some("evidence"),
    ),
    mention("trigger", Kind::Text, false, |m| Value::Text(&m.trigger), None),
    mention("rule", Kind::Text, false, |m| Value::Text(&m.rule), None),
];

/// The header and cells of `rows` as `dyad query`'s terminal table shows
/// them: the columns with a `brief` label, in table order.
pub fn brief_table<R>(columns: &[Column<R>], rows: &[R]) -> Vec<Vec<String>> {
    let shown: Vec<&Column<R>> = columns.iter().filter(|c| c.brief.is_some()).collect();
    let mut out = vec![shown.iter().filter_map(|c| c.brief.map(str::to_owned)).collect()];
    out.extend(
        rows.iter()
            .map(|r| shown.iter().map(|c| c.value(r).text().into_owned()).collect()),
    );
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// An event with every optional field set, or none.
    pub(crate) fn event_row(full: bool) -> EventRow {
        EventRow {
            global_event_id: 7,
            date: Some("2024-03-01".into()),
            source_code: "DEU".into(),
            source_name: "Germany".into(),
            target_code: "UKR".into(),
            target_name: "Ukraine".into(),
            cameo: "042".into(),
            goldstein: 1.9,
            quad_class: 1,
            is_root: true,
            num_mentions: 3,
            num_sources: 2,
            num_articles: 2,
            geo_name: full.then(|| "Kyiv".into()),
            geo_country: full.then(|| "UKR".into()),
            geo_admin1: full.then(|| "Kyiv City".into()),
            geo_lat: full.then_some(50.45),
            geo_lon: full.then_some(30.52),
            geo_id: full.then_some(703448),
            date_added: "20240301120000".into(),
            source_url: "https://news.example/1".into(),
            evidence: "Germany pledged aid, \"soon\"".into(),
            mode: "asserted".into(),
        }
    }

    fn mention_row(full: bool) -> MentionRow {
        MentionRow {
            global_event_id: 7,
            article: "a1".into(),
            url: full.then(|| "https://news.example/1".into()),
            date: Some("2024-03-01".into()),
            source_code: "DEU".into(),
            source_name: "Germany".into(),
            target_code: "UKR".into(),
            target_name: "Ukraine".into(),
            cameo: "042".into(),
            goldstein: 1.9,
            quad_class: 1,
            mode: "negated".into(),
            geo_name: full.then(|| "Kyiv".into()),
            geo_country: full.then(|| "UKR".into()),
            sentence: 2,
            sentence_text: "Germany pledged aid.".into(),
            span_start: 10,
            span_end: 29,
            evidence: "Germany pledged aid".into(),
            trigger: "pledged".into(),
            rule: "verbs/04.tsv:12".into(),
        }
    }

    /// Each cell has the column's kind, and only nullable columns are empty.
    fn kinds_hold<R>(columns: &[Column<R>], full: &R, empty: &R) {
        for c in columns {
            for (row, filled) in [(full, true), (empty, false)] {
                let ok = match (c.value(row), c.kind) {
                    (Value::Int(_), Kind::Int)
                    | (Value::Float(_), Kind::Float)
                    | (Value::Text(_), Kind::Text)
                    | (Value::Bool(_), Kind::Bool) => true,
                    (Value::Null, _) => c.nullable && !filled,
                    _ => false,
                };
                assert!(ok, "{}: {:?} is not a {:?}", c.name, c.value(row), c.kind);
            }
        }
    }

    #[test]
    fn every_cell_has_its_columns_kind() {
        kinds_hold(EVENT_COLUMNS, &event_row(true), &event_row(false));
        kinds_hold(MENTION_COLUMNS, &mention_row(true), &mention_row(false));
    }

    #[test]
    fn names_are_unique_and_mode_is_in_both_tables() {
        for names in [
            EVENT_COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>(),
            MENTION_COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>(),
        ] {
            let mut sorted = names.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), names.len(), "{names:?}");
            assert!(names.contains(&"mode"));
        }
    }

    #[test]
    fn json_rows_keep_the_table_order_and_types() {
        let json = serde_json::to_string(&JsonRow {
            columns: EVENT_COLUMNS,
            row: &event_row(false),
        })
        .unwrap();
        assert!(
            json.starts_with(r#"{"global_event_id":7,"date":"2024-03-01","source_code":"DEU""#),
            "{json}"
        );
        assert!(
            json.contains(r#""goldstein":1.9,"quad_class":1,"is_root":true,"#),
            "{json}"
        );
        assert!(json.contains(r#""geo_name":null,"#), "{json}");
        assert!(json.ends_with(r#""mode":"asserted"}"#), "{json}");
    }

    #[test]
    fn the_brief_table_has_the_labelled_columns() {
        let t = brief_table(MENTION_COLUMNS, &[mention_row(true)]);
        assert_eq!(
            t[0],
            ["event", "article", "date", "source", "target", "cameo", "quad", "mode", "evidence"]
        );
        assert_eq!(
            t[1],
            [
                "7",
                "a1",
                "2024-03-01",
                "DEU",
                "UKR",
                "042",
                "1",
                "negated",
                "Germany pledged aid"
            ]
        );
        let t = brief_table(EVENT_COLUMNS, &[event_row(true)]);
        assert_eq!(t[0][0], "id");
        assert_eq!(t[1][t[0].iter().position(|h| h == "goldstein").unwrap()], "1.9");
    }

    /// docs/schema.md's table of export columns lists the same columns in
    /// the same order, with optional ones marked.
    #[test]
    fn the_documented_columns_are_the_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/schema.md");
        let doc = std::fs::read_to_string(path).unwrap();
        let section = doc.split("### Export columns").nth(1).expect("the section");
        let section = section.split("\n#").next().unwrap_or(section);
        let rows: Vec<(&str, bool)> = section
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .map(|l| {
                let (name, rest) = l.split_once('`').unwrap();
                (name, rest.split('|').nth(1).unwrap_or("").contains("optional"))
            })
            .collect();
        let table: Vec<(&str, bool)> = EVENT_COLUMNS.iter().map(|c| (c.name, c.nullable)).collect();
        assert_eq!(rows, table);
    }
}
