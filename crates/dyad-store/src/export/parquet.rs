//! Parquet (Arrow schema, Snappy-free plain encoding), one row per event,
//! with the columns of the CSV export.

use super::EventWriter;
use crate::error::{Result, StoreError};
use crate::rows::EventRow;
use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use std::sync::Arc;

fn strings<'a>(rows: &'a [EventRow], f: impl Fn(&'a EventRow) -> Option<&'a str>) -> ArrayRef {
    Arc::new(rows.iter().map(f).collect::<StringArray>())
}

fn ints(rows: &[EventRow], f: impl Fn(&EventRow) -> Option<i64>) -> ArrayRef {
    Arc::new(rows.iter().map(f).collect::<Int64Array>())
}

fn floats(rows: &[EventRow], f: impl Fn(&EventRow) -> Option<f64>) -> ArrayRef {
    Arc::new(rows.iter().map(f).collect::<Float64Array>())
}

/// The Arrow schema of the export.
pub fn schema() -> Schema {
    let (utf8, i64t, f64t) = (DataType::Utf8, DataType::Int64, DataType::Float64);
    let field = |name: &str, t: &DataType, null: bool| Field::new(name, t.clone(), null);
    Schema::new(vec![
        field("global_event_id", &i64t, false),
        field("date", &utf8, false),
        field("source_code", &utf8, false),
        field("source_name", &utf8, false),
        field("target_code", &utf8, false),
        field("target_name", &utf8, false),
        field("cameo", &utf8, false),
        field("goldstein", &f64t, false),
        field("quad_class", &i64t, false),
        field("is_root", &DataType::Boolean, false),
        field("num_mentions", &i64t, false),
        field("num_sources", &i64t, false),
        field("num_articles", &i64t, false),
        field("geo_name", &utf8, true),
        field("geo_country", &utf8, true),
        field("geo_admin1", &utf8, true),
        field("geo_lat", &f64t, true),
        field("geo_lon", &f64t, true),
        field("geo_id", &i64t, true),
        field("date_added", &utf8, false),
        field("source_url", &utf8, false),
        field("evidence", &utf8, false),
    ])
}

/// The rows as one Arrow record batch.
pub fn record_batch(rows: &[EventRow]) -> Result<RecordBatch> {
    let columns: Vec<ArrayRef> = vec![
        ints(rows, |e| Some(e.global_event_id)),
        strings(rows, |e| Some(&e.date)),
        strings(rows, |e| Some(&e.source_code)),
        strings(rows, |e| Some(&e.source_name)),
        strings(rows, |e| Some(&e.target_code)),
        strings(rows, |e| Some(&e.target_name)),
        strings(rows, |e| Some(&e.cameo)),
        floats(rows, |e| Some(e.goldstein)),
        ints(rows, |e| Some(e.quad_class)),
        Arc::new(rows.iter().map(|e| Some(e.is_root)).collect::<BooleanArray>()),
        ints(rows, |e| Some(e.num_mentions)),
        ints(rows, |e| Some(e.num_sources)),
        ints(rows, |e| Some(e.num_articles)),
        strings(rows, |e| e.geo_name.as_deref()),
        strings(rows, |e| e.geo_country.as_deref()),
        strings(rows, |e| e.geo_admin1.as_deref()),
        floats(rows, |e| e.geo_lat),
        floats(rows, |e| e.geo_lon),
        ints(rows, |e| e.geo_id),
        strings(rows, |e| Some(&e.date_added)),
        strings(rows, |e| Some(&e.source_url)),
        strings(rows, |e| Some(&e.evidence)),
    ];
    RecordBatch::try_new(Arc::new(schema()), columns).map_err(|e| StoreError::Parquet(e.to_string()))
}

/// Writes the rows as a Parquet file to `out`.
pub fn write_parquet<W: std::io::Write + Send>(rows: &[EventRow], out: W) -> Result<()> {
    super::write_all(&mut ParquetEvents::new(out)?, rows)
}

/// Rows per row group (and per buffered batch).
const ROW_GROUP: usize = 65_536;

fn parquet_err(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Parquet(e.to_string())
}

/// Events as a Parquet file, one row group per 65,536 events.
pub struct ParquetEvents<W: std::io::Write + Send> {
    writer: Option<parquet::arrow::ArrowWriter<W>>,
    buffer: Vec<EventRow>,
}

impl<W: std::io::Write + Send> ParquetEvents<W> {
    /// A writer to `out`.
    pub fn new(out: W) -> Result<Self> {
        let writer =
            parquet::arrow::ArrowWriter::try_new(out, Arc::new(schema()), None).map_err(parquet_err)?;
        Ok(ParquetEvents {
            writer: Some(writer),
            buffer: Vec::new(),
        })
    }

    fn flush(&mut self) -> Result<()> {
        if let (Some(writer), false) = (self.writer.as_mut(), self.buffer.is_empty()) {
            writer.write(&record_batch(&self.buffer)?).map_err(parquet_err)?;
            self.buffer.clear();
        }
        Ok(())
    }
}

impl<W: std::io::Write + Send> EventWriter for ParquetEvents<W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        self.buffer.push(event.clone());
        if self.buffer.len() >= ROW_GROUP {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.flush()?;
        if let Some(writer) = self.writer.take() {
            writer.close().map_err(parquet_err)?;
        }
        Ok(())
    }
}
