//! Training of the tagger.

use super::features::{lookahead_features, tag_features, START2_TAG, START_TAG};
use super::{TagSet, Tagger};
use crate::clusters::Clusters;
use crate::hash::{combine, FastMap};
use crate::rng::Rng;
use crate::weights::{argmax_allowed, TrainWeights};
use crate::words::{word_info, WordInfo, FORM_SALT};

/// Settings of one tagger training run.
#[derive(Debug, Clone, Copy)]
pub struct TaggerTraining {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed of the sentence shuffling.
    pub seed: u64,
    /// Weights whose quantised magnitude is below this are dropped.
    pub min_quantised: i16,
}

/// Minimum count for a word to enter the tag dictionary.
const DICTIONARY_MIN_COUNT: u32 = 20;
/// Share of its commonest tag a dictionary word needs.
const DICTIONARY_MIN_SHARE: f64 = 0.97;
/// Minimum count for a word to get its own ambiguity class.
const AMBIGUITY_MIN_COUNT: u32 = 3;
/// Share a tag needs to enter a word's ambiguity class.
const AMBIGUITY_MIN_SHARE: f64 = 0.05;

/// Trains a tagger on sentences of `(forms, gold class ids)`; with
/// `lookahead` (first-pass tags per sentence) it learns a second pass.
pub fn train_tagger(
    clusters: &Clusters,
    tagset: &TagSet,
    forms: &[Vec<&str>],
    gold: &[Vec<u8>],
    lookahead: Option<&[Vec<u8>]>,
    settings: TaggerTraining,
    progress: &mut dyn FnMut(String),
) -> Tagger {
    let (tag_dictionary, ambiguity) = build_dictionaries(tagset.len(), forms, gold);
    let infos = sentence_infos(forms, &ambiguity, clusters);
    let mut weights = TrainWeights::new(tagset.len());
    let mut order: Vec<usize> = (0..forms.len()).collect();
    let mut rng = Rng::new(settings.seed);
    let mut features = Vec::with_capacity(64);
    let mut scores = vec![0i64; tagset.len()];
    for epoch in 0..settings.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &s in &order {
            let (mut prev, mut prev2) = (START_TAG, START2_TAG);
            for (i, &gold_tag) in gold[s].iter().enumerate() {
                let guess = match tag_dictionary.get(&infos[s][i].form) {
                    Some(&tag) => tag,
                    None => {
                        weights.tick();
                        tag_features(&infos[s], i, prev, prev2, &mut features);
                        if let Some(first) = lookahead {
                            lookahead_features(&infos[s], i, prev, &first[s], &mut features);
                        }
                        weights.score(&features, &mut scores);
                        let guess = argmax_allowed(&scores, |_| true).unwrap_or(0);
                        weights.update(&features, gold_tag as usize, guess);
                        guess as u8
                    }
                };
                correct += (guess == gold_tag) as usize;
                total += 1;
                prev2 = prev;
                prev = guess;
            }
        }
        progress(format!(
            "tagger epoch {}/{}: train accuracy {:.2}%",
            epoch + 1,
            settings.epochs,
            100.0 * correct as f64 / total.max(1) as f64
        ));
    }
    Tagger {
        tagset: tagset.clone(),
        weights: weights.freeze(settings.min_quantised),
        second: None,
        tag_dictionary,
        ambiguity,
    }
}

fn sentence_infos(
    forms: &[Vec<&str>],
    ambiguity: &FastMap<u64, u64>,
    clusters: &Clusters,
) -> Vec<Vec<WordInfo>> {
    let mut lower = String::new();
    forms
        .iter()
        .map(|sentence| {
            sentence
                .iter()
                .map(|word| {
                    let mut info = word_info(word, &mut lower, |h| ambiguity.get(&h).copied());
                    info.clusters = clusters.of(info.norm);
                    info
                })
                .collect()
        })
        .collect()
}

type Dictionaries = (FastMap<u64, u8>, FastMap<u64, u64>);

fn build_dictionaries(num_classes: usize, forms: &[Vec<&str>], gold: &[Vec<u8>]) -> Dictionaries {
    let mut by_form: FastMap<u64, Vec<u32>> = FastMap::default();
    let mut by_lower: FastMap<u64, Vec<u32>> = FastMap::default();
    let mut lower = String::new();
    for (sentence, tags) in forms.iter().zip(gold) {
        for (word, &tag) in sentence.iter().zip(tags) {
            let info = word_info(word, &mut lower, |_| None);
            by_form.entry(info.form).or_insert_with(|| vec![0; num_classes])[tag as usize] += 1;
            by_lower.entry(info.lower).or_insert_with(|| vec![0; num_classes])[tag as usize] += 1;
        }
    }
    let mut tag_dictionary = FastMap::default();
    for (&form, counts) in &by_form {
        let total: u32 = counts.iter().sum();
        let (best, &count) = counts
            .iter()
            .enumerate()
            .max_by_key(|&(i, c)| (*c, std::cmp::Reverse(i)))
            .expect("non-empty counts");
        if total >= DICTIONARY_MIN_COUNT && count as f64 / total as f64 >= DICTIONARY_MIN_SHARE {
            tag_dictionary.insert(form, best as u8);
        }
    }
    let mut ambiguity = FastMap::default();
    let salted = by_form
        .iter()
        .map(|(&form, counts)| (combine(form, FORM_SALT), counts));
    for (lower, counts) in by_lower.iter().map(|(&k, v)| (k, v)).chain(salted) {
        let total: u32 = counts.iter().sum();
        if total < AMBIGUITY_MIN_COUNT {
            continue;
        }
        let class = counts
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c as f64 / total as f64 >= AMBIGUITY_MIN_SHARE)
            .fold(0x414d_4249_4700_0000u64, |h, (tag, _)| combine(h, tag as u64));
        ambiguity.insert(lower, class);
    }
    (tag_dictionary, ambiguity)
}
