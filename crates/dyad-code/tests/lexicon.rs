//! The embedded event lexicon: every line loads, and it covers CAMEO.

use dyad_code::events::EventCoder;

#[test]
fn embedded_lexicon_loads_without_errors() {
    let errors = EventCoder::check_embedded();
    assert!(
        errors.is_empty(),
        "{} problems, first: {:?}",
        errors.len(),
        &errors[..errors.len().min(10)]
    );
}

#[test]
fn lexicon_covers_every_root_with_thousands_of_entries() {
    let coder = EventCoder::builtin();
    assert!(coder.lexicon().len() >= 2500, "{} entries", coder.lexicon().len());
    for lemma in [
        "meet",
        "demand",
        "attack",
        "annex",
        "sanction",
        "criticize",
        "urge",
        "accuse",
        "protest",
        "arrest",
    ] {
        assert!(!coder.lexicon().entries(lemma).is_empty(), "no entry for {lemma}");
    }
    assert_eq!(coder.codebook().get("190").map(|c| c.quad_class), Some(4));
}
