//! Places: every name of a country, region or city in the article,
//! geocoded offline with the gazetteer, preferring the article's countries.

use dyad_core::{Document, Place, Rule, Span};
use dyad_dict::places::PlaceIndex;

/// Fills `doc.places` from the place names and the geographic actors
/// (countries, capitals, cities) the actor resolver found, and
/// `doc.dateline_place` from the dateline. Run it after actor resolution
/// and before event coding.
///
/// ```
/// let resolver = dyad_code::actors::ActorResolver::builtin();
/// let mut doc = dyad_text::analyze_text("Envoys met in Geneva on Monday.");
/// resolver.resolve(&mut doc);
/// dyad_code::places::geocode(&mut doc, resolver.places());
/// assert_eq!(doc.places[0].name, "Geneva");
/// assert_eq!(doc.places[0].country, "CHE");
/// ```
pub fn geocode(doc: &mut Document, index: &PlaceIndex) {
    let prefer = article_countries(doc);
    let prefer: Vec<&str> = prefer.iter().map(String::as_str).collect();
    // A region (`Africa`, `the Balkans`) is no point on the map, whatever
    // town the gazetteer knows by that name.
    let mut mentions: Vec<&dyad_core::Actor> = doc
        .place_names
        .iter()
        .filter(|a| a.resolved_by.rule != Rule::Region)
        .chain(doc.actors.iter().filter(|a| a.resolved_by.rule.names_a_place()))
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    let settled = settled_countries(doc, &mentions);
    let mut places: Vec<Place> = Vec::new();
    for m in mentions {
        let text = m.span.slice(&doc.article.text);
        let Some(found) = resolve(index, text, &m.name, &prefer, &settled) else {
            continue;
        };
        if places.iter().any(|p| p.span == m.span) {
            continue;
        }
        places.push(place_at(found, m.span, m.tokens.clone(), m.sentence));
    }
    places.sort_by_key(|p| p.span.start);
    doc.places = places;
    doc.dateline_place = dateline_place(doc, index);
}

/// A gazetteer entry as a place named at `span`.
fn place_at(
    found: &dyad_dict::places::Place,
    span: Span,
    tokens: std::ops::Range<usize>,
    sentence: usize,
) -> Place {
    Place {
        span,
        tokens,
        sentence,
        name: found.name.clone(),
        country: found.country.clone(),
        admin1: found.admin1.clone(),
        lat: found.lat,
        lon: found.lon,
        geonames_id: found.geonames_id,
    }
}

/// `Geneva, Switzerland`: a name followed by a comma and a country settles
/// that name's country for the whole article.
fn settled_countries(doc: &Document, mentions: &[&dyad_core::Actor]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for pair in mentions.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let between = doc
            .article
            .text
            .get(a.span.end as usize..b.span.start as usize)
            .unwrap_or("");
        let is_country = b.resolved_by.rule == Rule::Country || b.code.len() == 3;
        if between.trim() == "," && is_country && a.code.len() >= 3 {
            out.push((
                a.span.slice(&doc.article.text).to_lowercase(),
                b.code[..3].to_owned(),
            ));
        }
    }
    out
}

/// The place a mention names: in the country the article settled for the
/// name, else the gazetteer's best reading for the article's countries; a
/// small town in a preferred country loses to a namesake five times larger
/// (`Geneva` in an article about U.S. diplomacy is Switzerland's).
fn resolve<'i>(
    index: &'i PlaceIndex,
    text: &str,
    name: &str,
    prefer: &[&str],
    settled: &[(String, String)],
) -> Option<&'i dyad_dict::places::Place> {
    let lower = text.to_lowercase();
    if let Some((_, country)) = settled.iter().find(|(n, _)| *n == lower) {
        let ids = if index.lookup(text).is_empty() {
            index.lookup(name)
        } else {
            index.lookup(text)
        };
        let in_country = ids
            .iter()
            .map(|&id| index.get(id))
            .filter(|p| p.country == *country)
            .max_by_key(|p| p.population);
        if in_country.is_some() {
            return in_country;
        }
    }
    index.likely(text, prefer).or_else(|| index.likely(name, prefer))
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
fn dateline_place(doc: &Document, index: &PlaceIndex) -> Option<Place> {
    let span: Span = doc.layout.dateline_place?;
    let text = span.slice(&doc.article.text);
    let first = text.split(',').next()?.trim();
    let prefer = article_countries(doc);
    let prefer: Vec<&str> = prefer.iter().map(String::as_str).collect();
    let found = index.best(first, &prefer)?;
    Some(place_at(found, span, 0..0, usize::MAX))
}
