//! Any text through the whole pipeline `dyad` ships: analysis never
//! panics, and every span holds its contract.
#![no_main]

use dyad_pipeline::Pipeline;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builder().build().expect("the built-in pipeline"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = pipeline().analyze_text(&text, chrono::NaiveDate::from_ymd_opt(2022, 1, 21));
    let mut last = 0;
    for t in &doc.tokens {
        let (s, e) = (t.span.start as usize, t.span.end as usize);
        assert!(s < e && e <= text.len() && s >= last);
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        last = e;
    }
    for sentence in &doc.sentences {
        assert!(!sentence.tokens.is_empty());
    }
    assert_eq!(doc.tags.len(), doc.tokens.len());
    for span in doc
        .actors
        .iter()
        .map(|a| a.span)
        .chain(doc.events.iter().map(|e| e.span))
        .chain(doc.times.iter().map(|t| t.span))
        .chain(doc.quotes.iter().map(|q| q.span))
    {
        assert!(span.start <= span.end && span.end as usize <= text.len());
        assert!(text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize));
    }
});
