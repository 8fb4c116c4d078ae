//! Byte streams: gzip members peeled off, an article read whole and
//! decoded.

use super::decode::decode;
use super::error::{io_error, ReadError};
use super::types::ReadOptions;
use std::io::{BufRead, BufReader, Read};

/// The first two bytes of every gzip member.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// `reader`, buffered, decompressed first when it starts with gzip's magic
/// bytes (again and again, for gzip inside gzip), whatever its name.
pub fn gunzipped<'a>(reader: impl Read + 'a, name: &str) -> Result<BufReader<Box<dyn Read + 'a>>, ReadError> {
    let mut reader: BufReader<Box<dyn Read + 'a>> = BufReader::with_capacity(64 << 10, Box::new(reader));
    loop {
        match reader.fill_buf() {
            Ok(head) if head.starts_with(&GZIP_MAGIC) => {
                let inflated = flate2::bufread::MultiGzDecoder::new(reader);
                reader = BufReader::with_capacity(64 << 10, Box::new(inflated));
            }
            Ok(_) => return Ok(reader),
            Err(e) => return Err(io_error(name, e)),
        }
    }
}

/// The whole of `reader` as one article's text, refused when larger than
/// `options.max_bytes`.
pub fn read_whole(reader: impl Read, name: &str, options: &ReadOptions) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(options.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(name, e))?;
    if bytes.len() as u64 > options.max_bytes {
        return Err(ReadError::TooLarge {
            input: name.to_owned(),
            limit: options.max_bytes,
        });
    }
    decode(bytes, name, options.lossy)
}
