//! What the article has named so far, for coreference.

/// A person named earlier in the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remembered {
    /// Full name as resolved.
    pub name: String,
    /// CAMEO code as resolved.
    pub code: String,
    /// Whether the latest mention was the subject of its clause.
    pub subject: bool,
    /// The lowercased words and evidence of its mentions (`king abdullah
    /// people/jor.tsv:4 (king)`), for `the king` and the surname a
    /// mention used.
    pub titles: String,
    /// The lowercased words of its latest mention by name (`saddam`),
    /// which tell two people sharing a surname apart.
    pub last_words: String,
}

impl Remembered {
    /// True when one of its mentions (or their evidence) used `word`,
    /// lowercased.
    pub fn was_called(&self, word: &str) -> bool {
        self.titles
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == word)
    }

    /// True when its latest mention by name used `word`, lowercased.
    pub fn last_called(&self, word: &str) -> bool {
        self.last_words
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == word)
    }

    /// The last word of the name.
    pub fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

/// The article so far: people and every actor, most recent last.
#[derive(Clone, Debug, Default)]
pub struct Memory {
    /// People, most recent last.
    pub people: Vec<Remembered>,
    /// Every actor (name, code), most recent last.
    pub actors: Vec<(String, String)>,
    /// Actors other than people that were clause subjects (name, code).
    pub subjects: Vec<(String, String)>,
    /// How often each country was named so far (actors and places).
    pub countries: Vec<(String, usize)>,
    /// Every side named, most recent last: the country of an actor or a
    /// place, or an organisation's whole code.
    pub sides: Vec<String>,
    /// Where the current sentence starts in `sides`.
    pub sentence_start: usize,
    /// The countries of the actors named with a sector in the current
    /// sentence (`Pakistani security forces`, a minister by name).
    pub sector_countries: Vec<String>,
    /// Those of the sentence before.
    pub previous_sector_countries: Vec<String>,
    /// Where the sentence before started in `sides`.
    pub previous_start: usize,
    /// Countries named as one list (`Poland, Hungary and the Czech
    /// Republic`), most recent last: for `the three countries` and `they`.
    pub groups: Vec<Group>,
    /// The people named in the current sentence: their tokens and name.
    pub in_sentence: Vec<(std::ops::Range<usize>, String)>,
    /// The actors other than people named in the current sentence (their
    /// tokens, name and code), most recent last: for `its`.
    pub bodies_in_sentence: Vec<(std::ops::Range<usize>, String, String)>,
    /// The country of the place the current sentence opens with (`In
    /// Havana, …`): where its scene is.
    pub scene: Option<String>,
    /// Actors named by a plural noun (`protesters`, `Iraqi troops`), most
    /// recent last: for `they`.
    pub plurals: Vec<Plural>,
    /// How many sentences were started.
    pub sentence_no: usize,
}

/// Countries named as one list (`Poland, Hungary and the Czech Republic`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The countries, in order.
    pub countries: Vec<String>,
    /// The sentence (counted from 1) and its tokens there.
    pub sentence: usize,
    /// Sentence-relative tokens from the first country to the last.
    pub tokens: std::ops::Range<usize>,
    /// Whether a place name (`Geneva, Switzerland`) is in the list: then
    /// it is no set a pronoun can stand for.
    pub places: bool,
}

/// An actor named by a plural noun.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plural {
    /// Name as resolved.
    pub name: String,
    /// CAMEO code as resolved.
    pub code: String,
    /// The sentence (counted from 1) and its tokens there.
    pub sentence: usize,
    /// Sentence-relative tokens.
    pub tokens: std::ops::Range<usize>,
    /// Whether it was the subject of its clause.
    pub subject: bool,
}

impl Memory {
    /// Records a resolved person.
    pub fn person(&mut self, name: &str, code: &str) {
        let at = self.people.iter().position(|p| p.name == name);
        let (titles, last_words) = at
            .map(|k| self.people.remove(k))
            .map(|p| (p.titles, p.last_words))
            .unwrap_or_default();
        self.people.push(Remembered {
            name: name.to_owned(),
            code: code.to_owned(),
            subject: false,
            titles,
            last_words,
        });
    }

    /// Marks the person's latest mention as a clause subject.
    pub fn mark_subject(&mut self, name: &str) {
        if let Some(p) = self.people.iter_mut().rev().find(|p| p.name == name) {
            p.subject = true;
        }
    }

    /// Records any resolved actor.
    pub fn actor(&mut self, name: &str, code: &str) {
        self.actors.push((name.to_owned(), code.to_owned()));
    }

    /// Records a side (a country or an organisation) named in the text.
    pub fn side(&mut self, side: &str) {
        self.sides.push(side.to_owned());
    }

    /// Marks the start of a new sentence.
    pub fn new_sentence(&mut self) {
        self.previous_sector_countries = std::mem::take(&mut self.sector_countries);
        self.previous_start = self.sentence_start;
        self.sentence_start = self.sides.len();
        self.in_sentence.clear();
        self.bodies_in_sentence.clear();
        self.scene = None;
        self.sentence_no += 1;
    }

    /// The `n` most recent distinct sides (oldest first) that `keep`
    /// accepts. Unless `with_sentence`, sides named earlier in the current
    /// sentence are skipped when enough others were named before it.
    pub fn last_sides(
        &self,
        n: usize,
        keep: impl Fn(&str) -> bool,
        with_sentence: bool,
    ) -> Option<Vec<String>> {
        let pick = |skip_sentence: bool| {
            let here: Vec<&String> = self.sides[self.sentence_start..].iter().collect();
            let mut seen: Vec<String> = Vec::new();
            for s in self.sides.iter().rev() {
                let skipped = skip_sentence && here.contains(&s);
                if keep(s) && !skipped && !seen.contains(s) {
                    seen.push(s.clone());
                }
                if seen.len() == n {
                    seen.reverse();
                    return Some(seen);
                }
            }
            None
        };
        (!with_sentence)
            .then(|| pick(true))
            .flatten()
            .or_else(|| pick(false))
    }

    /// The one country whose actors the sentence before named with a
    /// sector, if it named no other country at all (as an actor or a
    /// place).
    pub fn previous_country(&self) -> Option<&str> {
        let [first] = self.previous_sector_countries.as_slice() else {
            return None;
        };
        let others = self.sides[self.previous_start..self.sentence_start]
            .iter()
            .filter(|s| s.len() == 3 && !s.starts_with("IGO") && !s.starts_with("NGO"))
            .any(|s| s != first);
        (!others).then_some(first.as_str())
    }

    /// Counts one more mention of `country`.
    pub fn tally(&mut self, country: &str) {
        match self.countries.iter_mut().find(|(c, _)| c == country) {
            Some((_, n)) => *n += 1,
            None => self.countries.push((country.to_owned(), 1)),
        }
    }

    /// The country the article is about so far: named at least three
    /// times and at least twice as often as any other.
    pub fn dominant(&self) -> Option<&str> {
        let mut counts: Vec<&(String, usize)> = self.countries.iter().collect();
        counts.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        let (top, n) = counts.first()?;
        let second = counts.get(1).map_or(0, |(_, m)| *m);
        (*n >= 3 && *n >= 2 * second).then_some(top.as_str())
    }

    /// The most recent plural actor of this sentence or the one before,
    /// other than those at `not` in this sentence; for a subject pronoun
    /// (`they`), a clause subject first.
    pub fn last_plural(&self, not: &[usize], subject: bool) -> Option<&Plural> {
        let mut recent = self.plurals.iter().rev().filter(|p| {
            p.sentence + 1 >= self.sentence_no
                && !(p.sentence == self.sentence_no && not.iter().any(|w| p.tokens.contains(w)))
        });
        if subject {
            if let Some(p) = recent.clone().find(|p| p.subject) {
                return Some(p);
            }
        }
        recent.next()
    }

    /// The most recent person with this surname, or whose mentions used
    /// it (`King Hussein`, whose full name ends otherwise).
    pub fn by_surname(&self, surname: &str) -> Option<&Remembered> {
        let lower = surname.to_lowercase();
        let mut people = self.people.iter().rev();
        // Of two people the word fits (`Saddam Hussein`, `King Hussein`),
        // the one the article last called by it: it calls the other by
        // another name (`Saddam`).
        people
            .clone()
            .find(|p| p.last_called(&lower))
            .or_else(|| people.find(|p| p.surname() == surname || p.was_called(&lower)))
    }

    /// The most recent person, preferring the most recent subject.
    /// People named `not` are passed over.
    pub fn last_person(&self, not: &[&str]) -> Option<&Remembered> {
        let mut people = self
            .people
            .iter()
            .rev()
            .filter(|p| !not.contains(&p.name.as_str()));
        people.clone().find(|p| p.subject).or_else(|| people.next())
    }

    /// The most recent person whose code has this agent block.
    pub fn last_with_agent(&self, agent: &str) -> Option<&Remembered> {
        self.people
            .iter()
            .rev()
            .find(|p| p.code.len() > 3 && p.code[3..].starts_with(agent))
    }

    /// The most recent person whose code has this agent block and whose
    /// mentions carried one of `nouns` (`the king` → `King Abdullah`, not
    /// the president named after him).
    pub fn last_titled(&self, agent: &str, nouns: &[&str]) -> Option<&Remembered> {
        self.people.iter().rev().find(|p| {
            p.code.len() > 3 && p.code[3..].starts_with(agent) && nouns.iter().any(|n| p.was_called(n))
        })
    }

    /// The two most recent distinct people (oldest first).
    pub fn last_two_people(&self) -> Option<[&Remembered; 2]> {
        let n = self.people.len();
        (n >= 2).then(|| [&self.people[n - 2], &self.people[n - 1]])
    }
}
