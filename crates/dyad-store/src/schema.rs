//! The schema and its migrations, versioned with `PRAGMA user_version`.
//!
//! Migration *n* (1-based) takes a database from version *n − 1* to *n*.
//! Opening a database applies the missing migrations in one transaction;
//! a database newer than [`VERSION`] is refused.

use crate::error::{Context, Result, StoreError};
use rusqlite::Connection;

/// `PRAGMA application_id` of dyad databases ("dyad" in ASCII).
pub const APPLICATION_ID: i64 = 0x6479_6164;

/// The migrations, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1: runs, articles, codings, event keys, mentions.
    "CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        committed TEXT,
        dyad_version TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        url TEXT,
        source TEXT,
        outlet TEXT NOT NULL,
        title TEXT,
        published TEXT,
        input TEXT NOT NULL,
        added TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE coded (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        article_id INTEGER NOT NULL REFERENCES articles(id),
        events INTEGER NOT NULL,
        PRIMARY KEY (run_id, article_id)
    ) WITHOUT ROWID;
    CREATE TABLE event_keys (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        source_code TEXT NOT NULL,
        target_code TEXT NOT NULL,
        cameo TEXT NOT NULL,
        UNIQUE (date, source_code, target_code, cameo)
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL,
        article_id INTEGER NOT NULL,
        event_id INTEGER NOT NULL REFERENCES event_keys(id),
        idx INTEGER NOT NULL,
        date TEXT NOT NULL,
        date_precision TEXT NOT NULL,
        source_code TEXT NOT NULL,
        source_name TEXT NOT NULL,
        source_text TEXT NOT NULL,
        target_code TEXT NOT NULL,
        target_name TEXT NOT NULL,
        target_text TEXT NOT NULL,
        cameo TEXT NOT NULL,
        goldstein REAL NOT NULL,
        quad_class INTEGER NOT NULL,
        plover_type TEXT,
        plover_mode TEXT,
        mode TEXT NOT NULL,
        is_root INTEGER NOT NULL,
        geo_name TEXT,
        geo_country TEXT,
        geo_admin1 TEXT,
        geo_lat REAL,
        geo_lon REAL,
        geo_id INTEGER,
        sentence INTEGER NOT NULL,
        sentence_text TEXT NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        trigger TEXT NOT NULL,
        rule TEXT NOT NULL,
        FOREIGN KEY (run_id, article_id) REFERENCES coded(run_id, article_id)
    );",
    // 2: indexes for the roll-up and the query filters.
    "CREATE INDEX mentions_run_event ON mentions(run_id, event_id);
    CREATE INDEX mentions_run_article ON mentions(run_id, article_id);
    CREATE INDEX mentions_source ON mentions(source_code);
    CREATE INDEX mentions_target ON mentions(target_code);
    CREATE INDEX mentions_date ON mentions(date);",
];

/// The schema version this build writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings `conn` to [`VERSION`], or refuses a newer or foreign database.
pub fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    migrate_to(conn, path, VERSION)
}

/// Brings `conn` to version `target` (tests build old databases with it).
pub fn migrate_to(conn: &mut Connection, path: &str, target: i64) -> Result<()> {
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .at(path)?;
    let found: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).at(path)?;
    let app: i64 = tx.query_row("PRAGMA application_id", [], |r| r.get(0)).at(path)?;
    let empty: bool = tx
        .query_row("SELECT count(*) = 0 FROM sqlite_schema", [], |r| r.get(0))
        .at(path)?;
    if app != APPLICATION_ID && !(app == 0 && empty) {
        return Err(StoreError::Foreign {
            path: path.to_owned(),
            found: app,
        });
    }
    if found > VERSION {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            supported: VERSION,
        });
    }
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(found as usize)
    {
        tx.execute_batch(sql).at(path)?;
        tx.pragma_update(None, "user_version", i as i64 + 1).at(path)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)
        .at(path)?;
    tx.commit().at(path)
}
