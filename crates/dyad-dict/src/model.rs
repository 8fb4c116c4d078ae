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

/// A place, institution or group that stands for an actor (`the
/// Kremlin`), possibly only for a period: one form may have several rows
/// with disjoint periods (`Taliban` → AFGREB, then AFGGOV, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metonym {
    /// Surface forms.
    pub forms: Vec<String>,
    /// The actor code it stands for.
    pub code: String,
    /// Free text.
    pub note: String,
    /// First day the forms stand for `code`; `None`: since always.
    pub from: Option<NaiveDate>,
    /// Last day; `None`: still (open end).
    pub to: Option<NaiveDate>,
    /// Where it was read.
    pub location: Location,
}

impl Metonym {
    /// True when the row has a `from` or a `to` date.
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    /// True when the row holds on `date`.
    pub fn holds_on(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.to.is_none_or(|to| date <= to)
    }

    /// Days from the row's period to `date` (0 when it holds).
    fn days_to(&self, date: NaiveDate) -> i64 {
        match (self.from, self.to) {
            (Some(from), _) if date < from => (from - date).num_days(),
            (_, Some(to)) if date > to => (date - to).num_days(),
            _ => 0,
        }
    }

    /// True when the two rows share a surface form (compared as the
    /// matcher does: case-folded, without a leading `the`).
    pub fn shares_form(&self, other: &Metonym) -> bool {
        self.forms
            .iter()
            .any(|a| other.forms.iter().any(|b| folded(a).eq(folded(b))))
    }
}

/// A form's characters as the matcher compares them: without a leading
/// `the`, lower case, curly apostrophes straight.
fn folded(form: &str) -> impl Iterator<Item = char> + '_ {
    let form = form.trim();
    let form = form
        .strip_prefix("the ")
        .or_else(|| form.strip_prefix("The "))
        .unwrap_or(form);
    form.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if matches!(c, '’' | '‘') { '\'' } else { c })
}

/// A metonym form as the matcher compares it (see [`Metonym::shares_form`]).
pub(crate) fn form_key(form: &str) -> String {
    folded(form).collect()
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

    /// True when the office heads a state or government (`President`,
    /// `Prime Minister`, `King`, `President of the Council of State`), not a
    /// chamber, court or bank (`President of the Senate`).
    pub fn is_leader(&self) -> bool {
        const LEADERS: &[&str] = &[
            "president",
            "acting president",
            "state president",
            "prime minister",
            "premier",
            "chancellor",
            "king",
            "queen",
            "emir",
            "sultan",
            "supreme leader",
        ];
        const BODIES: &[&str] = &[
            "senate",
            "assembly",
            "parliament",
            "court",
            "bank",
            "chamber",
            "congress",
            "legislat",
            "commission",
            "party",
            "duma",
            "council of the",
            "region",
            "province",
            "state of",
        ];
        let title = self.title.to_lowercase();
        let head = LEADERS.iter().any(|l| {
            title
                .strip_prefix(l)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '(']))
        });
        head && !BODIES.iter().any(|b| title.contains(b))
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

    /// The row of metonym `index`'s forms that holds on `date`, following
    /// [`Person::role_on`]: an undated row is the only row of its forms
    /// and always holds; among dated rows sharing a form, the one whose
    /// period contains `date`, else the one closest in time; with no date,
    /// the one that started last (the current one).
    ///
    /// ```
    /// let dicts = dyad_dict::builtin();
    /// let taliban = dicts.metonyms.iter().position(|m| m.forms.iter().any(|f| f == "Taliban")).unwrap();
    /// let on = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    /// assert_eq!(dicts.metonym_on(taliban, on("1998-01-01")).code, "AFGGOV");
    /// assert_eq!(dicts.metonym_on(taliban, on("2010-01-01")).code, "AFGREB");
    /// assert_eq!(dicts.metonym_on(taliban, None).code, "AFGGOV");
    /// ```
    pub fn metonym_on(&self, index: usize, date: Option<NaiveDate>) -> &Metonym {
        let row = &self.metonyms[index];
        if !row.is_dated() {
            return row;
        }
        let rows = self
            .metonyms
            .iter()
            .filter(|m| std::ptr::eq(*m, row) || m.shares_form(row));
        match date {
            Some(date) => rows.min_by_key(|m| m.days_to(date)),
            None => rows.max_by_key(|m| m.from),
        }
        .unwrap_or(row)
    }

    /// Number of person-roles.
    pub fn role_count(&self) -> usize {
        self.people.iter().map(|p| p.roles.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(title: &str) -> Role {
        Role {
            code: "CUBGOV".into(),
            from: NaiveDate::from_ymd_opt(1976, 12, 2).unwrap(),
            to: None,
            title: title.into(),
            location: Location::default(),
        }
    }

    #[test]
    fn leaders_head_a_state_or_government() {
        for title in [
            "President",
            "President of the Council of State",
            "Prime Minister",
            "King",
            "Acting President",
        ] {
            assert!(role(title).is_leader(), "{title}");
        }
        for title in [
            "Vice President",
            "President of the Senate",
            "President of the Legislative Assembly",
            "Minister of the Revolutionary Armed Forces",
            "Presidential adviser",
            "Kingmaker",
        ] {
            assert!(!role(title).is_leader(), "{title}");
        }
    }
}
