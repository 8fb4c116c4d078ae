//! `dyad ingest`: code articles into the embedded store.

use crate::cli::{DictArgs, EventArgs, ReadArgs};
use crate::cmd::analyze::read_options;
use crate::progress::Progress;
use crate::stages::Stages;
use crate::Outcome;
use anyhow::Context;
use clap::Args;
use dyad_core::{Article, Origin, Published, Sink};
use dyad_store::{content_hash, Store, StoredArticle};
use dyad_text::{expand_inputs, read_input, Input, ReadArticle, ReadError, ReadOptions};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;

/// `--help` examples of `dyad ingest`.
pub const EXAMPLES: &str = "\
Articles already stored (same text, by SHA-256) are skipped, so running
the same ingest twice adds nothing. Each batch of articles is committed
at once: an interrupted ingest keeps whole articles only, and running it
again finishes the job. WARC files (.warc, .warc.gz, as Common Crawl News
publishes them) are read record by record; their HTML responses are
articles, and a bad record is reported while the others are read.

Examples:
  dyad ingest examples/                       into ./dyad.db
  dyad ingest --db news.db feeds/*.jsonl.gz CC-NEWS-20240101.warc.gz
  zcat feed.jsonl.gz | dyad ingest --db news.db -
  dyad ingest --recode --db news.db           re-code everything stored (new dictionaries or model)

Exit status: 0 when every input was read, 1 when some input failed (the
others were stored), 2 on a usage error or when the database failed.";

/// Arguments of `dyad ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// Articles: files, directories, .gz, .warc(.gz) files, or - for standard input.
    #[arg(value_name = "INPUT", required_unless_present = "recode")]
    pub inputs: Vec<String>,
    /// The database (created if missing).
    #[arg(long, default_value = "dyad.db", value_name = "FILE")]
    pub db: PathBuf,
    /// Re-code every stored article (and the inputs) into a new run; queries
    /// keep reading the old run until the new one commits.
    #[arg(long)]
    pub recode: bool,
    /// Articles per transaction.
    #[arg(long, default_value_t = 64, value_name = "N")]
    pub batch: usize,
    /// Limit the database to this many pages (tests: a full disk).
    #[arg(long, hide = true)]
    pub max_db_pages: Option<i64>,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// Counts of one ingest.
#[derive(Default)]
struct Counts {
    articles: u64,
    events: u64,
    skipped: u64,
    failed: u64,
}

/// The state of one ingest: the store, the run, the batch being filled.
struct Ingest<'a> {
    store: Store,
    run: i64,
    stages: &'a Stages,
    batch: Vec<ReadArticle>,
    batch_hashes: HashSet<String>,
    size: usize,
    counts: Counts,
    progress: &'a Progress,
}

impl Ingest<'_> {
    /// Takes one article: skipped when stored, else batched.
    fn article(&mut self, article: ReadArticle) -> anyhow::Result<()> {
        let hash = content_hash(&article.article.text);
        if self.batch_hashes.contains(&hash) || self.store.is_coded(self.run, &hash)? {
            self.counts.skipped += 1;
            return Ok(());
        }
        self.batch_hashes.insert(hash);
        self.batch.push(article);
        if self.batch.len() >= self.size {
            self.flush()?;
        }
        Ok(())
    }

    /// Codes the batch in parallel and commits it in one transaction.
    fn flush(&mut self) -> anyhow::Result<()> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let stages = self.stages;
        let docs: Vec<_> = std::mem::take(&mut self.batch)
            .into_par_iter()
            .map(|a| stages.run(a))
            .collect();
        self.batch_hashes.clear();
        let mut writer = self.store.writer(self.run);
        for doc in &docs {
            writer.document(doc)?;
        }
        writer.commit()?;
        drop(writer);
        self.counts.articles += docs.len() as u64;
        self.counts.events += docs.iter().map(|d| d.events.len() as u64).sum::<u64>();
        self.show();
        Ok(())
    }

    fn show(&self) {
        let c = &self.counts;
        self.progress.stored(c.articles, c.events, c.skipped, c.failed);
    }

    fn error(&mut self, e: &ReadError) {
        self.progress.error(&e.to_string());
        self.counts.failed += 1;
    }

    /// Reads one input in any format dyad-text reads (WARC included).
    fn input(&mut self, input: &Input, options: &ReadOptions) -> anyhow::Result<()> {
        let mut fault: anyhow::Result<()> = Ok(());
        read_input(input, options, &mut |article| match article {
            Ok(a) if fault.is_ok() => fault = self.article(a),
            Ok(_) => {}
            Err(e) => self.error(&e),
        });
        fault
    }

    /// Re-codes the stored articles the run does not have yet.
    fn recode_stored(&mut self) -> anyhow::Result<()> {
        let mut after = 0;
        loop {
            let pending = self.store.pending_recode(self.run, after, self.size)?;
            let Some(last) = pending.last() else {
                return Ok(());
            };
            after = last.id;
            self.batch.extend(pending.into_iter().map(stored_to_read));
            self.flush()?;
        }
    }
}

/// A stored article as if read again (its layout is found anew).
fn stored_to_read(s: StoredArticle) -> ReadArticle {
    ReadArticle {
        article: Article {
            id: s.doc_id,
            url: s.url,
            source: s.source,
            title: s.title,
            published: s.published.as_deref().and_then(Published::parse_iso),
            text: s.text,
            origin: Origin {
                input: s.input,
                line: None,
            },
        },
        layout: None,
    }
}

/// Runs `dyad ingest`.
pub fn run(args: IngestArgs) -> anyhow::Result<Outcome> {
    let mut store = Store::open(&args.db)?;
    if let Some(pages) = args.max_db_pages {
        store.set_max_pages(pages)?;
    }
    let run = store.begin_run(args.recode)?;
    let stages = Stages::new(true, &args.dicts, &args.events)?;
    let inputs = expand_inputs(&args.inputs);
    let progress = Progress::new(inputs.len() as u64, args.read.quiet);
    let options = read_options(&args.read);
    let mut ingest = Ingest {
        store,
        run: run.id,
        stages: &stages,
        batch: Vec::new(),
        batch_hashes: HashSet::new(),
        size: args.batch.max(1),
        counts: Counts::default(),
        progress: &progress,
    };
    for input in inputs {
        match input {
            Ok(input) => ingest
                .input(&input, &options)
                .with_context(|| stored_so_far(&ingest))?,
            Err(e) => ingest.error(&e),
        }
        progress.input_done();
    }
    ingest.flush().with_context(|| stored_so_far(&ingest))?;
    if args.recode {
        ingest.recode_stored().with_context(|| stored_so_far(&ingest))?;
        ingest.store.commit_run(run.id)?;
    }
    ingest.show();
    progress.finish(ingest.counts.failed);
    let c = &ingest.counts;
    if !args.read.quiet {
        eprintln!(
            "dyad: {} articles stored ({} events), {} already stored, in {}",
            c.articles,
            c.events,
            c.skipped,
            args.db.display()
        );
    }
    Ok(if c.failed > 0 {
        Outcome::InputErrors
    } else {
        Outcome::Success
    })
}

fn stored_so_far(ingest: &Ingest) -> String {
    format!(
        "stopped after {} articles committed; the batch being written was not kept",
        ingest.counts.articles
    )
}
