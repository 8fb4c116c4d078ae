//! Training of the parser with a dynamic oracle and exploration.

use super::features::{parse_features, Tokens};
use super::oracle::{move_costs, GoldTree};
use super::state::{Move, State};
use super::{best_valid_move, decode, finish_tree, Parser, SpecialLabels};
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
    dev: &[ParserExample],
    settings: ParserTraining,
    progress: &mut dyn FnMut(String),
) -> Option<Parser> {
    let special = SpecialLabels::find(&labels)?;
    let num_classes = Move::num_classes(labels.len());
    let mut weights = TrainWeights::new(num_classes);
    let mut rng = Rng::new(settings.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut trainer = Trainer {
        state: State::default(),
        features: Vec::with_capacity(128),
        scores: vec![0; num_classes],
        costs: vec![0; num_classes],
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
        let (uas, las) = dev_scores(&weights, dev, special);
        progress(format!(
            "parser epoch {}/{}: {:.2}% moves wrong; dev UAS {uas:.2} LAS {las:.2}",
            epoch + 1,
            settings.epochs,
            100.0 * errors as f64 / moves.max(1) as f64
        ));
    }
    Some(Parser {
        labels,
        weights: weights.freeze(settings.min_quantised),
        special,
    })
}

struct Trainer {
    state: State,
    features: Vec<u64>,
    scores: Vec<i64>,
    costs: Vec<u32>,
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
            let Some(predicted) = best_valid_move(&self.state, &self.scores, |_| true) else {
                break;
            };
            let min_cost = *self.costs.iter().min().unwrap_or(&0);
            let costs = &self.costs;
            let best_gold =
                best_valid_move(&self.state, &self.scores, |c| costs[c] == min_cost).unwrap_or(predicted);
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
fn dev_scores(weights: &TrainWeights, dev: &[ParserExample], special: SpecialLabels) -> (f64, f64) {
    let mut state = State::default();
    let mut features = Vec::new();
    let mut scores = vec![0.0f64; weights.num_classes()];
    let (mut total, mut heads, mut both) = (0usize, 0usize, 0usize);
    for example in dev {
        state.reset(example.tokens.words.len() - 1, special.root);
        decode(&mut state, &example.tokens, &mut features, &mut scores, |f, s| {
            weights.score_averaged(f, s)
        });
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
