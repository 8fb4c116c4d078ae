//! Scoring the splitter and tokenizer against a CoNLL-U treebank.
//!
//! The raw text of each document is rebuilt from its `# text` lines:
//! sentences of a paragraph joined by a space, paragraphs (`# newpar`) by
//! a blank line. dyad then tokenizes and splits each paragraph, and its
//! word and sentence spans are compared with the gold ones.

use crate::{NewsSplitter, NewsTokenizer, SentenceSplitter, Tokenizer};
use dyad_core::{Span, Token};
use serde::Serialize;
use std::collections::HashSet;
use thiserror::Error;

/// A CoNLL-U file that cannot be scored.
#[derive(Debug, Error)]
#[error("{input}:{line}: {message}")]
pub struct ConlluError {
    /// The file.
    pub input: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Precision, recall and F1 of one kind of unit, in percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Score {
    /// Share of system units that are gold.
    pub precision: f64,
    /// Share of gold units the system found.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

impl Score {
    fn from_counts(correct: usize, system: usize, gold: usize) -> Score {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let (p, r) = (pct(correct, system), pct(correct, gold));
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        Score {
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// Scores of a treebank run.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TokenEval {
    /// Word (syntactic token) spans.
    pub tokens: Score,
    /// Sentence spans.
    pub sentences: Score,
    /// Documents read.
    pub documents: usize,
    /// Gold sentences.
    pub gold_sentences: usize,
    /// Gold words.
    pub gold_tokens: usize,
    /// The most frequent misses: words dyad produced that are not gold
    /// (`+text`) and gold words it did not produce (`-text`), with counts.
    #[serde(skip)]
    pub token_errors: Vec<(String, usize)>,
}

/// A document rebuilt from a treebank, with its gold spans.
#[derive(Debug, Default)]
pub struct GoldDocument {
    /// The raw text.
    pub text: String,
    /// Paragraph spans.
    pub paragraphs: Vec<Span>,
    /// Sentence spans.
    pub sentences: Vec<Span>,
    /// Word spans.
    pub words: Vec<Span>,
}

#[derive(Default)]
struct SentenceLines {
    text: Option<String>,
    /// Surface forms, each with the syntactic words it holds.
    surface: Vec<(String, Vec<String>)>,
    pending_mwt: Option<(usize, String, Vec<String>)>,
}

/// Rebuilds the documents of a CoNLL-U file.
pub fn read_gold(conllu: &str, input: &str) -> Result<Vec<GoldDocument>, ConlluError> {
    let mut docs: Vec<GoldDocument> = Vec::new();
    let mut sentence = SentenceLines::default();
    let mut new_par = true;
    for (i, line) in conllu.lines().enumerate() {
        let err = |message: String| ConlluError {
            input: input.to_owned(),
            line: i + 1,
            message,
        };
        if let Some(comment) = line.strip_prefix('#') {
            let comment = comment.trim();
            if comment.starts_with("newdoc") {
                docs.push(GoldDocument::default());
                new_par = true;
            }
            if comment.starts_with("newpar") {
                new_par = true;
            }
            if let Some(text) = comment.strip_prefix("text =") {
                sentence.text = Some(text.trim().to_owned());
            }
            continue;
        }
        if line.trim().is_empty() {
            if sentence.text.is_some() || !sentence.surface.is_empty() {
                if docs.is_empty() {
                    docs.push(GoldDocument::default());
                }
                let doc = docs.last_mut().expect("a document exists");
                add_sentence(doc, std::mem::take(&mut sentence), new_par).map_err(err)?;
                new_par = false;
            }
            continue;
        }
        word_line(&mut sentence, line).map_err(err)?;
    }
    if sentence.text.is_some() {
        let doc = docs.last_mut().ok_or_else(|| ConlluError {
            input: input.into(),
            line: 0,
            message: "no document".into(),
        })?;
        add_sentence(doc, sentence, new_par).map_err(|message| ConlluError {
            input: input.into(),
            line: 0,
            message,
        })?;
    }
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

fn word_line(sentence: &mut SentenceLines, line: &str) -> Result<(), String> {
    let cols: Vec<&str> = line.split('\t').collect();
    if cols.len() != 10 {
        return Err(format!("expected 10 tab-separated columns, found {}", cols.len()));
    }
    let (id, form) = (cols[0], cols[1].to_owned());
    if id.contains('.') {
        return Ok(());
    }
    if let Some((a, b)) = id.split_once('-') {
        let a: usize = a.parse().map_err(|_| format!("bad range id {id:?}"))?;
        let b: usize = b.parse().map_err(|_| format!("bad range id {id:?}"))?;
        sentence.pending_mwt = Some((b - a + 1, form, Vec::new()));
        return Ok(());
    }
    id.parse::<usize>().map_err(|_| format!("bad word id {id:?}"))?;
    match sentence.pending_mwt.as_mut() {
        Some((left, _, words)) => {
            words.push(form);
            *left -= 1;
            if *left == 0 {
                let (_, surface, words) = sentence.pending_mwt.take().expect("pending");
                sentence.surface.push((surface, words));
            }
        }
        None => sentence.surface.push((form.clone(), vec![form])),
    }
    Ok(())
}

fn add_sentence(doc: &mut GoldDocument, sentence: SentenceLines, new_par: bool) -> Result<(), String> {
    let text = sentence.text.ok_or("sentence without `# text`")?;
    if !doc.text.is_empty() {
        doc.text.push_str(if new_par { "\n\n" } else { " " });
    }
    let base = doc.text.len();
    doc.text.push_str(&text);
    let end = doc.text.len();
    if new_par || doc.paragraphs.is_empty() {
        doc.paragraphs.push(Span::new(base, end));
    } else if let Some(p) = doc.paragraphs.last_mut() {
        p.end = end as u32;
    }
    doc.sentences.push(Span::new(base, end));
    let mut cursor = base;
    for (surface, words) in sentence.surface {
        let at = find_from(&doc.text, cursor, end, &surface)
            .ok_or_else(|| format!("token {surface:?} not found in `# text`"))?;
        cursor = at + surface.len();
        push_words(&mut doc.words, at, &surface, &words);
    }
    Ok(())
}

fn find_from(text: &str, from: usize, end: usize, needle: &str) -> Option<usize> {
    text[from..end].find(needle).map(|p| from + p)
}

/// Gives each syntactic word of a surface token its span; when the words
/// do not spell the surface (`gonna` is `gon` `na`, fine; `im` as `i` `am`
/// is not), they share the surface span proportionally.
fn push_words(out: &mut Vec<Span>, at: usize, surface: &str, words: &[String]) {
    if words.concat() == surface {
        let mut p = at;
        for w in words {
            out.push(Span::new(p, p + w.len()));
            p += w.len();
        }
        return;
    }
    let mut p = at;
    for (i, w) in words.iter().enumerate() {
        let end = if i + 1 == words.len() {
            at + surface.len()
        } else {
            (p + w.len()).min(at + surface.len())
        };
        let end = (p..=end)
            .rev()
            .find(|e| surface.is_char_boundary(e - at))
            .unwrap_or(p);
        out.push(Span::new(p, end));
        p = end;
    }
}

/// Runs dyad's tokenizer and splitter on each document and scores them.
pub fn evaluate_tokens(docs: &[GoldDocument]) -> TokenEval {
    let (mut tok_ok, mut tok_sys, mut tok_gold) = (0, 0, 0);
    let (mut sen_ok, mut sen_sys, mut sen_gold) = (0, 0, 0);
    let mut tokens: Vec<Token> = Vec::new();
    let mut ranges = Vec::new();
    let mut errors: std::collections::HashMap<String, usize> = Default::default();
    for doc in docs {
        tokens.clear();
        let mut sentences: Vec<Span> = Vec::new();
        for &p in &doc.paragraphs {
            let first = tokens.len();
            NewsTokenizer.tokenize(&doc.text, p, &mut tokens);
            ranges.clear();
            NewsSplitter.split(&doc.text, &tokens[first..], &mut ranges);
            for r in &ranges {
                let (a, b) = (tokens[first + r.start].span, tokens[first + r.end - 1].span);
                sentences.push(Span::new(a.start as usize, b.end as usize));
            }
        }
        let gold_words: HashSet<Span> = doc.words.iter().copied().collect();
        let sys_words: HashSet<Span> = tokens.iter().map(|t| t.span).collect();
        for t in tokens.iter().filter(|t| !gold_words.contains(&t.span)) {
            *errors.entry(format!("+{}", t.span.slice(&doc.text))).or_insert(0) += 1;
        }
        for w in doc.words.iter().filter(|w| !sys_words.contains(w)) {
            *errors.entry(format!("-{}", w.slice(&doc.text))).or_insert(0) += 1;
        }
        tok_ok += tokens.iter().filter(|t| gold_words.contains(&t.span)).count();
        tok_sys += tokens.len();
        tok_gold += doc.words.len();
        let gold_sentences: HashSet<Span> = doc.sentences.iter().copied().collect();
        sen_ok += sentences.iter().filter(|s| gold_sentences.contains(s)).count();
        sen_sys += sentences.len();
        sen_gold += doc.sentences.len();
    }
    TokenEval {
        tokens: Score::from_counts(tok_ok, tok_sys, tok_gold),
        sentences: Score::from_counts(sen_ok, sen_sys, sen_gold),
        documents: docs.len(),
        gold_sentences: sen_gold,
        gold_tokens: tok_gold,
        token_errors: most_frequent(errors, 40),
    }
}

fn most_frequent(counts: std::collections::HashMap<String, usize>, n: usize) -> Vec<(String, usize)> {
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

/// Scores any sentence splitter on the gold documents: `split` gets the
/// document text and one paragraph span and returns sentence spans.
pub fn score_sentences(docs: &[GoldDocument], mut split: impl FnMut(&str, Span) -> Vec<Span>) -> Score {
    let (mut ok, mut sys, mut gold) = (0, 0, 0);
    for doc in docs {
        let gold_sentences: HashSet<Span> = doc.sentences.iter().copied().collect();
        for &p in &doc.paragraphs {
            let found = split(&doc.text, p);
            ok += found
                .iter()
                .filter(|s| gold_sentences.contains(&s.trim(&doc.text)))
                .count();
            sys += found.len();
        }
        gold += doc.sentences.len();
    }
    Score::from_counts(ok, sys, gold)
}
