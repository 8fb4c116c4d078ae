//! A small TimeML reader: the plain text of the `TEXT` element (tags
//! stripped, entities decoded), its TIMEX3 expressions with byte offsets
//! into that text, and the document creation time (DCT).

use dyad_core::Span;

/// A TIMEX3 of a TimeML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Its words, as byte offsets into [`TimeMl::text`].
    pub span: Span,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TIMEX3 value.
    pub value: String,
}

/// A TimeML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeMl {
    /// The content of `TEXT`, without tags.
    pub text: String,
    /// The value of the creation-time TIMEX3 (`1998-01-08`), when there is one.
    pub dct: Option<String>,
    /// The TIMEX3s inside `TEXT` (never the DCT).
    pub timexes: Vec<GoldTimex>,
}

/// Why a TimeML document could not be read.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum TimeMlError {
    /// No `<TEXT>…</TEXT>` element.
    #[error("no TEXT element")]
    NoText,
    /// A tag opened with `<` never closes.
    #[error("unclosed tag at byte {0}")]
    UnclosedTag(usize),
}

/// The value of attribute `name` in the inside of a tag (`TIMEX3 tid="t1" …`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Appends `raw` to `out` with the XML entities decoded.
fn push_decoded(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let tail = &rest[amp..];
        let entity = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&apos;", '\''),
        ]
        .into_iter()
        .find(|(e, _)| tail.starts_with(e));
        match entity {
            Some((e, c)) => {
                out.push(c);
                rest = &tail[e.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
}

/// Reads a TimeML document.
///
/// ```
/// let tml = r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2022-01-21" functionInDocument="CREATION_TIME">today</TIMEX3></DCT>
/// <TEXT>Talks ended <TIMEX3 tid="t1" type="DATE" value="2022-01-20">yesterday</TIMEX3> &amp; more.</TEXT></TimeML>"#;
/// let doc = dyad_code::times::timeml::read_timeml(tml).unwrap();
/// assert_eq!(doc.text, "Talks ended yesterday & more.");
/// assert_eq!(doc.dct.as_deref(), Some("2022-01-21"));
/// assert_eq!(doc.timexes[0].span.slice(&doc.text), "yesterday");
/// ```
pub fn read_timeml(xml: &str) -> Result<TimeMl, TimeMlError> {
    let dct = xml.find("functionInDocument=\"CREATION_TIME\"").and_then(|at| {
        let open = xml[..at].rfind('<')?;
        let close = at + xml[at..].find('>')?;
        attribute(&xml[open..close], "value").map(str::to_string)
    });
    let start = xml.find("<TEXT>").ok_or(TimeMlError::NoText)? + "<TEXT>".len();
    let end = start + xml[start..].find("</TEXT>").ok_or(TimeMlError::NoText)?;
    let body = &xml[start..end];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Vec<(usize, String, String)> = Vec::new();
    let mut at = 0;
    while let Some(lt) = body[at..].find('<') {
        push_decoded(&mut text, &body[at..at + lt]);
        let tag_start = at + lt + 1;
        let gt = body[tag_start..]
            .find('>')
            .ok_or(TimeMlError::UnclosedTag(start + tag_start))?;
        let tag = &body[tag_start..tag_start + gt];
        if tag.starts_with("TIMEX3") {
            let kind = attribute(tag, "type").unwrap_or("DATE").to_string();
            let value = attribute(tag, "value").unwrap_or("").to_string();
            open.push((text.len(), kind, value));
        } else if tag == "/TIMEX3" {
            if let Some((from, kind, value)) = open.pop() {
                timexes.push(GoldTimex {
                    span: Span::new(from, text.len()),
                    kind,
                    value,
                });
            }
        }
        at = tag_start + gt + 1;
    }
    push_decoded(&mut text, &body[at..]);
    Ok(TimeMl { text, dct, timexes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_offsets_and_dct() {
        type Row<'a> = (&'a str, Result<(&'a str, &'a [&'a str]), TimeMlError>);
        let rows: &[Row] = &[
            (
                r#"<DCT><TIMEX3 value="2001-02-03" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>A <EVENT>b</EVENT> <TIMEX3 type="DURATION" value="P2D">two days</TIMEX3>.</TEXT>"#,
                Ok(("A b two days.", &["two days"])),
            ),
            ("<TEXT>a &lt;b&gt; &amp c</TEXT>", Ok(("a <b> &amp c", &[]))),
            ("<DOC>no text</DOC>", Err(TimeMlError::NoText)),
            ("<TEXT>a <TIMEX3 b</TEXT>", Err(TimeMlError::UnclosedTag(9))),
        ];
        for (xml, want) in rows {
            let got = read_timeml(xml).map(|d| {
                let spans: Vec<String> = d
                    .timexes
                    .iter()
                    .map(|t| t.span.slice(&d.text).to_string())
                    .collect();
                (d.text, spans)
            });
            let want = want
                .clone()
                .map(|(t, s)| (t.to_string(), s.iter().map(|x| x.to_string()).collect::<Vec<_>>()));
            assert_eq!(got, want, "{xml}");
        }
    }
}
