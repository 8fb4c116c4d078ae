//! Lemmatizer: an exception table learned from the treebank, a small
//! built-in list of irregular English verbs, and suffix rewrite rules
//! learned per XPOS for unseen words.

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::{combine, hash_str, FastMap};
use crate::words::lowercase_into;

mod irregular;

/// Longest suffix (in characters) used to choose a rule for unseen words.
const MAX_SUFFIX: usize = 5;

/// How to turn a form into its lemma: optionally lowercase, strip some
/// trailing characters, append a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Rule {
    lowercase: bool,
    strip: u8,
    append: String,
}

impl Rule {
    fn learn(form: &str, lower: &str, lemma: &str) -> Rule {
        let as_is = common_prefix_chars(form, lemma);
        let lowered = common_prefix_chars(lower, lemma);
        let (lowercase, base, common) = if lowered >= as_is {
            (true, lower, lowered)
        } else {
            (false, form, as_is)
        };
        let base_chars = base.chars().count();
        let append: String = lemma.chars().skip(common).collect();
        Rule {
            lowercase,
            strip: (base_chars - common).min(255) as u8,
            append,
        }
    }

    fn apply(&self, form: &str, lower: &str) -> String {
        let base = if self.lowercase { lower } else { form };
        let chars = base.chars().count();
        let strip = self.strip as usize;
        if strip > chars {
            return base.to_string();
        }
        let cut = base
            .char_indices()
            .nth(chars - strip)
            .map_or(base.len(), |(i, _)| i);
        let mut lemma = String::with_capacity(cut + self.append.len());
        lemma.push_str(&base[..cut]);
        lemma.push_str(&self.append);
        lemma
    }
}

fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn word_key(lower_hash: u64, xpos: &str) -> u64 {
    combine(combine(0x4c45_4d4d_4100_0000, hash_str(xpos)), lower_hash)
}

fn form_key(form: &str, xpos: &str) -> u64 {
    combine(combine(0x464f_524d_0000_0000, hash_str(xpos)), hash_str(form))
}

fn suffix_key(lower: &str, start: usize, xpos: &str) -> u64 {
    combine(
        combine(0x5355_4646_4958_0000, hash_str(xpos)),
        hash_str(&lower[start..]),
    )
}

/// Byte offsets of the suffixes of `lower` of 0..=MAX_SUFFIX characters
/// (shorter than the word itself), longest first.
fn suffix_starts(lower: &str) -> impl Iterator<Item = usize> + '_ {
    let starts: Vec<usize> = lower
        .char_indices()
        .rev()
        .take(MAX_SUFFIX)
        .map(|(i, _)| i)
        .filter(|&i| i > 0)
        .collect();
    starts.into_iter().rev().chain(std::iter::once(lower.len()))
}

/// The lemma of a number written with digits: the form, without the
/// commas of thousands separators (`12,500` → `12500`), as in EWT.
fn number_lemma(form: &str) -> String {
    let groups: Vec<&str> = form.split(',').collect();
    let thousands = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3);
    if thousands {
        groups.concat()
    } else {
        form.to_string()
    }
}

/// A trained lemmatizer.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    rules: Vec<Rule>,
    exceptions: FastMap<u64, u32>,
    suffix_rules: FastMap<u64, u32>,
}

impl Lemmatizer {
    /// Learns from `(form, xpos, lemma)` triples.
    #[cfg(test)]
    pub fn train<'a>(words: impl Iterator<Item = (&'a str, &'a str, &'a str)>) -> Lemmatizer {
        Self::train_ranked(words.map(|(form, xpos, lemma)| (0, form, xpos, lemma)))
    }

    /// Learns from `(rank, form, xpos, lemma)` quadruples, `rank` being
    /// the treebank a word comes from: a word's lemma is learned from the
    /// lowest-ranked treebank that has the word with that tag, so a
    /// second treebank adds words without overriding the first one's
    /// conventions. Suffix rules for unseen words learn from all.
    pub fn train_ranked<'a>(words: impl Iterator<Item = (usize, &'a str, &'a str, &'a str)>) -> Lemmatizer {
        let mut learner = Learner::default();
        let mut lower = String::new();
        for (rank, form, xpos, lemma) in words {
            if lemma == "_" || lemma.is_empty() {
                continue;
            }
            lowercase_into(form, &mut lower);
            learner.observe(rank, form, &lower, xpos, lemma);
        }
        learner.finish()
    }

    /// Number of (word, tag) exceptions and of suffix rules.
    pub fn sizes(&self) -> (usize, usize) {
        (self.exceptions.len(), self.suffix_rules.len())
    }

    /// The lemma of `form` (whose lowercase is `lower`, with hash
    /// `lower_hash`) tagged `xpos`.
    pub fn lemmatize(&self, form: &str, lower: &str, lower_hash: u64, xpos: &str) -> String {
        if let Some(&rule) = self.exceptions.get(&form_key(form, xpos)) {
            return self.rules[rule as usize].apply(form, lower);
        }
        if xpos == "NNP" {
            // An unseen spelling of a proper noun is its own lemma.
            return form.to_string();
        }
        if let Some(&rule) = self.exceptions.get(&word_key(lower_hash, xpos)) {
            return self.rules[rule as usize].apply(form, lower);
        }
        if xpos == "CD" && form.bytes().any(|b| b.is_ascii_digit()) {
            return number_lemma(form);
        }
        // A past form the tagger took for a present one (`Britain froze`)
        // keeps its lemma.
        if matches!(xpos, "VBD" | "VBN" | "VBZ" | "VBG" | "VBP") {
            if let Some(lemma) = irregular::verb_lemma(lower) {
                return lemma.to_string();
            }
            if let Some(lemma) = irregular::prefixed_verb_lemma(lower) {
                return lemma;
            }
        }
        // A past form the tagger took for a base form (`the Treasury
        // froze`), unless the form is also some verb's base (`found`).
        if xpos == "VB" {
            if let Some(lemma) = irregular::past_only_lemma(lower) {
                return lemma.to_string();
            }
        }
        for start in suffix_starts(lower) {
            if let Some(&rule) = self.suffix_rules.get(&suffix_key(lower, start, xpos)) {
                let lemma = self.rules[rule as usize].apply(form, lower);
                return match xpos.starts_with("VB") {
                    true => self.settle_doubling(lower, lemma),
                    false => lemma,
                };
            }
        }
        form.to_string()
    }

    /// True when the treebank had `word` as a verb or a noun.
    fn knows(&self, word: &str) -> bool {
        let hash = hash_str(word);
        ["VB", "VBP", "NN"]
            .iter()
            .any(|xpos| self.exceptions.contains_key(&word_key(hash, xpos)))
    }

    /// An unseen verb's final consonant, doubled or not as the words the
    /// treebank knows say: `patrolling` is `patrol` (not `patroll`),
    /// `shelled` is `shell` (not `shel`).
    fn settle_doubling(&self, lower: &str, lemma: String) -> String {
        if self.knows(&lemma) {
            return lemma;
        }
        let mut chars = lemma.chars().rev();
        let (Some(last), Some(before)) = (chars.next(), chars.next()) else {
            return lemma;
        };
        let consonant = last.is_ascii_alphabetic() && !"aeiouy".contains(last);
        if consonant && last == before {
            let single = &lemma[..lemma.len() - 1];
            if self.knows(single) {
                return single.to_string();
            }
        } else if consonant {
            let double = format!("{lemma}{last}");
            if lower.starts_with(&double) && self.knows(&double) {
                return double;
            }
        }
        lemma
    }

    /// Serialises the lemmatizer.
    pub fn write(&self, out: &mut ByteWriter) {
        out.len(self.rules.len());
        for rule in &self.rules {
            out.u8(rule.lowercase as u8);
            out.u8(rule.strip);
            out.str(&rule.append);
        }
        for map in [&self.exceptions, &self.suffix_rules] {
            let mut keys: Vec<u64> = map.keys().copied().collect();
            keys.sort_unstable();
            out.len(keys.len());
            for key in keys {
                out.u64(key);
                out.u32(map[&key]);
            }
        }
    }

    /// Reads a lemmatizer written by [`Lemmatizer::write`].
    pub fn read(input: &mut ByteReader) -> Result<Self> {
        let count = input.len(6)?;
        let mut rules = Vec::with_capacity(count);
        for _ in 0..count {
            let lowercase = input.u8()? != 0;
            let strip = input.u8()?;
            let append = input.str()?;
            rules.push(Rule {
                lowercase,
                strip,
                append,
            });
        }
        let mut maps = [FastMap::default(), FastMap::default()];
        for map in &mut maps {
            let len = input.len(12)?;
            for _ in 0..len {
                let key = input.u64()?;
                let rule = input.u32()?;
                if rule as usize >= rules.len() {
                    return Err(ParseError::InvalidModel("bad lemma rule index".into()));
                }
                map.insert(key, rule);
            }
        }
        let [exceptions, suffix_rules] = maps;
        Ok(Lemmatizer {
            rules,
            exceptions,
            suffix_rules,
        })
    }
}

#[derive(Default)]
struct Learner {
    rules: Vec<Rule>,
    rule_ids: std::collections::HashMap<Rule, u32>,
    /// Rule counts per word key, from the lowest rank seen with the key.
    word_rules: FastMap<u64, (usize, FastMap<u32, u32>)>,
    seen_types: std::collections::HashSet<(String, String, u32)>,
    suffix_counts: FastMap<u64, FastMap<u32, u32>>,
}

impl Learner {
    fn rule_id(&mut self, rule: Rule) -> u32 {
        if let Some(&id) = self.rule_ids.get(&rule) {
            return id;
        }
        let id = self.rules.len() as u32;
        self.rules.push(rule.clone());
        self.rule_ids.insert(rule, id);
        id
    }

    fn observe(&mut self, rank: usize, form: &str, lower: &str, xpos: &str, lemma: &str) {
        let rule = self.rule_id(Rule::learn(form, lower, lemma));
        for key in [word_key(hash_str(lower), xpos), form_key(form, xpos)] {
            let (seen_rank, counts) = self
                .word_rules
                .entry(key)
                .or_insert_with(|| (rank, FastMap::default()));
            if rank < *seen_rank {
                *seen_rank = rank;
                counts.clear();
            }
            if rank == *seen_rank {
                *counts.entry(rule).or_default() += 1;
            }
        }
        if self
            .seen_types
            .insert((lower.to_string(), xpos.to_string(), rule))
        {
            for start in suffix_starts(lower) {
                let key = suffix_key(lower, start, xpos);
                *self
                    .suffix_counts
                    .entry(key)
                    .or_default()
                    .entry(rule)
                    .or_default() += 1;
            }
        }
    }

    fn finish(self) -> Lemmatizer {
        let best = |counts: &FastMap<u32, u32>| {
            counts
                .iter()
                .max_by_key(|&(&rule, &count)| (count, std::cmp::Reverse(rule)))
                .map(|(&rule, &count)| (rule, count))
        };
        let exceptions = self
            .word_rules
            .iter()
            .filter_map(|(&key, (_, counts))| best(counts).map(|(rule, _)| (key, rule)))
            .collect();
        let suffix_rules = self
            .suffix_counts
            .iter()
            .filter_map(|(&key, counts)| best(counts).map(|(rule, _)| (key, rule)))
            .collect();
        Lemmatizer {
            rules: self.rules,
            exceptions,
            suffix_rules,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Lemmatizer {
        let data = [
            ("passed", "VBD", "pass"),
            ("missed", "VBD", "miss"),
            ("fixed", "VBN", "fix"),
            ("relaxed", "VBD", "relax"),
            ("walks", "NNS", "walk"),
            ("cities", "NNS", "city"),
            ("parties", "NNS", "party"),
            ("The", "DT", "the"),
            ("the", "DT", "the"),
            ("US", "NNP", "US"),
            ("Talks", "NNS", "talk"),
            ("I", "PRP", "I"),
            ("I", "PRP", "I"),
            ("i", "PRP", "I"),
        ];
        Lemmatizer::train(data.iter().copied())
    }

    fn lemma(l: &Lemmatizer, form: &str, xpos: &str) -> String {
        let mut lower = String::new();
        lowercase_into(form, &mut lower);
        l.lemmatize(form, &lower, hash_str(&lower), xpos)
    }

    #[test]
    fn rules_and_exceptions() {
        let l = tiny();
        let table = [
            ("massed", "VBD", "mass"),
            ("annexed", "VBD", "annex"),
            ("met", "VBD", "meet"),
            ("said", "VBD", "say"),
            ("was", "VBD", "be"),
            ("talks", "NNS", "talk"),
            ("countries", "NNS", "country"),
            ("The", "DT", "the"),
            ("US", "NNP", "US"),
            ("Lavrov", "NNP", "Lavrov"),
            ("i", "PRP", "I"),
            ("I", "PRP", "I"),
            ("12,500", "CD", "12500"),
            ("3200", "CD", "3200"),
            ("3,40", "CD", "3,40"),
        ];
        for (form, xpos, expected) in table {
            assert_eq!(lemma(&l, form, xpos), expected, "{form}/{xpos}");
        }
    }

    #[test]
    fn unseen_verbs_double_their_final_consonant_as_known_words_do() {
        let data = [
            ("travelled", "VBD", "travel"),
            ("calling", "VBG", "call"),
            ("shell", "NN", "shell"),
            ("patrol", "VB", "patrol"),
        ];
        let l = Lemmatizer::train(data.into_iter());
        // The suffix rules alone would give `shel` and `patroll`.
        assert_eq!(lemma(&l, "shelled", "VBD"), "shell");
        assert_eq!(lemma(&l, "patrolling", "VBG"), "patrol");
        // Words the treebank does not know keep the rules' lemma.
        assert_eq!(lemma(&l, "marvelled", "VBD"), "marvel");
        assert_eq!(lemma(&l, "stalling", "VBG"), "stall");
    }

    #[test]
    fn the_first_treebank_keeps_its_lemmas() {
        let data = [
            (0, "people", "NNS", "people"),
            (1, "people", "NNS", "person"),
            (1, "people", "NNS", "person"),
            (1, "Reuters", "NNP", "Reuters"),
            (1, "geese", "NNS", "goose"),
            (0, "media", "NNS", "media"),
        ];
        let l = Lemmatizer::train_ranked(data.iter().copied());
        assert_eq!(lemma(&l, "people", "NNS"), "people");
        assert_eq!(lemma(&l, "People", "NNS"), "people");
        assert_eq!(lemma(&l, "geese", "NNS"), "goose");
        assert_eq!(lemma(&l, "media", "NNS"), "media");
    }

    #[test]
    fn round_trip() {
        let l = tiny();
        let mut out = ByteWriter::default();
        l.write(&mut out);
        let bytes = out.into_bytes();
        let back = Lemmatizer::read(&mut ByteReader::new(&bytes)).unwrap();
        assert_eq!(lemma(&back, "cities", "NNS"), "city");
    }
}
