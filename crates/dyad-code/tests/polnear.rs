//! The PolNeAR reader and the `dyad eval quotes` scores on a hand-written
//! fixture (tests/fixtures/polnear: one article, two attributions, one bad
//! line).

use dyad_code::quotes::polnear::{parse_ann, QuoteScores};
use dyad_core::{Quote, QuoteKind, QuoteSpeaker, Span};

const TEXT: &str = include_str!("fixtures/polnear/text/roe_2016-01-04_tax-plan.txt");
const ANN: &str = include_str!("fixtures/polnear/attributions/roe_2016-01-04_tax-plan_ab12.ann");

fn span_of(s: &str) -> Span {
    let at = TEXT.find(s).unwrap();
    Span::new(at, at + s.len())
}

fn quote(content: &str, kind: QuoteKind, speaker: &str) -> Quote {
    Quote {
        span: span_of(content),
        kind,
        cue: None,
        speaker: Some(QuoteSpeaker {
            span: span_of(speaker),
            name: speaker.to_owned(),
            code: None,
        }),
    }
}

#[test]
fn reads_attributions_with_character_offsets_as_byte_spans() {
    let (gold, errors) = parse_ann(ANN, TEXT);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 11);
    let rows: Vec<(bool, &str, &str)> = gold
        .iter()
        .map(|g| (g.direct, g.source[0].slice(TEXT), g.content[0].slice(TEXT)))
        .collect();
    assert_eq!(
        rows,
        [
            (true, "Jane Roe", "“We will win this vote,”"),
            (false, "She", "that taxes would fall"),
        ]
    );
}

/// (system quotes, direct speaker accuracy, direct F1, all speaker
/// accuracy, all F1).
type Row = (
    &'static [(&'static str, QuoteKind, &'static str)],
    f64,
    f64,
    f64,
    f64,
);

const SCORES: &[Row] = &[
    // Both found with the right speakers.
    (
        &[
            ("We will win this vote", QuoteKind::Direct, "Jane Roe"),
            ("taxes would fall", QuoteKind::Indirect, "She"),
        ],
        100.0,
        100.0,
        100.0,
        // The gold indirect content has one word more (`that`).
        1600.0 / 17.0,
    ),
    // The direct quote with the wrong speaker; the indirect one missed.
    (
        &[("We will win this vote", QuoteKind::Direct, "Monday")],
        0.0,
        100.0,
        0.0,
        1000.0 / 14.0,
    ),
    // Half the direct quote, right speaker: precision 1, recall 2/5.
    (
        &[("this vote", QuoteKind::Direct, "Jane Roe")],
        100.0,
        400.0 / 7.0,
        50.0,
        400.0 / 11.0,
    ),
    // Nothing found.
    (&[], 0.0, 0.0, 0.0, 0.0),
];

#[test]
fn scores_speakers_and_content_overlap() {
    let (gold, _) = parse_ann(ANN, TEXT);
    for (system, direct_acc, direct_f1, all_acc, all_f1) in SCORES {
        let quotes: Vec<Quote> = system.iter().map(|(c, k, s)| quote(c, *k, s)).collect();
        let mut scores = QuoteScores::default();
        scores.add(TEXT, &gold, &quotes);
        let got = [
            scores.direct.speaker_accuracy(),
            scores.direct.content_f1(),
            scores.all.speaker_accuracy(),
            scores.all.content_f1(),
        ];
        let want = [*direct_acc, *direct_f1, *all_acc, *all_f1];
        let close = got.iter().zip(want).all(|(g, w)| (g - w).abs() < 1e-6);
        assert!(close, "{system:?}: got {got:?}, want {want:?}");
    }
}
