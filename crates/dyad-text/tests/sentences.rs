//! News paragraphs with every sentence boundary asserted. Each row is a
//! paragraph written with `‖` where a sentence must end; the splitter
//! must find exactly those boundaries.

use dyad_text::{tokenize_str, NewsSplitter, SentenceSplitter};

fn check(rows: &[&str]) {
    for row in rows {
        let want: Vec<&str> = row.split('‖').map(str::trim).collect();
        let text = want.join(" ");
        let tokens = tokenize_str(&text);
        let mut ranges = Vec::new();
        NewsSplitter.split(&text, &tokens, &mut ranges);
        let got: Vec<&str> = ranges
            .iter()
            .map(|r| &text[tokens[r.start].span.start as usize..tokens[r.end - 1].span.end as usize])
            .collect();
        assert_eq!(got, want, "splitting {text:?}");
    }
}

const ABBREVIATIONS_AND_INITIALS: &[&str] = &[
    "The U.S. envoy met Mr. Tanaka in Tokyo on Jan. 5. ‖ They spoke for an hour.",
    "Sen. Maria Ortiz and Gov. Dale Price signed the letter. ‖ Lt. Col. Ames read it aloud.",
    "A.B. Carter, the No. 2 official, resigned on Friday. ‖ Dr. Ruth Okafor replaced him.",
    "The talks began at 9 a.m. and ended at noon. ‖ Nobody spoke to the press.",
    "Troops withdrew from the U.S. ‖ The base closed a week later.",
    "Washington, D.C. police closed the avenue. ‖ Protesters left by 6 p.m.",
];

const NUMBERS_AND_TIMES: &[&str] = &[
    "Inflation rose 3.5% in March. ‖ The central bank met at 9:21 and kept rates at 4.25%.",
    "The fund is worth $1.2 billion. ‖ Donors pledged another 100,000 euros.",
    "Polls close at 8 p.m. local time. ‖ Results are expected by 11:30.",
];

const QUOTATIONS: &[&str] = &[
    "\"We will not back down,\" the minister said. ‖ \"Never.\"",
    "\"The door is open. ‖ We are ready to talk,\" she told reporters.",
    "He called the plan \"dead on arrival.\" ‖ Aides disagreed.",
    "“It was a good meeting.” ‖ The envoy then left for Ankara.",
    "\"Is this a ceasefire?\" a reporter asked. ‖ The spokesman did not answer.",
    "She said the talks were \"useful.\" ‖ \"We will meet again,\" she added.",
    "“How long must we wait?” Senator Hollis asked. ‖ Nobody answered.",
    "“Enough!” Prime Minister Jo Ames shouted at the crowd. ‖ It fell silent.",
    "“Are we ready?” ‖ The answer came quickly.",
];

const ELLIPSES_AND_DASHES: &[&str] = &[
    "The statement ended abruptly... ‖ Officials later issued a correction.",
    "The deal — if it holds — would end the war. ‖ Both sides must sign it first.",
    "Two rounds of talks -- in Geneva and Vienna -- ended without a deal. ‖ A third is planned.",
    "Ukraine’s foreign minister called it “unacceptable.” ‖ Moscow did not respond.",
];

const PLAIN: &[&str] = &[
    "Russia massed troops near the border. ‖ NATO said it was watching closely. ‖ Kyiv asked for help!",
    "Will the summit go ahead? ‖ Diplomats say it is unclear.",
    "The vote was 14 to 1. ‖ China abstained.",
];

#[test]
fn abbreviations_and_initials() {
    check(ABBREVIATIONS_AND_INITIALS);
}

#[test]
fn numbers_and_times() {
    check(NUMBERS_AND_TIMES);
}

#[test]
fn quotations() {
    check(QUOTATIONS);
}

#[test]
fn ellipses_and_dashes() {
    check(ELLIPSES_AND_DASHES);
}

#[test]
fn plain_sentences() {
    check(PLAIN);
}
