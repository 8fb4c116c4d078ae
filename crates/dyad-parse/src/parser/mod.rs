//! Greedy transition-based dependency parser (arc-eager, averaged
//! perceptron, trained with a dynamic oracle).

mod features;
mod oracle;
mod state;
pub mod train;

pub use features::Tokens;
pub use oracle::GoldTree;

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::intern::intern;
use crate::weights::FrozenWeights;
use features::{buffer_features, parse_features, push_state_features};
use state::{Move, State, NONE};

/// Reusable buffers for parsing one sentence after another.
#[derive(Debug, Default, Clone)]
pub struct ParseScratch {
    /// Word and tag keys of the sentence being parsed (index 0 = root).
    pub tokens: Tokens,
    /// Whether each token (index 0 = root) is punctuation.
    pub is_punct: Vec<bool>,
    state: State,
    features: Vec<u64>,
    scores: Vec<i32>,
    buffer_scores: Vec<i32>,
}

impl ParseScratch {
    /// Head of word `i` (1-based) after parsing; 0 is the root.
    pub fn head(&self, i: usize) -> u32 {
        self.state.heads[i]
    }

    /// Label id of word `i` (1-based) after parsing.
    pub fn label(&self, i: usize) -> u8 {
        self.state.labels[i]
    }
}

/// A trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    labels: Vec<&'static str>,
    /// Move classes the weights score, in their order (the moves seen in
    /// the training trees); the other moves are never predicted.
    kept: Vec<u16>,
    /// Index into `kept` of every move class, [`DROPPED`] if not kept.
    compact: Vec<u8>,
    weights: FrozenWeights,
    special: SpecialLabels,
}

/// Marks a move class the parser never predicts.
const DROPPED: u8 = u8::MAX;

/// The compact index of every move class (`DROPPED` if not in `kept`).
fn compact_classes(kept: &[u16], num_classes: usize) -> Vec<u8> {
    let mut compact = vec![DROPPED; num_classes];
    for (i, &class) in kept.iter().enumerate() {
        compact[class as usize] = i as u8;
    }
    compact
}

/// Label ids the decoder needs by name.
#[derive(Debug, Clone, Copy)]
pub struct SpecialLabels {
    root: u8,
    punct: u8,
    fallback: u8,
}

impl SpecialLabels {
    /// Finds `root`, `punct` and a fallback (`parataxis`, else `dep`).
    pub fn find(labels: &[&str]) -> Option<SpecialLabels> {
        let id = |name: &str| labels.iter().position(|&l| l == name).map(|i| i as u8);
        let root = id("root")?;
        Some(SpecialLabels {
            root,
            punct: id("punct").unwrap_or(root),
            fallback: id("parataxis").or_else(|| id("dep")).unwrap_or(root),
        })
    }
}

impl Parser {
    /// Relation name of label id `id`.
    pub fn label_name(&self, id: u8) -> &'static str {
        self.labels.get(id as usize).copied().unwrap_or("dep")
    }

    /// A copy with small weights dropped.
    pub fn pruned(&self, min_quantised: i16) -> Parser {
        Parser {
            weights: self.weights.pruned(min_quantised),
            ..self.clone()
        }
    }

    /// Size summary: (features, weights, scored move classes).
    pub fn sizes(&self) -> (usize, usize, usize) {
        (
            self.weights.num_features(),
            self.weights.num_weights(),
            self.kept.len(),
        )
    }

    /// Parses the sentence in `scratch.tokens` (words and tags filled in,
    /// index 0 for the root) and leaves heads and labels in `scratch`.
    pub fn parse(&self, scratch: &mut ParseScratch) {
        let words = scratch.tokens.words.len().saturating_sub(1);
        let classes = self.weights.num_classes();
        let ParseScratch {
            tokens,
            is_punct,
            state,
            features,
            scores,
            buffer_scores,
        } = scratch;
        state.reset(words, self.special.root);
        scores.resize(classes, 0);
        buffer_scores.resize(classes, 0);
        let mut scored_buffer = NONE;
        while !state.is_terminal() {
            // Features of the buffer alone only change when it moves.
            if state.buffer != scored_buffer {
                buffer_features(tokens, state.buffer, state.n, features);
                self.weights.score(features, buffer_scores);
                scored_buffer = state.buffer;
            }
            features.clear();
            push_state_features(tokens, state, features);
            self.weights.score_from(buffer_scores, features, scores);
            let compact = &self.compact;
            let heads_punct = punct_as_head(state, is_punct);
            let best = best_valid_move(state, compact.len(), |c| {
                let i = compact[c];
                (i != DROPPED && !heads_punct(Move::from_class(c))).then(|| scores[i as usize])
            });
            state.apply(best.unwrap_or(Move::Shift));
        }
        finish_tree(state, is_punct, self.special);
    }

    /// Serialises the parser.
    pub fn write(&self, out: &mut ByteWriter) {
        out.strs(&self.labels);
        out.u16s(&self.kept);
        self.weights.write(out);
    }

    /// Reads a parser written by [`Parser::write`].
    pub fn read(input: &mut ByteReader) -> Result<Self> {
        let labels: Vec<&'static str> = input.strs()?.iter().map(|s| intern(s)).collect();
        let kept = input.u16s()?;
        let weights = FrozenWeights::read(input)?;
        let num_classes = Move::num_classes(labels.len());
        let sorted = kept.windows(2).all(|w| w[0] < w[1]);
        if labels.len() > 126
            || weights.num_classes() != kept.len()
            || !sorted
            || kept.iter().any(|&c| c as usize >= num_classes)
        {
            return Err(ParseError::InvalidModel("parser label count mismatch".into()));
        }
        let special = SpecialLabels::find(&labels)
            .ok_or_else(|| ParseError::InvalidModel("parser has no root label".into()))?;
        Ok(Parser {
            compact: compact_classes(&kept, num_classes),
            kept,
            labels,
            weights,
            special,
        })
    }
}

/// Whether a move would make the punctuation mark on the stack the head of
/// the next word: UD keeps punctuation a leaf. (Forbidding the other
/// direction too, a word on the stack taking the next mark as its head,
/// cost 0.15 LAS on EWT test: the greedy parser then strands the word.)
fn punct_as_head<'a>(state: &State, is_punct: &'a [bool]) -> impl Fn(Move) -> bool + 'a {
    let top = state.top();
    let top_is_punct = top != 0 && is_punct.get(top as usize).copied().unwrap_or(false);
    move |m| top_is_punct && matches!(m, Move::Right(_))
}

/// Runs the greedy decoder until the buffer is empty.
fn decode<S: PartialOrd + Copy>(
    state: &mut State,
    tokens: &Tokens,
    features: &mut Vec<u64>,
    scores: &mut [S],
    kept: &[bool],
    mut score: impl FnMut(&[u64], &mut [S]),
) {
    while !state.is_terminal() {
        parse_features(tokens, state, features);
        score(features, scores);
        let best = best_valid_move(state, scores.len(), |c| kept[c].then(|| scores[c]));
        state.apply(best.unwrap_or(Move::Shift));
    }
}

/// The best-scoring valid move of the `num_classes` move classes;
/// `score` gives a class's score, `None` for a move not allowed.
fn best_valid_move<S: PartialOrd + Copy>(
    state: &State,
    num_classes: usize,
    score: impl Fn(usize) -> Option<S>,
) -> Option<Move> {
    let mut best: Option<(Move, S)> = None;
    let mut consider = |m: Move| {
        if let Some(s) = score(m.class()) {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((m, s));
            }
        }
    };
    if state.is_terminal() {
        return None;
    }
    consider(Move::Shift);
    if state.is_valid(Move::Reduce) {
        consider(Move::Reduce);
    }
    let num_labels = (num_classes - 2) / 2;
    let s = state.top();
    if s == 0 {
        if state.root_child == NONE {
            consider(Move::Right(state.root_label));
        }
        return best.map(|(m, _)| m);
    }
    let left_ok = state.heads[s as usize] == NONE;
    for label in (0..num_labels as u8).filter(|&l| l != state.root_label) {
        if left_ok {
            consider(Move::Left(label));
        }
        consider(Move::Right(label));
    }
    best.map(|(m, _)| m)
}

/// Attaches words left without a head: the first becomes the root if
/// there is none, the others hang from the root's dependent.
fn finish_tree(state: &mut State, is_punct: &[bool], special: SpecialLabels) {
    for i in 1..state.n as usize {
        if state.heads[i] != NONE {
            continue;
        }
        if state.root_child == NONE {
            state.heads[i] = 0;
            state.labels[i] = special.root;
            state.root_child = i as u32;
        } else {
            state.heads[i] = state.root_child;
            state.labels[i] = if is_punct.get(i).copied().unwrap_or(false) {
                special.punct
            } else {
                special.fallback
            };
        }
    }
}

/// Makes a tree projective by lifting crossing arcs (`heads[0]` unused).
pub fn projectivize_heads(heads: &mut [u32]) {
    oracle::projectivize(heads);
}
