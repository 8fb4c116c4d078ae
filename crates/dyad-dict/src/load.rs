//! Loading dictionaries: the embedded defaults, a directory, one file.

use crate::model::Dictionaries;
use crate::tsv::{load_file, overlapping_metonyms, FileKind};
use crate::DictError;
use std::path::Path;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));
}

/// Loads a set of (name, contents) files in dyad's format; names decide
/// the kind (`countries.tsv`, `people/rus.tsv`). Unknown names are errors.
pub fn load_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Dictionaries, Vec<DictError>) {
    let mut dicts = Dictionaries::default();
    let mut errors = Vec::new();
    for (name, text) in files {
        match FileKind::from_name(name) {
            Some(kind) => load_file(text, name, kind, &mut dicts, &mut errors),
            None => errors.push(DictError::new(name, 0, "not a dictionary file name (countries.tsv, metonyms.tsv, organizations.tsv, regions.tsv, media.tsv, agents.tsv, people/*.tsv)")),
        }
    }
    errors.extend(overlapping_metonyms(&dicts.metonyms));
    (dicts, errors)
}

/// The dictionaries built into dyad, freshly loaded: the caller owns them.
pub fn builtin() -> Dictionaries {
    load_files(embedded::FILES.iter().copied()).0
}

/// Checks the embedded dictionaries; every problem as `file:line: reason`.
pub fn check_embedded() -> Vec<DictError> {
    load_files(embedded::FILES.iter().copied()).1
}

/// Names of the embedded files.
pub fn embedded_file_names() -> impl Iterator<Item = &'static str> {
    embedded::FILES.iter().map(|(name, _)| *name)
}

/// Loads every `.tsv` file under `dir` (recursively) in dyad's format.
pub fn load_dir(dir: &Path) -> (Dictionaries, Vec<DictError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    collect(dir, dir, &mut files, &mut errors);
    let (dicts, mut load_errors) = load_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    errors.append(&mut load_errors);
    (dicts, errors)
}

fn collect(dir: &Path, root: &Path, files: &mut Vec<(String, String)>, errors: &mut Vec<DictError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return errors.push(DictError::new(
                &dir.display().to_string(),
                0,
                format!("cannot read directory: {e}"),
            ))
        }
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect(&path, root, files, errors);
            continue;
        }
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((name, text)),
            Err(e) => errors.push(DictError::new(
                &path.display().to_string(),
                0,
                format!("cannot read: {e}"),
            )),
        }
    }
}
