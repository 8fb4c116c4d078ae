//! First-person words inside a direct quote stand for its speaker: in
//! `"We will not accept sanctions," the Russian minister said`, `we` is
//! the minister's side, so events inside quotes get their source through
//! the speaker.

use super::resolver::ActorResolver;
use dyad_core::{Actor, Document, QuoteKind};

/// Words that name the speaker of the quote they stand in.
/// Case matters: `US` is a country.
const FIRST_PERSON: &[&str] = &["I", "we", "We", "me", "us"];

impl ActorResolver {
    /// Adds an actor for each first-person word inside a direct quote whose
    /// speaker has a code, unless an actor already covers the word. Runs
    /// after quotes are found and before events are coded.
    pub fn speakers_in_quotes(&self, doc: &mut Document) {
        let mut added = Vec::new();
        for quote in doc.quotes.iter().filter(|q| q.kind == QuoteKind::Direct) {
            let Some((speaker, code)) = quote.speaker.as_ref().and_then(|s| Some((s, s.code.as_ref()?)))
            else {
                continue;
            };
            let first = doc.tokens.partition_point(|t| t.span.start < quote.span.start);
            let inside = doc.tokens[first..]
                .iter()
                .take_while(|t| t.span.end <= quote.span.end);
            for (k, token) in (first..).zip(inside) {
                let word = token.span.slice(&doc.article.text);
                if !FIRST_PERSON.contains(&word) || doc.actors.iter().any(|a| a.tokens.contains(&k)) {
                    continue;
                }
                let sentence = doc.sentences.partition_point(|s| s.tokens.end <= k);
                let (country, sector) = self.split_code(code);
                added.push(Actor {
                    span: token.span,
                    tokens: k..k + 1,
                    sentence,
                    code: code.clone(),
                    name: speaker.name.clone(),
                    country,
                    sector,
                    resolved_by: dyad_core::Provenance::rule(dyad_core::Rule::QuoteSpeaker),
                });
            }
        }
        if !added.is_empty() {
            doc.actors.extend(added);
            doc.actors.sort_by_key(|a| (a.span.start, a.span.end));
        }
    }
}
