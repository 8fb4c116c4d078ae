//! Fast, deterministic hashing of feature parts into 64-bit keys.

const MULTIPLIER: u64 = 0x517c_c1b7_2722_0a95;

/// Mixes `value` into the running hash `hash` (FxHash-style step).
#[inline(always)]
pub fn combine(hash: u64, value: u64) -> u64 {
    (hash.rotate_left(5) ^ value).wrapping_mul(MULTIPLIER)
}

/// Hashes a byte string.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hash = combine(0x9e37_79b9_7f4a_7c15, bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        hash = combine(hash, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        hash = combine(hash, u64::from_le_bytes(word));
    }
    hash
}

/// Hashes a string.
#[inline]
pub fn hash_str(text: &str) -> u64 {
    hash_bytes(text.as_bytes())
}

/// Final avalanche (MurmurHash3 fmix64) so every output bit depends on
/// every input bit.
#[inline(always)]
pub fn finish(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^= x >> 33;
    x
}

/// Key of a feature made of a template id and one part.
#[inline(always)]
pub fn feature1(template: u32, a: u64) -> u64 {
    combine(combine(template as u64, a), 1)
}

/// Key of a feature made of a template id and two parts.
#[inline(always)]
pub fn feature2(template: u32, a: u64, b: u64) -> u64 {
    combine(combine(combine(template as u64, a), b), 2)
}

/// Key of a feature made of a template id and three parts.
#[inline(always)]
pub fn feature3(template: u32, a: u64, b: u64, c: u64) -> u64 {
    combine(combine(combine(combine(template as u64, a), b), c), 3)
}

/// A `BuildHasher` for maps whose keys are already well-mixed `u64`s.
#[derive(Debug, Default, Clone, Copy)]
pub struct IdentityBuild;

/// Hasher used by [`IdentityBuild`].
#[derive(Debug, Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl std::hash::Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        finish(self.0)
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = combine(self.0, hash_bytes(bytes));
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = combine(self.0, value);
    }
    fn write_u32(&mut self, value: u32) {
        self.0 = combine(self.0, value as u64);
    }
    fn write_u8(&mut self, value: u8) {
        self.0 = combine(self.0, value as u64);
    }
    fn write_usize(&mut self, value: usize) {
        self.0 = combine(self.0, value as u64);
    }
}

impl std::hash::BuildHasher for IdentityBuild {
    type Hasher = IdentityHasher;
    fn build_hasher(&self) -> IdentityHasher {
        IdentityHasher(0)
    }
}

/// A deterministic hash map keyed by feature hashes.
pub type FastMap<K, V> = std::collections::HashMap<K, V, IdentityBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn different_parts_give_different_keys() {
        let a = feature2(1, hash_str("the"), hash_str("cat"));
        let b = feature2(1, hash_str("cat"), hash_str("the"));
        let c = feature2(2, hash_str("the"), hash_str("cat"));
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_ne!(hash_str("abcdefgh"), hash_str("abcdefgh\0"));
    }
}
