//! The GDELT 2.0 event table: 61 tab-separated columns, no header.
//! docs/gdelt.md says how each column is filled; [`LAYOUT`] is the same
//! list in code: each column is either one of the export columns
//! ([`crate::columns::event`], written as in CSV) or GDELT's own cell.

use super::fips::COUNTRIES;
use super::writer::{write_all, EventWriter};
use crate::columns::{event, Column};
use crate::error::Result;
use crate::rows::EventRow;
use dyad_core::chrono::{Datelike, NaiveDate};
use std::io::Write;

/// What GDELT's cells are computed from: the event, its date, the GDELT
/// fields of both actor codes and the ActionGeo cells.
pub struct Row<'a> {
    /// The event.
    pub event: &'a EventRow,
    date: Option<NaiveDate>,
    source: ActorFields,
    target: ActorFields,
    geo: [String; 8],
}

impl<'a> Row<'a> {
    /// Prepares the event's derived fields once.
    pub fn new(event: &'a EventRow) -> Row<'a> {
        Row {
            event,
            date: event
                .date
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            source: actor_fields(&event.source_code),
            target: actor_fields(&event.target_code),
            geo: action_geo(event),
        }
    }
}

/// Where one GDELT column's cell comes from.
pub enum Cell {
    /// An export column, written as CSV writes it.
    Shared(Column<EventRow>),
    /// GDELT's own cell.
    Own(fn(&Row<'_>) -> String),
}

fn empty(_: &Row<'_>) -> String {
    String::new()
}

fn no_geo(_: &Row<'_>) -> String {
    "0".to_owned()
}

/// The event's date in `format`; empty when nothing dated it.
fn dated(r: &Row<'_>, format: &str) -> String {
    r.date.map_or_else(String::new, |d| d.format(format).to_string())
}

fn fraction(r: &Row<'_>) -> String {
    let Some(date) = r.date else {
        return String::new();
    };
    let days = if date.leap_year() { 366.0 } else { 365.0 };
    format!("{:.4}", f64::from(date.year()) + f64::from(date.ordinal()) / days)
}

/// The 61 columns in GDELT 2.0's order, each with its cell.
pub const LAYOUT: [(&str, Cell); 61] = [
    ("GLOBALEVENTID", Cell::Shared(event::GLOBAL_EVENT_ID)),
    ("SQLDATE", Cell::Own(|r| dated(r, "%Y%m%d"))),
    ("MonthYear", Cell::Own(|r| dated(r, "%Y%m"))),
    ("Year", Cell::Own(|r| dated(r, "%Y"))),
    ("FractionDate", Cell::Own(fraction)),
    ("Actor1Code", Cell::Shared(event::SOURCE_CODE)),
    ("Actor1Name", Cell::Own(|r| r.event.source_name.to_uppercase())),
    ("Actor1CountryCode", Cell::Own(|r| r.source.country.clone())),
    (
        "Actor1KnownGroupCode",
        Cell::Own(|r| r.source.known_group.clone()),
    ),
    ("Actor1EthnicCode", Cell::Own(empty)),
    ("Actor1Religion1Code", Cell::Own(empty)),
    ("Actor1Religion2Code", Cell::Own(empty)),
    ("Actor1Type1Code", Cell::Own(|r| r.source.types[0].clone())),
    ("Actor1Type2Code", Cell::Own(|r| r.source.types[1].clone())),
    ("Actor1Type3Code", Cell::Own(|r| r.source.types[2].clone())),
    ("Actor2Code", Cell::Shared(event::TARGET_CODE)),
    ("Actor2Name", Cell::Own(|r| r.event.target_name.to_uppercase())),
    ("Actor2CountryCode", Cell::Own(|r| r.target.country.clone())),
    (
        "Actor2KnownGroupCode",
        Cell::Own(|r| r.target.known_group.clone()),
    ),
    ("Actor2EthnicCode", Cell::Own(empty)),
    ("Actor2Religion1Code", Cell::Own(empty)),
    ("Actor2Religion2Code", Cell::Own(empty)),
    ("Actor2Type1Code", Cell::Own(|r| r.target.types[0].clone())),
    ("Actor2Type2Code", Cell::Own(|r| r.target.types[1].clone())),
    ("Actor2Type3Code", Cell::Own(|r| r.target.types[2].clone())),
    ("IsRootEvent", Cell::Shared(event::IS_ROOT)),
    ("EventCode", Cell::Shared(event::CAMEO)),
    (
        "EventBaseCode",
        Cell::Own(|r| r.event.cameo.get(..3).unwrap_or(&r.event.cameo).to_owned()),
    ),
    (
        "EventRootCode",
        Cell::Own(|r| r.event.cameo.get(..2).unwrap_or(&r.event.cameo).to_owned()),
    ),
    ("QuadClass", Cell::Shared(event::QUAD_CLASS)),
    (
        "GoldsteinScale",
        Cell::Own(|r| format!("{:.1}", r.event.goldstein)),
    ),
    ("NumMentions", Cell::Shared(event::NUM_MENTIONS)),
    ("NumSources", Cell::Shared(event::NUM_SOURCES)),
    ("NumArticles", Cell::Shared(event::NUM_ARTICLES)),
    // AvgTone: dyad has no tone model.
    ("AvgTone", Cell::Own(empty)),
    // dyad does not locate actors apart from the event.
    ("Actor1Geo_Type", Cell::Own(no_geo)),
    ("Actor1Geo_FullName", Cell::Own(empty)),
    ("Actor1Geo_CountryCode", Cell::Own(empty)),
    ("Actor1Geo_ADM1Code", Cell::Own(empty)),
    ("Actor1Geo_ADM2Code", Cell::Own(empty)),
    ("Actor1Geo_Lat", Cell::Own(empty)),
    ("Actor1Geo_Long", Cell::Own(empty)),
    ("Actor1Geo_FeatureID", Cell::Own(empty)),
    ("Actor2Geo_Type", Cell::Own(no_geo)),
    ("Actor2Geo_FullName", Cell::Own(empty)),
    ("Actor2Geo_CountryCode", Cell::Own(empty)),
    ("Actor2Geo_ADM1Code", Cell::Own(empty)),
    ("Actor2Geo_ADM2Code", Cell::Own(empty)),
    ("Actor2Geo_Lat", Cell::Own(empty)),
    ("Actor2Geo_Long", Cell::Own(empty)),
    ("Actor2Geo_FeatureID", Cell::Own(empty)),
    ("ActionGeo_Type", Cell::Own(|r| r.geo[0].clone())),
    ("ActionGeo_FullName", Cell::Own(|r| r.geo[1].clone())),
    ("ActionGeo_CountryCode", Cell::Own(|r| r.geo[2].clone())),
    ("ActionGeo_ADM1Code", Cell::Own(|r| r.geo[3].clone())),
    ("ActionGeo_ADM2Code", Cell::Own(|r| r.geo[4].clone())),
    ("ActionGeo_Lat", Cell::Own(|r| r.geo[5].clone())),
    ("ActionGeo_Long", Cell::Own(|r| r.geo[6].clone())),
    ("ActionGeo_FeatureID", Cell::Own(|r| r.geo[7].clone())),
    ("DATEADDED", Cell::Shared(event::DATE_ADDED)),
    ("SOURCEURL", Cell::Shared(event::SOURCE_URL)),
];

const fn names() -> [&'static str; 61] {
    let mut out = [""; 61];
    let mut i = 0;
    while i < 61 {
        out[i] = LAYOUT[i].0;
        i += 1;
    }
    out
}

/// The 61 column names, in GDELT 2.0's order.
pub const COLUMNS: [&str; 61] = names();

/// CAMEO actor type codes (role and sector blocks).
const TYPES: &[&str] = &[
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG",
    "INS", "INT", "IRC", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "PKO", "RAD",
    "REB", "REF", "SEP", "SET", "SPY", "UAF", "UIS",
];

/// CAMEO known-group blocks (organisations, movements).
const KNOWN_GROUPS: &[&str] = &[
    "AEU", "AFB", "ALQ", "APE", "ARL", "ASN", "BIS", "CEM", "CIS", "COE", "CWN", "EEC", "EUR", "FAO", "GCC",
    "HCH", "HEZ", "HMS", "HRW", "IAE", "ICC", "ICG", "ICJ", "ICO", "IDB", "IFR", "IGC", "ILO", "IMF", "IOM",
    "IPU", "ISA", "ITP", "LAS", "MSF", "NAT", "OAS", "OAU", "OIC", "OPC", "OSC", "PKK", "PLO", "SAD", "SCO",
    "TAL", "UNO", "WBK", "WCT", "WEF", "WHO", "WTO",
];

/// The fields GDELT derives from one actor code.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ActorFields {
    /// Country (first block, when it is not a type).
    pub country: String,
    /// First known-group block.
    pub known_group: String,
    /// Up to three type blocks.
    pub types: [String; 3],
}

/// Breaks a CAMEO actor code into GDELT's country, known group and types.
pub fn actor_fields(code: &str) -> ActorFields {
    let blocks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let mut out = ActorFields::default();
    let mut types = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        if TYPES.contains(block) {
            types.push(block.to_string());
        } else if KNOWN_GROUPS.contains(block) && out.known_group.is_empty() && i > 0 {
            out.known_group = block.to_string();
        } else if i == 0 {
            out.country = block.to_string();
        }
    }
    for (slot, t) in out.types.iter_mut().zip(types) {
        *slot = t;
    }
    out
}

fn fips(iso3: &str) -> Option<(&'static str, u64)> {
    COUNTRIES
        .binary_search_by(|(iso, _, _)| iso.cmp(&iso3))
        .ok()
        .map(|i| (COUNTRIES[i].1, COUNTRIES[i].2))
}

/// The 8 ActionGeo columns of an event (Type 0 and empty cells when it
/// has no place).
pub fn action_geo(e: &EventRow) -> [String; 8] {
    let (Some(name), Some(country)) = (&e.geo_name, &e.geo_country) else {
        return empty_geo();
    };
    let (fips_code, country_id) = fips(country).unwrap_or(("", 0));
    let id = e.geo_id.unwrap_or(0);
    let usa = country == "USA";
    let kind = if id != 0 && id as u64 == country_id {
        1
    } else if id == 0 || (usa && e.geo_admin1.is_none()) {
        if usa {
            2
        } else {
            5
        }
    } else if usa {
        3
    } else {
        4
    };
    // GDELT's ADM1 code is the FIPS country code and a short region code;
    // the gazetteer names regions instead, so only short codes are kept.
    let adm1 = e
        .geo_admin1
        .as_deref()
        .filter(|a| kind != 1 && a.len() <= 3 && a.chars().all(|c| c.is_ascii_alphanumeric()))
        .map_or_else(|| fips_code.to_owned(), |a| format!("{fips_code}{a}"));
    let feature = if kind == 1 {
        fips_code.to_owned()
    } else if id != 0 {
        id.to_string()
    } else {
        String::new()
    };
    [
        kind.to_string(),
        name.clone(),
        fips_code.to_owned(),
        adm1,
        String::new(),
        e.geo_lat.map_or_else(String::new, |v| format!("{v:.4}")),
        e.geo_lon.map_or_else(String::new, |v| format!("{v:.4}")),
        feature,
    ]
}

fn empty_geo() -> [String; 8] {
    let mut geo: [String; 8] = Default::default();
    geo[0] = "0".into();
    geo
}

/// The 61 cells of one event.
pub fn cells(e: &EventRow) -> Vec<String> {
    let row = Row::new(e);
    LAYOUT
        .iter()
        .map(|(_, cell)| match cell {
            Cell::Shared(column) => column.value(e).text().into_owned(),
            Cell::Own(own) => own(&row),
        })
        .collect()
}

/// Writes events as GDELT 2.0 event rows.
pub fn write_gdelt(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    write_all(&mut GdeltEvents(out), rows)
}

/// Events as GDELT 2.0 event rows. GDELT's layout has no mode column:
/// select the events with `Filter { counted: true, .. }` to write only
/// those CAMEO counts (what `dyad export --format gdelt` does by default).
pub struct GdeltEvents<W: Write>(pub W);

impl<W: Write> EventWriter for GdeltEvents<W> {
    fn event(&mut self, event: &EventRow) -> Result<()> {
        let line: Vec<String> = cells(event)
            .into_iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " "))
            .collect();
        writeln!(self.0, "{}", line.join("\t"))?;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        Ok(self.0.flush()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_codes_break_into_gdelt_fields() {
        let cases: &[(&str, &str, &str, [&str; 3])] = &[
            ("USA", "USA", "", ["", "", ""]),
            ("RUSGOV", "RUS", "", ["GOV", "", ""]),
            ("USAGOVMIL", "USA", "", ["GOV", "MIL", ""]),
            ("IGOWSTNAT", "", "NAT", ["IGO", "", ""]),
            ("COP", "", "", ["COP", "", ""]),
            ("", "", "", ["", "", ""]),
        ];
        for (code, country, group, types) in cases {
            let f = actor_fields(code);
            assert_eq!(f.country, *country, "{code}");
            assert_eq!(f.known_group, *group, "{code}");
            assert_eq!(f.types, types.map(String::from), "{code}");
        }
    }

    /// The shared test event, placed at `geo` (name, country, admin1,
    /// feature id) or nowhere.
    fn event(geo: Option<(&str, &str, Option<&str>, i64)>) -> EventRow {
        let mut e = crate::columns::tests::event_row(geo.is_some());
        e.geo_name = geo.map(|g| g.0.to_owned());
        e.geo_country = geo.map(|g| g.1.to_owned());
        e.geo_admin1 = geo.and_then(|g| g.2.map(str::to_owned));
        e.geo_id = geo.map(|g| g.3);
        e
    }

    /// (place, ActionGeo_Type, CountryCode, ADM1Code, FeatureID).
    #[test]
    fn action_geo_types_and_codes() {
        let cases = [
            (None, "0", "", "", ""),
            (Some(("Kyiv", "UKR", None, 703448)), "4", "UP", "UP", "703448"),
            (Some(("Ukraine", "UKR", None, 690791)), "1", "UP", "UP", "UP"),
            (
                Some(("Boston", "USA", Some("Massachusetts"), 4930956)),
                "3",
                "US",
                "US",
                "4930956",
            ),
            (
                Some(("Boston", "USA", Some("MA"), 4930956)),
                "3",
                "US",
                "USMA",
                "4930956",
            ),
            (Some(("Alaska", "USA", None, 5879092)), "2", "US", "US", "5879092"),
        ];
        for (geo, kind, country, adm1, feature) in cases {
            let g = action_geo(&event(geo));
            assert_eq!(
                (g[0].as_str(), g[2].as_str(), g[3].as_str(), g[7].as_str()),
                (kind, country, adm1, feature)
            );
        }
    }

    #[test]
    fn a_row_has_61_cells_in_gdelt_order() {
        let cells = cells(&event(None));
        assert_eq!(cells.len(), COLUMNS.len());
        let at = |name: &str| cells[COLUMNS.iter().position(|c| *c == name).unwrap()].as_str();
        assert_eq!(at("SQLDATE"), "20240301");
        assert_eq!(at("MonthYear"), "202403");
        assert_eq!(at("FractionDate"), "2024.1667");
        assert_eq!(at("Actor1Name"), "GERMANY");
        assert_eq!(at("EventCode"), "042");
        assert_eq!(at("EventBaseCode"), "042");
        assert_eq!(at("EventRootCode"), "04");
        assert_eq!(at("NumMentions"), "3");
        assert_eq!(at("IsRootEvent"), "1");
        assert_eq!(at("DATEADDED"), "20240301120000");
        assert_eq!(at("SOURCEURL"), "https://news.example/1");
        assert_eq!(at("GoldsteinScale"), "1.9");
        assert_eq!(at("Actor2Name"), "UKRAINE");
        assert_eq!(at("Actor1Geo_Type"), "0");
        assert_eq!(at("ActionGeo_Type"), "0");
    }

    /// A copy of GDELT 2.0's header names, to check [`LAYOUT`]'s order.
    #[test]
    fn the_layout_follows_gdelt_2s_column_order() {
        let expected = "GLOBALEVENTID SQLDATE MonthYear Year FractionDate \
            Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode \
            Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code \
            Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode \
            Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code \
            IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions \
            NumSources NumArticles AvgTone Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode \
            Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID \
            Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code \
            Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type \
            ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code \
            ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL";
        assert_eq!(COLUMNS.to_vec(), expected.split_whitespace().collect::<Vec<_>>());
    }
}
