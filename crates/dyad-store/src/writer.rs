//! The store writer: a [`Sink`] that stores each document and its events.

use crate::error::{Context, Result, StoreError};
use crate::store::{content_hash, now_stamp, Store};
use dyad_core::{Document, Event, Sink, Zone};
use rusqlite::params;

impl Store {
    /// A writer adding documents to run `run`.
    pub fn writer(&mut self, run: i64) -> StoreWriter<'_> {
        StoreWriter::new(self, run)
    }
}

/// Writes documents into one run. Documents go into an open transaction
/// that [`StoreWriter::commit`] (or [`Sink::finish`]) commits; an error
/// rolls the whole uncommitted batch back, so only whole batches of whole
/// articles ever reach the file.
pub struct StoreWriter<'a> {
    store: &'a mut Store,
    run: i64,
    open: bool,
    added: String,
}

impl<'a> StoreWriter<'a> {
    fn new(store: &'a mut Store, run: i64) -> Self {
        StoreWriter {
            store,
            run,
            open: false,
            added: now_stamp(),
        }
    }

    /// Commits the documents written since the last commit.
    pub fn commit(&mut self) -> Result<()> {
        if self.open {
            self.open = false;
            if let Err(e) = self.store.conn.execute_batch("COMMIT").at(&self.store.path) {
                self.rollback();
                return Err(e);
            }
        }
        Ok(())
    }

    fn rollback(&mut self) {
        self.open = false;
        // Fails only when SQLite already rolled back on its own.
        let _ = self.store.conn.execute_batch("ROLLBACK");
    }

    fn begin(&mut self) -> Result<()> {
        if !self.open {
            self.store
                .conn
                .execute_batch("BEGIN IMMEDIATE")
                .at(&self.store.path)?;
            self.open = true;
            self.added = now_stamp();
        }
        Ok(())
    }

    fn write(&mut self, doc: &Document) -> Result<()> {
        let Some(article) = self.insert_article(doc)? else {
            return Ok(());
        };
        for (index, event) in doc.events.iter().enumerate() {
            self.insert_mention(doc, article, index as i64, event)?;
        }
        Ok(())
    }

    /// Stores the article and marks it coded; `None` when this run has it.
    fn insert_article(&mut self, doc: &Document) -> Result<Option<i64>> {
        let (conn, path) = (&self.store.conn, self.store.path.as_str());
        let a = &doc.article;
        let hash = content_hash(&a.text);
        let outlet = a
            .source
            .clone()
            .or_else(|| a.url.as_deref().and_then(url_host))
            .unwrap_or_default();
        conn.prepare_cached(
            "INSERT INTO articles (hash, doc_id, url, source, outlet, title, published, input, added, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (hash) DO NOTHING",
        )
        .and_then(|mut s| {
            s.execute(params![
                hash,
                a.id,
                a.url,
                a.source,
                outlet,
                doc.headline(),
                doc.published().map(|p| p.to_string()),
                a.origin.to_string(),
                self.added,
                a.text
            ])
        })
        .at(path)?;
        let id: i64 = conn
            .prepare_cached("SELECT id FROM articles WHERE hash = ?1")
            .and_then(|mut s| s.query_row([&hash], |r| r.get(0)))
            .at(path)?;
        let fresh = conn
            .prepare_cached("INSERT OR IGNORE INTO coded (run_id, article_id, events) VALUES (?1, ?2, ?3)")
            .and_then(|mut s| s.execute(params![self.run, id, doc.events.len() as i64]))
            .at(path)?;
        Ok((fresh == 1).then_some(id))
    }

    fn insert_mention(&mut self, doc: &Document, article: i64, index: i64, e: &Event) -> Result<()> {
        let (conn, path) = (&self.store.conn, self.store.path.as_str());
        let text = doc.article.text.as_str();
        let date = e.date.format("%Y-%m-%d").to_string();
        let target_code = e.target.as_ref().map_or("", |t| t.code.as_str());
        conn.prepare_cached(
            "INSERT INTO event_keys (date, source_code, target_code, cameo) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT DO NOTHING",
        )
        .and_then(|mut s| s.execute(params![date, e.source.code, target_code, e.cameo]))
        .at(path)?;
        let event_id: i64 = conn
            .prepare_cached(
                "SELECT id FROM event_keys WHERE date = ?1 AND source_code = ?2 AND target_code = ?3 AND cameo = ?4",
            )
            .and_then(|mut s| s.query_row(params![date, e.source.code, target_code, e.cameo], |r| r.get(0)))
            .at(path)?;
        let sentence = doc.sentences.get(e.sentence);
        let sentence_text = sentence.map_or("", |s| s.span.slice(text));
        let (target_name, target_text) = e
            .target
            .as_ref()
            .map_or(("", ""), |t| (t.name.as_str(), t.span.slice(text)));
        let geo = e.location.as_ref();
        conn.prepare_cached(
            "INSERT INTO mentions (run_id, article_id, event_id, idx, date, date_precision,
               source_code, source_name, source_text, target_code, target_name, target_text,
               cameo, goldstein, quad_class, plover_type, plover_mode, mode, is_root,
               geo_name, geo_country, geo_admin1, geo_lat, geo_lon, geo_id,
               sentence, sentence_text, span_start, span_end, evidence, trigger, rule)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
               ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)",
        )
        .and_then(|mut s| {
            s.execute(params![
                self.run,
                article,
                event_id,
                index,
                date,
                e.date_precision.as_str(),
                e.source.code,
                e.source.name,
                e.source.span.slice(text),
                target_code,
                target_name,
                target_text,
                e.cameo,
                goldstein_f64(e.goldstein),
                e.quad_class,
                e.plover_type,
                e.plover_mode,
                e.mode.as_str(),
                is_root(doc, e.sentence),
                geo.map(|g| g.name.as_str()),
                geo.map(|g| g.country.as_str()),
                geo.and_then(|g| g.admin1.as_deref()),
                geo.map(|g| g.lat),
                geo.map(|g| g.lon),
                geo.map(|g| g.geonames_id as i64),
                e.sentence as i64,
                sentence_text,
                i64::from(e.span.start),
                i64::from(e.span.end),
                e.span.slice(text),
                e.trigger.slice(text),
                e.rule
            ])
        })
        .at(path)?;
        Ok(())
    }
}

impl Sink for StoreWriter<'_> {
    type Error = StoreError;

    fn document(&mut self, doc: &Document) -> Result<()> {
        self.begin()?;
        let written = self.write(doc);
        if written.is_err() {
            self.rollback();
        }
        written
    }

    fn finish(&mut self) -> Result<()> {
        self.commit()
    }
}

impl Drop for StoreWriter<'_> {
    fn drop(&mut self) {
        // An uncommitted batch is abandoned, never half kept.
        if self.open {
            self.rollback();
        }
    }
}

/// GDELT's IsRootEvent: the event is in the headline or the lead paragraph.
fn is_root(doc: &Document, sentence: usize) -> bool {
    let Some(s) = doc.sentences.get(sentence) else {
        return false;
    };
    match s.zone {
        Zone::Headline | Zone::Subheadline => true,
        Zone::Body => doc.layout.paragraphs.first().is_none_or(|p| s.span.start < p.end),
    }
}

/// The host of an `http(s)://host/…` URL.
fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// A Goldstein score as the codebook writes it (one decimal): widening the
/// `f32` directly would store `2.799999952316284` for 2.8.
fn goldstein_f64(score: f32) -> f64 {
    (f64::from(score) * 10.0).round() / 10.0
}
