//! Scoring the splitter and tokenizer against a CoNLL-U treebank.
//!
//! The raw text of each document is rebuilt from its `# text` lines:
//! sentences of a paragraph joined by a space, paragraphs (`# newpar`) by
//! a blank line. dyad then tokenizes and splits each paragraph, and its
//! word and sentence spans are compared with the gold ones.

use crate::{NewsSplitter, NewsTokenizer, SentenceSplitter, Tokenizer};
use dyad_core::conllu::Sentence;
use dyad_core::score::Prf;
use dyad_core::{Span, Token};
use serde::Serialize;
use std::collections::HashSet;

/// A CoNLL-U file that cannot be scored (dyad-core's reader's error).
pub use dyad_core::conllu::ConlluError;

/// Precision, recall and F1 of one kind of unit, in percent.
pub use dyad_core::score::Scores as Score;

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

/// Rebuilds the documents of a CoNLL-U file: `# newdoc` opens a document,
/// `# newpar` a paragraph, and each sentence's `# text` is its raw text.
pub fn read_gold(conllu: &str, input: &str) -> Result<Vec<GoldDocument>, ConlluError> {
    let mut docs: Vec<GoldDocument> = Vec::new();
    let mut new_par = true;
    for sentence in dyad_core::conllu::parse_str(conllu, input)? {
        for comment in &sentence.comments {
            if comment.starts_with("newdoc") {
                docs.push(GoldDocument::default());
                new_par = true;
            }
            if comment.starts_with("newpar") {
                new_par = true;
            }
        }
        if docs.is_empty() {
            docs.push(GoldDocument::default());
        }
        let doc = docs.last_mut().expect("a document exists");
        add_sentence(doc, &sentence, new_par).map_err(|message| ConlluError {
            input: input.to_owned(),
            line: sentence.line,
            message,
        })?;
        new_par = false;
    }
    docs.retain(|d| !d.sentences.is_empty());
    Ok(docs)
}

/// The sentence's surface tokens, each with the syntactic words it holds
/// (several for a multiword token such as `don't`).
fn surface_tokens(sentence: &Sentence) -> Vec<(&str, Vec<&str>)> {
    let mut out = Vec::new();
    let mut id = 1;
    while id <= sentence.words.len() {
        match sentence.multiword_tokens.iter().find(|t| t.first == id) {
            Some(t) => {
                let last = t.last.min(sentence.words.len());
                let words = sentence.words[id - 1..last]
                    .iter()
                    .map(|w| w.form.as_str())
                    .collect();
                out.push((t.form.as_str(), words));
                id = last + 1;
            }
            None => {
                let form = sentence.words[id - 1].form.as_str();
                out.push((form, vec![form]));
                id += 1;
            }
        }
    }
    out
}

fn add_sentence(doc: &mut GoldDocument, sentence: &Sentence, new_par: bool) -> Result<(), String> {
    let text = sentence
        .comment_value("text")
        .ok_or("sentence without `# text`")?;
    if !doc.text.is_empty() {
        doc.text.push_str(if new_par { "\n\n" } else { " " });
    }
    let base = doc.text.len();
    doc.text.push_str(text);
    let end = doc.text.len();
    if new_par || doc.paragraphs.is_empty() {
        doc.paragraphs.push(Span::new(base, end));
    } else if let Some(p) = doc.paragraphs.last_mut() {
        p.end = end as u32;
    }
    doc.sentences.push(Span::new(base, end));
    let mut cursor = base;
    for (surface, words) in surface_tokens(sentence) {
        let at = find_from(&doc.text, cursor, end, surface)
            .ok_or_else(|| format!("token {surface:?} not found in `# text`"))?;
        cursor = at + surface.len();
        push_words(&mut doc.words, at, surface, &words);
    }
    Ok(())
}

fn find_from(text: &str, from: usize, end: usize, needle: &str) -> Option<usize> {
    text[from..end].find(needle).map(|p| from + p)
}

/// Gives each syntactic word of a surface token its span; when the words
/// do not spell the surface (`gonna` is `gon` `na`, fine; `im` as `i` `am`
/// is not), they share the surface span proportionally.
fn push_words(out: &mut Vec<Span>, at: usize, surface: &str, words: &[&str]) {
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
        tokens: Prf::from_counts(tok_ok, tok_sys, tok_gold).percent(),
        sentences: Prf::from_counts(sen_ok, sen_sys, sen_gold).percent(),
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
    Prf::from_counts(ok, sys, gold).percent()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TREEBANK: &str = "# newdoc id = a\n# newpar\n# text = They didn't go.\n1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n# text = Fine.\n1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n# newpar\n# text = Bye.\n1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n# newdoc id = b\n# text = Hi.\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn documents_paragraphs_and_multiword_tokens_are_rebuilt() {
        let docs = read_gold(TREEBANK, "t.conllu").unwrap();
        assert_eq!(docs.len(), 2);
        let a = &docs[0];
        assert_eq!(a.text, "They didn't go. Fine.\n\nBye.");
        let slices = |spans: &[Span]| {
            spans
                .iter()
                .map(|s| s.slice(&a.text).to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(slices(&a.paragraphs), ["They didn't go. Fine.", "Bye."]);
        assert_eq!(slices(&a.sentences), ["They didn't go.", "Fine.", "Bye."]);
        assert_eq!(
            slices(&a.words),
            ["They", "did", "n't", "go", ".", "Fine", ".", "Bye", "."]
        );
        assert_eq!(docs[1].text, "Hi.");
    }

    #[test]
    fn a_sentence_without_text_is_an_error_naming_its_line() {
        let err = read_gold(
            "# text = A.\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n1\tB\tb\tX\tX\t_\t0\troot\t_\t_\n\n",
            "t.conllu",
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "t.conllu:4: sentence without `# text`");
    }
}
