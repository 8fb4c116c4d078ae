//! Filters over the current run's mentions, and the roll-up into events.

use crate::error::{Context, Result};
use crate::rows::{EventRow, MentionRow};
use crate::store::Store;
use rusqlite::types::Value;

/// Which side an actor code may be on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideMatch {
    /// Source or target.
    #[default]
    Either,
    /// Source only.
    Source,
    /// Target only.
    Target,
}

/// What to select; every field left empty selects everything. Codes match
/// as prefixes (`USA` matches `USAGOV`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// An actor code or prefix, on the side `actor_side` says.
    pub actor: Option<String>,
    /// Where `actor` may be.
    pub actor_side: SideMatch,
    /// Source and target code prefixes.
    pub dyad: Option<(String, String)>,
    /// Also match the dyad the other way round.
    pub both: bool,
    /// CAMEO root or code prefix (`04`, `042`).
    pub cameo: Option<String>,
    /// QuadClass 1–4.
    pub quad_class: Option<u8>,
    /// First event date, `YYYY-MM-DD`, inclusive.
    pub from: Option<String>,
    /// Last event date, inclusive.
    pub to: Option<String>,
    /// A place name (substring) or a country code (exact).
    pub place: Option<String>,
    /// Text the evidence sentence contains (case-insensitive for ASCII).
    pub text: Option<String>,
    /// Only mentions of this mode (`asserted`, `negated`…).
    pub mode: Option<String>,
    /// Only the mentions CAMEO counts as events ([`COUNTED_MODES_SQL`]):
    /// what `dyad code` prints without `--all-modes`, and what the GDELT
    /// export, which has no mode column, keeps by default.
    pub counted: bool,
    /// At most this many rows.
    pub limit: Option<u64>,
}

/// The modes of dyad's events, from the most certain to the least; a
/// rolled-up event takes the first its mentions have.
pub const MODES: [&str; 6] = [
    "asserted",
    "intended",
    "possible",
    "conditional",
    "hypothetical",
    "negated",
];

/// The mentions CAMEO counts, as dyad-code decides without `--all-modes`:
/// asserted events, and intended or possible ones coded with an intent
/// code (roots 03 and 13: `will meet` is 036, `threatened to` 13x).
pub const COUNTED_MODES_SQL: &str = "(m.mode = 'asserted' OR (m.mode IN ('intended', 'possible') \
     AND substr(m.cameo, 1, 2) IN ('03', '13')))";

/// The most certain of the modes listed in `list` (comma-separated, as
/// SQLite's `group_concat` gives them).
fn most_certain(list: &str) -> String {
    let found: Vec<&str> = list.split(',').map(str::trim).collect();
    MODES.iter().find(|m| found.contains(m)).map_or_else(
        || found.first().copied().unwrap_or("").to_owned(),
        |m| (*m).to_owned(),
    )
}

/// `LIKE` pattern for a prefix, with `%` and `_` escaped.
fn prefix(code: &str) -> Value {
    Value::Text(format!("{}%", escape(code)))
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

impl Filter {
    /// The `WHERE` clause over mentions `m` and its parameters (run first).
    fn sql(&self, run: i64) -> (String, Vec<Value>) {
        let mut clauses = vec!["m.run_id = ?".to_owned()];
        let mut values = vec![Value::Integer(run)];
        let like = |col: &str| format!("{col} LIKE ? ESCAPE '\\'");
        if let Some(actor) = &self.actor {
            let (s, t) = (like("m.source_code"), like("m.target_code"));
            match self.actor_side {
                SideMatch::Either => {
                    clauses.push(format!("({s} OR {t})"));
                    values.extend([prefix(actor), prefix(actor)]);
                }
                SideMatch::Source => {
                    clauses.push(s);
                    values.push(prefix(actor));
                }
                SideMatch::Target => {
                    clauses.push(t);
                    values.push(prefix(actor));
                }
            }
        }
        if let Some((a, b)) = &self.dyad {
            let pair = format!("({} AND {})", like("m.source_code"), like("m.target_code"));
            if self.both {
                clauses.push(format!("({pair} OR {pair})"));
                values.extend([prefix(a), prefix(b), prefix(b), prefix(a)]);
            } else {
                clauses.push(pair);
                values.extend([prefix(a), prefix(b)]);
            }
        }
        if let Some(cameo) = &self.cameo {
            clauses.push(like("m.cameo"));
            values.push(prefix(cameo));
        }
        if let Some(q) = self.quad_class {
            clauses.push("m.quad_class = ?".into());
            values.push(Value::Integer(i64::from(q)));
        }
        if let Some(from) = &self.from {
            clauses.push("m.date >= ?".into());
            values.push(Value::Text(from.clone()));
        }
        if let Some(to) = &self.to {
            clauses.push("(m.date <> '' AND m.date <= ?)".into());
            values.push(Value::Text(to.clone()));
        }
        if let Some(place) = &self.place {
            clauses.push(format!("(m.geo_country = ? OR {})", like("m.geo_name")));
            values.extend([
                Value::Text(place.to_ascii_uppercase()),
                Value::Text(format!("%{}%", escape(place))),
            ]);
        }
        if let Some(text) = &self.text {
            clauses.push(like("m.sentence_text"));
            values.push(Value::Text(format!("%{}%", escape(text))));
        }
        if let Some(mode) = &self.mode {
            clauses.push("m.mode = ?".into());
            values.push(Value::Text(mode.clone()));
        }
        if self.counted {
            clauses.push(COUNTED_MODES_SQL.into());
        }
        (clauses.join(" AND "), values)
    }

    fn limit_sql(&self) -> String {
        self.limit.map_or_else(String::new, |n| format!(" LIMIT {n}"))
    }
}

const EVENT_SQL: &str =
    "SELECT k.id, nullif(k.date, ''), k.source_code, m.source_name, k.target_code, m.target_name,
    k.cameo, m.goldstein, m.quad_class, sum(m.is_root) > 0, count(*),
    count(DISTINCT a.outlet), count(DISTINCT m.article_id),
    m.geo_name, m.geo_country, m.geo_admin1, m.geo_lat, m.geo_lon, m.geo_id,
    a.added, coalesce(a.url, a.doc_id), m.evidence, min(m.id), group_concat(DISTINCT m.mode)
  FROM mentions m JOIN event_keys k ON k.id = m.event_id JOIN articles a ON a.id = m.article_id";

const MENTION_SQL: &str =
    "SELECT m.event_id, a.doc_id, a.url, nullif(m.date, ''), m.source_code, m.source_name,
    m.target_code, m.target_name, m.cameo, m.goldstein, m.quad_class, m.mode, m.geo_name, m.geo_country,
    m.sentence, m.sentence_text, m.span_start, m.span_end, m.evidence, m.trigger, m.rule
  FROM mentions m JOIN articles a ON a.id = m.article_id";

impl Store {
    /// The events of the current run that `filter` selects, by id. The
    /// counts cover the selected mentions; the names, place, URL and
    /// evidence are those of the first mention (SQLite takes bare columns
    /// from the row of the one `min()`: no other `min` or `max` may join
    /// it); the mode is the most certain of the mentions' ([`MODES`]).
    pub fn events(&self, filter: &Filter) -> Result<Vec<EventRow>> {
        let mut rows = Vec::new();
        self.each_event(filter, &mut |e| {
            rows.push(e);
            Ok(())
        })?;
        Ok(rows)
    }

    /// Hands each event [`Store::events`] would return to `each`, one at
    /// a time (exports of any size in constant memory).
    pub fn each_event(&self, filter: &Filter, each: &mut dyn FnMut(EventRow) -> Result<()>) -> Result<()> {
        self.select_each(EVENT_SQL, "GROUP BY k.id ORDER BY k.id", filter, event_row, each)
    }

    /// The mentions of the current run that `filter` selects, in storage order.
    pub fn mentions(&self, filter: &Filter) -> Result<Vec<MentionRow>> {
        let mut rows = Vec::new();
        let mut push = |m| {
            rows.push(m);
            Ok(())
        };
        self.select_each(MENTION_SQL, "ORDER BY m.id", filter, mention_row, &mut push)?;
        Ok(rows)
    }

    /// Runs `head WHERE <filter> tail` over the current run and hands
    /// each row, mapped, to `each`.
    fn select_each<T>(
        &self,
        head: &str,
        tail: &str,
        filter: &Filter,
        map: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        each: &mut dyn FnMut(T) -> Result<()>,
    ) -> Result<()> {
        let Some(run) = self.current_run()? else {
            return Ok(());
        };
        let (clause, values) = filter.sql(run);
        let sql = format!("{head} WHERE {clause} {tail}{}", filter.limit_sql());
        let mut stmt = self.conn.prepare(&sql).at(&self.path)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(values)).at(&self.path)?;
        while let Some(row) = rows.next().at(&self.path)? {
            each(map(row).at(&self.path)?)?;
        }
        Ok(())
    }
}

fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventRow> {
    Ok(EventRow {
        global_event_id: r.get(0)?,
        date: r.get(1)?,
        source_code: r.get(2)?,
        source_name: r.get(3)?,
        target_code: r.get(4)?,
        target_name: r.get(5)?,
        cameo: r.get(6)?,
        goldstein: r.get(7)?,
        quad_class: r.get(8)?,
        is_root: r.get(9)?,
        num_mentions: r.get(10)?,
        num_sources: r.get(11)?,
        num_articles: r.get(12)?,
        geo_name: r.get(13)?,
        geo_country: r.get(14)?,
        geo_admin1: r.get(15)?,
        geo_lat: r.get(16)?,
        geo_lon: r.get(17)?,
        geo_id: r.get(18)?,
        date_added: r.get(19)?,
        source_url: r.get(20)?,
        evidence: r.get(21)?,
        mode: most_certain(&r.get::<_, String>(23)?),
    })
}

fn mention_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MentionRow> {
    Ok(MentionRow {
        global_event_id: r.get(0)?,
        article: r.get(1)?,
        url: r.get(2)?,
        date: r.get(3)?,
        source_code: r.get(4)?,
        source_name: r.get(5)?,
        target_code: r.get(6)?,
        target_name: r.get(7)?,
        cameo: r.get(8)?,
        goldstein: r.get(9)?,
        quad_class: r.get(10)?,
        mode: r.get(11)?,
        geo_name: r.get(12)?,
        geo_country: r.get(13)?,
        sentence: r.get(14)?,
        sentence_text: r.get(15)?,
        span_start: r.get(16)?,
        span_end: r.get(17)?,
        evidence: r.get(18)?,
        trigger: r.get(19)?,
        rule: r.get(20)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (modes of an event's mentions, the event's mode).
    #[test]
    fn an_event_takes_the_most_certain_mode_of_its_mentions() {
        let cases = [
            ("asserted", "asserted"),
            ("negated,asserted", "asserted"),
            ("negated,conditional", "conditional"),
            ("possible,intended", "intended"),
            ("hypothetical", "hypothetical"),
            ("", ""),
        ];
        for (list, mode) in cases {
            assert_eq!(most_certain(list), mode, "{list}");
        }
    }

    /// Every mode dyad-core serialises is ranked.
    #[test]
    fn every_mode_of_dyad_core_is_ranked() {
        use dyad_core::Mode::*;
        for mode in [Asserted, Intended, Possible, Conditional, Hypothetical, Negated] {
            let name = serde_json::to_value(mode).unwrap();
            assert!(MODES.contains(&name.as_str().unwrap()), "{name}");
        }
    }
}
