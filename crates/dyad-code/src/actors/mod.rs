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

mod definite;
pub mod items;
pub mod memory;
mod quoted;
pub mod rules;
mod setting;

use chrono::NaiveDate;
use dyad_core::{Actor, Deprel, Document, Span, Upos};
use dyad_dict::places::PlaceIndex;
use dyad_dict::{Dictionaries, Gazetteer, MatchScratch};
use std::collections::HashSet;

/// Resolves actor mentions with a set of dictionaries and the gazetteer
/// of places (for names that are places, not actors).
pub struct ActorResolver {
    dicts: Dictionaries,
    gazetteer: Gazetteer,
    countries: HashSet<String>,
    places: PlaceIndex,
}

/// The abbreviations of U.S. states in datelines (AP style), and D.C.
const US_STATES: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// A mention found in one sentence, before it becomes an [`Actor`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Sentence-relative tokens.
    pub tokens: std::ops::Range<usize>,
    /// CAMEO code.
    pub code: String,
    /// Canonical name.
    pub name: String,
    /// The deciding rule or entry.
    pub by: dyad_core::Provenance,
    /// A place (`in Crimea`), not an actor.
    pub place: bool,
}

impl ActorResolver {
    /// A resolver over `dicts` and the places of `places`.
    pub fn new(dicts: Dictionaries, places: PlaceIndex) -> ActorResolver {
        let gazetteer = Gazetteer::new(&dicts);
        let countries = dicts.countries.iter().map(|c| c.code.clone()).collect();
        ActorResolver {
            dicts,
            gazetteer,
            countries,
            places,
        }
    }

    /// A resolver over dyad's built-in dictionaries and gazetteer, freshly
    /// loaded (build it once and share it).
    pub fn builtin() -> ActorResolver {
        ActorResolver::new(dyad_dict::builtin(), PlaceIndex::builtin())
    }

    /// The gazetteer of places.
    pub fn places(&self) -> &PlaceIndex {
        &self.places
    }

    /// The dictionaries in use.
    pub fn dictionaries(&self) -> &Dictionaries {
        &self.dicts
    }

    /// The automaton over every name in the dictionaries.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Splits a code into its country block and its agent blocks.
    pub fn split_code(&self, code: &str) -> (Option<String>, Option<String>) {
        let country = code
            .get(..3)
            .filter(|c| self.countries.contains(*c))
            .map(str::to_owned);
        let rest = if country.is_some() { &code[3..] } else { "" };
        (country, (!rest.is_empty()).then(|| rest.to_owned()))
    }

    /// The country of the dateline's place (`NAIROBI, Kenya (AP) _` → KEN,
    /// `BUFFALO, N.Y. (AP) --` → USA, `HAVANA (AP) --` → CUB), if any.
    pub fn dateline_country(&self, doc: &dyad_core::Document) -> Option<String> {
        let span = doc.layout.dateline_place?;
        let text = span.slice(&doc.article.text);
        let mut parts = text.split(',').map(str::trim).filter(|p| !p.is_empty());
        let city = parts.next()?;
        for part in parts {
            if US_STATES.iter().any(|s| s.eq_ignore_ascii_case(part)) {
                return Some("USA".to_owned());
            }
            let found = self.places.best(part, &[]);
            if let Some(place) = found.filter(|p| p.kind != dyad_dict::places::PlaceKind::City) {
                return Some(place.country.clone());
            }
        }
        self.places.best(city, &[]).map(|p| p.country.clone())
    }

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
            let items = items::items(&words, upos.as_deref(), &self.gazetteer, &mut scratch);
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
            let ctx = rules::Context {
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
