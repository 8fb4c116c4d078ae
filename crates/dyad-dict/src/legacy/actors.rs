//! TABARI / PETRARCH actor dictionaries → [`Person`]s.
//!
//! An entry is a primary phrase, optionally with code blocks on the same line, then any number
//! of `+synonym` lines and code-block lines (PETRARCH indents these with a tab; we accept any
//! indentation). An entry without codes that is followed by another primary phrase without
//! codes on its line shares the codes that come next, as in PETRARCH (which stores them under one
//! code list): each such entry becomes its own person with a copy of those roles.
//!
//! Unrestricted codes (`[ELI]`, PETRARCH's "default" code, used when no restricted code applies)
//! are listed before the restricted ones: they run from 1900-01-01 without end, so under
//! [`Person::role_on`]'s newest-start rule any restricted code that holds wins over them, even a
//! `[CODE <date]` one that also starts in 1900.

use crate::error::DictError;
use crate::model::{Location, Person, Role};

use super::codes::{bracket_blocks, parse_actor_block, UNRESTRICTED_START};
use super::lines::{content_lines, ContentLine};
use super::phrase::display_name;

/// See [`super::parse_legacy_actors`].
pub(crate) fn parse_actors(text: &str, file: &str) -> (Vec<Person>, Vec<DictError>) {
    let (lines, mut errors) = content_lines(text, file);
    let mut reader = ActorReader {
        file,
        people: Vec::new(),
        errors: Vec::new(),
        entry: None,
        waiting_for_codes: Vec::new(),
        skipping_bad_entry: false,
    };
    for line in &lines {
        reader.read(line);
    }
    reader.finish_entry();
    errors.append(&mut reader.errors);
    errors.sort_by_key(|error| error.line);
    (reader.people, errors)
}

/// The entry being read.
struct Entry {
    /// Where its primary phrase is.
    line: usize,
    name: String,
    aliases: Vec<String>,
    roles: Vec<Role>,
    /// Whether a code block was seen (even one that could not be parsed).
    saw_codes: bool,
}

impl Entry {
    fn add_alias(&mut self, alias: String) {
        if alias != self.name && !self.aliases.contains(&alias) {
            self.aliases.push(alias);
        }
    }
}

/// A line split into its phrase and the code-block text after it.
struct PhraseLine<'a> {
    phrase: &'a str,
    codes: Option<&'a str>,
}

fn split_phrase(text: &str) -> PhraseLine<'_> {
    match text.find('[') {
        Some(at) => PhraseLine {
            phrase: &text[..at],
            codes: Some(&text[at..]),
        },
        None => PhraseLine {
            phrase: text,
            codes: None,
        },
    }
}

struct ActorReader<'f> {
    file: &'f str,
    people: Vec<Person>,
    errors: Vec<DictError>,
    entry: Option<Entry>,
    /// Earlier entries without codes that take the codes of `entry`.
    waiting_for_codes: Vec<Entry>,
    /// The last primary phrase was unusable: its synonyms and codes are dropped quietly.
    skipping_bad_entry: bool,
}

impl ActorReader<'_> {
    fn read(&mut self, line: &ContentLine<'_>) {
        let text = line.text.trim();
        if let Some(synonym) = text.strip_prefix('+') {
            self.read_synonym(line.number, synonym);
        } else if text.starts_with('[') {
            self.read_code_line(line.number, text);
        } else {
            self.read_primary(line.number, text);
        }
    }

    fn error(&mut self, line: usize, reason: impl Into<String>) {
        self.errors.push(DictError::new(self.file, line, reason));
    }

    fn read_primary(&mut self, number: usize, text: &str) {
        let parts = split_phrase(text);
        let Some(name) = self.phrase_name(number, parts.phrase) else {
            self.finish_entry();
            self.skipping_bad_entry = true;
            return;
        };
        self.skipping_bad_entry = false;
        let shares_next_codes = parts.codes.is_none() && self.entry.as_ref().is_some_and(|e| !e.saw_codes);
        if shares_next_codes {
            self.waiting_for_codes.extend(self.entry.take());
        } else {
            self.finish_entry();
        }
        self.entry = Some(Entry {
            line: number,
            name,
            aliases: Vec::new(),
            roles: Vec::new(),
            saw_codes: false,
        });
        if let Some(codes) = parts.codes {
            self.read_codes(number, codes);
        }
    }

    fn read_synonym(&mut self, number: usize, text: &str) {
        if self.entry.is_none() {
            if self.skipping_bad_entry {
                return;
            }
            self.error(
                number,
                format!("synonym '+{}' has no entry before it", text.trim()),
            );
            return;
        }
        let parts = split_phrase(text);
        let Some(alias) = self.phrase_name(number, parts.phrase) else {
            return;
        };
        if let Some(entry) = self.entry.as_mut() {
            entry.add_alias(alias);
        }
        if let Some(codes) = parts.codes {
            self.read_codes(number, codes);
        }
    }

    fn read_code_line(&mut self, number: usize, text: &str) {
        if self.entry.is_none() {
            if self.skipping_bad_entry {
                return;
            }
            self.error(number, format!("code '{text}' has no entry before it"));
            return;
        }
        self.read_codes(number, text);
    }

    /// The display name of a phrase, or an error when it is empty or holds a bracket.
    fn phrase_name(&mut self, number: usize, phrase: &str) -> Option<String> {
        if let Some(bracket) = phrase.chars().find(|c| matches!(c, ']' | '{' | '}')) {
            self.error(number, format!("stray '{bracket}' in phrase '{}'", phrase.trim()));
            return None;
        }
        let name = display_name(phrase);
        if name.is_none() {
            self.error(number, "empty phrase");
        }
        name
    }

    /// Adds the roles of the code blocks in `text` to the current entry.
    fn read_codes(&mut self, number: usize, text: &str) {
        let Some(entry) = self.entry.as_mut() else {
            return;
        };
        entry.saw_codes = true;
        let blocks = match bracket_blocks(text) {
            Ok(blocks) => blocks,
            Err(reason) => return self.error(number, reason),
        };
        let mut failures = Vec::new();
        for inner in blocks {
            match parse_actor_block(inner) {
                Ok(block) => entry.roles.extend(block.codes.into_iter().map(|code| Role {
                    code,
                    from: block.span.from,
                    to: block.span.to,
                    title: String::new(),
                    location: Location {
                        file: self.file.to_owned(),
                        line: number,
                    },
                })),
                Err(reason) => failures.push(reason),
            }
        }
        for reason in failures {
            self.error(number, reason);
        }
    }

    /// Stores the current entry as a person; an entry without any code is an error.
    /// Entries waiting for the codes of the current one are stored with a copy of its roles.
    fn finish_entry(&mut self) {
        let waiting = std::mem::take(&mut self.waiting_for_codes);
        let Some(entry) = self.entry.take() else {
            return;
        };
        if !entry.saw_codes {
            for codeless in waiting.iter().chain([&entry]) {
                self.error(codeless.line, format!("entry '{}' has no code", codeless.name));
            }
            return;
        }
        if entry.roles.is_empty() {
            return; // its code blocks were reported as errors
        }
        let roles = defaults_first(entry.roles);
        for sharing in waiting {
            self.people.push(Person {
                name: sharing.name,
                aliases: sharing.aliases,
                roles: roles.clone(),
            });
        }
        self.people.push(Person {
            name: entry.name,
            aliases: entry.aliases,
            roles,
        });
    }
}

/// The roles with unrestricted (default) codes first, each group in the order read.
fn defaults_first(roles: Vec<Role>) -> Vec<Role> {
    let (mut ordered, restricted): (Vec<Role>, Vec<Role>) = roles
        .into_iter()
        .partition(|role| role.from == UNRESTRICTED_START && role.to.is_none());
    ordered.extend(restricted);
    ordered
}
