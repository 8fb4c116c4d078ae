//! The resolution rules: adjacent items of a sentence become mentions.
//!
//! Rules are tried in order at each item; the first that matches consumes
//! its items. Each returns the mention and the name of the rule, which
//! ends up in `resolved_by`.

use super::items::{Item, ItemKind};
use super::memory::Memory;
use super::{ActorResolver, Found};
use chrono::NaiveDate;
use dyad_core::{Deprel, Provenance, Rule};
use dyad_dict::{Entry, EntryKind as K, Person};

/// What the rules read.
pub struct Context<'a> {
    /// The resolver (dictionaries, code splitting).
    pub resolver: &'a ActorResolver,
    /// The sentence's words.
    pub words: &'a [&'a str],
    /// Its items.
    pub items: &'a [Item],
    /// The date codes are chosen for.
    pub date: Option<NaiveDate>,
    /// Dependency relations and heads of the words, when parsed.
    pub deps: Option<&'a [(Deprel, Option<u32>)]>,
    /// Lemmas of the words (empty when not parsed).
    pub lemmas: &'a [String],
    /// The country of the article's dateline, if any.
    pub setting: Option<&'a str>,
}

const COUNTRYISH: &[K] = &[K::Country, K::Demonym];
/// Agent nouns that name a role, not a sector: after another agent noun
/// they keep its sector (`police officials`, `army leaders`).
const GENERIC_HEADS: &[&str] = &[
    "official",
    "officials",
    "leader",
    "leaders",
    "spokesman",
    "spokeswoman",
    "spokesmen",
    "chief",
    "chiefs",
    "authorities",
    "officers",
    "officer",
    "commander",
    "commanders",
];
const AGENTS: &[K] = &[K::Agent, K::AgentPlural];
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

impl Context<'_> {
    fn text(&self, items: std::ops::Range<usize>) -> String {
        let (a, b) = (
            self.items[items.start].tokens.start,
            self.items[items.end - 1].tokens.end,
        );
        let mut text = String::new();
        for (k, word) in self.words[a..b].iter().enumerate() {
            if k > 0 && *word != "'s" && *word != "," {
                text.push(' ');
            }
            text.push_str(word);
        }
        text
    }

    fn item(&self, i: usize) -> Option<&Item> {
        self.items.get(i)
    }

    fn tokens(&self, items: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.items[items.start].tokens.start..self.items[items.end - 1].tokens.end
    }

    fn country_code(&self, e: Entry) -> &str {
        &self.resolver.dicts.countries[e.index as usize].code
    }

    fn agent_code(&self, e: Entry) -> &str {
        &self.resolver.dicts.agents[e.index as usize].code
    }

    fn person(&self, e: Entry) -> &Person {
        &self.resolver.dicts.people[e.index as usize]
    }

    /// A person's code on the date: the role held, else the country's
    /// elite (`ELI`) after the last role ended, else the first role.
    fn person_code(&self, p: &Person) -> (String, Provenance) {
        let role = match self.date {
            Some(d) => p.role_on(d),
            None => p.roles.iter().max_by_key(|r| r.from),
        };
        if let Some(r) = role {
            return (
                r.code.clone(),
                Provenance::with(
                    Rule::Person,
                    format!("{}:{} ({})", r.location.file, r.location.line, r.title),
                ),
            );
        }
        if let Some(r) = self.date.and_then(|d| p.last_role_before(d)) {
            let country = r.code.get(..3).unwrap_or(&r.code);
            return (
                format!("{country}ELI"),
                Provenance::with(
                    Rule::FormerRole,
                    format!("{}:{}", r.location.file, r.location.line),
                ),
            );
        }
        let r = &p.roles[0];
        (
            r.code.get(..3).unwrap_or(&r.code).to_owned(),
            Provenance::with(
                Rule::BeforeAnyRole,
                format!("{}:{}", r.location.file, r.location.line),
            ),
        )
    }

    /// Code and canonical name of a standalone dictionary name.
    fn standalone(&self, e: Entry) -> Option<(String, String, Provenance)> {
        let d = &self.resolver.dicts;
        let i = e.index as usize;
        let at = |l: &dyad_dict::Location| format!("{}:{}", l.file, l.line);
        Some(match e.kind {
            K::Person => {
                let p = self.person(e);
                let (code, by) = self.person_code(p);
                (code, p.name.clone(), by)
            }
            K::Country => (
                d.countries[i].code.clone(),
                d.countries[i].name.clone(),
                Provenance::with(Rule::Country, at(&d.countries[i].location)),
            ),
            K::Capital => (
                format!("{}GOV", d.countries[i].code),
                d.countries[i].name.clone(),
                Provenance::with(Rule::Capital, at(&d.countries[i].location)),
            ),
            K::Metonym => {
                // The row of the form that holds on the date (`Taliban` in 1998 or 2010).
                let m = d.metonym_on(i, self.date);
                (
                    m.code.clone(),
                    m.forms[0].clone(),
                    Provenance::with(Rule::Metonym, at(&m.location)),
                )
            }
            K::Organization => (
                d.organizations[i].code.clone(),
                d.organizations[i].name.clone(),
                Provenance::with(Rule::Organization, at(&d.organizations[i].location)),
            ),
            K::Region => (
                d.regions[i].code.clone(),
                d.regions[i].name.clone(),
                Provenance::with(Rule::Region, at(&d.regions[i].location)),
            ),
            K::Media => (
                d.media[i].code.clone(),
                d.media[i].name.clone(),
                Provenance::with(Rule::Media, at(&d.media[i].location)),
            ),
            _ => return None,
        })
    }

    /// The run of agent items starting at `j`: (index after it, last agent).
    /// A generic head (`officials`, `leaders`, `spokesman`) keeps the
    /// sector of the agent before it: `police leaders` are police.
    fn agents_from(&self, mut j: usize) -> (usize, Option<Entry>) {
        let mut last = None;
        while let Some(e) = self.item(j).and_then(|it| it.entry(AGENTS)) {
            let word = self.words[self.items[j].tokens.start].to_lowercase();
            if last.is_none() || !GENERIC_HEADS.contains(&word.as_str()) || self.items[j].tokens.len() > 1 {
                last = Some(e);
            }
            j += 1;
        }
        (j, last)
    }

    fn is_name(&self, j: usize) -> bool {
        self.item(j)
            .is_some_and(|it| it.kind == ItemKind::ProperName || it.is(&[K::Person, K::Surname]))
    }
}

/// Every mention of one sentence, in order; updates `memory`.
pub fn sentence_mentions(ctx: &Context<'_>, memory: &mut Memory) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.items.len() {
        let found = country_agent(ctx, i, memory)
            .or_else(|| affiliation(ctx, i, memory))
            .or_else(|| agent_place(ctx, i, memory))
            .or_else(|| title_name(ctx, i, memory))
            .or_else(|| apposition(ctx, i, memory))
            .or_else(|| the_two(ctx, i, memory))
            .or_else(|| the_agent(ctx, i, memory))
            .or_else(|| standalone(ctx, i, memory))
            .or_else(|| surname(ctx, i, memory))
            .or_else(|| bare_agent(ctx, i, memory))
            .or_else(|| pronoun(ctx, i, memory))
            .or_else(|| it_pronoun(ctx, i, memory))
            .or_else(|| place_name(ctx, i, memory));
        match found {
            Some((mentions, next)) => {
                for m in &mentions {
                    if let (Some(country), false) = (
                        ctx.resolver.split_code(&m.code).0,
                        m.by.rule == Rule::AgentInSetting,
                    ) {
                        memory.tally(&country);
                    }
                }
                for m in mentions.iter().filter(|m| !m.place) {
                    memory.actor(&m.name, &m.code);
                    if is_subject(ctx, &m.tokens) {
                        if memory.people.iter().any(|p| p.name == m.name) {
                            memory.mark_subject(&m.name);
                        } else {
                            memory.subjects.push((m.name.clone(), m.code.clone()));
                        }
                    }
                }
                out.extend(mentions);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

type RuleResult = Option<(Vec<Found>, usize)>;

/// True when a token of the mention is a clause subject whose head lies
/// outside the mention.
fn is_subject(ctx: &Context<'_>, tokens: &std::ops::Range<usize>) -> bool {
    let Some(deps) = ctx.deps else { return false };
    tokens.clone().any(|t| {
        let (rel, head) = deps[t];
        rel.is(Deprel::Nsubj) && head.is_none_or(|h| !tokens.contains(&(h as usize)))
    })
}

fn one(found: Found, next: usize) -> RuleResult {
    Some((vec![found], next))
}

/// One mention covering `tokens`, with the rule continuing at item `next`.
fn mention(
    tokens: std::ops::Range<usize>,
    code: String,
    name: String,
    by: Provenance,
    next: usize,
) -> RuleResult {
    one(
        Found {
            tokens,
            code,
            name,
            by,
            place: false,
        },
        next,
    )
}

/// The named person ending a titled phrase: known (their own code) or
/// unknown (the phrase's code). Returns (code, name, by, known).
fn named_person(
    ctx: &Context<'_>,
    j: usize,
    phrase_code: &str,
    phrase_by: Provenance,
    memory: &Memory,
) -> (String, String, Provenance) {
    let item = &ctx.items[j];
    if let Some(e) = item.entry(&[K::Person]) {
        let p = ctx.person(e);
        let (code, by) = ctx.person_code(p);
        return (code, p.name.clone(), by);
    }
    let name = ctx.text(j..j + 1);
    if let Some(known) = memory.by_surname(&name) {
        return (
            known.code.clone(),
            known.name.clone(),
            Provenance::rule(Rule::Surname),
        );
    }
    if let Some(p) = only_holder(ctx, item) {
        let (code, by) = ctx.person_code(p);
        return (
            code,
            p.name.clone(),
            Provenance::with(Rule::OnlyHolder, by.detail),
        );
    }
    (phrase_code.to_owned(), name, phrase_by)
}

/// The only person with this surname who holds a role on the date.
fn only_holder<'a>(ctx: &Context<'a>, item: &Item) -> Option<&'a Person> {
    let ItemKind::Name(entries) = &item.kind else {
        return None;
    };
    let date = ctx.date?;
    let mut holders = entries
        .iter()
        .filter(|e| e.kind == K::Surname)
        .map(|e| &ctx.resolver.dicts.people[e.index as usize])
        .filter(|p| p.role_on(date).is_some());
    let person = holders.next()?;
    holders.next().is_none().then_some(person)
}

/// True when the item is a place after `in` or `at` (`in Geneva,
/// Switzerland`): a location, not an actor.
fn is_location(ctx: &Context<'_>, i: usize) -> bool {
    let before = |k: usize| k.checked_sub(1).map(|b| ctx.words[ctx.items[b].tokens.start]);
    let place_word = |w: Option<&str>| {
        matches!(
            w,
            Some("in" | "In" | "at" | "near" | "from" | "across" | "inside")
        )
    };
    if place_word(before(i)) {
        return true;
    }
    // `in Geneva, Switzerland`: a country after `place ,`.
    let place = |it: &Item| it.kind == ItemKind::ProperName || it.is(&[K::Capital, K::Metonym]);
    i >= 3
        && ctx.items[i - 1].kind == ItemKind::Comma
        && place(&ctx.items[i - 2])
        && place_word(before(i - 2))
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
        return country_alone(ctx, i, country_entry, &country, memory);
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

fn country_alone(
    ctx: &Context<'_>,
    i: usize,
    entry: Entry,
    country: &str,
    memory: &mut Memory,
) -> RuleResult {
    let d = &ctx.resolver.dicts.countries[entry.index as usize];
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
/// name takes the title's agent and the article's most recent country.
fn title_name(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    ctx.item(i)?.entry(AGENTS)?;
    let (after, agent) = ctx.agents_from(i);
    if !ctx.is_name(after) {
        return None;
    }
    let agent = ctx.agent_code(agent?).to_owned();
    let context_country = memory
        .actors
        .iter()
        .rev()
        .find_map(|(_, c)| ctx.resolver.split_code(c).0);
    let phrase_code = format!("{}{agent}", context_country.as_deref().unwrap_or(""));
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

/// `the two presidents`, `the two sides`: the last two people, or the
/// last two sides, named.
fn the_two(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::The || ctx.item(i + 1)?.kind != ItemKind::Two {
        return None;
    }
    let noun_item = ctx.item(i + 2)?;
    let noun = ctx.words[noun_item.tokens.start].to_ascii_lowercase();
    let tokens = ctx.tokens(i..i + 3);
    let by = Provenance::with(Rule::TheTwo, noun.to_string());
    let pair: Vec<(String, String)> = match noun.as_str() {
        "presidents" | "leaders" | "ministers" | "men" | "women" | "officials" | "diplomats" => {
            let [a, b] = memory.last_two_people()?;
            vec![(a.name.clone(), a.code.clone()), (b.name.clone(), b.code.clone())]
        }
        "sides" | "countries" | "nations" | "governments" | "states" | "delegations" => {
            let [a, b] = memory.last_two_sides()?;
            [a, b].iter().map(|(n, c)| side(ctx, n, c)).collect()
        }
        _ => return None,
    };
    let found = pair
        .into_iter()
        .map(|(name, code)| Found {
            place: false,
            tokens: tokens.clone(),
            code,
            name,
            by: by.clone(),
        })
        .collect();
    Some((found, i + 3))
}

/// A side of a pair: the country of an actor when it has one, else the
/// actor itself (an organisation).
fn side(ctx: &Context<'_>, name: &str, code: &str) -> (String, String) {
    match ctx.resolver.split_code(code).0 {
        Some(country) => {
            let name = ctx
                .resolver
                .dicts
                .countries
                .iter()
                .find(|c| c.code == country)
                .map_or(name, |c| c.name.as_str());
            (name.to_owned(), country)
        }
        None => (name.to_owned(), code.to_owned()),
    }
}

/// `the minister`, `the president`: the last person with that agent.
fn the_agent(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::The {
        return None;
    }
    let agent = ctx.item(i + 1)?.entry(&[K::Agent])?;
    if ctx
        .item(i + 2)
        .is_some_and(|it| it.is(AGENTS) || ctx.is_name(i + 2))
    {
        return None;
    }
    let known = memory.last_with_agent(ctx.agent_code(agent))?;
    let by = Provenance::with(Rule::Definite, ctx.text(i + 1..i + 2).to_lowercase());
    mention(
        ctx.tokens(i..i + 2),
        known.code.clone(),
        known.name.clone(),
        by,
        i + 2,
    )
}

fn standalone_found(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> Option<Found> {
    let entry = ctx.item(i)?.entry(STANDALONE)?;
    if entry.kind == K::Media && bracketed(ctx, i) {
        return None;
    }
    let place = matches!(entry.kind, K::Country | K::Capital | K::Region | K::Metonym) && is_location(ctx, i);
    let (code, name, by) = ctx.standalone(entry)?;
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
    if let Some(known) = memory.by_surname(&word) {
        let (name, code) = (known.name.clone(), known.code.clone());
        memory.person(&name, &code);
        return mention(
            ctx.tokens(i..i + 1),
            code,
            name,
            Provenance::rule(Rule::Surname),
            i + 1,
        );
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

/// `he`, `she`, `him`: the most recent person.
fn pronoun(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::Pronoun {
        return None;
    }
    let known = memory.last_person()?;
    mention(
        ctx.tokens(i..i + 1),
        known.code.clone(),
        known.name.clone(),
        Provenance::rule(Rule::Pronoun),
        i + 1,
    )
}

/// Verbs whose `it` is usually not a referent (`it seems`, `it would take`).
const EXPLETIVE_HEADS: &[&str] = &[
    "be", "seem", "appear", "take", "prove", "remain", "mean", "matter", "happen", "look", "sound", "make",
];

/// `it` as a clause subject: the most recent non-person subject (a
/// country or organisation). Needs the parse, to know it is a subject.
fn it_pronoun(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::It {
        return None;
    }
    let deps = ctx.deps?;
    let w = ctx.items[i].tokens.start;
    let (rel, head) = deps[w];
    let head_lemma = head.and_then(|h| ctx.lemmas.get(h as usize)).map(String::as_str);
    if !rel.is(Deprel::Nsubj) || head_lemma.is_none_or(|l| EXPLETIVE_HEADS.contains(&l)) {
        return None;
    }
    let (name, code) = memory.subjects.last()?.clone();
    mention(
        ctx.tokens(i..i + 1),
        code,
        name,
        Provenance::rule(Rule::It),
        i + 1,
    )
}

/// A plural agent with no country (`Insurgents attacked…`, `police
/// arrested protesters`): CAMEO codes it by its agent alone (`INS`, `COP`).
/// Singular agents (`a soldier`) and the bare word `people` are left out.
fn bare_agent(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    item.entry(&[K::Agent, K::AgentPlural])?;
    let words = ctx.text(i..i + 1);
    // `police`, `military` count alone only as nouns (not `military action`,
    // `a police station`), which needs the parse.
    let w = item.tokens.end - 1;
    let noun_head = ctx
        .deps
        .is_some_and(|d| !matches!(d[w].0, Deprel::Amod | Deprel::Compound | Deprel::NmodDesc));
    let lower = words.to_lowercase();
    let collective = noun_head
        && (lower.ends_with("police")
            || matches!(
                lower.as_str(),
                "military" | "army" | "militia" | "militias" | "law enforcement"
            ));
    let agent = if collective {
        item.entry(&[K::Agent, K::AgentPlural])?
    } else {
        item.entry(&[K::AgentPlural])?
    };
    // `Taliban fighters`, `Hamas gunmen`: the members of a named group are
    // that group, already resolved (or left to the event's fallback).
    let after_name = i > 0 && matches!(ctx.items[i - 1].kind, ItemKind::Name(_) | ItemKind::ProperName);
    if after_name {
        return None;
    }
    if lower == "sides" || EQUIPMENT.contains(&lower.as_str()) {
        return None;
    }
    let code = ctx.agent_code(agent).to_owned();
    if let Some((country, how)) = setting_country(ctx, memory, &lower, &code) {
        return mention(
            ctx.tokens(i..i + 1),
            format!("{country}{code}"),
            words,
            Provenance::with(Rule::AgentInSetting, how),
            i + 1,
        );
    }
    // Alone, these say nothing of whom they are.
    if matches!(lower.as_str(), "people" | "officials" | "leaders" | "authorities") {
        return None;
    }
    mention(
        ctx.tokens(i..i + 1),
        code,
        words,
        Provenance::rule(Rule::Agent),
        i + 1,
    )
}

/// Weapons and vehicles: a nationality makes them its military (`Israeli
/// bulldozers`); alone they are nobody's.
const EQUIPMENT: &[&str] = &[
    "tanks",
    "jets",
    "warplanes",
    "fighter jets",
    "bombers",
    "missiles",
    "rockets",
    "artillery",
    "bulldozers",
    "helicopters",
    "attack helicopters",
    "gunships",
    "warships",
    "gunboats",
    "drones",
    "armored vehicles",
    "armoured vehicles",
];

/// Agent nouns that are seldom of the country where the story is set:
/// diplomats and embassies are foreign, refugees and tourists come from
/// elsewhere, peacekeepers are sent.
const NOT_LOCAL: &[&str] = &[
    "embassy",
    "embassies",
    "diplomats",
    "envoys",
    "ambassadors",
    "consulates",
    "delegations",
    "delegation",
    "peacekeepers",
    "tourists",
    "foreigners",
    "hostages",
    "journalists",
    "reporters",
    "correspondents",
];

/// The country an agent noun with none of its own takes from the article:
/// the dateline's, else the country the article is about so far. With the
/// evidence for `resolved_by`.
fn setting_country(ctx: &Context<'_>, memory: &Memory, noun: &str, code: &str) -> Option<(String, String)> {
    if NOT_LOCAL.contains(&noun) || EQUIPMENT.contains(&noun) || code.starts_with("REF") {
        return None;
    }
    if let Some(country) = ctx.setting {
        return Some((country.to_owned(), format!("dateline {country}")));
    }
    let country = memory.dominant()?;
    Some((country.to_owned(), format!("article about {country}")))
}

/// The country a place item names when it stands before or after an agent
/// noun: a capital (`Nairobi`), a country (`Kenya`) or a city or region
/// the gazetteer knows (`Miami`, `Northern Ireland`). `countries`: whether
/// country names count (after `in`, not before the noun, where the
/// country+agent rule already reads them).
fn place_country(ctx: &Context<'_>, k: usize, memory: &Memory, countries: bool) -> Option<String> {
    let item = ctx.item(k)?;
    match &item.kind {
        ItemKind::Name(entries) => {
            if entries
                .iter()
                .any(|e| matches!(e.kind, K::Person | K::Organization | K::Media))
            {
                return None;
            }
            let e = entries
                .iter()
                .find(|e| e.kind == K::Capital || (countries && e.kind == K::Country))?;
            Some(ctx.country_code(*e).to_owned())
        }
        ItemKind::ProperName if item.tokens.len() <= 3 => {
            let name = ctx.text(k..k + 1);
            if NOT_PLACES.contains(&name.as_str()) {
                return None;
            }
            let mut prefer: Vec<&str> = memory.countries.iter().map(|(c, _)| c.as_str()).collect();
            prefer.extend(ctx.setting);
            let place = ctx.resolver.places().best(&name, &prefer)?;
            // A small town of a country the article never named is more
            // likely a word of a name (`Dade` of `Miami-Dade`).
            use dyad_dict::places::PlaceKind;
            let known = prefer.contains(&place.country.as_str())
                || matches!(place.kind, PlaceKind::Admin1 | PlaceKind::Region)
                || place.population >= 200_000;
            (place.kind != PlaceKind::Country && known).then(|| place.country.clone())
        }
        _ => None,
    }
}

/// `police in Kenya`, `the governments of Syria and Jordan`, `the people
/// of Kenya`, and a place before the noun:
/// `Miami relatives`, `Istanbul police`, `Miami Mayor X`. Each place
/// makes one mention of its country and the noun's sector, over the whole
/// phrase. Soldiers `in` a country are often foreign ones there, so
/// military nouns take only `of`; `from` is left out (`recalled its
/// ambassador from Libya`, `withdrew troops from Kuwait`).
fn agent_place(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    // A place before the agents.
    if let Some(country) = place_country(ctx, i, memory, false) {
        let (after, agent) = ctx.agents_from(i + 1);
        let agent = agent?;
        let noun = ctx.text(after - 1..after).to_lowercase();
        if EQUIPMENT.contains(&noun.as_str()) {
            return None;
        }
        // `Ulster Unionists`: capitalised, the noun is part of a group's name.
        let capitalised = ctx.words[ctx.items[i + 1].tokens.start].starts_with(char::is_uppercase);
        if capitalised && !ctx.is_name(after) {
            return None;
        }
        let phrase_code = format!("{country}{}", ctx.agent_code(agent));
        if ctx.is_name(after) {
            let (code, name, by) = named_person(
                ctx,
                after,
                &phrase_code,
                Provenance::with(Rule::TitleName, format!("place {country}")),
                memory,
            );
            memory.person(&name, &code);
            return mention(ctx.tokens(i..after + 1), code, name, by, after + 1);
        }
        let by = Provenance::with(Rule::AgentOfPlace, ctx.text(i..i + 1));
        return mention(ctx.tokens(i..after), phrase_code, ctx.text(i..after), by, after);
    }
    // The agents, then `in`, `of` or `from` and places.
    let j = if ctx.item(i)?.kind == ItemKind::The {
        i + 1
    } else {
        i
    };
    let (after, agent) = ctx.agents_from(j);
    let agent = agent?;
    let before_is_name = i > 0 && matches!(ctx.items[i - 1].kind, ItemKind::Name(_) | ItemKind::ProperName);
    if after == j || ctx.is_name(after) || before_is_name {
        return None;
    }
    let noun = ctx.text(after - 1..after).to_lowercase();
    let agent_code = ctx.agent_code(agent).to_owned();
    let link = ctx
        .item(after)
        .map(|it| ctx.words[it.tokens.start].to_lowercase())?;
    let military = agent_code.starts_with("MIL");
    match link.as_str() {
        "in" if !military && !NOT_LOCAL.contains(&noun.as_str()) => {}
        "of" => {}
        _ => return None,
    }
    let orgs = link == "of";
    let mut codes: Vec<String> = Vec::new();
    let mut end = after + 1;
    let mut k = after + 1;
    loop {
        if ctx.item(k).is_some_and(|it| it.kind == ItemKind::The) {
            k += 1;
        }
        let code = place_country(ctx, k, memory, true).or_else(|| {
            ctx.item(k)
                .and_then(|it| it.entry(&[K::Organization]))
                .filter(|_| orgs)
                .map(|e| ctx.resolver.dicts.organizations[e.index as usize].code.clone())
        });
        let Some(code) = code else { break };
        if !codes.contains(&code) {
            codes.push(code);
        }
        end = k + 1;
        let sep = ctx.item(k + 1).map(|it| ctx.words[it.tokens.start]);
        if matches!(sep, Some("," | "and")) {
            k += 2;
        } else {
            break;
        }
    }
    if codes.is_empty() {
        return None;
    }
    let tokens = ctx.tokens(j..end);
    let name = ctx.text(j..end);
    let by = Provenance::with(Rule::AgentOfPlace, format!("{link} {}", ctx.text(after + 1..end)));
    let found = codes
        .into_iter()
        .map(|country| Found {
            tokens: tokens.clone(),
            code: format!("{country}{agent_code}"),
            name: name.clone(),
            by: by.clone(),
            place: false,
        })
        .collect();
    Some((found, end))
}

/// Capitalised words news uses that a gazetteer also holds as towns.
const NOT_PLACES: &[&str] = &[
    "God", "Allah", "Christ", "Jesus", "Heaven", "Hell", "Mars", "Internet",
];

/// An unknown proper name that the gazetteer knows as a city or region
/// (`Kharkiv`, `Bucha`): a place, coded by its country, preferring the
/// countries the article has named. Only as an event target, never an actor.
fn place_name(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    if item.kind != ItemKind::ProperName || item.tokens.len() > 4 {
        return None;
    }
    let name = ctx.text(i..i + 1);
    if NOT_PLACES.contains(&name.as_str()) {
        return None;
    }
    let countries: Vec<String> = memory
        .actors
        .iter()
        .rev()
        .filter_map(|(_, c)| ctx.resolver.split_code(c).0)
        .collect();
    let prefer: Vec<&str> = countries.iter().map(String::as_str).collect();
    let place = ctx.resolver.places().best(&name, &prefer)?;
    if place.kind == dyad_dict::places::PlaceKind::Country {
        return None;
    }
    let found = Found {
        tokens: ctx.tokens(i..i + 1),
        code: place.country.clone(),
        name: place.name.clone(),
        by: Provenance::with(
            Rule::Gazetteer,
            format!("{} ({})", place.geonames_id, place.country),
        ),
        place: true,
    };
    Some((vec![found], i + 1))
}
