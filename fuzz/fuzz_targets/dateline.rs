//! Any line: the dateline parser answers, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(line) = std::str::from_utf8(data) {
        if let Some(p) = dyad_text::parse_dateline(line) {
            let _ = p.to_string();
        }
    }
});
