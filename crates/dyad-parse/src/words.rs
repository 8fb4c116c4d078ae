//! Per-word hashes computed once per sentence and shared by the tagger,
//! the lemmatizer and the parser.

use crate::clusters::NO_CLUSTER;
use crate::hash::{combine, hash_str};

/// Hashes and lowercased form of one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Hash of the form as written.
    pub form: u64,
    /// Hash of the lowercased form.
    pub lower: u64,
    /// Hash of the lowercased form, with words containing digits replaced
    /// by their shape (used by the parser).
    pub norm: u64,
    /// Hashes of the first 1..=4 lowercased characters.
    pub prefixes: [u64; 4],
    /// Hashes of the last 1..=4 lowercased characters.
    pub suffixes: [u64; 4],
    /// Hash of the collapsed character shape (`Xxx`, `dd.d`, ...).
    pub shape: u64,
    /// Ambiguity class: hash of the set of tags seen with the word in
    /// training, or a constant for rare words.
    pub ambiguity: u64,
    /// Ambiguity class of the form as written (case-sensitive).
    pub form_ambiguity: u64,
    /// Word cluster features of `norm` (two path prefixes and the leaf;
    /// [`NO_CLUSTER`] until set from the model's clusters).
    pub clusters: [u64; 3],
}

/// Stand-in for positions before the sentence.
pub const START: WordInfo = boundary(0x5354_4152_5400_0001);
/// Stand-in for positions after the sentence.
pub const END: WordInfo = boundary(0x454e_4400_0000_0002);
/// Stand-in for the artificial root of a parse.
pub const ROOT: WordInfo = boundary(0x524f_4f54_0000_0003);

const fn boundary(value: u64) -> WordInfo {
    WordInfo {
        form: value,
        lower: value,
        norm: value,
        prefixes: [value; 4],
        suffixes: [value; 4],
        shape: value,
        ambiguity: value,
        form_ambiguity: value,
        clusters: [value; 3],
    }
}

/// Salt that keeps form-keyed ambiguity entries apart from lowercase ones.
pub const FORM_SALT: u64 = 0x464f_524d_5341_4c54;

/// Hash value standing for "word never seen often enough".
pub const UNKNOWN_AMBIGUITY: u64 = 0x554e_4b4e_4f57_4e00;

/// Writes the lowercase of `word` into `out`.
pub fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        for c in word.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_ascii_digit() {
        'd'
    } else {
        c
    }
}

/// Hash of the collapsed shape of `word` (runs of one class written once).
fn shape_hash(word: &str) -> u64 {
    let mut hash = 0x5348_4150_4500_0000;
    let mut previous = '\0';
    for c in word.chars().map(shape_class) {
        if c != previous {
            hash = combine(hash, c as u64);
            previous = c;
        }
    }
    hash
}

/// Computes the [`WordInfo`] of `word`; `lower` receives its lowercase.
/// `ambiguity_of` maps a lowercase hash (or a form hash combined with
/// [`FORM_SALT`]) to its ambiguity class.
pub fn word_info(word: &str, lower: &mut String, ambiguity_of: impl Fn(u64) -> Option<u64>) -> WordInfo {
    lowercase_into(word, lower);
    let lower_hash = hash_str(lower);
    let shape = shape_hash(word);
    let has_digit = word.bytes().any(|b| b.is_ascii_digit());
    let mut prefixes = [0u64; 4];
    let mut suffixes = [0u64; 4];
    let mut prefix_ends = [lower.len(); 4];
    for (k, (index, _)) in lower.char_indices().skip(1).take(4).enumerate() {
        prefix_ends[k] = index;
    }
    let mut suffix_starts = [0usize; 4];
    for (k, (index, _)) in lower.char_indices().rev().take(4).enumerate() {
        suffix_starts[k] = index;
    }
    let char_count_at_most_4 = lower.chars().take(4).count();
    for k in 0..4 {
        let start = if k < char_count_at_most_4 {
            suffix_starts[k]
        } else {
            0
        };
        prefixes[k] = combine(hash_str(&lower[..prefix_ends[k]]), k as u64);
        suffixes[k] = combine(hash_str(&lower[start..]), 16 + k as u64);
    }
    let form = hash_str(word);
    WordInfo {
        form,
        form_ambiguity: ambiguity_of(combine(form, FORM_SALT)).unwrap_or(UNKNOWN_AMBIGUITY),
        lower: lower_hash,
        norm: if has_digit {
            combine(shape, 0xd161)
        } else {
            lower_hash
        },
        prefixes,
        suffixes,
        shape,
        ambiguity: ambiguity_of(lower_hash).unwrap_or(UNKNOWN_AMBIGUITY),
        clusters: NO_CLUSTER,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_and_shapes() {
        let mut lower = String::new();
        let a = word_info("Talks", &mut lower, |_| None);
        assert_eq!(lower, "talks");
        let b = word_info("walks", &mut lower, |_| None);
        assert_eq!(a.suffixes[2], b.suffixes[2]);
        assert_ne!(a.prefixes[0], b.prefixes[0]);
        assert_ne!(a.shape, b.shape);
        let short = word_info("é", &mut lower, |_| None);
        assert_eq!(short.prefixes[3], combine(hash_str("é"), 3));
        assert_eq!(short.suffixes[3], combine(hash_str("é"), 19));
        let n1 = word_info("1999", &mut lower, |_| None);
        let n2 = word_info("2004", &mut lower, |_| None);
        assert_eq!(n1.norm, n2.norm);
        assert_eq!(a.ambiguity, UNKNOWN_AMBIGUITY);
    }
}
