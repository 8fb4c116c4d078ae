//! A parsed sentence as a dependency tree: words, lemmas, tags, heads,
//! relations and children, with the walks the engine needs.

use super::lexicon::Step;
use dyad_core::{Deprel, Upos};
use dyad_core::{Document, Sentence};

/// One parsed sentence.
pub struct Tree<'a> {
    /// Surface words.
    pub words: Vec<&'a str>,
    /// Surface words, lower case.
    pub lower: Vec<String>,
    /// Lemmas, lower case.
    pub lemmas: Vec<String>,
    /// Universal POS tags.
    pub upos: Vec<Upos>,
    /// Penn tags.
    pub xpos: Vec<&'static str>,
    /// Head of each word (`None`: root).
    pub heads: Vec<Option<usize>>,
    /// Relation of each word to its head.
    pub deprels: Vec<Deprel>,
    /// Dependents of each word, in order.
    pub children: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    /// The tree of one sentence of a parsed document.
    pub fn new(doc: &'a Document, sentence: &Sentence) -> Tree<'a> {
        let tokens = doc.sentence_tokens(sentence);
        let tags = doc.sentence_tags(sentence);
        let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.article.text)).collect();
        let mut heads: Vec<Option<usize>> = tags.iter().map(|t| t.head.map(|h| h as usize)).collect();
        let mut deprels: Vec<Deprel> = tags.iter().map(|t| t.deprel).collect();
        let upos: Vec<Upos> = tags.iter().map(|t| t.upos).collect();
        let xpos: Vec<&'static str> = tags.iter().map(|t| t.xpos).collect();
        repair_finite_modifiers(&upos, &xpos, &mut heads, &mut deprels);
        repair_subject_roots(&upos, &xpos, &mut heads, &mut deprels);
        let mut children = vec![Vec::new(); words.len()];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                if *h < children.len() {
                    children[*h].push(i);
                }
            }
        }
        let mut tree = Tree {
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
            words,
            lemmas: tags.iter().map(|t| t.lemma.to_lowercase()).collect(),
            upos,
            xpos,
            heads,
            deprels,
            children,
        };
        super::repairs::repair(&mut tree);
        tree
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True for an empty sentence.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Dependents of `i` whose relation is `rel` or a subtype of it.
    pub fn deps(&self, i: usize, rel: Deprel) -> impl Iterator<Item = usize> + '_ {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| self.deprels[c].is(rel))
    }

    /// Dependents of `i` with exactly relation `rel`.
    pub fn deps_exact(&self, i: usize, rel: Deprel) -> impl Iterator<Item = usize> + '_ {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| self.deprels[c] == rel)
    }

    /// The preposition (`case` or `mark` dependent) of a nominal or clause.
    pub fn preposition(&self, i: usize) -> Option<&str> {
        self.children[i]
            .iter()
            .find(|&&c| matches!(self.deprels[c], Deprel::Case | Deprel::Mark))
            .map(|&c| self.lemmas[c].as_str())
    }

    /// True when the clause headed by `i` is passive.
    pub fn is_passive(&self, i: usize) -> bool {
        self.deps(i, Deprel::AuxPass).next().is_some() || self.deps(i, Deprel::NsubjPass).next().is_some()
    }

    /// Words one step away along `step`, passives handled: in a passive
    /// clause `nsubj` is the `by` agent and `obj` the passive subject.
    pub fn step(&self, i: usize, step: &Step) -> Vec<usize> {
        let passive = self.upos[i] == Upos::Verb && self.is_passive(i);
        match step {
            Step::Rel(r) if *r == Deprel::Nsubj && passive => self.obliques(i, "by"),
            Step::Rel(r) if *r == Deprel::Nsubj => self.deps_exact(i, Deprel::Nsubj).collect(),
            Step::Rel(r) if *r == Deprel::Obj && passive => self.deps(i, Deprel::NsubjPass).collect(),
            // Parsers confuse objects and indirect objects (`urged Blinken
            // to …`), and label some objects as case-less obliques.
            Step::Rel(r) if *r == Deprel::Obj => {
                let objs: Vec<usize> = self.deps_exact(i, Deprel::Obj).collect();
                if !objs.is_empty() {
                    return objs;
                }
                let iobjs: Vec<usize> = self.deps_exact(i, Deprel::Iobj).collect();
                if !iobjs.is_empty() {
                    return iobjs;
                }
                self.deps(i, Deprel::Obl)
                    .filter(|&c| {
                        self.preposition(c).is_none() && matches!(self.upos[c], Upos::Propn | Upos::Noun)
                    })
                    .collect()
            }
            // A double object misparsed as a compound (`lent Egypt $500
            // million`): the object's proper-noun compound is the recipient.
            Step::Rel(r) if *r == Deprel::Iobj => {
                let iobjs: Vec<usize> = self.deps_exact(i, Deprel::Iobj).collect();
                if !iobjs.is_empty() {
                    return iobjs;
                }
                let objs: Vec<usize> = self.deps_exact(i, Deprel::Obj).collect();
                objs.iter()
                    .flat_map(|&o| {
                        self.deps_exact(o, Deprel::Compound)
                            .filter(|&c| self.upos[c] == Upos::Propn)
                            .collect::<Vec<_>>()
                    })
                    .collect()
            }
            // A to-infinitive after an oblique addressee is often parsed as
            // `advcl` (`called on Israel to release …`).
            Step::Rel(r) if *r == Deprel::Xcomp => self.children[i]
                .iter()
                .copied()
                .filter(|&c| {
                    self.deprels[c] == Deprel::Xcomp
                        || (self.deprels[c] == Deprel::Advcl && self.preposition(c) == Some("to"))
                })
                .collect(),
            Step::Rel(r) => self.deps_exact(i, *r).collect(),
            Step::Obl(p) => self.obliques(i, p),
            Step::Nmod(p) => self
                .deps(i, Deprel::Nmod)
                .filter(|&c| self.deprels[c] != Deprel::NmodPoss && self.preposition(c) == Some(p))
                .collect(),
            Step::Poss => self.deps_exact(i, Deprel::NmodPoss).collect(),
            Step::Amod => self.deps_exact(i, Deprel::Amod).collect(),
            Step::Compound => self.deps_exact(i, Deprel::Compound).collect(),
            Step::Speaker => self.speaker(i),
            // Resolved against the article by the slot filler.
            Step::Author => vec![i],
        }
    }

    /// The subject of a speech verb attached to `i` (`…, officials said`)
    /// or governing it (`officials said that …`).
    fn speaker(&self, i: usize) -> Vec<usize> {
        const SPEECH: &[&str] = &[
            "say", "tell", "add", "state", "declare", "insist", "argue", "write", "note",
        ];
        let attached = self.children[i].iter().copied().filter(|&c| {
            matches!(
                self.deprels[c],
                Deprel::Conj | Deprel::Parataxis | Deprel::Ccomp | Deprel::AclRelcl | Deprel::Advcl
            ) && SPEECH.contains(&self.lemmas[c].as_str())
        });
        let governing = self.heads[i].filter(|&h| {
            matches!(self.deprels[i], Deprel::Ccomp | Deprel::Parataxis)
                && SPEECH.contains(&self.lemmas[h].as_str())
        });
        attached
            .chain(governing)
            .flat_map(|v| self.deps_exact(v, Deprel::Nsubj).collect::<Vec<_>>())
            .collect()
    }

    /// Obliques (and nominal modifiers) of `i` introduced by `prep`; when
    /// there are none, the parser may have hung the phrase one or two levels
    /// down, under the object or another oblique (`delivered to Yemen by
    /// Saudi Arabia`, `the extradition of militants from Sweden`).
    fn obliques(&self, i: usize, prep: &str) -> Vec<usize> {
        let with_prep = |c: &usize| {
            let d = self.deprels[*c];
            (d.is(Deprel::Obl) || d == Deprel::Nmod || d == Deprel::Advcl)
                && self.preposition(*c) == Some(prep)
        };
        let direct: Vec<usize> = self.children[i].iter().copied().filter(with_prep).collect();
        if !direct.is_empty() {
            return direct;
        }
        let mut frontier: Vec<usize> = self.children[i]
            .iter()
            .copied()
            .filter(|&c| matches!(self.deprels[c], Deprel::Obj | Deprel::Obl | Deprel::NsubjPass))
            .collect();
        for _ in 0..2 {
            let found: Vec<usize> = frontier
                .iter()
                .flat_map(|&w| self.children[w].iter().copied())
                .filter(|c| self.deprels[*c] == Deprel::Nmod && with_prep(c))
                .collect();
            if !found.is_empty() {
                return found;
            }
            frontier = frontier
                .iter()
                .flat_map(|&w| {
                    self.children[w]
                        .iter()
                        .copied()
                        .filter(|&c| self.deprels[c] == Deprel::Nmod)
                })
                .collect();
        }
        Vec::new()
    }

    /// Words reached by following a whole path.
    pub fn walk(&self, from: usize, path: &[Step]) -> Vec<usize> {
        let mut frontier = vec![from];
        for step in path {
            frontier = frontier.iter().flat_map(|&w| self.step(w, step)).collect();
        }
        frontier
    }

    /// `i` and its coordinated words (`the U.S. and NATO`).
    pub fn with_conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            let w = out[k];
            out.extend(
                self.deps_exact(w, Deprel::Conj)
                    .filter(|&c| self.upos[c] != Upos::Verb),
            );
            k += 1;
        }
        out
    }

    /// The chain of heads from `i` up to the root (excluding `i`).
    pub fn ancestors(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = self.heads[i];
        while let Some(h) = cur {
            if out.contains(&h) || out.len() > self.len() {
                break;
            }
            out.push(h);
            cur = self.heads[h];
        }
        out
    }

    /// True when word `w` has lemma `lemma`, allowing for a lemmatizer
    /// that left a form as it was or cut it wrongly (`troops`, `blamed`):
    /// the word is then compared with the regular inflections of `lemma`.
    pub fn is_lemma(&self, w: usize, lemma: &str) -> bool {
        self.lemmas[w] == lemma || is_inflection_of(&self.lower[w], lemma)
    }

    /// The subtree of `i` as a sorted list of words.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() {
            out.extend(self.children[out[k]].iter().copied());
            k += 1;
            if out.len() > self.len() {
                break;
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Re-attaches a finite verb (or one with its own subject) that the parser
/// hung under the noun after it
/// as a modifier (`Israel shared information with …` parsed with
/// `information` as the root and `shared` as its `amod`): a finite verb
/// cannot modify a noun, so the verb takes the noun's place, the noun
/// becomes its object, and the noun's prepositional modifiers and subject
/// become the verb's.
fn repair_finite_modifiers(
    upos: &[Upos],
    xpos: &[&str],
    heads: &mut [Option<usize>],
    deprels: &mut [Deprel],
) {
    for w in 0..heads.len() {
        // A verb that is finite, or has a subject of its own, is no modifier.
        let has_subject = (0..heads.len()).any(|c| heads[c] == Some(w) && deprels[c].is(Deprel::Nsubj));
        let finite = matches!(xpos[w], "VBD" | "VBZ" | "VBP") || has_subject;
        if upos[w] != Upos::Verb
            || !finite
            || !matches!(deprels[w], Deprel::Amod | Deprel::Compound | Deprel::NmodDesc)
        {
            continue;
        }
        let Some(h) = heads[w] else { continue };
        if h <= w || !matches!(upos[h], Upos::Noun | Upos::Propn) {
            continue;
        }
        heads[w] = heads[h];
        deprels[w] = deprels[h];
        heads[h] = Some(w);
        deprels[h] = Deprel::Obj;
        for c in 0..heads.len() {
            if heads[c] != Some(h) || c == w {
                continue;
            }
            match deprels[c] {
                Deprel::Nmod => {
                    heads[c] = Some(w);
                    deprels[c] = Deprel::Obl;
                }
                Deprel::Nsubj | Deprel::Punct => heads[c] = Some(w),
                _ => {}
            }
        }
    }
}

/// Re-attaches a finite verb that the parser hung as a clause modifier
/// under a root noun before it (`Hundreds of Taiwanese protested against
/// China` parsed with `Hundreds` as the root): the verb becomes the root
/// and the noun its subject.
fn repair_subject_roots(upos: &[Upos], xpos: &[&str], heads: &mut [Option<usize>], deprels: &mut [Deprel]) {
    let below = |v: usize, w: usize, heads: &[Option<usize>]| {
        let mut cur = Some(v);
        let mut steps = 0;
        while let Some(c) = cur {
            if c == w {
                return true;
            }
            cur = heads[c];
            steps += 1;
            if steps > heads.len() {
                break;
            }
        }
        false
    };
    for w in 0..heads.len() {
        if upos[w] != Upos::Verb || !matches!(deprels[w], Deprel::Acl | Deprel::AclRelcl | Deprel::Nmod) {
            continue;
        }
        // The only verb outside its own subtree: the sentence's predicate,
        // whatever tense the tagger gave it.
        let only_verb = (0..heads.len())
            .all(|v| v == w || !matches!(upos[v], Upos::Verb | Upos::Aux) || below(v, w, heads));
        let finite = matches!(xpos[w], "VBD" | "VBZ" | "VBP") || (only_verb && xpos[w] == "VBN");
        if !finite {
            continue;
        }
        let Some(h) = heads[w] else { continue };
        let relativized = (0..heads.len())
            .any(|c| heads[c] == Some(w) && (deprels[c].is(Deprel::Nsubj) || deprels[c] == Deprel::Mark));
        if h >= w
            || heads[h].is_some()
            || relativized
            || !matches!(upos[h], Upos::Noun | Upos::Propn | Upos::Num)
        {
            continue;
        }
        heads[w] = None;
        deprels[w] = Deprel::Root;
        heads[h] = Some(w);
        deprels[h] = Deprel::Nsubj;
        for c in 0..heads.len() {
            if heads[c] == Some(h) && deprels[c] == Deprel::Punct {
                heads[c] = Some(w);
            }
        }
    }
}

/// True when `word` (lower case) ends like a regular inflection, so that
/// [`candidate_lemmas`] may find more than the word itself.
pub fn may_be_inflected(word: &str) -> bool {
    word.ends_with('s') || word.ends_with('d') || word.ends_with("ing")
}

/// Lemmas `word` may be an inflection of, for when the lemmatizer slipped
/// (`shelled` → `shel`): the word itself and the word without a regular
/// ending (`shell`, `shelle`), longest first.
pub fn candidate_lemmas(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let mut out = vec![w.clone()];
    for ending in ["ing", "ied", "ies", "ed", "es", "d", "s"] {
        if let Some(stem) = w.strip_suffix(ending).filter(|s| s.len() >= 2) {
            match ending {
                "ied" | "ies" => out.push(format!("{stem}y")),
                _ => {
                    out.push(stem.to_owned());
                    out.push(format!("{stem}e"));
                    let mut chars = stem.chars();
                    if let (Some(a), Some(b)) = (chars.next_back(), chars.next_back()) {
                        if a == b {
                            out.push(stem[..stem.len() - a.len_utf8()].to_owned());
                        }
                    }
                }
            }
        }
    }
    out.retain(|c| is_inflection_of(&w, c));
    out.dedup();
    out
}

/// True when `word` is `lemma` or a regular inflection of it: plurals and
/// third person (`troops`, `taxes`, `parties`), past forms (`blamed`,
/// `massed`, `stopped`, `carried`) and gerunds (`holding`, `making`,
/// `stopping`).
pub fn is_inflection_of(word: &str, lemma: &str) -> bool {
    if word == lemma {
        return true;
    }
    let Some(rest) = word.strip_prefix(lemma) else {
        return inflected_stem(word, lemma);
    };
    if matches!(rest, "s" | "es" | "d" | "ed" | "ing") {
        return true;
    }
    // Doubled final consonant: stop → stopped, stopping.
    let last = lemma.chars().last().unwrap_or(' ');
    let doubled = rest.starts_with(last) && matches!(&rest[last.len_utf8()..], "ed" | "ing");
    doubled && !"aeiouy".contains(last)
}

/// `carry` → `carried`, `carries`; `make` → `making`.
fn inflected_stem(word: &str, lemma: &str) -> bool {
    if let Some(stem) = lemma.strip_suffix('y') {
        if let Some(rest) = word.strip_prefix(stem) {
            return matches!(rest, "ied" | "ies");
        }
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        if let Some(rest) = word.strip_prefix(stem) {
            return rest == "ing";
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_inflection_of;

    #[test]
    fn regular_inflections() {
        for (word, lemma) in [
            ("troops", "troop"),
            ("blamed", "blame"),
            ("massed", "mass"),
            ("stopped", "stop"),
            ("stopping", "stop"),
            ("carried", "carry"),
            ("parties", "party"),
            ("making", "make"),
            ("holding", "hold"),
            ("taxes", "tax"),
        ] {
            assert!(is_inflection_of(word, lemma), "{word} / {lemma}");
        }
        for (word, lemma) in [
            ("blame", "blamed"),
            ("mastered", "mass"),
            ("reside", "side"),
            ("talking", "tall"),
        ] {
            assert!(!is_inflection_of(word, lemma), "{word} / {lemma}");
        }
    }
}
