//! What earlier sentences of the article leave for later ones: the source
//! of each event by its trigger's lemma (`the proposal` → who proposed),
//! and the victims of the latest violent events (`condolences to the
//! victims' families` → the countries hit).

use crate::syntax::tree::Tree;
use crate::syntax::words::{KIN, VIOLENT_ACTS};
use dyad_core::{Deprel, Event, EventActor, Mode};

/// Nouns that stand for the victims of an attack the story told of.
const VICTIM_NOUNS: &[&str] = &["victim", "casualty", "bereaved", "survivor"];

/// Nouns that stand for whatever the story last told someone did (`the
/// move`, `the decision`): in a response to it, its doer is the target.
const ACTS_OF_ANY_KIND: &[&str] = &["move", "decision", "step", "action", "measure"];

/// The events of the sentences coded so far, as later sentences need them.
#[derive(Default)]
pub struct Earlier {
    /// (trigger lemma, source) of each event, oldest first.
    pub sources: Vec<(String, EventActor)>,
    /// The targets of the latest sentence with violent events (CAMEO 18–20)
    /// that happened.
    pub victims: Vec<EventActor>,
    /// The source of the first event of the latest sentence with events,
    /// and how many sentences came after that sentence.
    latest: Option<(EventActor, usize)>,
}

impl Earlier {
    /// Records the events of one sentence, with their trigger lemmas.
    pub fn record<'e>(&mut self, events: impl Iterator<Item = (String, &'e Event)>) {
        let mut victims: Vec<EventActor> = Vec::new();
        let mut first = None;
        for (lemma, e) in events {
            first.get_or_insert_with(|| e.source.clone());
            self.sources.push((lemma, e.source.clone()));
            let violent = matches!(e.cameo.get(..2), Some("18" | "19" | "20"));
            if let Some(t) = e.target.as_ref().filter(|_| violent && e.mode == Mode::Asserted) {
                for t in std::iter::once(t.clone()).chain(people_hit(e, t)) {
                    if !victims.iter().any(|v| v.code == t.code) {
                        victims.push(t);
                    }
                }
            }
        }
        if !victims.is_empty() {
            self.victims = victims;
        }
        self.latest = match (first, self.latest.take()) {
            (Some(source), _) => Some((source, 0)),
            (None, Some((source, n))) => Some((source, n + 1)),
            (None, None) => None,
        };
    }

    /// Who did the act that the definite noun at `w` names again (`the
    /// seizure` after `Iran seized a tanker`: Iran), by the noun's verb,
    /// or for `the move` or `the decision`, the first doer of the latest
    /// sentence with events, when no more than one sentence came after it.
    pub fn doer_of(&self, t: &Tree<'_>, w: usize) -> Option<EventActor> {
        let definite = t.children[w].iter().any(|&d| {
            t.deprels[d] == Deprel::Det
                && matches!(t.lemmas[d].as_str(), "the" | "this" | "that" | "these" | "those")
        });
        if !definite || !t.upos[w].is_nominal() {
            return None;
        }
        let verbs = verbs_of(&t.lemmas[w]);
        let by_verb = self
            .sources
            .iter()
            .rev()
            .find(|(l, _)| verbs.iter().any(|v| v == l))
            .map(|(_, side)| side.clone());
        let any_kind = || {
            self.latest
                .as_ref()
                .filter(|(_, after)| *after <= 1 && ACTS_OF_ANY_KIND.contains(&t.lemmas[w].as_str()))
                .map(|(side, _)| side.clone())
        };
        by_verb.or_else(any_kind)
    }
}

/// Irregular nouns of acts and their verbs.
const IRREGULAR: &[(&str, &str)] = &[
    ("expulsion", "expel"),
    ("detention", "detain"),
    ("threat", "threaten"),
    ("criticism", "criticize"),
    ("criticism", "criticise"),
    ("agreement", "agree"),
];

/// The noun `noun` and the verbs it may be made from (`seizure` → seize,
/// `invasion` → invade, `killing` → kill, `deployment` → deploy).
fn verbs_of(noun: &str) -> Vec<String> {
    let mut out = vec![noun.to_owned()];
    let mut add = |suffix: &str, with: &str| {
        if let Some(stem) = noun.strip_suffix(suffix).filter(|s| s.len() >= 3) {
            out.push(format!("{stem}{with}"));
        }
    };
    for (suffix, with) in [
        ("ing", ""),
        ("ment", ""),
        ("al", ""),
        ("al", "e"),
        ("ure", "e"),
        ("ure", ""),
        ("sion", "de"),
        ("sion", "d"),
        ("ation", "e"),
        ("ation", ""),
        ("ition", "e"),
        ("tion", "te"),
        ("tion", "t"),
    ] {
        add(suffix, with);
    }
    out.extend(
        IRREGULAR
            .iter()
            .filter(|(n, _)| *n == noun)
            .map(|(_, v)| (*v).to_owned()),
    );
    out
}

/// The people hurt beside a government hit where it sits abroad (`bombs
/// outside the U.S. embassy in Nairobi` also hurt KENCVL): the country
/// of its unnamed attackers (KENUAF) or, failing that, of its place.
fn people_hit(e: &Event, target: &EventActor) -> Option<EventActor> {
    let foreign = |c: &str| target.code.get(..3).is_some_and(|t| t != c);
    if !(target.code.len() > 3 && target.code.ends_with("GOV")) {
        return None;
    }
    let by_doer = e.source.code.strip_suffix("UAF").filter(|c| c.len() == 3);
    let country = by_doer
        .or_else(|| e.location.as_ref().map(|p| p.country.as_str()))
        .filter(|c| foreign(c))?;
    Some(EventActor {
        span: target.span,
        code: format!("{country}CVL"),
        name: format!("people in {country}"),
    })
}

/// True when the words name victims no phrase of theirs places (`the
/// victims`, `the families of the victims`, not `the Kenyan victims`).
pub fn names_victims(t: &Tree<'_>, words: &[usize]) -> bool {
    // `bombing victims` is bare; `Kenyan victims` is not.
    let bare = |w: usize| {
        !t.children[w].iter().any(|&d| {
            matches!(t.deprels[d], Deprel::Amod | Deprel::Compound | Deprel::NmodPoss)
                && !VIOLENT_ACTS.contains(&t.lemmas[d].as_str())
        })
    };
    words.iter().any(|&w| {
        let lemma = t.lemmas[w].as_str();
        let victims = VICTIM_NOUNS.contains(&lemma) && bare(w);
        let kin = KIN.contains(&lemma)
            && t.children[w].iter().any(|&d| {
                matches!(t.deprels[d], Deprel::Nmod | Deprel::NmodPoss)
                    && VICTIM_NOUNS.contains(&t.lemmas[d].as_str())
                    && bare(d)
            });
        victims || kin
    })
}
