//! Feature templates of the tagger.

use crate::hash::{feature1, feature2, feature3};
use crate::words::{WordInfo, END, START};

/// Tag id used for "before the sentence start" (position -1).
pub const START_TAG: u8 = 255;
/// Tag id used for position -2.
pub const START2_TAG: u8 = 254;

fn at(words: &[WordInfo], index: isize) -> &WordInfo {
    if index < 0 {
        &START
    } else {
        words.get(index as usize).unwrap_or(&END)
    }
}

/// Writes the feature keys for tagging word `i` into `out`, given the
/// two previous predicted tags.
pub fn tag_features(words: &[WordInfo], i: usize, prev: u8, prev2: u8, out: &mut Vec<u64>) {
    out.clear();
    let p = i as isize;
    let w = at(words, p);
    let w_1 = at(words, p - 1);
    let w_2 = at(words, p - 2);
    let w1 = at(words, p + 1);
    let w2 = at(words, p + 2);
    let t1 = prev as u64;
    let t2 = prev2 as u64;
    out.extend_from_slice(&[
        feature1(0, 0),
        feature1(1, w.form),
        feature1(2, w.lower),
        feature1(3, w.suffixes[0]),
        feature1(4, w.suffixes[1]),
        feature1(5, w.suffixes[2]),
        feature1(6, w.suffixes[3]),
        feature1(7, w.prefixes[0]),
        feature1(8, w.prefixes[1]),
        feature1(9, w.prefixes[2]),
        feature1(10, w.prefixes[3]),
        feature1(11, w.shape),
        feature1(12, t1),
        feature2(13, t1, t2),
        feature2(14, t1, w.lower),
        feature1(15, w_1.lower),
        feature1(16, w_2.lower),
        feature1(17, w1.lower),
        feature1(18, w2.lower),
        feature1(19, w_1.suffixes[2]),
        feature1(20, w1.suffixes[2]),
        feature1(21, w.ambiguity),
        feature1(22, w1.ambiguity),
        feature1(23, w2.ambiguity),
        feature2(24, t1, w1.ambiguity),
        feature2(25, w_1.lower, w.lower),
        feature2(26, w.lower, w1.lower),
        feature2(27, w.ambiguity, w1.ambiguity),
        feature2(28, w_1.shape, w.shape),
        feature2(29, w.shape, w1.shape),
        feature2(30, t1, w.suffixes[2]),
        feature2(31, (i == 0) as u64, w.shape),
        feature3(32, t1, w.ambiguity, w1.ambiguity),
        feature2(33, t1, w.suffixes[1]),
        feature2(34, w.ambiguity, w.suffixes[2]),
        feature1(35, w_1.ambiguity),
        feature2(36, w_1.ambiguity, w.ambiguity),
        feature1(37, w.form_ambiguity),
        feature2(38, t1, w.form_ambiguity),
        feature2(39, w.form_ambiguity, w1.form_ambiguity),
        // word clusters: the word's leaf and 8-bit path prefix, the
        // neighbours' leaves
        feature1(40, w.clusters[2]),
        feature1(41, w.clusters[1]),
        feature1(42, w1.clusters[2]),
        feature1(43, w_1.clusters[2]),
    ]);
}

/// Tag id standing for positions past the sentence end in lookahead
/// features.
const END_TAG: u8 = 253;

/// Appends the second-pass features of word `i` to `out`: the first-pass
/// tags of the word and the words after it.
pub fn lookahead_features(words: &[WordInfo], i: usize, prev: u8, first: &[u8], out: &mut Vec<u64>) {
    let look = |k: usize| first.get(k).copied().unwrap_or(END_TAG) as u64;
    let (r0, r1, r2) = (look(i), look(i + 1), look(i + 2));
    let w = &words[i];
    let t1 = prev as u64;
    out.extend_from_slice(&[
        feature1(60, r0),
        feature1(61, r1),
        feature2(62, r1, r2),
        feature2(63, t1, r1),
        feature2(64, w.lower, r1),
        feature2(65, r0, r1),
        feature3(66, t1, r0, r1),
        feature2(67, w.suffixes[2], r1),
        feature2(68, w.shape, r1),
        feature1(69, r2),
        feature2(70, w.ambiguity, r1),
        feature3(71, r0, r1, r2),
    ]);
}
