//! Scores found time expressions against gold ones as TempEval-3 does:
//! strict (same span) and relaxed (overlapping span) F1 of the
//! expressions, and value F1, where a correct value is one of a relaxed
//! match, counted over all system (precision) and all gold (recall)
//! expressions.

use dyad_core::Span;

/// One expression to score: its span and TIMEX3 value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scored<'a> {
    /// Where it is.
    pub span: Span,
    /// Its TIMEX3 value.
    pub value: &'a str,
}

/// Counts, added up over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimexCounts {
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// System expressions with exactly a gold span.
    pub strict: usize,
    /// System expressions overlapping a gold one (each gold used once).
    pub relaxed: usize,
    /// Relaxed matches with the gold value.
    pub value: usize,
}

/// A relaxed match: the gold and system expressions it pairs.
pub type Pair = (usize, usize);

impl TimexCounts {
    /// Adds one document's counts; returns the relaxed pairs (gold index,
    /// system index) for error listings.
    pub fn add(&mut self, gold: &[Scored], system: &[Scored]) -> Vec<Pair> {
        self.gold += gold.len();
        self.system += system.len();
        let mut used = vec![false; gold.len()];
        let mut pairs = Vec::new();
        for (s, sys) in system.iter().enumerate() {
            let hit = (0..gold.len())
                .filter(|&g| !used[g] && overlaps(gold[g].span, sys.span))
                .max_by_key(|&g| (gold[g].span == sys.span, overlap(gold[g].span, sys.span)));
            if let Some(g) = hit {
                used[g] = true;
                pairs.push((g, s));
                self.relaxed += 1;
                self.strict += usize::from(gold[g].span == sys.span);
                self.value += usize::from(gold[g].value == sys.value);
            }
        }
        pairs
    }

    /// Strict span F1 in percent.
    pub fn strict_f1(&self) -> f64 {
        f1(self.strict, self.system, self.gold)
    }

    /// Relaxed span F1 in percent.
    pub fn relaxed_f1(&self) -> f64 {
        f1(self.relaxed, self.system, self.gold)
    }

    /// Value F1 in percent.
    pub fn value_f1(&self) -> f64 {
        f1(self.value, self.system, self.gold)
    }
}

fn overlap(a: Span, b: Span) -> u32 {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn overlaps(a: Span, b: Span) -> bool {
    overlap(a, b) > 0
}

/// F1 in percent of `correct` among `system` found and `gold` expected.
pub fn f1(correct: usize, system: usize, gold: usize) -> f64 {
    dyad_core::score::Prf::from_counts(correct, system, gold)
        .percent()
        .f1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: usize, end: usize, value: &str) -> Scored<'_> {
        Scored {
            span: Span::new(start, end),
            value,
        }
    }

    #[test]
    fn counts_strict_relaxed_and_value_matches() {
        // (gold, system, expected (strict, relaxed, value))
        type Row<'a> = (&'a [Scored<'a>], &'a [Scored<'a>], (usize, usize, usize));
        let rows: &[Row] = &[
            (&[s(0, 5, "2022")], &[s(0, 5, "2022")], (1, 1, 1)),
            (&[s(0, 9, "2022-W02")], &[s(5, 9, "2022-W02")], (0, 1, 1)),
            (&[s(0, 5, "P2D")], &[s(0, 5, "P3D")], (1, 1, 0)),
            (&[s(0, 5, "P2D")], &[s(6, 9, "P2D")], (0, 0, 0)),
            (&[s(0, 5, "a")], &[s(0, 2, "a"), s(3, 5, "a")], (0, 1, 1)),
        ];
        for (gold, system, want) in rows {
            let mut c = TimexCounts::default();
            c.add(gold, system);
            assert_eq!((c.strict, c.relaxed, c.value), *want, "{gold:?} {system:?}");
        }
        assert_eq!(f1(0, 0, 3), 0.0);
        assert!((f1(1, 2, 2) - 50.0).abs() < 1e-9);
    }
}
