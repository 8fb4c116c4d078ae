//! What a dyad database must always satisfy, whenever it is opened.

use dyad_store::Store;
use std::path::Path;

/// Counts of a database that passed [`check`].
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: i64,
    pub mentions: i64,
}

fn one(store: &Store, sql: &str) -> i64 {
    store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Opens the database and checks it: SQLite's integrity check, foreign
/// keys, every coded article with all its events, no orphans.
pub fn check(path: &Path) -> Counts {
    let store = Store::open_existing(path).unwrap_or_else(|e| panic!("database does not open: {e}"));
    let conn = store.connection();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let fk = conn
        .prepare("PRAGMA foreign_key_check")
        .unwrap()
        .query([])
        .unwrap()
        .next()
        .unwrap()
        .is_none();
    assert!(fk, "foreign key violations");
    let partial = one(
        &store,
        "SELECT count(*) FROM coded c WHERE c.events != \
         (SELECT count(*) FROM mentions m WHERE m.run_id = c.run_id AND m.article_id = c.article_id)",
    );
    assert_eq!(partial, 0, "articles with missing or extra events");
    let orphans = [
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM coded c WHERE c.article_id = a.id)",
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS \
         (SELECT 1 FROM coded c WHERE c.run_id = m.run_id AND c.article_id = m.article_id)",
        "SELECT count(*) FROM event_keys k WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = k.id)",
    ];
    for sql in orphans {
        assert_eq!(one(&store, sql), 0, "orphans: {sql}");
    }
    let stats = store.stats().unwrap();
    Counts {
        articles: stats.articles,
        mentions: stats.mentions,
    }
}
