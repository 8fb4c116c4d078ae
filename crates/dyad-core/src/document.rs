//! A document: an article with the layout, sentences and tokens found in it.

use crate::{Article, Deprel, Provenance, Published, Span, Upos};
use serde::Serialize;
use std::ops::Range;

/// The parts of an article page, as byte spans into its text.
///
/// Captions, credits and boilerplate are kept but never mixed into
/// `paragraphs`, which hold the body only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// The headline, when it is part of the text.
    pub headline: Option<Span>,
    /// A standfirst line between headline and dateline.
    pub subheadline: Option<Span>,
    /// The dateline (`January 21, 2022, 9:21 AM`, `MOSCOW (Reuters) -`).
    pub dateline: Option<Span>,
    /// The place a `PLACE (Agency) -` dateline names.
    pub dateline_place: Option<Span>,
    /// A byline (`By Jane Doe`).
    pub byline: Option<Span>,
    /// Publication time read from the dateline.
    pub published: Option<Published>,
    /// Body paragraphs.
    pub paragraphs: Vec<Span>,
    /// Photo captions.
    pub captions: Vec<Caption>,
    /// Photo and video credits (`Jane Doe/AFP via Getty Images`).
    pub credits: Vec<Span>,
    /// Page furniture (`Related Topics`, share and advertisement lines).
    pub boilerplate: Vec<Span>,
}

/// A photo caption: the marked line and the repeat of it that pages print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caption {
    /// The whole caption line, marker included (`PHOTO: …`).
    pub span: Span,
    /// The caption's own words, without the marker.
    pub text: Span,
    /// The line repeating the caption right after it, if any.
    pub repeat: Option<Span>,
}

/// Which part of the article a sentence comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// The headline.
    Headline,
    /// The subheadline.
    Subheadline,
    /// A body paragraph.
    Body,
}

/// A token: a byte span into the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
}

/// What the tagger, lemmatizer and parser say about one token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenTags {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag (`NN`, `VBD`, `NNP`…).
    pub xpos: &'static str,
    /// Lemma (`met` → `meet`).
    pub lemma: String,
    /// Index of the head token within the sentence; `None` for the root.
    pub head: Option<u32>,
    /// Universal Dependencies relation to the head.
    pub deprel: Deprel,
}

/// An actor mention: who the text names, as a CAMEO code valid on the
/// article's date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// The words of the mention.
    pub span: Span,
    /// Index range into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// CAMEO actor code (`RUSGOV`, `IGOWSTNAT`).
    pub code: String,
    /// Canonical name (`Sergei Lavrov`, `Russia`, `NATO`).
    pub name: String,
    /// Country block of the code (`RUS`), when it has one.
    pub country: Option<String>,
    /// Agent (sector) blocks of the code (`GOV`), when it has them.
    pub sector: Option<String>,
    /// The rule and dictionary entry that decided (`person:people/rus.tsv:12`).
    pub resolved_by: Provenance,
}

/// A time expression, normalised against the dateline (TIMEX3 style).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// The words of the expression.
    pub span: Span,
    /// Index range into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index of the sentence.
    pub sentence: usize,
    /// TIMEX3 type (`DATE`).
    pub kind: &'static str,
    /// TIMEX3 value: `2022-01-21`, `2022-W04`, `2021-12`, `2014`.
    pub value: String,
}

/// A place named in the text, geocoded offline.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The words naming it.
    pub span: Span,
    /// Index range into [`Document::tokens`].
    pub tokens: Range<usize>,
    /// Index of the sentence.
    pub sentence: usize,
    /// The gazetteer's name (`Kyiv`).
    pub name: String,
    /// ISO 3166-1 alpha-3 code of its country.
    pub country: String,
    /// First-level region, where known.
    pub admin1: Option<String>,
    /// Latitude in degrees.
    pub lat: f64,
    /// Longitude in degrees.
    pub lon: f64,
    /// GeoNames id; 0 for regions written by hand.
    pub geonames_id: u64,
}

/// One side of an event: the actor's words and code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventActor {
    /// The actor's words.
    pub span: Span,
    /// CAMEO actor code.
    pub code: String,
    /// Canonical name.
    pub name: String,
}

/// How sure the text is that an event happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Said to have happened, or happening.
    Asserted,
    /// Announced, planned, promised or threatened: an intent.
    Intended,
    /// Might happen (`may`, `could`, `might`).
    Possible,
    /// Depends on a condition (`if`, `unless`, `contingent on`).
    Conditional,
    /// Asked about or wondered (`whether`, questions).
    Hypothetical,
    /// Said not to have happened, or denied.
    Negated,
}

impl Mode {
    /// The mode's name in output (`asserted`, `negated`).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Asserted => "asserted",
            Mode::Intended => "intended",
            Mode::Possible => "possible",
            Mode::Conditional => "conditional",
            Mode::Hypothetical => "hypothetical",
            Mode::Negated => "negated",
        }
    }
}

/// How precise an event's date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// A day.
    Day,
    /// An ISO week; the date is its Monday.
    Week,
    /// A month; the date is its first day.
    Month,
    /// A year; the date is 1 January.
    Year,
    /// Nothing dates the event: no absolute time expression, and no
    /// publication or default date to resolve a relative one against; the
    /// date is `None`.
    Unknown,
}

impl DatePrecision {
    /// The precision's name in output (`day`, `year`).
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Unknown => "unknown",
        }
    }
}

/// A coded event: who did what to whom, when, and the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Who acted.
    pub source: EventActor,
    /// Who was acted on, if anyone.
    pub target: Option<EventActor>,
    /// CAMEO event code (`042`, `1123`).
    pub cameo: String,
    /// Goldstein score of the code.
    pub goldstein: f32,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// PLOVER event type, if PLOVER maps the code.
    pub plover_type: Option<String>,
    /// PLOVER mode, if any.
    pub plover_mode: Option<String>,
    /// Modality of the clause.
    pub mode: Mode,
    /// The event's own date (first day of its period); `None` when nothing
    /// dates it (precision [`DatePrecision::Unknown`]): dyad never invents
    /// a date.
    pub date: Option<chrono::NaiveDate>,
    /// Which period `date` stands for.
    pub date_precision: DatePrecision,
    /// The words that dated it, if a time expression did.
    pub date_evidence: Option<Span>,
    /// Where it happened: the place in its clause, else the dateline's.
    pub location: Option<Place>,
    /// Index of the sentence.
    pub sentence: usize,
    /// The evidence: from the first to the last word of the event.
    pub span: Span,
    /// The trigger word.
    pub trigger: Span,
    /// The lexicon entry that fired (`verbs/04.tsv:12`).
    pub rule: String,
}

impl Event {
    /// The event's date as `YYYY-MM-DD` (first day of its period), if it
    /// has one.
    pub fn date_iso(&self) -> Option<String> {
        self.date.map(|d| d.format("%Y-%m-%d").to_string())
    }
}

/// How a quote renders what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech without quotation marks (`said that …`).
    Indirect,
    /// Reported speech with quoted words inside it.
    Mixed,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpeaker {
    /// The words naming the speaker where the quote is attributed (for a
    /// quote standing alone, the mention of the quote before).
    pub span: Span,
    /// The speaker's fullest name: the resolved actor's name, else the
    /// fullest name the article used (`Blinken`, `he` → `Antony Blinken`).
    pub name: String,
    /// CAMEO code of the speaker's actor, when resolved.
    pub code: Option<String>,
}

/// A quote: what was said, how, and by whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The content, without the quotation marks.
    pub span: Span,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The speech verb (`said`, `told`, `according`), when one attributes it.
    pub cue: Option<Span>,
    /// The speaker, when found.
    pub speaker: Option<QuoteSpeaker>,
}

/// A sentence: its span, its zone and the range of its tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first byte of the first token to the end of the last.
    pub span: Span,
    /// The part of the article it comes from.
    pub zone: Zone,
    /// Index range into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// An article with everything dyad found in it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// The article as read.
    pub article: Article,
    /// Its layout.
    pub layout: Layout,
    /// All tokens of all sentences, in text order.
    pub tokens: Vec<Token>,
    /// Tags and dependencies, parallel to `tokens`; empty when the
    /// document was not parsed.
    pub tags: Vec<TokenTags>,
    /// Sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Actor mentions, in text order; empty before actor resolution.
    pub actors: Vec<Actor>,
    /// Coded events, in text order; empty before event coding.
    pub events: Vec<Event>,
    /// Names used as places (`in Crimea`), coded by the country they lie
    /// in: event targets, not actors.
    pub place_names: Vec<Actor>,
    /// Places named in the text, geocoded.
    pub places: Vec<Place>,
    /// The place the dateline names (`MOSCOW (Reuters) -`), geocoded.
    pub dateline_place: Option<Place>,
    /// Time expressions, normalised.
    pub times: Vec<TimeExpr>,
    /// Quotes and reported speech, in text order.
    pub quotes: Vec<Quote>,
}

impl Document {
    /// The headline: from the text when the layout found one, else the
    /// container's title.
    pub fn headline(&self) -> Option<&str> {
        match self.layout.headline {
            Some(span) => Some(span.slice(&self.article.text)),
            None => self.article.title.as_deref(),
        }
    }

    /// The publication time: the container's, else the dateline's.
    pub fn published(&self) -> Option<Published> {
        self.article.published.or(self.layout.published)
    }

    /// The tags of one sentence's tokens; empty when not parsed.
    pub fn sentence_tags(&self, sentence: &Sentence) -> &[TokenTags] {
        self.tags.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.tokens.clone()]
    }

    /// Replaces `out` with the words (token texts) of one sentence.
    pub fn sentence_words_into<'a>(&'a self, sentence: &Sentence, out: &mut Vec<&'a str>) {
        out.clear();
        out.extend(
            self.sentence_tokens(sentence)
                .iter()
                .map(|t| t.span.slice(&self.article.text)),
        );
    }
}
