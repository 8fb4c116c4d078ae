//! Event coding: who did what to whom, when, from the parse and the actors.
//!
//! For each word whose lemma triggers lexicon entries ([`lexicon`]), the
//! most specific entry whose frame finds a source actor (and a target, if
//! it asks for one) fires. Frames are paths over the repaired dependency
//! tree (`crate::syntax`); coordinated actors give one event per pair; the
//! clause's modality ([`modality`]) decides whether CAMEO counts the event;
//! the time expression governing the clause dates it. Every candidate
//! entry and what became of it can be recorded ([`trace`]) for `--explain`.

pub(crate) mod codebook;
mod codes;
mod crowds;
mod discourse;
mod emit;
mod figurative;
pub mod gold;
pub(crate) mod lexicon;
pub(crate) mod modality;
mod options;
mod perpetrator;
mod place;
mod sentence;
mod sides;
mod slots;
pub mod trace;
mod unnamed;
mod when;

use crate::syntax::tree::{self, Tree};
use codebook::Codebook;
use discourse::Earlier;
use dyad_core::{Document, Event, EventActor, Upos};
use lexicon::{Entry, Lexicon};
pub use options::CodeOptions;
use sentence::Sentence;
use trace::{Candidate, Verdict};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/lexicon_files.rs"));
}

/// Codes events with a lexicon and a codebook.
pub struct EventCoder {
    lexicon: Lexicon,
    codebook: Codebook,
}

/// Problems found while loading the lexicon (`file:line: reason`).
pub type LexiconErrors = Vec<String>;

impl EventCoder {
    /// A coder over lexicon files (`codebook.tsv`, `verbs/NN.tsv`, `nouns/NN.tsv`).
    pub fn from_files<'a>(files: &[(&'a str, &'a str)]) -> (EventCoder, LexiconErrors) {
        let codebook_text = files
            .iter()
            .find(|(n, _)| *n == "codebook.tsv")
            .map_or("", |(_, t)| *t);
        let (codebook, mut errors) = Codebook::parse(codebook_text);
        let (lexicon, mut lex_errors) = Lexicon::parse(
            files.iter().copied().filter(|(n, _)| *n != "codebook.tsv"),
            &codebook,
        );
        errors.append(&mut lex_errors);
        (EventCoder { lexicon, codebook }, errors)
    }

    /// The coder over dyad's built-in lexicon, freshly parsed (build it
    /// once and share it).
    pub fn builtin() -> EventCoder {
        EventCoder::from_files(embedded::FILES).0
    }

    /// Problems in the embedded lexicon.
    pub fn check_embedded() -> LexiconErrors {
        EventCoder::from_files(embedded::FILES).1
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The codebook in use.
    pub fn codebook(&self) -> &Codebook {
        &self.codebook
    }

    /// Codes the events of a parsed document with resolved actors.
    pub fn code(&self, doc: &mut Document, options: &CodeOptions) {
        self.code_traced(doc, options, None);
    }

    /// Like [`code`](Self::code), recording in `trace` every lexicon entry
    /// tried at every trigger word and what became of it.
    pub fn code_traced(
        &self,
        doc: &mut Document,
        options: &CodeOptions,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let anchor = doc.published().map(|p| p.date).or(options.default_date);
        let mut events = Vec::new();
        let mut earlier = Earlier::default();
        let militant = sides::article_militant(doc);
        if doc.tags.len() == doc.tokens.len() {
            for index in 0..doc.sentences.len() {
                let first = events.len();
                let sentence = Sentence {
                    doc,
                    index,
                    anchor,
                    options,
                    times: when::SentenceTimes::new(doc, index),
                    militant: militant.as_ref(),
                };
                self.code_sentence(&sentence, &earlier, &mut events, trace.as_deref_mut());
                earlier.record(events[first..].iter().map(|e| (trigger_lemma(doc, e), e)));
            }
        }
        doc.events = events;
    }

    fn code_sentence(
        &self,
        s: &Sentence<'_>,
        earlier: &Earlier,
        out: &mut Vec<Event>,
        mut trace: Option<&mut Vec<Candidate>>,
    ) {
        let tree = Tree::new(s.doc, &s.doc.sentences[s.index]);
        let mut actors = slots::SentenceActors::new(s.doc, s.index, s.militant.cloned());
        let first_out = out.len();
        for i in 0..tree.len() {
            let noun = matches!(tree.upos[i], Upos::Noun | Upos::Propn);
            if !(noun || matches!(tree.upos[i], Upos::Verb | Upos::Adj)) {
                continue;
            }
            let entries: Vec<&Entry> = self.entries_for(&tree, i).filter(|e| e.noun == noun).collect();
            let tried = !entries.is_empty();
            // Sides implied by convention (whom an unaddressed protest is
            // against) only when no entry finds the sentence's own.
            let implies = entries.iter().any(|e| crowds::implies_sides(e));
            for implied in [false, true].into_iter().filter(|&p| !p || implies) {
                let mut fired = false;
                for &entry in entries.iter().filter(|e| !implied || crowds::implies_sides(e)) {
                    let verdict = match slots::fill(&tree, &mut actors, i, entry, earlier, implied) {
                        Ok(found) => emit::emit(&self.codebook, s, &tree, &actors, i, entry, found, out),
                        Err(why) => Verdict::Unfilled(why),
                    };
                    fired = matches!(verdict, Verdict::Fired(_));
                    if let Some(trace) = trace.as_deref_mut() {
                        trace.push(Candidate::new(s.index, i, &tree, Some(entry), verdict));
                    }
                    if fired {
                        break;
                    }
                }
                if fired {
                    break;
                }
            }
            if !tried && tree.upos[i] == Upos::Verb {
                if let Some(trace) = trace.as_deref_mut() {
                    trace.push(Candidate::new(s.index, i, &tree, None, Verdict::NoEntry));
                }
            }
        }
        emit::dedupe(out, first_out);
    }

    /// Entries for word `i`: by its lemma, else (when the lemmatizer
    /// slipped) by the lemmas its surface form may inflect.
    fn entries_for<'s>(&'s self, tree: &Tree<'_>, i: usize) -> impl Iterator<Item = &'s Entry> {
        let by_lemma = self.lexicon.entries(&tree.lemmas[i]);
        let (as_written, fallback): (&[Entry], Vec<&'s Entry>) = if !by_lemma.is_empty() {
            (&[], Vec::new())
        } else if tree::may_be_inflected(&tree.lower[i]) {
            let candidates = tree::candidate_lemmas(tree.words[i]);
            (
                &[],
                candidates.iter().flat_map(|c| self.lexicon.entries(c)).collect(),
            )
        } else {
            (self.lexicon.entries(&tree.lower[i]), Vec::new())
        };
        by_lemma.iter().chain(as_written).chain(fallback)
    }
}

/// The lemma of an event's trigger word.
fn trigger_lemma(doc: &Document, e: &Event) -> String {
    let at = doc.tokens.iter().position(|t| t.span == e.trigger);
    at.and_then(|k| doc.tags.get(k)).map_or_else(
        || e.trigger.slice(&doc.article.text).to_lowercase(),
        |t| t.lemma.to_lowercase(),
    )
}

/// Re-exported for the actor side of an event.
pub type Side = EventActor;
