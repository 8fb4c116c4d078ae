//! The modality of a clause: asserted, negated, intended, possible,
//! conditional or hypothetical.
//!
//! A trigger inherits the modality of the clauses it is embedded in through
//! open complements and coordination (`did not commit to pull troops back`:
//! the negation of `commit` reaches `pull`), and of conditions around it
//! (`contingent on Russia stopping`, `if`, `unless`, `whether`).

use crate::syntax::tree::Tree;
use crate::syntax::words::{INTENT_HEADS, INTENT_NOUNS, LIGHT_VERBS};
use dyad_core::Deprel;
use dyad_core::Mode;

const NEGATORS: &[&str] = &["not", "n't", "never", "no", "neither", "nor"];
const POSSIBLE: &[&str] = &["may", "might", "could", "can"];
const FUTURE: &[&str] = &["will", "would", "shall", "'ll", "wo"];
/// Verbs whose complement is what someone is accused of.
const ACCUSE_HEADS: &[&str] = &[
    "accuse", "blame", "suspect", "allege", "charge", "fault", "indict",
];
/// Verbs that blame someone for an act named after `for` (`criticised
/// China for its threats`).
const BLAME_HEADS: &[&str] = &[
    "criticize",
    "criticise",
    "condemn",
    "denounce",
    "rebuke",
    "slam",
    "punish",
    "sanction",
    "censure",
];
/// Verbs that end what their object names (`lifted its sanctions`).
const UNDO_HEADS: &[&str] = &[
    "lift", "ease", "relax", "rescind", "revoke", "repeal", "remove", "end", "suspend", "withdraw",
];
/// Auxiliaries of what ought to happen, not what did (`should withdraw`).
const OUGHT: &[&str] = &["should", "ought", "must"];
/// Words whose complement was expected but is not said to have happened
/// (`was supposed to meet`).
const UNREALISED_HEADS: &[&str] = &["suppose", "schedule", "due", "set"];
/// Verbs whose object event did not (or will not) take place (`cancelled
/// the talks`, `postponed the visit`, `prevented an attack`).
const CANCEL_HEADS: &[&str] = &[
    "cancel",
    "postpone",
    "scrap",
    "delay",
    "avoid",
    "prevent",
    "abandon",
    "shelve",
    "thwart",
    "foil",
    "avert",
    "halt",
    "stop",
    "block",
    "forestall",
    "drop",
];
/// Verbs whose subject event is said to take place (`the talks resumed`),
/// so that their modality is the event's.
const OCCURRENCE: &[&str] = &[
    "happen",
    "occur",
    "take",
    "go",
    "begin",
    "start",
    "continue",
    "resume",
    "proceed",
    "end",
    "open",
    "close",
    "conclude",
    "last",
    "break",
    "erupt",
    "intensify",
    "collapse",
    "fail",
    "succeed",
    "produce",
];
const CONDITION_HEADS: &[&str] = &[
    "contingent",
    "conditional",
    "dependent",
    "depend",
    "provided",
    "subject",
];
const DENIAL_HEADS: &[&str] = &["deny", "dismiss", "refute"];
/// Verbs whose complement was asked for, not done (`demanded that NATO
/// pull troops back`, `urged Israel to release`).
const DEMAND_HEADS: &[&str] = &[
    "demand",
    "urge",
    "ask",
    "request",
    "press",
    "call",
    "appeal",
    "pressure",
    "push",
    "lobby",
    "implore",
    "beg",
    "exhort",
    "encourage",
    "invite",
    "advise",
];
/// Verbs whose open complement did not happen (`refused to meet`).
/// Verbs of speech acts done by saying one wishes to do them (`would
/// like to express our condolences`, `I want to thank`): the saying is
/// the act.
const PERFORMATIVES: &[&str] = &[
    "express",
    "thank",
    "congratulate",
    "welcome",
    "apologize",
    "apologise",
    "extend",
    "convey",
    "reiterate",
    "assure",
    "praise",
    "commend",
    "salute",
];
/// Verbs of wishing that make a performative of their complement.
const WISHES: &[&str] = &["like", "wish", "want"];
/// Words that make an infinitive under a noun a fact (`the last country
/// to ratify the treaty`, `the first leader to visit`).
const ORDINALS: &[&str] = &["first", "last", "only", "second", "third", "latest"];
/// Nouns of requests: what they are `for` is asked, not done.
const REQUEST_NOUNS: &[&str] = &[
    "call", "demand", "appeal", "request", "plea", "bid", "push", "campaign",
];

/// Verbs whose object is a topic: an act named indefinitely as one
/// (`discussed a withdrawal`, `considered a strike`) is only imagined.
const TOPIC_HEADS: &[&str] = &[
    "discuss",
    "debate",
    "consider",
    "negotiate",
    "study",
    "examine",
    "weigh",
    "explore",
    "contemplate",
    "mull",
    "envisage",
];

/// Nouns whose `of` phrase names an event that has not happened (`the
/// threat of air strikes`, `the prospect of talks`).
const UNREALISED_NOUNS: &[&str] = &[
    "threat",
    "prospect",
    "possibility",
    "risk",
    "danger",
    "fear",
    "chance",
    "likelihood",
    "option",
    "idea",
    "plan",
    "proposal",
    "hope",
    "spectre",
    "specter",
];
const REFUSAL_HEADS: &[&str] = &["refuse", "decline", "fail", "reject", "avoid", "resist"];

fn negated_here(t: &Tree<'_>, i: usize) -> bool {
    // `Neither France nor Germany sent tanks`: the negation sits on the subject.
    let neither_subject = t.children[i]
        .iter()
        .filter(|&&c| t.deprels[c].is(Deprel::Nsubj))
        .any(|&c| t.children[c].iter().any(|&d| t.lemmas[d] == "neither"));
    if neither_subject {
        return true;
    }
    let negator =
        |c: usize| NEGATORS.contains(&t.lemmas[c].as_str()) || NEGATORS.contains(&t.lower[c].as_str());
    let aux_neg = t.children[i]
        .iter()
        .any(|&c| matches!(t.deprels[c], Deprel::Advmod | Deprel::Det | Deprel::CcPreconj) && negator(c));
    // `no breakthroughs`, `no talks`: a negative determiner on the subject or object.
    let arg_neg = t.children[i]
        .iter()
        .filter(|&&c| matches!(t.deprels[c], Deprel::Obj | Deprel::Nsubj | Deprel::NsubjPass))
        .any(|&c| {
            t.children[c]
                .iter()
                .any(|&d| t.deprels[d] == Deprel::Det && t.lemmas[d] == "no")
        });
    aux_neg || arg_neg
}

fn aux_lemmas<'t>(t: &'t Tree<'_>, i: usize) -> impl Iterator<Item = &'t str> {
    t.children[i]
        .iter()
        .filter(|&&c| t.deprels[c].is(Deprel::Aux))
        .map(|&c| t.lemmas[c].as_str())
}

fn marker<'t>(t: &'t Tree<'_>, i: usize) -> Option<&'t str> {
    t.children[i]
        .iter()
        .find(|&&c| t.deprels[c] == Deprel::Mark)
        .map(|&c| t.lemmas[c].as_str())
}

/// A clause of what has yet to happen when something else does: `before
/// they meet again`, `until the troops leave` (present tense after a time
/// conjunction speaks of the future) is no event; `before meeting again`
/// after a clause that did not happen either (`agreed to consult before
/// meeting again`) shares its mode.
fn awaited(t: &Tree<'_>, i: usize) -> Option<Mode> {
    if t.deprels[i] != Deprel::Advcl || !matches!(marker(t, i), Some("before" | "until" | "till" | "once")) {
        return None;
    }
    let present = matches!(t.xpos[i], "VBP" | "VBZ" | "VB") && aux_lemmas(t, i).next().is_none();
    if present {
        return Some(Mode::Hypothetical);
    }
    let head = t.heads[i]?;
    let governing = mode_of(t, head);
    (t.xpos[i] == "VBG" && governing != Mode::Asserted).then_some(governing)
}

/// The modality of the clause whose head is `i`.
pub fn mode_of(t: &Tree<'_>, i: usize) -> Mode {
    let mut mode = Mode::Asserted;
    let mut cur = i;
    let mut depth = 0;
    let mut via_conj = false;
    let mut via_complement = false;
    // A purpose clause says what was meant, not what was done (`sent
    // troops to protect the border`, `in order to open a route`).
    // Nor does an infinitive under a noun (`a bid to join the union`,
    // `plans to build a base`).
    // But a commitment's infinitive is what its maker means to do (`the
    // decision to return the boy`).
    if matches!(t.deprels[i], Deprel::Advcl | Deprel::Acl) && matches!(marker(t, i), Some("to")) {
        let committed = t.deprels[i] == Deprel::Acl
            && t.heads[i].is_some_and(|n| {
                INTENT_NOUNS.contains(&t.lemmas[n].as_str()) && noun_mode(t, n, LIGHT_VERBS) == Mode::Asserted
            });
        return if after_ordinal(t, i) {
            Mode::Asserted
        } else if committed {
            Mode::Intended
        } else {
            Mode::Hypothetical
        };
    }
    if performative(t, i) {
        return Mode::Asserted;
    }
    // What someone is accused of is an allegation (`accused Russia of
    // shelling the town`), not an event the narrator reports.
    let accused = t.heads[i].is_some_and(|h| ACCUSE_HEADS.contains(&t.lemmas[h].as_str()));
    if accused
        && matches!(
            t.deprels[i],
            Deprel::Advcl | Deprel::Acl | Deprel::Ccomp | Deprel::Xcomp
        )
    {
        return Mode::Hypothetical;
    }
    if aux_lemmas(t, i).any(|a| OUGHT.contains(&a)) {
        return Mode::Hypothetical;
    }
    // `talked about killing the minister`: a gerund after `about` is a
    // topic, not a deed; after `against` or `from` it is what someone is
    // kept or warned from doing (`warned Washington against arming
    // Taiwan`, `barred him from entering`); after `without`, what was not
    // done.
    if t.xpos[i] == "VBG" {
        match marker(t, i) {
            Some("about" | "against" | "from") => return Mode::Hypothetical,
            Some("without") => return Mode::Negated,
            _ => {}
        }
    }
    if let Some(mode) = awaited(t, i) {
        return mode;
    }
    if t.deprels[i] == Deprel::Xcomp
        && t.heads[i].is_some_and(|h| UNREALISED_HEADS.contains(&t.lemmas[h].as_str()))
    {
        return Mode::Hypothetical;
    }
    loop {
        // Negation on one conjunct does not reach the others.
        if !via_conj && negated_here(t, cur) {
            return Mode::Negated;
        }
        if matches!(marker(t, cur), Some("whether")) {
            return Mode::Hypothetical;
        }
        if matches!(marker(t, cur), Some("if" | "unless")) && t.deprels[cur] == Deprel::Advcl {
            return Mode::Conditional;
        }
        if t.children[cur]
            .iter()
            .any(|&c| t.deprels[c] == Deprel::Advcl && matches!(marker(t, c), Some("if" | "unless")))
        {
            mode = weaker(mode, Mode::Conditional);
        }
        if cur != i && t.deprels[i] == Deprel::Xcomp && REFUSAL_HEADS.contains(&t.lemmas[cur].as_str()) {
            return Mode::Negated;
        }
        if via_complement && DEMAND_HEADS.contains(&t.lemmas[cur].as_str()) && !pressing_on(t, cur) {
            return Mode::Hypothetical;
        }
        if CONDITION_HEADS.contains(&t.lemmas[cur].as_str()) && cur != i {
            return Mode::Conditional;
        }
        // `denied that it attacked`, `denied attacking`
        if DENIAL_HEADS.contains(&t.lemmas[cur].as_str())
            && cur != i
            && matches!(t.deprels[i], Deprel::Ccomp | Deprel::Xcomp)
        {
            return Mode::Negated;
        }
        // A conjunct has its own tense: only markers (`whether`, `if`) reach it.
        if !via_conj {
            if aux_lemmas(t, cur).any(|a| POSSIBLE.contains(&a)) {
                mode = weaker(mode, Mode::Possible);
            }
            if aux_lemmas(t, cur).any(|a| FUTURE.contains(&a)) {
                mode = weaker(mode, Mode::Intended);
            }
            if cur != i && INTENT_HEADS.contains(&t.lemmas[cur].as_str()) {
                mode = weaker(mode, Mode::Intended);
            }
        }
        // Climb through open complements, coordination and condition clauses.
        let rel = t.deprels[cur];
        let climbs = matches!(rel, Deprel::Xcomp | Deprel::Conj)
            || (matches!(rel, Deprel::Advcl | Deprel::Obl | Deprel::Ccomp | Deprel::Acl)
                && climbs_to_condition(t, cur));
        match (climbs, t.heads[cur]) {
            (true, Some(h)) if depth < 8 => {
                via_conj = rel == Deprel::Conj;
                via_complement = matches!(rel, Deprel::Xcomp | Deprel::Ccomp);
                cur = h;
                depth += 1;
            }
            _ => break,
        }
    }
    if t.words.last().is_some_and(|w| *w == "?") && t.heads[i].is_none() {
        return Mode::Hypothetical;
    }
    mode
}

/// True when the infinitive at `i` hangs on a noun ranked by an ordinal
/// (`the last country to ratify`): what it says was done.
/// The parser may hang it on the verb instead (`became the first
/// country` + `to recognise`).
fn after_ordinal(t: &Tree<'_>, i: usize) -> bool {
    let ranked = |n: usize| {
        t.children[n]
            .iter()
            .any(|&c| t.deprels[c] == Deprel::Amod && ORDINALS.contains(&t.lower[c].as_str()))
    };
    let Some(h) = t.heads[i] else { return false };
    match t.deprels[i] {
        Deprel::Acl => ranked(h),
        Deprel::Advcl => t.children[h].iter().any(|&n| {
            matches!(t.deprels[n], Deprel::Xcomp | Deprel::Obj) && t.upos[n].is_nominal() && ranked(n)
        }),
        _ => false,
    }
}

/// True when the trigger at `i` is a speech act under a wish (`would like
/// to express condolences`, `I want to thank`).
fn performative(t: &Tree<'_>, i: usize) -> bool {
    t.deprels[i] == Deprel::Xcomp
        && PERFORMATIVES.contains(&t.lemmas[i].as_str())
        && t.heads[i].is_some_and(|h| WISHES.contains(&t.lemmas[h].as_str()) && !negated_here(t, h))
}

/// The modality of an event noun (`the talks`, `an attack`): a noun
/// names an event that took place unless the clause around it says
/// otherwise of that very event: its light verb or occurrence verb is
/// negated or future (`did not hold talks`, `talks will resume`), a verb
/// or a request noun asks for it, plans it, cancels it or denies it
/// (`called for talks`, `calls for a withdrawal`, `proposed talks`,
/// `postponed the visit`, `denied the attack`), or it is an indefinite
/// topic (`discussed a withdrawal`).
/// Negating another statement about it does not (`the raid is not linked
/// to the probe`, `did not condemn the attack`).
pub fn noun_mode(t: &Tree<'_>, i: usize, light: &[&str]) -> Mode {
    if t.children[i]
        .iter()
        .any(|&c| t.deprels[c] == Deprel::Det && t.lemmas[c] == "no")
    {
        return Mode::Negated;
    }
    // Up through `of` chains to the clause (`two hours of talks`).
    let mut cur = i;
    while let (Some(h), true) = (t.heads[cur], t.deprels[cur] == Deprel::Nmod) {
        if !t.upos[h].is_nominal() || t.preposition(cur) != Some("of") {
            break;
        }
        // `the threat of air strikes`, `the prospect of talks`.
        if UNREALISED_NOUNS.contains(&t.lemmas[h].as_str()) {
            return Mode::Hypothetical;
        }
        cur = h;
    }
    // `calls for Israel's withdrawal`, `demands for a ceasefire`: what a
    // request asks for has not happened.
    let asked_for = t.heads[cur].is_some_and(|h| {
        t.deprels[cur] == Deprel::Nmod
            && t.preposition(cur) == Some("for")
            && REQUEST_NOUNS.contains(&t.lemmas[h].as_str())
    });
    if asked_for {
        return Mode::Hypothetical;
    }
    let Some(v) = t.heads[cur].filter(|&h| t.upos[h] == dyad_core::Upos::Verb) else {
        return Mode::Asserted;
    };
    let verb = t.lemmas[v].as_str();
    if CANCEL_HEADS.contains(&verb) || DENIAL_HEADS.contains(&verb) || REFUSAL_HEADS.contains(&verb) {
        return Mode::Negated;
    }
    // `lifted its sanctions`: the news is the lifting.
    if t.deprels[cur] == Deprel::Obj && UNDO_HEADS.contains(&verb) {
        return Mode::Negated;
    }
    // `criticised China for its threats`: what someone is blamed for is
    // the critic's claim.
    let blamed_for = matches!(t.preposition(cur), Some("for" | "of"))
        && (ACCUSE_HEADS.contains(&verb) || BLAME_HEADS.contains(&verb));
    if blamed_for && t.deprels[cur] == Deprel::Obl {
        return Mode::Hypothetical;
    }
    if DEMAND_HEADS.contains(&verb) && !pressing_on(t, v) {
        return Mode::Hypothetical;
    }
    if INTENT_HEADS.contains(&verb) && verb != "go" && verb != "open" {
        return weaker(Mode::Intended, mode_of(t, v));
    }
    let rel = t.deprels[cur];
    let carried = (matches!(rel, Deprel::Obj | Deprel::NsubjPass) && light.contains(&verb))
        || (rel == Deprel::Nsubj && OCCURRENCE.contains(&verb));
    // `will respond to an attack on Jordan`: an act named indefinitely in a
    // clause that has not happened is only imagined.
    let indefinite = || {
        t.children[i]
            .iter()
            .any(|&c| t.deprels[c] == Deprel::Det && matches!(t.lemmas[c].as_str(), "a" | "an" | "any"))
    };
    if carried {
        mode_of(t, v)
    } else if indefinite() && (mode_of(t, v) != Mode::Asserted || TOPIC_HEADS.contains(&verb)) {
        Mode::Hypothetical
    } else {
        Mode::Asserted
    }
}

/// True when the clause of `i` is refused (`refused to meet`, `declined
/// to sign`).
pub fn refused(t: &Tree<'_>, i: usize) -> bool {
    let head = t.heads[i].map(|h| t.lemmas[h].as_str());
    t.deprels[i] == Deprel::Xcomp && matches!(head, Some("refuse" | "decline" | "reject"))
}

/// True when the clause of `i` is negated in the future (`will not lift
/// the sanctions`, `won't meet`).
pub fn will_not(t: &Tree<'_>, i: usize) -> bool {
    negated_here(t, i) && aux_lemmas(t, i).any(|a| FUTURE.contains(&a))
}

/// True when the clause of `i` is in the future or conditional (`would
/// strike unless`, `will retaliate if`).
pub fn looks_ahead(t: &Tree<'_>, i: usize) -> bool {
    aux_lemmas(t, i).any(|a| FUTURE.contains(&a))
}

/// True when the clause hangs off a condition word (`contingent on …`).
fn climbs_to_condition(t: &Tree<'_>, i: usize) -> bool {
    t.heads[i].is_some_and(|h| {
        let head = t.lemmas[h].as_str();
        CONDITION_HEADS.contains(&head) || DENIAL_HEADS.contains(&head) || DEMAND_HEADS.contains(&head)
    })
}

/// True when the demand verb at `v` goes on with something rather than
/// asks for it (`pressed ahead with its raids`, `pushed on with`).
fn pressing_on(t: &Tree<'_>, v: usize) -> bool {
    t.children[v].iter().any(|&c| {
        matches!(t.deprels[c], Deprel::Advmod | Deprel::CompoundPrt)
            && matches!(t.lemmas[c].as_str(), "ahead" | "on" | "forward")
    })
}

/// The less certain of two modes.
fn weaker(a: Mode, b: Mode) -> Mode {
    let rank = |m: Mode| match m {
        Mode::Asserted => 0,
        Mode::Intended => 1,
        Mode::Possible => 2,
        Mode::Conditional => 3,
        Mode::Hypothetical => 4,
        Mode::Negated => 5,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}
