//! Table-driven tokenizer tests, grouped by topic. Each row is a text and
//! the tokens it must give, written with `|` between tokens.

use dyad_text::tokenize_str;

fn check(rows: &[(&str, &str)]) {
    for (text, want) in rows {
        let got: Vec<&str> = tokenize_str(text).iter().map(|t| t.span.slice(text)).collect();
        let want: Vec<&str> = want.split('|').collect();
        assert_eq!(got, want, "tokenizing {text:?}");
    }
}

const CONTRACTIONS: &[(&str, &str)] = &[
    ("don't", "do|n't"),
    ("Don't go", "Do|n't|go"),
    ("can't", "ca|n't"),
    ("won't", "wo|n't"),
    ("cannot", "can|not"),
    ("gonna", "gon|na"),
    ("I'm sure", "I|'m|sure"),
    ("they've", "they|'ve"),
    ("we'll", "we|'ll"),
    ("she'd", "she|'d"),
    ("you're", "you|'re"),
    ("isn’t", "is|n’t"),
    ("DIDN'T", "DID|N'T"),
];

const POSSESSIVES: &[(&str, &str)] = &[
    ("Russia's army", "Russia|'s|army"),
    ("Ukraine’s border", "Ukraine|’s|border"),
    ("the allies' plan", "the|allies|'|plan"),
    ("the U.S.'s position", "the|U.S.|'s|position"),
];

const ABBREVIATIONS: &[(&str, &str)] = &[
    ("U.S. envoy", "U.S.|envoy"),
    ("Mr. Smith", "Mr.|Smith"),
    ("Lt. Col. Ames", "Lt.|Col.|Ames"),
    ("Sen. Jo Cole", "Sen.|Jo|Cole"),
    ("A.B. Smith", "A.B.|Smith"),
    ("J. Smith", "J.|Smith"),
    ("on Jan. 5", "on|Jan.|5"),
    ("at 9 a.m. today", "at|9|a.m.|today"),
    ("No. 10", "No.|10"),
    ("it ended.", "it|ended|."),
    ("in the U.S.", "in|the|U.S."),
    ("e.g. this", "e.g.|this"),
    ("Jo Cole, R-Ky., said", "Jo|Cole|,|R|-|Ky.|,|said"),
    ("Al Ames, D-N.Y., said", "Al|Ames|,|D|-|N.Y.|,|said"),
    ("landed on D-Day.", "landed|on|D|-|Day|."),
];

const NUMBERS: &[(&str, &str)] = &[
    ("$100,000", "$|100,000"),
    ("100,000 troops", "100,000|troops"),
    ("3.5%", "3.5|%"),
    ("at 9:21", "at|9:21"),
    ("€2.4bn", "€|2.4bn"),
    ("1-800-555-0199", "1-800-555-0199"),
    ("2014.", "2014|."),
    ("'90s", "'90s"),
];

const HYPHENS: &[(&str, &str)] = &[
    ("search-engine", "search|-|engine"),
    ("e-mail", "e-mail"),
    ("non-profit", "non-profit"),
    ("re-elect", "re-elect"),
    ("post-war", "post-war"),
    ("high-stakes meeting", "high|-|stakes|meeting"),
    ("Russian-Ukrainian border", "Russian|-|Ukrainian|border"),
    ("al-Assad", "al|-|Assad"),
    ("U.S.-Russian talks", "U.S.|-|Russian|talks"),
    ("the U.N.-Iraq accord", "the|U.N.|-|Iraq|accord"),
    ("Ph.D.-level work", "Ph.D.-level|work"),
    ("talks -- again", "talks|--|again"),
    ("talks--again", "talks|--|again"),
];

const QUOTES_AND_PUNCTUATION: &[(&str, &str)] = &[
    ("\"Yes,\" he said.", "\"|Yes|,|\"|he|said|."),
    ("“Yes,” he said.", "“|Yes|,|”|he|said|."),
    ("(AP)", "(|AP|)"),
    ("Wait...", "Wait|..."),
    ("Wait... what?!", "Wait|...|what|?!"),
    ("no!!!", "no|!!!"),
    ("Kyiv—Moscow", "Kyiv|—|Moscow"),
    ("and/or", "and|/|or"),
    ("9/11", "9/11"),
    (
        "see https://example.org/a-b.html.",
        "see|https://example.org/a-b.html|.",
    ),
    ("mail press@example.org,", "mail|press@example.org|,"),
    ("great :)", "great|:)"),
    ("‘sovereign’", "‘|sovereign|’"),
];

#[test]
fn contractions() {
    check(CONTRACTIONS);
}

#[test]
fn possessives() {
    check(POSSESSIVES);
}

#[test]
fn abbreviations() {
    check(ABBREVIATIONS);
}

#[test]
fn numbers() {
    check(NUMBERS);
}

#[test]
fn hyphens() {
    check(HYPHENS);
}

#[test]
fn quotes_and_punctuation() {
    check(QUOTES_AND_PUNCTUATION);
}
