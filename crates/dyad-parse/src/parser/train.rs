//! Training of the parser with a dynamic oracle and exploration.

use super::features::{parse_features, Tokens};
use super::oracle::{move_costs, GoldTree};
use super::state::{Move, State};
use super::{best_valid_move, compact_classes, decode, finish_tree, Parser, SpecialLabels};
use crate::rng::Rng;
use crate::weights::TrainWeights;

/// One training or development sentence for the parser.
#[derive(Debug, Clone)]
pub struct ParserExample {
    /// Word and (predicted) tag keys, index 0 = root.
    pub tokens: Tokens,
    /// Whether each token is punctuation (index 0 = root).
    pub is_punct: Vec<bool>,
    /// The gold tree (projectivized for training sentences).
    pub gold: GoldTree,
}

/// Settings of one parser training run.
#[derive(Debug, Clone, Copy)]
pub struct ParserTraining {
    /// Passes over the data.
    pub epochs: usize,
    /// Seed for shuffling and exploration.
    pub seed: u64,
    /// First epoch (0-based) in which the parser follows its own
    /// (possibly wrong) predictions.
    pub explore_from_epoch: usize,
    /// Probability of following a wrong prediction when exploring.
    pub explore_probability: f64,
    /// Weights whose quantised magnitude is below this are dropped.
    pub min_quantised: i16,
}

/// Trains a parser. `labels` must contain `root`.
pub fn train_parser(
    labels: Vec<&'static str>,
    train: &[ParserExample],
    dev: &[(&str, Vec<ParserExample>)],
    settings: ParserTraining,
    progress: &mut dyn FnMut(String),
) -> Option<Parser> {
    let special = SpecialLabels::find(&labels)?;
    let num_classes = Move::num_classes(labels.len());
    let kept = gold_moves(train, num_classes, special);
    let mut weights = TrainWeights::new(num_classes);
    let mut rng = Rng::new(settings.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut trainer = Trainer {
        state: State::default(),
        features: Vec::with_capacity(128),
        scores: vec![0; num_classes],
        costs: vec![0; num_classes],
        kept: kept.clone(),
    };
    for epoch in 0..settings.epochs {
        rng.shuffle(&mut order);
        let explore = epoch >= settings.explore_from_epoch;
        let mut errors = 0usize;
        let mut moves = 0usize;
        for &i in &order {
            let (e, m) = trainer.sentence(
                &mut weights,
                &train[i],
                special,
                explore.then_some((settings.explore_probability, &mut rng)),
            );
            errors += e;
            moves += m;
        }
        let dev_report: String = dev
            .iter()
            .map(|(name, examples)| {
                let (uas, las) = dev_scores(&weights, examples, special, &kept);
                format!("; {name} dev UAS {uas:.2} LAS {las:.2}")
            })
            .collect();
        progress(format!(
            "parser epoch {}/{}: {:.2}% moves wrong{dev_report}",
            epoch + 1,
            settings.epochs,
            100.0 * errors as f64 / moves.max(1) as f64
        ));
    }
    let kept: Vec<u16> = (0..num_classes as u16).filter(|&c| kept[c as usize]).collect();
    Some(Parser {
        compact: compact_classes(&kept, num_classes),
        weights: weights.freeze_classes(settings.min_quantised, &kept),
        kept,
        labels,
        special,
    })
}

/// Which move classes the training trees use: shift, reduce, and the
/// arcs whose (direction, label) occurs in a gold tree.
fn gold_moves(train: &[ParserExample], num_classes: usize, special: SpecialLabels) -> Vec<bool> {
    let mut kept = vec![false; num_classes];
    kept[Move::Shift.class()] = true;
    kept[Move::Reduce.class()] = true;
    kept[Move::Right(special.root).class()] = true;
    for example in train {
        let gold = &example.gold;
        for (dependent, &head) in gold.heads.iter().enumerate().skip(1) {
            let label = gold.labels[dependent];
            let m = if head as usize > dependent {
                Move::Left(label)
            } else {
                Move::Right(label)
            };
            if let Some(k) = kept.get_mut(m.class()) {
                *k = true;
            }
        }
    }
    kept
}

struct Trainer {
    state: State,
    features: Vec<u64>,
    scores: Vec<i64>,
    costs: Vec<u32>,
    kept: Vec<bool>,
}

impl Trainer {
    /// Trains on one sentence; returns (wrong moves, moves).
    fn sentence(
        &mut self,
        weights: &mut TrainWeights,
        example: &ParserExample,
        special: SpecialLabels,
        mut explore: Option<(f64, &mut Rng)>,
    ) -> (usize, usize) {
        let words = example.tokens.words.len() - 1;
        self.state.reset(words, special.root);
        let (mut errors, mut moves) = (0, 0);
        while !self.state.is_terminal() {
            weights.tick();
            parse_features(&example.tokens, &self.state, &mut self.features);
            weights.score(&self.features, &mut self.scores);
            move_costs(&self.state, &example.gold, &mut self.costs);
            let (scores, costs, kept) = (&self.scores, &self.costs, &self.kept);
            let classes = scores.len();
            let Some(predicted) = best_valid_move(&self.state, classes, |c| kept[c].then(|| scores[c]))
            else {
                break;
            };
            let min_cost = (0..classes)
                .filter(|&c| kept[c])
                .map(|c| costs[c])
                .min()
                .unwrap_or(0);
            let best_gold = best_valid_move(&self.state, classes, |c| {
                (kept[c] && costs[c] == min_cost).then(|| scores[c])
            })
            .unwrap_or(predicted);
            let mut next = best_gold;
            if costs[predicted.class()] > min_cost {
                weights.update(&self.features, best_gold.class(), predicted.class());
                errors += 1;
                if let Some((probability, rng)) = explore.as_mut() {
                    if rng.unit() < *probability {
                        next = predicted;
                    }
                }
            } else {
                next = predicted;
            }
            moves += 1;
            self.state.apply(next);
        }
        (errors, moves)
    }
}

/// Unlabeled and labeled attachment scores on `dev` with the averaged
/// weights.
fn dev_scores(
    weights: &TrainWeights,
    dev: &[ParserExample],
    special: SpecialLabels,
    kept: &[bool],
) -> (f64, f64) {
    let mut state = State::default();
    let mut features = Vec::new();
    let mut scores = vec![0.0f64; weights.num_classes()];
    let (mut total, mut heads, mut both) = (0usize, 0usize, 0usize);
    for example in dev {
        state.reset(example.tokens.words.len() - 1, special.root);
        decode(
            &mut state,
            &example.tokens,
            &mut features,
            &mut scores,
            kept,
            |f, s| weights.score_averaged(f, s),
        );
        finish_tree(&mut state, &example.is_punct, special);
        for i in 1..state.n as usize {
            total += 1;
            if state.heads[i] == example.gold.heads[i] {
                heads += 1;
                both += (state.labels[i] == example.gold.labels[i]) as usize;
            }
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / total.max(1) as f64;
    (pct(heads), pct(both))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::state::NONE;

    #[test]
    fn keeps_only_the_moves_of_the_gold_trees() {
        // labels: 0 nsubj, 1 root, 2 obj
        let special = SpecialLabels::find(&["nsubj", "root", "obj"]).expect("root label");
        let cases: [(Vec<u32>, Vec<u8>, Vec<Move>); 2] = [
            // "Rebels seized towns": 1 <-nsubj- 2 -obj-> 3
            (
                vec![NONE, 2, 0, 2],
                vec![0, 0, 1, 2],
                vec![
                    Move::Shift,
                    Move::Reduce,
                    Move::Left(0),
                    Move::Right(1),
                    Move::Right(2),
                ],
            ),
            // "Talks ended": 1 <-nsubj- 2
            (
                vec![NONE, 2, 0],
                vec![0, 0, 1],
                vec![Move::Shift, Move::Reduce, Move::Left(0), Move::Right(1)],
            ),
        ];
        for (heads, labels, expected) in cases {
            let example = ParserExample {
                tokens: Tokens::default(),
                is_punct: Vec::new(),
                gold: GoldTree { heads, labels },
            };
            let kept = gold_moves(&[example], Move::num_classes(3), special);
            let mut want = vec![false; Move::num_classes(3)];
            for m in expected {
                want[m.class()] = true;
            }
            assert_eq!(kept, want);
        }
    }
}
