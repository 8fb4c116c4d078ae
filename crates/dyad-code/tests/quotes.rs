//! Quote extraction and attribution, one table per topic. Each row: the
//! body of an article dated 21 January 2022 (paragraphs separated by blank
//! lines) and the quotes expected in it, as `KIND:STARTS=SPEAKER`:
//!
//! - `KIND` is `direct`, `indirect` or `mixed`;
//! - `STARTS` is the beginning of the quote's content;
//! - `SPEAKER` is the speaker's name as reported (the fullest name), `-`
//!   for none.
//!
//! Every expected quote must be found; direct quotes must be exactly
//! those expected (titles and scare quotes are no quotes); indirect and
//! mixed ones may be more.

use dyad_core::{Document, QuoteKind};

mod common;

fn analyse(body: &str) -> Document {
    let text = format!("Talks in Geneva\n\nJanuary 21, 2022\n\n{body}\n");
    common::pipeline().analyze_text(&text, None)
}

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
    }
}

fn check(rows: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (body, want) in rows {
        let doc = analyse(body);
        let text = &doc.article.text;
        let got: Vec<(String, &str, String)> = doc
            .quotes
            .iter()
            .map(|q| {
                let speaker = q.speaker.as_ref().map_or("-".to_owned(), |s| s.name.clone());
                (kind(q.kind).to_owned(), q.span.slice(text), speaker)
            })
            .collect();
        let shown: Vec<String> = got.iter().map(|(k, t, s)| format!("{k}:{t}={s}")).collect();
        for w in *want {
            let (head, speaker) = w.rsplit_once('=').unwrap();
            let (k, starts) = head.split_once(':').unwrap();
            if !got
                .iter()
                .any(|(gk, gt, gs)| gk == k && gt.starts_with(starts) && gs == speaker)
            {
                failures.push(format!("{body:?}: missing {w}; got {shown:?}"));
            }
        }
        let direct_want = want.iter().filter(|w| w.starts_with("direct:")).count();
        let direct_got = got.iter().filter(|(k, _, _)| k == "direct").count();
        if direct_want != direct_got {
            failures.push(format!(
                "{body:?}: {direct_got} direct quotes, want {direct_want}; got {shown:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const DIRECT: &[(&str, &[&str])] = &[
    (
        "\"We will not accept these terms,\" Foreign Minister Sergei Lavrov said.",
        &["direct:We will not accept these terms=Sergei Lavrov"],
    ),
    (
        "“The talks were useful,” Secretary of State Antony Blinken told reporters.",
        &["direct:The talks were useful=Antony Blinken"],
    ),
    (
        "Secretary of State Antony Blinken told reporters: \"There is no deal yet.\"",
        &["direct:There is no deal yet=Antony Blinken"],
    ),
];

#[test]
fn direct() {
    check(DIRECT);
}

const SPEAKER_AFTER_OR_BEFORE: &[(&str, &[&str])] = &[
    // Issue 3: a long aside with a participle between the name and the cue.
    (
        "\"The rule is an overreach,\" Tomas Varga, the attorney general of a state suing the agency, said on Monday.",
        &["direct:The rule is an overreach=Tomas Varga"],
    ),
    // Issue 3: a title the tagger does not know before the name.
    (
        "\"The veto makes no sense,\" said 9/11 widow Anna Lindqvist.",
        &["direct:The veto makes no sense=9/11 widow Anna Lindqvist"],
    ),
    (
        "\"Prices keep rising every week,\" said Maria Kowalczyk, a shop owner in Warsaw.",
        &["direct:Prices keep rising every week=Maria Kowalczyk"],
    ),
    (
        "\"The border is calm tonight,\" Olena Petrenko, a local official, said on Thursday.",
        &["direct:The border is calm tonight=Olena Petrenko"],
    ),
    (
        "\"Nobody wants another war here,\" Rep. Jane Doe (D-Ohio) said.",
        &["direct:Nobody wants another war here=Rep. Jane Doe"],
    ),
];

#[test]
fn speaker_after_or_before() {
    check(SPEAKER_AFTER_OR_BEFORE);
}

const PARTIAL: &[(&str, &[&str])] = &[
    (
        "Foreign Minister Sergei Lavrov called the claims \"pure fantasy\" on Friday.",
        &["direct:pure fantasy=Sergei Lavrov"],
    ),
    (
        "Foreign Minister Sergei Lavrov spoke to reporters, calling the report \"a crude provocation.\"",
        &["direct:a crude provocation=Sergei Lavrov"],
    ),
    (
        "The ministry condemned what it called a \"brazen provocation\" by the rebels.",
        &["direct:brazen provocation=ministry"],
    ),
    (
        "Those demands are \"nonstarters,\" U.S. officials have said.",
        &["direct:nonstarters=U.S. officials"],
    ),
];

#[test]
fn partial() {
    check(PARTIAL);
}

const MULTI_PARAGRAPH: &[(&str, &[&str])] = &[(
    "Secretary of State Antony Blinken spoke after the meeting.\n\n\"We have set out our concerns \
     clearly,\" Blinken said. \"Now it is up to Moscow.\n\n\"We are ready to talk again next week.\"",
    &[
        "direct:We have set out our concerns=Antony Blinken",
        "direct:Now it is up to Moscow=Antony Blinken",
        "direct:We are ready to talk again=Antony Blinken",
    ],
)];

#[test]
fn multi_paragraph() {
    check(MULTI_PARAGRAPH);
}

const COREFERENCE: &[(&str, &[&str])] = &[
    (
        "Secretary of State Antony Blinken met his Russian counterpart in Geneva.\n\n\"It was a frank \
         exchange,\" he said.\n\n\"We will answer in writing next week.\"",
        &[
            "direct:It was a frank exchange=Antony Blinken",
            "direct:We will answer in writing=Antony Blinken",
        ],
    ),
    (
        "\"Prices keep rising,\" said Maria Kowalczyk, a shop owner.\n\n\"I cannot plan anything,\" \
         Kowalczyk added.",
        &[
            "direct:Prices keep rising=Maria Kowalczyk",
            "direct:I cannot plan anything=Maria Kowalczyk",
        ],
    ),
];

#[test]
fn coreference() {
    check(COREFERENCE);
}

const INDIRECT: &[(&str, &[&str])] = &[
    (
        "Foreign Minister Sergei Lavrov said that Russia had no plans to attack Ukraine.",
        &["indirect:Russia had no plans to attack Ukraine=Sergei Lavrov"],
    ),
    (
        "The two sides will meet again next week, Secretary of State Antony Blinken said.",
        &["indirect:The two sides will meet again next week=Antony Blinken"],
    ),
];

#[test]
fn indirect() {
    check(INDIRECT);
}

const ACCORDING_TO: &[(&str, &[&str])] = &[(
    "According to Secretary of State Antony Blinken, the two sides will meet again soon.",
    &["indirect:the two sides will meet again soon=Antony Blinken"],
)];

#[test]
fn according_to() {
    check(ACCORDING_TO);
}

const MIXED: &[(&str, &[&str])] = &[(
    "Foreign Minister Sergei Lavrov said the West was \"spreading lies\" about Russian troops.",
    &[
        "mixed:the West was=Sergei Lavrov",
        "direct:spreading lies=Sergei Lavrov",
    ],
)];

#[test]
fn mixed() {
    check(MIXED);
}

const NOT_QUOTES: &[(&str, &[&str])] = &[
    (
        "Secretary of State Antony Blinken spoke to ABC's \"Good Morning America\" on Friday.",
        &[],
    ),
    (
        "The documentary \"Winter on Fire\" was shown in Kyiv last year.",
        &[],
    ),
    ("Critics in Congress often mock the group as the \"Squad.\"", &[]),
    (
        "Moscow calls its troop movements routine, while the so-called \"peace plan\" stalls.",
        &[],
    ),
];

#[test]
fn not_quotes() {
    check(NOT_QUOTES);
}

const SIGNED: &[(&str, &[&str])] = &[(
    "Readers wrote to us after the debate.\n\n“We want this war to end soon.” ― Olena Petrenko",
    &["direct:We want this war to end soon=Olena Petrenko"],
)];

#[test]
fn signed_after_a_dash() {
    check(SIGNED);
}

/// A legislator's party and state, or an age, between name and verb.
const SHORT_ASIDE: &[(&str, &[&str])] = &[(
    "The vote was close.\n\n“Our view is that the veto will be overridden,” Senate Majority Leader Jo Hollis, R-Ky., said Tuesday.",
    &["direct:Our view is that the veto=Jo Hollis"],
)];

#[test]
fn a_party_and_state_between_name_and_verb_keep_the_speaker() {
    check(SHORT_ASIDE);
}

/// Interview transcripts: `"NAME: …` lines, the name in capitals.
const TRANSCRIPT: &[(&str, &[&str])] = &[(
    "The host began with the budget.\n\n\"HOLLIS: Well, look, the minister thinks this is a game show. But voters will decide.\n\n\"DOE: But, Minister, I have to ask about the letter.",
    &[
        "direct:Well, look, the minister=HOLLIS",
        "direct:But, Minister, I have to ask=DOE",
    ],
)];

#[test]
fn transcript_lines_are_spoken_by_the_name_before_the_colon() {
    check(TRANSCRIPT);
}

/// Sentences and, per quote start, words of the span naming its speaker
/// where it is attributed.
const SPEAKER_WORDS: &[(&str, &str, &str)] = &[
    // A participle right after a name speaks for that name.
    (
        "The campaign video shows footage of Maria Kowalczyk saying, \"We will fix every road.\"",
        "We will fix",
        "Maria Kowalczyk",
    ),
    // A pronoun inside a named speaker's statement stands for the name.
    (
        "Olena Petrenko said she remembered thinking, \"This town will never be the same.\"",
        "This town",
        "Olena Petrenko",
    ),
    // A new statement in the next sentence is no cue for the quote before.
    (
        "\"The rally was calm,\" wrote Maria Kowalczyk. \"Nobody was hurt.\" Local leaders are urging \
         calm this weekend.",
        "Nobody was hurt",
        "Maria Kowalczyk",
    ),
    // A name right before a colon, as in a transcript.
    (
        "The mayor spoke last. Maria Kowalczyk: \"Every road will be fixed by May.\"",
        "Every road",
        "Kowalczyk",
    ),
    // A statement relayed by a source belongs to the source.
    (
        "\"We will fix every road,\" Maria Kowalczyk said, according to the city newsletter.",
        "We will fix",
        "the city newsletter",
    ),
    // A quote going on from the one before takes no cue from the next sentence.
    (
        "\"The rally was calm,\" Maria Kowalczyk said. \"Nobody was hurt.\" Olena Petrenko added that \
         the roads stayed closed.",
        "Nobody was hurt",
        "Kowalczyk",
    ),
];

#[test]
fn speaker_words() {
    let mut failures = Vec::new();
    for (body, starts, want) in SPEAKER_WORDS {
        let doc = analyse(body);
        let text = &doc.article.text;
        let got: Vec<(&str, &str)> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    q.span.slice(text),
                    q.speaker.as_ref().map_or("-", |s| s.span.slice(text)),
                )
            })
            .collect();
        if !got.iter().any(|(q, s)| q.starts_with(starts) && s.contains(want)) {
            failures.push(format!("{body:?}: want {starts}…={want}; got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
