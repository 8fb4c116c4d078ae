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

/// Writes each event of each document as one JSON object per line.
pub struct EventSink<W: Write> {
    out: W,
}

impl<W: Write> EventSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> Self {
        EventSink { out }
    }
}

impl<W: Write> Sink for EventSink<W> {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        for index in 0..doc.events.len() {
            serde_json::to_writer(&mut self.out, &dyad_core::json::EventJson { doc, index })?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.out.flush()
    }
}

/// Writes events as tab-separated rows under one header row.
pub struct EventTsvSink<W: Write> {
    out: W,
    header_written: bool,
}

impl<W: Write> EventTsvSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W) -> Self {
        EventTsvSink {
            out,
            header_written: false,
        }
    }
}

/// Tabs and newlines inside a TSV cell become spaces.
fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl<W: Write> Sink for EventTsvSink<W> {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        if !self.header_written {
            self.header_written = true;
            writeln!(self.out, "article\tid\tdate\tdate_precision\tsource\tsource_code\ttarget\ttarget_code\tcameo\troot\tgoldstein\tquad_class\tplover_type\tplover_mode\tmode\tsentence\tspan_start\tspan_end\ttrigger\trule")?;
        }
        let text = &doc.article.text;
        for (i, e) in doc.events.iter().enumerate() {
            let precision = e.date_precision.as_str();
            let mode = e.mode.as_str();
            let (target, target_code) = e.target.as_ref().map_or((String::new(), String::new()), |t| {
                (cell(t.span.slice(text)), t.code.clone())
            });
            writeln!(
                self.out,
                "{}\t{}#{}\t{}\t{precision}\t{}\t{}\t{target}\t{target_code}\t{}\t{}\t{}\t{}\t{}\t{}\t{mode}\t{}\t{}\t{}\t{}\t{}",
                cell(&doc.article.id),
                cell(&doc.article.id),
                i + 1,
                e.date_iso().unwrap_or_default(),
                cell(e.source.span.slice(text)),
                e.source.code,
                e.cameo,
                &e.cameo[..2],
                e.goldstein,
                e.quad_class,
                e.plover_type.as_deref().unwrap_or(""),
                e.plover_mode.as_deref().unwrap_or(""),
                e.sentence,
                e.span.start,
                e.span.end,
                cell(e.trigger.slice(text)),
                e.rule,
            )?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.out.flush()
    }
}

/// Writes each document's explanation (`--explain`).
pub struct ExplainSink<'p, W: Write> {
    out: W,
    pipeline: &'p dyad_pipeline::Pipeline,
}

impl<'p, W: Write> ExplainSink<'p, W> {
    /// A sink writing to `out` the explanations of `pipeline`'s documents.
    pub fn new(out: W, pipeline: &'p dyad_pipeline::Pipeline) -> Self {
        ExplainSink { out, pipeline }
    }
}

impl<W: Write> Sink for ExplainSink<'_, W> {
    type Error = std::io::Error;

    fn document(&mut self, doc: &Document) -> Result<(), Self::Error> {
        self.out.write_all(self.pipeline.explain(doc).as_bytes())?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> Result<(), Self::Error> {
        self.out.flush()
    }
}
