//! What earlier sentences of the article leave for later ones: the source
//! of each event by its trigger's lemma (`the proposal` → who proposed),
//! and the victims of the latest violent events (`condolences to the
//! victims' families` → the countries hit).

use crate::syntax::tree::Tree;
use crate::syntax::words::{KIN, VIOLENT_ACTS};
use dyad_core::{Deprel, Event, EventActor, Mode};

/// Nouns that stand for the victims of an attack the story told of.
const VICTIM_NOUNS: &[&str] = &["victim", "casualty", "bereaved", "survivor"];

/// The events of the sentences coded so far, as later sentences need them.
#[derive(Default)]
pub struct Earlier {
    /// (trigger lemma, source) of each event, oldest first.
    pub sources: Vec<(String, EventActor)>,
    /// The targets of the latest sentence with violent events (CAMEO 18–20)
    /// that happened.
    pub victims: Vec<EventActor>,
}

impl Earlier {
    /// Records the events of one sentence, with their trigger lemmas.
    pub fn record<'e>(&mut self, events: impl Iterator<Item = (String, &'e Event)>) {
        let mut victims: Vec<EventActor> = Vec::new();
        for (lemma, e) in events {
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
    }
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
