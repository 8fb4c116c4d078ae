//! The resolution rules: adjacent items of a sentence become mentions.
//!
//! Rules are tried in order at each item; the first that matches consumes
//! its items. Each returns the mention and the name of the rule, which
//! ends up in `resolved_by`.

use super::context::{
    article_country, is_location, is_subject, mention, named_person, one, only_holder, RuleResult, AGENTS,
};
use super::found::Found;
use super::items::ItemKind;
use super::memory::{Group, Memory, Plural};
use super::{definite, people, pronouns, setting};
use dyad_core::{Deprel, Provenance, Rule};
use dyad_dict::{Entry, EntryKind as K};

pub use super::context::Context;

pub(super) const COUNTRYISH: &[K] = &[K::Country, K::Demonym];
const AFFILIATIONS: &[K] = &[K::Media, K::Organization];
const STANDALONE: &[K] = &[
    K::Person,
    K::Country,
    K::Organization,
    K::Media,
    K::Metonym,
    K::Capital,
    K::Region,
];

/// Every mention of one sentence, in order; updates `memory`.
pub fn sentence_mentions(ctx: &Context<'_>, memory: &mut Memory) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut list = CountryList::default();
    memory.new_sentence();
    while i < ctx.items.len() {
        let found = country_agent(ctx, i, memory)
            .or_else(|| affiliation(ctx, i, memory))
            .or_else(|| setting::agent_place(ctx, i, memory))
            .or_else(|| title_name(ctx, i, memory))
            .or_else(|| apposition(ctx, i, memory))
            .or_else(|| definite::the_two(ctx, i, memory))
            .or_else(|| definite::the_organisation(ctx, i, memory))
            .or_else(|| definite::the_country(ctx, i, memory))
            .or_else(|| definite::honorific(ctx, i, memory))
            .or_else(|| definite::the_agent(ctx, i, memory))
            .or_else(|| standalone(ctx, i, memory))
            .or_else(|| surname(ctx, i, memory))
            .or_else(|| people::unknown_person(ctx, i, memory))
            .or_else(|| setting::bare_agent(ctx, i, memory))
            .or_else(|| pronouns::person(ctx, i, memory))
            .or_else(|| pronouns::it(ctx, i, memory))
            .or_else(|| pronouns::they(ctx, i, memory))
            .or_else(|| setting::place_name(ctx, i, memory));
        match found {
            Some((mentions, next)) => {
                list.add(ctx, i..next, &mentions, memory);
                remember(ctx, &mentions, memory);
                out.extend(mentions);
                i = next;
            }
            None => i += 1,
        }
    }
    list.flush(memory);
    out
}

/// Prepositions that open a sentence on its scene (`In Havana, …`).
const SCENE_WORDS: &[&str] = &["In", "At", "Inside", "Across", "Throughout"];

/// Records the mentions of one rule in `memory`: their sides, the
/// countries named, the actors and which of them were clause subjects.
fn remember(ctx: &Context<'_>, mentions: &[Found], memory: &mut Memory) {
    for m in mentions {
        match ctx.resolver.split_code(&m.code).0 {
            Some(country) => memory.side(&country),
            None if m.code.starts_with("IGO") || m.code.starts_with("NGO") => memory.side(&m.code),
            None => {}
        }
        if let (Some(country), false) = (
            ctx.resolver.split_code(&m.code).0,
            m.by.rule == Rule::AgentInSetting,
        ) {
            memory.tally(&country);
            // Named with a sector in its own words, not by a pronoun; a
            // reporter's country is not where the story is.
            let own_words = !matches!(m.by.rule, Rule::Pronoun | Rule::It | Rule::AgentModifier);
            let reporter = m.code.get(3..6) == Some("MED");
            if own_words
                && !reporter
                && !m.place
                && m.code.len() > 3
                && !memory.sector_countries.contains(&country)
            {
                memory.sector_countries.push(country.clone());
            }
        }
    }
    // `In Havana, tens of thousands of people rallied`: a sentence that
    // opens on a place sets its scene.
    let opening = ctx.words.first().is_some_and(|w| SCENE_WORDS.contains(w));
    if let Some(m) = mentions
        .iter()
        .find(|m| m.place && opening && m.tokens.start <= 3)
    {
        memory.scene = ctx.resolver.split_code(&m.code).0;
    }
    // An agent modifying a noun (`a police station`) is no one a later
    // pronoun or definite noun can stand for.
    for m in mentions
        .iter()
        .filter(|m| !m.place && m.by.rule != Rule::AgentModifier)
    {
        if pronouns::is_plural(ctx, &m.tokens) && m.by.rule != Rule::Pronoun {
            memory.plurals.push(Plural {
                name: m.name.clone(),
                code: m.code.clone(),
                sentence: memory.sentence_no,
                tokens: m.tokens.clone(),
                subject: is_subject(ctx, &m.tokens),
            });
        }
        // `The Kenyan president arrived … He held talks`: one holder of
        // an office is someone `he` can stand for.
        if pronouns::is_office_holder(ctx, m) {
            memory.person(&m.name, &m.code);
        }
        memory.actor(&m.name, &m.code);
        if let Some(p) = memory.people.iter_mut().rev().find(|p| p.name == m.name) {
            let text = ctx.text_of(&m.tokens).to_lowercase();
            p.titles
                .push_str(&format!(" {text} {}", m.by.detail.to_lowercase()));
            if !matches!(m.by.rule, Rule::Pronoun | Rule::It) {
                p.last_words = text;
            }
        }
        memory.in_sentence.push((m.tokens.clone(), m.name.clone()));
        let person = memory.people.iter().any(|p| p.name == m.name);
        if !person && !matches!(m.by.rule, Rule::Pronoun | Rule::It) {
            memory
                .bodies_in_sentence
                .push((m.tokens.clone(), m.name.clone(), m.code.clone()));
        }
        if is_subject(ctx, &m.tokens) {
            if person {
                memory.mark_subject(&m.name);
            } else {
                memory.subjects.push((m.name.clone(), m.code.clone()));
            }
        }
    }
}

/// A run of countries named one after another (`Poland, Hungary and the
/// Czech Republic`), for `the three countries` later.
#[derive(Default)]
struct CountryList {
    countries: Vec<String>,
    /// Sentence-relative tokens of the run.
    tokens: std::ops::Range<usize>,
    /// Whether a place name (`Geneva, Switzerland`) is in the run.
    places: bool,
    /// The item after the last country of the run.
    end: usize,
}

impl CountryList {
    /// Adds the mentions of a rule over `items`: a country
    /// alone joins the run when only commas, `and`, `or` or `the` stand
    /// between it and the run; anything else ends the run.
    fn add(
        &mut self,
        ctx: &Context<'_>,
        items: std::ops::Range<usize>,
        mentions: &[Found],
        memory: &mut Memory,
    ) {
        let [m] = mentions else {
            return self.flush(memory);
        };
        let country = match ctx.resolver.split_code(&m.code) {
            (Some(c), None) => c,
            _ => return self.flush(memory),
        };
        let joined = (self.end..items.start).all(|k| {
            ctx.items[k].kind == ItemKind::Comma
                || ctx.items[k].kind == ItemKind::The
                || matches!(ctx.words[ctx.items[k].tokens.start], "and" | "or")
        });
        if !joined || self.countries.is_empty() {
            self.flush(memory);
            self.tokens = m.tokens.clone();
        }
        self.places |= m.place;
        if !self.countries.contains(&country) {
            self.countries.push(country);
        }
        self.tokens.end = m.tokens.end;
        self.end = items.end;
    }

    /// Ends the run; a run of two or more is remembered.
    fn flush(&mut self, memory: &mut Memory) {
        let countries = std::mem::take(&mut self.countries);
        let places = std::mem::take(&mut self.places);
        if countries.len() >= 2 {
            memory.groups.push(Group {
                countries,
                sentence: memory.sentence_no,
                tokens: self.tokens.clone(),
                places,
            });
        }
    }
}

/// `Russian troops`, `Russia's military`, `Russian Foreign Minister
/// Sergei Lavrov`, `U.S. officials`, a country or demonym alone.
fn country_agent(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let country_entry = ctx.item(i)?.entry(COUNTRYISH)?;
    if ctx.item(i)?.is(&[K::Person]) {
        return None;
    }
    let country = ctx.country_code(country_entry).to_owned();
    let mut j = i + 1;
    if country_entry.kind == K::Country && ctx.item(j).is_some_and(|it| it.kind == ItemKind::Possessive) {
        j += 1;
    }
    let (after, agent) = ctx.agents_from(j);
    let Some(agent) = agent else {
        return shared_agent(ctx, i).or_else(|| country_alone(ctx, i, country_entry, &country, memory));
    };
    let phrase_code = format!("{country}{}", ctx.agent_code(agent));
    if ctx.is_name(after) {
        let (code, name, by) = named_person(
            ctx,
            after,
            &phrase_code,
            Provenance::rule(Rule::TitleCountryAgentName),
            memory,
        );
        memory.person(&name, &code);
        return mention(ctx.tokens(i..after + 1), code, name, by, after + 1);
    }
    let name = ctx.text(i..after);
    mention(
        ctx.tokens(i..after),
        phrase_code,
        name,
        Provenance::rule(Rule::CountryAgent),
        after,
    )
}

/// Nationalities joined before one agent noun (`Indian and Chinese
/// troops`, `British, French and German diplomats`): each with the agent,
/// each mention running to the noun so that the noun stands for all.
fn shared_agent(ctx: &Context<'_>, i: usize) -> RuleResult {
    let demonym = |k: usize| ctx.item(k).and_then(|it| it.entry(&[K::Demonym]));
    let joiner = |k: usize| matches!(ctx.text(k..k + 1).as_str(), "and" | "or" | ",");
    let mut nationalities = vec![(i, demonym(i)?)];
    let mut k = i + 1;
    while k + 1 < ctx.items.len() && joiner(k) {
        let next = if ctx.text(k..k + 1) == "," && ctx.item(k + 1).is_some_and(|_| joiner(k + 1)) {
            k + 2
        } else {
            k + 1
        };
        let Some(e) = demonym(next) else { break };
        nationalities.push((next, e));
        k = next + 1;
    }
    let (after, agent) = ctx.agents_from(k);
    let agent = agent.filter(|_| nationalities.len() >= 2)?;
    let noun = ctx.text(k..after);
    let mentions = nationalities
        .iter()
        .map(|&(n, e)| Found {
            tokens: ctx.tokens(n..after),
            code: format!("{}{}", ctx.country_code(e), ctx.agent_code(agent)),
            name: format!("{} {noun}", ctx.text(n..n + 1)),
            by: Provenance::rule(Rule::CountryAgent),
            place: false,
        })
        .collect();
    Some((mentions, after))
}

fn country_alone(
    ctx: &Context<'_>,
    i: usize,
    entry: Entry,
    country: &str,
    memory: &mut Memory,
) -> RuleResult {
    let d = &ctx.resolver.dicts.countries[entry.index as usize];
    if let Some(end) = (entry.kind == K::Demonym)
        .then(|| people::unknown_person_end(ctx, i + 1))
        .flatten()
    {
        let name = ctx.text(i + 1..end);
        memory.person(&name, country);
        let by = Provenance::with(
            Rule::UnknownPerson,
            format!("{}:{}", d.location.file, d.location.line),
        );
        return mention(ctx.tokens(i..end), country.to_owned(), name, by, end);
    }
    if entry.kind == K::Demonym && ctx.item(i + 1).is_some_and(|it| it.is(&[K::Person])) {
        let found = standalone_found(ctx, i + 1, memory)?;
        return one(
            Found {
                tokens: ctx.tokens(i..i + 2),
                ..found
            },
            i + 2,
        );
    }
    if entry.kind == K::Country && is_location(ctx, i) {
        return standalone(ctx, i, memory);
    }
    let rule = if entry.kind == K::Country {
        Rule::Country
    } else {
        Rule::Demonym
    };
    let by = Provenance::with(rule, format!("{}:{}", d.location.file, d.location.line));
    mention(
        ctx.tokens(i..i + 1),
        country.to_owned(),
        d.name.clone(),
        by,
        i + 1,
    )
}

/// `ABC's George Stephanopoulos`, `NATO Secretary General Jens
/// Stoltenberg`, `UN envoy X`: a person tied to an organisation.
fn affiliation(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let org = ctx.item(i)?.entry(AFFILIATIONS)?;
    let (org_code, _, org_by) = ctx.standalone(org)?;
    let mut j = i + 1;
    if ctx.item(j).is_some_and(|it| it.kind == ItemKind::Possessive) {
        j += 1;
    }
    let (after, _) = ctx.agents_from(j);
    if !ctx.is_name(after) || after == i + 1 {
        return None;
    }
    let by = Provenance::with(Rule::Affiliation, org_by.to_string());
    let (code, name, by) = named_person(ctx, after, &org_code, by, memory);
    memory.person(&name, &code);
    mention(ctx.tokens(i..after + 1), code, name, by, after + 1)
}

/// `President Joe Biden`, `Secretary of State Antony Blinken`,
/// `strongman Alexander Lukashenko`: a title before a name. An unknown
/// name takes the title's agent and a country from the context.
fn title_name(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    ctx.item(i)?.entry(AGENTS)?;
    let (after, agent) = ctx.agents_from(i);
    if !ctx.is_name(after) {
        return None;
    }
    let agent = ctx.agent_code(agent?).to_owned();
    // A titled person the dictionaries do not know is of the last country
    // named in the same sentence (`Soviet spokesman X said special envoy
    // Y`), else, as mostly a local official (mayor, judge, lawyer), of the
    // article's country.
    let in_sentence = memory.sides[memory.sentence_start..]
        .iter()
        .rev()
        .find(|s| ctx.resolver.split_code(s).0.is_some())
        .cloned();
    let context_country = of_country(ctx, after)
        .or(in_sentence)
        .or_else(|| article_country(ctx, memory));
    let phrase_code = format!("{}{agent}", context_country.unwrap_or_default());
    let (code, name, by) = named_person(
        ctx,
        after,
        &phrase_code,
        Provenance::rule(Rule::TitleName),
        memory,
    );
    memory.person(&name, &code);
    mention(ctx.tokens(i..after + 1), code, name, by, after + 1)
}

/// The country named right after the name at item `name` (`Prime
/// Minister Kan of Japan`).
fn of_country(ctx: &Context<'_>, name: usize) -> Option<String> {
    let end = ctx.items.get(name)?.tokens.end;
    if ctx.words.get(end) != Some(&"of") {
        return None;
    }
    let next = (name + 1..ctx.items.len()).find(|&k| ctx.items[k].tokens.start == end + 1)?;
    let country = ctx.item(next)?.entry(&[K::Country])?;
    ctx.standalone(country).map(|(code, _, _)| code)
}

/// `Jan Kowalski, Poland's defence minister`: an unknown name and an
/// apposition that says who they are.
fn apposition(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::ProperName || ctx.item(i + 1)?.kind != ItemKind::Comma {
        return None;
    }
    let mut j = i + 2;
    let country = ctx.item(j)?.entry(COUNTRYISH)?;
    j += 1;
    if ctx.item(j).is_some_and(|it| it.kind == ItemKind::Possessive) {
        j += 1;
    }
    let (after, agent) = ctx.agents_from(j);
    let code = format!("{}{}", ctx.country_code(country), ctx.agent_code(agent?));
    let name = ctx.text(i..i + 1);
    memory.person(&name, &code);
    mention(
        ctx.tokens(i..after),
        code,
        name,
        Provenance::rule(Rule::Apposition),
        after,
    )
}

fn standalone_found(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> Option<Found> {
    let item = ctx.item(i)?;
    let entry = item.entry(STANDALONE)?;
    let entry = match entry.kind {
        K::Person => ctx.person_entry(item)?,
        _ => entry,
    };
    if entry.kind == K::Media && bracketed(ctx, i) {
        return None;
    }
    let (code, name, by) = ctx.standalone(entry)?;
    // A group named by a metonym is no place (`retook the town from
    // Islamic State`).
    let group = ["IMG", "IGO", "NGO"].iter().any(|p| code.starts_with(p));
    let place = matches!(entry.kind, K::Country | K::Capital | K::Region | K::Metonym)
        && !group
        && is_location(ctx, i);
    if entry.kind == K::Person {
        memory.person(&name, &code);
    }
    // A place keeps only its country (`in Crimea` → UKR); a capital as a
    // place is its country, not its government.
    let code = if place {
        code.get(..3).unwrap_or(&code).to_owned()
    } else {
        code
    };
    Some(Found {
        tokens: ctx.tokens(i..i + 1),
        code,
        name,
        by,
        place,
    })
}

/// True when the item stands alone in brackets: `(AP)`, `(Xinhua)` credit
/// the agency that wrote the story and never act in it.
fn bracketed(ctx: &Context<'_>, i: usize) -> bool {
    let tokens = &ctx.items[i].tokens;
    let before = tokens.start.checked_sub(1).map(|b| ctx.words[b]);
    before == Some("(") && ctx.words.get(tokens.end) == Some(&")")
}

/// A person, country, organisation, outlet, metonym, capital or region
/// on its own.
fn standalone(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    one(standalone_found(ctx, i, memory)?, i + 1)
}

/// A surname alone: the person of that name named earlier in the article,
/// else the only person of that surname holding a role on the date.
fn surname(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    if !item.is(&[K::Surname]) || is_first_name(ctx, item.tokens.start) {
        return None;
    }
    let word = ctx.text(i..i + 1);
    if memory.by_surname(&word).is_some() {
        return people::earlier_person(ctx, i, &word, memory);
    }
    // Unseen before, a surname after another capitalised word ends
    // someone else's name (`Jorge Mas Santos`), and a country or region
    // (`England`) is a place, not the person of that surname.
    if after_other_name(ctx, item.tokens.start) || is_place_word(ctx, &word) {
        return None;
    }
    let person = only_holder(ctx, item)?;
    let (code, by) = ctx.person_code(person);
    memory.person(&person.name, &code);
    mention(
        ctx.tokens(i..i + 1),
        code,
        person.name.clone(),
        Provenance::with(Rule::OnlyHolder, by.detail),
        i + 1,
    )
}

/// True when the word before `w` is a capitalised word inside the
/// sentence: the surname at `w` ends another person's name.
fn after_other_name(ctx: &Context<'_>, w: usize) -> bool {
    w >= 2
        && ctx.words[w - 1].chars().next().is_some_and(char::is_uppercase)
        && ctx.words[w - 1].chars().all(char::is_alphabetic)
}

/// True when the gazetteer knows the word as a country or region
/// (`England`, `Georgia`); cities are left to the country test (`Santos`
/// is also a port in Brazil).
fn is_place_word(ctx: &Context<'_>, word: &str) -> bool {
    use dyad_dict::places::PlaceKind;
    ctx.resolver
        .places()
        .best(word, &[])
        .is_some_and(|p| p.kind != PlaceKind::City)
}

/// A known surname used as the first name of someone else (`Sharon
/// Osbourne`): the parser hangs it on the next name as `compound` or the
/// next name hangs on it as `flat`.
fn is_first_name(ctx: &Context<'_>, w: usize) -> bool {
    let Some(deps) = ctx.deps else {
        return false;
    };
    let next_is_name = ctx
        .words
        .get(w + 1)
        .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()));
    let compound = deps[w].0 == Deprel::Compound && deps[w].1 == Some(w as u32 + 1);
    let flat = deps
        .get(w + 1)
        .is_some_and(|d| d.0 == Deprel::Flat && d.1 == Some(w as u32));
    next_is_name && (compound || flat)
}
