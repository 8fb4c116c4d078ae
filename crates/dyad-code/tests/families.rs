//! Event coding on news no rule was written for: one table per family of
//! errors found on unseen articles (issue 13). Rows use the format of
//! `tests/events.rs`: a sentence of an article dated 15 June 2022 and
//! every event CAMEO counts in it.

mod common;

use common::events::check;

/// Coordination and reciprocity: events two sides do to each other are
/// coded both ways, coordinated sources each act.
const COORDINATION: &[(&str, &[&str])] = &[
    ("Greece met Turkey in Athens.", &["GRC>TUR:04", "TUR>GRC:04"]),
    (
        "Egypt and Jordan criticised the Israeli raid.",
        &["EGY>ISR:11", "JOR>ISR:11"],
    ),
    (
        "Vietnam and Cambodia signed a border treaty.",
        &["VNM>KHM:05", "KHM>VNM:05"],
    ),
    (
        "Armenian troops clashed with Azerbaijani forces overnight.",
        &["ARM>AZE:19", "AZE>ARM:19"],
    ),
    // Attacking is done to someone, not with them.
    ("Sudanese troops attacked Chad.", &["SDN>TCD:19"]),
];

/// An event noun whose own phrase does not name its agent takes the
/// subject of the clause it sets the scene for, or of its light verb.
const NOUN_AGENTS: &[(&str, &[&str])] = &[
    (
        "After a long meeting with the Kenyan president, the French foreign minister flew home.",
        &["FRA>KEN:04", "KEN>FRA:04"],
    ),
    (
        "On a visit to Hungary, the Polish president laid a wreath.",
        &["POL>HUN:04"],
    ),
    (
        "Ghana held talks with Togo on Monday.",
        &["GHA>TGO:04", "TGO>GHA:04"],
    ),
    // What a verb asks for or condemns is not its subject's act.
    ("Peru called for a ceasefire in the region.", &[]),
];

#[test]
fn coordination() {
    check(COORDINATION);
}

#[test]
fn noun_agents() {
    check(NOUN_AGENTS);
}
