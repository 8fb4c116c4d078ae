//! Turning bytes into text: binary and UTF-8 checks, lossy decoding.

use super::error::ReadError;

/// Checks and decodes the bytes of one article.
pub fn decode(bytes: Vec<u8>, input: &str, lossy: bool) -> Result<String, ReadError> {
    let probe = &bytes[..bytes.len().min(8192)];
    if let Some(offset) = memchr::memchr(0, probe) {
        return Err(ReadError::Binary {
            input: input.to_owned(),
            offset: offset as u64,
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) if lossy => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        Err(e) => {
            return Err(ReadError::NotUtf8 {
                input: input.to_owned(),
                offset: e.utf8_error().valid_up_to() as u64,
            })
        }
    };
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            input: input.to_owned(),
        });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_the_offset_of_bad_utf8() {
        let err = decode(b"Kyiv \xff talks".to_vec(), "a.txt", false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.txt: not valid UTF-8 at byte 5 (use --lossy to replace bad bytes)"
        );
        let text = decode(b"Kyiv \xff talks".to_vec(), "a.txt", true).unwrap();
        assert_eq!(text, "Kyiv \u{fffd} talks");
    }

    #[test]
    fn binary_and_empty_inputs_are_errors() {
        assert!(matches!(
            decode(b"\x7fELF\0\0".to_vec(), "x", false),
            Err(ReadError::Binary { offset: 4, .. })
        ));
        assert!(matches!(
            decode(b"  \n\t".to_vec(), "x", false),
            Err(ReadError::Empty { .. })
        ));
        assert!(matches!(
            decode(Vec::new(), "x", false),
            Err(ReadError::Empty { .. })
        ));
    }
}
