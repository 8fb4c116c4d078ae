//! Any bytes as JSONL, HTML, text or WARC: readers report errors, never panic.
#![no_main]

use dyad_text::{read::read_from, Format, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [None, Some(Format::Jsonl), Some(Format::Html), Some(Format::Text), Some(Format::Warc)] {
        let options = ReadOptions { format, max_bytes: 1 << 16, ..ReadOptions::default() };
        read_from(data, "fuzz", &options, &mut |r| {
            if let Ok(read) = r {
                let _ = dyad_text::analyze(read);
            }
        });
    }
});
