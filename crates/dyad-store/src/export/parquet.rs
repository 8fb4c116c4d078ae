//! Parquet (Arrow schema, plain encoding, no compression codecs), one row
//! per event, with the columns of [`crate::columns::EVENT_COLUMNS`].

use super::writer::{write_all, EventWriter};
use crate::columns::{Column, Kind, Value, EVENT_COLUMNS};
use crate::error::{Result, StoreError};
use crate::rows::EventRow;
use arrow_array::{ArrayRef, BooleanArray, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use std::sync::Arc;

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::Int => DataType::Int64,
        Kind::Float => DataType::Float64,
        Kind::Text => DataType::Utf8,
        Kind::Bool => DataType::Boolean,
    }
}

/// The Arrow schema of the export.
pub fn schema() -> Schema {
    Schema::new(
        EVENT_COLUMNS
            .iter()
            .map(|c| Field::new(c.name, data_type(c.kind), c.nullable))
            .collect::<Vec<_>>(),
    )
}

/// One column of the rows as an Arrow array of the column's kind (a cell
/// of another kind is missing, and a missing cell in a column that may not
/// be empty makes [`record_batch`] fail).
fn array(column: &Column<EventRow>, rows: &[EventRow]) -> ArrayRef {
    let values = rows.iter().map(|r| column.value(r));
    match column.kind {
        Kind::Int => Arc::new(
            values
                .map(|v| match v {
                    Value::Int(i) => Some(i),
                    _ => None,
                })
                .collect::<Int64Array>(),
        ),
        Kind::Float => Arc::new(
            values
                .map(|v| match v {
                    Value::Float(f) => Some(f),
                    _ => None,
                })
                .collect::<Float64Array>(),
        ),
        Kind::Text => Arc::new(
            values
                .map(|v| match v {
                    Value::Text(s) => Some(s),
                    _ => None,
                })
                .collect::<StringArray>(),
        ),
        Kind::Bool => Arc::new(
            values
                .map(|v| match v {
                    Value::Bool(b) => Some(b),
                    _ => None,
                })
                .collect::<BooleanArray>(),
        ),
    }
}

/// The rows as one Arrow record batch.
pub fn record_batch(rows: &[EventRow]) -> Result<RecordBatch> {
    let columns: Vec<ArrayRef> = EVENT_COLUMNS.iter().map(|c| array(c, rows)).collect();
    RecordBatch::try_new(Arc::new(schema()), columns).map_err(|e| StoreError::Parquet(e.to_string()))
}

/// Writes the rows as a Parquet file to `out`.
pub fn write_parquet<W: std::io::Write + Send>(rows: &[EventRow], out: W) -> Result<()> {
    write_all(&mut ParquetEvents::new(out)?, rows)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::tests::event_row;
    use arrow_array::Array;

    #[test]
    fn the_batch_has_every_column_with_its_values_and_nulls() {
        let batch = record_batch(&[event_row(true), event_row(false)]).unwrap();
        assert_eq!(batch.num_columns(), EVENT_COLUMNS.len());
        let names: Vec<String> = batch.schema().fields().iter().map(|f| f.name().clone()).collect();
        assert_eq!(names, EVENT_COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>());
        let column = |name: &str| batch.column_by_name(name).unwrap().clone();
        let mode = column("mode");
        let mode = mode.as_any().downcast_ref::<StringArray>().unwrap();
        assert_eq!((mode.value(0), mode.value(1)), ("asserted", "asserted"));
        let lat = column("geo_lat");
        let lat = lat.as_any().downcast_ref::<Float64Array>().unwrap();
        assert_eq!((lat.value(0), lat.is_null(1)), (50.45, true));
        let cameo = column("cameo");
        assert_eq!(
            cameo.as_any().downcast_ref::<StringArray>().unwrap().value(0),
            "042"
        );
    }
}
