//! Finding the parts of an article page in plain text: headline,
//! subheadline, dateline, byline, body paragraphs, photo captions,
//! credits and page boilerplate.

mod furniture;

use crate::dateline::parse_dateline;
use dyad_core::{Caption, Layout, Span};
pub use furniture::{agency_dateline, caption_marker, is_boilerplate, is_credit, opens_link_list};

/// A non-blank line, trimmed, and the block (run of lines between blank
/// lines) it belongs to.
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
    block: usize,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut block = 0;
    let mut start = 0;
    let mut blank_run = false;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len())) {
        let span = Span::new(start, end).trim(text);
        if span.is_empty() {
            blank_run = true;
        } else {
            if blank_run && !out.is_empty() {
                block += 1;
            }
            blank_run = false;
            out.push(Line { span, block });
        }
        start = end + 1;
    }
    out
}

/// Finds the layout of an article's text.
///
/// `title` is the headline its container gave (JSONL, HTML), if any: then
/// the first line is the headline only when it repeats that title.
///
/// ```
/// use dyad_text::detect_layout;
/// let text = "Talks stall in Vienna\n\nMarch 4, 2024\n\nDiplomats met on Monday.\n\nRelated Topics";
/// let layout = detect_layout(text, None);
/// assert_eq!(layout.headline.unwrap().slice(text), "Talks stall in Vienna");
/// assert_eq!(layout.published.unwrap().to_string(), "2024-03-04");
/// assert_eq!(layout.paragraphs.len(), 1);
/// assert_eq!(layout.boilerplate[0].slice(text), "Related Topics");
/// ```
pub fn detect_layout(text: &str, title: Option<&str>) -> Layout {
    let lines = lines(text);
    let mut layout = Layout::default();
    let mut next = 0;
    if let Some(first) = lines.first() {
        let s = first.span.slice(text);
        let is_headline = match title {
            Some(t) => same_words(s, t),
            // A wire dateline alone on its line (`NAIROBI, Kenya (AP) _`)
            // is no headline.
            None => {
                looks_like_headline(s, &lines)
                    && agency_dateline(text, first.span).is_none_or(|(d, _)| d.end < first.span.end)
            }
        };
        if is_headline {
            layout.headline = Some(first.span);
            next = 1;
        }
    }
    next = front_matter(text, &lines, next, &mut layout);
    body(text, &lines[next..], &mut layout);
    layout
}

/// True when `a` and `b` have the same words, whatever the spacing.
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

fn looks_like_headline(s: &str, lines: &[Line]) -> bool {
    let alone = lines.get(1).is_none_or(|l| l.block != lines[0].block);
    s.len() <= 250 && alone && !s.ends_with(['.', ',', ';', ':'])
}

fn is_byline(s: &str) -> bool {
    let rest = s.strip_prefix("By ").or_else(|| s.strip_prefix("BY "));
    rest.is_some_and(|r| s.len() <= 120 && r.starts_with(|c: char| c.is_uppercase()))
}

/// Reads subheadline, dateline and byline after the headline; returns the
/// index of the first body line.
fn front_matter(text: &str, lines: &[Line], start: usize, layout: &mut Layout) -> usize {
    let mut candidate_sub = None;
    let mut body_from = start;
    for (k, line) in lines.iter().enumerate().skip(start).take(5) {
        let s = line.span.slice(text);
        if let Some(published) = parse_dateline(s) {
            layout.dateline = Some(line.span);
            layout.published = Some(published);
        } else if is_byline(s) {
            layout.byline = Some(line.span);
        } else if k == start && layout.headline.is_some() && s.len() <= 300 {
            candidate_sub = Some(line.span);
            continue;
        } else {
            break;
        }
        body_from = k + 1;
        if let Some(sub) = candidate_sub.take() {
            layout.subheadline = Some(sub);
        }
    }
    body_from
}

/// Sorts body lines into paragraphs, captions, credits and boilerplate.
fn body(text: &str, lines: &[Line], layout: &mut Layout) {
    let mut paragraph: Option<(Span, usize)> = None;
    let mut caption_block = None;
    let mut in_link_list = false;
    for line in lines {
        let s = line.span.slice(text);
        if in_link_list || is_boilerplate(s) {
            in_link_list |= opens_link_list(s);
            flush(&mut paragraph, text, layout);
            layout.boilerplate.push(line.span);
            continue;
        }
        if let Some(marker) = caption_marker(s) {
            flush(&mut paragraph, text, layout);
            let words = Span::new(line.span.start as usize + marker, line.span.end as usize).trim(text);
            if is_credit(words.slice(text)) {
                layout.credits.push(words);
            } else {
                layout.captions.push(Caption {
                    span: line.span,
                    text: words,
                    repeat: None,
                });
                caption_block = Some(line.block);
            }
            continue;
        }
        if caption_block == Some(line.block) {
            let caption = layout.captions.last_mut().expect("caption block has a caption");
            if caption.repeat.is_none() && same_words(caption.text.slice(text), s) {
                caption.repeat = Some(line.span);
                continue;
            }
            if is_credit(s) || (s.len() <= 100 && !s.ends_with(['.', '?', '!', '"', '”'])) {
                layout.credits.push(line.span);
                continue;
            }
        }
        caption_block = None;
        if is_credit(s) {
            flush(&mut paragraph, text, layout);
            layout.credits.push(line.span);
            continue;
        }
        paragraph = match paragraph {
            Some((span, block)) if block == line.block => {
                Some((Span::new(span.start as usize, line.span.end as usize), block))
            }
            other => {
                let mut previous = other;
                flush(&mut previous, text, layout);
                Some((line.span, line.block))
            }
        };
    }
    flush(&mut paragraph, text, layout);
}

/// Ends the current paragraph; the first one may open with an agency
/// dateline (`MOSCOW (Reuters) -`), which is split off.
fn flush(paragraph: &mut Option<(Span, usize)>, text: &str, layout: &mut Layout) {
    let Some((mut span, _)) = paragraph.take() else {
        return;
    };
    if layout.paragraphs.is_empty() && layout.dateline_place.is_none() {
        if let Some((dateline, place)) = agency_dateline(text, span) {
            layout.dateline.get_or_insert(dateline);
            layout.dateline_place = Some(place);
            span = Span::new(dateline.end as usize, span.end as usize).trim(text);
            if span.is_empty() {
                return;
            }
        }
    }
    layout.paragraphs.push(span);
}
