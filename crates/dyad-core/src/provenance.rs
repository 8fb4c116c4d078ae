//! How an actor mention's code was decided.

use std::fmt;

/// The rule that coded an actor mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A person's dated role on the date.
    Person,
    /// A person whose last role ended before the date: an elite (`ELI`).
    FormerRole,
    /// A person whose first role starts after the date.
    BeforeAnyRole,
    /// A country name.
    Country,
    /// A nationality adjective or demonym (`Russian`).
    Demonym,
    /// A capital standing for the government (`Moscow`).
    Capital,
    /// A place or building standing for an actor (`the Kremlin`).
    Metonym,
    /// An international organisation.
    Organization,
    /// A region or group of countries.
    Region,
    /// A news organisation.
    Media,
    /// A country (or demonym) with agent nouns (`Russian troops`).
    CountryAgent,
    /// A country and agent title before a name (`Russian Foreign Minister X`).
    TitleCountryAgentName,
    /// A title before a name, the country from context (`President X`).
    TitleName,
    /// An organisation before a person (`NATO Secretary General X`).
    Affiliation,
    /// A name with an apposition (`X, the defence minister`).
    Apposition,
    /// An agent noun with no country (`police`).
    Agent,
    /// An agent noun with a place phrase (`police in Kenya`, `the
    /// governments of Syria and Jordan`).
    AgentOfPlace,
    /// An agent noun with no country of its own, given the article's
    /// setting (the dateline's country, else the country the article is about).
    AgentInSetting,
    /// An agent noun modifying a noun that names no actor (`rebel
    /// positions`, `a police station`): whose thing it is. Events take it
    /// only as the target of force or coercion when the noun names no one.
    AgentModifier,
    /// A full name the dictionaries do not know (`Margaret Okafor`, a given
    /// name first): a person of the article's country.
    UnknownPerson,
    /// A surname the article used before for a full name.
    Surname,
    /// A surname only one person in the dictionaries bears on the date.
    OnlyHolder,
    /// A pronoun standing for an earlier actor.
    Pronoun,
    /// `it` standing for an earlier country or organisation.
    It,
    /// `the minister`, `the ministry`: a definite noun for an earlier actor.
    Definite,
    /// `the two sides`, `the two presidents`.
    TheTwo,
    /// `the three countries`, `both sides`: the last sides named.
    TheSet,
    /// `the alliance`, `the world body`, `the bloc`: the last organisation
    /// of that kind.
    TheOrganisation,
    /// `the kingdom`, `the republic`, `the island`: the last country.
    TheCountry,
    /// `Mr. Baker`, `Mrs. Thatcher`: a person by title and surname.
    Honorific,
    /// A place name from the gazetteer, coded by its country.
    Gazetteer,
    /// A first-person word inside a direct quote: its speaker.
    QuoteSpeaker,
}

impl Rule {
    /// The rule's name in output (`person`, `country+agent`).
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Person => "person",
            Rule::FormerRole => "person, former role",
            Rule::BeforeAnyRole => "person, before any role",
            Rule::Country => "country",
            Rule::Demonym => "demonym",
            Rule::Capital => "capital",
            Rule::Metonym => "metonym",
            Rule::Organization => "organization",
            Rule::Region => "region",
            Rule::Media => "media",
            Rule::CountryAgent => "country+agent",
            Rule::TitleCountryAgentName => "title:country+agent+name",
            Rule::TitleName => "title+name, country from context",
            Rule::Affiliation => "affiliation+name",
            Rule::Apposition => "apposition",
            Rule::Agent => "agent without country",
            Rule::AgentOfPlace => "agent+place",
            Rule::AgentInSetting => "agent, country of the setting",
            Rule::AgentModifier => "agent modifying a noun",
            Rule::UnknownPerson => "unknown name, country of the article",
            Rule::Surname => "coreference:surname",
            Rule::OnlyHolder => "surname, only holder on date",
            Rule::Pronoun => "coreference:pronoun",
            Rule::It => "coreference:it",
            Rule::Definite => "coreference:the",
            Rule::TheTwo => "coreference:the two",
            Rule::TheSet => "coreference:the set",
            Rule::TheOrganisation => "coreference:the organisation",
            Rule::TheCountry => "coreference:the country",
            Rule::Honorific => "coreference:honorific",
            Rule::Gazetteer => "gazetteer",
            Rule::QuoteSpeaker => "coreference:quote speaker",
        }
    }

    /// True for dictionary names that are also places to geocode
    /// (countries, capitals, metonyms such as `Kyiv` or `the Kremlin`).
    pub fn names_a_place(self) -> bool {
        matches!(self, Rule::Country | Rule::Capital | Rule::Metonym)
    }
}

/// How an actor's code was decided: the rule, and its evidence (a
/// dictionary `file:line`, the word a coreference went by, or the
/// provenance of the entry it rests on).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Provenance {
    /// The rule.
    pub rule: Rule,
    /// The evidence; may be empty.
    pub detail: String,
}

impl Provenance {
    /// A rule with no further evidence.
    pub fn rule(rule: Rule) -> Provenance {
        Provenance {
            rule,
            detail: String::new(),
        }
    }

    /// A rule with evidence.
    pub fn with(rule: Rule, detail: impl Into<String>) -> Provenance {
        Provenance {
            rule,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.rule.as_str())?;
        if !self.detail.is_empty() {
            let sep = if self.detail.contains(':') && !self.rule.as_str().contains(':') {
                ":"
            } else {
                " "
            };
            write!(f, "{sep}{}", self.detail)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_keeps_the_rule_and_its_evidence() {
        let p = Provenance::with(Rule::Person, "people/rus.tsv:35 (Foreign Minister)");
        assert_eq!(p.to_string(), "person:people/rus.tsv:35 (Foreign Minister)");
        assert_eq!(Provenance::rule(Rule::CountryAgent).to_string(), "country+agent");
        assert_eq!(
            Provenance::with(Rule::Definite, "minister").to_string(),
            "coreference:the minister"
        );
        assert!(Rule::Capital.names_a_place() && !Rule::Person.names_a_place());
    }
}
