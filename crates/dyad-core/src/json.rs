//! The JSON form of a document (`dyad analyze` output, schema 1).
//!
//! The shape is documented in `docs/schema.md`. Every span is a
//! `[start, end)` pair of byte offsets into `text`.

use crate::{Caption, Document, Sentence, Span, Zone};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

/// Version of the JSON schema; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A borrowed view of a document that serializes to schema 1.
pub struct DocumentJson<'a>(pub &'a Document);

/// A token with its tags, when the document was parsed.
struct TokenJson<'a> {
    text: &'a str,
    span: Span,
    tags: Option<&'a crate::TokenTags>,
}

impl Serialize for TokenJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let n = if self.tags.is_some() { 7 } else { 2 };
        let mut map = ser.serialize_struct("Token", n)?;
        map.serialize_field("text", self.text)?;
        map.serialize_field("span", &self.span)?;
        if let Some(t) = self.tags {
            map.serialize_field("upos", t.upos.as_str())?;
            map.serialize_field("xpos", t.xpos)?;
            map.serialize_field("lemma", &t.lemma)?;
            map.serialize_field("head", &t.head.map_or(-1, i64::from))?;
            map.serialize_field("deprel", t.deprel.as_str())?;
        }
        map.end()
    }
}

struct ActorJson<'a>(&'a str, &'a crate::Actor);

impl Serialize for ActorJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let ActorJson(text, a) = self;
        let mut map = ser.serialize_struct("Actor", 8)?;
        map.serialize_field("text", a.span.slice(text))?;
        map.serialize_field("span", &a.span)?;
        map.serialize_field("code", &a.code)?;
        map.serialize_field("name", &a.name)?;
        map.serialize_field("country", &a.country)?;
        map.serialize_field("sector", &a.sector)?;
        map.serialize_field("sentence", &a.sentence)?;
        map.serialize_field("resolved_by", &a.resolved_by.to_string())?;
        map.end()
    }
}

/// One event of a document, serialized as `dyad code` prints it (and as
/// `dyad analyze` lists it under `events`).
pub struct EventJson<'a> {
    /// The document the event is in.
    pub doc: &'a Document,
    /// Index into `doc.events`.
    pub index: usize,
}

struct EventActorJson<'a>(&'a str, &'a crate::EventActor);

impl Serialize for EventActorJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let EventActorJson(text, a) = self;
        let mut map = ser.serialize_struct("EventActor", 4)?;
        map.serialize_field("text", a.span.slice(text))?;
        map.serialize_field("code", &a.code)?;
        map.serialize_field("name", &a.name)?;
        map.serialize_field("span", &a.span)?;
        map.end()
    }
}

struct PlaceJson<'a>(&'a str, &'a crate::Place);

impl Serialize for PlaceJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let PlaceJson(text, p) = self;
        let mut map = ser.serialize_struct("Place", 9)?;
        map.serialize_field("text", p.span.slice(text))?;
        map.serialize_field("span", &p.span)?;
        map.serialize_field("name", &p.name)?;
        map.serialize_field("country", &p.country)?;
        map.serialize_field("admin1", &p.admin1)?;
        map.serialize_field("lat", &p.lat)?;
        map.serialize_field("lon", &p.lon)?;
        map.serialize_field("geonames_id", &p.geonames_id)?;
        map.serialize_field("sentence", &p.sentence)?;
        map.end()
    }
}

struct TimeJson<'a>(&'a str, &'a crate::TimeExpr);

impl Serialize for TimeJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let TimeJson(text, t) = self;
        let mut map = ser.serialize_struct("Time", 5)?;
        map.serialize_field("text", t.span.slice(text))?;
        map.serialize_field("span", &t.span)?;
        map.serialize_field("type", t.kind)?;
        map.serialize_field("value", &t.value)?;
        map.serialize_field("sentence", &t.sentence)?;
        map.end()
    }
}

struct QuoteJson<'a>(&'a str, &'a crate::Quote);

impl Serialize for QuoteJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let QuoteJson(text, q) = self;
        let mut map = ser.serialize_struct("Quote", 6)?;
        map.serialize_field("text", q.span.slice(text))?;
        map.serialize_field("span", &q.span)?;
        map.serialize_field("kind", &q.kind)?;
        map.serialize_field("cue", &q.cue.map(|c| c.slice(text)))?;
        map.serialize_field("cue_span", &q.cue)?;
        map.serialize_field("speaker", &q.speaker.as_ref().map(|s| SpeakerJson(text, s)))?;
        map.end()
    }
}

struct SpeakerJson<'a>(&'a str, &'a crate::QuoteSpeaker);

impl Serialize for SpeakerJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let SpeakerJson(text, s) = self;
        let mut map = ser.serialize_struct("Speaker", 4)?;
        map.serialize_field("text", &s.name)?;
        map.serialize_field("code", &s.code)?;
        map.serialize_field("span", &s.span)?;
        map.serialize_field("words", s.span.slice(text))?;
        map.end()
    }
}

struct PloverJson<'a>(&'a crate::Event);

impl Serialize for PloverJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut map = ser.serialize_struct("Plover", 2)?;
        map.serialize_field("type", &self.0.plover_type)?;
        map.serialize_field("mode", &self.0.plover_mode)?;
        map.end()
    }
}

impl Serialize for EventJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let text = self.doc.article.text.as_str();
        let e = &self.doc.events[self.index];
        let mut map = ser.serialize_struct("Event", 20)?;
        map.serialize_field("article", &self.doc.article.id)?;
        map.serialize_field("id", &format!("{}#{}", self.doc.article.id, self.index + 1))?;
        map.serialize_field("date", &e.date_iso())?;
        map.serialize_field("date_precision", &e.date_precision)?;
        map.serialize_field("date_evidence", &spanned(text, e.date_evidence))?;
        map.serialize_field("source", &EventActorJson(text, &e.source))?;
        map.serialize_field("target", &e.target.as_ref().map(|t| EventActorJson(text, t)))?;
        map.serialize_field("cameo", &e.cameo)?;
        map.serialize_field("root", &e.cameo[..2])?;
        map.serialize_field("goldstein", &e.goldstein)?;
        map.serialize_field("quad_class", &e.quad_class)?;
        map.serialize_field("plover", &PloverJson(e))?;
        map.serialize_field("mode", &e.mode)?;
        map.serialize_field("location", &e.location.as_ref().map(|p| PlaceJson(text, p)))?;
        map.serialize_field("sentence", &e.sentence)?;
        map.serialize_field("span", &e.span)?;
        map.serialize_field("text", e.span.slice(text))?;
        map.serialize_field("trigger", e.trigger.slice(text))?;
        map.serialize_field("trigger_span", &e.trigger)?;
        map.serialize_field("rule", &e.rule)?;
        map.end()
    }
}

/// A span with the text it covers.
struct Spanned<'a> {
    text: &'a str,
    span: Span,
}

impl Serialize for Spanned<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut map = ser.serialize_struct("Spanned", 2)?;
        map.serialize_field("text", self.text)?;
        map.serialize_field("span", &self.span)?;
        map.end()
    }
}

struct SpanOnly(Span);

impl Serialize for SpanOnly {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut map = ser.serialize_map(Some(1))?;
        map.serialize_entry("span", &self.0)?;
        map.end()
    }
}

struct CaptionJson<'a>(&'a str, &'a Caption);

impl Serialize for CaptionJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let CaptionJson(text, c) = self;
        let mut map = ser.serialize_struct("Caption", 4)?;
        map.serialize_field("text", c.text.slice(text))?;
        map.serialize_field("span", &c.text)?;
        map.serialize_field("line_span", &c.span)?;
        map.serialize_field("repeat_span", &c.repeat)?;
        map.end()
    }
}

struct SentenceJson<'a>(&'a Document, &'a Sentence);

impl Serialize for SentenceJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let SentenceJson(doc, sentence) = self;
        let text = &doc.article.text;
        let tags = doc.sentence_tags(sentence);
        let tokens = doc
            .sentence_tokens(sentence)
            .iter()
            .enumerate()
            .map(|(i, t)| TokenJson {
                text: t.span.slice(text),
                span: t.span,
                tags: tags.get(i),
            });
        let mut map = ser.serialize_struct("Sentence", 3)?;
        map.serialize_field("span", &sentence.span)?;
        map.serialize_field("zone", &sentence.zone)?;
        map.serialize_field("tokens", &Seq(std::cell::Cell::new(Some(tokens))))?;
        map.end()
    }
}

/// Serializes an iterator once, as a JSON array.
struct Seq<I>(std::cell::Cell<Option<I>>);

impl<I: Iterator<Item = T>, T: Serialize> Serialize for Seq<I> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(items) => ser.collect_seq(items),
            None => ser.collect_seq(std::iter::empty::<T>()),
        }
    }
}

fn seq<I: Iterator<Item = T>, T: Serialize>(items: I) -> Seq<I> {
    Seq(std::cell::Cell::new(Some(items)))
}

fn spanned(text: &str, span: Option<Span>) -> Option<Spanned<'_>> {
    span.map(|span| Spanned {
        text: span.slice(text),
        span,
    })
}

impl Serialize for DocumentJson<'_> {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let doc = self.0;
        let (article, layout) = (&doc.article, &doc.layout);
        let text = article.text.as_str();
        let mut map = ser.serialize_struct("Document", 24)?;
        map.serialize_field("schema", &SCHEMA_VERSION)?;
        map.serialize_field("id", &article.id)?;
        map.serialize_field("input", &article.origin.to_string())?;
        map.serialize_field("url", &article.url)?;
        map.serialize_field("source", &article.source)?;
        map.serialize_field("headline", &doc.headline())?;
        map.serialize_field("headline_span", &layout.headline)?;
        let sub = layout.subheadline.map(|s| s.slice(text));
        map.serialize_field("subheadline", &sub)?;
        map.serialize_field("subheadline_span", &layout.subheadline)?;
        map.serialize_field("published", &doc.published())?;
        map.serialize_field("dateline", &spanned(text, layout.dateline))?;
        map.serialize_field("dateline_place", &spanned(text, layout.dateline_place))?;
        map.serialize_field("byline", &spanned(text, layout.byline))?;
        map.serialize_field("text", text)?;
        let paragraphs = layout.paragraphs.iter().map(|s| SpanOnly(*s));
        map.serialize_field("paragraphs", &seq(paragraphs))?;
        let captions = layout.captions.iter().map(|c| CaptionJson(text, c));
        map.serialize_field("captions", &seq(captions))?;
        let credits = layout.credits.iter().map(|s| spanned(text, Some(*s)));
        map.serialize_field("credits", &seq(credits))?;
        let boilerplate = layout.boilerplate.iter().map(|s| spanned(text, Some(*s)));
        map.serialize_field("boilerplate", &seq(boilerplate))?;
        let sentences = doc.sentences.iter().map(|s| SentenceJson(doc, s));
        map.serialize_field("sentences", &seq(sentences))?;
        let actors = doc.actors.iter().map(|a| ActorJson(text, a));
        map.serialize_field("actors", &seq(actors))?;
        let events = (0..doc.events.len()).map(|index| EventJson { doc, index });
        map.serialize_field("events", &seq(events))?;
        let places = doc.places.iter().map(|p| PlaceJson(text, p));
        map.serialize_field("places", &seq(places))?;
        let times = doc.times.iter().map(|t| TimeJson(text, t));
        map.serialize_field("times", &seq(times))?;
        let quotes = doc.quotes.iter().map(|q| QuoteJson(text, q));
        map.serialize_field("quotes", &seq(quotes))?;
        map.end()
    }
}

/// Zones serialize in snake case: `headline`, `subheadline`, `body`.
pub fn zone_name(zone: Zone) -> &'static str {
    match zone {
        Zone::Headline => "headline",
        Zone::Subheadline => "subheadline",
        Zone::Body => "body",
    }
}
