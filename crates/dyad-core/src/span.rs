//! Byte spans into an article's text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `[start, end)` into an article's text.
///
/// Spans are the contract of dyad: once a text is tokenized, every span
/// that refers to it stays valid, and `&text[span.range()]` is the thing
/// the span names. Spans serialize as a two-element JSON array.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// Builds a span from byte offsets; `start` must not exceed `end`.
    ///
    /// ```
    /// let s = dyad_core::Span::new(3, 7);
    /// assert_eq!(s.slice("the Kremlin"), " Kre");
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The span as a `usize` range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span moved `by` bytes to the right.
    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start as usize + by, self.end as usize + by)
    }

    /// Shrinks the span so that it neither starts nor ends with white space.
    pub fn trim(self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start as usize, self.start as usize);
        }
        Span::new(self.start as usize + lead, self.end as usize - trail)
    }
}

impl Serialize for Span {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(ser)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let [start, end] = <[u32; 2]>::deserialize(de)?;
        if start > end {
            return Err(serde::de::Error::custom("span start after end"));
        }
        Ok(Span { start, end })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_white_space_on_both_sides() {
        let text = "  Kyiv \n";
        assert_eq!(Span::new(0, text.len()).trim(text).slice(text), "Kyiv");
        assert!(Span::new(0, 2).trim(text).is_empty());
    }

    #[test]
    fn serializes_as_pair() {
        let json = serde_json::to_string(&Span::new(2, 9)).unwrap();
        assert_eq!(json, "[2,9]");
        let back: Span = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Span::new(2, 9));
        assert!(serde_json::from_str::<Span>("[9,2]").is_err());
    }
}
