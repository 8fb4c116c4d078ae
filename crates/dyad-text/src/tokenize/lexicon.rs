//! Word lists the tokenizer and splitter consult. Lookups are ASCII
//! case-insensitive and allocation-free.

/// Abbreviations written with a final period that is part of the word.
const ABBREVIATIONS: &[&str] = &[
    "adm", "apr", "aug", "ave", "bldg", "blvd", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec",
    "dept", "dr", "e.g", "esp", "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "govt", "hon", "i.e",
    "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "messrs", "mon", "mr", "mrs", "ms", "msgr",
    "mt", "no", "nos", "nov", "oct", "ph.d", "pp", "pres", "prof", "pt", "rep", "reps", "rev", "sat", "sen",
    "sens", "sep", "sept", "sgt", "sr", "st", "sun", "supt", "thu", "thur", "thurs", "tue", "tues", "univ",
    "vol", "vs", "wed", "attn", "approx", "dist", "gens", "lts", "cdr", "ret", "min", "max", "mln", "bln",
    "assn", "bros",
];

/// Abbreviations that never end a sentence: titles before a name, and
/// month names before a day.
const TITLES: &[&str] = &[
    "adm", "brig", "capt", "cmdr", "col", "cpl", "dr", "gen", "gov", "hon", "lt", "maj", "messrs", "mr",
    "mrs", "ms", "msgr", "mt", "no", "nos", "pres", "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "st",
    "supt", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ft",
    "gens", "lts", "cdr", "pp", "fig",
];

/// Word-initial parts before a hyphen that English UD keeps in one token
/// (`e-mail`, `non-profit`, `re-elect`).
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "non", "mid", "pre", "anti", "re", "over", "co", "post", "pro", "multi", "semi", "ex", "sub",
    "counter", "cross", "psycho", "neo", "micro", "intra", "un", "socio", "mis", "inter", "ultra", "pan",
    "bi", "tri", "quasi", "pseudo", "macro", "infra", "extra", "hyper", "geo",
];

/// Contractions written without an apostrophe, split as UD does:
/// (word, byte offset of the split).
const FUSED: &[(&str, usize)] = &[
    ("cannot", 3),
    ("gonna", 3),
    ("wanna", 3),
    ("gotta", 3),
    ("dont", 2),
    ("doesnt", 4),
    ("didnt", 3),
    ("isnt", 2),
    ("wasnt", 3),
    ("arent", 3),
    ("werent", 4),
    ("wont", 2),
    ("cant", 2),
    ("couldnt", 5),
    ("wouldnt", 5),
    ("shouldnt", 6),
    ("hasnt", 3),
    ("havent", 4),
    ("hadnt", 3),
    ("aint", 2),
];

/// Words that open a new sentence when they follow an abbreviation.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "and",
    "as",
    "at",
    "but",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "she",
    "so",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "we",
    "when",
    "while",
    "yet",
    "you",
    "officials",
    "on",
    "for",
    "our",
    "my",
    "what",
];

fn eq_ignore_case(word: &str, entry: &str) -> bool {
    word.len() == entry.len() && word.eq_ignore_ascii_case(entry)
}

fn listed(list: &[&str], word: &str) -> bool {
    word.len() <= 12 && list.iter().any(|e| eq_ignore_case(word, e))
}

/// `word` (without its final period) is an abbreviation that keeps it.
pub fn is_abbreviation(word: &str) -> bool {
    listed(ABBREVIATIONS, word)
}

/// `word` (without its final period) is a title or month abbreviation.
pub fn is_title(word: &str) -> bool {
    listed(TITLES, word)
}

/// `part` may stand before a hyphen inside one token.
pub fn is_hyphen_prefix(part: &str) -> bool {
    listed(HYPHEN_PREFIXES, part)
}

/// Where to split a fused contraction such as `cannot`, if it is one.
pub fn fused_split(word: &str) -> Option<usize> {
    // Every listed form is 4 to 8 bytes long and ends in `t` or `a`.
    let last = word.as_bytes().last()?.to_ascii_lowercase();
    if word.len() < 4 || word.len() > 8 || (last != b't' && last != b'a') {
        return None;
    }
    FUSED
        .iter()
        .find(|(w, _)| eq_ignore_case(word, w))
        .map(|(_, at)| *at)
}

/// `word` typically starts a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    listed(SENTENCE_STARTERS, word)
}
