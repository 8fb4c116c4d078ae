//! Time expressions (TIMEX3): found by a small word grammar over each
//! sentence and normalised against the dateline — dates and weekdays with
//! the resolver that dates events (`2022-01-21`, `2022-W04`, `2021-12`),
//! clock times and parts of days (`2022-01-21T09:21`, `2022-01-21TMO`),
//! durations (`P3D`, `PT5H`), repetitions (`P1W` as SET), fiscal quarters
//! (`2022-Q1`), seasons (`2022-SU`), decades (`199`) and the reference
//! values `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.

mod grammar;
pub(crate) mod resolve;
pub mod score;
pub mod timeml;
mod unanchored;
mod words;

use crate::syntax::words::{FUTURE_AUXILIARIES, INTENT_HEADS};
use chrono::NaiveDate;
use dyad_core::{Deprel, Upos};
use dyad_core::{Document, Span, TimeExpr, TokenTags};
use grammar::{Cursor, Tense};

pub use grammar::timex_value;

/// Finds and normalises the time expressions of every sentence of `doc`
/// against `anchor` (the article's date).
///
/// Without an anchor, an expression that needs one (`on Monday`, `last
/// week`, `in March`) keeps its span and type but its value leaves the
/// parts the anchor would have decided unspecified, as TIMEX3 writes them
/// (`XXXX-XX-XX`, `XXXX-WXX`, `XXXX-03`): it names no date. Absolute ones
/// (`in 2014`, `on 3 March 2019`) keep their value.
///
/// ```
/// let mut doc = dyad_text::analyze_text("Talks\n\nJan. 21, 2022\n\nThey met last week and will meet again in March.");
/// dyad_code::times::extract(&mut doc, chrono::NaiveDate::from_ymd_opt(2022, 1, 21).unwrap());
/// let values: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
/// assert_eq!(values, ["2022-W02", "2022-03"]);
///
/// let mut doc = dyad_text::analyze_text("They met on Monday and signed a deal in 2014.");
/// dyad_code::times::extract(&mut doc, None);
/// let values: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
/// assert_eq!(values, ["XXXX-XX-XX", "2014"]);
/// ```
pub fn extract(doc: &mut Document, anchor: impl Into<Option<NaiveDate>>) {
    let anchor = anchor.into();
    let mut times = Vec::new();
    let mut quarter = None;
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let tokens = &doc.tokens[sentence.tokens.clone()];
        let written: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.article.text)).collect();
        let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
        let tags = doc.sentence_tags(sentence);
        let sentence_future = words.iter().any(|w| FUTURE_AUXILIARIES.contains(&w.as_str()));
        // The tense of the verb that governs a word (`released in December`
        // is past even if the sentence has a `will` elsewhere); without a
        // parse, the sentence's.
        let tense = |w: usize| match (tags.is_empty(), sentence_future) {
            (true, true) => Tense::Future,
            (true, false) => Tense::Past,
            (false, _) => governing_tense(tags, w),
        };
        let mut i = 0;
        while i < words.len() {
            let cursor = Cursor {
                words: &words,
                written: &written,
                anchor: anchor.unwrap_or(unanchored::PROBES[0]),
                quarter,
                tense: &tense,
            };
            let Some(mut found) = cursor.at(i) else {
                i += 1;
                continue;
            };
            if anchor.is_none() {
                let other = Cursor {
                    anchor: unanchored::PROBES[1],
                    ..cursor
                };
                found.value = unanchored::masked(&found.value, other.at(i).map(|f| f.value).as_deref());
            }
            let n = found.len;
            if found.names_quarter {
                quarter = quarter_of(&found.value);
            }
            let span = Span::new(tokens[i].span.start as usize, tokens[i + n - 1].span.end as usize);
            let first = sentence.tokens.start + i;
            times.push(TimeExpr {
                span,
                tokens: first..first + n,
                sentence: index,
                kind: found.kind,
                value: found.value,
            });
            i += n;
        }
    }
    doc.times = times;
}

/// (year, quarter) of a `1989-Q3` value.
fn quarter_of(value: &str) -> Option<(i32, u32)> {
    let (y, q) = value.split_once("-Q")?;
    Some((y.parse().ok()?, q.parse().ok()?))
}

/// The tense of the first verb above word `w`: future with a `will`
/// auxiliary, past when it or an auxiliary is in the past tense or it is a
/// perfect, else present.
fn governing_tense(tags: &[TokenTags], w: usize) -> Tense {
    let mut cur = tags.get(w).and_then(|t| t.head).map(|h| h as usize);
    let mut steps = 0;
    while let Some(v) = cur {
        let Some(verb) = tags.get(v) else { break };
        if verb.upos == Upos::Verb || steps > 6 {
            let aux: Vec<&TokenTags> = tags
                .iter()
                .filter(|t| t.head == Some(v as u32) && t.deprel.is(Deprel::Aux))
                .collect();
            let lemma_is = |t: &TokenTags, l: &[&str]| l.contains(&t.lemma.to_lowercase().as_str());
            if aux.iter().any(|t| lemma_is(t, FUTURE_AUXILIARIES)) {
                return Tense::Future;
            }
            // The to-infinitive of an intent in the present or future looks
            // ahead (`plans to visit Beijing in November`).
            let infinitive = verb.xpos == "VB"
                && tags
                    .iter()
                    .any(|t| t.head == Some(v as u32) && t.deprel == Deprel::Mark && t.lemma == "to");
            let intent = verb.head.map(|h| h as usize).filter(|&h| {
                tags.get(h)
                    .is_some_and(|t| INTENT_HEADS.contains(&t.lemma.to_lowercase().as_str()))
            });
            if let Some(h) = intent.filter(|_| infinitive && aux.is_empty() && steps < 6) {
                if !matches!(tags[h].xpos, "VBD" | "VBN") {
                    return Tense::Future;
                }
            }
            let perfect = verb.xpos == "VBN" && aux.iter().any(|t| lemma_is(t, &["have"]));
            // A participle with no auxiliary is a past tense the tagger
            // misread (`In January, the firm brought in …`) or a reduced
            // relative (`the plan announced in January`): both look back.
            let bare_participle = verb.xpos == "VBN" && aux.is_empty();
            if verb.xpos == "VBD" || perfect || bare_participle || aux.iter().any(|t| t.xpos == "VBD") {
                return Tense::Past;
            }
            return Tense::Present;
        }
        cur = verb.head.map(|h| h as usize);
        steps += 1;
    }
    Tense::Present
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags from `(upos, xpos, lemma, head, deprel)` rows, heads 1-based as
    /// in CoNLL-U (0 for the root).
    fn tags(rows: &[(&str, &'static str, &str, u32, &str)]) -> Vec<TokenTags> {
        rows.iter()
            .map(|&(upos, xpos, lemma, head, deprel)| TokenTags {
                upos: Upos::from_name(upos).unwrap(),
                xpos,
                lemma: lemma.to_string(),
                head: head.checked_sub(1),
                deprel: Deprel::from_name_lenient(deprel),
            })
            .collect()
    }

    #[test]
    fn a_participle_without_auxiliary_looks_back() {
        // `In May Acme hired a lawyer`, with `hired` misread as a participle.
        let misread = tags(&[
            ("ADP", "IN", "in", 2, "case"),
            ("PROPN", "NNP", "May", 4, "obl"),
            ("PROPN", "NNP", "Acme", 4, "nsubj"),
            ("VERB", "VBN", "hire", 0, "root"),
            ("DET", "DT", "a", 6, "det"),
            ("NOUN", "NN", "lawyer", 4, "obj"),
        ]);
        assert_eq!(governing_tense(&misread, 1), Tense::Past);
        // `Acme is hiring in May` stays present; `Acme was hired in May` past.
        let progressive = tags(&[
            ("PROPN", "NNP", "Acme", 3, "nsubj"),
            ("AUX", "VBZ", "be", 3, "aux"),
            ("VERB", "VBG", "hire", 0, "root"),
            ("ADP", "IN", "in", 5, "case"),
            ("PROPN", "NNP", "May", 3, "obl"),
        ]);
        assert_eq!(governing_tense(&progressive, 4), Tense::Present);
        let passive_future = tags(&[
            ("PROPN", "NNP", "Acme", 4, "nsubj:pass"),
            ("AUX", "MD", "will", 4, "aux"),
            ("AUX", "VB", "be", 4, "aux:pass"),
            ("VERB", "VBN", "hire", 0, "root"),
            ("ADP", "IN", "in", 6, "case"),
            ("PROPN", "NNP", "May", 4, "obl"),
        ]);
        assert_eq!(governing_tense(&passive_future, 5), Tense::Future);
    }
}
