//! The sides an event can have in one sentence: its actors and place
//! names, and the implicit agents of agentless acts.

use dyad_core::{Document, EventActor, Span};

/// The actors (and places) of one sentence, indexed by word, and where
/// the sentence is (the countries of its places and of the dateline), for
/// the implicit agents of agentless acts.
pub struct SentenceActors {
    sides: Vec<(EventActor, bool)>,
    /// The sides that name a country as such (`Israel`, `Jerusalem`,
    /// `the Kremlin`), not a person or group of it (`Iraqis`).
    country_names: Vec<usize>,
    /// The sides with no country: an agent alone (`REB`, `CVL`) or a
    /// region named as a place (`East Africa`).
    countryless: Vec<usize>,
    /// The sides that name a region (`East Africa`, `the West`).
    regions: Vec<usize>,
    /// (word, country, whether by an `of` phrase of ownership) of each
    /// place inside an actor's mention (`protesters in Tbilisi`,
    /// `embassies of the United States`).
    placed_actors: Vec<(usize, String, bool)>,
    /// Entries whose country came only from the article's setting
    /// (`people` in a story about Kenya).
    by_setting: Vec<usize>,
    /// (word, entry) of agents modifying a noun (`rebel positions`): not
    /// at their word, since they are whose thing the noun is, not who.
    owners: Vec<(usize, usize)>,
    by_word: Vec<Vec<usize>>,
    /// (word, country) of each geocoded place of the sentence.
    places: Vec<(usize, String)>,
    /// The country of the dateline's place.
    dateline: Option<String>,
    /// The span of each word.
    spans: Vec<Span>,
    /// The one international militant group (IMG) the article names, if
    /// it names exactly one: who its unnamed bombings are laid at.
    militant: Option<EventActor>,
}

impl SentenceActors {
    /// Indexes the document's actors and place names in sentence `index`;
    /// `militant` is the article's one militant group, if any.
    pub fn new(doc: &Document, index: usize, militant: Option<EventActor>) -> SentenceActors {
        let range = doc.sentences[index].tokens.clone();
        let mut by_word = vec![Vec::new(); range.len()];
        let mut sides = Vec::new();
        let mut country_names = Vec::new();
        let mut countryless = Vec::new();
        let mut regions = Vec::new();
        let mut placed_actors = Vec::new();
        let mut by_setting = Vec::new();
        let mut owners = Vec::new();
        let all = doc
            .actors
            .iter()
            .map(|a| (a, false))
            .chain(doc.place_names.iter().map(|a| (a, true)));
        for (actor, place) in all.filter(|(a, _)| a.sentence == index) {
            let side = EventActor {
                span: actor.span,
                code: actor.code.clone(),
                name: actor.name.clone(),
            };
            let rule = actor.resolved_by.rule;
            if place || rule.names_a_place() {
                country_names.push(sides.len());
            }
            if actor.country.is_none() && (place || actor.sector.is_some()) {
                countryless.push(sides.len());
            }
            if rule == dyad_core::Rule::AgentInSetting {
                by_setting.push(sides.len());
            }
            if rule == dyad_core::Rule::Region {
                regions.push(sides.len());
            }
            if let (dyad_core::Rule::AgentOfPlace, Some(c)) = (rule, &actor.country) {
                if range.contains(&(actor.tokens.end - 1)) {
                    let owned = actor.resolved_by.detail.starts_with("of ");
                    placed_actors.push((actor.tokens.end - 1 - range.start, c.clone(), owned));
                }
            }
            sides.push((side, place));
            if rule == dyad_core::Rule::AgentModifier {
                if range.contains(&actor.tokens.start) {
                    owners.push((actor.tokens.start - range.start, sides.len() - 1));
                }
                continue;
            }
            for t in actor.tokens.clone().filter(|t| range.contains(t)) {
                by_word[t - range.start].push(sides.len() - 1);
            }
        }
        let places = doc
            .places
            .iter()
            .filter(|p| p.sentence == index && range.contains(&p.tokens.start))
            .map(|p| (p.tokens.start - range.start, p.country.clone()))
            .collect();
        SentenceActors {
            sides,
            country_names,
            countryless,
            regions,
            placed_actors,
            by_setting,
            owners,
            by_word,
            places,
            dateline: doc.dateline_place.as_ref().map(|p| p.country.clone()),
            spans: doc.tokens[range].iter().map(|t| t.span).collect(),
            militant,
        }
    }

    /// The unnamed agent of an act at word `i` (`was arrested in Nairobi`
    /// → Kenya's police): `agent` of the country of a place among
    /// `words` (the clause), else of the dateline's (police arrest where
    /// they are, whoever they arrest), else of the target's country.
    pub fn implicit(
        &mut self,
        i: usize,
        agent: &str,
        words: &[usize],
        target: Option<usize>,
    ) -> Option<usize> {
        let in_clause = self
            .places
            .iter()
            .find(|(w, _)| words.contains(w))
            .map(|(_, c)| c.clone());
        let of_target = target
            .map(|t| self.sides[t].0.code.chars().take(3).collect::<String>())
            .filter(|c| c.len() == 3 && !matches!(c.as_str(), "IGO" | "NGO" | "IMG"));
        let country = in_clause.or_else(|| self.dateline.clone()).or(of_target)?;
        Some(self.implicit_side(i, &country, agent))
    }

    /// The country of the first geocoded place among `words`, also one
    /// inside an actor's mention (`protesters in Tbilisi`).
    pub fn place_country(&self, words: &[usize]) -> Option<&str> {
        self.placed(true)
            .find(|(w, _)| words.contains(w))
            .map(|(_, c)| c.as_str())
    }

    /// The country of the dateline's place.
    pub fn dateline_country(&self) -> Option<&str> {
        self.dateline.as_deref()
    }

    /// The unnamed perpetrators of a violent act whose phrase is `words`
    /// (`condemned the bombings in Kenya and Tanzania`): unidentified
    /// armed forces (UAF) of each country where it happened, by its place
    /// names or the places of its victims (`people in Peshawar`). Neither
    /// the victims' nationality nor the dateline's country says who did
    /// it. In an article that names one international militant group,
    /// that group.
    pub fn unnamed_perpetrators(&mut self, i: usize, words: &[usize]) -> Vec<usize> {
        if let Some(group) = self.militant.clone() {
            let side = EventActor {
                span: self.spans[i],
                ..group
            };
            return vec![self.push_external(side)];
        }
        self.countries_at(words)
            .iter()
            .map(|c| self.implicit_side(i, c, "UAF"))
            .collect()
    }

    /// The countries of the places among `words`, by place names or the
    /// places of actors (`people in Peshawar`, not `embassies of the
    /// United States`), first named first.
    pub fn countries_at(&self, words: &[usize]) -> Vec<String> {
        let mut countries: Vec<String> = Vec::new();
        for (_, c) in self.placed(false).filter(|(w, _)| words.contains(w)) {
            if !countries.contains(c) {
                countries.push(c.clone());
            }
        }
        countries
    }

    /// (word, country) of the sentence's places and of the places inside
    /// actors' mentions, those by ownership (`of the United States`) only
    /// when `owned`.
    fn placed(&self, owned: bool) -> impl Iterator<Item = (&usize, &String)> {
        let inside = self
            .placed_actors
            .iter()
            .filter(move |(_, _, by_owner)| owned || !by_owner)
            .map(|(w, c, _)| (w, c));
        self.places.iter().map(|(w, c)| (w, c)).chain(inside)
    }

    /// Civilians with no country yet, named by word `w` (`killed twelve
    /// people`): the event takes the country where it happened, or the
    /// attacking state's.
    pub fn countryless_civilians(&mut self, w: usize) -> usize {
        let a = self.civilians_of(w, "");
        self.countryless.push(a);
        a
    }

    /// Civilians of `country` named by word `w` (`killed twelve people`
    /// in an attack in that country).
    pub fn civilians_of(&mut self, w: usize, country: &str) -> usize {
        let side = EventActor {
            span: self.spans[w],
            code: format!("{country}CVL"),
            name: "civilians".to_owned(),
        };
        self.push_external(side)
    }

    /// The government of `country` as the side of the act at word `i`
    /// (whom a protest that names no one is against).
    pub fn government_of(&mut self, i: usize, country: &str) -> usize {
        self.implicit_side(i, country, "GOV")
    }

    /// A side `{country}{agent}` for the act at word `i`.
    fn implicit_side(&mut self, i: usize, country: &str, agent: &str) -> usize {
        let side = EventActor {
            span: self.spans[i],
            code: format!("{country}{agent}"),
            name: format!("{country}{agent} (implicit)"),
        };
        self.push_external(side)
    }

    /// Adds a side found outside the sentence (an earlier event's source);
    /// returns its index.
    pub fn push_external(&mut self, side: EventActor) -> usize {
        self.sides.push((side, false));
        self.sides.len() - 1
    }

    /// Actors (not places) at word `w`.
    pub(super) fn at(&self, w: usize) -> Vec<usize> {
        self.by_word.get(w).map_or_else(Vec::new, |v| {
            v.iter().copied().filter(|&a| !self.sides[a].1).collect()
        })
    }

    /// The agent modifying a noun at word `w` (`rebel` in `rebel
    /// positions`), if any.
    pub(super) fn owner_at(&self, w: usize) -> Option<usize> {
        self.owners.iter().find(|(o, _)| *o == w).map(|(_, a)| *a)
    }

    /// Actors and places at word `w`.
    pub(super) fn at_or_place(&self, w: usize) -> Vec<usize> {
        self.by_word.get(w).cloned().unwrap_or_default()
    }

    /// True when word `w` is part of a geocoded place (not a region).
    pub fn geocoded_at(&self, w: usize) -> bool {
        self.places.iter().any(|(p, _)| *p == w)
    }

    /// The event side for entry `a`.
    pub fn side(&self, a: usize) -> EventActor {
        self.sides[a].0.clone()
    }

    /// The code of entry `a`.
    pub fn code(&self, a: usize) -> &str {
        &self.sides[a].0.code
    }

    /// True when entry `a` is a place name (a target only, never a source).
    pub fn is_place(&self, a: usize) -> bool {
        self.sides[a].1
    }

    /// True when entry `a` names a country as such: a place, a country,
    /// a capital or a metonym.
    pub fn is_country_name(&self, a: usize) -> bool {
        self.country_names.contains(&a)
    }

    /// True when entry `a` has no country: an agent alone (`REB`) or a
    /// region named as a place (`East Africa`).
    pub fn is_countryless(&self, a: usize) -> bool {
        self.countryless.contains(&a)
    }

    /// True when entry `a` took its country only from the article's
    /// setting.
    pub fn is_by_setting(&self, a: usize) -> bool {
        self.by_setting.contains(&a)
    }

    /// True when entry `a` is a region's name (`East Africa`).
    pub fn is_region(&self, a: usize) -> bool {
        self.regions.contains(&a)
    }

    /// The words of entry `a` in this sentence.
    pub fn words_of(&self, a: usize) -> Vec<usize> {
        (0..self.by_word.len())
            .filter(|&w| self.by_word[w].contains(&a))
            .collect()
    }
}

/// True when `code` is a state organ's (`RUSGOV`, `KENCOP`): its
/// government, military, police, courts, legislature or intelligence.
pub(super) fn is_state_organ(code: &str) -> bool {
    matches!(
        code.get(3..6),
        Some("GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY")
    )
}

/// The international militant group an article names, when it names
/// exactly one (`bin Laden`, `al-Qaeda`): the article is about its
/// attacks, so the bombings it leaves unattributed are laid at it.
pub(super) fn article_militant(doc: &Document) -> Option<EventActor> {
    let mut groups = doc.actors.iter().filter(|a| a.code.starts_with("IMG"));
    let first = groups.next()?;
    if groups.any(|a| a.name != first.name) {
        return None;
    }
    Some(EventActor {
        span: first.span,
        code: first.code.clone(),
        name: first.name.clone(),
    })
}
