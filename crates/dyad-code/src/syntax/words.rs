//! Word classes the stages share, each listed once: reporting and naming
//! verbs, speech verbs, future auxiliaries and time words.

/// Lemmas of verbs that report speech or writing.
pub const SPEECH: &[&str] = &[
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "insist",
    "argue",
    "write",
    "note",
    "explain",
    "claim",
    "warn",
    "announce",
    "report",
    "ask",
    "reply",
    "respond",
    "acknowledge",
    "admit",
    "suggest",
    "predict",
    "tweet",
    "recall",
    "conclude",
    "stress",
    "emphasize",
    "complain",
    "call",
    "describe",
    "quip",
    "joke",
    "remark",
    "observe",
    "assert",
    "contend",
    "maintain",
    "deny",
    "confirm",
    "promise",
    "vow",
    "urge",
    "caution",
    "concede",
    "boast",
    "lament",
    "recount",
    "testify",
    "post",
    "shout",
    "yell",
    "exclaim",
    "whisper",
    "dub",
    "label",
    "brand",
    "term",
    "scoff",
    "reiterate",
    "counter",
    "charge",
    "allege",
    "predict",
    "proclaim",
    "retort",
    "muse",
    "wonder",
    "continue",
    "chant",
    "sing",
    "scream",
    "demand",
    "scold",
];

/// Verbs that report a statement made before them (`…, officials said`).
pub const REPORTING: &[&str] = &[
    "say",
    "tell",
    "add",
    "note",
    "write",
    "explain",
    "claim",
    "warn",
    "insist",
    "argue",
    "state",
    "declare",
    "report",
    "acknowledge",
    "admit",
    "stress",
    "recall",
    "conclude",
    "tweet",
    "predict",
    "reply",
    "respond",
    "confirm",
    "announce",
    "suggest",
    "emphasize",
    "complain",
    "observe",
    "contend",
    "maintain",
    "assert",
];

/// Verbs that introduce a quoted word or phrase rather than a statement
/// (`calling them "lies"`); they attribute partial quotes only.
pub const NAMING: &[&str] = &["call", "describe", "dub", "label", "brand", "term"];

/// Auxiliaries that put a clause in the future (`will`, `'ll`, `shall`,
/// and `wo` of `won't`).
pub const FUTURE_AUXILIARIES: &[&str] = &["will", "shall", "'ll", "wo"];

/// Time words besides weekday names the parser may take for a cue's
/// subject (`said today`).
pub const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
];

/// A weekday name or another time word (`said Friday`), any case.
pub fn is_time_word(word: &str) -> bool {
    dyad_text::dateline::weekday(word).is_some() || TIME_WORDS.iter().any(|t| word.eq_ignore_ascii_case(t))
}

/// Words whose open complement is an intent, not a deed (`plans to
/// visit`, `ready to talk`, `threatened to strike`).
pub const INTENT_HEADS: &[&str] = &[
    "plan", "intend", "want", "prepare", "ready", "willing", "agree", "promise", "pledge", "vow", "seek",
    "hope", "aim", "expect", "consider", "offer", "threaten", "propose", "decide", "open", "go",
];
