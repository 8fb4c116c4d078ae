//! Event coding: who did what to whom, when, from the parse and the actors.
//!
//! For each word whose lemma triggers lexicon entries ([`lexicon`]), the
//! most specific entry whose frame finds a source actor (and a target, if
//! it asks for one) fires. Frames are paths over the dependency tree
//! ([`tree`]); coordinated actors give one event per pair; the clause's
//! modality ([`modality`]) decides whether CAMEO counts the event; the
//! time expression governing the clause dates it ([`dating`]).

use dyad_core::{Deprel, Upos};
pub mod codebook;
pub mod gold;
pub mod lexicon;
pub mod modality;
mod slots;

use crate::syntax::tree::{self, Tree};
use chrono::NaiveDate;
use codebook::Codebook;
use dyad_core::{DatePrecision, Document, Event, EventActor, Mode, Span};
use lexicon::{Entry, Lexicon};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/lexicon_files.rs"));
}

/// Codes events with a lexicon and a codebook.
pub struct EventCoder {
    lexicon: Lexicon,
    codebook: Codebook,
}

/// Options of a coding run.
#[derive(Clone, Copy, Debug, Default)]
pub struct CodeOptions {
    /// Keep negated, hypothetical, conditional and merely possible events
    /// too (each with its `mode`).
    pub all_modes: bool,
    /// The date used for articles without one (default: today).
    pub default_date: Option<NaiveDate>,
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
        let anchor = doc
            .published()
            .map(|p| p.date)
            .or(options.default_date)
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let mut events = Vec::new();
        let mut earlier: Vec<(String, EventActor)> = Vec::new();
        if doc.tags.len() == doc.tokens.len() {
            for index in 0..doc.sentences.len() {
                let first = events.len();
                self.code_sentence(doc, index, anchor, options, &earlier, &mut events);
                for e in &events[first..] {
                    let lemma = trigger_lemma(doc, e);
                    earlier.push((lemma, e.source.clone()));
                }
            }
        }
        doc.events = events;
    }

    fn code_sentence(
        &self,
        doc: &Document,
        index: usize,
        anchor: NaiveDate,
        options: &CodeOptions,
        earlier: &[(String, EventActor)],
        out: &mut Vec<Event>,
    ) {
        let sentence = &doc.sentences[index];
        let tree = Tree::new(doc, sentence);
        let mut actors = slots::SentenceActors::new(doc, index);
        let first_out = out.len();
        for i in 0..tree.len() {
            let noun = matches!(tree.upos[i], Upos::Noun | Upos::Propn);
            if !(noun || matches!(tree.upos[i], Upos::Verb | Upos::Adj)) {
                continue;
            }
            for entry in self.entries_for(&tree, i).filter(|e| e.noun == noun) {
                if let Some(found) = slots::fill(&tree, &mut actors, i, entry, earlier) {
                    self.emit(doc, &tree, &actors, index, i, entry, found, anchor, options, out);
                    break;
                }
            }
        }
        dedupe(out, first_out);
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

    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        doc: &Document,
        tree: &Tree<'_>,
        actors: &slots::SentenceActors,
        index: usize,
        i: usize,
        entry: &Entry,
        found: slots::Filled,
        anchor: NaiveDate,
        options: &CodeOptions,
        out: &mut Vec<Event>,
    ) {
        let clause = if entry.noun {
            slots::governing_verb(tree, i).unwrap_or(i)
        } else {
            i
        };
        let mut mode = modality::mode_of(tree, clause);
        if entry.noun
            && tree.children[i]
                .iter()
                .any(|&c| tree.deprels[c] == Deprel::Det && tree.lemmas[c] == "no")
        {
            mode = Mode::Negated;
        }
        let (code, mode) = intent_code(&entry.code, mode);
        let counts = mode == Mode::Asserted
            || (matches!(mode, Mode::Intended | Mode::Possible) && is_intent_code(&code));
        if !counts && !options.all_modes {
            return;
        }
        let Some(info) = self.codebook.get(&code) else {
            return;
        };
        let future = matches!(mode, Mode::Intended | Mode::Possible);
        let (date, precision, evidence) = match slots::clause_time(tree, clause, anchor, future) {
            Some((value, words)) => (value.date, value.precision, Some(words)),
            None => (anchor, DatePrecision::Day, None),
        };
        let base = doc.sentences[index].tokens.start;
        let evidence = evidence.map(|w: std::ops::Range<usize>| {
            Span::new(
                doc.tokens[base + w.start].span.start as usize,
                doc.tokens[base + w.end - 1].span.end as usize,
            )
        });
        let trigger = doc.tokens[base + i].span;
        let location = clause_place(doc, tree, index, clause).or_else(|| doc.dateline_place.clone());
        for (s, t) in found.pairs() {
            let source = actors.side(s);
            let target = t.map(|t| actors.side(t));
            // No event between an actor and itself or its own bare country
            // (`Turkey hosted talks in Ankara`).
            if target
                .as_ref()
                .is_some_and(|t| t.code == source.code || source.code.get(..3) == Some(t.code.as_str()))
            {
                continue;
            }
            // A statement is an event only when it is made to someone, and
            // not to the press (`X said`, `X told reporters` are not).
            let statement = code.starts_with("01");
            if statement && target.as_ref().is_none_or(|t| t.code.ends_with("MED")) {
                continue;
            }
            // The evidence stays in the sentence: a side found in an earlier
            // sentence (`those demands` → Moscow) is not part of it.
            let sentence_span = doc.sentences[index].span;
            let span = [Some(source.span), target.as_ref().map(|t| t.span), Some(trigger)]
                .into_iter()
                .flatten()
                .filter(|s| sentence_span.contains(*s))
                .reduce(|a, b| Span::new(a.start.min(b.start) as usize, a.end.max(b.end) as usize))
                .unwrap_or(trigger);
            out.push(Event {
                source,
                target,
                cameo: code.clone(),
                goldstein: info.goldstein,
                quad_class: info.quad_class,
                plover_type: info.plover_type.clone(),
                plover_mode: info.plover_mode.clone(),
                mode,
                date,
                date_precision: precision,
                date_evidence: evidence,
                location: location.clone(),
                sentence: index,
                span,
                trigger,
                rule: entry.rule.clone(),
            });
        }
    }
}

/// The place of the clause headed by `clause`: a place phrase (`in
/// Geneva`, `near Kharkiv`) or a place object (`shelled Kharkiv`) up to
/// three steps below it.
fn clause_place(doc: &Document, tree: &Tree<'_>, index: usize, clause: usize) -> Option<dyad_core::Place> {
    own_clause_place(doc, tree, index, clause).or_else(|| {
        // A complement or adverbial clause happens where its governing
        // clause does (`said in Geneva, after holding talks`).
        let inherits = matches!(
            tree.deprels[clause],
            Deprel::Advcl | Deprel::Xcomp | Deprel::Conj | Deprel::Acl | Deprel::Ccomp
        );
        tree.heads[clause]
            .filter(|_| inherits)
            .and_then(|h| own_clause_place(doc, tree, index, h))
    })
}

fn own_clause_place(
    doc: &Document,
    tree: &Tree<'_>,
    index: usize,
    clause: usize,
) -> Option<dyad_core::Place> {
    let base = doc.sentences[index].tokens.start;
    doc.places.iter().filter(|p| p.sentence == index).find_map(|p| {
        let w = p.tokens.end.checked_sub(1)?.checked_sub(base)?;
        let mut path = Vec::new();
        let mut cur = w;
        while let Some(h) = tree.heads[cur] {
            path.push(cur);
            if h == clause {
                // A place object counts (`shelled Kharkiv`) unless it is also
                // an actor (`thanked Berlin`): then only a place phrase does.
                let is_actor = doc.actors.iter().any(|a| a.span == p.span);
                let phrase = matches!(
                    tree.preposition(cur),
                    Some("in" | "at" | "near" | "outside" | "inside" | "across")
                );
                let placed =
                    phrase || (!is_actor && matches!(tree.deprels[cur], Deprel::Obj | Deprel::OblNpmod));
                return (placed && path.len() <= 3).then(|| p.clone());
            }
            if path.len() > 3 {
                return None;
            }
            cur = h;
        }
        None
    })
}

/// The lemma of an event's trigger word.
fn trigger_lemma(doc: &Document, e: &Event) -> String {
    let at = doc.tokens.iter().position(|t| t.span == e.trigger);
    at.and_then(|k| doc.tags.get(k)).map_or_else(
        || e.trigger.slice(&doc.article.text).to_lowercase(),
        |t| t.lemma.to_lowercase(),
    )
}

/// Intent and possibility turn cooperative events into CAMEO's intent
/// codes: `will meet` and `might meet` are 036 (express intent to meet).
fn intent_code(code: &str, mode: Mode) -> (String, Mode) {
    if !matches!(mode, Mode::Intended | Mode::Possible) || is_intent_code(code) {
        return (code.to_owned(), mode);
    }
    let mapped = match &code[..2] {
        "04" if code.starts_with("045") => "039",
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => return (code.to_owned(), mode),
    };
    (mapped.to_owned(), mode)
}

fn is_intent_code(code: &str) -> bool {
    code.starts_with("03") || code.starts_with("13")
}

/// Drops repeated events among those added since `from`: the same sides
/// and code in one sentence (`plans to visit`: the intent verb and its
/// complement) are one event; the one that a time expression dated wins.
fn dedupe(out: &mut Vec<Event>, from: usize) {
    let mut k = from;
    while k < out.len() {
        let same = |a: &Event, b: &Event| {
            a.source.code == b.source.code
                && a.target.as_ref().map(|t| &t.code) == b.target.as_ref().map(|t| &t.code)
                && a.cameo == b.cameo
        };
        match (from..k).find(|&j| same(&out[j], &out[k])) {
            Some(j) => {
                if out[j].date_evidence.is_none() && out[k].date_evidence.is_some() {
                    out.swap(j, k);
                }
                out.remove(k);
            }
            None => k += 1,
        }
    }
}

/// Re-exported for the actor side of an event.
pub type Side = EventActor;
