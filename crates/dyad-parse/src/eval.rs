//! Evaluation against gold CoNLL-U with gold tokenization.

use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::conllu::{self, Sentence};
use crate::error::Result;
use crate::model::{Model, WordAnalysis};

/// Scores over syntactic words, punctuation included (as in CoNLL 2018).
/// Percentages are 0–100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvalReport {
    /// UPOS accuracy.
    pub upos: f64,
    /// XPOS accuracy.
    pub xpos: f64,
    /// Lemma accuracy (exact string match).
    pub lemma: f64,
    /// Unlabeled attachment score.
    pub uas: f64,
    /// Labeled attachment score, comparing the universal part of the
    /// relation (`nsubj:pass` counts as `nsubj`), as the CoNLL 2018
    /// evaluation script does.
    pub las: f64,
    /// Labeled attachment score with full relations including subtypes.
    pub las_full: f64,
    /// Words analysed per second (tagging, lemmatization and parsing).
    pub tokens_per_s: f64,
    /// Number of words scored.
    pub words: usize,
    /// Number of sentences scored.
    pub sentences: usize,
}

#[derive(Default)]
struct Counts {
    words: usize,
    upos: usize,
    xpos: usize,
    lemma: usize,
    uas: usize,
    las: usize,
    las_full: usize,
}

impl Counts {
    fn add(&mut self, sentence: &Sentence, predicted: &[WordAnalysis]) {
        for (gold, got) in sentence.words.iter().zip(predicted) {
            self.words += 1;
            self.upos += (got.upos.as_str() == gold.upos) as usize;
            self.xpos += (got.xpos == gold.xpos) as usize;
            self.lemma += (got.lemma == gold.lemma) as usize;
            let head = got.head.map_or(0, |h| h + 1);
            if Some(head) == gold.head {
                self.uas += 1;
                self.las += (universal(got.deprel) == universal(&gold.deprel)) as usize;
                self.las_full += (got.deprel == gold.deprel) as usize;
            }
        }
    }
}

fn universal(relation: &str) -> &str {
    relation.split(':').next().unwrap_or(relation)
}

/// Analyses every sentence of a gold CoNLL-U file with its gold words and
/// scores the result.
pub fn evaluate(model: &Model, conllu_path: &Path) -> Result<EvalReport> {
    let sentences = conllu::read_file(conllu_path)?;
    Ok(evaluate_sentences(model, &sentences))
}

/// Scores `model` on already-read gold sentences.
pub fn evaluate_sentences(model: &Model, sentences: &[Sentence]) -> EvalReport {
    let forms: Vec<Vec<&str>> = sentences.iter().map(Sentence::forms).collect();
    let started = Instant::now();
    let predicted: Vec<Vec<WordAnalysis>> = forms.iter().map(|f| model.analyze(f)).collect();
    let seconds = started.elapsed().as_secs_f64();
    let mut counts = Counts::default();
    for (sentence, analysis) in sentences.iter().zip(&predicted) {
        counts.add(sentence, analysis);
    }
    let pct = |x: usize| 100.0 * x as f64 / counts.words.max(1) as f64;
    EvalReport {
        upos: pct(counts.upos),
        xpos: pct(counts.xpos),
        lemma: pct(counts.lemma),
        uas: pct(counts.uas),
        las: pct(counts.las),
        las_full: pct(counts.las_full),
        tokens_per_s: counts.words as f64 / seconds.max(1e-9),
        words: counts.words,
        sentences: sentences.len(),
    }
}
