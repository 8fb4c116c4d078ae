//! The resolver and what it owns: the dictionaries, the name automaton,
//! the country codes and the gazetteer of places. The rules read it
//! through their context; the loop over an article's sentences is in
//! [`super`] (`resolve`, `resolve_on`).

use dyad_dict::places::PlaceIndex;
use dyad_dict::{Dictionaries, Gazetteer, GivenNames};
use std::collections::HashSet;

/// Resolves actor mentions with a set of dictionaries and the gazetteer
/// of places (for names that are places, not actors).
pub struct ActorResolver {
    pub(super) dicts: Dictionaries,
    pub(super) gazetteer: Gazetteer,
    pub(super) countries: HashSet<String>,
    /// The three-letter agent (sector) codes (`GOV`, `REB`).
    pub(super) agents: HashSet<String>,
    pub(super) places: PlaceIndex,
    pub(super) given_names: GivenNames,
}

/// The abbreviations of U.S. states in datelines (AP style), and D.C.
const US_STATES: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "D.C.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.",
    "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.",
    "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// Lowercased words the dictionaries know as something other than a
/// person: countries, their demonyms and capitals, metonyms, agent
/// nouns. None of them is taken for a given name.
fn name_words(dicts: &Dictionaries) -> HashSet<String> {
    let countries = dicts.countries.iter().flat_map(|c| {
        std::iter::once(&c.name)
            .chain(&c.aliases)
            .chain(&c.demonyms)
            .chain(&c.capitals)
    });
    let metonyms = dicts.metonyms.iter().flat_map(|m| &m.forms);
    let agents = dicts.agents.iter().flat_map(|a| a.nouns.iter().chain(&a.plurals));
    countries
        .chain(metonyms)
        .chain(agents)
        .filter(|w| !w.contains(' '))
        .map(|w| w.to_lowercase())
        .collect()
}

impl ActorResolver {
    /// A resolver over `dicts` and the places of `places`.
    pub fn new(dicts: Dictionaries, places: PlaceIndex) -> ActorResolver {
        let gazetteer = Gazetteer::new(&dicts);
        let countries = dicts.countries.iter().map(|c| c.code.clone()).collect();
        let given_names = GivenNames::from_dictionaries(&dicts, &name_words(&dicts));
        let agents = dicts
            .agents
            .iter()
            .filter_map(|a| a.code.get(..3))
            .map(str::to_owned)
            .collect();
        ActorResolver {
            dicts,
            gazetteer,
            countries,
            agents,
            places,
            given_names,
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

    /// Splits a code into its country block and its agent blocks (a code
    /// of agent blocks alone, `REB`, has no country).
    pub fn split_code(&self, code: &str) -> (Option<String>, Option<String>) {
        let country = code
            .get(..3)
            .filter(|c| self.countries.contains(*c))
            .map(str::to_owned);
        let rest = match country {
            Some(_) => &code[3..],
            None if code.get(..3).is_some_and(|c| self.agents.contains(c)) => code,
            None => "",
        };
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
}
