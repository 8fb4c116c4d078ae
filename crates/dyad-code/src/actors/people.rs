//! People the dictionaries do not know. News names most people once in
//! full (`Margaret Okafor, 34, said`), then by surname (`Okafor`). A
//! capitalised run that starts with a given name, or is followed by an
//! age, is such a person: coded with the country its apposition names
//! (`Ana Morales, a Chilean lawyer`), else with the country of the article (ELI,
//! CVL and the like need more than a name, so no sector), or with a
//! nationality right before it (`Israeli Yigal Amir`). Later, the surname
//! alone is that person.

use super::context::{article_country, mention, Context, RuleResult};
use super::items::ItemKind;
use super::memory::Memory;
use dyad_core::{Deprel, Provenance, Rule};
use dyad_dict::EntryKind as K;

/// Last words that make a capitalised run a place or an organisation,
/// even after a given name (`George Washington University`).
const NOT_PERSON_HEADS: &[&str] = &[
    "Academy",
    "Act",
    "Agency",
    "Airlines",
    "Airport",
    "Airways",
    "Army",
    "Association",
    "Avenue",
    "Bank",
    "Base",
    "Bay",
    "Boulevard",
    "Bridge",
    "Brigade",
    "Brigades",
    "Building",
    "Camp",
    "Center",
    "Centre",
    "Church",
    "City",
    "Club",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Conference",
    "Corp",
    "Corp.",
    "Council",
    "County",
    "Court",
    "Cup",
    "Day",
    "Department",
    "District",
    "Dam",
    "Foundation",
    "Forces",
    "Front",
    "Fund",
    "Group",
    "Hall",
    "Highway",
    "Hospital",
    "Hotel",
    "House",
    "Inc",
    "Inc.",
    "Institute",
    "Island",
    "Islands",
    "Lake",
    "Law",
    "Library",
    "League",
    "Line",
    "Ltd",
    "Ltd.",
    "Memorial",
    "Ministry",
    "Mosque",
    "Mount",
    "Movement",
    "Museum",
    "Organization",
    "Palace",
    "Park",
    "Party",
    "Plan",
    "Plaza",
    "Port",
    "Prize",
    "Project",
    "Province",
    "Region",
    "River",
    "Road",
    "School",
    "Sea",
    "Service",
    "Society",
    "Square",
    "Stadium",
    "Station",
    "Street",
    "Strip",
    "Temple",
    "Tower",
    "Trust",
    "Tunnel",
    "Union",
    "University",
    "Valley",
    "Week",
];

/// The item after an unknown full name of a person that starts at item
/// `i`: two to four capitalised words with no place or organisation word
/// at the end, that start with a given name or are followed by an age
/// (`, 34,`). A known surname right after the unknown words ends the name
/// (`Jorge Mas Santos`).
pub(super) fn unknown_person_end(ctx: &Context<'_>, i: usize) -> Option<usize> {
    let item = ctx.item(i)?;
    if item.kind != ItemKind::ProperName {
        return None;
    }
    let mut end = i + 1;
    if ctx
        .item(end)
        .is_some_and(|it| it.is(&[K::Surname]) && it.tokens.len() == 1)
    {
        end += 1;
    }
    let tokens = ctx.tokens(i..end);
    let words: Vec<&str> = ctx.words[tokens.clone()]
        .iter()
        .copied()
        .filter(|w| *w != "-")
        .collect();
    if !(2..=4).contains(&words.len()) || !words.iter().all(|w| name_word(w)) {
        return None;
    }
    let last = words[words.len() - 1];
    if NOT_PERSON_HEADS.contains(&last) || last.ends_with('.') {
        return None;
    }
    // `Walter Reed Army Medical Center`: a name that goes on names a place
    // or body after someone.
    if ctx.words.get(tokens.end).is_some_and(|w| name_word(w)) {
        return None;
    }
    (ctx.resolver.given_names.contains(words[0]) || followed_by_age(ctx, tokens.end)).then_some(end)
}

/// `Okafor` in `Okafor, 34,`: a comma, a number below 120, a comma.
fn followed_by_age(ctx: &Context<'_>, w: usize) -> bool {
    match ctx.words.get(w..w + 3) {
        Some([",", n, ","]) => n.parse::<u8>().is_ok_and(|n| (1..120).contains(&n)),
        _ => false,
    }
}

/// A word of a name: capitalised, not all capitals (headline type), made
/// of letters with inner hyphens or apostrophes, or an initial (`J.`).
fn name_word(w: &str) -> bool {
    let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(|c: char| c.is_uppercase());
    let plain = w.starts_with(|c: char| c.is_uppercase())
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && w.chars().any(char::is_lowercase);
    initial || plain
}

/// An unknown full name: the article's country; or an unknown surname
/// alone that ends the full name of a person named before.
pub(super) fn unknown_person(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    let item = ctx.item(i)?;
    if item.kind != ItemKind::ProperName {
        return None;
    }
    if item.tokens.len() == 1 {
        return earlier_person(ctx, i, ctx.words[item.tokens.start], memory);
    }
    let end = unknown_person_end(ctx, i)?;
    let country = apposition_country(ctx, ctx.tokens(i..end)).or_else(|| article_country(ctx, memory))?;
    let name = ctx.text(i..end);
    memory.person(&name, &country);
    let by = Provenance::rule(Rule::UnknownPerson);
    mention(ctx.tokens(i..end), country, name, by, end)
}

/// The nationality an apposition on the name at `name` (tokens) gives
/// (`Ana Morales, a Chilean lawyer`): the first nationality among the
/// words the parser hangs under the apposition. Country names there are
/// as often a posting or a topic (`an expert on Iraq`) as a nationality.
fn apposition_country(ctx: &Context<'_>, name: std::ops::Range<usize>) -> Option<String> {
    let deps = ctx.deps?;
    let in_name = |h: Option<u32>| h.is_some_and(|h| name.contains(&(h as usize)));
    let appos = (name.end..ctx.words.len()).find(|&w| deps[w].0 == Deprel::Appos && in_name(deps[w].1))?;
    let under = |mut w: usize| {
        for _ in 0..6 {
            if w == appos {
                return true;
            }
            match deps[w].1 {
                Some(h) => w = h as usize,
                None => return false,
            }
        }
        false
    };
    ctx.items
        .iter()
        .filter(|it| under(it.tokens.start))
        .find_map(|it| it.entry(&[K::Demonym]))
        .map(|e| ctx.country_code(e).to_owned())
}

/// The word of item `i` as the surname of a person named earlier.
pub(super) fn earlier_person(ctx: &Context<'_>, i: usize, surname: &str, memory: &mut Memory) -> RuleResult {
    let known = memory.by_surname(surname)?;
    let (name, code) = (known.name.clone(), known.code.clone());
    memory.person(&name, &code);
    let by = Provenance::rule(Rule::Surname);
    mention(ctx.tokens(i..i + 1), code, name, by, i + 1)
}
