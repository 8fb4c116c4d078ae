//! The frozen, quantised weight table used for prediction.

use super::dense::{add_row, has_avx2, lines_per_row, prefetch, Line, LINE};
use crate::binio::{ByteReader, ByteWriter};
use crate::error::{ParseError, Result};
use crate::hash::finish;

/// One 8-byte slot of the open-addressing table. Bits 48..64 hold a
/// fingerprint of the feature's mixed hash (its low bits choose the
/// slot). Bits 0..48 hold either up to two `(class, weight)` entries of
/// 24 bits each (a short row stored inline; a missing second entry has
/// weight 0), or, when the low byte is [`POINTER`], a row stored
/// elsewhere: its length in bits 8..16 (0 for a dense row) and its
/// index in bits 16..48. A slot whose low 24 bits are 0 is empty
/// (stored weights are never 0).
#[derive(Debug, Clone, Copy, Default)]
struct Slot(u64);

/// Low byte of a slot pointing to a row outside the table (no class has
/// this id: there are at most 254 classes).
const POINTER: u64 = 0xff;
/// Rows up to this length live inside their slot.
const INLINE: usize = 2;
/// Rows longer than this are stored densely (one weight per class), so
/// adding them is a vectorisable loop.
const DENSE_MIN: usize = 12;
/// Most classes a table may have.
const MAX_CLASSES: usize = 254;

impl Slot {
    fn inline(fingerprint: u64, row: &[u32]) -> Slot {
        let mut bits = fingerprint << 48;
        for (k, &entry) in row.iter().enumerate() {
            let packed = entry_class(entry) as u64 | (entry_weight(entry) as u16 as u64) << 8;
            bits |= packed << (24 * k);
        }
        Slot(bits)
    }

    fn pointer(fingerprint: u64, len: u8, index: u32) -> Slot {
        Slot(fingerprint << 48 | (index as u64) << 16 | (len as u64) << 8 | POINTER)
    }

    #[inline(always)]
    fn is_empty(self) -> bool {
        self.0 & 0xff_ffff == 0
    }

    #[inline(always)]
    fn fingerprint(self) -> u64 {
        self.0 >> 48
    }

    #[inline(always)]
    fn is_pointer(self) -> bool {
        self.0 & 0xff == POINTER
    }

    /// Length of the row a pointer slot points to (0 for a dense row).
    #[inline(always)]
    fn row_len(self) -> u8 {
        (self.0 >> 8) as u8
    }

    /// Whether a pointer slot points to a dense row.
    #[inline(always)]
    fn is_dense(self) -> bool {
        self.row_len() == 0
    }

    #[inline(always)]
    fn index(self) -> u32 {
        (self.0 >> 16) as u32
    }

    #[inline(always)]
    fn add_inline(self, scores: &mut [i32]) {
        for k in 0..INLINE {
            let packed = (self.0 >> (24 * k)) as u32;
            let class = (packed & 0xff) as usize;
            if let Some(score) = scores.get_mut(class) {
                *score += (packed >> 8) as u16 as i16 as i32;
            }
        }
    }
}

#[inline(always)]
fn fingerprint(hash: u64) -> u64 {
    hash >> 48
}

pub(super) struct FrozenBuilder {
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
    pub(super) fn new(num_classes: usize) -> Self {
        FrozenBuilder {
            num_classes,
            keys: Vec::new(),
            lens: Vec::new(),
            classes: Vec::new(),
            weights: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, key: u64, row: &[(u16, i16)]) {
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

    pub(super) fn build(self, scale: f32) -> FrozenWeights {
        let mut slots = super::huge::filled(
            (self.keys.len() * 3 / 2).next_power_of_two().max(16),
            Slot::default(),
        );
        let mask = slots.len() - 1;
        let entries: Vec<u32> = self
            .classes
            .iter()
            .zip(&self.weights)
            .map(|(&c, &w)| pack(c, w))
            .collect();
        let mut start = 0usize;
        let stride = lines_per_row(self.num_classes);
        let mut dense: Vec<Line> = Vec::new();
        let mut placed: Vec<(u64, Slot)> = Vec::with_capacity(self.keys.len());
        for (&key, &len) in self.keys.iter().zip(&self.lens) {
            let hash = finish(key);
            let len = len as usize;
            let row = &entries[start..start + len];
            let slot = if len <= INLINE {
                Slot::inline(fingerprint(hash), row)
            } else if len > DENSE_MIN {
                let row_start = dense.len();
                dense.resize(row_start + stride, Line::default());
                for &entry in row {
                    let class = entry_class(entry) as usize;
                    dense[row_start + class / LINE].0[class % LINE] = entry_weight(entry);
                }
                Slot::pointer(fingerprint(hash), 0, (row_start / stride) as u32)
            } else {
                Slot::pointer(fingerprint(hash), len as u8, start as u32)
            };
            placed.push((hash, slot));
            start += len;
        }
        // Inserting in the order of home slots writes the table almost
        // sequentially instead of missing the cache on every key.
        placed.sort_unstable_by_key(|&(hash, _)| (hash as usize & mask, hash));
        for (hash, slot) in placed {
            let mut index = hash as usize & mask;
            while !slots[index].is_empty() {
                index = (index + 1) & mask;
            }
            slots[index] = slot;
        }
        FrozenWeights {
            num_classes: self.num_classes,
            scale,
            slots,
            mask,
            entries,
            dense: super::huge::copied(&dense),
            stride,
            avx2: has_avx2(),
            keys: self.keys,
            lens: self.lens,
        }
    }
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
    dense: Vec<Line>,
    stride: usize,
    avx2: bool,
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

    /// Factor from averaged perceptron weights to quantised ones.
    pub fn scale(&self) -> f32 {
        self.scale
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
            if slot.is_empty() {
                return None;
            }
            if slot.fingerprint() == wanted {
                return Some(slot);
            }
            index = (index + 1) & self.mask;
        }
    }

    /// Sets `scores` to the summed weights of `features` (at most
    /// [`MAX_FEATURES`] are used). Lookups run in three passes so that
    /// the cache misses of one pass overlap: home slots, then rows, then
    /// the additions.
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        scores.fill(0);
        self.accumulate(features, scores);
    }

    /// Sets `scores` to `base` plus the summed weights of `features`.
    #[inline]
    pub fn score_from(&self, base: &[i32], features: &[u64], scores: &mut [i32]) {
        scores.copy_from_slice(base);
        self.accumulate(features, scores);
    }

    #[inline]
    fn accumulate(&self, features: &[u64], scores: &mut [i32]) {
        let features = &features[..features.len().min(MAX_FEATURES)];
        let mut hashes = [0u64; MAX_FEATURES];
        for (hash, &key) in hashes.iter_mut().zip(features) {
            *hash = finish(key);
            prefetch(&self.slots[*hash as usize & self.mask]);
        }
        let mut pending = [Slot::default(); MAX_FEATURES];
        let mut waiting = 0;
        for &hash in &hashes[..features.len()] {
            let Some(slot) = self.find(hash) else {
                continue;
            };
            if !slot.is_pointer() {
                slot.add_inline(scores);
                continue;
            }
            if slot.is_dense() {
                let start = slot.index() as usize * self.stride;
                self.dense[start..start + self.stride].iter().for_each(prefetch);
            } else {
                prefetch(&self.entries[slot.index() as usize]);
            }
            pending[waiting] = slot;
            waiting += 1;
        }
        for slot in &pending[..waiting] {
            let start = slot.index() as usize;
            if slot.is_dense() {
                let start = start * self.stride;
                add_row(scores, &self.dense[start..start + self.stride], self.avx2);
            } else {
                let range = start..start + slot.row_len() as usize;
                self.entries[range].iter().for_each(|&e| add_entry(scores, e));
            }
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
        let bad_class = classes.iter().any(|&c| c as usize >= num_classes);
        if num_classes > MAX_CLASSES || lens.contains(&0) || bad_class || weights.contains(&0) {
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
