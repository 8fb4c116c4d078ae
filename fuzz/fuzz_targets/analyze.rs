//! Any text: analysis never panics and every span holds its contract.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let doc = dyad_text::analyze_text(&text);
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
    let _ = serde_json_free_check(&doc);
});

fn serde_json_free_check(doc: &dyad_core::Document) -> usize {
    doc.layout.paragraphs.iter().map(|p| p.slice(&doc.article.text).len()).sum()
}
