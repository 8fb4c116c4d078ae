//! Universal POS tags.

/// The 17 Universal Dependencies part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

const NAMES: [(&str, Upos); 17] = [
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
        NAMES[self as usize].0
    }

    /// Parses a CoNLL-U UPOS tag.
    pub fn from_name(name: &str) -> Option<Upos> {
        NAMES.iter().find(|(n, _)| *n == name).map(|&(_, u)| u)
    }

    /// Index 0..17.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The tag with index `index`.
    pub fn from_index(index: usize) -> Option<Upos> {
        NAMES.get(index).map(|&(_, u)| u)
    }
}

impl std::fmt::Display for Upos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (i, (name, upos)) in NAMES.iter().enumerate() {
            assert_eq!(upos.as_str(), *name);
            assert_eq!(Upos::from_name(name), Some(*upos));
            assert_eq!(Upos::from_index(i), Some(*upos));
        }
        assert_eq!(Upos::from_name("VB"), None);
    }
}
