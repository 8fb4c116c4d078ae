//! What the coder tried at each trigger word, for `--explain`.

use super::lexicon::Entry;
pub use super::slots::Unfilled;
use crate::syntax::path::path_text;
use crate::syntax::tree::Tree;
use dyad_core::Mode;

/// One lexicon entry tried at one word (or a verb no entry knows).
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Index of the sentence.
    pub sentence: usize,
    /// Index of the trigger word within the sentence.
    pub word: usize,
    /// The trigger's lemma.
    pub lemma: String,
    /// The entry's `file:line`; empty when no entry knows the word.
    pub rule: String,
    /// The entry's CAMEO code.
    pub code: String,
    /// The entry's frame as the lexicon writes it (`S=nsubj T=obj|obl:with`).
    pub frame: String,
    /// What became of it.
    pub verdict: Verdict,
}

/// What became of a candidate entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// It fired: this many events.
    Fired(usize),
    /// Its frame could not be filled.
    Unfilled(Unfilled),
    /// Filled, but the clause's mode is not one CAMEO counts.
    NotCounted(Mode),
    /// Filled, but the mode's code is not in the codebook.
    NoCode(String),
    /// Filled, but source and target are the same actor.
    SameActor,
    /// A statement with no addressee (or only the press).
    NoAddressee,
    /// A side with no country: an agent alone (`rebels`) or a region
    /// named as a place (`East Africa`).
    NoCountry,
    /// Violence in words only (no target, verbal means, a civilian source).
    Figurative,
    /// A verb no lexicon entry knows.
    NoEntry,
}

impl Candidate {
    /// A candidate at word `i` of `tree`.
    pub(super) fn new(
        sentence: usize,
        i: usize,
        tree: &Tree<'_>,
        entry: Option<&Entry>,
        verdict: Verdict,
    ) -> Candidate {
        let frame = entry.map_or(String::new(), |e| {
            let slot = |paths: &[Vec<crate::syntax::path::Step>]| {
                paths.iter().map(|p| path_text(p)).collect::<Vec<_>>().join("|")
            };
            let mut target = slot(&e.target);
            if e.target_optional {
                target = if target.is_empty() {
                    "-".into()
                } else {
                    format!("{target}|-")
                };
            }
            format!(
                "S={} T={}",
                slot(&e.source),
                if target.is_empty() { "-" } else { &target }
            )
        });
        Candidate {
            sentence,
            word: i,
            lemma: tree.lemmas[i].clone(),
            rule: entry.map_or(String::new(), |e| e.rule.clone()),
            code: entry.map_or(String::new(), |e| e.code.clone()),
            frame,
            verdict,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Verdict::Fired(n) => write!(f, "fired ({n} event{})", if *n == 1 { "" } else { "s" }),
            Verdict::Unfilled(why) => write!(f, "not filled: {why}"),
            Verdict::NotCounted(mode) => write!(f, "not counted: the clause is {}", mode.as_str()),
            Verdict::NoCode(code) => write!(f, "not counted: no code {code} in the codebook"),
            Verdict::SameActor => f.write_str("dropped: source and target are the same actor"),
            Verdict::NoAddressee => f.write_str("dropped: a statement with no addressee but the press"),
            Verdict::NoCountry => f.write_str("dropped: a side whose country the article does not say"),
            Verdict::Figurative => {
                f.write_str("dropped: violence in words only (no target, verbal means or a civilian source)")
            }
            Verdict::NoEntry => f.write_str("no lexicon entry for this verb"),
        }
    }
}
