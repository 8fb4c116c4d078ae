//! HTML pages: headline, publication time, body paragraphs and captions.
//!
//! The article text dyad builds from a page is its headline, then each
//! paragraph and caption in page order, one block each, separated by a
//! blank line; the layout is taken from the markup, not guessed.

use super::types::ReadArticle;
use crate::layout::{is_boilerplate, is_credit};
use dyad_core::{Article, Caption, Layout, Origin, Published, Span};
use scraper::{ElementRef, Html, Selector};

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector is valid")
}

/// Reads one HTML page.
pub fn read_html(page: &str, name: &str) -> ReadArticle {
    let doc = Html::parse_document(page);
    let meta = PageMeta::read(&doc);
    let mut builder = TextBuilder::default();
    if let Some(title) = &meta.title {
        builder.layout.headline = Some(builder.push(title));
    }
    for el in body_elements(&doc) {
        let text = element_text(&el);
        if text.is_empty() {
            continue;
        }
        let is_caption = el.value().name() == "figcaption";
        let span = builder.push(&text);
        let layout = &mut builder.layout;
        if is_boilerplate(&text) {
            layout.boilerplate.push(span);
        } else if is_credit(&text) {
            layout.credits.push(span);
        } else if is_caption {
            layout.captions.push(Caption {
                span,
                text: span,
                repeat: None,
            });
        } else {
            layout.paragraphs.push(span);
        }
    }
    let article = Article {
        id: name.to_owned(),
        url: meta.url,
        source: meta.site,
        title: meta.title,
        published: meta.published,
        text: builder.text,
        origin: Origin {
            input: name.to_owned(),
            line: None,
        },
    };
    ReadArticle {
        article,
        layout: Some(builder.layout),
    }
}

/// Paragraphs and captions of the article body, in page order, outside
/// navigation, headers, footers, asides and forms.
fn body_elements(doc: &Html) -> Vec<ElementRef<'_>> {
    let scope = ["article", "main", "body"]
        .iter()
        .find_map(|s| doc.select(&selector(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let blocks = selector("p, figcaption, li.caption");
    scope
        .select(&blocks)
        .filter(|el| {
            let inside_caption = el.value().name() == "p"
                && el
                    .ancestors()
                    .filter_map(ElementRef::wrap)
                    .any(|a| a.value().name() == "figcaption");
            !inside_caption
                && !el.ancestors().filter_map(ElementRef::wrap).any(|a| {
                    matches!(
                        a.value().name(),
                        "nav" | "footer" | "aside" | "header" | "form" | "script" | "style"
                    )
                })
        })
        .collect()
}

fn element_text(el: &ElementRef<'_>) -> String {
    let mut out = String::new();
    for piece in el.text() {
        for word in piece.split_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(word);
        }
        if piece.ends_with(char::is_whitespace) && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

#[derive(Default)]
struct TextBuilder {
    text: String,
    layout: Layout,
}

impl TextBuilder {
    fn push(&mut self, block: &str) -> Span {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(block);
        Span::new(start, self.text.len())
    }
}

/// What the page's head says about the article.
#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    published: Option<Published>,
    url: Option<String>,
    site: Option<String>,
}

impl PageMeta {
    fn read(doc: &Html) -> PageMeta {
        let json_ld = json_ld(doc);
        let ld = |key: &str| json_ld.iter().find_map(|v| find_string(v, key));
        let h1 = doc
            .select(&selector("h1"))
            .next()
            .map(|e| element_text(&e))
            .filter(|t| !t.is_empty());
        let title_tag = doc.select(&selector("title")).next().map(|e| element_text(&e));
        let title = meta(doc, &["og:title", "twitter:title"])
            .or(ld("headline"))
            .or(h1)
            .or(title_tag);
        let published = meta(
            doc,
            &[
                "article:published_time",
                "datePublished",
                "pubdate",
                "publishdate",
                "date",
                "dc.date",
                "dc.date.issued",
                "parsely-pub-date",
                "sailthru.date",
            ],
        )
        .or(ld("datePublished"))
        .or_else(|| attr(doc, "time[datetime]", "datetime"))
        .and_then(|s| Published::parse_iso(&s));
        let url = attr(doc, "link[rel=canonical]", "href").or_else(|| meta(doc, &["og:url"]));
        let site = meta(doc, &["og:site_name"]);
        PageMeta {
            title,
            published,
            url,
            site,
        }
    }
}

fn meta(doc: &Html, names: &[&str]) -> Option<String> {
    let metas = selector("meta");
    for name in names {
        for el in doc.select(&metas) {
            let v = el.value();
            let key = v.attr("property").or(v.attr("name")).or(v.attr("itemprop"));
            if key.is_some_and(|k| k.eq_ignore_ascii_case(name)) {
                if let Some(content) = v.attr("content").map(str::trim).filter(|c| !c.is_empty()) {
                    return Some(content.to_owned());
                }
            }
        }
    }
    None
}

fn attr(doc: &Html, css: &str, name: &str) -> Option<String> {
    doc.select(&selector(css))
        .find_map(|e| e.value().attr(name).map(str::to_owned))
}

fn json_ld(doc: &Html) -> Vec<serde_json::Value> {
    doc.select(&selector(r#"script[type="application/ld+json"]"#))
        .filter_map(|e| serde_json::from_str(&e.text().collect::<String>()).ok())
        .collect()
}

fn find_string(v: &serde_json::Value, key: &str) -> Option<String> {
    match v {
        serde_json::Value::Object(map) => map
            .get(key)
            .and_then(|x| x.as_str().map(str::to_owned))
            .or_else(|| map.values().find_map(|x| find_string(x, key))),
        serde_json::Value::Array(items) => items.iter().find_map(|x| find_string(x, key)),
        _ => None,
    }
}
