//! Time expressions: found by their words, normalised against the
//! dateline with the same resolver that dates events, written as TIMEX3
//! values (`2022-01-21`, `2022-W04`, `2021-12`, `2014`).

use crate::events::dating::{resolve, TimeValue};
use chrono::{Datelike, NaiveDate};
use dyad_core::{DatePrecision, Document, Span, TimeExpr};
use dyad_text::dateline::{month_number, weekday, MONTHS};

const UNITS: &[&str] = &["week", "month", "year", "weekend"];
const RELATIVE: &[&str] = &["last", "next", "this", "past", "coming", "previous"];
const DEICTIC: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];

/// The TIMEX3 value of a resolved time.
pub fn timex_value(v: TimeValue) -> String {
    match v.precision {
        DatePrecision::Day => v.date.format("%Y-%m-%d").to_string(),
        DatePrecision::Week => format!("{}-W{:02}", v.date.iso_week().year(), v.date.iso_week().week()),
        DatePrecision::Month => v.date.format("%Y-%m").to_string(),
        DatePrecision::Year => v.date.format("%Y").to_string(),
    }
}

/// A month name as news writes it: capitalised, in full or abbreviated with
/// a period (`December`, `Sept.`), so that the modal `may` is no month.
fn is_month(written: &str) -> bool {
    let Some(n) = month_number(written) else {
        return false;
    };
    let capitalised = written.starts_with(|c: char| c.is_uppercase());
    capitalised && (written.ends_with('.') || written.eq_ignore_ascii_case(MONTHS[n as usize - 1]))
}

/// The length (in words) of a time expression starting at word `i`, if one
/// does; `written` holds the words as written, `words` in lower case.
fn expression_at(words: &[String], written: &[&str], i: usize) -> Option<usize> {
    let w = words[i].as_str();
    let next = |k: usize| words.get(i + k).map(String::as_str).unwrap_or("");
    if DEICTIC.contains(&w) || weekday(w).is_some() {
        return Some(1);
    }
    if RELATIVE.contains(&w) && (UNITS.contains(&next(1)) || weekday(next(1)).is_some()) {
        return Some(2);
    }
    if w == "earlier" || w == "later" {
        return (next(1) == "this" && UNITS.contains(&next(2))).then_some(3);
    }
    if is_month(written[i]) {
        let mut n = 1;
        if next(n).parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)) {
            n += 1;
        }
        if next(n) == "," && next(n + 1).len() == 4 && next(n + 1).parse::<u32>().is_ok() {
            n += 2;
        } else if next(n).len() == 4 && next(n).parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
            n += 1;
        }
        return Some(n);
    }
    if w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
        return Some(1);
    }
    let is_number = w.parse::<u32>().is_ok()
        || ["one", "two", "three", "four", "five", "six", "seven", "ten"].contains(&w);
    let unit = next(1).trim_end_matches('s');
    (is_number && ["day", "week", "month", "year"].contains(&unit) && next(2) == "ago").then_some(3)
}

/// Finds and normalises the time expressions of every sentence of `doc`
/// against `anchor` (the article's date).
///
/// ```
/// let mut doc = dyad_text::analyze_text("Talks\n\nJan. 21, 2022\n\nThey met last week and will meet again in March.");
/// dyad_code::times::extract(&mut doc, chrono::NaiveDate::from_ymd_opt(2022, 1, 21).unwrap());
/// let values: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
/// assert_eq!(values, ["2022-W02", "2022-03"]);
/// ```
pub fn extract(doc: &mut Document, anchor: NaiveDate) {
    let mut times = Vec::new();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let tokens = &doc.tokens[sentence.tokens.clone()];
        let written: Vec<&str> = tokens.iter().map(|t| t.span.slice(&doc.article.text)).collect();
        let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
        let tags = doc.sentence_tags(sentence);
        let sentence_future = words
            .iter()
            .any(|w| matches!(w.as_str(), "will" | "'ll" | "shall" | "wo"));
        let mut i = 0;
        while i < words.len() {
            let Some(n) = expression_at(&words, &written, i) else {
                i += 1;
                continue;
            };
            let parts: Vec<&str> = words[i..i + n].iter().map(String::as_str).collect();
            // The tense of the verb that governs the expression (`released in
            // December` is past even if the sentence has a `will` elsewhere);
            // without a parse, the sentence's.
            let future = if tags.is_empty() {
                sentence_future
            } else {
                governed_by_future(tags, i + n - 1)
            };
            if let Some(value) = resolve(&parts, anchor, future) {
                let span = Span::new(tokens[i].span.start as usize, tokens[i + n - 1].span.end as usize);
                times.push(TimeExpr {
                    span,
                    sentence: index,
                    kind: "DATE",
                    value: timex_value(value),
                });
            }
            i += n;
        }
    }
    doc.times = times;
}

/// True when the first verb above word `w` has a future auxiliary.
fn governed_by_future(tags: &[dyad_core::TokenTags], w: usize) -> bool {
    let mut cur = tags[w].head.map(|h| h as usize);
    let mut steps = 0;
    while let Some(v) = cur {
        if tags[v].upos == "VERB" || steps > 6 {
            let aux = tags
                .iter()
                .filter(|t| t.head == Some(v as u32) && t.deprel.starts_with("aux"));
            return aux
                .into_iter()
                .any(|t| matches!(t.lemma.to_lowercase().as_str(), "will" | "shall" | "'ll" | "wo"));
        }
        cur = tags[v].head.map(|h| h as usize);
        steps += 1;
    }
    false
}
