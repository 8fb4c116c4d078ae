//! The sinks the CLI writes through.

use dyad_core::json::DocumentJson;
use dyad_core::{Document, Sink};
use std::io::Write;

/// Writes each document as one JSON object per line (or indented).
pub struct JsonlSink<W: Write> {
    out: W,
    pretty: bool,
}

impl<W: Write> JsonlSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W, pretty: bool) -> Self {
        JsonlSink { out, pretty }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        let view = DocumentJson(doc);
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, &view)?;
        } else {
            serde_json::to_writer(&mut self.out, &view)?;
        }
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.out.flush()
    }
}
