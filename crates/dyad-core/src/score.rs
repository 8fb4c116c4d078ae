//! Precision, recall and F1: the one place dyad computes them.
//!
//! ```
//! use dyad_core::score::Prf;
//! // 8 of 10 answers right, 12 expected.
//! let s = Prf::from_counts(8, 10, 12);
//! assert_eq!((s.tp, s.fp, s.fn_), (8, 2, 4));
//! assert_eq!(s.precision(), 0.8);
//! assert!((s.f1() - 8.0 / 11.0).abs() < 1e-12);
//! assert!((s.percent().f1 - 800.0 / 11.0).abs() < 1e-9);
//! ```

use serde::Serialize;

/// Counts of a comparison with a gold standard.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prf {
    /// True positives: system answers that are gold.
    pub tp: usize,
    /// False positives: system answers that are not gold.
    pub fp: usize,
    /// False negatives: gold answers the system missed.
    pub fn_: usize,
}

/// Precision, recall and F1 as numbers (fractions or percentages).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Share of system answers that are gold.
    pub precision: f64,
    /// Share of gold answers the system found.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Prf {
    /// From `correct` answers among `system` answers, `gold` expected.
    /// Counts that contradict each other (`correct` above `system` or
    /// `gold`) are clamped.
    pub fn from_counts(correct: usize, system: usize, gold: usize) -> Prf {
        Prf {
            tp: correct,
            fp: system.saturating_sub(correct),
            fn_: gold.saturating_sub(correct),
        }
    }

    /// `tp / (tp + fp)`, 0 when the system answered nothing.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// `tp / (tp + fn)`, 0 when nothing was expected.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }

    /// Precision, recall and F1 as fractions from 0 to 1.
    pub fn scores(&self) -> Scores {
        Scores {
            precision: self.precision(),
            recall: self.recall(),
            f1: self.f1(),
        }
    }

    /// Precision, recall and F1 in percent, from 0 to 100.
    pub fn percent(&self) -> Scores {
        let s = self.scores();
        Scores {
            precision: 100.0 * s.precision,
            recall: 100.0 * s.recall,
            f1: 100.0 * s.f1,
        }
    }
}

impl std::ops::AddAssign for Prf {
    fn add_assign(&mut self, other: Prf) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

/// `part / whole`, 0 when `whole` is 0.
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// F1 of a precision and a recall measured apart (word-overlap scores
/// count their hits differently on each side): their harmonic mean, 0
/// when both are 0. Same scale in, same scale out.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (correct, system, gold, precision, recall, f1).
    #[test]
    fn scores_from_counts() {
        let cases = [
            (1, 2, 2, 0.5, 0.5, 0.5),
            (3, 4, 6, 0.75, 0.5, 0.6),
            (0, 0, 3, 0.0, 0.0, 0.0),
            (0, 5, 0, 0.0, 0.0, 0.0),
            (0, 0, 0, 0.0, 0.0, 0.0),
            (4, 4, 4, 1.0, 1.0, 1.0),
        ];
        for (correct, system, gold, p, r, f) in cases {
            let s = Prf::from_counts(correct, system, gold).scores();
            let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
            assert!(
                close(s.precision, p) && close(s.recall, r) && close(s.f1, f),
                "{correct}/{system}/{gold}: {s:?}"
            );
        }
    }

    #[test]
    fn counts_add_up_and_percentages_scale() {
        let mut total = Prf::from_counts(1, 2, 4);
        total += Prf::from_counts(3, 3, 4);
        assert_eq!(total, Prf { tp: 4, fp: 1, fn_: 4 });
        let pct = total.percent();
        assert_eq!((pct.precision, pct.recall), (80.0, 50.0));
        assert!((pct.f1 - 800.0 / 13.0).abs() < 1e-9);
        assert_eq!(f1(50.0, 100.0), 200.0 / 3.0);
        assert_eq!(f1(0.0, 0.0), 0.0);
        assert_eq!(Prf::from_counts(5, 3, 2), Prf { tp: 5, fp: 0, fn_: 0 });
    }
}
