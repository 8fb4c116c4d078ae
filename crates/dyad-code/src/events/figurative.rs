//! Figurative conflict: `launched an attack on the cost of the scheme`,
//! `bombarded the minister with questions`, `a battle over the budget`.
//! Violence (CAMEO 18–20) needs a target, physical means and an actor who
//! can wield them; these false events carry Goldstein −10, the costliest
//! errors in event data. Meeting a need, a deadline or a demand is no
//! meeting either.

use crate::syntax::tree::Tree;
use dyad_core::{Deprel, EventActor};

/// Words of a `with` phrase that make violence verbal (`bombarded … with
/// questions`).
const VERBAL_MEANS: &[&str] = &[
    "question",
    "criticism",
    "complaint",
    "letter",
    "call",
    "email",
    "e-mail",
    "request",
    "demand",
    "query",
    "accusation",
    "insult",
    "claim",
    "message",
    "comment",
    "remark",
    "petition",
    "lawsuit",
    "propaganda",
    "word",
    "rhetoric",
    "tweet",
    "post",
    "speech",
    "argument",
    "allegation",
    "invective",
    "abuse",
    "fact",
    "figure",
    "statistic",
    "advert",
    "advertisement",
    "leaflet",
];

/// Sectors whose members fight with words (legislators, media, courts,
/// academics, business, health, clergy, parties).
const CIVIL_SECTORS: &[&str] = &["LEG", "MED", "EDU", "JUD", "BUS", "HLH", "REL", "PTY"];

/// True when a violent event at word `i` is figurative.
pub(super) fn figurative(t: &Tree<'_>, i: usize, source: &EventActor, target: Option<&EventActor>) -> bool {
    let Some(target) = target else {
        return true;
    };
    let verbal_means = t.children[i].iter().any(|&c| {
        t.deprels[c].is(Deprel::Obl)
            && t.preposition(c) == Some("with")
            && VERBAL_MEANS.contains(&t.lemmas[c].as_str())
    });
    let sector = source.code.get(3..6).unwrap_or("");
    // Ministers who clash or battle with judges or legislators do so
    // with words.
    let target_sector = target.code.get(3..6).unwrap_or("");
    let contest = matches!(
        t.lemmas[i].as_str(),
        "clash" | "battle" | "fight" | "spar" | "feud" | "wrestle"
    );
    let governing =
        contest && sector == "GOV" && (target_sector == "GOV" || CIVIL_SECTORS.contains(&target_sector));
    verbal_means || governing || CIVIL_SECTORS.contains(&sector)
}

/// Objects that make a violent verb criticism (`attacked the court's
/// decision`, `hammered the government's record`): ideas, decisions and
/// words, which one can only attack with words.
const IDEAS: &[&str] = &[
    "decision",
    "ruling",
    "verdict",
    "judgment",
    "judgement",
    "record",
    "policy",
    "plan",
    "proposal",
    "bill",
    "law",
    "legislation",
    "budget",
    "scheme",
    "reform",
    "idea",
    "remark",
    "comment",
    "statement",
    "speech",
    "claim",
    "stance",
    "approach",
    "handling",
    "strategy",
    "report",
    "failure",
    "measure",
    "programme",
    "program",
    "initiative",
    "leadership",
    "manifesto",
    "pledge",
    "promise",
    "performance",
    "view",
    "argument",
    "rhetoric",
    "criticism",
    "allegation",
    "proposition",
    "doctrine",
    "ideology",
    "agenda",
    "tax",
    "spending",
    "cost",
];

/// True when the violent verb at word `i` takes an idea, a decision or
/// words as its object (`attacked the ruling by the court`): criticism
/// (CAMEO 111) of whoever the object names, not force.
pub(super) fn criticised_idea(t: &Tree<'_>, i: usize) -> bool {
    t.deps_exact(i, Deprel::Obj)
        .any(|o| IDEAS.contains(&t.lemmas[o].as_str()))
}

/// Objects that make `meet` mean satisfy, not consult (`meeting the needs
/// of the victims`, `met the deadline`).
const MET_NEEDS: &[&str] = &[
    "need",
    "demand",
    "requirement",
    "target",
    "deadline",
    "expectation",
    "criterion",
    "condition",
    "standard",
    "goal",
    "obligation",
    "cost",
    "challenge",
    "quota",
    "threshold",
    "commitment",
];

/// True when the trigger `meet` takes a need, deadline or demand as its
/// object: satisfying it is no consultation.
pub(super) fn figurative_meeting(t: &Tree<'_>, i: usize) -> bool {
    t.lemmas[i] == "meet"
        && t.deps_exact(i, Deprel::Obj)
            .any(|o| MET_NEEDS.contains(&t.lemmas[o].as_str()))
}
