//! The GDELT 2.0 event table: 61 tab-separated columns, no header.
//! docs/gdelt.md says how each column is filled.

use super::fips::COUNTRIES;
use super::EventWriter;
use crate::error::Result;
use crate::rows::EventRow;
use dyad_core::chrono::{Datelike, NaiveDate};
use std::io::Write;

/// The 61 columns, in GDELT 2.0's order.
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

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

fn actor_cells(code: &str, name: &str) -> [String; 10] {
    let f = actor_fields(code);
    let [t1, t2, t3] = f.types;
    [
        code.to_owned(),
        name.to_uppercase(),
        f.country,
        f.known_group,
        String::new(),
        String::new(),
        String::new(),
        t1,
        t2,
        t3,
    ]
}

/// The 61 cells of one event.
pub fn cells(e: &EventRow) -> Vec<String> {
    let date = NaiveDate::parse_from_str(&e.date, "%Y-%m-%d").unwrap_or_default();
    let days = if date.leap_year() { 366.0 } else { 365.0 };
    let fraction = f64::from(date.year()) + f64::from(date.ordinal()) / days;
    let mut out = Vec::with_capacity(61);
    out.push(e.global_event_id.to_string());
    out.push(date.format("%Y%m%d").to_string());
    out.push(date.format("%Y%m").to_string());
    out.push(date.year().to_string());
    out.push(format!("{fraction:.4}"));
    out.extend(actor_cells(&e.source_code, &e.source_name));
    out.extend(actor_cells(&e.target_code, &e.target_name));
    out.push(u8::from(e.is_root).to_string());
    out.push(e.cameo.clone());
    out.push(e.cameo.get(..3).unwrap_or(&e.cameo).to_owned());
    out.push(e.cameo.get(..2).unwrap_or(&e.cameo).to_owned());
    out.push(e.quad_class.to_string());
    out.push(format!("{:.1}", e.goldstein));
    out.push(e.num_mentions.to_string());
    out.push(e.num_sources.to_string());
    out.push(e.num_articles.to_string());
    out.push(String::new()); // AvgTone: dyad has no tone model.
    out.extend(empty_geo());
    out.extend(empty_geo());
    out.extend(action_geo(e));
    out.push(e.date_added.clone());
    out.push(e.source_url.clone());
    out
}

/// Writes events as GDELT 2.0 event rows.
pub fn write_gdelt(rows: &[EventRow], out: &mut dyn Write) -> Result<()> {
    super::write_all(&mut GdeltEvents(out), rows)
}

/// Events as GDELT 2.0 event rows.
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

    fn event(geo: Option<(&str, &str, Option<&str>, i64)>) -> EventRow {
        EventRow {
            global_event_id: 7,
            date: "2024-03-01".into(),
            source_code: "DEU".into(),
            source_name: "Germany".into(),
            target_code: "UKR".into(),
            target_name: "Ukraine".into(),
            cameo: "042".into(),
            goldstein: 1.9,
            quad_class: 1,
            is_root: true,
            num_mentions: 3,
            num_sources: 2,
            num_articles: 2,
            geo_name: geo.map(|g| g.0.to_owned()),
            geo_country: geo.map(|g| g.1.to_owned()),
            geo_admin1: geo.and_then(|g| g.2.map(str::to_owned)),
            geo_lat: geo.map(|_| 50.45),
            geo_lon: geo.map(|_| 30.52),
            geo_id: geo.map(|g| g.3),
            date_added: "20240301120000".into(),
            source_url: "https://news.example/1".into(),
            evidence: "Germany pledged aid".into(),
        }
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
    }
}
