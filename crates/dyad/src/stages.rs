//! The analysis stages a command runs, built once from its flags.

use crate::cli::{DictArgs, EventArgs};
use dyad_code::actors::ActorResolver;
use dyad_code::events::{CodeOptions, EventCoder};
use dyad_core::Document;
use dyad_text::{ReadArticle, TextPipeline};

/// Text stages, then (optionally) parse, actors and events.
pub struct Stages {
    text: TextPipeline,
    model: Option<&'static dyad_parse::Model>,
    resolver: &'static ActorResolver,
    coder: Option<&'static EventCoder>,
    options: CodeOptions,
}

impl Stages {
    /// The stages for these flags; `parse: false` skips parsing and events.
    ///
    /// The model, dictionaries, lexicon and gazetteer load side by side, so
    /// that start-up takes the longest of them rather than their sum.
    pub fn new(parse: bool, dicts: &DictArgs, events: &EventArgs) -> anyhow::Result<Stages> {
        let (model, resolver, coder) = std::thread::scope(|scope| {
            let model = scope.spawn(|| parse.then(dyad_parse::Model::embedded).transpose());
            let coder = scope.spawn(|| parse.then(EventCoder::embedded));
            scope.spawn(dyad_dict::places::PlaceIndex::embedded);
            let resolver = crate::cmd::dict::resolver(dicts);
            (joined(model), resolver, joined(coder))
        });
        Ok(Stages {
            text: TextPipeline::default(),
            model: model?,
            resolver: resolver?,
            coder,
            options: CodeOptions {
                all_modes: events.all_modes,
                default_date: events.default_date,
            },
        })
    }

    /// Runs every stage on one article.
    pub fn run(&self, read: ReadArticle) -> Document {
        let mut doc = self.text.run(read);
        if let Some(model) = self.model {
            let hints = dyad_code::hints::tag_hints(&doc, self.resolver);
            dyad_parse::parse_document_hinted(model, &mut doc, &hints);
            dyad_code::syntax::repair(&mut doc);
        }
        // Codes are chosen for the article's date; an undated article is
        // coded as of `--default-date`, else today.
        let date = doc
            .published()
            .map(|p| p.date)
            .or(self.options.default_date)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        self.resolver.resolve_on(&mut doc, Some(date));
        dyad_code::places::geocode(&mut doc);
        dyad_code::times::extract(&mut doc, date);
        // Quotes come before events: a first-person word inside a quote is
        // its speaker, the source of the events the quote reports.
        dyad_code::quotes::extract(&mut doc);
        self.resolver.speakers_in_quotes(&mut doc);
        if let Some(coder) = self.coder {
            coder.code(&mut doc, &self.options);
        }
        doc
    }
}

/// The result of a scoped thread, passing its panic on.
fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
