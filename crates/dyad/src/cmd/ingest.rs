//! `dyad ingest`: code articles into the embedded store.

use crate::cli::store::*;
use crate::cmd::analyze::read_options;
use crate::outcome::Outcome;
use crate::progress::Progress;
use anyhow::Context;
use dyad_core::{Article, Origin, Published, Sink};
use dyad_pipeline::Pipeline;
use dyad_store::{content_hash, Store, StoredArticle};
use dyad_text::{expand_inputs, read_input, Input, ReadArticle, ReadError, ReadOptions};
use rayon::prelude::*;
use std::collections::HashSet;

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
    stages: &'a Pipeline,
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
            .map(|a| stages.analyze(a))
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
    let stages = crate::pipeline::build(true, &args.dicts, &args.events)?;
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
