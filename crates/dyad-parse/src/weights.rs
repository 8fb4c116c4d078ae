//! Feature weights: an averaged multi-class perceptron for training and a
//! compact, quantised, read-only table for prediction.
//!
//! A feature is a 64-bit key; each key owns a sparse row of
//! `(class, weight)` entries, so one lookup adds all class scores the
//! feature votes for.

use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::{finish, FastMap};

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
        let now = self.now.max(1) as i64;
        let mut keys: Vec<u64> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let max_abs = self
            .rows
            .values()
            .flatten()
            .map(|e| averaged(e, now).abs())
            .fold(0.0f64, f64::max);
        let scale = if max_abs > 0.0 { 32767.0 / max_abs } else { 1.0 };
        let mut builder = FrozenBuilder::new(self.num_classes);
        for key in keys {
            let mut row: Vec<(u16, i16)> = self.rows[&key]
                .iter()
                .map(|e| (e.class, (averaged(e, now) * scale).round() as i16))
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

/// One slot of the open-addressing table: the upper 32 bits of the
/// feature's mixed hash (the lower bits choose the slot), the row length,
/// and either the row itself (up to [`INLINE`] entries) or its start in
/// the overflow array. Empty slots have `len == 0`.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    fingerprint: u32,
    len: u32,
    data: [u32; INLINE],
}

/// Rows up to this length live inside their slot.
const INLINE: usize = 2;
/// Rows longer than this are stored densely (one weight per class), so
/// adding them is a vectorisable loop.
const DENSE_MIN: usize = 12;
/// Flag in [`Slot::len`] marking a dense row (its index in `data[0]`).
const DENSE_FLAG: u32 = 1 << 31;

#[inline(always)]
fn fingerprint(hash: u64) -> u32 {
    (hash >> 32) as u32
}

struct FrozenBuilder {
    num_classes: usize,
    keys: Vec<u64>,
    lens: Vec<u16>,
    classes: Vec<u8>,
    weights: Vec<i16>,
}

/// Packs a class id and a weight into one `u32` (class in the low byte,
/// weight in the high half).
#[inline(always)]
fn pack(class: u8, weight: i16) -> u32 {
    ((weight as u16 as u32) << 16) | class as u32
}

impl FrozenBuilder {
    fn new(num_classes: usize) -> Self {
        FrozenBuilder {
            num_classes,
            keys: Vec::new(),
            lens: Vec::new(),
            classes: Vec::new(),
            weights: Vec::new(),
        }
    }

    fn push(&mut self, key: u64, row: &[(u16, i16)]) {
        if row.is_empty() {
            return;
        }
        self.keys.push(key);
        self.lens.push(row.len() as u16);
        for &(class, weight) in row {
            self.classes.push(class as u8);
            self.weights.push(weight);
        }
    }

    fn build(self, scale: f32) -> FrozenWeights {
        let mut slots = vec![Slot::default(); (self.keys.len() * 3 / 2).next_power_of_two().max(16)];
        let mask = slots.len() - 1;
        let entries: Vec<u32> = self
            .classes
            .iter()
            .zip(&self.weights)
            .map(|(&c, &w)| pack(c, w))
            .collect();
        let mut start = 0usize;
        let mut dense: Vec<i16> = Vec::new();
        for (&key, &len) in self.keys.iter().zip(&self.lens) {
            let hash = finish(key);
            let mut index = hash as usize & mask;
            while slots[index].len != 0 {
                index = (index + 1) & mask;
            }
            let len = len as usize;
            let mut data = [0u32; INLINE];
            let mut stored_len = len as u32;
            if len <= INLINE {
                data[..len].copy_from_slice(&entries[start..start + len]);
            } else if len > DENSE_MIN {
                data[0] = (dense.len() / self.num_classes) as u32;
                stored_len |= DENSE_FLAG;
                let row_start = dense.len();
                dense.resize(row_start + self.num_classes, 0);
                for &entry in &entries[start..start + len] {
                    dense[row_start + entry_class(entry) as usize] = entry_weight(entry);
                }
            } else {
                data[0] = start as u32;
            }
            slots[index] = Slot {
                fingerprint: fingerprint(hash),
                len: stored_len,
                data,
            };
            start += len;
        }
        FrozenWeights {
            num_classes: self.num_classes,
            scale,
            slots,
            mask,
            entries,
            dense,
            keys: self.keys,
            lens: self.lens,
        }
    }
}

/// Hints the CPU to fetch the cache line holding `value`.
#[inline(always)]
fn prefetch<T>(value: &T) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        // SAFETY: SSE is part of the x86_64 baseline, and a prefetch never
        // faults or changes memory; the pointer comes from a reference.
        unsafe { _mm_prefetch::<_MM_HINT_T0>((value as *const T).cast()) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = value;
}

/// Most features one [`FrozenWeights::score`] call looks at.
pub const MAX_FEATURES: usize = 128;

/// Read-only, quantised weights in an open-addressing table.
#[derive(Debug, Clone)]
pub struct FrozenWeights {
    num_classes: usize,
    scale: f32,
    slots: Vec<Slot>,
    mask: usize,
    entries: Vec<u32>,
    dense: Vec<i16>,
    keys: Vec<u64>,
    lens: Vec<u16>,
}

#[inline(always)]
fn add_entry(scores: &mut [i32], entry: u32) {
    if let Some(score) = scores.get_mut(entry_class(entry) as usize) {
        *score += entry_weight(entry) as i32;
    }
}

#[inline(always)]
fn entry_class(entry: u32) -> u8 {
    (entry & 0xff) as u8
}

#[inline(always)]
fn entry_weight(entry: u32) -> i16 {
    (entry >> 16) as u16 as i16
}

impl FrozenWeights {
    /// Number of classes.
    pub fn num_classes(&self) -> usize {
        self.num_classes
    }

    /// Number of features with at least one weight.
    pub fn num_features(&self) -> usize {
        self.keys.len()
    }

    /// Number of stored weights.
    pub fn num_weights(&self) -> usize {
        self.entries.len()
    }

    #[inline(always)]
    fn find(&self, hash: u64) -> Option<Slot> {
        let wanted = fingerprint(hash);
        let mut index = hash as usize & self.mask;
        loop {
            let slot = self.slots[index];
            if slot.len == 0 {
                return None;
            }
            if slot.fingerprint == wanted {
                return Some(slot);
            }
            index = (index + 1) & self.mask;
        }
    }

    /// Sets `scores` to the summed weights of `features` (at most
    /// [`MAX_FEATURES`] are used).
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        let features = &features[..features.len().min(MAX_FEATURES)];
        // Ask for every home slot first, so the cache misses overlap.
        let mut hashes = [0u64; MAX_FEATURES];
        for (hash, &key) in hashes.iter_mut().zip(features) {
            *hash = finish(key);
            prefetch(&self.slots[*hash as usize & self.mask]);
        }
        let mut overflow = [(0u32, 0u32); MAX_FEATURES];
        let mut overflowing = 0;
        let classes = self.num_classes;
        for &hash in &hashes[..features.len()] {
            let Some(slot) = self.find(hash) else {
                continue;
            };
            let len = slot.len as usize;
            if slot.len & DENSE_FLAG != 0 {
                let start = slot.data[0] as usize * classes;
                let row = &self.dense[start..start + classes];
                for (score, &weight) in scores.iter_mut().zip(row) {
                    *score += weight as i32;
                }
            } else if len <= INLINE {
                slot.data[..len].iter().for_each(|&e| add_entry(scores, e));
            } else {
                prefetch(&self.entries[slot.data[0] as usize]);
                overflow[overflowing] = (slot.data[0], slot.len);
                overflowing += 1;
            }
        }
        for &(start, len) in &overflow[..overflowing] {
            let range = start as usize..(start + len) as usize;
            self.entries[range].iter().for_each(|&e| add_entry(scores, e));
        }
    }

    /// A copy without the weights whose quantised magnitude is below
    /// `min_quantised`.
    pub fn pruned(&self, min_quantised: i16) -> FrozenWeights {
        let mut builder = FrozenBuilder::new(self.num_classes);
        let mut start = 0usize;
        for (&key, &len) in self.keys.iter().zip(&self.lens) {
            let range = start..start + len as usize;
            start += len as usize;
            let row: Vec<(u16, i16)> = self.entries[range]
                .iter()
                .map(|&e| (entry_class(e) as u16, entry_weight(e)))
                .filter(|&(_, w)| w.unsigned_abs() >= min_quantised.unsigned_abs())
                .collect();
            builder.push(key, &row);
        }
        builder.build(self.scale)
    }

    /// Serialises the weights.
    pub fn write(&self, out: &mut ByteWriter) {
        out.len(self.num_classes);
        out.f32(self.scale);
        out.u64s(&self.keys);
        out.u16s(&self.lens);
        let classes: Vec<u8> = self.entries.iter().map(|&e| entry_class(e)).collect();
        let weights: Vec<i16> = self.entries.iter().map(|&e| entry_weight(e)).collect();
        out.u8s(&classes);
        out.i16s(&weights);
    }

    /// Reads weights written by [`FrozenWeights::write`].
    pub fn read(input: &mut ByteReader) -> Result<Self> {
        let num_classes = input.u32()? as usize;
        let scale = input.f32()?;
        let keys = input.u64s()?;
        let lens = input.u16s()?;
        let classes = input.u8s()?;
        let weights = input.i16s()?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        if keys.len() != lens.len() || classes.len() != total || weights.len() != total {
            return Err(ParseError::InvalidModel("inconsistent weight table".into()));
        }
        if lens.contains(&0) || classes.iter().any(|&c| c as usize >= num_classes) {
            return Err(ParseError::InvalidModel("bad weight row".into()));
        }
        let mut builder = FrozenBuilder::new(num_classes);
        builder.keys = keys;
        builder.lens = lens;
        builder.classes = classes;
        builder.weights = weights;
        Ok(builder.build(scale))
    }
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
