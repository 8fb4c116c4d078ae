//! Little-endian binary writer and bounds-checked reader for the model
//! format.

use crate::error::{ParseError, Result};

/// Appends values to a byte buffer.
#[derive(Debug, Default)]
pub struct ByteWriter {
    bytes: Vec<u8>,
}

impl ByteWriter {
    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// Writes a `u8`.
    pub fn u8(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// Writes a `u32`.
    pub fn u32(&mut self, value: u32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// Writes a `u64`.
    pub fn u64(&mut self, value: u64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// Writes an `f32`.
    pub fn f32(&mut self, value: f32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// Writes a length as `u32`.
    pub fn len(&mut self, value: usize) {
        self.u32(u32::try_from(value).unwrap_or(u32::MAX));
    }

    /// Writes a length-prefixed string.
    pub fn str(&mut self, value: &str) {
        self.len(value.len());
        self.bytes.extend_from_slice(value.as_bytes());
    }

    /// Writes a length-prefixed list of strings.
    pub fn strs<S: AsRef<str>>(&mut self, values: &[S]) {
        self.len(values.len());
        for value in values {
            self.str(value.as_ref());
        }
    }

    /// Writes a length-prefixed `u8` slice.
    pub fn u8s(&mut self, values: &[u8]) {
        self.len(values.len());
        self.bytes.extend_from_slice(values);
    }

    /// Writes a length-prefixed `u16` slice.
    pub fn u16s(&mut self, values: &[u16]) {
        self.len(values.len());
        for v in values {
            self.bytes.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// Writes a length-prefixed `i16` slice.
    pub fn i16s(&mut self, values: &[i16]) {
        self.len(values.len());
        for v in values {
            self.bytes.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// Writes a length-prefixed `u64` slice.
    pub fn u64s(&mut self, values: &[u64]) {
        self.len(values.len());
        for v in values {
            self.bytes.extend_from_slice(&v.to_le_bytes());
        }
    }
}

/// Reads values back, failing cleanly on truncated or damaged input.
#[derive(Debug)]
pub struct ByteReader<'a> {
    bytes: &'a [u8],
    position: usize,
}

fn truncated() -> ParseError {
    ParseError::InvalidModel("truncated data".into())
}

impl<'a> ByteReader<'a> {
    /// Starts reading `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        ByteReader { bytes, position: 0 }
    }

    /// True when every byte has been read.
    pub fn is_done(&self) -> bool {
        self.position == self.bytes.len()
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8]> {
        let end = self.position.checked_add(count).ok_or_else(truncated)?;
        let slice = self.bytes.get(self.position..end).ok_or_else(truncated)?;
        self.position = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    /// Reads a `u8`.
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    /// Reads a `u32`.
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// Reads a `u64`.
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// Reads an `f32`.
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// Reads a length, checking that `element_size * length` bytes remain.
    pub fn len(&mut self, element_size: usize) -> Result<usize> {
        let len = self.u32()? as usize;
        let needed = len.checked_mul(element_size).ok_or_else(truncated)?;
        if self.bytes.len() - self.position < needed {
            return Err(truncated());
        }
        Ok(len)
    }

    /// Reads a length-prefixed string.
    pub fn str(&mut self) -> Result<String> {
        let len = self.len(1)?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| ParseError::InvalidModel("string is not UTF-8".into()))
    }

    /// Reads a length-prefixed list of strings.
    pub fn strs(&mut self) -> Result<Vec<String>> {
        let len = self.len(4)?;
        (0..len).map(|_| self.str()).collect()
    }

    /// Reads a length-prefixed `u8` slice.
    pub fn u8s(&mut self) -> Result<Vec<u8>> {
        let len = self.len(1)?;
        Ok(self.take(len)?.to_vec())
    }

    /// Reads a length-prefixed `u16` slice.
    pub fn u16s(&mut self) -> Result<Vec<u16>> {
        let len = self.len(2)?;
        let bytes = self.take(len * 2)?;
        Ok(bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect())
    }

    /// Reads a length-prefixed `i16` slice.
    pub fn i16s(&mut self) -> Result<Vec<i16>> {
        let len = self.len(2)?;
        let bytes = self.take(len * 2)?;
        Ok(bytes
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect())
    }

    /// Reads a length-prefixed `u64` slice.
    pub fn u64s(&mut self) -> Result<Vec<u64>> {
        let len = self.len(8)?;
        let bytes = self.take(len * 8)?;
        Ok(bytes
            .chunks_exact(8)
            .map(|c| {
                let mut a = [0u8; 8];
                a.copy_from_slice(c);
                u64::from_le_bytes(a)
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let mut w = ByteWriter::default();
        w.u32(7);
        w.str("nsubj:pass");
        w.i16s(&[-3, 4]);
        w.u64s(&[u64::MAX]);
        let bytes = w.into_bytes();
        let mut r = ByteReader::new(&bytes);
        assert_eq!(r.u32().unwrap(), 7);
        assert_eq!(r.str().unwrap(), "nsubj:pass");
        assert_eq!(r.i16s().unwrap(), vec![-3, 4]);
        assert_eq!(r.u64s().unwrap(), vec![u64::MAX]);
        assert!(r.is_done());
        let mut short = ByteReader::new(&bytes[..bytes.len() - 1]);
        short.u32().unwrap();
        short.str().unwrap();
        short.i16s().unwrap();
        assert!(short.u64s().is_err());
    }
}
