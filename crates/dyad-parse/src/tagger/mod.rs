//! Part-of-speech tagger: a greedy left-to-right averaged perceptron that
//! predicts a joint (UPOS, XPOS) class, with a tag dictionary for frequent
//! unambiguous words.

mod features;
pub mod train;
mod verbless;

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::FastMap;
use crate::intern::intern;
use crate::upos::Upos;
use crate::weights::{argmax_allowed, FrozenWeights};
use crate::words::{WordInfo, UNKNOWN_AMBIGUITY};
use dyad_core::TagHint;
use features::{lookahead_features, tag_features, START2_TAG, START_TAG};

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

/// First-pass margin (in perceptron units) above which the second pass
/// keeps the first pass's tag without scoring the word again.
const SURE_MARGIN: f32 = 40.0;

/// Reusable buffers of [`Tagger::tag`].
#[derive(Debug, Default, Clone)]
pub struct TagBuffers {
    features: Vec<u64>,
    scores: Vec<i32>,
    margins: Vec<f32>,
}

/// The best class and its lead over the runner-up.
fn best_with_margin(scores: &[i32]) -> (u8, i32) {
    let (mut best, mut top, mut second) = (0usize, i32::MIN, i32::MIN);
    for (class, &score) in scores.iter().enumerate() {
        if score > top {
            (best, second, top) = (class, top, score);
        } else if score > second {
            second = score;
        }
    }
    (best as u8, top.saturating_sub(second))
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    tagset: TagSet,
    weights: FrozenWeights,
    /// Weights of the second pass, which also sees the first pass's tags
    /// of the following words.
    second: Option<FrozenWeights>,
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
            second: self.second.as_ref().map(|w| w.pruned(min_quantised)),
            ..self.clone()
        }
    }

    /// This tagger as first pass, with `second`'s weights (trained with
    /// lookahead features) as second pass.
    pub fn with_second(self, second: Tagger) -> Tagger {
        Tagger {
            second: Some(second.weights),
            ..self
        }
    }

    /// Ambiguity class of a lowercase hash.
    pub fn ambiguity_of(&self, lower: u64) -> Option<u64> {
        self.ambiguity.get(&lower).copied()
    }

    /// Tags a sentence whose word infos were computed with
    /// [`Tagger::ambiguity_of`]; writes one class id per word into `tags`
    /// (`first` receives the first pass's tags when there are two).
    /// `hints` (one per word, or empty) constrain words as
    /// [`Tagger::usable_hint`] says; with hints, the text is taken to be
    /// edited prose, where a sentence ending in a full stop has a finite
    /// verb (see [`verbless`]).
    pub fn tag(
        &self,
        words: &[WordInfo],
        hints: &[TagHint],
        tags: &mut Vec<u8>,
        first: &mut Vec<u8>,
        buffers: &mut TagBuffers,
    ) {
        self.tag_with_margin(words, hints, tags, first, buffers, SURE_MARGIN);
    }

    /// Like [`Tagger::tag`] without hints, but the second pass looks at
    /// every word the tag dictionary does not cover (used in training).
    pub fn tag_exhaustively(&self, words: &[WordInfo], tags: &mut Vec<u8>, buffers: &mut TagBuffers) {
        self.tag_with_margin(words, &[], tags, &mut Vec::new(), buffers, f32::INFINITY);
    }

    /// The hint the tagger follows for `word`: quote directions and the
    /// inner and final lower-case words of known names always, a
    /// capitalised name word only when training never saw the word (a
    /// known word's own evidence beats the dictionaries: `May` may be a
    /// month or a verb).
    fn usable_hint(hints: &[TagHint], i: usize, word: &WordInfo) -> Option<TagHint> {
        match hints.get(i).copied().unwrap_or_default() {
            TagHint::Free => None,
            TagHint::Name => (word.ambiguity == UNKNOWN_AMBIGUITY
                && word.form_ambiguity == UNKNOWN_AMBIGUITY)
                .then_some(TagHint::Name),
            always => Some(always),
        }
    }

    /// True when class `class` satisfies `hint`.
    fn allows(&self, hint: TagHint, class: usize) -> bool {
        let class = class as u8;
        match hint {
            TagHint::Free => true,
            TagHint::Name | TagHint::NameParticle => self.tagset.upos(class) == Upos::Propn,
            TagHint::NameNoun => self.tagset.upos(class) == Upos::Noun,
            TagHint::OpeningQuote => self.tagset.xpos(class) == "``",
            TagHint::ClosingQuote => self.tagset.xpos(class) == "''",
        }
    }

    fn tag_with_margin(
        &self,
        words: &[WordInfo],
        hints: &[TagHint],
        tags: &mut Vec<u8>,
        first: &mut Vec<u8>,
        buffers: &mut TagBuffers,
        sure_margin: f32,
    ) {
        self.first_pass(words, hints, tags, buffers);
        if let Some(second) = &self.second {
            std::mem::swap(tags, first);
            self.second_pass(second, words, first, tags, buffers, sure_margin);
        }
        // Hints mean edited prose (news), where a sentence has a verb; web
        // text has verbless sentences (`Great food, friendly staff.`).
        if !hints.is_empty() {
            self.ensure_finite_verb(words, hints, tags, buffers);
        }
    }

    /// Tags greedily left to right; records each word's margin (best
    /// minus second best score, in perceptron units; infinite for words
    /// the tag dictionary or a hint decides).
    fn first_pass(
        &self,
        words: &[WordInfo],
        hints: &[TagHint],
        tags: &mut Vec<u8>,
        buffers: &mut TagBuffers,
    ) {
        let TagBuffers {
            features,
            scores,
            margins,
        } = buffers;
        tags.clear();
        margins.clear();
        scores.resize(self.tagset.len(), 0);
        let unit = 1.0 / self.weights.scale();
        let (mut prev, mut prev2) = (START_TAG, START2_TAG);
        for (i, word) in words.iter().enumerate() {
            let hint = Self::usable_hint(hints, i, word);
            let (tag, margin) = match (hint, self.tag_dictionary.get(&word.form)) {
                (None, Some(&tag)) => (tag, f32::INFINITY),
                (None, None) => {
                    tag_features(words, i, prev, prev2, features);
                    self.weights.score(features, scores);
                    let (best, margin) = best_with_margin(scores);
                    (best, margin as f32 * unit)
                }
                (Some(hint), _) => {
                    tag_features(words, i, prev, prev2, features);
                    self.weights.score(features, scores);
                    let best = argmax_allowed(scores, |c| self.allows(hint, c));
                    let best = best.unwrap_or_else(|| best_with_margin(scores).0 as usize);
                    (best as u8, f32::INFINITY)
                }
            };
            tags.push(tag);
            margins.push(margin);
            prev2 = prev;
            prev = tag;
        }
    }

    /// Re-tags the words the first pass was unsure of, seeing its tags of
    /// the following words.
    fn second_pass(
        &self,
        weights: &FrozenWeights,
        words: &[WordInfo],
        first: &[u8],
        tags: &mut Vec<u8>,
        buffers: &mut TagBuffers,
        sure_margin: f32,
    ) {
        let TagBuffers {
            features,
            scores,
            margins,
        } = buffers;
        tags.clear();
        let (mut prev, mut prev2) = (START_TAG, START2_TAG);
        for (i, &margin) in margins.iter().enumerate() {
            let tag = if margin >= sure_margin {
                first[i]
            } else {
                tag_features(words, i, prev, prev2, features);
                lookahead_features(words, i, prev, first, features);
                weights.score(features, scores);
                argmax_allowed(scores, |_| true).unwrap_or(0) as u8
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
        out.u8(self.second.is_some() as u8);
        if let Some(second) = &self.second {
            second.write(out);
        }
        write_map(out, &self.tag_dictionary, |out, &v| out.u8(v));
        write_map(out, &self.ambiguity, |out, &v| out.u64(v));
    }

    /// Reads a tagger written by [`Tagger::write`].
    pub fn read(input: &mut ByteReader) -> Result<Self> {
        let tagset = TagSet::read(input)?;
        let weights = FrozenWeights::read(input)?;
        let second = match input.u8()? {
            0 => None,
            _ => Some(FrozenWeights::read(input)?),
        };
        let classes = |w: &FrozenWeights| w.num_classes() == tagset.len();
        if !classes(&weights) || !second.as_ref().is_none_or(classes) {
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
            second,
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
