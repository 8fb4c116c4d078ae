//! The line layer shared by actor and agent dictionaries: which lines carry content, with
//! comments, XML comments and TABARI's `<NOUN>`-style sections taken out.

use std::borrow::Cow;

use crate::error::DictError;

/// A line that carries dictionary content, with its comments removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ContentLine<'a> {
    /// 1-based line number in the file.
    pub number: usize,
    /// The content, comment-free, not trimmed.
    pub text: Cow<'a, str>,
}

/// Splits `text` into content lines. Skips blank lines, `#` comment lines, trailing `#` and
/// `;` comments (outside brackets), `<!-- … -->` comments (also over several lines), TABARI's
/// `<NOUN>…</NOUN>` and `<ADJECTIVE>…</ADJECTIVE>` word lists, and everything after a stop
/// marker (`---STOP---`, TABARI's `~~FINISH` trailer). Unterminated comments and sections are
/// reported.
pub(crate) fn content_lines<'a>(text: &'a str, file: &str) -> (Vec<ContentLine<'a>>, Vec<DictError>) {
    let mut reader = LineReader::default();
    let mut errors = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let raw = if index == 0 {
            raw.trim_start_matches('\u{feff}')
        } else {
            raw
        };
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if reader.read(number, raw) == Flow::Stop {
            break;
        }
    }
    if let Some(start) = reader.open_xml_comment {
        errors.push(DictError::new(
            file,
            start,
            "'<!--' comment is never closed with '-->'",
        ));
    }
    if let Some((start, tag)) = &reader.open_section {
        errors.push(DictError::new(
            file,
            *start,
            format!("section <{tag}> is never closed with </{tag}>"),
        ));
    }
    (reader.lines, errors)
}

/// Whether to keep reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Continue,
    Stop,
}

/// The state carried from line to line.
#[derive(Default)]
struct LineReader<'a> {
    lines: Vec<ContentLine<'a>>,
    /// Line where a still-open `<!--` started.
    open_xml_comment: Option<usize>,
    /// Line and tag name of a still-open skipped section.
    open_section: Option<(usize, String)>,
}

impl<'a> LineReader<'a> {
    fn read(&mut self, number: usize, raw: &'a str) -> Flow {
        let Some(line) = self.remove_xml_comments(number, raw) else {
            return Flow::Continue;
        };
        let trimmed = line.trim();
        if let Some(tag) = section_tag(trimmed) {
            self.toggle_section(number, tag);
            return Flow::Continue;
        }
        if self.open_section.is_some() {
            return Flow::Continue;
        }
        if is_stop_marker(trimmed) {
            return Flow::Stop;
        }
        let content = strip_trailing_comment(line);
        if !content.trim().is_empty() {
            self.lines.push(ContentLine {
                number,
                text: content,
            });
        }
        Flow::Continue
    }

    /// Removes `<!-- … -->` parts; `None` when the whole line is inside a comment.
    fn remove_xml_comments(&mut self, number: usize, raw: &'a str) -> Option<Cow<'a, str>> {
        let mut line = Cow::Borrowed(raw);
        if self.open_xml_comment.is_some() {
            let end = line.find("-->")?;
            self.open_xml_comment = None;
            line = cut(line, 0, end + 3);
        }
        while let Some(start) = line.find("<!--") {
            match line[start..].find("-->") {
                Some(len) => line = cut(line, start, start + len + 3),
                None => {
                    self.open_xml_comment = Some(number);
                    line = cut(line, start, usize::MAX);
                    break;
                }
            }
        }
        Some(line)
    }

    fn toggle_section(&mut self, number: usize, tag: SectionTag<'_>) {
        match tag {
            SectionTag::Open(name) if self.open_section.is_none() => {
                self.open_section = Some((number, name.to_owned()));
            }
            SectionTag::Close(name) => {
                if self.open_section.as_ref().is_some_and(|(_, open)| open == name) {
                    self.open_section = None;
                }
            }
            SectionTag::Open(_) => {}
        }
    }
}

/// `line` without the bytes `start..end` (`end` clamped to the length).
fn cut(line: Cow<'_, str>, start: usize, end: usize) -> Cow<'_, str> {
    let end = end.min(line.len());
    if start == 0 && end == line.len() {
        return Cow::Borrowed("");
    }
    let mut kept = String::with_capacity(line.len());
    kept.push_str(&line[..start]);
    kept.push_str(&line[end..]);
    Cow::Owned(kept)
}

/// A TABARI section tag line: `<NOUN>` or `</NOUN>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SectionTag<'a> {
    Open(&'a str),
    Close(&'a str),
}

fn section_tag(trimmed: &str) -> Option<SectionTag<'_>> {
    let inner = trimmed.strip_prefix('<')?.strip_suffix('>')?;
    let (closing, name) = match inner.strip_prefix('/') {
        Some(name) => (true, name),
        None => (false, inner),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(if closing {
        SectionTag::Close(name)
    } else {
        SectionTag::Open(name)
    })
}

/// PETRARCH stops at `---STOP---`; TABARI writes a `~~FINISH …` trailer when it saves.
fn is_stop_marker(trimmed: &str) -> bool {
    trimmed.contains("---STOP---") || trimmed.starts_with("~~FINISH")
}

/// The line up to the first `#` or `;` that is not inside `[…]` (TABARI writes `[###]`).
fn strip_trailing_comment(line: Cow<'_, str>) -> Cow<'_, str> {
    let mut depth = 0usize;
    for (at, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' | ';' if depth == 0 => return cut(line, at, usize::MAX),
            _ => {}
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(usize, String)> {
        let (lines, _) = content_lines(text, "t");
        lines
            .into_iter()
            .map(|l| (l.number, l.text.into_owned()))
            .collect()
    }

    #[test]
    fn comments_sections_and_stop_markers_are_skipped() {
        let text = "# top\r\nA [X] ; note\n<NOUN>\nWORD\n</NOUN>\n<!-- one\ntwo -->B\n[###] # c\n~~FINISH\nC";
        assert_eq!(
            texts(text),
            vec![
                (2, "A [X] ".to_owned()),
                (7, "B".to_owned()),
                (8, "[###] ".to_owned())
            ]
        );
    }

    #[test]
    fn unterminated_comment_is_reported() {
        let (_, errors) = content_lines("A\n<!-- open\nB", "f");
        assert_eq!(
            errors[0].to_string(),
            "f:2: '<!--' comment is never closed with '-->'"
        );
    }
}
