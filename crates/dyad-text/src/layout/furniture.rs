//! Page furniture: caption markers, photo credits, boilerplate lines and
//! agency datelines.

use dyad_core::Span;

/// Lines that are page furniture when they stand alone.
const BOILERPLATE_LINES: &[&str] = &[
    "related topics",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "related",
    "advertisement",
    "ad",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "read more",
    "top stories",
    "recommended",
    "sponsored",
    "sponsored content",
    "trending",
    "most read",
    "most popular",
    "skip to main content",
    "back to top",
    "continue reading",
    "abc news live",
    "listen to this article",
    "copy link",
    "link copied",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "reddit",
    "newsletter",
    "sign up",
    "subscribe",
    "log in",
    "close",
    "menu",
    "up next",
    "you may also like",
    "read next",
    "more from abc news",
    "more stories",
    "latest news",
    "more on this story",
    "around the web",
    "story continues below advertisement",
];

/// Line openings that mark page furniture.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "sign up for ",
    "subscribe to ",
    "follow us ",
    "click here",
    "copyright ",
    "©",
    "all rights reserved",
    "more from ",
    "read more:",
    "related:",
    "see also:",
    "also read:",
    "this material may not be published",
    "share this ",
    "advertisement -",
    "watch live",
    "download the ",
    "get the latest",
];

/// Lines after which every line is furniture (topic and link lists).
const LINK_LIST_OPENERS: &[&str] = &[
    "related topics",
    "related articles",
    "related stories",
    "related coverage",
    "more from ",
    "you may also like",
    "read next",
    "more stories",
    "more on this story",
    "around the web",
];

/// Text that marks a photo or video credit.
const CREDIT_MARKERS: &[&str] = &[
    "getty images",
    "via reuters",
    "via ap",
    "ap photo",
    "/ap",
    "/afp",
    "afp/",
    "afp via",
    "/reuters",
    "reuters/",
    "epa-efe",
    "/epa",
    "bloomberg via",
    "/bloomberg",
    "shutterstock",
    "photo by ",
    "photograph:",
    "credit:",
    "image:",
    "©",
    "sputnik/",
    "/sputnik",
    "tass/",
    "/tass",
    "/sipa",
    "sipa usa",
    "anadolu agency",
    "nurphoto",
    "xinhua/",
    "/xinhua",
    "pool/",
    "/pool",
    "pool photo",
    "handout",
    "courtesy of",
    "abc news photo illustration",
    "contributed to this report",
    "/ap photo",
    "reporting by ",
    "editing by ",
    "writing by ",
    "compiled by ",
];

fn normalise(s: &str) -> String {
    s.trim().trim_end_matches([':', '.']).to_lowercase()
}

/// True when the whole line is page furniture.
pub fn is_boilerplate(s: &str) -> bool {
    if s.len() > 160 {
        return false;
    }
    let n = normalise(s);
    BOILERPLATE_LINES.contains(&n.as_str()) || BOILERPLATE_PREFIXES.iter().any(|p| n.starts_with(p))
}

/// True when every line after this one is a link or topic list.
pub fn opens_link_list(s: &str) -> bool {
    let n = normalise(s);
    LINK_LIST_OPENERS
        .iter()
        .any(|p| n == p.trim_end() || n.starts_with(p))
}

/// True when the line is a photo, video or reporting credit.
pub fn is_credit(s: &str) -> bool {
    if s.len() > 140 {
        return false;
    }
    let n = s.to_lowercase();
    let marked = CREDIT_MARKERS.iter().any(|m| n.contains(m));
    let sentence_like = n.ends_with(['.', '?', '!', '"', '”']) && !n.contains("contributed to this report");
    marked && !sentence_like
}

/// If the line opens with a caption marker (`PHOTO:`, `IMAGE:`,
/// `VIDEO:`, `Caption:`), the byte length of the marker.
pub fn caption_marker(s: &str) -> Option<usize> {
    for marker in [
        "PHOTO:",
        "Photo:",
        "IMAGE:",
        "Image:",
        "VIDEO:",
        "Video:",
        "Caption:",
        "CAPTION:",
        "PICTURED:",
        "Pictured:",
    ] {
        if s.starts_with(marker) && s.len() > marker.len() {
            return Some(marker.len());
        }
    }
    None
}

/// An agency dateline opening a paragraph: `MOSCOW (Reuters) -`,
/// `KYIV, Ukraine (AP) —`, `WASHINGTON --`, and the wire styles of the
/// 1990s `ISTANBUL, Turkey (AP)_`, `NAIROBI, Kenya (AP) _` (alone on its
/// line), `INDEPENDENCE, Mo. _`, `JOHANNESBURG, August 7 (Xinhua) --`.
/// Returns the dateline's span (separator included) and the place's span.
pub fn agency_dateline(text: &str, paragraph: Span) -> Option<(Span, Span)> {
    let s = paragraph.slice(text);
    let head = &s[..floor_boundary(s, 100)];
    let (dash_at, dash_len) = separator(head)?;
    let prefix = s[..dash_at].trim_end();
    let place_end = prefix.find('(').unwrap_or(prefix.len());
    let place = prefix[..place_end].trim_end().trim_end_matches(',');
    if !is_dateline_place(place) {
        return None;
    }
    // What stands in brackets is an agency (`(AP)`), nothing more.
    if place_end < prefix.len() && !prefix.ends_with(')') {
        return None;
    }
    let base = paragraph.start as usize;
    let dateline = Span::new(base, base + dash_at + dash_len).trim(text);
    Some((dateline, Span::new(base, base + place.len())))
}

/// The first dateline separator of `head`: a dash (`—`, `–`, `--`, ` - `)
/// or the wire underscore (`_` after a space or `)`, before a space or the
/// end). Returns its byte offset and length.
fn separator(head: &str) -> Option<(usize, usize)> {
    let bytes = head.as_bytes();
    let spaced = |at: usize, len: usize| {
        let before = at.checked_sub(1).map(|b| bytes[b]);
        let after = bytes.get(at + len).copied();
        matches!(before, Some(b' ' | b')')) && after.is_none_or(|a| a.is_ascii_whitespace())
    };
    let mut found: Vec<(usize, usize)> = ["—", "–", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|p| (p, d.len())))
        .collect();
    found.extend(head.find("--").map(|p| (p, 2)));
    found.extend(
        head.match_indices('_')
            .map(|(p, _)| p)
            .find(|&p| spaced(p, 1))
            .map(|p| (p, 1)),
    );
    found.into_iter().min()
}

fn floor_boundary(s: &str, mut at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `MOSCOW`, `KYIV, Ukraine`, `NEW YORK, Jan 21`: an all-capitals first
/// word, then capitalised words or numbers.
fn is_dateline_place(place: &str) -> bool {
    let mut words = place.split([' ', ',']).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 2 && first.chars().all(|c| !c.is_lowercase());
    all_caps
        && place.len() <= 60
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_datelines() {
        for (para, dateline, place) in [
            (
                "MOSCOW (Reuters) - Russia said on Monday.",
                "MOSCOW (Reuters) -",
                "MOSCOW",
            ),
            (
                "KYIV, Ukraine (AP) — Air raid sirens sounded.",
                "KYIV, Ukraine (AP) —",
                "KYIV, Ukraine",
            ),
            ("WASHINGTON -- The Senate voted.", "WASHINGTON --", "WASHINGTON"),
            (
                "ISTANBUL, Turkey (AP)_ Some 500 people marched.",
                "ISTANBUL, Turkey (AP)_",
                "ISTANBUL, Turkey",
            ),
            ("NAIROBI, Kenya (AP) _", "NAIROBI, Kenya (AP) _", "NAIROBI, Kenya"),
            ("HAVANA (AP) --", "HAVANA (AP) --", "HAVANA"),
            ("BUFFALO, N.Y. (AP)--", "BUFFALO, N.Y. (AP)--", "BUFFALO, N.Y."),
            ("WASHINGTON _", "WASHINGTON _", "WASHINGTON"),
            (
                "SPRINGFIELD, Mo. _ The council met.",
                "SPRINGFIELD, Mo. _",
                "SPRINGFIELD, Mo.",
            ),
            (
                "LIMA, May 4 (Xinhua) -- Peru said.",
                "LIMA, May 4 (Xinhua) --",
                "LIMA, May 4",
            ),
        ] {
            let (d, p) = agency_dateline(para, Span::new(0, para.len())).unwrap();
            assert_eq!(d.slice(para), dateline);
            assert_eq!(p.slice(para), place);
        }
        for para in [
            "Russia said - again - that it would not.",
            "NATO allies met - in Brussels.",
            "The U.S. - and others",
            "Since 1985 _ when the army left _ the town was calm.",
            "UNICEF (the children's fund) said snake_case names are odd.",
        ] {
            assert!(
                agency_dateline(para, Span::new(0, para.len())).is_none(),
                "{para}"
            );
        }
    }

    #[test]
    fn credits_and_boilerplate() {
        assert!(is_credit("Jane Roe/AFP via Getty Images"));
        assert!(is_credit("Ministry of Defence via Reuters"));
        assert!(!is_credit("Officials told Reuters the talks would resume."));
        assert!(is_boilerplate("Related Topics"));
        assert!(is_boilerplate("Share this article"));
        assert!(!is_boilerplate(
            "Related talks are planned for next week in Vienna."
        ));
    }
}
