//! Given names: the words that start a person's full name. They tell an
//! unknown full name (`Margaret Okafor`) from an unknown organisation or
//! place (`Grand Mosque`, `Tel Aviv`).

use crate::model::Dictionaries;
use std::collections::HashSet;

/// The built-in list (`data/given_names.txt`), one name per line.
const BUILTIN: &str = include_str!("../data/given_names.txt");

/// A set of given names.
#[derive(Clone, Debug, Default)]
pub struct GivenNames {
    names: HashSet<String>,
}

impl GivenNames {
    /// The built-in list and the first word of every full name in `dicts`
    /// whose first word is a plain capitalised word: not an initial, and
    /// not one of `not` (lowercased words known as something else).
    pub fn from_dictionaries(dicts: &Dictionaries, not: &HashSet<String>) -> GivenNames {
        let mut names: HashSet<String> = BUILTIN
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect();
        let full_names = dicts
            .people
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases));
        for name in full_names {
            let mut words = name.split_whitespace();
            let (Some(first), Some(_)) = (words.next(), words.next()) else {
                continue;
            };
            if is_plain_name(first) && !not.contains(&first.to_lowercase()) {
                names.insert(first.to_owned());
            }
        }
        GivenNames { names }
    }

    /// True when `word` is a given name.
    pub fn contains(&self, word: &str) -> bool {
        self.names.contains(word)
    }
}

/// A capitalised word of letters (and inner hyphens or apostrophes) of at
/// least two letters: `Jean-Pierre`, not `J.` or `al-`.
fn is_plain_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !word.ends_with('-')
        && word.chars().skip(1).any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_list_and_the_people_dictionaries_give_names() {
        let dicts = crate::builtin();
        let names = GivenNames::from_dictionaries(&dicts, &HashSet::new());
        for name in ["Margaret", "Yigal", "Sergei", "Antony"] {
            assert!(names.contains(name), "{name}");
        }
        for word in ["J.", "Monday", "Kyiv", "the"] {
            assert!(!names.contains(word), "{word}");
        }
    }

    #[test]
    fn words_to_keep_out_stay_out() {
        let dicts = crate::builtin();
        let not: HashSet<String> = ["sergei".to_owned()].into();
        let names = GivenNames::from_dictionaries(&dicts, &not);
        // `Sergei` comes only from the people dictionaries.
        assert!(!names.contains("Sergei"));
        assert!(names.contains("Antony"));
    }
}
