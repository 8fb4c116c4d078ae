//! The parse vocabulary as types: Universal Dependencies part-of-speech
//! tags and dependency relations, so that a misspelt tag or relation is a
//! compile error rather than a comparison that silently never matches.

use std::fmt;

/// The 17 Universal Dependencies part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition.
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other.
    #[default]
    X,
}

const UPOS_NAMES: [(&str, Upos); 17] = [
    ("ADJ", Upos::Adj),
    ("ADP", Upos::Adp),
    ("ADV", Upos::Adv),
    ("AUX", Upos::Aux),
    ("CCONJ", Upos::Cconj),
    ("DET", Upos::Det),
    ("INTJ", Upos::Intj),
    ("NOUN", Upos::Noun),
    ("NUM", Upos::Num),
    ("PART", Upos::Part),
    ("PRON", Upos::Pron),
    ("PROPN", Upos::Propn),
    ("PUNCT", Upos::Punct),
    ("SCONJ", Upos::Sconj),
    ("SYM", Upos::Sym),
    ("VERB", Upos::Verb),
    ("X", Upos::X),
];

impl Upos {
    /// The tag as written in CoNLL-U, e.g. `"PROPN"`.
    pub fn as_str(self) -> &'static str {
        UPOS_NAMES[self as usize].0
    }

    /// Parses a CoNLL-U UPOS tag.
    pub fn from_name(name: &str) -> Option<Upos> {
        UPOS_NAMES.iter().find(|(n, _)| *n == name).map(|&(_, u)| u)
    }

    /// Index 0..17.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag with index `index`.
    pub fn from_index(index: usize) -> Option<Upos> {
        UPOS_NAMES.get(index).map(|&(_, u)| u)
    }

    /// Nouns and proper nouns.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn)
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Universal Dependencies relations, with the subtypes English treebanks
/// use (EWT, GUM), older ones among them (`obl:tmod`, `obl:npmod`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Deprel {
    /// `punct`.
    Punct,
    /// `case`.
    Case,
    /// `nsubj`.
    Nsubj,
    /// `det`.
    Det,
    /// `root`.
    Root,
    /// `advmod`.
    Advmod,
    /// `amod`.
    Amod,
    /// `obj`.
    Obj,
    /// `obl`.
    Obl,
    /// `conj`.
    Conj,
    /// `nmod`.
    Nmod,
    /// `compound`.
    Compound,
    /// `cc`.
    Cc,
    /// `mark`.
    Mark,
    /// `aux`.
    Aux,
    /// `cop`.
    Cop,
    /// `nmod:poss`.
    NmodPoss,
    /// `advcl`.
    Advcl,
    /// `xcomp`.
    Xcomp,
    /// `flat`.
    Flat,
    /// `acl:relcl`.
    AclRelcl,
    /// `ccomp`.
    Ccomp,
    /// `parataxis`.
    Parataxis,
    /// `acl`.
    Acl,
    /// `appos`.
    Appos,
    /// `nummod`.
    Nummod,
    /// `aux:pass`.
    AuxPass,
    /// `nsubj:pass`.
    NsubjPass,
    /// `discourse`.
    Discourse,
    /// `obl:unmarked`.
    OblUnmarked,
    /// `nmod:unmarked`.
    NmodUnmarked,
    /// `compound:prt`.
    CompoundPrt,
    /// `expl`.
    Expl,
    /// `fixed`.
    Fixed,
    /// `list`.
    List,
    /// `iobj`.
    Iobj,
    /// `obl:agent`.
    OblAgent,
    /// `nmod:desc`.
    NmodDesc,
    /// `csubj`.
    Csubj,
    /// `reparandum`.
    Reparandum,
    /// `dep`.
    #[default]
    Dep,
    /// `nsubj:outer`.
    NsubjOuter,
    /// `det:predet`.
    DetPredet,
    /// `advcl:relcl`.
    AdvclRelcl,
    /// `vocative`.
    Vocative,
    /// `goeswith`.
    Goeswith,
    /// `cc:preconj`.
    CcPreconj,
    /// `orphan`.
    Orphan,
    /// `dislocated`.
    Dislocated,
    /// `csubj:pass`.
    CsubjPass,
    /// `csubj:outer`.
    CsubjOuter,
    /// `clf`.
    Clf,
    /// `obl:tmod`.
    OblTmod,
    /// `obl:npmod`.
    OblNpmod,
    /// `nmod:tmod`.
    NmodTmod,
    /// `nmod:npmod`.
    NmodNpmod,
    /// `flat:foreign`.
    FlatForeign,
}

const DEPREL_NAMES: [(&str, Deprel); 57] = [
    ("punct", Deprel::Punct),
    ("case", Deprel::Case),
    ("nsubj", Deprel::Nsubj),
    ("det", Deprel::Det),
    ("root", Deprel::Root),
    ("advmod", Deprel::Advmod),
    ("amod", Deprel::Amod),
    ("obj", Deprel::Obj),
    ("obl", Deprel::Obl),
    ("conj", Deprel::Conj),
    ("nmod", Deprel::Nmod),
    ("compound", Deprel::Compound),
    ("cc", Deprel::Cc),
    ("mark", Deprel::Mark),
    ("aux", Deprel::Aux),
    ("cop", Deprel::Cop),
    ("nmod:poss", Deprel::NmodPoss),
    ("advcl", Deprel::Advcl),
    ("xcomp", Deprel::Xcomp),
    ("flat", Deprel::Flat),
    ("acl:relcl", Deprel::AclRelcl),
    ("ccomp", Deprel::Ccomp),
    ("parataxis", Deprel::Parataxis),
    ("acl", Deprel::Acl),
    ("appos", Deprel::Appos),
    ("nummod", Deprel::Nummod),
    ("aux:pass", Deprel::AuxPass),
    ("nsubj:pass", Deprel::NsubjPass),
    ("discourse", Deprel::Discourse),
    ("obl:unmarked", Deprel::OblUnmarked),
    ("nmod:unmarked", Deprel::NmodUnmarked),
    ("compound:prt", Deprel::CompoundPrt),
    ("expl", Deprel::Expl),
    ("fixed", Deprel::Fixed),
    ("list", Deprel::List),
    ("iobj", Deprel::Iobj),
    ("obl:agent", Deprel::OblAgent),
    ("nmod:desc", Deprel::NmodDesc),
    ("csubj", Deprel::Csubj),
    ("reparandum", Deprel::Reparandum),
    ("dep", Deprel::Dep),
    ("nsubj:outer", Deprel::NsubjOuter),
    ("det:predet", Deprel::DetPredet),
    ("advcl:relcl", Deprel::AdvclRelcl),
    ("vocative", Deprel::Vocative),
    ("goeswith", Deprel::Goeswith),
    ("cc:preconj", Deprel::CcPreconj),
    ("orphan", Deprel::Orphan),
    ("dislocated", Deprel::Dislocated),
    ("csubj:pass", Deprel::CsubjPass),
    ("csubj:outer", Deprel::CsubjOuter),
    ("clf", Deprel::Clf),
    ("obl:tmod", Deprel::OblTmod),
    ("obl:npmod", Deprel::OblNpmod),
    ("nmod:tmod", Deprel::NmodTmod),
    ("nmod:npmod", Deprel::NmodNpmod),
    ("flat:foreign", Deprel::FlatForeign),
];

impl Deprel {
    /// The relation as written in CoNLL-U, e.g. `"nsubj:pass"`.
    pub fn as_str(self) -> &'static str {
        DEPREL_NAMES[self as usize].0
    }

    /// Parses a CoNLL-U relation; `None` for one outside this list.
    pub fn from_name(name: &str) -> Option<Deprel> {
        DEPREL_NAMES.iter().find(|(n, _)| *n == name).map(|&(_, d)| d)
    }

    /// Parses a relation, falling back on its universal part
    /// (`obl:foo` → `obl`) and then on `dep`.
    pub fn from_name_lenient(name: &str) -> Deprel {
        Deprel::from_name(name)
            .or_else(|| name.split_once(':').and_then(|(u, _)| Deprel::from_name(u)))
            .unwrap_or(Deprel::Dep)
    }

    /// The universal relation without its subtype (`nsubj:pass` → `nsubj`).
    pub fn universal(self) -> Deprel {
        let name = self.as_str();
        match name.split_once(':') {
            Some((u, _)) => Deprel::from_name(u).unwrap_or(Deprel::Dep),
            None => self,
        }
    }

    /// True when this is `rel` or a subtype of it (`nsubj:pass` is
    /// `nsubj`; `nsubj` is not `nsubj:pass`).
    pub fn is(self, rel: Deprel) -> bool {
        self == rel || self.universal() == rel
    }

    /// A bare noun phrase used as an adverbial (`Monday`, `last week`,
    /// `two miles`): `obl:unmarked` and the older `obl:tmod`/`obl:npmod`.
    pub fn is_unmarked_oblique(self) -> bool {
        matches!(self, Deprel::OblUnmarked | Deprel::OblTmod | Deprel::OblNpmod)
    }

    /// A bare noun phrase modifying a noun: `nmod:unmarked` and the older
    /// `nmod:tmod`/`nmod:npmod`.
    pub fn is_unmarked_nmod(self) -> bool {
        matches!(self, Deprel::NmodUnmarked | Deprel::NmodTmod | Deprel::NmodNpmod)
    }
}

impl fmt::Display for Deprel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upos_names_round_trip() {
        for (i, (name, upos)) in UPOS_NAMES.iter().enumerate() {
            assert_eq!(upos.as_str(), *name);
            assert_eq!(Upos::from_name(name), Some(*upos));
            assert_eq!(Upos::from_index(i), Some(*upos));
        }
        assert_eq!(Upos::from_name("VB"), None);
    }

    #[test]
    fn deprel_names_round_trip_and_subtypes() {
        for (name, rel) in DEPREL_NAMES {
            assert_eq!(rel.as_str(), name);
            assert_eq!(Deprel::from_name(name), Some(rel));
        }
        for (rel, universal) in [
            (Deprel::NsubjPass, Deprel::Nsubj),
            (Deprel::AclRelcl, Deprel::Acl),
            (Deprel::OblUnmarked, Deprel::Obl),
            (Deprel::Obj, Deprel::Obj),
        ] {
            assert_eq!(rel.universal(), universal);
            assert!(rel.is(universal));
        }
        assert!(!Deprel::Nsubj.is(Deprel::NsubjPass));
        assert_eq!(Deprel::from_name_lenient("obl:foo"), Deprel::Obl);
        assert_eq!(Deprel::from_name_lenient("nonsense"), Deprel::Dep);
    }
}
