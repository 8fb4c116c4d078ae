//! `--explain`: a sentence-by-sentence account of what the stages saw and
//! decided, enough to tell why an expected event is missing or wrong.

use crate::pipeline::Pipeline;
use dyad_code::events::trace::{Candidate, Unfilled, Verdict};
use dyad_core::{Document, Sentence};
use std::fmt::Write;

impl Pipeline {
    /// Why each sentence of `doc` gave the events it gave (and no others):
    /// its repaired tree, its actors and how each was resolved, its time
    /// expressions, every candidate trigger with the frame tried and its
    /// outcome, and the events.
    pub fn explain(&self, doc: &Document) -> String {
        render(doc, &self.trace_events(doc))
    }
}

/// The explanation of `doc`, given the event stage's trace.
pub fn render(doc: &Document, trace: &[Candidate]) -> String {
    let mut out = String::new();
    let published = doc
        .published()
        .map_or("no date".to_owned(), |p| p.date.to_string());
    let _ = writeln!(out, "== {} ({published})", doc.article.id);
    for (index, sentence) in doc.sentences.iter().enumerate() {
        sentence_part(&mut out, doc, index, sentence, trace);
    }
    out
}

fn sentence_part(out: &mut String, doc: &Document, index: usize, sentence: &Sentence, trace: &[Candidate]) {
    let text = &doc.article.text;
    let zone = format!("{:?}", sentence.zone).to_lowercase();
    let _ = writeln!(
        out,
        "\n-- sentence {index} ({zone}): {}",
        sentence.span.slice(text)
    );
    tree_part(out, doc, sentence);
    let base = sentence.tokens.start;
    let word = |k: usize| k - base + 1;
    let actors: Vec<_> = doc.actors.iter().filter(|a| a.sentence == index).collect();
    if !actors.is_empty() {
        let _ = writeln!(out, "   actors:");
        for a in actors {
            let _ = writeln!(
                out,
                "     {} [{}-{}] = {} ({})",
                a.span.slice(text),
                word(a.tokens.start),
                word(a.tokens.end - 1),
                a.code,
                a.resolved_by
            );
        }
    }
    for p in doc.place_names.iter().filter(|a| a.sentence == index) {
        let _ = writeln!(
            out,
            "   place: {} = {} (a target only)",
            p.span.slice(text),
            p.code
        );
    }
    for t in doc.times.iter().filter(|t| t.sentence == index) {
        let _ = writeln!(out, "   time: {} = {} {}", t.span.slice(text), t.kind, t.value);
    }
    let candidates: Vec<&Candidate> = trace.iter().filter(|c| c.sentence == index).collect();
    if !candidates.is_empty() {
        let _ = writeln!(out, "   candidates:");
    }
    let mut k = 0;
    while k < candidates.len() {
        let word = candidates[k].word;
        let end = k + candidates[k..].iter().take_while(|c| c.word == word).count();
        word_part(out, doc, base, &candidates[k..end]);
        k = end;
    }
    for e in doc.events.iter().filter(|e| e.sentence == index) {
        let target = e
            .target
            .as_ref()
            .map_or("-".to_owned(), |t| format!("{} ({})", t.code, t.span.slice(text)));
        let _ = writeln!(
            out,
            "   EVENT {} ({}) > {target} {} {} on {} [{}] rule {}",
            e.source.code,
            e.source.span.slice(text),
            e.cameo,
            e.mode.as_str(),
            e.date,
            e.date_precision.as_str(),
            e.rule
        );
    }
}

/// The candidate entries of one trigger word. Entries that need another
/// word among the trigger's dependents (`pull back`, `hold talks`) are
/// summed up in one line unless nothing else was tried.
fn word_part(out: &mut String, doc: &Document, base: usize, candidates: &[&Candidate]) {
    let text = &doc.article.text;
    let c0 = candidates[0];
    let word_text = doc.tokens[base + c0.word].span.slice(text);
    let head = format!("{word_text} ({}) [{}]", c0.lemma, c0.word + 1);
    if c0.verdict == Verdict::NoEntry {
        let _ = writeln!(out, "     {head}: {}", c0.verdict);
        return;
    }
    let needs_word = |c: &&&Candidate| matches!(c.verdict, Verdict::Unfilled(Unfilled::MissingWord(_)));
    let (other_words, tried): (Vec<&&Candidate>, Vec<&&Candidate>) = candidates.iter().partition(needs_word);
    let shown: Vec<&&Candidate> = if tried.is_empty() {
        other_words.clone()
    } else {
        tried
    };
    for c in &shown {
        let _ = writeln!(
            out,
            "     {head} {} {} {}: {}",
            c.rule, c.code, c.frame, c.verdict
        );
    }
    if shown.len() < candidates.len() {
        let mut words: Vec<&str> = other_words
            .iter()
            .filter_map(|c| match &c.verdict {
                Verdict::Unfilled(Unfilled::MissingWord(w)) => Some(w.as_str()),
                _ => None,
            })
            .collect();
        words.dedup();
        let more = if words.len() > 8 { ", …" } else { "" };
        words.truncate(8);
        let _ = writeln!(
            out,
            "     {head} and {} entries needing another dependent ({}{more})",
            other_words.len(),
            words.join(", ")
        );
    }
}

/// The repaired dependency tree, one word a line.
fn tree_part(out: &mut String, doc: &Document, sentence: &Sentence) {
    let tags = doc.sentence_tags(sentence);
    if tags.is_empty() {
        let _ = writeln!(out, "   (not parsed)");
        return;
    }
    let text = &doc.article.text;
    let words: Vec<&str> = doc
        .sentence_tokens(sentence)
        .iter()
        .map(|t| t.span.slice(text))
        .collect();
    let _ = writeln!(out, "   tree:");
    for (i, (w, t)) in words.iter().zip(tags).enumerate() {
        let head = t.head.map_or("root".to_owned(), |h| {
            format!("{} → {} {}", t.deprel, h + 1, words[h as usize])
        });
        let _ = writeln!(
            out,
            "     {:>3} {w:<16} {:<5} {:<4} {:<14} {head}",
            i + 1,
            t.upos.as_str(),
            t.xpos,
            t.lemma
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::pipeline::Pipeline;

    #[test]
    fn an_explanation_shows_the_tree_the_actors_the_candidates_and_the_events() {
        let pipeline = Pipeline::builder().build().unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2022, 6, 15);
        let doc = pipeline.analyze_text("Russian troops attacked Ukraine on Monday.", day);
        let text = pipeline.explain(&doc);
        assert!(text.contains("nsubj → 3 attacked"), "{text}");
        assert!(text.contains("Russian troops [1-2] = RUSMIL"), "{text}");
        assert!(text.contains("time: Monday = DATE 2022-06-13"), "{text}");
        assert!(text.contains("attacked (attack) [3] verbs/19.tsv"), "{text}");
        assert!(text.contains("fired (1 event)"), "{text}");
        assert!(
            text.contains("EVENT RUSMIL (Russian troops) > UKR (Ukraine) 19"),
            "{text}"
        );
        let doc = pipeline.analyze_text("Russian troops did not attack Ukraine.", day);
        let text = pipeline.explain(&doc);
        assert!(text.contains("not counted: the clause is negated"), "{text}");
        assert!(!text.contains("EVENT"), "{text}");
    }
}
