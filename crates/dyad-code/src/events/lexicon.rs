//! The verb-frame and noun lexicon (`data/verbs`, `data/nouns`).

use super::codebook::Codebook;
use crate::syntax::path::{parse_path, Path};
use rustc_hash::FxHashMap as HashMap;

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Lemma of the trigger word.
    pub lemma: String,
    /// Further lemmas that must be dependents of the trigger.
    pub with: Vec<String>,
    /// Where the source may be, in order.
    pub source: Vec<Path>,
    /// Where the target may be, in order; empty: the event has no target.
    pub target: Vec<Path>,
    /// The target may be missing (`T=obj|-`).
    pub target_optional: bool,
    /// (path, lemmas): the word at the path must have one of the lemmas.
    pub requires: Vec<(Path, Vec<String>)>,
    /// CAMEO code.
    pub code: String,
    /// `file:line`, printed as the event's `rule`.
    pub rule: String,
    /// A noun entry (nominal event).
    pub noun: bool,
}

/// All entries, indexed by trigger lemma; more specific entries first.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    by_lemma: HashMap<String, Vec<Entry>>,
    count: usize,
}

fn parse_slot(s: &str, key: &str) -> Result<Vec<Path>, String> {
    let body = s
        .strip_prefix(key)
        .ok_or_else(|| format!("frame must be `S=… T=…`, found `{s}`"))?;
    body.split('|').map(parse_path).collect()
}

fn parse_row(cells: &[&str], rule: String, noun: bool, codebook: &Codebook) -> Result<Entry, String> {
    let words: Vec<String> = cells[0].split_whitespace().map(str::to_lowercase).collect();
    let (lemma, with) = if noun {
        let (last, rest) = words.split_last().ok_or("empty trigger")?;
        (last.clone(), rest.to_vec())
    } else {
        let (first, rest) = words.split_first().ok_or("empty trigger")?;
        (first.clone(), rest.to_vec())
    };
    let mut slots = cells[1].split_whitespace();
    let source = parse_slot(slots.next().unwrap_or(""), "S=")?;
    let target = parse_slot(slots.next().unwrap_or(""), "T=")?;
    let target_optional = target.iter().any(Vec::is_empty);
    let code = cells[2].trim().to_owned();
    if codebook.get(&code).is_none() {
        return Err(format!("`{code}` is not in codebook.tsv"));
    }
    let mut requires = Vec::new();
    for cond in cells.get(3).unwrap_or(&"").split_whitespace() {
        let (path, lemmas) = cond
            .split_once('=')
            .ok_or_else(|| format!("requirement `{cond}` is not PATH=lemma|lemma"))?;
        requires.push((
            parse_path(path)?,
            lemmas.split('|').map(str::to_lowercase).collect(),
        ));
    }
    Ok(Entry {
        lemma,
        with,
        source,
        target: target.into_iter().filter(|p| !p.is_empty()).collect(),
        target_optional,
        requires,
        code,
        rule,
        noun,
    })
}

impl Lexicon {
    /// Parses lexicon files (`verbs/NN.tsv`, `nouns/NN.tsv`); every bad
    /// line is reported as `file:line: reason` and skipped.
    pub fn parse<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
        codebook: &Codebook,
    ) -> (Lexicon, Vec<String>) {
        let mut lexicon = Lexicon::default();
        let mut errors = Vec::new();
        for (name, text) in files {
            let noun = name.starts_with("nouns/");
            let mut header = false;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() || line.starts_with('#') {
                    continue;
                }
                if !header {
                    header = true;
                    continue;
                }
                let cells: Vec<&str> = line.split('\t').collect();
                if cells.len() < 3 {
                    errors.push(format!("{name}:{}: expected trigger, frame and code", i + 1));
                    continue;
                }
                match parse_row(&cells, format!("{name}:{}", i + 1), noun, codebook) {
                    Ok(entry) => lexicon.add(entry),
                    Err(reason) => errors.push(format!("{name}:{}: {reason}", i + 1)),
                }
            }
        }
        for entries in lexicon.by_lemma.values_mut() {
            // A requirement any word meets (`@any`) ranks after one that
            // names its words.
            entries.sort_by_key(|e| {
                let open = e.requires.iter().any(|(_, l)| l.iter().any(|l| l == "@any"));
                std::cmp::Reverse((e.with.len() + e.requires.len(), !open))
            });
        }
        (lexicon, errors)
    }

    fn add(&mut self, entry: Entry) {
        self.count += 1;
        self.by_lemma.entry(entry.lemma.clone()).or_default().push(entry);
    }

    /// Entries whose trigger lemma is `lemma`, most specific first.
    pub fn entries(&self, lemma: &str) -> &[Entry] {
        self.by_lemma.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when there is no entry.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}
