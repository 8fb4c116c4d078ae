//! Part-of-speech tagger: a greedy left-to-right averaged perceptron that
//! predicts a joint (UPOS, XPOS) class, with a tag dictionary for frequent
//! unambiguous words.

mod features;
mod train;

pub use train::{train_tagger, TaggerTraining};

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::FastMap;
use crate::intern::intern;
use crate::upos::Upos;
use crate::weights::{argmax_allowed, FrozenWeights};
use crate::words::WordInfo;
use features::{tag_features, START2_TAG, START_TAG};

/// The joint tag classes: class id → (UPOS, XPOS).
#[derive(Debug, Clone, Default)]
pub struct TagSet {
    upos: Vec<Upos>,
    xpos: Vec<&'static str>,
}

impl TagSet {
    /// Number of classes.
    pub fn len(&self) -> usize {
        self.upos.len()
    }

    /// The class of `(upos, xpos)`, added if new. Fails past 250 classes.
    pub fn intern(&mut self, upos: Upos, xpos: &str) -> Option<u8> {
        if let Some(id) = self.find(upos, xpos) {
            return Some(id);
        }
        if self.upos.len() >= 250 {
            return None;
        }
        self.upos.push(upos);
        self.xpos.push(intern(xpos));
        Some((self.upos.len() - 1) as u8)
    }

    /// The class of `(upos, xpos)` if known.
    pub fn find(&self, upos: Upos, xpos: &str) -> Option<u8> {
        (0..self.upos.len())
            .find(|&i| self.upos[i] == upos && self.xpos[i] == xpos)
            .map(|i| i as u8)
    }

    /// UPOS of class `id`.
    pub fn upos(&self, id: u8) -> Upos {
        self.upos.get(id as usize).copied().unwrap_or(Upos::X)
    }

    /// XPOS of class `id`.
    pub fn xpos(&self, id: u8) -> &'static str {
        self.xpos.get(id as usize).copied().unwrap_or("_")
    }

    fn write(&self, out: &mut ByteWriter) {
        let upos: Vec<u8> = self.upos.iter().map(|u| u.index() as u8).collect();
        out.u8s(&upos);
        out.strs(&self.xpos);
    }

    fn read(input: &mut ByteReader) -> Result<Self> {
        let upos = input
            .u8s()?
            .into_iter()
            .map(|i| Upos::from_index(i as usize))
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| ParseError::InvalidModel("bad UPOS index".into()))?;
        let xpos: Vec<&'static str> = input.strs()?.iter().map(|s| intern(s)).collect();
        if upos.len() != xpos.len() || upos.len() > 250 {
            return Err(ParseError::InvalidModel("bad tag set".into()));
        }
        Ok(TagSet { upos, xpos })
    }
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    tagset: TagSet,
    weights: FrozenWeights,
    tag_dictionary: FastMap<u64, u8>,
    ambiguity: FastMap<u64, u64>,
}

impl Tagger {
    /// The tag classes.
    pub fn tagset(&self) -> &TagSet {
        &self.tagset
    }

    /// Size summary: (features, weights, dictionary words).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.weights.num_features(),
            self.weights.num_weights(),
            self.tag_dictionary.len(),
        )
    }

    /// A copy with small weights dropped.
    pub fn pruned(&self, min_quantised: i16) -> Tagger {
        Tagger {
            weights: self.weights.pruned(min_quantised),
            ..self.clone()
        }
    }

    /// Ambiguity class of a lowercase hash.
    pub fn ambiguity_of(&self, lower: u64) -> Option<u64> {
        self.ambiguity.get(&lower).copied()
    }

    /// Tags a sentence whose word infos were computed with
    /// [`Tagger::ambiguity_of`]; writes one class id per word into `tags`.
    pub fn tag(
        &self,
        words: &[WordInfo],
        tags: &mut Vec<u8>,
        features: &mut Vec<u64>,
        scores: &mut Vec<i32>,
    ) {
        tags.clear();
        scores.resize(self.tagset.len(), 0);
        let (mut prev, mut prev2) = (START_TAG, START2_TAG);
        for (i, word) in words.iter().enumerate() {
            let tag = match self.tag_dictionary.get(&word.form) {
                Some(&tag) => tag,
                None => {
                    tag_features(words, i, prev, prev2, features);
                    self.weights.score(features, scores);
                    argmax_allowed(scores, |_| true).unwrap_or(0) as u8
                }
            };
            tags.push(tag);
            prev2 = prev;
            prev = tag;
        }
    }

    /// Serialises the tagger.
    pub fn write(&self, out: &mut ByteWriter) {
        self.tagset.write(out);
        self.weights.write(out);
        write_map(out, &self.tag_dictionary, |out, &v| out.u8(v));
        write_map(out, &self.ambiguity, |out, &v| out.u64(v));
    }

    /// Reads a tagger written by [`Tagger::write`].
    pub fn read(input: &mut ByteReader) -> Result<Self> {
        let tagset = TagSet::read(input)?;
        let weights = FrozenWeights::read(input)?;
        if weights.num_classes() != tagset.len() {
            return Err(ParseError::InvalidModel("tagger class count mismatch".into()));
        }
        let tag_dictionary = read_map(input, 9, |input| input.u8())?;
        if tag_dictionary.values().any(|&t| t as usize >= tagset.len()) {
            return Err(ParseError::InvalidModel("bad tag dictionary".into()));
        }
        let ambiguity = read_map(input, 16, |input| input.u64())?;
        Ok(Tagger {
            tagset,
            weights,
            tag_dictionary,
            ambiguity,
        })
    }
}

fn write_map<V>(out: &mut ByteWriter, map: &FastMap<u64, V>, write_value: impl Fn(&mut ByteWriter, &V)) {
    let mut keys: Vec<u64> = map.keys().copied().collect();
    keys.sort_unstable();
    out.len(keys.len());
    for key in keys {
        out.u64(key);
        write_value(out, &map[&key]);
    }
}

fn read_map<V>(
    input: &mut ByteReader,
    entry_size: usize,
    read_value: impl Fn(&mut ByteReader) -> Result<V>,
) -> Result<FastMap<u64, V>> {
    let len = input.len(entry_size)?;
    let mut map = FastMap::default();
    map.reserve(len);
    for _ in 0..len {
        let key = input.u64()?;
        map.insert(key, read_value(input)?);
    }
    Ok(map)
}
