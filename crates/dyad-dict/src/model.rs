//! The dictionary data model: what each file holds once loaded.

use chrono::NaiveDate;

/// Where a record was read: file and 1-based line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    /// File name (relative to the dictionary directory) or path.
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

/// A country or territory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// CAMEO country code (`RUS`).
    pub code: String,
    /// Usual English name (`Russia`).
    pub name: String,
    /// Other names (`Russian Federation`).
    pub aliases: Vec<String>,
    /// Adjectives and demonyms (`Russian`, `Russians`).
    pub demonyms: Vec<String>,
    /// Capital names (`Moscow`), metonyms for the government.
    pub capitals: Vec<String>,
    /// Where it was read.
    pub location: Location,
}

/// An organisation, region or media outlet: a code and its names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// CAMEO code (`IGOWSTNAT`, `EUR`, `USAMED`).
    pub code: String,
    /// Usual English name.
    pub name: String,
    /// Other names and acronyms.
    pub aliases: Vec<String>,
    /// Where it was read.
    pub location: Location,
}

/// A place or institution that stands for an actor (`the Kremlin`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metonym {
    /// Surface forms.
    pub forms: Vec<String>,
    /// The actor code it stands for.
    pub code: String,
    /// Free text.
    pub note: String,
    /// Where it was read.
    pub location: Location,
}

/// An agent (sector) and the nouns that name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agent {
    /// Agent code (`GOV`, `MIL`; may be compound such as `GOVMIL`).
    pub code: String,
    /// Singular nouns (`foreign minister`).
    pub nouns: Vec<String>,
    /// Plural nouns (`foreign ministers`, `troops`).
    pub plurals: Vec<String>,
    /// Where it was read.
    pub location: Location,
}

/// One dated role of a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// The CAMEO code while the role is held (`USAGOV`).
    pub code: String,
    /// First day.
    pub from: NaiveDate,
    /// Last day; `None` while the role is held.
    pub to: Option<NaiveDate>,
    /// The office (`Secretary of State`).
    pub title: String,
    /// Where it was read.
    pub location: Location,
}

impl Role {
    /// True when the role is held on `date`.
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}

/// A person and every role they held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Canonical full name (`Antony Blinken`).
    pub name: String,
    /// Other full forms.
    pub aliases: Vec<String>,
    /// Roles in the order read.
    pub roles: Vec<Role>,
}

impl Person {
    /// The role held on `date`; when several are, the one that started
    /// last (a president who is also party leader is coded by the newer).
    pub fn role_on(&self, date: NaiveDate) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| r.holds_on(date))
            .max_by_key(|r| r.from)
    }

    /// The most recent role that ended before `date`.
    pub fn last_role_before(&self, date: NaiveDate) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| r.to.is_some_and(|to| to < date))
            .max_by_key(|r| r.to)
    }

    /// The surname: the last word of the canonical name.
    pub fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

/// All actor dictionaries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Dictionaries {
    /// Countries and territories.
    pub countries: Vec<Country>,
    /// Metonyms.
    pub metonyms: Vec<Metonym>,
    /// International organisations.
    pub organizations: Vec<Named>,
    /// Regions and groups of countries.
    pub regions: Vec<Named>,
    /// Media outlets.
    pub media: Vec<Named>,
    /// Agents (sectors).
    pub agents: Vec<Agent>,
    /// People with dated roles.
    pub people: Vec<Person>,
}

impl Dictionaries {
    /// Adds everything in `other` (used to merge user dictionaries with the
    /// defaults). People with the same name are merged.
    pub fn merge(&mut self, other: Dictionaries) {
        self.countries.extend(other.countries);
        self.metonyms.extend(other.metonyms);
        self.organizations.extend(other.organizations);
        self.regions.extend(other.regions);
        self.media.extend(other.media);
        self.agents.extend(other.agents);
        for person in other.people {
            match self.people.iter_mut().find(|p| p.name == person.name) {
                Some(known) => {
                    known.roles.extend(person.roles);
                    for alias in person.aliases {
                        if !known.aliases.contains(&alias) {
                            known.aliases.push(alias);
                        }
                    }
                }
                None => self.people.push(person),
            }
        }
    }

    /// Number of person-roles.
    pub fn role_count(&self) -> usize {
        self.people.iter().map(|p| p.roles.len()).sum()
    }
}
