//! Engine mechanics that the lexicon tables rely on: implicit arguments,
//! article memory, places as targets, clause-level dating.

use chrono::NaiveDate;
use dyad_code::actors::ActorResolver;
use dyad_code::events::{CodeOptions, EventCoder};

fn events(text: &str, on: &str) -> Vec<String> {
    let date = NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap();
    let mut doc = dyad_text::analyze_text(text);
    dyad_parse::parse_document(dyad_parse::Model::embedded().unwrap(), &mut doc);
    ActorResolver::embedded().resolve_on(&mut doc, Some(date));
    EventCoder::embedded().code(
        &mut doc,
        &CodeOptions {
            all_modes: false,
            default_date: Some(date),
        },
    );
    doc.events
        .iter()
        .map(|e| {
            format!(
                "{}>{}:{}@{}",
                e.source.code,
                e.target.as_ref().map_or("-", |t| t.code.as_str()),
                &e.cameo[..2],
                e.date
            )
        })
        .collect()
}

#[test]
fn issue_5_an_evaluation_rejects_the_author_of_an_earlier_demand() {
    let got = events(
        "Moscow demanded security guarantees from NATO. Those demands are nonstarters, U.S. officials said.",
        "2022-01-20",
    );
    assert!(
        got.iter().any(|e| e.starts_with("RUSGOV>IGOWSTNAT:10")),
        "{got:?}"
    );
    assert!(got.iter().any(|e| e.starts_with("USAGOV>RUSGOV:12")), "{got:?}");
}

#[test]
fn issue_5_a_place_can_be_a_target_and_a_relative_clause_keeps_its_own_date() {
    let got = events(
        "Russia now controls Crimea, the peninsula it annexed in 2014.",
        "2022-01-21",
    );
    assert!(got.contains(&"RUS>UKR:19@2014-01-01".to_owned()), "{got:?}");
}

#[test]
fn issue_5_a_participle_takes_its_subject_from_the_clause_around_it() {
    let got = events("Russia has 100,000 troops massed near Ukraine.", "2022-01-21");
    assert!(got.iter().any(|e| e.starts_with("RUS>UKR:15")), "{got:?}");
}
