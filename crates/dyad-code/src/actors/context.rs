//! What the rules read ([`Context`]) and the helpers they share: one
//! mention per rule result, named people, surnames held by one person,
//! places after `in`/`at`, clause subjects.

use super::found::Found;
use super::items::{Item, ItemKind};
use super::memory::Memory;
use super::resolver::ActorResolver;
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
    "patrol",
    "patrols",
];
pub(super) const AGENTS: &[K] = &[K::Agent, K::AgentPlural];

/// Nouns of settlements and areas a nationality adjective can place
/// (`the Kenyan port of Mombasa`, `a Syrian border town`) and a country's
/// possessive can name (`in Iraq's capital`).
pub(super) const SETTLEMENTS: &[&str] = &[
    "port",
    "city",
    "town",
    "village",
    "capital",
    "province",
    "region",
    "district",
    "state",
    "border",
    "coast",
    "island",
    "enclave",
    "territory",
    "countryside",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "airspace",
    "soil",
    "waters",
    "streets",
];

impl Context<'_> {
    /// The words of a sentence-relative token range, space-joined.
    pub(super) fn text_of(&self, tokens: &std::ops::Range<usize>) -> String {
        self.words[tokens.clone()].join(" ")
    }

    pub(super) fn text(&self, items: std::ops::Range<usize>) -> String {
        let (a, b) = (
            self.items[items.start].tokens.start,
            self.items[items.end - 1].tokens.end,
        );
        let mut text = String::new();
        for (k, word) in self.words[a..b].iter().enumerate() {
            let joined = *word == "-" || (k > 0 && self.words[a + k - 1] == "-");
            if k > 0 && *word != "'s" && *word != "," && !joined {
                text.push(' ');
            }
            text.push_str(word);
        }
        text
    }

    pub(super) fn item(&self, i: usize) -> Option<&Item> {
        self.items.get(i)
    }

    pub(super) fn tokens(&self, items: std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.items[items.start].tokens.start..self.items[items.end - 1].tokens.end
    }

    pub(super) fn country_code(&self, e: Entry) -> &str {
        &self.resolver.dicts.countries[e.index as usize].code
    }

    pub(super) fn agent_code(&self, e: Entry) -> &str {
        &self.resolver.dicts.agents[e.index as usize].code
    }

    pub(super) fn person(&self, e: Entry) -> &Person {
        &self.resolver.dicts.people[e.index as usize]
    }

    /// The person an item names: of several people sharing the name, the
    /// one holding a role on the date, else the one whose last role ended
    /// most recently before it, else the first.
    pub(super) fn person_entry(&self, item: &Item) -> Option<Entry> {
        let ItemKind::Name(entries) = &item.kind else {
            return None;
        };
        let people: Vec<Entry> = entries.iter().filter(|e| e.kind == K::Person).copied().collect();
        let Some(date) = self.date.filter(|_| people.len() > 1) else {
            return people.first().copied();
        };
        let holds = people.iter().find(|e| self.person(**e).role_on(date).is_some());
        let last = || {
            people
                .iter()
                .filter_map(|e| Some((*e, self.person(*e).last_role_before(date)?.to)))
                .max_by_key(|(_, to)| *to)
                .map(|(e, _)| e)
        };
        holds.copied().or_else(last).or(people.first().copied())
    }

    /// A person's code on the date: the role held, else the country's
    /// elite (`ELI`) after the last role ended, else the first role.
    pub(super) fn person_code(&self, p: &Person) -> (String, Provenance) {
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
    pub(super) fn standalone(&self, e: Entry) -> Option<(String, String, Provenance)> {
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
    pub(super) fn agents_from(&self, mut j: usize) -> (usize, Option<Entry>) {
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

    /// True when item `j` is a person's name, known or not; a weekday or
    /// month (`the Cypriot government Saturday`) is none.
    pub(super) fn is_name(&self, j: usize) -> bool {
        let calendar = |it: &Item| {
            let first = self.words[it.tokens.start];
            it.tokens.len() == 1
                && (dyad_text::dateline::weekday(first).is_some()
                    || (first.len() > 3 && dyad_text::dateline::month_number(first).is_some()))
        };
        self.item(j).is_some_and(|it| {
            (it.kind == ItemKind::ProperName && !calendar(it)) || it.is(&[K::Person, K::Surname])
        })
    }
}

pub(super) type RuleResult = Option<(Vec<Found>, usize)>;

/// True when a token of the mention is a clause subject whose head lies
/// outside the mention.
pub(super) fn is_subject(ctx: &Context<'_>, tokens: &std::ops::Range<usize>) -> bool {
    let Some(deps) = ctx.deps else { return false };
    tokens.clone().any(|t| {
        let (rel, head) = deps[t];
        rel.is(Deprel::Nsubj) && head.is_none_or(|h| !tokens.contains(&(h as usize)))
    })
}

pub(super) fn one(found: Found, next: usize) -> RuleResult {
    Some((vec![found], next))
}

/// One mention covering `tokens`, with the rule continuing at item `next`.
pub(super) fn mention(
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
pub(super) fn named_person(
    ctx: &Context<'_>,
    j: usize,
    phrase_code: &str,
    phrase_by: Provenance,
    memory: &Memory,
) -> (String, String, Provenance) {
    let item = &ctx.items[j];
    if let Some(e) = ctx.person_entry(item) {
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
    // The only holder of a role by that surname, if the title fits the
    // role (`Attorney Kendall` is not Interpol's Kendall).
    if let Some(p) = only_holder(ctx, item) {
        let (code, by) = ctx.person_code(p);
        let sector = ctx
            .resolver
            .split_code(phrase_code)
            .1
            .unwrap_or_else(|| phrase_code.to_owned());
        if code.ends_with(&sector) || code.starts_with(phrase_code) {
            return (
                code,
                p.name.clone(),
                Provenance::with(Rule::OnlyHolder, by.detail),
            );
        }
    }
    (phrase_code.to_owned(), name, phrase_by)
}

/// The country of the article so far: the dateline's, else the one it is
/// about (see [`Memory::dominant`]), else the only country named; with
/// several named and none leading, none.
pub(super) fn article_country(ctx: &Context<'_>, memory: &Memory) -> Option<String> {
    let only_country = || match memory.countries.as_slice() {
        [(c, _)] => Some(c.as_str()),
        _ => None,
    };
    ctx.setting
        .or(memory.dominant())
        .or_else(only_country)
        .map(str::to_owned)
}

/// The only person with this surname who holds a role on the date; with
/// no date, the only one whose role has not ended, else the only one.
pub(super) fn only_holder<'a>(ctx: &Context<'a>, item: &Item) -> Option<&'a Person> {
    let ItemKind::Name(entries) = &item.kind else {
        return None;
    };
    let only = |holds: &dyn Fn(&Person) -> bool| {
        let mut holders = entries
            .iter()
            .filter(|e| e.kind == K::Surname)
            .map(|e| &ctx.resolver.dicts.people[e.index as usize])
            .filter(|p| holds(p));
        let person = holders.next()?;
        holders.next().is_none().then_some(person)
    };
    // Of several holders, news calls the head of state or government by
    // the surname alone (`Castro` for Fidel, not his brother the minister).
    let leads = |p: &Person, date| p.roles.iter().any(|r| r.holds_on(date) && r.is_leader());
    match ctx.date {
        Some(date) => only(&|p| p.role_on(date).is_some()).or_else(|| only(&|p| leads(p, date))),
        None => only(&|p| p.roles.iter().any(|r| r.to.is_none())).or_else(|| only(&|_| true)),
    }
}

/// True when the item owns a noun that is no area (`from Iraq's invasion`,
/// not `in Iraq's capital`): the possessor acts.
fn possesses_act(ctx: &Context<'_>, i: usize) -> bool {
    let end = ctx.items[i].tokens.end;
    ctx.words.get(end) == Some(&"'s")
        && (end + 1..(end + 4).min(ctx.words.len()))
            .find(|&k| {
                ctx.lemmas
                    .get(k)
                    .is_some_and(|l| l.chars().all(char::is_alphabetic))
                    && !is_modifier(ctx, k)
            })
            .is_some_and(|k| !SETTLEMENTS.contains(&ctx.words[k].to_lowercase().as_str()))
}

/// True when word `k` modifies a later word (an adjective or compound).
fn is_modifier(ctx: &Context<'_>, k: usize) -> bool {
    ctx.deps.and_then(|d| d.get(k)).is_some_and(|(rel, head)| {
        matches!(rel, Deprel::Amod | Deprel::Compound | Deprel::Nummod)
            && head.is_some_and(|h| h as usize > k)
    })
}

/// True when the item is a place after `in` or `at` (`in Geneva,
/// Switzerland`): a location, not an actor.
pub(super) fn is_location(ctx: &Context<'_>, i: usize) -> bool {
    let before = |k: usize| k.checked_sub(1).map(|b| ctx.words[ctx.items[b].tokens.start]);
    let place_word = |w: Option<&str>| {
        matches!(
            w,
            Some("in" | "In" | "at" | "near" | "from" | "across" | "inside")
        )
    };
    if place_word(before(i)) {
        return !possesses_act(ctx, i);
    }
    // `in Geneva, Switzerland`: a country after `place ,`.
    let place = |it: &Item| it.kind == ItemKind::ProperName || it.is(&[K::Capital, K::Metonym]);
    i >= 3
        && ctx.items[i - 1].kind == ItemKind::Comma
        && place(&ctx.items[i - 2])
        && place_word(before(i - 2))
}
