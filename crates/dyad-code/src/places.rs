//! Places: every name of a country, region or city in the article,
//! geocoded offline with the gazetteer, preferring the article's countries.

use dyad_core::{Document, Place, Span};
use dyad_dict::places::PlaceIndex;

/// Fills `doc.places` from the place names and the geographic actors
/// (countries, capitals, cities) the actor resolver found. Run it after
/// actor resolution and before event coding.
///
/// ```
/// let mut doc = dyad_text::analyze_text("Envoys met in Geneva on Monday.");
/// dyad_code::actors::ActorResolver::embedded().resolve(&mut doc);
/// dyad_code::places::geocode(&mut doc);
/// assert_eq!(doc.places[0].name, "Geneva");
/// assert_eq!(doc.places[0].country, "CHE");
/// ```
pub fn geocode(doc: &mut Document) {
    let index = PlaceIndex::embedded();
    let prefer = article_countries(doc);
    let prefer: Vec<&str> = prefer.iter().map(String::as_str).collect();
    let geographic =
        |by: &str| by.starts_with("country:") || by.starts_with("capital:") || by.starts_with("metonym:");
    let mentions = doc
        .place_names
        .iter()
        .chain(doc.actors.iter().filter(|a| geographic(&a.resolved_by)));
    let mut places: Vec<Place> = Vec::new();
    for m in mentions {
        let text = m.span.slice(&doc.article.text);
        let Some(found) = index.best(text, &prefer).or_else(|| index.best(&m.name, &prefer)) else {
            continue;
        };
        if places.iter().any(|p| p.span == m.span) {
            continue;
        }
        places.push(Place {
            span: m.span,
            tokens: m.tokens.clone(),
            sentence: m.sentence,
            name: found.name.clone(),
            country: found.country.clone(),
            admin1: found.admin1.clone(),
            lat: found.lat,
            lon: found.lon,
            geonames_id: found.geonames_id,
        });
    }
    places.sort_by_key(|p| p.span.start);
    doc.places = places;
}

/// The article's countries, most named first, from its actors (a place
/// name would vote for its own most likely reading).
fn article_countries(doc: &Document) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for a in &doc.actors {
        let Some(country) = a.country.clone().or_else(|| a.code.get(..3).map(str::to_owned)) else {
            continue;
        };
        match counts.iter_mut().find(|(c, _)| *c == country) {
            Some((_, n)) => *n += 1,
            None => counts.push((country, 1)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts.into_iter().map(|(c, _)| c).collect()
}

/// The place a dateline names (`MOSCOW (Reuters) -`, `KYIV, Ukraine`),
/// geocoded.
pub fn dateline_place(doc: &Document) -> Option<Place> {
    let span: Span = doc.layout.dateline_place?;
    let text = span.slice(&doc.article.text);
    let first = text.split(',').next()?.trim();
    let prefer = article_countries(doc);
    let prefer: Vec<&str> = prefer.iter().map(String::as_str).collect();
    let found = PlaceIndex::embedded().best(first, &prefer)?;
    Some(Place {
        span,
        tokens: 0..0,
        sentence: usize::MAX,
        name: found.name.clone(),
        country: found.country.clone(),
        admin1: found.admin1.clone(),
        lat: found.lat,
        lon: found.lon,
        geonames_id: found.geonames_id,
    })
}
