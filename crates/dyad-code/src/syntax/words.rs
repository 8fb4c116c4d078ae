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

/// Nouns of a commitment whose to-infinitive is what someone means to do
/// (`the decision to return the boy`, `a pledge to withdraw`).
pub const INTENT_NOUNS: &[&str] = &[
    "decision",
    "pledge",
    "promise",
    "vow",
    "offer",
    "commitment",
    "plan",
    "intention",
    "readiness",
    "willingness",
    "threat",
];

/// Lemmas of events that two sides do to each other: `X met Y` is also
/// `Y met X` (meetings, talks, negotiations, fighting, cooperation).
pub const RECIPROCAL: &[&str] = &[
    "meet",
    "meeting",
    "talk",
    "negotiate",
    "negotiation",
    "confer",
    "discuss",
    "discussion",
    "summit",
    "consult",
    "consultation",
    "clash",
    "fight",
    "fighting",
    "battle",
    "war",
    "skirmish",
    "exchange",
    "trade",
    "cooperate",
    "cooperation",
    "collaborate",
    "partnership",
    "reconcile",
    "reconciliation",
    "normalize",
    "normalise",
    "sign",
    "accord",
    "treaty",
    "pact",
    "agreement",
    "phone",
    "telephone",
    "speak",
    "drill",
    "exercise",
    "maneuver",
    "manoeuvre",
    "wargame",
];

/// Verbs whose object is the subject of their to-infinitive (`ordered
/// the envoy to leave`, `urged Iran to return`), so an infinitive the
/// parser hung on the object is still theirs.
pub const OBJECT_CONTROL: &[&str] = &[
    "order",
    "ask",
    "urge",
    "tell",
    "force",
    "allow",
    "permit",
    "invite",
    "press",
    "pressure",
    "encourage",
    "warn",
    "advise",
    "instruct",
    "direct",
    "compel",
    "persuade",
    "require",
    "call",
    "push",
    "give",
];

/// Verbs whose object noun names the event they stand for, so that their
/// subject is the event's agent (`held talks with`, `paid a visit to`,
/// `launched an attack on`, `filed a request`).
pub const LIGHT_VERBS: &[&str] = &[
    "hold",
    "have",
    "conduct",
    "make",
    "pay",
    "launch",
    "stage",
    "carry",
    "mount",
    "file",
    "lodge",
    "issue",
    "send",
    "give",
    "offer",
    "extend",
    "announce",
    "approve",
    "express",
    "begin",
    "start",
    "continue",
    "resume",
    "open",
    "conclude",
    "wrap",
    "attend",
    "join",
    "undertake",
    "pursue",
    "step",
    "intensify",
    "complete",
    "finish",
    "end",
];

/// Light verbs whose subject does the violent act their object names
/// (`joined the attack on`, `carried out the bombing`), where announcing
/// or reporting one says nothing of who did it.
pub const DOING_VERBS: &[&str] = &[
    "join",
    "carry",
    "launch",
    "mount",
    "stage",
    "conduct",
    "continue",
    "resume",
    "step",
    "intensify",
    "pursue",
    "undertake",
    "begin",
    "start",
    "wage",
    "lead",
];

/// Nouns of violent acts: condemning one is solidarity with its victims,
/// not criticism of them (`condemned the bombing of the embassy`).
pub const VIOLENT_ACTS: &[&str] = &[
    "attack",
    "bombing",
    "blast",
    "explosion",
    "killing",
    "massacre",
    "shelling",
    "assault",
    "raid",
    "strike",
    "invasion",
    "act",
    "violence",
    "murder",
    "assassination",
    "shooting",
    "atrocity",
    "rampage",
];

/// Nouns of violent acts CAMEO codes as done by unidentified forces when
/// no one is named for them (`the bombing`, `the blast killed …`).
pub const UNNAMED_ACTS: &[&str] = &[
    "attack",
    "bombing",
    "bomb",
    "blast",
    "explosion",
    "shooting",
    "killing",
    "massacre",
    "assassination",
    "slaying",
    "murder",
    "ambush",
    "kidnapping",
    "abduction",
];

/// Buildings and vehicles a violent act's compound names as what was hit
/// (`the embassy bombing`, `a bus attack`), not as who did it.
pub const FACILITIES: &[&str] = &[
    "embassy",
    "consulate",
    "clinic",
    "hospital",
    "school",
    "church",
    "mosque",
    "synagogue",
    "temple",
    "market",
    "hotel",
    "bus",
    "train",
    "subway",
    "metro",
    "airport",
    "office",
    "building",
    "restaurant",
    "cafe",
    "nightclub",
    "station",
    "checkpoint",
    "stadium",
    "shrine",
    "courthouse",
];

/// Words that introduce clauses as well as phrases: `after he left`.
pub const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "till", "as", "because", "if", "while", "though", "although",
    "whether", "that", "once", "than", "like", "unless", "whereas", "so", "for", "with", "without",
];

/// Lemmas of kin and the people close to someone: `his father` is someone
/// other than `his` owner, so the owner is not who acts; `the families of
/// the victims` stand with the victims.
pub const KIN: &[&str] = &[
    "father",
    "mother",
    "parent",
    "son",
    "daughter",
    "child",
    "wife",
    "husband",
    "brother",
    "sister",
    "uncle",
    "great-uncle",
    "aunt",
    "cousin",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "relative",
    "family",
    "widow",
    "nephew",
    "niece",
    "kin",
    "loved",
];

/// Lemmas of words that name a crowd by its size or as people at large
/// (`Thousands marched`, `hundreds of people rallied`): civilians of
/// where they act when they protest.
pub const CROWDS: &[&str] = &[
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "score",
    "scores",
    "ten",
    "tens",
    "million",
    "millions",
    "people",
    "crowd",
    "throng",
    "many",
];

/// Lemmas of verbs of collective action that have no passive: a
/// participle of one after a noun phrase is that phrase's verb
/// (`Thousands of people rallied in the capital`), never a modifier.
pub const INTRANSITIVE_ACTS: &[&str] = &[
    "protest",
    "demonstrate",
    "rally",
    "march",
    "riot",
    "gather",
    "assemble",
    "converge",
    "mass",
    "clash",
    "rebel",
    "mutiny",
];
