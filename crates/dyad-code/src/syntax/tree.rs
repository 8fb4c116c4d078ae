//! A parsed sentence as a dependency tree: words, lemmas, tags, heads,
//! relations and children, with the walks the engine needs.

use super::path::Step;
use super::words::{OBJECT_CONTROL, SPEECH, VIOLENT_ACTS};
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
        let heads: Vec<Option<usize>> = tags.iter().map(|t| t.head.map(|h| h as usize)).collect();
        let deprels: Vec<Deprel> = tags.iter().map(|t| t.deprel).collect();
        let upos: Vec<Upos> = tags.iter().map(|t| t.upos).collect();
        let xpos: Vec<&'static str> = tags.iter().map(|t| t.xpos).collect();
        let mut children = vec![Vec::new(); words.len()];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                if *h < children.len() {
                    children[*h].push(i);
                }
            }
        }
        Tree {
            lower: words.iter().map(|w| w.to_lowercase()).collect(),
            words,
            lemmas: tags.iter().map(|t| t.lemma.to_lowercase()).collect(),
            upos,
            xpos,
            heads,
            deprels,
            children,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
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
        self.deps(i, Deprel::AuxPass).next().is_some()
            || self.deps(i, Deprel::NsubjPass).next().is_some()
            || self.is_passive_participle(i)
    }

    /// A participle modifying a noun with a `by` agent (`the accord signed
    /// by Annan`): passive with no auxiliary.
    fn is_passive_participle(&self, i: usize) -> bool {
        self.xpos[i] == "VBN"
            && matches!(self.deprels[i], Deprel::Acl | Deprel::AclRelcl)
            && self.deps(i, Deprel::Aux).next().is_none()
            && !self.obliques(i, "by").is_empty()
    }

    /// Words one step away along `step`, passives handled: in a passive
    /// clause `nsubj` is the `by` agent (else a violent act it happened
    /// in, whose doer is the agent) and `obj` the passive subject.
    pub fn step(&self, i: usize, step: &Step) -> Vec<usize> {
        let passive = self.upos[i] == Upos::Verb && self.is_passive(i);
        match step {
            Step::Rel(r) if *r == Deprel::Nsubj && passive => {
                let by = self.obliques(i, "by");
                if !by.is_empty() {
                    return by;
                }
                // `were wounded in a PKK attack`: the act's doer.
                self.children[i]
                    .iter()
                    .copied()
                    .filter(|&c| {
                        self.deprels[c].is(Deprel::Obl)
                            && matches!(self.preposition(c), Some("in" | "during"))
                            && VIOLENT_ACTS.contains(&self.lemmas[c].as_str())
                    })
                    .collect()
            }
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
            Step::Rel(r) if *r == Deprel::Xcomp => {
                let own: Vec<usize> = self.children[i]
                    .iter()
                    .copied()
                    .filter(|&c| {
                        self.deprels[c] == Deprel::Xcomp
                            || (self.deprels[c] == Deprel::Advcl && self.preposition(c) == Some("to"))
                    })
                    .collect();
                if !own.is_empty() || !OBJECT_CONTROL.contains(&self.lemmas[i].as_str()) {
                    return own;
                }
                // `ordered the ambassador to leave` with `to leave` hung on
                // the ambassador: the object's to-infinitive.
                self.deps_exact(i, Deprel::Obj)
                    .flat_map(|o| self.deps_exact(o, Deprel::Acl).collect::<Vec<_>>())
                    .filter(|&c| self.preposition(c) == Some("to") && self.upos[c] == Upos::Verb)
                    .collect()
            }
            Step::Rel(r) => self.deps_exact(i, *r).collect(),
            Step::Obl(p) => self.obliques(i, p),
            Step::Nmod(p) => {
                let own: Vec<usize> = self
                    .deps(i, Deprel::Nmod)
                    .filter(|&c| self.deprels[c] != Deprel::NmodPoss && self.preposition(c) == Some(p))
                    .collect();
                if own.is_empty() {
                    self.through_participles(i, p)
                } else {
                    own
                }
            }
            Step::Poss => self.deps_exact(i, Deprel::NmodPoss).collect(),
            Step::Amod => self.deps_exact(i, Deprel::Amod).collect(),
            Step::Compound => self.deps_exact(i, Deprel::Compound).collect(),
            Step::Speaker => self.speaker(i),
            // Resolved against the article by the slot filler.
            Step::Author => vec![i],
            // Made up by the slot filler, not found in the tree.
            Step::Implicit(_) => Vec::new(),
        }
    }

    /// The `prep` phrases of a passive participle modifying noun `i`, as
    /// the noun's own (`sanctions imposed on Iran by the EU`: `on Iran`
    /// and `by the EU` say whom the sanctions hit and who imposed them).
    fn through_participles(&self, i: usize, prep: &str) -> Vec<usize> {
        if !self.upos[i].is_nominal() {
            return Vec::new();
        }
        self.deps_exact(i, Deprel::Acl)
            .filter(|&v| self.xpos[v] == "VBN" && self.deps(v, Deprel::Nsubj).next().is_none())
            .flat_map(|v| {
                self.children[v]
                    .iter()
                    .copied()
                    .filter(|&c| self.deprels[c].is(Deprel::Obl) && self.preposition(c) == Some(prep))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The subject of a speech verb attached to `i` (`…, officials said`)
    /// or governing it (`officials said that …`).
    fn speaker(&self, i: usize) -> Vec<usize> {
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

pub use super::inflect::{candidate_lemmas, is_inflection_of, may_be_inflected};
