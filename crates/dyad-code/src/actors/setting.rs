//! Agent nouns and places: the country an agent noun takes from a place
//! phrase or from the article's setting, and place names on their own.

use super::context::{mention, named_person, Context, RuleResult, AGENTS, SETTLEMENTS};
use super::found::Found;
use super::items::ItemKind;
use super::memory::Memory;
use dyad_core::{Deprel, Provenance, Rule};
use dyad_dict::EntryKind as K;

/// An agent noun with no country (`Insurgents attacked…`, `police
/// arrested a dissident`): CAMEO codes it by its agent alone (`INS`, `COP`).
/// An agent noun that modifies another noun (`a police station`) is left
/// to [`agent_modifier`]; without a parse only plural agents count.
pub(super) fn bare_agent(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    let any = item.entry(&[K::Agent, K::AgentPlural])?;
    let words = ctx.text(i..i + 1);
    let lower = words.to_lowercase();
    // `Taliban fighters`, `Hamas gunmen`: the members of a named group are
    // that group, already resolved (or left to the event's fallback).
    let after_name = i > 0 && matches!(ctx.items[i - 1].kind, ItemKind::Name(_) | ItemKind::ProperName);
    if after_name || lower == "sides" || EQUIPMENT.contains(&lower.as_str()) {
        return None;
    }
    let w = item.tokens.end - 1;
    let agent = match ctx.deps.map(|d| d[w]) {
        Some((Deprel::Amod | Deprel::Compound | Deprel::NmodDesc, Some(head))) => {
            return agent_modifier(ctx, i, any, head as usize);
        }
        Some((Deprel::Amod | Deprel::Compound | Deprel::NmodDesc, None)) => return None,
        Some(_) => any,
        None => item.entry(&[K::AgentPlural])?,
    };
    let code = ctx.agent_code(agent).to_owned();
    // `foreign troops`, `allied forces`: not of the setting.
    let before = item
        .tokens
        .start
        .checked_sub(1)
        .map(|w| ctx.words[w].to_lowercase());
    let first = lower.split(' ').next().unwrap_or_default();
    let foreign = FOREIGN.contains(&first) || before.is_some_and(|b| FOREIGN.contains(&b.as_str()));
    let country = modifying_nationality(ctx, i)
        .map(|(country, by)| (country, Provenance::with(Rule::CountryAgent, by)))
        .or_else(|| {
            setting_country(ctx, memory, &lower, &code)
                .filter(|_| !foreign)
                .map(|(country, how)| (country, Provenance::with(Rule::AgentInSetting, how)))
        });
    if let Some((country, by)) = country {
        return mention(ctx.tokens(i..i + 1), format!("{country}{code}"), words, by, i + 1);
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

/// The country of a nationality or country name a word or two before
/// agent item `i` that modifies it (`a Chinese telecom company`, `Iraq's
/// oil ministry`), and that name.
fn modifying_nationality(ctx: &Context<'_>, i: usize) -> Option<(String, String)> {
    let deps = ctx.deps?;
    let w = ctx.items[i].tokens.end - 1;
    (i.saturating_sub(3)..i).rev().find_map(|k| {
        let e = ctx.item(k)?.entry(&[K::Demonym, K::Country])?;
        let t = ctx.items[k].tokens.end - 1;
        let (rel, head) = deps[t];
        let modifies = matches!(rel, Deprel::Amod | Deprel::Compound | Deprel::NmodPoss);
        // The agent itself, or a compound of it (`Chinese` on `telecom`).
        let of_agent = head.is_some_and(|h| {
            let h = h as usize;
            h == w || deps[h] == (Deprel::Compound, Some(w as u32))
        });
        (modifies && of_agent).then(|| (ctx.country_code(e).to_owned(), ctx.text(k..k + 1)))
    })
}

/// An agent noun modifying noun `head` that is no agent itself (`rebel
/// positions`, `a police station`, `opposition headquarters`): whose
/// thing it is, with no country of its own. Events use it only as the
/// target of force or coercion when its head names no actor.
fn agent_modifier(ctx: &Context<'_>, i: usize, agent: dyad_dict::Entry, head: usize) -> RuleResult {
    let head_is_agent = ctx
        .items
        .iter()
        .any(|item| item.tokens.contains(&head) && item.is(super::context::AGENTS));
    if head_is_agent {
        return None;
    }
    mention(
        ctx.tokens(i..i + 1),
        ctx.agent_code(agent).to_owned(),
        ctx.text(i..i + 1),
        Provenance::rule(Rule::AgentModifier),
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
/// elsewhere, peacekeepers are sent, ministers and governments in the
/// plural meet from several countries, and who planted a bomb is not
/// known to be local.
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
    "foreign ministers",
    "defense ministers",
    "defence ministers",
    "governments",
    "heads of state",
    "charges d'affaires",
    "allies",
    "militaries",
    "armies",
    "terrorists",
    "terrorist groups",
    "perpetrators",
    "murderers",
    "bombers",
    "hijackers",
];

/// True for agent nouns ([`NOT_LOCAL`]) seldom of the country where the
/// story is set or of the side acting on them (`diplomats`, `terrorists`).
pub(crate) fn is_not_local(noun: &str) -> bool {
    NOT_LOCAL.contains(&noun)
}

/// Words before an agent noun that say it is not of the setting.
const FOREIGN: &[&str] = &[
    "foreign",
    "international",
    "multinational",
    "allied",
    "overseas",
    "visiting",
    "outside",
    "western",
    "arab",
];

/// The country an agent noun with none of its own takes from the article:
/// the place its sentence opens on (`In Havana, …`), else the dateline's,
/// else the one country its sentence named so far, else the country the
/// article is about so far, else, in a sentence naming nothing, the one
/// country the sentence before named. With the evidence for
/// `resolved_by`.
fn setting_country(ctx: &Context<'_>, memory: &Memory, noun: &str, code: &str) -> Option<(String, String)> {
    if NOT_LOCAL.contains(&noun) || EQUIPMENT.contains(&noun) || code.starts_with("REF") {
        return None;
    }
    if let Some(country) = &memory.scene {
        return Some((country.clone(), format!("scene {country}")));
    }
    if let Some(country) = ctx.setting {
        return Some((country.to_owned(), format!("dateline {country}")));
    }
    // `Nigerian police clashed in Lagos with demonstrators`: the one
    // country the sentence has named so far, but not for armed groups,
    // which often fight that very country (`a Turkish convoy came under
    // attack from rebels`).
    let armed = matches!(code.get(..3), Some("REB" | "UAF" | "INS"));
    let mut named = memory.sides[memory.sentence_start..]
        .iter()
        .filter(|s| s.len() == 3 && !s.starts_with("IGO") && !s.starts_with("NGO"));
    if let Some(first) = named.next().filter(|_| !armed) {
        if named.all(|s| s == first) {
            return Some((first.clone(), format!("sentence about {first}")));
        }
    }
    if let Some(country) = memory.dominant() {
        return Some((country.to_owned(), format!("article about {country}")));
    }
    // `Police killed six militants in Pakistan. The militants had
    // attacked a checkpoint`: in an article about no one country, a
    // sentence that names nothing goes on where the one before was.
    let nameless = ctx.items.iter().all(|it| match &it.kind {
        ItemKind::Name(entries) => entries.iter().all(|e| AGENTS.contains(&e.kind)),
        kind => *kind != ItemKind::ProperName,
    });
    let country = memory.previous_country().filter(|_| nameless)?;
    Some((country.to_owned(), format!("sentence before about {country}")))
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
            let place = ctx.resolver.places().likely(&name, &prefer)?;
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
pub(super) fn agent_place(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
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
        // `a delegation from Somalia`, not `its ambassador from Israel`
        // (who leaves it) or `tanks from Poland` (which are sent).
        "from" if !EQUIPMENT.contains(&noun.as_str()) && !owned(ctx, i) => {}
        _ => return None,
    }
    let orgs = link != "in";
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
        if code.is_none() && codes.is_empty() {
            if let Some((country, next)) = settlement_of(ctx, k) {
                codes.push(country);
                end = next;
                break;
            }
        }
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
    // The chairman or head of an organisation is the organisation
    // (`the chairman of the African Union`), its troops are its forces.
    let of_organisation = |code: &str| code.starts_with("IGO") || code.starts_with("NGO");
    let role_in_it = matches!(agent_code.get(..3), Some("BUS" | "GOV" | "ELI"));
    let found = codes
        .into_iter()
        .map(|country| Found {
            tokens: tokens.clone(),
            code: match of_organisation(&country) && role_in_it {
                true => country,
                false => format!("{country}{agent_code}"),
            },
            name: name.clone(),
            by: by.clone(),
            place: false,
        })
        .collect();
    Some((found, end))
}

/// True when a possessive pronoun (`its`, `their`) comes right before
/// item `i`.
fn owned(ctx: &Context<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| ctx.item(p))
        .map(|it| ctx.words[it.tokens.start].to_lowercase())
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "its" | "his" | "her" | "their" | "our" | "my" | "your"
            )
        })
}

/// `the Kenyan port (of Mombasa)` at item `k`: the demonym's country and
/// the item after the phrase.
fn settlement_of(ctx: &Context<'_>, k: usize) -> Option<(String, usize)> {
    let country = ctx.country_code(ctx.item(k)?.entry(&[K::Demonym])?).to_owned();
    let word = |n: usize| {
        ctx.item(n)
            .filter(|it| it.kind == ItemKind::Other)
            .map(|_| ctx.text(n..n + 1).to_lowercase())
    };
    let noun = (k + 1..k + 3).find(|&n| word(n).is_some_and(|w| SETTLEMENTS.contains(&w.as_str())))?;
    if noun == k + 2 && word(k + 1).is_none() {
        return None;
    }
    let of_name = word(noun + 1).as_deref() == Some("of") && ctx.is_name(noun + 2);
    Some((country, if of_name { noun + 3 } else { noun + 1 }))
}

/// Capitalised words news uses that a gazetteer also holds as towns.
const NOT_PLACES: &[&str] = &[
    "God", "Allah", "Christ", "Jesus", "Heaven", "Hell", "Mars", "Internet",
];

/// An unknown proper name that the gazetteer knows as a city or region
/// (`Kharkiv`, `Bucha`): a place, coded by its country, preferring the
/// countries the article has named. Only as an event target, never an actor.
pub(super) fn place_name(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    if item.kind != ItemKind::ProperName || item.tokens.len() > 4 {
        return None;
    }
    let name = ctx.text(i..i + 1);
    if NOT_PLACES.contains(&name.as_str()) || !ctx.is_name(i) {
        return None;
    }
    let countries: Vec<String> = memory
        .actors
        .iter()
        .rev()
        .filter_map(|(_, c)| ctx.resolver.split_code(c).0)
        .collect();
    let prefer: Vec<&str> = countries.iter().map(String::as_str).collect();
    let place = ctx.resolver.places().likely(&name, &prefer)?;
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
