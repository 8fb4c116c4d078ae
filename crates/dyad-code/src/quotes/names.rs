//! The speaker's name: the resolved actor's name when an actor mention
//! covers the speaker (`Blinken`, `he` → `Antony Blinken`), else the
//! fullest name the article gave earlier speakers (`Smith` → `Jane
//! Smith`), else the words themselves.

use dyad_core::{Document, QuoteSpeaker, Rule, Span};
use std::ops::Range;

/// Words that point back to someone named before.
const PRONOUNS: &[&str] = &["he", "she", "him", "her", "they", "i", "we"];

/// Names given to speakers so far, most recent last.
#[derive(Clone, Debug, Default)]
pub struct SpeakerMemory {
    names: Vec<(String, Option<String>)>,
}

impl SpeakerMemory {
    /// The speaker with these words, head word `head`.
    pub fn name(&mut self, doc: &Document, words: Range<usize>, head: usize) -> QuoteSpeaker {
        let text = doc.article.text.as_str();
        let span = Span::new(
            doc.tokens[words.start].span.start as usize,
            doc.tokens[words.end - 1].span.end as usize,
        );
        let actor = doc.actors.iter().find(|a| a.tokens.contains(&head)).or_else(|| {
            doc.actors
                .iter()
                .find(|a| a.tokens.start < words.end && words.start < a.tokens.end)
        });
        // An unknown person's name is only their words: the speaker's own
        // words say more (`9/11 widow Anna Lindqvist`).
        let named =
            |a: &&dyad_core::Actor| a.tokens.contains(&head) && a.resolved_by.rule != Rule::UnknownPerson;
        let (name, code) = match actor {
            Some(a) if named(&a) => (a.name.clone(), Some(a.code.clone())),
            _ => {
                let own = span.slice(text);
                let code = actor.map(|a| a.code.clone());
                match self.earlier(own) {
                    Some((name, earlier_code)) => (name, code.or(earlier_code)),
                    None => (own.to_owned(), code),
                }
            }
        };
        let span = actor.filter(named).map_or(span, |a| cover(a.span, span));
        self.names.push((name.clone(), code.clone()));
        QuoteSpeaker { span, name, code }
    }

    /// The fuller name an earlier speaker had: the last one for a pronoun,
    /// the last one ending in the word for a lone surname.
    fn earlier(&self, own: &str) -> Option<(String, Option<String>)> {
        let lower = own.to_lowercase();
        if PRONOUNS.contains(&lower.as_str()) {
            return self.names.last().cloned();
        }
        if own.contains(' ') || !own.starts_with(char::is_uppercase) {
            return None;
        }
        self.names
            .iter()
            .rev()
            .find(|(n, _)| n.len() > own.len() && n.ends_with(own) && n[..n.len() - own.len()].ends_with(' '))
            .cloned()
    }
}

/// The smallest span holding both.
fn cover(a: Span, b: Span) -> Span {
    Span::new(a.start.min(b.start) as usize, a.end.max(b.end) as usize)
}
