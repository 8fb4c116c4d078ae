//! Feature weights: an averaged multi-class perceptron for training and a
//! compact, quantised, read-only table for prediction.
//!
//! A feature is a 64-bit key; each key owns a sparse row of
//! `(class, weight)` entries, so one lookup adds all class scores the
//! feature votes for.

use crate::hash::FastMap;

mod dense;
mod frozen;
mod huge;

use frozen::FrozenBuilder;
pub use frozen::FrozenWeights;

#[derive(Debug, Clone, Copy)]
struct Entry {
    total: i64,
    weight: i32,
    stamp: u32,
    class: u16,
}

/// Averaged perceptron weights being trained. Weights are integers, so
/// training is exact and deterministic.
#[derive(Debug)]
pub struct TrainWeights {
    num_classes: usize,
    rows: FastMap<u64, Vec<Entry>>,
    now: u32,
}

impl TrainWeights {
    /// Empty weights for `num_classes` classes.
    pub fn new(num_classes: usize) -> Self {
        TrainWeights {
            num_classes,
            rows: FastMap::default(),
            now: 0,
        }
    }

    /// Number of classes.
    pub fn num_classes(&self) -> usize {
        self.num_classes
    }

    /// Counts one training instance (for averaging).
    pub fn tick(&mut self) {
        self.now += 1;
    }

    /// Adds the current weights of `features` into `scores`.
    pub fn score(&self, features: &[u64], scores: &mut [i64]) {
        scores.fill(0);
        for key in features {
            if let Some(row) = self.rows.get(key) {
                for entry in row {
                    scores[entry.class as usize] += entry.weight as i64;
                }
            }
        }
    }

    /// Adds the averaged weights of `features` into `scores`.
    pub fn score_averaged(&self, features: &[u64], scores: &mut [f64]) {
        scores.fill(0.0);
        let now = self.now.max(1) as i64;
        for key in features {
            if let Some(row) = self.rows.get(key) {
                for entry in row {
                    scores[entry.class as usize] += averaged(entry, now);
                }
            }
        }
    }

    /// Perceptron update: reward `gold`, penalise `predicted`.
    pub fn update(&mut self, features: &[u64], gold: usize, predicted: usize) {
        if gold == predicted {
            return;
        }
        for &key in features {
            let row = self.rows.entry(key).or_default();
            bump(row, gold as u16, 1, self.now);
            bump(row, predicted as u16, -1, self.now);
        }
    }

    /// Averages, quantises to `i16` and drops entries whose quantised
    /// magnitude is below `min_quantised`.
    pub fn freeze(&self, min_quantised: i16) -> FrozenWeights {
        let all: Vec<u16> = (0..self.num_classes as u16).collect();
        self.freeze_classes(min_quantised, &all)
    }

    /// Like [`TrainWeights::freeze`], keeping only the classes in `kept`
    /// (class `kept[i]` becomes class `i` of the frozen weights).
    pub fn freeze_classes(&self, min_quantised: i16, kept: &[u16]) -> FrozenWeights {
        let now = self.now.max(1) as i64;
        let mut compact = vec![u16::MAX; self.num_classes];
        for (i, &class) in kept.iter().enumerate() {
            compact[class as usize] = i as u16;
        }
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let max_abs = self
            .rows
            .values()
            .flatten()
            .filter(|e| compact[e.class as usize] != u16::MAX)
            .map(|e| averaged(e, now).abs())
            .fold(0.0f64, f64::max);
        let scale = if max_abs > 0.0 { 32767.0 / max_abs } else { 1.0 };
        let mut builder = FrozenBuilder::new(kept.len());
        for key in keys {
            let mut row: Vec<(u16, i16)> = self.rows[&key]
                .iter()
                .filter(|e| compact[e.class as usize] != u16::MAX)
                .map(|e| {
                    (
                        compact[e.class as usize],
                        (averaged(e, now) * scale).round() as i16,
                    )
                })
                .filter(|&(_, q)| q.unsigned_abs() >= min_quantised.unsigned_abs().max(1))
                .collect();
            row.sort_unstable();
            builder.push(key, &row);
        }
        builder.build(scale as f32)
    }
}

fn averaged(entry: &Entry, now: i64) -> f64 {
    let total = entry.total + (now - entry.stamp as i64) * entry.weight as i64;
    total as f64 / now as f64
}

fn bump(row: &mut Vec<Entry>, class: u16, delta: i32, now: u32) {
    let entry = match row.iter_mut().position(|e| e.class == class) {
        Some(i) => &mut row[i],
        None => {
            row.push(Entry {
                total: 0,
                weight: 0,
                stamp: now,
                class,
            });
            row.last_mut().expect("just pushed")
        }
    };
    entry.total += (now - entry.stamp) as i64 * entry.weight as i64;
    entry.stamp = now;
    entry.weight += delta;
}

/// Index of the best-scoring class among those `allowed`.
#[inline]
pub fn argmax_allowed<T: PartialOrd + Copy>(scores: &[T], allowed: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best: Option<(usize, T)> = None;
    for (class, &score) in scores.iter().enumerate() {
        if allowed(class) && best.is_none_or(|(_, b)| score > b) {
            best = Some((class, score));
        }
    }
    best.map(|(class, _)| class)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binio::{ByteReader, ByteWriter};

    #[test]
    fn learns_separable_data_and_round_trips() {
        let mut w = TrainWeights::new(3);
        let data = [(vec![1u64, 10], 0usize), (vec![2, 10], 1), (vec![3, 10], 2)];
        let mut scores = vec![0i64; 3];
        for _ in 0..5 {
            for (features, gold) in &data {
                w.tick();
                w.score(features, &mut scores);
                let predicted = argmax_allowed(&scores, |_| true).unwrap();
                w.update(features, *gold, predicted);
            }
        }
        let frozen = w.freeze(1);
        let mut out = ByteWriter::default();
        frozen.write(&mut out);
        let bytes = out.into_bytes();
        let loaded = FrozenWeights::read(&mut ByteReader::new(&bytes)).unwrap();
        let mut scores = vec![0i32; 3];
        for (features, gold) in &data {
            loaded.score(features, &mut scores);
            assert_eq!(argmax_allowed(&scores, |_| true), Some(*gold));
        }
        assert!(FrozenWeights::read(&mut ByteReader::new(&bytes[..bytes.len() - 3])).is_err());
    }
}
