//! Paths over a dependency tree: how a lexicon frame names where an
//! event's source and target are (`nsubj`, `obl:with`, `ccomp:nsubj`).

use dyad_core::Deprel;

/// A step from a word to a related word in a dependency tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A dependent with this relation (`nsubj`, `obj`, `iobj`, `ccomp`, `xcomp`).
    Rel(Deprel),
    /// An oblique with this preposition (`obl:with`).
    Obl(String),
    /// A nominal modifier with this preposition (`nmod:on`).
    Nmod(String),
    /// A possessor (`nmod:poss`).
    Poss,
    /// An adjective modifier (`amod`).
    Amod,
    /// A compound modifier (`compound`).
    Compound,
    /// The subject of the speech verb the clause hangs from or carries
    /// (`demands are nonstarters, officials said` → the officials).
    Speaker,
    /// Who made the thing a noun names: its possessor, else the source of
    /// an earlier event with the same lemma (`those demands` → Moscow).
    Author,
    /// The unnamed agent of an agentless act, by its agent code: `@COP`
    /// for `was arrested`, `@JUD` for `was charged` (of the country where
    /// it happened).
    Implicit(String),
}

/// A path: steps from the trigger; empty for "no target".
pub type Path = Vec<Step>;

/// Parses one path (`obl:with`, `ccomp:nsubj`, `obj:nmod:with`, `-`).
pub fn parse_path(s: &str) -> Result<Path, String> {
    if s == "-" {
        return Ok(Vec::new());
    }
    let parts: Vec<&str> = s.split(':').collect();
    let mut path = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let step = match parts[i] {
            "obl" | "nmod" => {
                let prep = parts
                    .get(i + 1)
                    .ok_or_else(|| format!("`{s}`: `{}` needs a preposition", parts[i]))?;
                i += 1;
                if parts[i - 1] == "obl" {
                    Step::Obl(prep.to_string())
                } else {
                    Step::Nmod(prep.to_string())
                }
            }
            "poss" => Step::Poss,
            agent if agent.starts_with('@') && agent.len() > 1 => Step::Implicit(agent[1..].to_owned()),
            "speaker" => Step::Speaker,
            "author" => Step::Author,
            "amod" => Step::Amod,
            "compound" => Step::Compound,
            r @ ("nsubj" | "obj" | "iobj" | "ccomp" | "xcomp" | "advcl" | "appos" | "conj") => {
                Step::Rel(Deprel::from_name(r).expect("a UD relation"))
            }
            other => return Err(format!("`{s}`: unknown step `{other}`")),
        };
        path.push(step);
        i += 1;
    }
    Ok(path)
}

/// A path as the lexicon writes it (`obl:with`, `ccomp:nsubj`, `-`).
pub fn path_text(path: &[Step]) -> String {
    if path.is_empty() {
        return "-".to_owned();
    }
    let steps: Vec<String> = path
        .iter()
        .map(|s| match s {
            Step::Rel(r) => r.as_str().to_owned(),
            Step::Obl(p) => format!("obl:{p}"),
            Step::Nmod(p) => format!("nmod:{p}"),
            Step::Poss => "poss".to_owned(),
            Step::Amod => "amod".to_owned(),
            Step::Compound => "compound".to_owned(),
            Step::Speaker => "speaker".to_owned(),
            Step::Author => "author".to_owned(),
            Step::Implicit(agent) => format!("@{agent}"),
        })
        .collect();
    steps.join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_and_print_back() {
        for text in [
            "nsubj",
            "obl:with",
            "ccomp:nsubj",
            "obj:nmod:of",
            "obj:poss",
            "speaker",
            "-",
        ] {
            assert_eq!(path_text(&parse_path(text).unwrap()), text);
        }
        assert!(parse_path("obl").is_err());
        assert!(parse_path("subj").is_err());
    }
}
