//! [`Pipeline`]: the stages in order, and what a built pipeline holds.

use chrono::NaiveDate;
use dyad_code::actors::ActorResolver;
use dyad_code::events::{CodeOptions, EventCoder};
use dyad_core::{Article, Document};
use dyad_dict::DictError;
use dyad_text::{ReadArticle, TextPipeline};

/// The stages and their resources, built once (by a
/// [`Builder`](crate::Builder)).
pub struct Pipeline {
    pub(crate) text: TextPipeline,
    pub(crate) model: Option<dyad_parse::Model>,
    pub(crate) resolver: ActorResolver,
    pub(crate) coder: EventCoder,
    pub(crate) options: CodeOptions,
    pub(crate) dictionary_problems: Vec<DictError>,
}

impl Pipeline {
    /// Runs every stage on one article.
    pub fn analyze(&self, read: ReadArticle) -> Document {
        let mut doc = self.text.run(read);
        if let Some(model) = &self.model {
            let hints = dyad_code::hints::tag_hints(&doc, &self.resolver);
            dyad_parse::parse_document_hinted(model, &mut doc, &hints);
            dyad_code::syntax::repair(&mut doc);
        }
        let date = self.coding_date(&doc);
        self.resolver.resolve_on(&mut doc, Some(date));
        dyad_code::places::geocode(&mut doc, self.resolver.places());
        dyad_code::times::extract(&mut doc, date);
        // Quotes come before events: a first-person word inside a quote is
        // its speaker, the source of the events the quote reports.
        dyad_code::quotes::extract(&mut doc);
        self.resolver.speakers_in_quotes(&mut doc);
        if self.model.is_some() {
            self.coder.code(&mut doc, &self.options);
        }
        doc
    }

    /// Runs every stage on a plain-text article (shaped like a news page or
    /// not), dated `published` when given.
    pub fn analyze_text(&self, text: &str, published: Option<NaiveDate>) -> Document {
        let article = Article {
            id: "text".into(),
            text: text.into(),
            published: published.map(|date| dyad_core::Published {
                date,
                time: None,
                offset_minutes: None,
            }),
            ..Article::default()
        };
        self.analyze(ReadArticle {
            article,
            layout: None,
        })
    }

    /// The date an article is coded as of: its own, else the default date,
    /// else today.
    fn coding_date(&self, doc: &Document) -> NaiveDate {
        doc.published()
            .map(|p| p.date)
            .or(self.options.default_date)
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Every lexicon entry the event stage tries on `doc` (a document this
    /// pipeline analysed) and what became of each: the trace behind
    /// `--explain`. The events come out as in `doc`.
    pub fn trace_events(&self, doc: &Document) -> Vec<dyad_code::events::trace::Candidate> {
        let mut copy = doc.clone();
        let mut trace = Vec::new();
        if self.model.is_some() {
            self.coder.code_traced(&mut copy, &self.options, Some(&mut trace));
        }
        trace
    }

    /// The actor resolver in use (dictionaries, gazetteer).
    pub fn resolver(&self) -> &ActorResolver {
        &self.resolver
    }

    /// The event coder in use (lexicon, codebook).
    pub fn coder(&self) -> &EventCoder {
        &self.coder
    }

    /// The coding options.
    pub fn options(&self) -> &CodeOptions {
        &self.options
    }

    /// True when the pipeline parses (and so codes events).
    pub fn parses(&self) -> bool {
        self.model.is_some()
    }

    /// Malformed lines found in the user's dictionaries (they were
    /// skipped; with [`Builder::strict`](crate::Builder::strict) they are an error instead).
    pub fn dictionary_problems(&self) -> &[DictError] {
        &self.dictionary_problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn a_pipeline_is_shared_across_threads() {
        assert_send_sync::<Pipeline>();
    }
}
