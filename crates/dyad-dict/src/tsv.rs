//! Reading dyad's own TSV dictionary files.
//!
//! Each file has comment lines (`#`), blank lines, one header row naming
//! its columns, then one record per line. Every problem is a [`DictError`]
//! with the file, the line and the reason; the other lines are still read.

use crate::model::{Agent, Country, Dictionaries, Location, Metonym, Named, Person, Role};
use crate::DictError;
use chrono::{Datelike, NaiveDate};

/// The kind of a dictionary file, from its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// `countries.tsv`.
    Countries,
    /// `metonyms.tsv`.
    Metonyms,
    /// `organizations.tsv`.
    Organizations,
    /// `regions.tsv`.
    Regions,
    /// `media.tsv`.
    Media,
    /// `agents.tsv`.
    Agents,
    /// `people/*.tsv`.
    People,
}

impl FileKind {
    /// The kind a file name announces (`people/rus.tsv` → People).
    pub fn from_name(name: &str) -> Option<FileKind> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        match base {
            "countries.tsv" => Some(FileKind::Countries),
            "metonyms.tsv" => Some(FileKind::Metonyms),
            "organizations.tsv" => Some(FileKind::Organizations),
            "regions.tsv" => Some(FileKind::Regions),
            "media.tsv" => Some(FileKind::Media),
            "agents.tsv" => Some(FileKind::Agents),
            _ if base.ends_with(".tsv") && (name.contains("people/") || name.contains("people\\")) => {
                Some(FileKind::People)
            }
            _ => None,
        }
    }

    /// True when `cells` is a header row the kind accepts: its own, or
    /// for metonyms the older one without dates (`text code note`).
    pub fn accepts_header(self, cells: &[&str]) -> bool {
        let want = self.header();
        cells == want || (self == FileKind::Metonyms && cells == &want[..3])
    }

    /// The header row the kind requires.
    pub fn header(self) -> &'static [&'static str] {
        match self {
            FileKind::Countries => &["code", "name", "aliases", "demonyms", "capital"],
            FileKind::Metonyms => &["text", "code", "note", "from", "to"],
            FileKind::Organizations | FileKind::Regions | FileKind::Media => &["code", "name", "aliases"],
            FileKind::Agents => &["code", "nouns", "plurals"],
            FileKind::People => &["name", "aliases", "code", "from", "to", "role"],
        }
    }
}

/// Splits a `|` list, dropping empty items.
fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A CAMEO actor code: one or more three-letter upper-case blocks; an
/// organisation's code (`IGO`, `NGO`) may end in a short name of any
/// length, as CAMEO's `IGOOPEC` does.
pub fn valid_code(code: &str) -> bool {
    let blocks =
        code.len() % 3 == 0 || (code.len() > 3 && (code.starts_with("IGO") || code.starts_with("NGO")));
    !code.is_empty() && blocks && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a partial date means the
/// first day of the period for a start and the last day for an end.
pub fn parse_date(s: &str, end: bool) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().ok();
    let year = parts
        .first()
        .filter(|y| y.len() == 4)
        .and_then(|y| y.parse::<i32>().ok())?;
    match parts.len() {
        1 if end => NaiveDate::from_ymd_opt(year, 12, 31),
        1 => NaiveDate::from_ymd_opt(year, 1, 1),
        2 => {
            let month = num(parts[1]).filter(|_| parts[1].len() == 2)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            if !end {
                return Some(first);
            }
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            next.pred_opt()
        }
        3 if parts[1].len() == 2 && parts[2].len() == 2 => {
            NaiveDate::from_ymd_opt(year, num(parts[1])?, num(parts[2])?)
        }
        _ => None,
    }
}

/// The records of one file: (line number, cells), after the header.
fn records<'a>(
    text: &'a str,
    file: &str,
    kind: FileKind,
    errors: &mut Vec<DictError>,
) -> Vec<(usize, Vec<&'a str>)> {
    let want = kind.header();
    let mut header_seen = false;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cells: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            header_seen = true;
            if !kind.accepts_header(&cells) {
                errors.push(DictError::new(
                    file,
                    i + 1,
                    format!("header must be `{}`", want.join("\\t")),
                ));
                return out;
            }
            continue;
        }
        // Trailing empty columns may be left out.
        if cells.len() >= 2 && cells.len() < want.len() {
            cells.resize(want.len(), "");
        }
        if cells.len() != want.len() {
            errors.push(DictError::new(
                file,
                i + 1,
                format!(
                    "expected {} tab-separated columns, found {}",
                    want.len(),
                    cells.len()
                ),
            ));
            continue;
        }
        out.push((i + 1, cells));
    }
    if !header_seen {
        errors.push(DictError::new(file, 0, "no header row"));
    }
    out
}

/// Reads one file of dyad's format into `dicts`; problems go to `errors`.
pub fn load_file(
    text: &str,
    file: &str,
    kind: FileKind,
    dicts: &mut Dictionaries,
    errors: &mut Vec<DictError>,
) {
    for (line, cells) in records(text, file, kind, errors) {
        let at = Location {
            file: file.to_owned(),
            line,
        };
        if let Err(reason) = load_record(kind, &cells, at, dicts) {
            errors.push(DictError::new(file, line, reason));
        }
    }
}

fn code_cell(cell: &str) -> Result<String, String> {
    let code = cell.trim();
    if valid_code(code) {
        Ok(code.to_owned())
    } else {
        Err(format!(
            "`{code}` is not a CAMEO code (three-letter upper-case blocks)"
        ))
    }
}

fn required(cell: &str, what: &str) -> Result<String, String> {
    let s = cell.trim();
    if s.is_empty() {
        return Err(format!("empty {what}"));
    }
    Ok(s.to_owned())
}

fn load_record(kind: FileKind, c: &[&str], location: Location, d: &mut Dictionaries) -> Result<(), String> {
    match kind {
        FileKind::Countries => d.countries.push(Country {
            code: code_cell(c[0])?,
            name: required(c[1], "name")?,
            aliases: list(c[2]),
            demonyms: list(c[3]),
            capitals: list(c[4]),
            location,
        }),
        FileKind::Metonyms => {
            let forms = list(c[0]);
            if forms.is_empty() {
                return Err("empty text".into());
            }
            let (from, to) = optional_period(c[3], c[4])?;
            d.metonyms.push(Metonym {
                forms,
                code: code_cell(c[1])?,
                note: c[2].trim().to_owned(),
                from,
                to,
                location,
            })
        }
        FileKind::Organizations | FileKind::Regions | FileKind::Media => {
            let named = Named {
                code: code_cell(c[0])?,
                name: required(c[1], "name")?,
                aliases: list(c[2]),
                location,
            };
            match kind {
                FileKind::Organizations => d.organizations.push(named),
                FileKind::Regions => d.regions.push(named),
                _ => d.media.push(named),
            }
        }
        FileKind::Agents => {
            let nouns = list(c[1]);
            let plurals = list(c[2]);
            if nouns.is_empty() && plurals.is_empty() {
                return Err("no nouns".into());
            }
            d.agents.push(Agent {
                code: code_cell(c[0])?,
                nouns,
                plurals,
                location,
            })
        }
        FileKind::People => load_role(c, location, d)?,
    }
    Ok(())
}

/// An optional `from`..`to` period: either end may be empty (open).
fn optional_period(from: &str, to: &str) -> Result<(Option<NaiveDate>, Option<NaiveDate>), String> {
    let date = |s: &str, end: bool, what: &str| match s.trim() {
        "" => Ok(None),
        s => parse_date(s, end)
            .map(Some)
            .ok_or_else(|| format!("`{what}` date `{s}` is not YYYY[-MM[-DD]]")),
    };
    let (start, end) = (date(from, false, "from")?, date(to, true, "to")?);
    if let (Some(a), Some(b)) = (start, end) {
        if b < a {
            return Err(format!(
                "period ends ({}) before it starts ({})",
                to.trim(),
                from.trim()
            ));
        }
    }
    Ok((start, end))
}

/// True when two rows' periods share a day (an empty end is open).
fn overlap(a: &Metonym, b: &Metonym) -> bool {
    let start = a.from.max(b.from).unwrap_or(NaiveDate::MIN);
    let end = match (a.to, b.to) {
        (Some(x), Some(y)) => x.min(y),
        (x, y) => x.or(y).unwrap_or(NaiveDate::MAX),
    };
    start <= end
}

/// Rows of `metonyms` that share a surface form over overlapping
/// periods: one error per such row, at the later row, naming the earlier.
pub fn overlapping_metonyms(metonyms: &[Metonym]) -> Vec<DictError> {
    use std::collections::HashMap;
    let mut by_form: HashMap<String, Vec<usize>> = HashMap::new();
    let mut errors = Vec::new();
    for (i, m) in metonyms.iter().enumerate() {
        let mut reported = false;
        for form in &m.forms {
            let rows = by_form.entry(crate::model::form_key(form)).or_default();
            if rows.contains(&i) {
                continue;
            }
            let clash = rows.iter().map(|&j| &metonyms[j]).find(|o| overlap(o, m));
            if let (Some(other), false) = (clash, reported) {
                reported = true;
                errors.push(DictError::new(
                    &m.location.file,
                    m.location.line,
                    format!(
                        "`{form}` is also on line {} ({}) for an overlapping period; give the rows disjoint `from`/`to` dates",
                        other.location.line, other.code
                    ),
                ));
            }
            rows.push(i);
        }
    }
    errors
}

fn load_role(c: &[&str], location: Location, d: &mut Dictionaries) -> Result<(), String> {
    let name = required(c[0], "name")?;
    let from = parse_date(c[3].trim(), false)
        .ok_or_else(|| format!("`from` date `{}` is not YYYY[-MM[-DD]]", c[3]))?;
    let to = match c[4].trim() {
        "" => None,
        s => Some(parse_date(s, true).ok_or_else(|| format!("`to` date `{s}` is not YYYY[-MM[-DD]]"))?),
    };
    if to.is_some_and(|to| to < from) {
        return Err(format!(
            "role ends ({}) before it starts ({})",
            c[4].trim(),
            c[3].trim()
        ));
    }
    if from.year() < 1900 {
        return Err("role starts before 1900".into());
    }
    let role = Role {
        code: code_cell(c[2])?,
        from,
        to,
        title: c[5].trim().to_owned(),
        location,
    };
    let aliases = list(c[1]);
    match d.people.iter_mut().rev().find(|p| p.name == name) {
        Some(person) => {
            for alias in aliases {
                if !person.aliases.contains(&alias) {
                    person.aliases.push(alias);
                }
            }
            person.roles.push(role);
        }
        None => d.people.push(Person {
            name,
            aliases,
            roles: vec![role],
        }),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_cover_their_period() {
        assert_eq!(parse_date("2014", false), NaiveDate::from_ymd_opt(2014, 1, 1));
        assert_eq!(parse_date("2014", true), NaiveDate::from_ymd_opt(2014, 12, 31));
        assert_eq!(parse_date("2024-02", true), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(parse_date("2024-12", true), NaiveDate::from_ymd_opt(2024, 12, 31));
        assert_eq!(
            parse_date("2022-01-21", false),
            NaiveDate::from_ymd_opt(2022, 1, 21)
        );
        for bad in ["", "22-01-21", "2022-1-5", "2022-13", "2022-02-30", "soon"] {
            assert_eq!(parse_date(bad, false), None, "{bad}");
        }
    }

    #[test]
    fn codes_are_three_letter_blocks() {
        assert!(
            valid_code("USAGOV") && valid_code("IGOWSTNAT") && valid_code("EUR") && valid_code("IGOOPEC")
        );
        assert!(!valid_code("USAGO") && !valid_code("EURO"));
        assert!(!valid_code("US") && !valid_code("usagov") && !valid_code("USA GOV") && !valid_code(""));
    }
}
