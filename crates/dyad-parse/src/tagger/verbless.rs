//! A sentence that ends in a full stop has a finite verb: when the tagger
//! found none (`Militants kidnapped teachers.` with `kidnapped` as an
//! adjective), the word it came closest to tagging as a finite verb
//! becomes one.

use super::features::{tag_features, START2_TAG, START_TAG};
use super::{TagBuffers, Tagger};
use crate::upos::Upos;
use crate::words::WordInfo;
use dyad_core::TagHint;

/// Shortest sentence (in words, with its full stop) held to the rule.
const MIN_WORDS: usize = 4;
/// Largest score deficit (perceptron units) of a finite-verb tag that is
/// still taken: a word far from being a verb stays what it is.
const MAX_DEFICIT: f32 = 60.0;

fn is_finite_verb(xpos: &str) -> bool {
    matches!(xpos, "VBD" | "VBZ" | "VBP")
}

impl Tagger {
    /// Re-tags one word of a verbless sentence as a finite verb (see the
    /// module docs); words the tag dictionary or a hint decided stay.
    pub(super) fn ensure_finite_verb(
        &self,
        words: &[WordInfo],
        hints: &[TagHint],
        tags: &mut [u8],
        buffers: &mut TagBuffers,
    ) {
        let ends_sentence = tags.last().is_some_and(|&t| self.tagset.xpos(t) == ".");
        let has_verb = tags
            .iter()
            .any(|&t| matches!(self.tagset.upos(t), Upos::Verb | Upos::Aux));
        if words.len() < MIN_WORDS || !ends_sentence || has_verb {
            return;
        }
        let unit = 1.0 / self.weights.scale();
        let mut best: Option<(f32, usize, u8)> = None;
        for i in 0..words.len() {
            let decided = self.tag_dictionary.contains_key(&words[i].form)
                || Self::usable_hint(hints, i, &words[i]).is_some();
            if decided {
                continue;
            }
            let prev = if i >= 1 { tags[i - 1] } else { START_TAG };
            let prev2 = if i >= 2 { tags[i - 2] } else { START2_TAG };
            tag_features(words, i, prev, prev2, &mut buffers.features);
            buffers.scores.resize(self.tagset.len(), 0);
            self.weights.score(&buffers.features, &mut buffers.scores);
            let current = buffers.scores[tags[i] as usize];
            let verb = (0..self.tagset.len())
                .filter(|&c| is_finite_verb(self.tagset.xpos(c as u8)))
                .max_by_key(|&c| buffers.scores[c]);
            if let Some(verb) = verb {
                let deficit = (current - buffers.scores[verb]) as f32 * unit;
                if deficit <= MAX_DEFICIT && best.is_none_or(|(d, _, _)| deficit < d) {
                    best = Some((deficit, i, verb as u8));
                }
            }
        }
        if let Some((_, i, verb)) = best {
            tags[i] = verb;
        }
    }
}
