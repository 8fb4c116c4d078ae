//! dyad's one CoNLL-U reader (UD treebanks), used by the tokenizer's
//! evaluation (dyad-text) and by the tagger and parser (dyad-parse).
//!
//! Sentences keep their syntactic words in [`Sentence::words`]; multiword
//! token lines (`1-2`) and comments stay accessible, empty nodes (`8.1`)
//! are kept as raw lines and otherwise ignored. Reading files is left to
//! the callers; this module parses text.
//!
//! ```
//! let text = "# text = Rain fell.\n1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
//! let sentences = dyad_core::conllu::parse_str(text, "example").unwrap();
//! assert_eq!(sentences[0].words[1].lemma, "fall");
//! assert_eq!(sentences[0].words[0].head, Some(2));
//! assert_eq!(sentences[0].comment_value("text"), Some("Rain fell."));
//! ```

use thiserror::Error;

/// A malformed CoNLL-U line.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
#[error("{input}:{line}: {message}")]
pub struct ConlluError {
    /// The file (or a name standing for the text) that was read.
    pub input: String,
    /// 1-based line number of the offending line.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// Results of this module.
pub type Result<T> = std::result::Result<T, ConlluError>;

/// One syntactic word (a line whose ID is an integer).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Word {
    /// 1-based position in the sentence.
    pub id: usize,
    /// Word form.
    pub form: String,
    /// Lemma.
    pub lemma: String,
    /// Universal POS tag.
    pub upos: String,
    /// Language-specific POS tag (PTB for English).
    pub xpos: String,
    /// Morphological features, raw.
    pub feats: String,
    /// Head word id, 0 for the root; `None` when the column is `_`.
    pub head: Option<usize>,
    /// Dependency relation.
    pub deprel: String,
    /// Enhanced dependencies, raw.
    pub deps: String,
    /// Miscellaneous column, raw.
    pub misc: String,
}

/// A multiword token line such as `1-2  don't`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultiwordToken {
    /// First word id covered.
    pub first: usize,
    /// Last word id covered.
    pub last: usize,
    /// Surface form.
    pub form: String,
    /// Miscellaneous column, raw.
    pub misc: String,
}

/// One sentence of a CoNLL-U file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// Comment lines without the leading `#`, trimmed.
    pub comments: Vec<String>,
    /// Multiword tokens.
    pub multiword_tokens: Vec<MultiwordToken>,
    /// Empty node lines, raw.
    pub empty_nodes: Vec<String>,
    /// Syntactic words, in order; `words[i].id == i + 1`.
    pub words: Vec<Word>,
    /// 1-based line number where the sentence starts.
    pub line: usize,
}

impl Sentence {
    /// The word forms of the sentence.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The value of a `# key = value` comment, if present.
    pub fn comment_value(&self, key: &str) -> Option<&str> {
        self.comments.iter().find_map(|c| {
            let (k, v) = c.split_once('=')?;
            (k.trim() == key).then(|| v.trim())
        })
    }
}

/// Parses CoNLL-U text; `source` names the text in error messages.
pub fn parse_str(text: &str, source: &str) -> Result<Vec<Sentence>> {
    let mut reader = Reader {
        source,
        sentences: Vec::new(),
        current: Sentence::default(),
    };
    for (index, line) in text.lines().enumerate() {
        reader.line(index + 1, line.trim_end_matches('\r'))?;
    }
    reader.finish_sentence()?;
    Ok(reader.sentences)
}

struct Reader<'a> {
    source: &'a str,
    sentences: Vec<Sentence>,
    current: Sentence,
}

impl Reader<'_> {
    fn error(&self, line: usize, message: impl Into<String>) -> ConlluError {
        ConlluError {
            input: self.source.to_string(),
            line,
            message: message.into(),
        }
    }

    fn line(&mut self, number: usize, line: &str) -> Result<()> {
        if self.is_empty_sentence() {
            self.current.line = number;
        }
        if line.trim().is_empty() {
            return self.finish_sentence();
        }
        if let Some(comment) = line.strip_prefix('#') {
            self.current.comments.push(comment.trim().to_string());
            return Ok(());
        }
        let columns: Vec<&str> = line.split('\t').collect();
        if columns.len() != 10 {
            return Err(self.error(
                number,
                format!("expected 10 tab-separated columns, found {}", columns.len()),
            ));
        }
        let id = columns[0];
        if let Some((first, last)) = id.split_once('-') {
            self.multiword(number, first, last, &columns)
        } else if id.contains('.') {
            self.current.empty_nodes.push(line.to_string());
            Ok(())
        } else {
            self.word(number, id, &columns)
        }
    }

    fn is_empty_sentence(&self) -> bool {
        let s = &self.current;
        s.words.is_empty()
            && s.comments.is_empty()
            && s.multiword_tokens.is_empty()
            && s.empty_nodes.is_empty()
    }

    fn multiword(&mut self, number: usize, first: &str, last: &str, cols: &[&str]) -> Result<()> {
        let parse = |s: &str| s.parse::<usize>().ok().filter(|&v| v > 0);
        let (Some(first), Some(last)) = (parse(first), parse(last)) else {
            return Err(self.error(number, format!("bad multiword token id {:?}", cols[0])));
        };
        if last < first {
            return Err(self.error(number, format!("bad multiword token range {:?}", cols[0])));
        }
        self.current.multiword_tokens.push(MultiwordToken {
            first,
            last,
            form: cols[1].to_string(),
            misc: cols[9].to_string(),
        });
        Ok(())
    }

    fn word(&mut self, number: usize, id: &str, cols: &[&str]) -> Result<()> {
        let expected = self.current.words.len() + 1;
        match id.parse::<usize>() {
            Ok(value) if value == expected => {}
            _ => return Err(self.error(number, format!("expected word id {expected}, found {id:?}"))),
        }
        let head = match cols[6] {
            "_" => None,
            text => match text.parse::<usize>() {
                Ok(h) => Some(h),
                Err(_) => return Err(self.error(number, format!("bad head {text:?}"))),
            },
        };
        if cols[1].is_empty() {
            return Err(self.error(number, "empty word form"));
        }
        self.current.words.push(Word {
            id: expected,
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: cols[3].to_string(),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
            deps: cols[8].to_string(),
            misc: cols[9].to_string(),
        });
        Ok(())
    }

    fn finish_sentence(&mut self) -> Result<()> {
        if self.is_empty_sentence() {
            return Ok(());
        }
        let sentence = std::mem::take(&mut self.current);
        if sentence.words.is_empty() {
            return Err(self.error(sentence.line, "sentence without words"));
        }
        let n = sentence.words.len();
        for (offset, word) in sentence.words.iter().enumerate() {
            if let Some(head) = word.head {
                if head > n || head == word.id {
                    let line = word_line(&sentence, offset);
                    return Err(self.error(
                        line,
                        format!(
                            "head {head} of word {} is out of range 0..={n} or itself",
                            word.id
                        ),
                    ));
                }
            }
        }
        self.sentences.push(sentence);
        Ok(())
    }
}

/// Line number of the word at `offset`, counting comment, multiword and
/// empty-node lines that precede it.
fn word_line(sentence: &Sentence, offset: usize) -> usize {
    let word_id = offset + 1;
    let mwt_before = sentence
        .multiword_tokens
        .iter()
        .filter(|t| t.first <= word_id)
        .count();
    let empty_before = sentence
        .empty_nodes
        .iter()
        .filter(|raw| {
            raw.split('.')
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| n < word_id)
        })
        .count();
    sentence.line + sentence.comments.len() + mwt_before + empty_before + offset
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "# sent_id = 1\n# text = Talks ended.\n1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t3:conj\t_\n";

    #[test]
    fn reads_words_comments_and_multiword_tokens() {
        let sentences = parse_str(GOOD, "good").unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].comment_value("sent_id"), Some("1"));
        assert_eq!(sentences[0].forms(), vec!["Talks", "ended", "."]);
        assert_eq!(sentences[0].words[1].misc, "SpaceAfter=No");
        assert_eq!(sentences[1].multiword_tokens[0].form, "don't");
        assert_eq!(sentences[1].words.len(), 3);
        assert_eq!(sentences[1].empty_nodes.len(), 1);
        assert_eq!(sentences[1].line, 7);
    }

    fn error_of(text: &str) -> (usize, String) {
        let err = parse_str(text, "bad.conllu").expect_err("malformed");
        assert_eq!(err.input, "bad.conllu");
        (err.line, err.message)
    }

    #[test]
    fn bad_input_reports_file_and_line() {
        let table: &[(&str, usize, &str)] = &[
            ("1\tA\ta\tX\tX\t_\t0\troot\t_\n", 1, "columns"),
            (
                "# c\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\tz\tdep\t_\t_\n",
                3,
                "bad head",
            ),
            (
                "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n",
                2,
                "out of range",
            ),
            (
                "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n",
                2,
                "word id",
            ),
            ("\n\n1\tA\ta\tX\tX\t_\t1\troot\t_\t_\n", 3, "itself"),
            ("5-x\tA\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "multiword"),
        ];
        for (text, line, needle) in table {
            let (got_line, message) = error_of(text);
            assert_eq!(got_line, *line, "{text:?}: {message}");
            assert!(message.contains(needle), "{message:?} lacks {needle:?}");
        }
    }

    #[test]
    fn error_display_has_file_and_line() {
        let err = parse_str("1\tA\n", "x.conllu").unwrap_err();
        assert!(err.to_string().starts_with("x.conllu:1: "), "{err}");
    }
}
