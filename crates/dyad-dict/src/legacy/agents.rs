//! TABARI / PETRARCH agent dictionaries → [`Agent`]s.
//!
//! Each entry line is `PHRASE {optional plural} [~CODE]`; `!NAME! = A, B, C` lines define
//! substitution sets used as `CONGRESS!NAME!` in later phrases.

use std::collections::HashMap;

use crate::error::DictError;
use crate::model::{Agent, Location};

use super::codes::{bracket_blocks, parse_agent_code};
use super::lines::content_lines;
use super::phrase::{noun, regular_plural};

/// Most forms one entry may expand to (guards against `!A!!A!!A!…`).
const MAX_EXPANSIONS: usize = 1024;

/// Substitution sets by name (without the `!`s).
type Substitutions = HashMap<String, Vec<String>>;

/// See [`super::parse_legacy_agents`].
pub(crate) fn parse_agents(text: &str, file: &str) -> (Vec<Agent>, Vec<DictError>) {
    let (lines, mut errors) = content_lines(text, file);
    let mut substitutions = Substitutions::new();
    let mut agents = Vec::new();
    for line in &lines {
        let text = line.text.trim();
        let result = match substitution_definition(text) {
            Some(definition) => definition.map(|(name, forms)| {
                substitutions.insert(name, forms);
            }),
            None => parse_entry(text, &substitutions).map(|entry| {
                agents.push(Agent {
                    code: entry.code,
                    nouns: entry.nouns,
                    plurals: entry.plurals,
                    location: Location {
                        file: file.to_owned(),
                        line: line.number,
                    },
                });
            }),
        };
        if let Err(reason) = result {
            errors.push(DictError::new(file, line.number, reason));
        }
    }
    errors.sort_by_key(|error| error.line);
    (agents, errors)
}

/// `!PERSON! = MAN, MEN, WOMAN` → `("PERSON", ["MAN", "MEN", "WOMAN"])`; `None` when the line
/// is not a definition (it does not start with `!` or has no `=` before any `[`).
fn substitution_definition(text: &str) -> Option<Result<(String, Vec<String>), String>> {
    let (head, forms) = text.split_once('=')?;
    if !text.starts_with('!') || head.contains('[') {
        return None;
    }
    Some(parse_substitution(head.trim(), forms))
}

fn parse_substitution(head: &str, forms: &str) -> Result<(String, Vec<String>), String> {
    let name = head
        .strip_prefix('!')
        .and_then(|rest| rest.strip_suffix('!'))
        .filter(|name| !name.is_empty() && !name.contains('!'))
        .ok_or_else(|| format!("substitution set '{head}' must be written '!NAME!'"))?;
    let forms: Vec<String> = forms.split(',').map(|form| form.trim().to_owned()).collect();
    if forms.iter().any(|form| form.is_empty() || form.contains('!')) {
        return Err(format!("substitution set !{name}! has an empty or '!' form"));
    }
    Ok((name.to_owned(), forms))
}

/// What one agent line says.
struct AgentEntry {
    code: String,
    nouns: Vec<String>,
    plurals: Vec<String>,
}

fn parse_entry(text: &str, substitutions: &Substitutions) -> Result<AgentEntry, String> {
    let open = text
        .find('[')
        .ok_or_else(|| format!("agent '{text}' has no code such as '[~GOV]'"))?;
    let blocks = bracket_blocks(&text[open..])?;
    let [block] = blocks.as_slice() else {
        return Err(format!("agent '{text}' must have exactly one code block"));
    };
    let code = parse_agent_code(block)?;
    let (phrase, plural) = split_plural(&text[..open])?;
    let (singular_forms, substituted) = expand(phrase, substitutions)?;
    let nouns = nouns_of(&singular_forms);
    if nouns.is_empty() {
        return Err(format!("agent '{text}' has an empty phrase"));
    }
    let plurals = match plural {
        Some(plural) => nouns_of(&expand(plural, substitutions)?.0),
        // PETRARCH forms no plurals for substitution sets: the sets list them.
        None if substituted => Vec::new(),
        None => unique(nouns.iter().filter_map(|noun| regular_plural(noun)).collect()),
    };
    Ok(AgentEntry { code, nouns, plurals })
}

/// `PHRASE {PLURAL}` → (`PHRASE`, `Some(PLURAL)`); `{}` gives `Some("")`: no plural.
fn split_plural(head: &str) -> Result<(&str, Option<&str>), String> {
    if let Some(bracket) = head.chars().find(|c| *c == ']') {
        return Err(format!("stray '{bracket}' in phrase '{}'", head.trim()));
    }
    let Some(open) = head.find('{') else {
        if head.contains('}') {
            return Err(format!("'}}' without '{{' in '{}'", head.trim()));
        }
        return Ok((head, None));
    };
    let inside_and_after = &head[open + 1..];
    let close = inside_and_after
        .find('}')
        .ok_or_else(|| format!("'{{' is never closed in '{}'", head.trim()))?;
    let after = inside_and_after[close + 1..].trim();
    if !after.is_empty() {
        return Err(format!("text '{after}' after the plural in '{}'", head.trim()));
    }
    Ok((&head[..open], Some(&inside_and_after[..close])))
}

/// Every form of `phrase` with its `!NAME!` markers substituted, and whether it had any.
fn expand(phrase: &str, substitutions: &Substitutions) -> Result<(Vec<String>, bool), String> {
    let mut forms = vec![String::new()];
    let mut rest = phrase;
    let mut substituted = false;
    while let Some(open) = rest.find('!') {
        let literal = &rest[..open];
        let after = &rest[open + 1..];
        let close = after
            .find('!')
            .ok_or_else(|| format!("'!' without a closing '!' in '{}'", phrase.trim()))?;
        let name = &after[..close];
        let values = substitutions
            .get(name)
            .ok_or_else(|| format!("substitution set !{name}! is not defined before this line"))?;
        if forms.len().saturating_mul(values.len()) > MAX_EXPANSIONS {
            return Err(format!(
                "'{}' expands to more than {MAX_EXPANSIONS} forms",
                phrase.trim()
            ));
        }
        forms = forms
            .iter()
            .flat_map(|form| values.iter().map(move |value| format!("{form}{literal}{value}")))
            .collect();
        rest = &after[close + 1..];
        substituted = true;
    }
    for form in &mut forms {
        form.push_str(rest);
    }
    Ok((forms, substituted))
}

/// The lower-case nouns of raw phrases, empty ones dropped, each once.
fn nouns_of(phrases: &[String]) -> Vec<String> {
    unique(phrases.iter().filter_map(|phrase| noun(phrase)).collect())
}

fn unique(items: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        if !kept.contains(&item) {
            kept.push(item);
        }
    }
    kept
}
