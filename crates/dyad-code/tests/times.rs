//! Time expressions normalised against the dateline, one row each:
//! (sentence, dateline, expected `text=value` items in order).

use chrono::NaiveDate;

const TIMES: &[(&str, &str, &[&str])] = &[
    (
        "The envoy said Friday that talks would resume.",
        "2022-01-21",
        &["Friday=2022-01-21"],
    ),
    (
        "The ministers met on Monday.",
        "2022-01-21",
        &["Monday=2022-01-17"],
    ),
    (
        "They will meet again next week.",
        "2022-01-21",
        &["next week=2022-W04"],
    ),
    (
        "Three rounds of talks ended last week.",
        "2022-01-21",
        &["last week=2022-W02"],
    ),
    (
        "The treaty drafts were released in December.",
        "2022-01-21",
        &["December=2021-12"],
    ),
    (
        "The summit will be held in March.",
        "2022-01-21",
        &["March=2022-03"],
    ),
    (
        "Russia annexed the peninsula in 2014.",
        "2022-01-21",
        &["2014=2014"],
    ),
    (
        "The strike happened yesterday.",
        "2022-01-21",
        &["yesterday=2022-01-20"],
    ),
    (
        "Rebels seized the town two days ago.",
        "2022-01-21",
        &["two days ago=2022-01-19"],
    ),
    (
        "The deal was signed on March 3, 2019 in Doha.",
        "2022-01-21",
        &["March 3 , 2019=2019-03-03"],
    ),
    (
        "Prices rose earlier this month.",
        "2022-01-21",
        &["earlier this month=2022-01"],
    ),
    ("No time here at all.", "2022-01-21", &[]),
    // The modal is no month.
    ("Russia may attack Kyiv again.", "2022-01-21", &[]),
];

#[test]
fn times_are_normalised_against_the_dateline() {
    for (text, on, want) in TIMES {
        let anchor = NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap();
        let mut doc = dyad_text::analyze_text(text);
        dyad_parse::parse_document(dyad_parse::Model::embedded().unwrap(), &mut doc);
        dyad_code::times::extract(&mut doc, anchor);
        let got: Vec<String> = doc
            .times
            .iter()
            .map(|t| {
                let words: Vec<&str> = t.span.slice(&doc.article.text).split_whitespace().collect();
                format!(
                    "{}={}",
                    words.join(" ").replace(',', " ,").replace("  ", " "),
                    t.value
                )
            })
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}
