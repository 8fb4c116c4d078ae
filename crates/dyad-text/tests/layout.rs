//! Layout detection on articles written for these tests.

use dyad_core::Zone;
use dyad_text::analyze_text;

const SEED_SHAPED: &str = include_str!("fixtures/seed-shaped.txt");

#[test]
fn seed_shaped_article_has_every_part() {
    let doc = analyze_text(SEED_SHAPED);
    let text = SEED_SHAPED;
    let layout = &doc.layout;
    assert_eq!(
        doc.headline(),
        Some("Egypt brokers overnight truce as envoys meet in Cairo, officials say")
    );
    assert_eq!(
        layout.subheadline.unwrap().slice(text),
        "The two sides will resume indirect talks on Sunday, a mediator told \"Morning Brief.\""
    );
    assert_eq!(doc.published().unwrap().to_string(), "2024-06-14T23:05");
    assert_eq!(layout.dateline.unwrap().slice(text), "June 14, 2024, 11:05 PM");
    let captions: Vec<&str> = layout.captions.iter().map(|c| c.text.slice(text)).collect();
    assert_eq!(
        captions,
        [
            "Sameh Shoukry speaks at a news conference in Cairo, June 14, 2024.",
            "Delegates arrive for talks in Cairo, June 13, 2024."
        ]
    );
    assert!(layout.captions.iter().all(|c| c.repeat.is_some()));
    let credits: Vec<&str> = layout.credits.iter().map(|s| s.slice(text)).collect();
    assert_eq!(
        credits,
        [
            "Omar Fathy/AFP via Getty Images",
            "Ministry of Foreign Affairs via Reuters"
        ]
    );
    let boilerplate: Vec<&str> = layout.boilerplate.iter().map(|s| s.slice(text)).collect();
    assert_eq!(
        boilerplate,
        ["Share this article", "Related Topics", "Egypt", "Diplomacy"]
    );
    assert_eq!(layout.paragraphs.len(), 4);
    let furniture = layout
        .captions
        .iter()
        .flat_map(|c| [Some(c.span), c.repeat])
        .flatten();
    let furniture: Vec<_> = furniture
        .chain(layout.credits.iter().copied())
        .chain(layout.boilerplate.iter().copied())
        .collect();
    for p in &layout.paragraphs {
        for f in &furniture {
            let overlap = p.start < f.end && f.start < p.end;
            assert!(
                !overlap,
                "{:?} leaked into body paragraph {:?}",
                f.slice(text),
                p.slice(text)
            );
        }
    }
    assert_eq!(doc.sentences[0].zone, Zone::Headline);
    assert_eq!(doc.sentences[1].zone, Zone::Subheadline);
    assert!(doc.sentences[2..].iter().all(|s| s.zone == Zone::Body));
}

#[test]
fn agency_dateline_is_split_from_the_first_paragraph() {
    let text = "Rebels seize airport\n\nGOMA, Congo (Reuters) - Rebels took the airport on Sunday.\n\nThe army withdrew.";
    let doc = analyze_text(text);
    assert_eq!(
        doc.layout.dateline.unwrap().slice(text),
        "GOMA, Congo (Reuters) -"
    );
    assert_eq!(doc.layout.dateline_place.unwrap().slice(text), "GOMA, Congo");
    assert_eq!(
        doc.layout.paragraphs[0].slice(text),
        "Rebels took the airport on Sunday."
    );
    assert!(doc.published().is_none());
}

#[test]
fn byline_and_iso_dateline() {
    let text = "Budget passes\n\nBy Ana Lima and Tom Reed\n\n2025-02-03\n\nParliament passed the budget.";
    let doc = analyze_text(text);
    assert_eq!(doc.layout.byline.unwrap().slice(text), "By Ana Lima and Tom Reed");
    assert_eq!(doc.published().unwrap().to_string(), "2025-02-03");
    assert_eq!(doc.layout.paragraphs.len(), 1);
    assert!(doc.layout.subheadline.is_none());
}

#[test]
fn body_only_text_has_no_front_matter() {
    let text = "Parliament passed the budget on Monday, after a long debate in which the opposition walked out.\n\nThe vote was 201 to 150.";
    let doc = analyze_text(text);
    assert!(doc.layout.headline.is_none());
    assert!(doc.layout.subheadline.is_none());
    assert_eq!(doc.layout.paragraphs.len(), 2);
}

#[test]
fn reporting_credit_line_is_a_credit() {
    let text =
        "Strike ends\n\nDockers returned to work on Friday.\n\nReporting by Jane Roe; Editing by Sam Poe";
    let doc = analyze_text(text);
    assert_eq!(doc.layout.credits.len(), 1);
    assert_eq!(doc.layout.paragraphs.len(), 1);
}
