//! Errors of the store.

use thiserror::Error;

/// Why the store could not do what was asked.
#[derive(Debug, Error)]
pub enum StoreError {
    /// SQLite refused (locked, read-only, full, corrupt…).
    #[error("{path}: {source}")]
    Sqlite {
        /// The database file.
        path: String,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// The database was written by a newer dyad.
    #[error(
        "{path}: database schema version {found} is newer than this dyad supports ({supported}); \
         use a newer dyad or another --db"
    )]
    TooNew {
        /// The database file.
        path: String,
        /// Version found in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// The file is an SQLite database, but not one of dyad's.
    #[error("{path}: not a dyad database (application_id {found:#x}); use another --db")]
    Foreign {
        /// The database file.
        path: String,
        /// The application id found.
        found: i64,
    },
    /// The disk (or the database's size limit) is full.
    #[error("{path}: database or disk is full; nothing of the current batch was kept")]
    Full {
        /// The database file.
        path: String,
    },
    /// Writing an export failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    /// Writing CSV failed for another reason than I/O.
    #[error("cannot write CSV: {0}")]
    Csv(String),
    /// Writing Parquet failed.
    #[error("cannot write Parquet: {0}")]
    Parquet(String),
}

/// Result of store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Attaches the database path to SQLite errors.
pub(crate) trait Context<T> {
    /// Names `path` in the error.
    fn at(self, path: &str) -> Result<T>;
}

impl<T> Context<T> for std::result::Result<T, rusqlite::Error> {
    fn at(self, path: &str) -> Result<T> {
        self.map_err(|source| {
            if source.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) {
                return StoreError::Full {
                    path: path.to_owned(),
                };
            }
            StoreError::Sqlite {
                path: path.to_owned(),
                source,
            }
        })
    }
}
