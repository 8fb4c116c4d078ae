//! Time expressions normalised against the dateline, one table per topic:
//! (sentence, dateline, expected `(text, type, value)` in order).

mod common;

type Row = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

const WEEKDAYS: &[Row] = &[
    (
        "The envoy said Friday that talks would resume.",
        "2022-01-21",
        &[("Friday", "DATE", "2022-01-21")],
    ),
    (
        "The ministers met on Monday.",
        "2022-01-21",
        &[("Monday", "DATE", "2022-01-17")],
    ),
    (
        "The ministers will meet on Monday.",
        "2022-01-21",
        &[("Monday", "DATE", "2022-01-24")],
    ),
    (
        "The council met last Friday.",
        "2022-01-21",
        &[("last Friday", "DATE", "2022-01-14")],
    ),
    (
        "Protesters gathered Thursday night outside the embassy.",
        "2022-01-21",
        &[("Thursday night", "TIME", "2022-01-20TNI")],
    ),
    (
        "Shelling resumed Friday morning.",
        "2022-01-21",
        &[("Friday morning", "TIME", "2022-01-21TMO")],
    ),
    (
        "The vote was moved to Tuesday, Feb. 1, officials said.",
        "2022-01-21",
        &[("Tuesday, Feb. 1", "DATE", "2022-02-01")],
    ),
];

const RELATIVE: &[Row] = &[
    (
        "Three rounds of talks ended last week.",
        "2022-01-21",
        &[("last week", "DATE", "2022-W02")],
    ),
    (
        "They will meet again next week.",
        "2022-01-21",
        &[("next week", "DATE", "2022-W04")],
    ),
    (
        "The strike happened yesterday.",
        "2022-01-21",
        &[("yesterday", "DATE", "2022-01-20")],
    ),
    (
        "Rebels seized the town two days ago.",
        "2022-01-21",
        &[("two days ago", "DATE", "2022-01-19")],
    ),
    (
        "The embassy closed three months ago.",
        "2022-01-21",
        &[("three months ago", "DATE", "2021-10")],
    ),
    (
        "Prices rose earlier this month.",
        "2022-01-21",
        &[("earlier this month", "DATE", "2022-01")],
    ),
    (
        "Elections are due next year.",
        "2022-01-21",
        &[("next year", "DATE", "2023")],
    ),
    (
        "The army withdrew over the weekend.",
        "2022-01-21",
        &[("the weekend", "DATE", "2022-W02-WE")],
    ),
    (
        "Russia annexed the peninsula in 2014.",
        "2022-01-21",
        &[("2014", "DATE", "2014")],
    ),
];

const MONTHS: &[Row] = &[
    (
        "The treaty drafts were released in December.",
        "2022-01-21",
        &[("December", "DATE", "2021-12")],
    ),
    (
        "The summit will be held in March.",
        "2022-01-21",
        &[("March", "DATE", "2022-03")],
    ),
    (
        "The deal was signed on March 3, 2019 in Doha.",
        "2022-01-21",
        &[("March 3, 2019", "DATE", "2019-03-03")],
    ),
    (
        "The truce began on 21 January 2022.",
        "2022-01-21",
        &[("21 January 2022", "DATE", "2022-01-21")],
    ),
    (
        "Fighting flared in mid-November.",
        "2022-01-21",
        &[("mid-November", "DATE", "2021-11")],
    ),
    // A day without a year in a past clause may still be to come.
    (
        "The ministry said the offer expires Feb. 4.",
        "2022-01-21",
        &[("Feb. 4", "DATE", "2022-02-04")],
    ),
    (
        "Troops left in June last year.",
        "2022-01-21",
        &[("June last year", "DATE", "2021-06")],
    ),
    // `last` + the month just gone is a year back.
    (
        "The pact lapsed last December.",
        "2022-01-21",
        &[("last December", "DATE", "2020-12")],
    ),
    (
        "The pact lapsed last October.",
        "2022-01-21",
        &[("last October", "DATE", "2021-10")],
    ),
    (
        "The first blast was in January nineteen ninety-seven.",
        "2022-01-21",
        &[("January nineteen ninety-seven", "DATE", "1997-01")],
    ),
    // The modal is no month.
    ("Russia may attack Kyiv again.", "2022-01-21", &[]),
];

const DURATIONS: &[Row] = &[
    (
        "The siege lasted three years.",
        "2022-01-21",
        &[("three years", "DURATION", "P3Y")],
    ),
    (
        "Talks went on for 90 minutes.",
        "2022-01-21",
        &[("90 minutes", "DURATION", "PT90M")],
    ),
    (
        "The rebels held the city for the past two months.",
        "2022-01-21",
        &[("the past two months", "DURATION", "P2M")],
    ),
    (
        "She signed a two-year contract.",
        "2022-01-21",
        &[("two-year", "DURATION", "P2Y")],
    ),
    (
        "The truce held for several weeks.",
        "2022-01-21",
        &[("several weeks", "DURATION", "PXW")],
    ),
    (
        "Aid has flowed for years.",
        "2022-01-21",
        &[("years", "DURATION", "PXY")],
    ),
    (
        "The war lasted two decades.",
        "2022-01-21",
        &[("two decades", "DURATION", "P20Y")],
    ),
    // An age is no duration.
    ("The 40-year-old minister resigned.", "2022-01-21", &[]),
];

const TIMES: &[Row] = &[
    (
        "The blast came at 9:21 a.m. local time.",
        "2022-01-21",
        &[("9:21 a.m.", "TIME", "2022-01-21T09:21")],
    ),
    (
        "The curfew starts at midnight.",
        "2022-01-21",
        &[("midnight", "TIME", "2022-01-21T24:00")],
    ),
    (
        "Polls closed at 8 p.m. on Thursday.",
        "2022-01-21",
        &[
            ("8 p.m.", "TIME", "2022-01-21T20:00"),
            ("Thursday", "DATE", "2022-01-20"),
        ],
    ),
];

const REFS: &[Row] = &[
    (
        "Prices are now falling.",
        "2022-01-21",
        &[("now", "DATE", "PRESENT_REF")],
    ),
    (
        "The ministry recently denied the report.",
        "2022-01-21",
        &[("recently", "DATE", "PAST_REF")],
    ),
    (
        "Nobody knows what the future holds.",
        "2022-01-21",
        &[("the future", "DATE", "FUTURE_REF")],
    ),
    (
        "Such raids were rare in the past.",
        "2022-01-21",
        &[("the past", "DATE", "PAST_REF")],
    ),
    (
        "The embassy is currently closed.",
        "2022-01-21",
        &[("currently", "DATE", "PRESENT_REF")],
    ),
];

const CALENDAR: &[Row] = &[
    (
        "Exports fell in the first quarter.",
        "2022-04-21",
        &[("the first quarter", "DATE", "2022-Q1")],
    ),
    (
        "Profit rose in the third quarter.",
        "2022-01-21",
        &[("the third quarter", "DATE", "2021-Q3")],
    ),
    (
        "The offensive began last summer.",
        "2022-01-21",
        &[("last summer", "DATE", "2021-SU")],
    ),
    (
        "The wars of the 1990s left scars.",
        "2022-01-21",
        &[("the 1990s", "DATE", "199")],
    ),
    (
        "The border dates from the 20th century.",
        "2022-01-21",
        &[("the 20th century", "DATE", "19")],
    ),
    (
        "Fiscal 2021 results were weak.",
        "2022-01-21",
        &[("Fiscal 2021", "DATE", "2021")],
    ),
    (
        "The deal should close by year end.",
        "2022-01-21",
        &[("year end", "DATE", "2022")],
    ),
    (
        "The ceasefire held through Christmas.",
        "2022-01-21",
        &[("Christmas", "DATE", "2021-12-25")],
    ),
];

const SETS: &[Row] = &[
    (
        "The paper is printed daily.",
        "2022-01-21",
        &[("daily", "SET", "P1D")],
    ),
    (
        "Inspectors visit every week.",
        "2022-01-21",
        &[("every week", "SET", "P1W")],
    ),
    (
        "Patrols pass twice a day.",
        "2022-01-21",
        &[("a day", "SET", "P1D")],
    ),
];

fn check(table: &[Row]) {
    for (text, on, want) in table {
        let doc = common::analyze(text, on);
        let got: Vec<(&str, &str, &str)> = doc
            .times
            .iter()
            .map(|t| (t.span.slice(&doc.article.text), t.kind, t.value.as_str()))
            .collect();
        assert_eq!(got, *want, "{text:?} on {on}");
    }
}

#[test]
fn weekdays() {
    check(WEEKDAYS);
}

#[test]
fn relative_expressions() {
    check(RELATIVE);
}

#[test]
fn months_and_dates() {
    check(MONTHS);
}

#[test]
fn durations() {
    check(DURATIONS);
}

#[test]
fn clock_times() {
    check(TIMES);
}

#[test]
fn reference_values() {
    check(REFS);
}

#[test]
fn quarters_seasons_decades_holidays() {
    check(CALENDAR);
}

#[test]
fn repetitions() {
    check(SETS);
}
