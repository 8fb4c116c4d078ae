//! Cache-line aligned dense weight rows, the loop that adds them into a
//! score vector (AVX2 when the CPU has it), and a prefetch hint.

/// Weights per [`Line`].
pub const LINE: usize = 32;

/// 32 quantised weights filling one 64-byte cache line.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub struct Line(pub [i16; LINE]);

impl Default for Line {
    fn default() -> Self {
        Line([0; LINE])
    }
}

/// Number of lines a dense row of `num_classes` weights takes.
pub fn lines_per_row(num_classes: usize) -> usize {
    num_classes.div_ceil(LINE).max(1)
}

/// Hints the CPU to fetch the cache line holding `value`.
#[inline(always)]
pub fn prefetch<T>(value: &T) {
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

#[inline(always)]
fn add_lines(scores: &mut [i32], row: &[Line]) {
    for (chunk, line) in scores.chunks_mut(LINE).zip(row) {
        for (score, &weight) in chunk.iter_mut().zip(&line.0) {
            *score += weight as i32;
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_lines_avx2(scores: &mut [i32], row: &[Line]) {
    add_lines(scores, row);
}

/// Whether the AVX2 loop may be used on this CPU.
pub fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    false
}

/// Adds the weights of `row` into `scores` (class `c` of the row into
/// `scores[c]`); `avx2` must come from [`has_avx2`].
#[inline(always)]
pub fn add_row(scores: &mut [i32], row: &[Line], avx2: bool) {
    #[cfg(target_arch = "x86_64")]
    if avx2 {
        // SAFETY: `avx2` is only true when the CPU supports AVX2.
        unsafe { add_lines_avx2(scores, row) };
        return;
    }
    let _ = avx2;
    add_lines(scores, row);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_rows_with_and_without_avx2() {
        let mut row = vec![Line::default(); lines_per_row(40)];
        row[0].0[3] = -7;
        row[1].0[7] = 300;
        for avx2 in [false, has_avx2()] {
            let mut scores = vec![1i32; 40];
            add_row(&mut scores, &row, avx2);
            assert_eq!(scores[3], -6);
            assert_eq!(scores[39], 301);
            assert_eq!(scores[0], 1);
        }
    }
}
