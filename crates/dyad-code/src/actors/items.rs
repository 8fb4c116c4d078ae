//! Sorting a sentence's tokens into items: dictionary names, unknown
//! proper names, possessive markers, pronouns and articles.

use dyad_core::Upos;
use dyad_dict::places::{PlaceIndex, PlaceKind};
use dyad_dict::{Entry, EntryKind, Gazetteer, MatchScratch, NameMatch};
use std::ops::Range;

/// One item of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// A dictionary name with every entry it may be.
    Name(Vec<Entry>),
    /// Capitalised words the dictionaries do not know (`Jan Kowalski`).
    ProperName,
    /// The possessive `'s`.
    Possessive,
    /// `he`, `she`, `him`.
    Pronoun,
    /// `it` as the subject of a clause.
    It,
    /// `they`, `them`, `their`.
    They,
    /// `the`.
    The,
    /// A small count: `two` in `the two sides` (2), `both` (2), `three`.
    Count(u8),
    /// `Mr.`, `Mrs.`, `Ms.`, `Dr.` before a name.
    Honorific,
    /// A comma.
    Comma,
    /// Anything else.
    Other,
}

/// An item and the sentence-relative tokens it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// What it is.
    pub kind: ItemKind,
    /// Sentence-relative token range.
    pub tokens: Range<usize>,
}

impl Item {
    /// The entry of `kind` this item names, if any.
    pub fn entry(&self, kinds: &[EntryKind]) -> Option<Entry> {
        match &self.kind {
            ItemKind::Name(entries) => kinds
                .iter()
                .find_map(|k| entries.iter().find(|e| e.kind == *k).copied()),
            _ => None,
        }
    }

    /// True when the item names an entry of one of `kinds`.
    pub fn is(&self, kinds: &[EntryKind]) -> bool {
        self.entry(kinds).is_some()
    }
}

/// Titles of courtesy that stand before a surname.
const HONORIFICS: &[&str] = &["Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Messrs."];

/// True when a token starts with a capital letter.
fn capitalised(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

/// True when a country's name ends the name of a province or region of
/// some country, with the capitalised word before it (`New Mexico`, `Northern
/// Ireland`, `New South Wales`; the tagger may call `Northern` an
/// adjective): the whole is an unknown proper name for the gazetteer to
/// place, not the country.
fn inside_subnational(words: &[&str], m: &NameMatch, places: &PlaceIndex) -> bool {
    let country = m
        .entries
        .iter()
        .any(|e| matches!(e.kind, EntryKind::Country | EntryKind::Capital));
    let Some(before) = m
        .start
        .checked_sub(1)
        .filter(|&j| country && capitalised(words[j]))
    else {
        return false;
    };
    let whole = words[before..m.end].join(" ");
    places
        .lookup(&whole)
        .iter()
        .any(|&id| matches!(places.get(id).kind, PlaceKind::Admin1 | PlaceKind::Region))
}

/// The starts of nationality words that only say where a group's people
/// came from: the first of two joined by a hyphen when the pair names
/// people (`Cuban-Americans`, `Cuban-American leaders`, `the
/// Cuban-American community`), who are of the second country. A pair
/// before any other noun is a relation of both (`U.S.-Russian talks`).
fn ethnic_origins(words: &[&str], names: &[NameMatch]) -> Vec<usize> {
    let demonym = |m: &NameMatch| m.entries.iter().any(|e| e.kind == EntryKind::Demonym);
    let people = |m: &NameMatch| {
        let plural = words[m.end - 1].ends_with('s');
        let next = names.iter().find(|n| n.start == m.end);
        let agent = next.is_some_and(|n| {
            n.entries
                .iter()
                .any(|e| matches!(e.kind, EntryKind::Agent | EntryKind::AgentPlural))
        });
        let group = words.get(m.end).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "community" | "communities" | "exile" | "exiles"
            )
        });
        plural || agent || group
    };
    names
        .windows(2)
        .filter(|pair| {
            let (a, b) = (&pair[0], &pair[1]);
            words.get(a.end) == Some(&"-") && b.start == a.end + 1 && demonym(a) && demonym(b) && people(b)
        })
        .map(|pair| pair[0].start)
        .collect()
}

/// Splits a sentence into items. `upos` (parallel to `words`) marks proper
/// nouns when the sentence was parsed; otherwise capitalisation does.
pub fn items(
    words: &[&str],
    upos: Option<&[Upos]>,
    gazetteer: &Gazetteer,
    places: &PlaceIndex,
    scratch: &mut MatchScratch,
) -> Vec<Item> {
    let proper = |j: usize| {
        !HONORIFICS.contains(&words[j])
            && match upos {
                Some(tags) => tags[j] == Upos::Propn && capitalised(words[j]),
                None => capitalised(words[j]) && (j > 0 || words.get(1).is_some_and(|w| capitalised(w))),
            }
    };
    let mut names = gazetteer.find(words, scratch);
    // A surname-only match next to another capitalised word is part of an
    // unknown full name (`George` in `George Stephanopoulos`).
    // Two such surnames side by side are one unknown name too (`Lazaro
    // Gonzalez`): only a match that is more than a surname takes a word.
    let surname_only =
        |m: &dyad_dict::NameMatch| m.entries.iter().all(|e| e.kind == dyad_dict::EntryKind::Surname);
    let taken = |names: &[dyad_dict::NameMatch], j: usize| {
        names.iter().any(|m| m.tokens_contain(j) && !surname_only(m))
    };
    let snapshot = names.clone();
    names.retain(|m| {
        let only_a_surname = surname_only(m);
        // Through a hyphen too (`Osei-Tutu`).
        let skip = |j: usize, step: isize| match words.get(j) {
            Some(&"-") => j.checked_add_signed(step),
            _ => Some(j),
        };
        let before = m.start.checked_sub(1).and_then(|j| skip(j, -1));
        let before = before.is_some_and(|j| proper(j) && !taken(&snapshot, j));
        let after = skip(m.end, 1).filter(|&j| j < words.len());
        let after = after.is_some_and(|j| proper(j) && !taken(&snapshot, j));
        !(only_a_surname && (before || after))
    });
    let subnational: Vec<Range<usize>> = names
        .iter()
        .filter(|m| {
            inside_subnational(words, m, places) && !names.iter().any(|n| n.tokens_contain(m.start - 1))
        })
        .map(|m| m.start - 1..m.end)
        .collect();
    names.retain(|m| !subnational.iter().any(|r| r.end == m.end));
    let origins = ethnic_origins(words, &names);
    let mut out = Vec::new();
    let mut next_name = names.iter().peekable();
    let mut i = 0;
    while i < words.len() {
        if let Some(r) = subnational.iter().find(|r| r.start == i) {
            out.push(Item {
                kind: ItemKind::ProperName,
                tokens: r.clone(),
            });
            i = r.end;
            continue;
        }
        if let Some(m) = next_name.peek().filter(|m| m.start == i) {
            let kind = if origins.contains(&m.start) {
                ItemKind::Other
            } else {
                ItemKind::Name(m.entries.clone())
            };
            out.push(Item {
                kind,
                tokens: m.start..m.end,
            });
            i = m.end;
            next_name.next();
            continue;
        }
        let limit = next_name.peek().map_or(words.len(), |m| m.start);
        if proper(i) {
            let mut j = i + 1;
            // A hyphen between two proper words joins them (`Osei-Tutu`).
            let hyphen = |j: usize| words[j] == "-" && j + 1 < limit && proper(j + 1);
            while j < limit && (proper(j) || hyphen(j)) {
                j += 1;
            }
            out.push(Item {
                kind: ItemKind::ProperName,
                tokens: i..j,
            });
            i = j;
            continue;
        }
        let kind = match words[i] {
            w if HONORIFICS.contains(&w) => ItemKind::Honorific,
            "'s" | "’s" | "'" | "’" => ItemKind::Possessive,
            "he" | "He" | "she" | "She" | "him" | "his" | "His" | "her" | "Her" => ItemKind::Pronoun,
            "it" | "It" | "its" | "Its" => ItemKind::It,
            "they" | "They" | "them" | "their" | "Their" => ItemKind::They,
            "the" | "The" => ItemKind::The,
            "two" | "both" | "Both" => ItemKind::Count(2),
            "three" => ItemKind::Count(3),
            "four" => ItemKind::Count(4),
            "five" => ItemKind::Count(5),
            "six" => ItemKind::Count(6),
            "," => ItemKind::Comma,
            _ => ItemKind::Other,
        };
        out.push(Item {
            kind,
            tokens: i..i + 1,
        });
        i += 1;
    }
    out
}
