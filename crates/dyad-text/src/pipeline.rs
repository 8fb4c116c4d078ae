//! From an article to a document: layout, then sentences and tokens of
//! the headline, subheadline and body.

use crate::read::ReadArticle;
use crate::{detect_layout, NewsSplitter, NewsTokenizer, SentenceSplitter, Tokenizer};
use dyad_core::{Article, Document, Sentence, Span, Zone};
use std::ops::Range;

/// The text stages, each a small trait object so that any can be swapped.
pub struct TextPipeline {
    /// Cuts blocks into tokens.
    pub tokenizer: Box<dyn Tokenizer + Send + Sync>,
    /// Groups tokens into sentences.
    pub splitter: Box<dyn SentenceSplitter + Send + Sync>,
}

impl Default for TextPipeline {
    fn default() -> Self {
        TextPipeline {
            tokenizer: Box::new(NewsTokenizer),
            splitter: Box::new(NewsSplitter),
        }
    }
}

impl TextPipeline {
    /// Finds the layout (unless the reader gave it), then the sentences
    /// and tokens of every headline, subheadline and body block.
    pub fn run(&self, read: ReadArticle) -> Document {
        let ReadArticle { mut article, layout } = read;
        if layout.is_none() {
            title_into_text(&mut article);
        }
        let layout = layout.unwrap_or_else(|| detect_layout(&article.text, article.title.as_deref()));
        let mut doc = Document {
            article,
            layout,
            ..Document::default()
        };
        let mut blocks: Vec<(Span, Zone)> = Vec::new();
        blocks.extend(doc.layout.headline.map(|s| (s, Zone::Headline)));
        blocks.extend(doc.layout.subheadline.map(|s| (s, Zone::Subheadline)));
        blocks.extend(doc.layout.paragraphs.iter().map(|s| (*s, Zone::Body)));
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for (span, zone) in blocks {
            let first = doc.tokens.len();
            self.tokenizer.tokenize(&doc.article.text, span, &mut doc.tokens);
            ranges.clear();
            self.splitter
                .split(&doc.article.text, &doc.tokens[first..], &mut ranges);
            for r in &ranges {
                let tokens = first + r.start..first + r.end;
                let span = Span::new(
                    doc.tokens[tokens.start].span.start as usize,
                    doc.tokens[tokens.end - 1].span.end as usize,
                );
                doc.sentences.push(Sentence { span, zone, tokens });
            }
        }
        doc
    }
}

/// A title the container gave (JSONL `title`, HTML `<title>`) that the
/// text does not open with becomes the text's first line, so that the
/// headline is split, tagged and coded like the rest: every span then
/// indexes the text as dyad stores it (`text` in `dyad analyze`'s JSON).
fn title_into_text(article: &mut Article) {
    let Some(title) = article.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return;
    };
    let opening = article.text.trim_start().lines().next().unwrap_or("");
    if crate::layout::same_words(opening, title) {
        return;
    }
    article.text = format!("{title}\n\n{}", article.text);
}

/// Analyses one article with the default stages.
pub fn analyze(read: ReadArticle) -> Document {
    TextPipeline::default().run(read)
}

/// Analyses a plain-text article given as a string.
pub fn analyze_text(text: &str) -> Document {
    analyze(ReadArticle {
        article: Article {
            id: "text".into(),
            text: text.into(),
            ..Article::default()
        },
        layout: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_title(title: &str, text: &str) -> Document {
        analyze(ReadArticle {
            article: Article {
                id: "t".into(),
                title: Some(title.into()),
                text: text.into(),
                ..Article::default()
            },
            layout: None,
        })
    }

    #[test]
    fn a_title_missing_from_the_text_becomes_its_headline() {
        let doc = with_title("Chile Recalls Envoy", "Chile recalled its envoy on Monday.");
        let headline = doc
            .sentences
            .iter()
            .find(|s| s.zone == Zone::Headline)
            .expect("headline");
        assert_eq!(headline.span.slice(&doc.article.text), "Chile Recalls Envoy");
        assert_eq!(doc.sentences.iter().filter(|s| s.zone == Zone::Body).count(), 1);
    }

    #[test]
    fn a_title_the_text_repeats_is_not_added_twice() {
        let doc = with_title(
            "Chile Recalls Envoy",
            "Chile Recalls Envoy\n\nChile recalled its envoy on Monday.",
        );
        assert!(doc
            .article
            .text
            .starts_with("Chile Recalls Envoy\n\nChile recalled"));
        assert_eq!(
            doc.sentences.iter().filter(|s| s.zone == Zone::Headline).count(),
            1
        );
    }
}
