//! Crash safety: `dyad ingest` killed with SIGKILL at random moments,
//! 50 times in a row, leaves a database that opens, holds whole articles
//! only, and that a re-run completes. At least one kill must land while
//! the killed ingest was writing (it had committed batches of its own and
//! not its last), or the test has proved nothing.

#[path = "store/check.rs"]
mod check;
#[path = "store/corpus.rs"]
mod corpus;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ARTICLES: usize = 120;

fn ingest(db: &Path, corpus: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.args(["ingest", "-q", "--batch", "4", "--db"])
        .arg(db)
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

fn recode(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.args(["ingest", "-q", "--recode", "--batch", "4", "--db"])
        .arg(db)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Runs `cmd`, kills it after `delay` ms.
fn kill_after(mut cmd: Command, delay: u64) {
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(delay));
    let _ = child.kill();
    child.wait().unwrap();
}

/// xorshift64*: reproducible delays without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n.max(1)
    }
}

fn remove_db(db: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
}

/// Articles coded by a `--recode` run that has not committed.
fn pending_recode(db: &Path) -> i64 {
    let store = dyad_store::Store::open_existing(db).unwrap();
    store
        .connection()
        .query_row(
            "SELECT count(*) FROM coded c JOIN runs r ON r.id = c.run_id WHERE r.committed IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

fn crash_test(kills: usize) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus::write(dir.path(), ARTICLES);
    // A run to completion gives the expected counts and the kill window.
    let reference = dir.path().join("reference.db");
    let start = Instant::now();
    assert!(ingest(&reference, &corpus).status().unwrap().success());
    let window = start.elapsed().as_millis() as u64 + 1;
    // Loading the model and dictionaries, then no article to code.
    let empty = dir.path().join("empty.jsonl");
    std::fs::write(&empty, "").unwrap();
    let start = Instant::now();
    assert!(ingest(&dir.path().join("empty.db"), &empty)
        .status()
        .unwrap()
        .success());
    let startup = (start.elapsed().as_millis() as u64).min(window);
    let expected = check::check(&reference);
    assert_eq!(expected.articles, ARTICLES as i64);
    assert!(expected.mentions > 0);

    let seed = std::env::var("DYAD_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_d1ad);
    eprintln!("crash test: seed {seed:#x}, window {window} ms (start-up {startup} ms), {kills} kills");
    let mut rng = Rng(seed);
    let db = dir.path().join("crash.db");
    let (mut partial, mut mid_write) = (0, 0);
    // Kills one ingest; `Some(whether it was writing)` when it left a
    // partial database.
    let kill_once = |kill: usize, delay: u64| -> Option<bool> {
        // Articles committed before this process started.
        let before = if db.exists() {
            check::check(&db).articles
        } else {
            0
        };
        kill_after(ingest(&db, &corpus), delay);
        if !db.exists() {
            return None;
        }
        let counts = check::check(&db);
        assert!(counts.articles >= before, "kill {kill}: committed articles lost");
        assert!(counts.articles <= expected.articles, "kill {kill}: {counts:?}");
        if counts.articles < expected.articles {
            // This process committed batches of its own and was killed
            // before its last one: the kill landed while it was writing.
            return Some(counts.articles > before);
        }
        // Complete: start over so that the next kills land in writes.
        assert_eq!(counts, expected, "kill {kill}");
        remove_db(&db);
        None
    };
    let count = |outcome: Option<bool>, partial: &mut usize, mid_write: &mut usize| {
        if let Some(writing) = outcome {
            *partial += 1;
            *mid_write += usize::from(writing);
        }
    };
    for kill in 0..kills {
        count(kill_once(kill, rng.below(window)), &mut partial, &mut mid_write);
    }
    // Most random kills land while the model and dictionaries load. Should
    // none have landed while the ingest wrote, further kills aim after the
    // start-up, up to 20 of them.
    let mut extra = 0;
    while mid_write == 0 && extra < 20 {
        let delay = startup + rng.below(window.saturating_sub(startup));
        count(kill_once(kills + extra, delay), &mut partial, &mut mid_write);
        extra += 1;
    }
    eprintln!(
        "crash test: {partial} kills (of {}) left a partial database, {mid_write} of them while \
         the killed ingest was writing",
        kills + extra
    );
    assert!(
        mid_write > 0,
        "no kill landed while an ingest was writing (seed {seed:#x}, window {window} ms): \
         the test proved nothing about crashes mid-write"
    );
    assert!(ingest(&db, &corpus).status().unwrap().success());
    assert_eq!(check::check(&db), expected, "the re-run completes the job");
    // A killed --recode leaves the old run readable, and a re-run commits.
    let mut recode_mid_write = 0;
    for kill in 0..kills / 10 {
        kill_after(recode(&db), rng.below(window));
        assert_eq!(
            check::check(&db),
            expected,
            "recode kill {kill}: the current run stays whole"
        );
        let pending = pending_recode(&db);
        if pending > 0 && pending < expected.articles {
            recode_mid_write += 1;
        }
    }
    eprintln!("crash test: {recode_mid_write} recode kills left a partly written run");
    assert!(recode(&db).status().unwrap().success());
    assert_eq!(check::check(&db), expected, "the recode completes");
}

#[test]
fn fifty_random_kills_leave_whole_articles_and_a_rerun_completes() {
    crash_test(50);
}

#[test]
#[ignore = "long: 500 kills"]
fn five_hundred_random_kills() {
    crash_test(500);
}
