//! Crash safety: `dyad ingest` killed with SIGKILL at random moments,
//! 50 times in a row, leaves a database that opens, holds whole articles
//! only, and that a re-run completes.

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

/// Runs `cmd`, kills it after a random delay below `window` ms.
fn kill_after(mut cmd: Command, rng: &mut Rng, window: u64) {
    let mut child = cmd.spawn().unwrap();
    std::thread::sleep(Duration::from_millis(rng.below(window)));
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

fn crash_test(kills: usize) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus::write(dir.path(), ARTICLES);
    // A run to completion gives the expected counts and the kill window.
    let reference = dir.path().join("reference.db");
    let start = Instant::now();
    assert!(ingest(&reference, &corpus).status().unwrap().success());
    let window = start.elapsed().as_millis() as u64 + 1;
    let expected = check::check(&reference);
    assert_eq!(expected.articles, ARTICLES as i64);
    assert!(expected.mentions > 0);

    let seed = std::env::var("DYAD_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_d1ad);
    eprintln!("crash test: seed {seed:#x}, window {window} ms, {kills} kills");
    let mut rng = Rng(seed);
    let db = dir.path().join("crash.db");
    let mut partial = 0;
    for kill in 0..kills {
        kill_after(ingest(&db, &corpus), &mut rng, window);
        if !db.exists() {
            continue;
        }
        let counts = check::check(&db);
        assert!(counts.articles <= expected.articles, "kill {kill}: {counts:?}");
        if counts.articles < expected.articles {
            partial += 1;
        } else {
            // Complete: start over so that the next kills land in writes.
            assert_eq!(counts, expected, "kill {kill}");
            remove_db(&db);
        }
    }
    eprintln!("crash test: {partial} kills left a partial database");
    assert!(ingest(&db, &corpus).status().unwrap().success());
    assert_eq!(check::check(&db), expected, "the re-run completes the job");
    // A killed --recode leaves the old run readable, and a re-run commits.
    for kill in 0..kills / 10 {
        kill_after(recode(&db), &mut rng, window);
        assert_eq!(
            check::check(&db),
            expected,
            "recode kill {kill}: the current run stays whole"
        );
    }
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
