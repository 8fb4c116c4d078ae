//! Word clusters learned from the training text: Brown et al. (1992)
//! class-based bigram clustering with Liang's (2005) window of active
//! clusters, giving every frequent word a leaf of a binary tree. The
//! tagger and the parser use the leaf and two prefixes of its path (a
//! coarse, part-of-speech-like class and a finer one) as word features
//! that generalise from seen words to words seen only in other contexts.

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::{combine, FastMap};

/// Path prefix lengths (in bits) used as features besides the leaf.
const PREFIXES: [usize; 2] = [4, 8];

/// Feature value of a word without a cluster.
pub const NO_CLUSTER: [u64; 3] = [
    0x4e4f_434c_0000_0001,
    0x4e4f_434c_0000_0002,
    0x4e4f_434c_0000_0003,
];

/// Settings of [`Clusters::learn`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterSettings {
    /// Number of leaf clusters (the window of active clusters).
    pub clusters: usize,
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
}

/// Learned word clusters: each clustered word's leaf and its path.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    /// Word key (the parser's `norm` hash) → leaf index.
    words: FastMap<u64, u16>,
    /// Path of each leaf from the root: the first bits (most significant
    /// first, at most 64) and the length.
    paths: Vec<(u64, u16)>,
    /// Feature values of each leaf: prefixes of [`PREFIXES`] bits, leaf.
    features: Vec<[u64; 3]>,
}

impl Clusters {
    /// Number of clustered words and of leaves.
    pub fn sizes(&self) -> (usize, usize) {
        (self.words.len(), self.paths.len())
    }

    /// Feature values of the word with key `norm`: two path prefixes and
    /// the leaf ([`NO_CLUSTER`] for words without a cluster).
    #[inline]
    pub fn of(&self, norm: u64) -> [u64; 3] {
        match self.words.get(&norm) {
            Some(&leaf) => self.features[leaf as usize],
            None => NO_CLUSTER,
        }
    }

    /// The leaf path of the word with key `norm` as a string of `0` and
    /// `1` (for tests and inspection).
    pub fn path(&self, norm: u64) -> Option<String> {
        let &leaf = self.words.get(&norm)?;
        let (bits, len) = self.paths[leaf as usize];
        let shown = (len as usize).min(64);
        Some(
            (0..shown)
                .map(|i| if bits >> (63 - i) & 1 == 1 { '1' } else { '0' })
                .collect(),
        )
    }

    fn from_parts(words: FastMap<u64, u16>, paths: Vec<(u64, u16)>) -> Clusters {
        let features = paths
            .iter()
            .enumerate()
            .map(|(leaf, &(bits, len))| {
                let prefix = |k: usize, salt: u64| {
                    let kept = k.min(len as usize);
                    let value = if kept == 0 { 0 } else { bits >> (64 - kept) };
                    combine(combine(salt, kept as u64), value)
                };
                [
                    prefix(PREFIXES[0], 0x434c_5553_5000_0004),
                    prefix(PREFIXES[1], 0x434c_5553_5000_0008),
                    combine(0x434c_5553_4c45_4146, leaf as u64),
                ]
            })
            .collect();
        Clusters {
            words,
            paths,
            features,
        }
    }

    /// Learns clusters from sentences of word keys (deterministic).
    pub fn learn(sentences: &[Vec<u64>], settings: ClusterSettings) -> Clusters {
        if settings.clusters < 2 {
            return Clusters::default();
        }
        let corpus = Corpus::new(sentences, settings.min_count);
        if corpus.keys.len() < 2 {
            return Clusters::default();
        }
        let (leaves, tree) = Brown::new(&corpus, settings.clusters.min(corpus.keys.len())).run();
        let paths = leaf_paths(leaves.len(), &tree);
        let mut words = FastMap::default();
        for (leaf, members) in leaves.iter().enumerate() {
            for &w in members {
                words.insert(corpus.keys[w as usize], leaf as u16);
            }
        }
        Clusters::from_parts(words, paths)
    }

    /// Serialises the clusters.
    pub fn write(&self, out: &mut ByteWriter) {
        out.len(self.paths.len());
        for &(bits, len) in &self.paths {
            out.u64(bits);
            out.u32(len as u32);
        }
        let mut keys: Vec<u64> = self.words.keys().copied().collect();
        keys.sort_unstable();
        out.len(keys.len());
        for key in keys {
            out.u64(key);
            out.u32(self.words[&key] as u32);
        }
    }

    /// Reads clusters written by [`Clusters::write`].
    pub fn read(input: &mut ByteReader) -> Result<Clusters> {
        let leaves = input.len(12)?;
        if leaves > u16::MAX as usize {
            return Err(ParseError::InvalidModel("too many clusters".into()));
        }
        let mut paths = Vec::with_capacity(leaves);
        for _ in 0..leaves {
            let bits = input.u64()?;
            let len = input.u32()?;
            paths.push((bits, len.min(u16::MAX as u32) as u16));
        }
        let count = input.len(12)?;
        let mut words = FastMap::default();
        words.reserve(count);
        for _ in 0..count {
            let key = input.u64()?;
            let leaf = input.u32()?;
            if leaf as usize >= leaves {
                return Err(ParseError::InvalidModel("bad cluster index".into()));
            }
            words.insert(key, leaf as u16);
        }
        Ok(Clusters::from_parts(words, paths))
    }
}

/// Word types (frequent first) and their bigram counts.
struct Corpus {
    /// Key of each word id; ids are in order of falling frequency.
    keys: Vec<u64>,
    /// Right neighbours of each word with counts.
    right: Vec<Vec<(u32, f64)>>,
    /// Left neighbours of each word with counts (self-pairs left out:
    /// they are counted in `right`).
    left: Vec<Vec<(u32, f64)>>,
    /// Number of bigrams with the word on the left, on the right.
    left_total: Vec<f64>,
    right_total: Vec<f64>,
    /// Number of bigrams.
    total: f64,
}

/// Word key standing for a sentence boundary.
const BOUNDARY: u64 = 0x424f_554e_4441_5259;

impl Corpus {
    fn new(sentences: &[Vec<u64>], min_count: u32) -> Corpus {
        let mut counts: FastMap<u64, u32> = FastMap::default();
        for sentence in sentences {
            *counts.entry(BOUNDARY).or_default() += 1;
            for &w in sentence {
                *counts.entry(w).or_default() += 1;
            }
        }
        let mut keys: Vec<(u64, u32)> = counts
            .into_iter()
            .filter(|&(_, c)| c >= min_count.max(1))
            .collect();
        keys.sort_unstable_by_key(|&(k, c)| (std::cmp::Reverse(c), k));
        let ids: FastMap<u64, u32> = keys
            .iter()
            .enumerate()
            .map(|(i, &(k, _))| (k, i as u32))
            .collect();
        let mut pairs: FastMap<(u32, u32), u32> = FastMap::default();
        for sentence in sentences {
            let mut previous = ids.get(&BOUNDARY).copied();
            for id in sentence
                .iter()
                .map(|w| ids.get(w).copied())
                .chain([ids.get(&BOUNDARY).copied()])
            {
                if let (Some(a), Some(b)) = (previous, id) {
                    *pairs.entry((a, b)).or_default() += 1;
                }
                previous = id;
            }
        }
        let mut pairs: Vec<((u32, u32), u32)> = pairs.into_iter().collect();
        pairs.sort_unstable();
        let n = keys.len();
        let mut corpus = Corpus {
            keys: keys.iter().map(|&(k, _)| k).collect(),
            right: vec![Vec::new(); n],
            left: vec![Vec::new(); n],
            left_total: vec![0.0; n],
            right_total: vec![0.0; n],
            total: 0.0,
        };
        for ((a, b), count) in pairs {
            let c = count as f64;
            corpus.right[a as usize].push((b, c));
            if a != b {
                corpus.left[b as usize].push((a, c));
            }
            corpus.left_total[a as usize] += c;
            corpus.right_total[b as usize] += c;
            corpus.total += c;
        }
        corpus
    }
}

const FREE: u32 = u32::MAX;

/// State of the clustering: `slots` active clusters at most, dense
/// matrices over slots.
struct Brown<'a> {
    corpus: &'a Corpus,
    slots: usize,
    /// Bigram counts between slots (row = left).
    n: Vec<f64>,
    /// Mutual-information terms of `n`.
    q: Vec<f64>,
    /// Loss of merging slots `i < j` (at `i * slots + j`).
    loss: Vec<f64>,
    left_total: Vec<f64>,
    right_total: Vec<f64>,
    active: Vec<bool>,
    members: Vec<Vec<u32>>,
    slot_of: Vec<u32>,
}

impl<'a> Brown<'a> {
    fn new(corpus: &'a Corpus, clusters: usize) -> Brown<'a> {
        let slots = clusters + 1;
        Brown {
            corpus,
            slots,
            n: vec![0.0; slots * slots],
            q: vec![0.0; slots * slots],
            loss: vec![0.0; slots * slots],
            left_total: vec![0.0; slots],
            right_total: vec![0.0; slots],
            active: vec![false; slots],
            members: vec![Vec::new(); slots],
            slot_of: vec![FREE; corpus.keys.len()],
        }
    }

    /// The mutual-information term of `count` bigrams between clusters
    /// with `left` and `right` marginal counts.
    #[inline]
    fn term(&self, count: f64, left: f64, right: f64) -> f64 {
        if count <= 0.0 {
            return 0.0;
        }
        let total = self.corpus.total;
        count / total * (count * total / (left * right)).ln()
    }

    #[inline]
    fn at(&self, i: usize, j: usize) -> usize {
        i * self.slots + j
    }

    fn active_slots(&self) -> Vec<usize> {
        (0..self.slots).filter(|&s| self.active[s]).collect()
    }

    /// Adds and merges every word; returns the members of each leaf and
    /// the merges of the leaves into one tree (pairs of node ids: leaves
    /// are `0..leaves`, the `k`th merge creates node `leaves + k`).
    fn run(mut self) -> (Vec<Vec<u32>>, Vec<(usize, usize)>) {
        let words = self.corpus.keys.len();
        for w in 0..words {
            let slot = (0..self.slots).find(|&s| !self.active[s]).expect("a free slot");
            self.add_word(w as u32, slot);
            if self.active.iter().filter(|&&a| a).count() == self.slots {
                let (a, b) = self.best_pair();
                self.merge(a, b);
            }
        }
        let leaves_slots = self.active_slots();
        let leaves: Vec<Vec<u32>> = leaves_slots.iter().map(|&s| self.members[s].clone()).collect();
        let mut node_of: Vec<usize> = vec![usize::MAX; self.slots];
        for (leaf, &s) in leaves_slots.iter().enumerate() {
            node_of[s] = leaf;
        }
        let mut tree = Vec::new();
        while self.active.iter().filter(|&&a| a).count() > 1 {
            let (a, b) = self.best_pair();
            tree.push((node_of[a], node_of[b]));
            node_of[a] = leaves.len() + tree.len() - 1;
            self.merge(a, b);
        }
        (leaves, tree)
    }

    fn set_q(&mut self, i: usize, j: usize) {
        let idx = self.at(i, j);
        self.q[idx] = self.term(self.n[idx], self.left_total[i], self.right_total[j]);
    }

    fn add_word(&mut self, w: u32, s: usize) {
        let corpus = self.corpus;
        self.slot_of[w as usize] = s as u32;
        for d in 0..self.slots {
            let (a, b) = (self.at(s, d), self.at(d, s));
            self.n[a] = 0.0;
            self.n[b] = 0.0;
        }
        for &(v, c) in &corpus.right[w as usize] {
            let t = self.slot_of[v as usize];
            if t != FREE {
                let idx = self.at(s, t as usize);
                self.n[idx] += c;
            }
        }
        for &(v, c) in &corpus.left[w as usize] {
            let t = self.slot_of[v as usize];
            if t != FREE {
                let idx = self.at(t as usize, s);
                self.n[idx] += c;
            }
        }
        self.left_total[s] = corpus.left_total[w as usize];
        self.right_total[s] = corpus.right_total[w as usize];
        self.members[s] = vec![w];
        self.active[s] = true;
        let others: Vec<usize> = self.active_slots().into_iter().filter(|&d| d != s).collect();
        for &d in &others {
            self.set_q(s, d);
            self.set_q(d, s);
        }
        self.set_q(s, s);
        // Pairs of older clusters gain the terms of the new cluster.
        let linked: Vec<bool> = (0..self.slots)
            .map(|d| self.n[self.at(d, s)] > 0.0 || self.n[self.at(s, d)] > 0.0)
            .collect();
        for (x, &i) in others.iter().enumerate() {
            for &j in &others[x + 1..] {
                if !linked[i] && !linked[j] {
                    continue;
                }
                let before = self.q[self.at(i, s)]
                    + self.q[self.at(s, i)]
                    + self.q[self.at(j, s)]
                    + self.q[self.at(s, j)];
                let after = self.term(
                    self.n[self.at(i, s)] + self.n[self.at(j, s)],
                    self.left_total[i] + self.left_total[j],
                    self.right_total[s],
                ) + self.term(
                    self.n[self.at(s, i)] + self.n[self.at(s, j)],
                    self.left_total[s],
                    self.right_total[i] + self.right_total[j],
                );
                let idx = self.at(i, j);
                self.loss[idx] += before - after;
            }
        }
        for &d in &others {
            let (i, j) = (s.min(d), s.max(d));
            let l = self.full_loss(i, j);
            let idx = self.at(i, j);
            self.loss[idx] = l;
        }
    }

    /// Loss of mutual information when merging `a` and `b`, from scratch.
    fn full_loss(&self, a: usize, b: usize) -> f64 {
        let mut before = -self.q[self.at(a, b)] - self.q[self.at(b, a)];
        for x in [a, b] {
            before -= self.q[self.at(x, x)];
            for d in 0..self.slots {
                if self.active[d] {
                    before += self.q[self.at(x, d)] + self.q[self.at(d, x)];
                }
            }
        }
        let lm = self.left_total[a] + self.left_total[b];
        let rm = self.right_total[a] + self.right_total[b];
        let mut after = self.term(
            self.n[self.at(a, a)] + self.n[self.at(a, b)] + self.n[self.at(b, a)] + self.n[self.at(b, b)],
            lm,
            rm,
        );
        for d in 0..self.slots {
            if !self.active[d] || d == a || d == b {
                continue;
            }
            after += self.term(
                self.n[self.at(a, d)] + self.n[self.at(b, d)],
                lm,
                self.right_total[d],
            );
            after += self.term(
                self.n[self.at(d, a)] + self.n[self.at(d, b)],
                self.left_total[d],
                rm,
            );
        }
        before - after
    }

    /// The active pair whose merge loses least (first in slot order on
    /// ties).
    fn best_pair(&self) -> (usize, usize) {
        let active = self.active_slots();
        let mut best = (f64::INFINITY, 0, 0);
        for (x, &i) in active.iter().enumerate() {
            for &j in &active[x + 1..] {
                let l = self.loss[self.at(i, j)];
                if l < best.0 {
                    best = (l, i, j);
                }
            }
        }
        (best.1, best.2)
    }

    /// Merges slot `b` into slot `a` (`a < b`).
    fn merge(&mut self, a: usize, b: usize) {
        let slots = self.slots;
        let lm = self.left_total[a] + self.left_total[b];
        let rm = self.right_total[a] + self.right_total[b];
        let mut out = vec![0.0; slots];
        let mut inn = vec![0.0; slots];
        let mut q_out = vec![0.0; slots];
        let mut q_in = vec![0.0; slots];
        let others: Vec<usize> = self
            .active_slots()
            .into_iter()
            .filter(|&d| d != a && d != b)
            .collect();
        for &d in &others {
            out[d] = self.n[self.at(a, d)] + self.n[self.at(b, d)];
            inn[d] = self.n[self.at(d, a)] + self.n[self.at(d, b)];
            q_out[d] = self.term(out[d], lm, self.right_total[d]);
            q_in[d] = self.term(inn[d], self.left_total[d], rm);
        }
        let linked: Vec<bool> = (0..slots).map(|d| out[d] > 0.0 || inn[d] > 0.0).collect();
        for (x, &i) in others.iter().enumerate() {
            for &j in &others[x + 1..] {
                if !linked[i] && !linked[j] {
                    continue;
                }
                let q = |u: usize, v: usize| self.q[self.at(u, v)];
                let n = |u: usize, v: usize| self.n[self.at(u, v)];
                let old_before =
                    q(i, a) + q(a, i) + q(i, b) + q(b, i) + q(j, a) + q(a, j) + q(j, b) + q(b, j);
                let new_before = q_out[i] + q_in[i] + q_out[j] + q_in[j];
                let lij = self.left_total[i] + self.left_total[j];
                let rij = self.right_total[i] + self.right_total[j];
                let old_after = self.term(n(i, a) + n(j, a), lij, self.right_total[a])
                    + self.term(n(a, i) + n(a, j), self.left_total[a], rij)
                    + self.term(n(i, b) + n(j, b), lij, self.right_total[b])
                    + self.term(n(b, i) + n(b, j), self.left_total[b], rij);
                let new_after = self.term(inn[i] + inn[j], lij, rm) + self.term(out[i] + out[j], lm, rij);
                let idx = self.at(i, j);
                self.loss[idx] += (new_before - old_before) - (new_after - old_after);
            }
        }
        let self_count =
            self.n[self.at(a, a)] + self.n[self.at(a, b)] + self.n[self.at(b, a)] + self.n[self.at(b, b)];
        for d in 0..slots {
            let (ab, ba, ad, da) = (self.at(b, d), self.at(d, b), self.at(a, d), self.at(d, a));
            self.n[ab] = 0.0;
            self.n[ba] = 0.0;
            self.q[ab] = 0.0;
            self.q[ba] = 0.0;
            self.n[ad] = out[d];
            self.n[da] = inn[d];
            self.q[ad] = q_out[d];
            self.q[da] = q_in[d];
        }
        let aa = self.at(a, a);
        self.n[aa] = self_count;
        self.left_total[a] = lm;
        self.right_total[a] = rm;
        self.q[aa] = self.term(self_count, lm, rm);
        self.active[b] = false;
        let moved = std::mem::take(&mut self.members[b]);
        for &w in &moved {
            self.slot_of[w as usize] = a as u32;
        }
        self.members[a].extend(moved);
        for &d in &others {
            let (i, j) = (a.min(d), a.max(d));
            let l = self.full_loss(i, j);
            let idx = self.at(i, j);
            self.loss[idx] = l;
        }
    }
}

/// The path (first 64 bits, length) of each of `leaves` leaves, given the
/// merges that build the tree (see [`Brown::run`]): the first member of a
/// merge gets bit 0, the second bit 1.
fn leaf_paths(leaves: usize, tree: &[(usize, usize)]) -> Vec<(u64, u16)> {
    let nodes = leaves + tree.len();
    let mut paths = vec![(0u64, 0u16); nodes];
    // Walk from the root (the last node) down; children have lower ids.
    for k in (0..tree.len()).rev() {
        let (bits, len) = paths[leaves + k];
        let (left, right) = tree[k];
        for (child, bit) in [(left, 0u64), (right, 1u64)] {
            let child_bits = if len < 64 { bits | bit << (63 - len) } else { bits };
            paths[child] = (child_bits, len.saturating_add(1));
        }
    }
    paths.truncate(leaves);
    paths
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::hash_str;

    fn sentences(text: &str) -> Vec<Vec<u64>> {
        text.lines()
            .map(|line| line.split_whitespace().map(hash_str).collect())
            .collect()
    }

    #[test]
    fn words_in_the_same_contexts_share_clusters() {
        let mut text = String::new();
        for (subject, verb) in [
            ("police", "arrested"),
            ("troops", "seized"),
            ("rebels", "attacked"),
            ("police", "seized"),
            ("troops", "attacked"),
            ("rebels", "arrested"),
        ] {
            for object in ["protesters", "villages", "officials"] {
                text.push_str(&format!("the {subject} {verb} the {object} .\n"));
                text.push_str(&format!("yesterday {subject} {verb} {object} .\n"));
            }
        }
        let data = sentences(&text);
        let settings = ClusterSettings {
            clusters: 5,
            min_count: 2,
        };
        let clusters = Clusters::learn(&data, settings);
        let leaf = |w: &str| clusters.of(hash_str(w))[2];
        assert_eq!(leaf("police"), leaf("rebels"));
        assert_eq!(leaf("arrested"), leaf("seized"));
        assert_ne!(leaf("police"), leaf("arrested"));
        assert_eq!(clusters.of(hash_str("unseen")), NO_CLUSTER);
        assert_eq!(clusters.sizes().1, 5);
        let path = clusters.path(hash_str("police")).unwrap();
        assert!(!path.is_empty() && path.chars().all(|c| c == '0' || c == '1'));

        let again = Clusters::learn(&data, settings);
        let mut out = ByteWriter::default();
        again.write(&mut out);
        let bytes = out.into_bytes();
        let mut first = ByteWriter::default();
        clusters.write(&mut first);
        assert_eq!(first.into_bytes(), bytes, "deterministic");
        let back = Clusters::read(&mut ByteReader::new(&bytes)).unwrap();
        assert_eq!(back.of(hash_str("troops")), clusters.of(hash_str("troops")));
        assert_eq!(back.path(hash_str("troops")), clusters.path(hash_str("troops")));
    }

    #[test]
    fn paths_follow_the_merges() {
        // leaves 0..3; merge (0,1) -> 4, (2,3) -> 5, (4,5) -> 6 (root)
        let paths = leaf_paths(4, &[(0, 1), (2, 3), (4, 5)]);
        let show = |(bits, len): (u64, u16)| -> String {
            (0..len)
                .map(|i| if bits >> (63 - i) & 1 == 1 { '1' } else { '0' })
                .collect()
        };
        let shown: Vec<String> = paths.into_iter().map(show).collect();
        assert_eq!(shown, ["00", "01", "10", "11"]);
    }
}
