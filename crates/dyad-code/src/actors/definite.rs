//! Definite and set descriptions that name what the article named before:
//! `the two sides`, `the minister`.

use super::context::{is_location, is_subject, mention, only_holder, Context, RuleResult, AGENTS};
use super::found::Found;
use super::items::ItemKind;
use super::memory::Memory;
use dyad_core::{Provenance, Rule};
use dyad_dict::EntryKind as K;

/// Nouns for people: `the two presidents` are the last two people.
const PEOPLE_NOUNS: &[&str] = &[
    "presidents",
    "leaders",
    "ministers",
    "men",
    "women",
    "officials",
    "diplomats",
];
/// Nouns for countries: `the three countries` are the last countries.
const COUNTRY_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "governments",
    "states",
    "neighbours",
    "neighbors",
];
/// Nouns for any side, countries or organisations.
const SIDE_NOUNS: &[&str] = &["sides", "parties", "delegations"];

/// `the two presidents`, `the three countries`, `both sides`: the last two
/// people, or the sides of [`set_sides`]. `the three countries' foreign
/// ministers` are each country's agents.
pub(super) fn the_two(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let (n, at) = set_start(ctx, i)?;
    let noun = ctx.words[ctx.item(at)?.tokens.start].to_ascii_lowercase();
    if PEOPLE_NOUNS.contains(&noun.as_str()) && n == 2 {
        let [a, b] = memory.last_two_people()?;
        let by = Provenance::with(Rule::TheTwo, noun.to_string());
        let pair = vec![(a.name.clone(), a.code.clone()), (b.name.clone(), b.code.clone())];
        return set_found(ctx, i..at + 1, pair, by);
    }
    let (sides, mut end) = set_sides(ctx, i, memory)?;
    let mut pair: Vec<(String, String)> = sides.iter().map(|c| side(ctx, c, c)).collect();
    // `the two countries' foreign ministers`: each country's agents.
    if ctx.item(end).is_some_and(|it| it.kind == ItemKind::Possessive) {
        if let (after, Some(agent)) = ctx.agents_from(end + 1) {
            let sector = ctx.agent_code(agent);
            for (_, code) in &mut pair {
                if ctx.resolver.split_code(code).0.is_some() {
                    code.push_str(sector);
                }
            }
            end = after;
        }
    }
    set_found(ctx, i..end, pair, Provenance::with(Rule::TheSet, noun))
}

/// `the N` or `both` at item `i`: the count and the item of the noun.
fn set_start(ctx: &Context<'_>, i: usize) -> Option<(usize, usize)> {
    match (&ctx.item(i)?.kind, ctx.item(i + 1).map(|it| &it.kind)) {
        (ItemKind::The, Some(ItemKind::Count(n))) => Some((*n as usize, i + 2)),
        (ItemKind::Count(2), _) if ctx.words[ctx.items[i].tokens.start].eq_ignore_ascii_case("both") => {
            Some((2, i + 1))
        }
        _ => None,
    }
}

/// The sides `the three countries`, `both sides` at item `i` stand for,
/// and the item after the phrase. Countries (`countries`, `nations`, ...)
/// are the last list of that many countries the article named (`Poland,
/// Hungary and the Czech Republic`), else the last countries named; sides
/// may be organisations too. A set that is not a clause subject leaves
/// out the sides named earlier in its own sentence (`Japan sent aid to the
/// two countries`), if enough others came before.
fn set_sides(ctx: &Context<'_>, i: usize, memory: &Memory) -> Option<(Vec<String>, usize)> {
    let (n, at) = set_start(ctx, i)?;
    let noun = ctx.words[ctx.item(at)?.tokens.start].to_ascii_lowercase();
    let countries_only = COUNTRY_NOUNS.contains(&noun.as_str());
    if !countries_only && !SIDE_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    if let Some(group) = memory
        .groups
        .iter()
        .rev()
        .find(|g| g.countries.len() == n)
        .filter(|_| countries_only)
    {
        return Some((group.countries.clone(), at + 1));
    }
    let keep = |s: &str| !countries_only || !s.starts_with("IGO") && !s.starts_with("NGO");
    let subject = is_subject(ctx, &ctx.tokens(i..at + 1));
    Some((memory.last_sides(n, keep, subject)?, at + 1))
}

/// One mention per member of a set, all over the same words.
fn set_found(
    ctx: &Context<'_>,
    items: std::ops::Range<usize>,
    members: Vec<(String, String)>,
    by: Provenance,
) -> RuleResult {
    let tokens = ctx.tokens(items.clone());
    let found = members
        .into_iter()
        .map(|(name, code)| Found {
            place: false,
            tokens: tokens.clone(),
            code,
            name,
            by: by.clone(),
        })
        .collect();
    Some((found, items.end))
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

/// The titles a definite noun can stand for: `the monarch` is the last
/// king, queen, emir or sultan.
fn title_words(noun: &str) -> Vec<&str> {
    match noun {
        "monarch" | "ruler" => vec![noun, "king", "queen", "emir", "sultan"],
        _ => vec![noun],
    }
}

/// `the minister`, `the president`: the last person with that agent.
pub(super) fn the_agent(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
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
    let noun = ctx.text(i + 1..i + 2).to_lowercase();
    let code = ctx.agent_code(agent);
    let known = memory
        .last_titled(code, &title_words(&noun))
        .or_else(|| memory.last_with_agent(code))?;
    let by = Provenance::with(Rule::Definite, noun);
    mention(
        ctx.tokens(i..i + 2),
        known.code.clone(),
        known.name.clone(),
        by,
        i + 2,
    )
}

/// Words for an alliance among an organisation's names.
const ALLIANCE_WORDS: &[&str] = &["alliance", "treaty organization", "treaty organisation", " pact"];

/// True when the organisation of `code` and `name` is of the kind `noun`
/// names: `alliance` (its names say alliance, pact or treaty
/// organisation), `world body` (the UN) or `bloc` (any other).
fn org_is(ctx: &Context<'_>, noun: &str, code: &str, name: &str) -> bool {
    let org = ctx
        .resolver
        .dicts
        .organizations
        .iter()
        .find(|o| o.code == code && o.name == name);
    let alliance = org.is_some_and(|o| {
        std::iter::once(&o.name)
            .chain(&o.aliases)
            .any(|n| ALLIANCE_WORDS.iter().any(|w| n.to_lowercase().contains(w)))
    });
    match noun {
        "alliance" => alliance,
        "world body" => code.starts_with("IGOUNO"),
        "bloc" => org.is_some() && !alliance && !code.starts_with("IGOUNO"),
        _ => false,
    }
}

/// `the alliance`, `the world body`, `the bloc`: the organisation of that
/// kind named last.
pub(super) fn the_organisation(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::The {
        return None;
    }
    let next = |k: usize| {
        ctx.words
            .get(ctx.items.get(k)?.tokens.start)
            .map(|w| w.to_lowercase())
    };
    let (noun, end) = match (next(i + 1)?.as_str(), next(i + 2).as_deref()) {
        ("world", Some("body")) => ("world body", i + 3),
        ("alliance", _) => ("alliance", i + 2),
        ("bloc", _) => ("bloc", i + 2),
        _ => return None,
    };
    let (name, code) = memory
        .actors
        .iter()
        .rev()
        .find(|(name, code)| org_is(ctx, noun, code, name))?
        .clone();
    let by = Provenance::with(Rule::TheOrganisation, noun);
    mention(ctx.tokens(i..end), code, name, by, end)
}

/// Nouns for a country that stand for the one named last.
const COUNTRY_WORDS: &[&str] = &["kingdom", "republic", "island", "emirate", "sultanate"];

/// `the kingdom`, `the republic`, `the island`: the country named last;
/// `the kingdom's foreign minister` is its agent. Not before `of` (`the
/// island of Crete`). After `in` or `at` it is a place.
pub(super) fn the_country(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::The {
        return None;
    }
    let noun = ctx.words[ctx.item(i + 1)?.tokens.start];
    if !COUNTRY_WORDS.contains(&noun)
        || ctx
            .item(i + 2)
            .is_some_and(|it| ctx.words[it.tokens.start] == "of")
    {
        return None;
    }
    let country = memory
        .last_sides(1, |s| !s.starts_with("IGO") && !s.starts_with("NGO"), true)?
        .pop()?;
    let (name, mut code) = side(ctx, &country, &country);
    let mut end = i + 2;
    if ctx.item(end).is_some_and(|it| it.kind == ItemKind::Possessive) {
        if let (after, Some(agent)) = ctx.agents_from(end + 1) {
            code.push_str(ctx.agent_code(agent));
            end = after;
        }
    }
    let place = end == i + 2 && is_location(ctx, i);
    let found = Found {
        tokens: ctx.tokens(i..end),
        code,
        name,
        by: Provenance::with(Rule::TheCountry, noun),
        place,
    };
    Some((vec![found], end))
}

/// `Mr. Baker`, `Mrs. Thatcher`: the person of that surname the article
/// named, else the dictionary's person of that full name or the only
/// holder of a role with that surname on the date. Nobody else: an
/// unknown `Mr. Smith` is left alone.
pub(super) fn honorific(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::Honorific || !ctx.is_name(i + 1) {
        return None;
    }
    let item = &ctx.items[i + 1];
    let text = ctx.text(i + 1..i + 2);
    let surname = text.rsplit(' ').next().unwrap_or(&text);
    let by = Provenance::with(Rule::Honorific, ctx.words[ctx.items[i].tokens.start]);
    let (name, code) = if let Some(known) = memory.by_surname(surname) {
        (known.name.clone(), known.code.clone())
    } else if let Some(p) = ctx
        .person_entry(item)
        .map(|e| ctx.person(e))
        .or_else(|| only_holder(ctx, item))
    {
        (p.name.clone(), ctx.person_code(p).0)
    } else {
        return None;
    };
    memory.person(&name, &code);
    mention(ctx.tokens(i..i + 2), code, name, by, i + 2)
}
