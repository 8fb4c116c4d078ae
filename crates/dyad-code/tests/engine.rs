//! Engine mechanics that the lexicon tables rely on: implicit arguments,
//! article memory, places as targets, clause-level dating.

mod common;

/// Runs every stage on `text` as of `on`.
fn run(text: &str, on: &str) -> dyad_core::Document {
    common::analyze(text, on)
}

fn events(text: &str, on: &str) -> Vec<String> {
    run(text, on)
        .events
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

fn located(text: &str, on: &str) -> Vec<String> {
    run(text, on)
        .events
        .iter()
        .map(|e| {
            format!(
                "{}:{}",
                &e.cameo[..2],
                e.location
                    .as_ref()
                    .map_or("-".to_owned(), |l| format!("{}/{}", l.name, l.country))
            )
        })
        .collect()
}

#[test]
fn issue_6_events_are_located_by_their_clause_else_the_dateline() {
    assert_eq!(
        located("Kuleba met Stoltenberg in Brussels on Wednesday.", "2024-03-14"),
        ["04:Brussels/BEL", "04:Brussels/BEL"],
        "a meeting is coded both ways, both in Brussels"
    );
    assert_eq!(
        located("Russian forces shelled Kharkiv overnight.", "2024-03-14"),
        ["19:Kharkiv/UKR"]
    );
    let dated = "Aid pledged\n\nKYIV (Reuters) - Germany thanked Poland for its support.";
    assert_eq!(located(dated, "2024-03-14"), ["05:Kyiv/UKR"]);
    assert_eq!(
        located("Germany thanked Poland for its support.", "2024-03-14"),
        ["05:-"]
    );
}

#[test]
fn issue_6_places_are_geocoded_preferring_the_articles_countries() {
    let doc = common::unparsed().analyze_text(
        "Lebanese officials met in Tripoli. Later the talks moved to Geneva, Switzerland.",
        Some(common::date("2024-01-01")),
    );
    let places: Vec<(String, String)> = doc
        .places
        .iter()
        .map(|p| (p.name.clone(), p.country.clone()))
        .collect();
    assert!(places.contains(&("Tripoli".into(), "LBN".into())), "{places:?}");
    assert!(places.contains(&("Geneva".into(), "CHE".into())), "{places:?}");
    let geneva = doc.places.iter().find(|p| p.name == "Geneva").unwrap();
    assert!((geneva.lat - 46.2).abs() < 0.1 && (geneva.lon - 6.15).abs() < 0.1);
}

#[test]
fn issue_6_a_named_country_settles_a_place_and_small_namesakes_lose() {
    let names = |text: &str| {
        let doc = common::unparsed().analyze_text(text, Some(common::date("2024-01-01")));
        doc.places
            .iter()
            .map(|p| format!("{}/{}", p.name, p.country))
            .collect::<Vec<_>>()
    };
    // An article full of U.S. actors still means Switzerland's Geneva.
    let us = names("The U.S. and Washington's allies met in Geneva. U.S. officials said the U.S. was ready.");
    assert!(us.contains(&"Geneva/CHE".to_owned()), "{us:?}");
    // `Paris, Texas` settles the name for the article.
    let texas = names("Storms hit Paris, Texas on Monday. Officials in Paris said damage was light.");
    assert!(
        texas
            .iter()
            .filter(|p| p.starts_with("Paris/"))
            .all(|p| p == "Paris/USA"),
        "{texas:?}"
    );
}
