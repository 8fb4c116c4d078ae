//! The embedded gazetteer: lookups and disambiguation on names news uses.

use dyad_dict::places::{PlaceIndex, PlaceKind};

/// One expectation for [`PlaceIndex::best`].
struct Case {
    /// The name looked up.
    name: &'static str,
    /// The article's countries.
    prefer: &'static [&'static str],
    /// Expected country (alpha-3).
    country: &'static str,
    /// Expected kind.
    kind: PlaceKind,
    /// Expected approximate latitude, if checked.
    lat: Option<f64>,
}

const fn case(
    name: &'static str,
    prefer: &'static [&'static str],
    country: &'static str,
    kind: PlaceKind,
    lat: Option<f64>,
) -> Case {
    Case {
        name,
        prefer,
        country,
        kind,
        lat,
    }
}

use PlaceKind::{Admin1, City, Country, Region};

const CASES: &[Case] = &[
    case("Kyiv", &[], "UKR", City, Some(50.45)),
    case("Kiev", &[], "UKR", City, Some(50.45)),
    case("KIEV", &[], "UKR", City, Some(50.45)),
    case("kyiv", &["RUS"], "UKR", City, Some(50.45)),
    case("Geneva", &[], "CHE", City, Some(46.2)),
    case("Paris", &[], "FRA", City, Some(48.85)),
    case("Paris", &["USA"], "USA", City, Some(33.66)),
    case("Tripoli", &[], "LBY", City, Some(32.89)),
    case("Tripoli", &["LBN"], "LBN", City, Some(34.43)),
    case("Georgia", &[], "GEO", Country, None),
    case("Georgia", &["USA"], "USA", Admin1, None),
    case("Georgia", &["GEO", "USA"], "GEO", Country, None),
    case("Crimea", &[], "UKR", Region, Some(45.3)),
    case("Crimea", &["RUS"], "UKR", Region, Some(45.3)),
    case("Kharkiv", &[], "UKR", City, Some(49.98)),
    case("Kharkov", &[], "UKR", City, Some(49.98)),
    case("Odessa", &[], "UKR", City, Some(46.49)),
    case("Odessa", &["USA"], "USA", City, None),
    case("Bombay", &[], "IND", City, Some(19.07)),
    case("Mumbai", &[], "IND", City, Some(19.07)),
    case("New York", &[], "USA", City, Some(40.71)),
    case("Washington", &[], "USA", City, Some(38.9)),
    case("Washington State", &[], "USA", Admin1, None),
    case("Gaza", &[], "PSE", Region, None),
    case("Gaza City", &[], "PSE", City, None),
    case("West Bank", &[], "PSE", Region, None),
    case("Idlib", &[], "SYR", Region, None),
    case("Darfur", &[], "SDN", Region, None),
    case("Nagorno-Karabakh", &[], "AZE", Region, None),
    case("Burma", &[], "MMR", Country, None),
    case("UK", &[], "GBR", Country, None),
    case("Kosovo", &[], "KSV", Country, None),
    case("Sao Paulo", &[], "BRA", City, Some(-23.55)),
    case("Cologne", &[], "DEU", City, Some(50.93)),
    case("Albany", &[], "USA", City, None),
    case("Albania", &[], "ALB", Country, None),
];

#[test]
fn best_resolves_news_names() {
    let index = PlaceIndex::builtin();
    let mut failures = Vec::new();
    for c in CASES {
        match index.best(c.name, c.prefer) {
            None => failures.push(format!("{} {:?}: no place", c.name, c.prefer)),
            Some(p) => {
                let lat_ok = c.lat.is_none_or(|lat| (p.lat - lat).abs() < 0.1);
                if p.country != c.country || p.kind != c.kind || !lat_ok {
                    failures.push(format!(
                        "{} {:?}: got {} {} {} ({}, {}), want {} {} {:?}",
                        c.name, c.prefer, p.name, p.kind, p.country, p.lat, p.lon, c.country, c.kind, c.lat
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_names_find_nothing() {
    let index = PlaceIndex::builtin();
    for name in ["Xyzzyville", "", "   ", "Kyiv Kyiv", "Narnia"] {
        assert!(index.lookup(name).is_empty(), "{name}");
        assert!(index.best(name, &["USA"]).is_none(), "{name}");
    }
}

#[test]
fn embedded_file_is_clean_and_complete() {
    let index = PlaceIndex::builtin();
    assert_eq!(index.malformed_rows(), 0);
    let count = |kind| index.places().iter().filter(|p| p.kind == kind).count();
    assert!(count(Country) >= 250, "countries: {}", count(Country));
    assert_eq!(count(Admin1), 51);
    assert!(count(Region) >= 17, "regions: {}", count(Region));
    assert!(count(City) > 30_000, "cities: {}", count(City));
    // GeoNames' cities15000 also carries capitals smaller than that (The Valley, Vaduz, ...).
    let small = index
        .places()
        .iter()
        .filter(|p| p.kind == City && p.population < 15_000)
        .count();
    assert!(small < 200, "{small} cities under 15,000 people");
    for p in index.places() {
        assert_eq!(p.country.len(), 3, "{}", p.name);
    }
}

#[test]
fn lookup_is_case_insensitive_and_get_round_trips() {
    let index = PlaceIndex::builtin();
    let ids = index.lookup("tripoli");
    assert!(ids.len() >= 2);
    assert_eq!(ids, index.lookup("TRIPOLI"));
    let countries: Vec<&str> = ids.iter().map(|&id| index.get(id).country.as_str()).collect();
    assert!(
        countries.contains(&"LBY") && countries.contains(&"LBN"),
        "{countries:?}"
    );
    // Only cities carry an admin1 name, and only US cities have one.
    let paris_tx = index.best("Paris", &["USA"]).unwrap();
    assert_eq!(paris_tx.admin1.as_deref(), Some("Texas"));
    assert_eq!(index.best("Paris", &[]).unwrap().admin1, None);
}
