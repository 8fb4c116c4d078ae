//! Finding dictionary names in tokenized text.
//!
//! Every surface form of every dictionary entry is tokenized with dyad's
//! tokenizer and case-folded; the forms go into one Aho-Corasick automaton
//! over a key in which each token is wrapped as `\x01token\x02`. Keys of
//! the text are built the same way, so a match always starts and ends on
//! token boundaries, and leftmost-longest search gives the longest name
//! at each place. A match is then checked against the case of the form:
//! `Turkey` does not match `turkey`, and `US` does not match `us`.

use crate::model::Dictionaries;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use rustc_hash::FxHashMap as HashMap;

/// What a surface form names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A country's name (`Russia`).
    Country,
    /// A country's adjective or demonym (`Russian`).
    Demonym,
    /// A country's capital (`Moscow`), standing for its government.
    Capital,
    /// A metonym (`the Kremlin`).
    Metonym,
    /// An international organisation.
    Organization,
    /// A region.
    Region,
    /// A news organisation.
    Media,
    /// A singular agent noun (`foreign minister`).
    Agent,
    /// A plural agent noun (`troops`).
    AgentPlural,
    /// A person's full name or alias.
    Person,
    /// A person's surname alone: needs context to be trusted.
    Surname,
}

/// One dictionary entry a form names: its kind and its index in the
/// matching list of [`Dictionaries`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Entry {
    /// What it is.
    pub kind: EntryKind,
    /// Index into the list for its kind (countries, people, agents…).
    pub index: u32,
}

/// A surface form and every entry it names.
#[derive(Clone, Debug)]
struct Pattern {
    /// The form's tokens as written in the dictionary (for the case check).
    tokens: Vec<String>,
    entries: Vec<Entry>,
}

/// A dictionary name found in a sentence: tokens `start..end`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameMatch {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Every entry the form names.
    pub entries: Vec<Entry>,
}

impl NameMatch {
    /// True when token `j` lies inside the match.
    pub fn tokens_contain(&self, j: usize) -> bool {
        self.start <= j && j < self.end
    }
}

/// The automaton over every surface form of a set of dictionaries.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

/// Case-folds one token for keys: lower case, curly apostrophes straight.
fn fold(token: &str, out: &mut String) {
    for c in token.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => match unaccented(c) {
                Some(base) => out.push(base),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
}

/// The ASCII letter a Latin letter with a diacritic is written as in
/// English news (`š` → `s`: `Milosevic` for `Milošević`), lower case.
fn unaccented(c: char) -> Option<char> {
    const FROM: &str =
        "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžß";
    const TO: &str =
        "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzs";
    let lower = c.to_lowercase().next()?;
    FROM.chars()
        .position(|f| f == lower)
        .and_then(|i| TO.chars().nth(i))
}

fn key_of(tokens: &[&str]) -> String {
    let mut key = String::new();
    for t in tokens {
        key.push('\x01');
        fold(t, &mut key);
        key.push('\x02');
    }
    key
}

/// True when text token `t` may stand for dictionary token `p`.
fn case_fits(p: &str, t: &str) -> bool {
    let letters = p.chars().filter(|c| c.is_alphabetic()).count();
    if !p.chars().any(char::is_uppercase) {
        return true;
    }
    // Name particles are written either way (`De Klerk`, `de Klerk`), and
    // so are the compass words of regions (`east Africa`, `southern
    // Africa`); the name's other words still need their capitals.
    const PARTICLES: &[&str] = &[
        "de", "da", "di", "du", "del", "der", "den", "van", "von", "le", "la", "al", "el", "bin", "ben",
        "east", "eastern", "west", "western", "north", "northern", "south", "southern", "central",
    ];
    if PARTICLES.contains(&t) && p.eq_ignore_ascii_case(t) {
        return true;
    }
    let t_upper_start = t.chars().next().is_some_and(char::is_uppercase);
    let acronym = letters >= 2 && p.chars().all(|c| !c.is_lowercase());
    if acronym {
        let t_all_caps = t.chars().all(|c| !c.is_lowercase());
        return t_all_caps || (letters >= 4 && t_upper_start);
    }
    t_upper_start
}

#[derive(Default)]
struct Builder {
    keys: HashMap<String, u32>,
    patterns: Vec<Pattern>,
}

impl Builder {
    fn add(&mut self, form: &str, entry: Entry) {
        let form = form
            .strip_prefix("the ")
            .or_else(|| form.strip_prefix("The "))
            .unwrap_or(form);
        let tokens: Vec<&str> = dyad_text::tokenize_str(form)
            .iter()
            .map(|t| t.span.slice(form))
            .collect();
        if tokens.is_empty() {
            return;
        }
        let key = key_of(&tokens);
        let id = *self.keys.entry(key).or_insert_with(|| {
            self.patterns.push(Pattern {
                tokens: tokens.iter().map(|t| t.to_string()).collect(),
                entries: Vec::new(),
            });
            (self.patterns.len() - 1) as u32
        });
        let entries = &mut self.patterns[id as usize].entries;
        if !entries.contains(&entry) {
            entries.push(entry);
        }
    }

    fn add_all<'a>(&mut self, forms: impl IntoIterator<Item = &'a String>, kind: EntryKind, index: usize) {
        for form in forms {
            self.add(
                form,
                Entry {
                    kind,
                    index: index as u32,
                },
            );
        }
    }
}

impl Gazetteer {
    /// Builds the automaton over every form of `dicts`.
    pub fn new(dicts: &Dictionaries) -> Gazetteer {
        let mut b = Builder::default();
        for (i, c) in dicts.countries.iter().enumerate() {
            b.add_all(std::iter::once(&c.name).chain(&c.aliases), EntryKind::Country, i);
            b.add_all(&c.demonyms, EntryKind::Demonym, i);
            b.add_all(&c.capitals, EntryKind::Capital, i);
        }
        for (i, m) in dicts.metonyms.iter().enumerate() {
            b.add_all(&m.forms, EntryKind::Metonym, i);
        }
        for (list, kind) in [
            (&dicts.organizations, EntryKind::Organization),
            (&dicts.regions, EntryKind::Region),
            (&dicts.media, EntryKind::Media),
        ] {
            for (i, n) in list.iter().enumerate() {
                b.add_all(std::iter::once(&n.name).chain(&n.aliases), kind, i);
            }
        }
        for (i, a) in dicts.agents.iter().enumerate() {
            b.add_all(&a.nouns, EntryKind::Agent, i);
            b.add_all(&a.plurals, EntryKind::AgentPlural, i);
        }
        for (i, p) in dicts.people.iter().enumerate() {
            b.add_all(std::iter::once(&p.name).chain(&p.aliases), EntryKind::Person, i);
            let surname = p.surname();
            if surname.chars().count() >= 3 && surname != p.name {
                b.add(
                    surname,
                    Entry {
                        kind: EntryKind::Surname,
                        index: i as u32,
                    },
                );
            }
        }
        let mut keys: Vec<(&String, &u32)> = b.keys.iter().collect();
        keys.sort_by_key(|(_, id)| **id);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys.iter().map(|(k, _)| k.as_bytes()))
            .expect("dictionary automaton builds");
        Gazetteer {
            automaton,
            patterns: b.patterns,
        }
    }

    /// Number of distinct surface forms.
    pub fn form_count(&self) -> usize {
        self.patterns.len()
    }

    /// Finds the longest dictionary names in a sentence's tokens, left to
    /// right, without overlap. `scratch` is reused between calls.
    pub fn find(&self, tokens: &[&str], scratch: &mut MatchScratch) -> Vec<NameMatch> {
        scratch.key.clear();
        scratch.starts.clear();
        for t in tokens {
            scratch.starts.push(scratch.key.len());
            scratch.key.push('\x01');
            fold(t, &mut scratch.key);
            scratch.key.push('\x02');
        }
        let mut out = Vec::new();
        for m in self.automaton.find_iter(scratch.key.as_bytes()) {
            let Ok(start) = scratch.starts.binary_search(&m.start()) else {
                continue;
            };
            let pattern = &self.patterns[m.pattern().as_usize()];
            let end = start + pattern.tokens.len();
            let fits = pattern
                .tokens
                .iter()
                .zip(&tokens[start..end])
                .all(|(p, t)| case_fits(p, t));
            if fits {
                out.push(NameMatch {
                    start,
                    end,
                    entries: pattern.entries.clone(),
                });
            }
        }
        out
    }
}

/// Buffers reused across [`Gazetteer::find`] calls.
#[derive(Debug, Default)]
pub struct MatchScratch {
    key: String,
    starts: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        assert!(case_fits("Turkey", "Turkey"));
        assert!(!case_fits("Turkey", "turkey"));
        assert!(case_fits("troops", "Troops"));
        assert!(case_fits("US", "US") && !case_fits("US", "us") && !case_fits("US", "Us"));
        assert!(case_fits("NATO", "Nato") && !case_fits("WHO", "Who"));
        assert!(case_fits("U.S.", "U.S."));
        assert!(case_fits("De", "de") && case_fits("Van", "van") && !case_fits("Dee", "dee"));
    }

    #[test]
    fn diacritics_fold_to_the_letters_news_writes() {
        let folded = |t: &str| {
            let mut out = String::new();
            fold(t, &mut out);
            out
        };
        assert_eq!(folded("Milošević"), "milosevic");
        assert_eq!(folded("Wałęsa"), "walesa");
        assert_eq!(folded("Erdoğan"), "erdogan");
        assert_eq!(folded("Çiller"), "ciller");
        assert_eq!(folded("Ørsted"), "orsted");
        assert_eq!(folded("Straße"), "strase");
        assert_eq!(folded("Путин"), "путин");
    }
}
