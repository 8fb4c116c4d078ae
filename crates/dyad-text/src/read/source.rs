//! Inputs: paths, directories walked recursively, standard input.

use super::error::{io_error, ReadError};
use super::types::Format;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// One input to read: a file or standard input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// A file, named as the user (or the directory walk) named it.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

/// Extensions a directory walk picks up (a `.gz` after any of them too).
const ARTICLE_EXTENSIONS: &[&str] = &[
    "txt", "text", "jsonl", "ndjson", "json", "html", "htm", "xhtml", "warc",
];

impl Input {
    /// The input's name in messages and ids.
    pub fn name(&self) -> &str {
        match self {
            Input::File(path) => path.to_str().unwrap_or("<non-UTF-8 path>"),
            Input::Stdin => "-",
        }
    }

    fn gzipped(&self) -> bool {
        matches!(self, Input::File(p) if p.extension().is_some_and(|e| e == "gz"))
    }

    fn inner_extension(&self) -> Option<String> {
        let Input::File(path) = self else { return None };
        let path = if self.gzipped() {
            Path::new(path.file_stem()?)
        } else {
            path.as_path()
        };
        Some(path.extension()?.to_str()?.to_ascii_lowercase())
    }

    /// The format the file name announces, if it announces one.
    pub fn format_by_name(&self) -> Option<Format> {
        match self.inner_extension()?.as_str() {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "txt" | "text" => Some(Format::Text),
            "warc" => Some(Format::Warc),
            _ => None,
        }
    }

    /// Opens the input, decompressing `.gz` files.
    pub fn open(&self) -> Result<Box<dyn Read + Send>, ReadError> {
        let name = self.name();
        let raw: Box<dyn Read + Send> = match self {
            Input::Stdin => Box::new(std::io::stdin()),
            Input::File(path) => {
                if path.is_dir() {
                    return Err(ReadError::Io {
                        input: name.to_owned(),
                        source: std::io::Error::other("is a directory"),
                    });
                }
                Box::new(File::open(path).map_err(|e| io_error(name, e))?)
            }
        };
        if self.gzipped() {
            return Ok(Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(raw))));
        }
        Ok(raw)
    }

    fn is_article_file(path: &Path) -> bool {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            return false;
        }
        let input = Input::File(path.to_owned());
        input
            .inner_extension()
            .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.as_str()))
    }
}

/// Expands the user's arguments into inputs: `-` is standard input, a
/// directory is walked recursively (in name order) for article files, any
/// other path is taken as it is. A directory that cannot be walked gives
/// an error in place of its files.
pub fn expand_inputs(args: &[String]) -> Vec<Result<Input, ReadError>> {
    let mut out = Vec::new();
    for arg in args {
        if arg == "-" {
            out.push(Ok(Input::Stdin));
            continue;
        }
        let path = PathBuf::from(arg);
        if !path.is_dir() {
            out.push(Ok(Input::File(path)));
            continue;
        }
        let walk = walkdir::WalkDir::new(&path)
            .sort_by_file_name()
            .follow_links(true);
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() && Input::is_article_file(e.path()) => {
                    out.push(Ok(Input::File(e.into_path())))
                }
                Ok(_) => {}
                Err(e) => out.push(Err(ReadError::Io {
                    input: e.path().map_or(arg.clone(), |p| p.display().to_string()),
                    source: e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("directory loop")),
                })),
            }
        }
    }
    out
}
