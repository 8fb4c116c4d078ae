//! Feature templates of the parser (after Zhang & Nivre 2011: words,
//! tags, labels, distance, valency and label sets around the stack top
//! and the buffer front).

use super::state::{State, NONE};
use crate::hash::{combine, feature1, feature2, feature3};

const NO_WORD: u64 = 0x4e4f_5f57_4f52_4400;
const NO_TAG: u64 = 0x4e4f_5f54_4147_0000;
const NO_LABEL: u64 = 0x4e4f_5f4c_4142_0000;

/// Word and tag keys of a sentence, index 0 being the root.
#[derive(Debug, Default, Clone)]
pub struct Tokens {
    /// Word key per token.
    pub words: Vec<u64>,
    /// Tag key per token.
    pub tags: Vec<u64>,
    /// Number of punctuation tokens before each token.
    pub punct_before: Vec<u32>,
    /// Word cluster features per token (prefixes and leaf).
    pub clusters: Vec<[u64; 3]>,
}

impl Tokens {
    /// Fills [`Tokens::punct_before`] from per-token punctuation flags.
    pub fn count_punctuation(&mut self, is_punct: &[bool]) {
        self.punct_before.clear();
        let mut count = 0;
        for &p in is_punct {
            self.punct_before.push(count);
            count += p as u32;
        }
        self.punct_before.push(count);
    }

    fn punct_between(&self, left: u32, right: u32) -> u64 {
        if left == NONE || right == NONE || right <= left {
            return 9;
        }
        let at = |i: u32| self.punct_before.get(i as usize).copied().unwrap_or(0);
        (at(right) - at(left + 1)).min(3) as u64
    }

    #[inline(always)]
    fn word(&self, t: u32) -> u64 {
        if t == NONE {
            NO_WORD
        } else {
            self.words[t as usize]
        }
    }

    #[inline(always)]
    fn cluster(&self, t: u32) -> [u64; 3] {
        if t == NONE {
            [NO_WORD; 3]
        } else {
            self.clusters.get(t as usize).copied().unwrap_or([NO_WORD; 3])
        }
    }

    #[inline(always)]
    fn tag(&self, t: u32) -> u64 {
        if t == NONE {
            NO_TAG
        } else {
            self.tags[t as usize]
        }
    }
}

#[inline(always)]
fn label(state: &State, t: u32) -> u64 {
    if t == NONE {
        NO_LABEL
    } else {
        state.labels[t as usize] as u64
    }
}

#[inline(always)]
fn pick<T: Copy>(values: &[T], t: u32, missing: T) -> T {
    if t == NONE {
        missing
    } else {
        values[t as usize]
    }
}

fn distance_bucket(s0: u32, n0: u32) -> u64 {
    if s0 == NONE || n0 == NONE {
        return 99;
    }
    match n0.saturating_sub(s0) {
        d @ 0..=4 => d as u64,
        5..=6 => 5,
        7..=10 => 6,
        _ => 7,
    }
}

/// Writes the feature keys of `state` into `out`.
pub fn parse_features(tokens: &Tokens, state: &State, out: &mut Vec<u64>) {
    buffer_features(tokens, state.buffer, state.n, out);
    push_state_features(tokens, state, out);
}

/// Writes the keys of the features that depend only on the buffer front
/// `buffer` (of `n` tokens) into `out`; they stay the same until the
/// buffer moves, so their scores can be reused.
pub fn buffer_features(tokens: &Tokens, buffer: u32, n: u32, out: &mut Vec<u64>) {
    out.clear();
    let at = |i: u32| if i < n { i } else { NONE };
    let (n0w, n0p) = (tokens.word(at(buffer)), tokens.tag(at(buffer)));
    let (n1w, n1p) = (tokens.word(at(buffer + 1)), tokens.tag(at(buffer + 1)));
    let (n2w, n2p) = (tokens.word(at(buffer + 2)), tokens.tag(at(buffer + 2)));
    out.extend_from_slice(&[
        feature1(100, 0),
        feature1(104, combine(n0w, n0p)),
        feature1(105, n0w),
        feature1(106, n0p),
        feature2(107, n1w, n1p),
        feature1(108, n1w),
        feature1(109, n1p),
        feature2(110, n2w, n2p),
        feature1(111, n2w),
        feature1(112, n2p),
        feature2(120, n0p, n1p),
        feature3(121, n0p, n1p, n2p),
    ]);
    // word clusters (leaf, 8-bit path prefix)
    let n0c = tokens.cluster(at(buffer));
    let n1c = tokens.cluster(at(buffer + 1));
    out.extend_from_slice(&[
        feature1(190, n0c[2]),
        feature1(191, n1c[2]),
        feature2(192, n0c[1], n1c[1]),
        feature2(193, n0c[2], n0p),
    ]);
}

/// Appends the keys of the features that depend on the stack and the
/// arcs built so far.
pub fn push_state_features(tokens: &Tokens, state: &State, out: &mut Vec<u64>) {
    let depth = state.stack.len();
    let s0 = state.stack.last().copied().unwrap_or(NONE);
    let s1 = if depth >= 2 { state.stack[depth - 2] } else { NONE };
    let at = |i: u32| if i < state.n { i } else { NONE };
    let n0 = at(state.buffer);
    let n1 = at(state.buffer + 1);
    let s0h = pick(&state.heads, s0, NONE);
    let s0h2 = pick(&state.heads, s0h, NONE);
    let [s0l, s0l2] = pick(&state.left, s0, [NONE; 2]);
    let [s0r, s0r2] = pick(&state.right, s0, [NONE; 2]);
    let [n0l, n0l2] = pick(&state.left, n0, [NONE; 2]);

    let (s0w, s0p) = (tokens.word(s0), tokens.tag(s0));
    let (n0w, n0p) = (tokens.word(n0), tokens.tag(n0));
    let n1p = tokens.tag(n1);
    let (s1w, s1p) = (tokens.word(s1), tokens.tag(s1));
    let s0wp = combine(s0w, s0p);
    let n0wp = combine(n0w, n0p);
    let s0hp = tokens.tag(s0h);
    let (s0lp, s0rp, n0lp) = (tokens.tag(s0l), tokens.tag(s0r), tokens.tag(n0l));
    let dist = distance_bucket(s0, n0);
    let punct = tokens.punct_between(s0, n0);
    let [s0vl, s0vr] = pick(&state.valency, s0, [0; 2]).map(u64::from);
    let n0vl = pick(&state.valency, n0, [0; 2])[0] as u64;
    let [s0sl, s0sr] = pick(&state.label_sets, s0, [0; 2]);
    let n0sl = pick(&state.label_sets, n0, [0; 2])[0];

    out.extend_from_slice(&[
        // single tokens
        feature1(101, s0wp),
        feature1(102, s0w),
        feature1(103, s0p),
        // pairs
        feature2(113, s0wp, n0wp),
        feature2(114, s0wp, n0w),
        feature2(115, s0w, n0wp),
        feature2(116, s0wp, n0p),
        feature2(117, s0p, n0wp),
        feature2(118, s0w, n0w),
        feature2(119, s0p, n0p),
        // triples of tags
        feature3(122, s0p, n0p, n1p),
        feature3(123, s0hp, s0p, n0p),
        feature3(124, s0p, s0lp, n0p),
        feature3(125, s0p, s0rp, n0p),
        feature3(126, s0p, n0p, n0lp),
        // distance
        feature2(127, s0w, dist),
        feature2(128, s0p, dist),
        feature2(129, n0w, dist),
        feature2(130, n0p, dist),
        feature3(131, s0w, n0w, dist),
        feature3(132, s0p, n0p, dist),
        // valency
        feature2(133, s0w, s0vr),
        feature2(134, s0p, s0vr),
        feature2(135, s0w, s0vl),
        feature2(136, s0p, s0vl),
        feature2(137, n0w, n0vl),
        feature2(138, n0p, n0vl),
        // second-order unigrams
        feature1(139, tokens.word(s0h)),
        feature1(140, s0hp),
        feature1(141, label(state, s0)),
        feature1(142, tokens.word(s0l)),
        feature1(143, s0lp),
        feature1(144, label(state, s0l)),
        feature1(145, tokens.word(s0r)),
        feature1(146, s0rp),
        feature1(147, label(state, s0r)),
        feature1(148, tokens.word(n0l)),
        feature1(149, n0lp),
        feature1(150, label(state, n0l)),
        // third order
        feature1(151, tokens.word(s0h2)),
        feature1(152, tokens.tag(s0h2)),
        feature1(153, label(state, s0h)),
        feature1(154, tokens.word(s0l2)),
        feature1(155, tokens.tag(s0l2)),
        feature1(156, label(state, s0l2)),
        feature1(157, tokens.word(s0r2)),
        feature1(158, tokens.tag(s0r2)),
        feature1(159, label(state, s0r2)),
        feature1(160, tokens.word(n0l2)),
        feature1(161, tokens.tag(n0l2)),
        feature1(162, label(state, n0l2)),
        feature3(163, s0p, s0lp, tokens.tag(s0l2)),
        feature3(164, s0p, s0rp, tokens.tag(s0r2)),
        feature3(165, s0p, s0hp, tokens.tag(s0h2)),
        feature3(166, n0p, n0lp, tokens.tag(n0l2)),
        // label sets
        feature2(167, s0w, s0sr),
        feature2(168, s0p, s0sr),
        feature2(169, s0w, s0sl),
        feature2(170, s0p, s0sl),
        feature2(171, n0w, n0sl),
        feature2(172, n0p, n0sl),
        // second stack item
        feature1(173, s1w),
        feature1(174, s1p),
        feature3(175, s1p, s0p, n0p),
        feature2(176, s1w, s0w),
        feature3(177, s0p, label(state, s0), n0p),
        feature3(178, s0p, n0p, punct),
        feature2(179, n0wp, punct),
        feature2(180, s0wp, punct),
    ]);
    // word clusters
    let s0c = tokens.cluster(s0);
    let n0c = tokens.cluster(n0);
    out.extend_from_slice(&[
        feature1(194, s0c[2]),
        feature2(195, s0c[2], n0c[2]),
        feature2(196, s0c[1], n0c[1]),
        feature2(197, s0p, n0c[2]),
        feature2(198, s0c[2], n0p),
    ]);
}
