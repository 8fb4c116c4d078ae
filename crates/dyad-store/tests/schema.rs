//! Opening a database brings an older schema up to date and refuses a
//! newer or foreign one (`schema.rs`, `Store::open`).

use dyad_store::schema::{migrate_to, APPLICATION_ID, VERSION};
use dyad_store::{Store, StoreError};
use rusqlite::Connection;

fn temp(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("dyad-schema-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("t.db");
    let _ = std::fs::remove_file(&db);
    (dir, db)
}

#[test]
fn an_older_database_is_upgraded() {
    let (dir, db) = temp("old");
    let mut conn = Connection::open(&db).unwrap();
    migrate_to(&mut conn, "t.db", 1).unwrap();
    drop(conn);
    let store = Store::open(&db).unwrap();
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, VERSION);
    let indexes: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE 'mentions_%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indexes, 5);
    std::fs::remove_dir_all(dir).ok();
}

/// (what the file holds, the message the refusal must carry).
#[test]
fn newer_and_foreign_databases_are_refused() {
    let newer = format!("PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 99");
    let cases = [
        (newer.as_str(), "schema version 99 is newer"),
        (
            "CREATE TABLE other (x); PRAGMA user_version = 1",
            "not a dyad database",
        ),
    ];
    for (i, (sql, message)) in cases.iter().enumerate() {
        let (dir, db) = temp(&format!("refuse{i}"));
        Connection::open(&db).unwrap().execute_batch(sql).unwrap();
        let err = Store::open(&db).err().expect("refused");
        assert!(matches!(
            err,
            StoreError::TooNew { .. } | StoreError::Foreign { .. }
        ));
        assert!(err.to_string().contains(message), "{err}");
        assert!(err.to_string().contains("t.db"), "{err}");
        std::fs::remove_dir_all(dir).ok();
    }
}
