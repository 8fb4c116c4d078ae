//! Property tests: on any text, spans are in bounds, on character
//! boundaries, non-overlapping, in order, and slice to the token text.

use dyad_text::analyze_text;
use proptest::prelude::*;

fn check_spans(text: &str) {
    let doc = analyze_text(text);
    let mut last_end = 0;
    for t in &doc.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(
            s < e && e <= text.len(),
            "span {s}..{e} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} splits a character"
        );
        assert!(s >= last_end, "tokens overlap or go backwards at {s}");
        let token = t.span.slice(text);
        assert!(
            !token.chars().any(char::is_whitespace),
            "token {token:?} holds white space"
        );
        last_end = e;
    }
    let mut last_sentence_end = 0;
    for sentence in &doc.sentences {
        assert!(!sentence.tokens.is_empty());
        assert!(sentence.span.start as usize >= last_sentence_end);
        let first = doc.tokens[sentence.tokens.start].span;
        let last = doc.tokens[sentence.tokens.end - 1].span;
        assert_eq!((sentence.span.start, sentence.span.end), (first.start, last.end));
        last_sentence_end = sentence.span.end as usize;
    }
}

fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Za-z]{1,8}",
        Just("U.S.".to_owned()),
        Just("don't".to_owned()),
        Just("Russia's".to_owned()),
        Just("“quote”".to_owned()),
        Just("—".to_owned()),
        Just("...".to_owned()),
        Just("$1,000".to_owned()),
        Just("e-mail".to_owned()),
        Just("Kyiv.".to_owned()),
        Just("António".to_owned()),
        Just("\n\n".to_owned()),
        Just("PHOTO:".to_owned()),
        "[.,;:!?'\"()-]{1,3}",
        "\\PC{1,4}",
    ];
    prop::collection::vec(word, 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_hold_on_news_like_text(text in newsy()) {
        check_spans(&text);
    }

    #[test]
    fn spans_hold_on_any_text(text in "\\PC{0,300}") {
        check_spans(&text);
    }

    #[test]
    fn spans_hold_on_any_bytes_decoded(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check_spans(&String::from_utf8_lossy(&bytes));
    }
}
