//! Progress on standard error: a bar on a terminal, nothing in pipes.
//! Errors are always printed, one line each.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::cell::Cell;
use std::io::IsTerminal;

/// Progress of a run over many inputs.
pub struct Progress {
    bar: Option<ProgressBar>,
    articles: Cell<u64>,
    bytes: Cell<u64>,
}

impl Progress {
    /// A bar over `inputs` inputs, shown only on a terminal and when
    /// there is more than one input.
    pub fn new(inputs: u64, quiet: bool) -> Progress {
        let show = !quiet && inputs > 1 && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let bar = ProgressBar::with_draw_target(Some(inputs), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} inputs, {msg}",
                )
                .expect("static template")
                .progress_chars("=> "),
            );
            bar
        });
        Progress {
            bar,
            articles: Cell::new(0),
            bytes: Cell::new(0),
        }
    }

    /// Counts one article of `bytes` bytes.
    pub fn article(&self, bytes: u64) {
        self.articles.set(self.articles.get() + 1);
        self.bytes.set(self.bytes.get() + bytes);
        if let Some(bar) = &self.bar {
            let mb = self.bytes.get() as f64 / 1e6;
            bar.set_message(format!("{} articles, {mb:.1} MB", self.articles.get()));
        }
    }

    /// Shows what an ingest stored so far: articles (and their rate),
    /// events, articles skipped as already stored, and errors.
    pub fn stored(&self, articles: u64, events: u64, skipped: u64, errors: u64) {
        if let Some(bar) = &self.bar {
            let rate = articles as f64 / bar.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{articles} articles ({rate:.0}/s), {events} events, {skipped} skipped, {errors} errors"
            ));
        }
    }

    /// Marks one input as done.
    pub fn input_done(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// Reports an error line without breaking the bar.
    pub fn error(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(format!("dyad: {message}")),
            None => eprintln!("dyad: {message}"),
        }
    }

    /// Warns, once for the article, when some of `doc`'s events are
    /// undated because the article has no date (and no `--default-date`
    /// stood in for it): dyad never invents one.
    pub fn warn_undated(&self, doc: &dyad_core::Document) {
        let undated = doc.events.iter().filter(|e| e.date.is_none()).count();
        if undated > 0 {
            self.error(&format!(
                "warning: {}: the article has no date and --default-date was not given; \
                 {undated} event(s) left undated",
                doc.article.origin
            ));
        }
    }

    /// Ends the bar and prints the failure count, if any.
    pub fn finish(&self, failed: u64) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if failed > 0 {
            eprintln!("dyad: {failed} input(s) failed; the others were processed");
        }
    }
}
