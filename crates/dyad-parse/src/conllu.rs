//! CoNLL-U files for the tagger and parser: the reader is dyad-core's
//! ([`dyad_core::conllu`]); this module reads files with it and reports
//! problems as [`ParseError`]s.
//!
//! ```
//! let text = "# text = Rain fell.\n1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
//! let sentences = dyad_parse::conllu::parse_str(text, "example").unwrap();
//! assert_eq!(sentences[0].words[1].lemma, "fall");
//! ```

use std::path::Path;

use crate::error::{ParseError, Result};

pub use dyad_core::conllu::{ConlluError, MultiwordToken, Sentence, Word};

impl From<ConlluError> for ParseError {
    fn from(e: ConlluError) -> Self {
        ParseError::Conllu {
            path: e.input,
            line: e.line,
            message: e.message,
        }
    }
}

/// Reads a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|source| ParseError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_str(&text, &path.display().to_string())
}

/// Parses CoNLL-U text; `source` names the text in error messages.
pub fn parse_str(text: &str, source: &str) -> Result<Vec<Sentence>> {
    Ok(dyad_core::conllu::parse_str(text, source)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_become_parse_errors_with_file_and_line() {
        match parse_str("1\tA\n", "x.conllu") {
            Err(ParseError::Conllu { path, line, message }) => {
                assert_eq!((path.as_str(), line), ("x.conllu", 1));
                assert!(message.contains("10 tab-separated columns"), "{message}");
            }
            other => panic!("expected a CoNLL-U error, got {other:?}"),
        }
        let missing = read_file(Path::new("/nonexistent/dir/x.conllu")).unwrap_err();
        assert!(matches!(missing, ParseError::Io { .. }), "{missing}");
    }
}
