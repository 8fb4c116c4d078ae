//! Regular English inflections, for when the lemmatizer slipped.

/// True when `word` (lower case) ends like a regular inflection, so that
/// [`candidate_lemmas`] may find more than the word itself.
pub fn may_be_inflected(word: &str) -> bool {
    word.ends_with('s') || word.ends_with('d') || word.ends_with("ing")
}

/// Lemmas `word` may be an inflection of, for when the lemmatizer slipped
/// (`shelled` → `shel`): the word itself and the word without a regular
/// ending (`shell`, `shelle`), longest first.
pub fn candidate_lemmas(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let mut out = vec![w.clone()];
    for ending in ["ing", "ied", "ies", "ed", "es", "d", "s"] {
        if let Some(stem) = w.strip_suffix(ending).filter(|s| s.len() >= 2) {
            match ending {
                "ied" | "ies" => out.push(format!("{stem}y")),
                _ => {
                    out.push(stem.to_owned());
                    out.push(format!("{stem}e"));
                    let mut chars = stem.chars();
                    if let (Some(a), Some(b)) = (chars.next_back(), chars.next_back()) {
                        if a == b {
                            out.push(stem[..stem.len() - a.len_utf8()].to_owned());
                        }
                    }
                }
            }
        }
    }
    out.retain(|c| is_inflection_of(&w, c));
    out.dedup();
    out
}

/// True when `word` is `lemma` or a regular inflection of it: plurals and
/// third person (`troops`, `taxes`, `parties`), past forms (`blamed`,
/// `massed`, `stopped`, `carried`) and gerunds (`holding`, `making`,
/// `stopping`).
pub fn is_inflection_of(word: &str, lemma: &str) -> bool {
    if word == lemma {
        return true;
    }
    let Some(rest) = word.strip_prefix(lemma) else {
        return inflected_stem(word, lemma);
    };
    if matches!(rest, "s" | "es" | "d" | "ed" | "ing") {
        return true;
    }
    // Doubled final consonant: stop → stopped, stopping.
    let last = lemma.chars().last().unwrap_or(' ');
    let doubled = rest.starts_with(last) && matches!(&rest[last.len_utf8()..], "ed" | "ing");
    doubled && !"aeiouy".contains(last)
}

/// `carry` → `carried`, `carries`; `make` → `making`.
fn inflected_stem(word: &str, lemma: &str) -> bool {
    if let Some(stem) = lemma.strip_suffix('y') {
        if let Some(rest) = word.strip_prefix(stem) {
            return matches!(rest, "ied" | "ies");
        }
    }
    if let Some(stem) = lemma.strip_suffix('e') {
        if let Some(rest) = word.strip_prefix(stem) {
            return rest == "ing";
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_inflection_of;

    #[test]
    fn regular_inflections() {
        for (word, lemma) in [
            ("troops", "troop"),
            ("blamed", "blame"),
            ("massed", "mass"),
            ("stopped", "stop"),
            ("stopping", "stop"),
            ("carried", "carry"),
            ("parties", "party"),
            ("making", "make"),
            ("holding", "hold"),
            ("taxes", "tax"),
        ] {
            assert!(is_inflection_of(word, lemma), "{word} / {lemma}");
        }
        for (word, lemma) in [
            ("blame", "blamed"),
            ("mastered", "mass"),
            ("reside", "side"),
            ("talking", "tall"),
        ] {
            assert!(!is_inflection_of(word, lemma), "{word} / {lemma}");
        }
    }
}
