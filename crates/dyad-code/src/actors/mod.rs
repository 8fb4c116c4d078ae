//! Actor resolution: who an article names, coded in CAMEO as of its date.
//!
//! Each sentence is cut into items (dictionary names, unknown proper
//! names, `'s`, pronouns, articles; see [`items`]), then rules group
//! adjacent items into mentions (see [`rules`]): titles and appositions
//! (`Russian Foreign Minister Sergei Lavrov` → RUSGOV), country + agent
//! (`Russian troops` → RUSMIL), affiliations (`ABC's George
//! Stephanopoulos` → USAMED), metonyms (`Moscow` → RUSGOV), and
//! coreference (surnames, `he`, `the minister`, `the two sides`) through a
//! memory of the article so far ([`memory`]).

//!
//! Files import one way: `found.rs` ([`Found`]) and `resolver.rs`
//! ([`ActorResolver`] and what it owns) import nothing from here;
//! `context.rs` (what the rules read, and their shared helpers) imports
//! them; the rules (`rules.rs`, `definite.rs`, `setting.rs`) import
//! `context.rs`; this file only drives the rules over each sentence
//! (`resolve`, `resolve_on`) and is imported by none of them.

mod context;
mod definite;
mod found;
pub(crate) mod items;
pub(crate) mod memory;
mod people;
mod pronouns;
mod quoted;
mod resolver;
pub(crate) mod rules;
mod setting;
pub(crate) use setting::is_not_local;

pub use found::Found;
pub use resolver::ActorResolver;

use chrono::NaiveDate;
use dyad_core::{Actor, Deprel, Document, Span, Upos};
use dyad_dict::MatchScratch;

impl ActorResolver {
    /// Resolves every sentence of `doc` as of its publication date.
    pub fn resolve(&self, doc: &mut Document) {
        let date = doc.published().map(|p| p.date);
        self.resolve_on(doc, date);
    }

    /// Resolves every sentence of `doc` as of `date` (`None`: each
    /// person's latest role).
    pub fn resolve_on(&self, doc: &mut Document, date: Option<NaiveDate>) {
        let mut memory = memory::Memory::default();
        let setting = self.dateline_country(doc);
        let mut scratch = MatchScratch::default();
        let mut actors = Vec::new();
        let mut places = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            let tokens = &doc.tokens[sentence.tokens.clone()];
            let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.article.text)).collect();
            let upos: Option<Vec<Upos>> =
                (!doc.tags.is_empty()).then(|| doc.sentence_tags(sentence).iter().map(|t| t.upos).collect());
            let items = items::items(
                &words,
                upos.as_deref(),
                &self.gazetteer,
                self.places(),
                &mut scratch,
            );
            let deps: Option<Vec<(Deprel, Option<u32>)>> = (!doc.tags.is_empty()).then(|| {
                doc.sentence_tags(sentence)
                    .iter()
                    .map(|t| (t.deprel, t.head))
                    .collect()
            });
            let lemmas: Vec<String> = doc
                .sentence_tags(sentence)
                .iter()
                .map(|t| t.lemma.to_lowercase())
                .collect();
            let ctx = context::Context {
                resolver: self,
                words: &words,
                items: &items,
                date,
                deps: deps.as_deref(),
                lemmas: &lemmas,
                setting: setting.as_deref(),
            };
            for found in rules::sentence_mentions(&ctx, &mut memory) {
                let first = sentence.tokens.start + found.tokens.start;
                let last = sentence.tokens.start + found.tokens.end;
                let span = Span::new(
                    doc.tokens[first].span.start as usize,
                    doc.tokens[last - 1].span.end as usize,
                );
                let (country, sector) = self.split_code(&found.code);
                let list = if found.place { &mut places } else { &mut actors };
                list.push(Actor {
                    span,
                    tokens: first..last,
                    sentence: index,
                    code: found.code,
                    name: found.name,
                    country,
                    sector,
                    resolved_by: found.by,
                });
            }
        }
        doc.actors = actors;
        doc.place_names = places;
    }
}
