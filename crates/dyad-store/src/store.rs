//! Opening the database, runs, and what is already stored.

use crate::error::{Context, Result};
use crate::schema;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use std::path::Path;

/// An open dyad database.
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) path: String,
}

/// A coding run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Its id.
    pub id: i64,
    /// Whether it was already committed (plain ingests add to the current
    /// committed run; `--recode` runs commit at the end).
    pub committed: bool,
}

/// An article read back from the store (for re-coding).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredArticle {
    /// Its row id in the store (pages of [`Store::pending_recode`] go by it).
    pub id: i64,
    /// The container's id.
    pub doc_id: String,
    /// URL, if any.
    pub url: Option<String>,
    /// Outlet, if any.
    pub source: Option<String>,
    /// Title, if any.
    pub title: Option<String>,
    /// Publication time in ISO 8601, if any.
    pub published: Option<String>,
    /// The input it was first read from.
    pub input: String,
    /// The text.
    pub text: String,
}

/// Sizes of the store.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// The run queries read (0 when none is committed).
    pub run: i64,
    /// Articles coded in that run.
    pub articles: i64,
    /// Event mentions of that run.
    pub mentions: i64,
    /// Rolled-up events of that run.
    pub events: i64,
    /// Size of the database file, bytes.
    pub bytes: i64,
}

/// The hex SHA-256 of an article's text: its identity in the store.
pub fn content_hash(text: &str) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let name = path.display().to_string();
        let conn = Connection::open(path).at(&name)?;
        Store::setup(conn, name)
    }

    /// Opens an existing database; fails if there is none.
    pub fn open_existing(path: &Path) -> Result<Store> {
        let name = path.display().to_string();
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).at(&name)?;
        Store::setup(conn, name)
    }

    fn setup(mut conn: Connection, name: String) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(2)).at(&name)?;
        conn.pragma_update(None, "journal_mode", "WAL").at(&name)?;
        conn.pragma_update(None, "synchronous", "NORMAL").at(&name)?;
        conn.pragma_update(None, "foreign_keys", true).at(&name)?;
        schema::migrate(&mut conn, &name)?;
        Ok(Store { conn, path: name })
    }

    /// The database's path as given.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The raw connection (tests and checks).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Limits the database to `pages` pages (simulates a full disk).
    pub fn set_max_pages(&self, pages: i64) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .at(&self.path)
    }

    /// The run queries read: the latest committed one.
    pub fn current_run(&self) -> Result<Option<i64>> {
        self.conn
            .query_row("SELECT max(id) FROM runs WHERE committed IS NOT NULL", [], |r| {
                r.get(0)
            })
            .at(&self.path)
    }

    /// The run to write into. A plain ingest adds to the current committed
    /// run (creating the first); `recode` resumes an unfinished newer run
    /// or starts one, which stays invisible until [`Store::commit_run`].
    pub fn begin_run(&mut self, recode: bool) -> Result<Run> {
        let current = self.current_run()?;
        if let (Some(id), false) = (current, recode) {
            return Ok(Run { id, committed: true });
        }
        if recode {
            let pending: Option<i64> = self
                .conn
                .query_row(
                    "SELECT max(id) FROM runs WHERE committed IS NULL AND id > ?1",
                    [current.unwrap_or(0)],
                    |r| r.get(0),
                )
                .at(&self.path)?;
            if let Some(id) = pending {
                return Ok(Run { id, committed: false });
            }
        }
        let committed = (!recode).then(now_stamp);
        self.conn
            .execute(
                "INSERT INTO runs (started, committed, dyad_version) VALUES (?1, ?2, ?3)",
                params![now_stamp(), committed, env!("CARGO_PKG_VERSION")],
            )
            .at(&self.path)?;
        Ok(Run {
            id: self.conn.last_insert_rowid(),
            committed: !recode,
        })
    }

    /// Makes run `id` the one queries read, then drops older runs' codings.
    pub fn commit_run(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction().at(&self.path)?;
        tx.execute(
            "UPDATE runs SET committed = ?1 WHERE id = ?2",
            params![now_stamp(), id],
        )
        .at(&self.path)?;
        tx.commit().at(&self.path)?;
        let tx = self.conn.transaction().at(&self.path)?;
        tx.execute("DELETE FROM mentions WHERE run_id < ?1", [id])
            .at(&self.path)?;
        tx.execute("DELETE FROM coded WHERE run_id < ?1", [id])
            .at(&self.path)?;
        tx.commit().at(&self.path)
    }

    /// Whether the article with this content hash is coded in run `run`.
    pub fn is_coded(&self, run: i64, hash: &str) -> Result<bool> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM coded c JOIN articles a ON a.id = c.article_id \
                 WHERE c.run_id = ?1 AND a.hash = ?2",
            )
            .at(&self.path)?;
        stmt.query_row(params![run, hash], |_| Ok(()))
            .optional()
            .map(|r| r.is_some())
            .at(&self.path)
    }

    /// Articles coded in the current committed run but not yet in `run`
    /// (what a `--recode` run still has to do), with a row id above
    /// `after`, at most `limit`, by row id.
    pub fn pending_recode(&self, run: i64, after: i64, limit: usize) -> Result<Vec<StoredArticle>> {
        let Some(current) = self.current_run()? else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.doc_id, a.url, a.source, a.title, a.published, a.input, a.text
                 FROM coded c JOIN articles a ON a.id = c.article_id
                 WHERE c.run_id = ?1 AND c.article_id > ?3 AND NOT EXISTS
                   (SELECT 1 FROM coded n WHERE n.run_id = ?2 AND n.article_id = c.article_id)
                 ORDER BY c.article_id LIMIT ?4",
            )
            .at(&self.path)?;
        let rows = stmt
            .query_map(params![current, run, after, limit as i64], |r| {
                Ok(StoredArticle {
                    id: r.get(0)?,
                    doc_id: r.get(1)?,
                    url: r.get(2)?,
                    source: r.get(3)?,
                    title: r.get(4)?,
                    published: r.get(5)?,
                    input: r.get(6)?,
                    text: r.get(7)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<std::result::Result<_, _>>().at(&self.path)
    }

    /// Counts of the current run and the file size.
    pub fn stats(&self) -> Result<Stats> {
        let run = self.current_run()?.unwrap_or(0);
        let count =
            |sql: &str| -> Result<i64> { self.conn.query_row(sql, [run], |r| r.get(0)).at(&self.path) };
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .at(&self.path)?;
        let size: i64 = self
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .at(&self.path)?;
        Ok(Stats {
            run,
            articles: count("SELECT count(*) FROM coded WHERE run_id = ?1")?,
            mentions: count("SELECT count(*) FROM mentions WHERE run_id = ?1")?,
            events: count("SELECT count(DISTINCT event_id) FROM mentions WHERE run_id = ?1")?,
            bytes: pages * size,
        })
    }
}

/// The current UTC time as `YYYYMMDDHHMMSS` (GDELT's DATEADDED form).
pub(crate) fn now_stamp() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    dyad_core::chrono::DateTime::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%Y%m%d%H%M%S")
        .to_string()
}
