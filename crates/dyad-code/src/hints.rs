//! Tag hints computed before parsing ([`TagHint`]): the words of names the
//! dictionaries know, and which way each ASCII quote mark faces.
//!
//! The tagger learned English from web text; news names it never saw
//! (`Bahrain`, `Macron`) it may tag as anything, and a straight `"` can
//! open or close a quotation. The dictionaries and the spacing around the
//! mark know better.

use crate::actors::ActorResolver;
use dyad_core::{Document, TagHint};
use dyad_dict::{EntryKind, MatchScratch};

/// One hint per token of `doc`.
pub fn tag_hints(doc: &Document, resolver: &ActorResolver) -> Vec<TagHint> {
    let mut hints = vec![TagHint::Free; doc.tokens.len()];
    quote_directions(doc, &mut hints);
    name_words(doc, resolver, &mut hints);
    hints
}

/// Opening or closing, for each `"` with space on exactly one side.
fn quote_directions(doc: &Document, hints: &mut [TagHint]) {
    let text = doc.article.text.as_str();
    for (k, token) in doc.tokens.iter().enumerate() {
        if token.span.slice(text) != "\"" {
            continue;
        }
        let before = text[..token.span.start as usize].chars().next_back();
        let after = text[token.span.end as usize..].chars().next();
        let opens = before.is_none_or(|c| c.is_whitespace() || "([{—–".contains(c));
        let closes = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–".contains(c));
        hints[k] = match (opens, closes) {
            (true, false) => TagHint::OpeningQuote,
            (false, true) => TagHint::ClosingQuote,
            _ => TagHint::Free,
        };
    }
}

/// `Name` for the capitalised words of country, capital, organisation,
/// region and person names (not demonyms, agents or metonyms such as
/// `the Kremlin`, whose words are ordinary nouns and adjectives). In a
/// name that opens capitalised, an inner lower-case word other than an
/// English function word is a `NameParticle` (`Dar es Salaam`) and a
/// final one a `NameNoun` (`Balkan states`).
fn name_words(doc: &Document, resolver: &ActorResolver, hints: &mut [TagHint]) {
    let mut scratch = MatchScratch::default();
    let mut words: Vec<&str> = Vec::new();
    for sentence in &doc.sentences {
        doc.sentence_words_into(sentence, &mut words);
        for found in resolver.gazetteer().find(&words, &mut scratch) {
            let proper = found.entries.iter().all(|e| {
                matches!(
                    e.kind,
                    EntryKind::Country
                        | EntryKind::Capital
                        | EntryKind::Organization
                        | EntryKind::Region
                        | EntryKind::Person
                        | EntryKind::Surname
                )
            });
            if !proper {
                continue;
            }
            let last = found.end - 1;
            let opens_capitalised = is_name_word(words[found.start]);
            for j in found.start..found.end {
                let hint = if is_name_word(words[j]) {
                    TagHint::Name
                } else if !opens_capitalised || !is_lower_word(words[j]) {
                    continue;
                } else if j == last {
                    TagHint::NameNoun
                } else if !FUNCTION_WORDS.contains(&words[j]) {
                    TagHint::NameParticle
                } else {
                    continue;
                };
                hints[sentence.tokens.start + j] = hint;
            }
        }
    }
}

/// English function words that stay what they are inside a name
/// (`Republic of Korea`, `Bosnia and Herzegovina`).
const FUNCTION_WORDS: &[&str] = &["of", "and", "the", "for", "on", "in", "at", "to", "upon"];

/// A lower-case word of letters (`es`, `states`).
fn is_lower_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_lowercase())
}

/// A capitalised word of letters (`Jinping`, `O'Brien`), not `of` or `-`.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints_of(text: &str) -> Vec<(String, TagHint)> {
        let doc = dyad_text::analyze_text(text);
        let hints = tag_hints(&doc, &ActorResolver::builtin());
        doc.tokens
            .iter()
            .zip(hints)
            .filter(|(_, h)| *h != TagHint::Free)
            .map(|(t, h)| (t.span.slice(&doc.article.text).to_owned(), h))
            .collect()
    }

    #[test]
    fn names_and_quote_directions() {
        use TagHint::*;
        let rows: &[(&str, &[(&str, TagHint)])] = &[
            (
                "Bahrain restored ties with Qatar.",
                &[("Bahrain", Name), ("Qatar", Name)],
            ),
            ("Russian troops entered the town.", &[]),
            (
                "\"We will stay,\" Emmanuel Macron said.",
                &[
                    ("\"", OpeningQuote),
                    ("\"", ClosingQuote),
                    ("Emmanuel", Name),
                    ("Macron", Name),
                ],
            ),
            (
                "The Kremlin said \"no.\"",
                &[("\"", OpeningQuote), ("\"", ClosingQuote)],
            ),
            ("Play rock\"n\"roll.", &[]),
            (
                "Blasts hit Dar es Salaam.",
                &[("Dar", Name), ("es", NameParticle), ("Salaam", Name)],
            ),
            (
                "Turkey urged Balkan states to sign.",
                &[("Turkey", Name), ("Balkan", Name), ("states", NameNoun)],
            ),
            (
                "Envoys met in Bosnia and Herzegovina.",
                &[("Bosnia", Name), ("Herzegovina", Name)],
            ),
        ];
        for (text, want) in rows {
            let got = hints_of(text);
            let want: Vec<(String, TagHint)> = want.iter().map(|(w, h)| (w.to_string(), *h)).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
