//! Filling a lexicon entry's frame: which actors are its source and its
//! target, with the implicit subjects of complements, participles and
//! relative clauses, coordination, and possessors as fallbacks.

use super::crowds;
use super::discourse::{self, Earlier};
use super::lexicon::Entry;
pub use super::sides::SentenceActors;
use super::unnamed;
use crate::syntax::path::{Path, Step};
use crate::syntax::relative;
use crate::syntax::tree::Tree;
use crate::syntax::words::{
    DOING_VERBS, FACILITIES, INTENT_NOUNS, KIN, LIGHT_VERBS, RECIPROCAL, UNNAMED_ACTS, VIOLENT_ACTS,
};
use crate::times::resolve as dating;
use chrono::NaiveDate;
use dyad_core::{Deprel, Upos};

/// A filled frame: the source and target actors (indices into
/// `doc.actors`).
#[derive(Clone, Debug, Default)]
pub struct Filled {
    sources: Vec<usize>,
    targets: Vec<usize>,
    /// Coordinated subjects of a symmetric event (`Biden and Putin met`).
    among_sources: bool,
    /// Explicit pairs (`talks between X and Y`).
    pairs: Vec<(usize, usize)>,
}

impl Filled {
    /// True when the sides are coordinated subjects acting on each other,
    /// so each pair is coded both ways.
    pub fn among_sources(&self) -> bool {
        self.among_sources
    }

    /// (source, target) pairs: one event each.
    pub fn pairs(&self) -> Vec<(usize, Option<usize>)> {
        if !self.pairs.is_empty() {
            return self.pairs.iter().map(|&(s, t)| (s, Some(t))).collect();
        }
        if self.among_sources {
            // Each with each (the caller adds the reverse of reciprocal events).
            return self
                .sources
                .iter()
                .enumerate()
                .flat_map(|(k, &s)| self.sources[k + 1..].iter().map(move |&t| (s, Some(t))))
                .collect();
        }
        if self.targets.is_empty() {
            return self.sources.iter().map(|&s| (s, None)).collect();
        }
        self.sources
            .iter()
            .flat_map(|&s| self.targets.iter().map(move |&t| (s, Some(t))))
            .collect()
    }
}

/// The verb a nominal event hangs from (`held talks` → `held`).
pub fn governing_verb(t: &Tree<'_>, i: usize) -> Option<usize> {
    t.ancestors(i).into_iter().find(|&a| t.upos[a] == Upos::Verb)
}

/// Who does what an event noun names when its own phrase does not say:
/// the subject of the clause the noun is an adverbial of (`after a
/// meeting with the king, Bush said` → Bush; `in consultation with`) or
/// the object of a light verb (`held talks`, `paid a visit`). An event
/// noun that is the object of another verb is that verb's topic, not its
/// subject's act (`condemned the attack`). The ground of a charge, an
/// arrest or a sentence was done by who is charged (see
/// [`super::perpetrator`]).
fn noun_agent(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let mut cur = i;
    // Up through `of` chains (`two hours of talks with …`).
    for _ in 0..2 {
        match t.heads[cur] {
            Some(h)
                if t.deprels[cur] == Deprel::Nmod
                    && t.upos[h].is_nominal()
                    && t.preposition(cur) == Some("of") =>
            {
                cur = h
            }
            _ => break,
        }
    }
    let perpetrator = super::perpetrator::perpetrator(t, cur);
    if !perpetrator.is_empty() {
        return perpetrator;
    }
    // `The minister is on a visit to Peru`: the subject of a copula whose
    // predicate is the act's phrase.
    let predicate = t.children[cur].iter().any(|&c| t.deprels[c] == Deprel::Cop)
        && matches!(t.preposition(cur), Some("on" | "in" | "at"));
    if predicate {
        return t.step(cur, &Step::Rel(Deprel::Nsubj));
    }
    let Some(v) = t.heads[cur].filter(|&h| t.upos[h] == Upos::Verb) else {
        return Vec::new();
    };
    let light = t.deprels[cur] == Deprel::Obj && LIGHT_VERBS.contains(&t.lemmas[v].as_str());
    // Whoever acts around a violent act did not do it (`questioned in
    // the bombings`, `spoke after the attack`); who joins or carries it
    // on does (`joined the attack on …`).
    // `taking part in the attack`, `participated in the raid`.
    let partaking = t.deprels[cur].is(Deprel::Obl)
        && t.preposition(cur) == Some("in")
        && (matches!(t.lemmas[v].as_str(), "participate" | "engage")
            || (t.lemmas[v] == "take" && t.children[v].iter().any(|&c| t.is_lemma(c, "part"))));
    let doing = (light && DOING_VERBS.contains(&t.lemmas[v].as_str())) || partaking;
    if UNNAMED_ACTS.contains(&t.lemmas[i].as_str()) && !doing {
        return Vec::new();
    }
    // Only circumstance phrases (`after the talks`, `in consultation
    // with`, `on a visit to`): `called for a truce`, `objected to the
    // visit` name what is asked or opposed, not what the subject did.
    let circumstance = matches!(
        t.preposition(cur),
        Some(
            "after"
                | "before"
                | "during"
                | "following"
                | "since"
                | "until"
                | "amid"
                | "upon"
                | "throughout"
                | "in"
                | "at"
                | "on"
        )
    );
    let adverbial = matches!(t.deprels[cur], Deprel::Obl | Deprel::Advcl | Deprel::Nmod) && circumstance;
    if !adverbial && !light {
        return Vec::new();
    }
    let own: Vec<usize> = t.step(v, &Step::Rel(Deprel::Nsubj));
    if own.is_empty() {
        implicit_subject(t, v, 0)
    } else {
        own
    }
}

/// Nouns whose `from` phrase is where someone goes or what they leave
/// (`withdrawal from Kuwait`), not who does it.
const FROM_IS_PLACE: &[&str] = &[
    "withdrawal",
    "retreat",
    "pullout",
    "exit",
    "departure",
    "return",
    "release",
    "expulsion",
    "evacuation",
    "escape",
    "flight",
    "defection",
    "independence",
    "secession",
    "separation",
    "deportation",
    "extradition",
    "ouster",
    "removal",
    "resignation",
    "absence",
    "exclusion",
    "isolation",
    "import",
    "export",
    "transfer",
    "exodus",
    "withdrawl",
    "repatriation",
    "suspension",
];

/// Who sends what an event noun names, by its `from` phrase (`warnings
/// from Moscow`, `cooperation from Kenya`): an actor, or a country or
/// capital named as a place.
fn from_source(t: &Tree<'_>, actors: &SentenceActors, i: usize) -> Vec<usize> {
    if FROM_IS_PLACE.contains(&t.lemmas[i].as_str()) {
        return Vec::new();
    }
    let senders: Vec<usize> = t.children[i]
        .iter()
        .copied()
        .filter(|&c| t.deprels[c] == Deprel::Nmod && t.preposition(c) == Some("from"))
        .collect();
    senders_at(t, actors, &senders)
}

/// Verbs whose object a participle describes as the subject's doing
/// (`has troops massed`, `kept forces deployed`).
const HOLDING_VERBS: &[&str] = &["have", "keep", "get", "leave"];

/// The subject a clause without its own takes from the clause around it:
/// object control (`urged Blinken to focus`), subject control and
/// adverbial clauses (`…, after holding talks`), relative clauses with a
/// subject gap, and participles (`Russia has troops massed`).
fn implicit_subject(t: &Tree<'_>, i: usize, depth: usize) -> Vec<usize> {
    let Some(h) = t.heads[i] else { return Vec::new() };
    if depth > 4 {
        return Vec::new();
    }
    let own_or_inherited = |h: usize| {
        let own: Vec<usize> = t.step(h, &Step::Rel(Deprel::Nsubj));
        if own.is_empty() {
            implicit_subject(t, h, depth + 1)
        } else {
            own
        }
    };
    match t.deprels[i] {
        Deprel::Xcomp => {
            let obj: Vec<usize> = t.deps_exact(h, Deprel::Obj).collect();
            if obj.is_empty() {
                own_or_inherited(h)
            } else {
                obj
            }
        }
        // `criticised Ukraine for holding exercises`, `accused Russia of
        // shelling`: the gerund's subject is the object of the verb.
        Deprel::Advcl | Deprel::Acl
            if matches!(t.preposition(i), Some("for" | "of"))
                && t.deps_exact(h, Deprel::Obj).next().is_some() =>
        {
            t.deps_exact(h, Deprel::Obj).collect()
        }
        // `she was consulted and approved of it`: an active conjunct of a
        // passive verb shares its patient as subject.
        Deprel::Conj if !t.is_passive(i) && t.is_passive(h) => {
            let patient: Vec<usize> = t.deps_exact(h, Deprel::NsubjPass).collect();
            if patient.is_empty() {
                own_or_inherited(h)
            } else {
                patient
            }
        }
        Deprel::Advcl | Deprel::Conj => own_or_inherited(h),
        // `Lavrov told reporters, calling the claims "lies"`
        Deprel::Parataxis if t.xpos[i] == "VBG" => own_or_inherited(h),
        // `calling the claims lies` misparsed as the subject clause of
        // `lies`: the subject is the one of the clause above.
        Deprel::Csubj => t.heads[h].map_or_else(Vec::new, own_or_inherited),
        // `Turkey, a NATO member that bought …`: an appositive stands for
        // the name it renames.
        Deprel::AclRelcl => vec![renamed(t, h)],
        // `Egypt, a country taking part in the attack`, `exiles protesting
        // in Miami`: a present participle's subject is its noun.
        Deprel::Acl if t.xpos[i] == "VBG" && t.preposition(i).is_none() && may_act(t, h) => {
            vec![renamed(t, h)]
        }
        // `Spain's decision to return the boy`: whoever made the
        // commitment (its possessor or modifier) means to do it.
        Deprel::Acl if t.xpos[i] != "VBN" => match commitment_maker(t, h) {
            Some(maker) => vec![maker],
            None => t.heads[h].map_or_else(Vec::new, own_or_inherited),
        },
        // `Russia has troops massed` and `in a statement issued Monday`:
        // the clause's subject did it; `criticised the force dispatched
        // to the Gulf` leaves the sender unsaid.
        Deprel::Acl => t.heads[h]
            .filter(|&g| {
                HOLDING_VERBS.contains(&t.lemmas[g].as_str())
                    || !matches!(
                        t.deprels[h],
                        Deprel::Obj | Deprel::Iobj | Deprel::Nsubj | Deprel::NsubjPass
                    )
            })
            .map_or_else(Vec::new, own_or_inherited),
        _ => Vec::new(),
    }
}

/// True when noun `n` may name who does what a participle after it says:
/// a name, a plural (`exiles`) or an appositive of a name, not a thing
/// (`a pitch for the vote urging …`), and not a verb's object.
fn may_act(t: &Tree<'_>, n: usize) -> bool {
    // A verb's object or oblique with a participle after it may be the
    // participle's object instead (`wrote to the parties urging them`).
    let verbs_own = matches!(t.deprels[n], Deprel::Obj | Deprel::Iobj) || t.deprels[n].is(Deprel::Obl);
    // `it was the troops telling the leaders …` says who, not what.
    let cleft = t.children[n].iter().any(|&c| t.deprels[c] == Deprel::Cop);
    !verbs_own && !cleft && (t.upos[n] == Upos::Propn || t.xpos[n] == "NNS" || renamed(t, n) != n)
}

/// The name an appositive noun renames (`Egypt, a country …` → `Egypt`),
/// else the noun itself.
fn renamed(t: &Tree<'_>, n: usize) -> usize {
    match (t.deprels[n], t.heads[n]) {
        (Deprel::Appos, Some(h)) if t.upos[n] == Upos::Noun => h,
        _ => n,
    }
}

/// The possessor, modifier or `by` phrase of `n` when it is a commitment
/// noun (`decision`, `pledge`).
fn commitment_maker(t: &Tree<'_>, n: usize) -> Option<usize> {
    if !INTENT_NOUNS.contains(&t.lemmas[n].as_str()) {
        return None;
    }
    t.children[n].iter().copied().find(|&c| {
        matches!(t.deprels[c], Deprel::NmodPoss | Deprel::Compound | Deprel::Amod)
            || (t.deprels[c] == Deprel::Nmod && t.preposition(c) == Some("by"))
    })
}

/// Verbs whose complement is the act itself (`help offset`, `try to
/// reach`, `began to withdraw`).
const CATENATIVES: &[&str] = &[
    "help", "try", "seek", "attempt", "begin", "start", "continue", "work", "move", "stand", "keep", "fight",
    "strive", "want", "need", "hope", "aim",
];

/// The words a path reaches from the trigger, with implicit arguments.
fn slot_words(t: &Tree<'_>, i: usize, path: &Path) -> Vec<usize> {
    let found = t.walk(i, path);
    if !found.is_empty() {
        return found;
    }
    // `offered to help offset Jordan's costs`: a complement that only
    // begins, tries or helps passes the path on to its own complement.
    if let [Step::Rel(Deprel::Xcomp), rest @ ..] = path.as_slice() {
        let deeper: Vec<usize> = t
            .deps_exact(i, Deprel::Xcomp)
            .filter(|&x| CATENATIVES.contains(&t.lemmas[x].as_str()))
            .flat_map(|x| t.deps_exact(x, Deprel::Xcomp).collect::<Vec<_>>())
            .flat_map(|x| t.walk(x, rest))
            .collect();
        if !deeper.is_empty() {
            return deeper;
        }
    }
    let participle = matches!(t.deprels[i], Deprel::Acl | Deprel::AclRelcl);
    if let [Step::Rel(c), Step::Rel(s)] = path.as_slice() {
        if *c == Deprel::Ccomp && *s == Deprel::Nsubj {
            return t
                .deps_exact(i, Deprel::Ccomp)
                .flat_map(|v| subject_region(t, v))
                .collect();
        }
    }
    match path.first() {
        // A passive clause with its own patient (`soldiers have been
        // killed`) leaves its agent unsaid: the clause it is joined to
        // does not say who did it.
        Some(Step::Rel(r)) if *r == Deprel::Nsubj && path.len() == 1 => {
            if t.is_passive(i) && t.deps_exact(i, Deprel::NsubjPass).next().is_some() {
                Vec::new()
            } else {
                implicit_subject(t, i, 0)
            }
        }
        Some(Step::Rel(r)) if *r == Deprel::Obj && participle => {
            let head = t.heads[i].into_iter().collect::<Vec<_>>();
            head.iter().flat_map(|&h| t.walk(h, &path[1..])).collect()
        }
        // `a gift of 500 pounds of supplies to Kenya`: a noun's phrase
        // hangs on the last noun of its `of` chain.
        Some(step @ Step::Nmod(_)) if path.len() == 1 && t.upos[i].is_nominal() => {
            of_chain(t, i).into_iter().flat_map(|n| t.step(n, step)).collect()
        }
        _ => Vec::new(),
    }
}

/// The nouns below noun `i` along `of` phrases and appositions (`gift` →
/// `pounds` → `kilograms` → `supplies`), at most three deep.
fn of_chain(t: &Tree<'_>, i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut frontier = vec![i];
    for _ in 0..3 {
        frontier = frontier
            .iter()
            .flat_map(|&n| t.children[n].iter().copied())
            .filter(|&c| {
                (t.deprels[c] == Deprel::Nmod && t.preposition(c) == Some("of"))
                    || t.deprels[c] == Deprel::Appos
            })
            .collect();
        out.extend(frontier.iter().copied());
    }
    out
}

/// The words of a clause before its head verb, after its `that`: where
/// its subject is when the parser missed it.
fn subject_region(t: &Tree<'_>, v: usize) -> Vec<usize> {
    t.subtree(v)
        .into_iter()
        .filter(|&w| {
            w < v
                && !matches!(
                    t.deprels[w],
                    Deprel::Mark | Deprel::Punct | Deprel::Det | Deprel::Cc
                )
        })
        .collect()
}

/// Actors at a word, its coordinated words, or (failing that) one level
/// down its possessors, compounds, modifiers and appositions, or at the
/// noun it stands in apposition to.
fn actors_at(t: &Tree<'_>, actors: &SentenceActors, words: &[usize]) -> Vec<usize> {
    sides_at(t, actors, words, false)
}

/// Like [`actors_at`], with country and capital names allowed (`from
/// Poland`).
fn senders_at(t: &Tree<'_>, actors: &SentenceActors, words: &[usize]) -> Vec<usize> {
    targets_at(t, actors, words)
        .into_iter()
        .filter(|&a| !actors.is_place(a) || actors.is_country_name(a))
        .collect()
}

/// Like [`actors_at`], with places allowed (targets: `annexed Crimea`).
fn targets_at(t: &Tree<'_>, actors: &SentenceActors, words: &[usize]) -> Vec<usize> {
    sides_at(t, actors, words, true)
}

fn sides_at(t: &Tree<'_>, actors: &SentenceActors, words: &[usize], places: bool) -> Vec<usize> {
    let at = |w: usize| {
        if places {
            actors.at_or_place(w)
        } else {
            actors.at(w)
        }
    };
    let mut out: Vec<usize> = Vec::new();
    // A relative pronoun stands for its antecedent (`Assad, who met …`), a
    // reported clause's subject pronoun with no actor of its own for the
    // reporter (`police said they arrested …`).
    let words = words.iter().map(|&w| {
        relative::antecedent(t, w)
            .or_else(|| at(w).is_empty().then(|| relative::reporter(t, w)).flatten())
            .unwrap_or(w)
    });
    for w in words {
        for c in t.with_conjuncts(w) {
            let mut here: Vec<usize> = at(c);
            if here.is_empty() {
                // Possessors, modifiers, appositions and `of` phrases name who
                // the word is (`dozens of protesters`); only failing those,
                // another phrase (`the border with Ukraine`, `a station in
                // Kabul`).
                // A violent act as the doer (`the blast at the embassy
                // killed …`) is done by whom its possessor, adjective or
                // `by` phrase names; its other phrases name its place or
                // victims.
                // As a target (`condemned Iraq's invasion of Kuwait`) the
                // act stands for its doer when it names one.
                let violent = VIOLENT_ACTS.contains(&t.lemmas[c].as_str());
                // `a PKK attack`, not `the (Kenya) embassy bombing`.
                let hit_facility = violent
                    && t.children[c].iter().any(|&k| {
                        t.deprels[k] == Deprel::Compound && FACILITIES.contains(&t.lemmas[k].as_str())
                    });
                let doer = |d: &usize| {
                    matches!(t.deprels[*d], Deprel::NmodPoss | Deprel::Amod)
                        || (t.deprels[*d] == Deprel::Nmod && t.preposition(*d) == Some("by"))
                        || (t.deprels[*d] == Deprel::Compound
                            && !hit_facility
                            && (is_abbreviation(t.words[*d])
                                || at(*d).into_iter().all(|a| !actors.is_country_name(a))))
                };
                let act = violent
                    && (!places
                        || t.children[c]
                            .iter()
                            .filter(|d| doer(d))
                            .any(|&d| !at(d).is_empty()));
                let who = |d: &usize| {
                    if act {
                        return doer(d);
                    }
                    let kin = KIN.contains(&t.lemmas[c].as_str());
                    (t.deprels[*d] == Deprel::NmodPoss && !kin)
                        || matches!(
                            t.deprels[*d],
                            Deprel::Compound | Deprel::Amod | Deprel::Appos | Deprel::Flat
                        )
                        || (t.deprels[*d] == Deprel::Nmod && t.preposition(*d) == Some("of") && !kin)
                };
                // What an amount counts, by name or by its own modifiers
                // (`dozens of Hamas activists`).
                let counted = Some(through_quantities(t, c))
                    .filter(|&k| k != c)
                    .map(|k| sides_at(t, actors, &[k], places));
                let mut first: Vec<usize> = counted.filter(|a| !a.is_empty()).unwrap_or_else(|| {
                    t.children[c]
                        .iter()
                        .copied()
                        .filter(who)
                        .flat_map(|d| leader(t, d).map_or_else(|| at(d), at))
                        .collect()
                });
                // `Yemen's Houthi rebels`: a country is no side of its own
                // beside a group of that country the same noun names.
                if first.len() >= 2 {
                    let groups: Vec<String> = first.iter().map(|&a| actors.code(a).to_owned()).collect();
                    first.retain(|&a| {
                        let code = actors.code(a);
                        code.len() != 3 || !groups.iter().any(|g| g.len() > 3 && g.starts_with(code))
                    });
                }
                if first.is_empty() && !act {
                    // One compound further (`American weapons inspectors`).
                    first = modifiers_of_compounds(t, c).into_iter().flat_map(at).collect();
                }
                let near: Vec<usize> = if first.is_empty() && !act {
                    t.children[c]
                        .iter()
                        .copied()
                        .filter(|&d| t.deprels[d] == Deprel::Nmod)
                        .collect()
                } else {
                    Vec::new()
                };
                here = first;
                here.extend(near.into_iter().flat_map(at));
            }
            if here.is_empty() && t.deprels[c] == Deprel::Appos {
                here = t.heads[c].map(at).unwrap_or_default();
            }
            if here.is_empty() {
                here = clause_agents(t, c).into_iter().flat_map(at).collect();
            }
            for a in here {
                if !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// True for a name written as capitals and dots (`U.S.`, `UN`, `NATO`),
/// which news puts before a noun as a doer (`a U.S. air strike`), unlike
/// a place name (`the Nairobi bombing`).
fn is_abbreviation(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// The adjectives and compounds of the compounds of `c`: who `c` is when
/// its own modifiers name no one (`American` in `American weapons
/// inspectors`), through common nouns only (`Warsaw` in `Warsaw Pact
/// countries` names the pact).
fn modifiers_of_compounds(t: &Tree<'_>, c: usize) -> Vec<usize> {
    t.children[c]
        .iter()
        .filter(|&&d| t.deprels[d] == Deprel::Compound && t.lower[d] == t.words[d] && t.upos[d] == Upos::Noun)
        .flat_map(|&d| t.children[d].iter().copied())
        .filter(|&g| matches!(t.deprels[g], Deprel::Amod | Deprel::Compound | Deprel::NmodPoss))
        .collect()
}

/// The name before a hyphenated participle of leadership or ownership
/// (`Saudi-led`, `British-flagged`, `Iranian-owned`): the side that leads
/// or owns what the noun names.
fn leader(t: &Tree<'_>, d: usize) -> Option<usize> {
    let owned = matches!(
        t.lemmas[d].as_str(),
        "lead" | "flag" | "own" | "run" | "register" | "command" | "operate" | "control"
    );
    if t.deprels[d] != Deprel::Amod || t.xpos[d] != "VBN" || !owned || d == 0 || t.lower[d - 1] != "-" {
        return None;
    }
    t.children[d]
        .iter()
        .copied()
        .find(|&c| c + 2 == d && matches!(t.deprels[c], Deprel::Compound | Deprel::Amod | Deprel::Nsubj))
}

/// Words of amount (`tens of thousands of people`, `a group of
/// students`): what they count is who acts.
const QUANTITIES: &[&str] = &[
    "ten",
    "dozen",
    "score",
    "hundred",
    "thousand",
    "million",
    "number",
    "group",
    "handful",
    "crowd",
    "band",
    "couple",
    "few",
    "some",
    "many",
    "most",
    "all",
    "several",
    "party",
    "contingent",
    "delegation",
    "team",
];

/// The word a chain of amounts at `c` counts (`tens` → `people` in `tens
/// of thousands of people`); `c` itself when it counts nothing.
fn through_quantities(t: &Tree<'_>, c: usize) -> usize {
    let mut cur = c;
    for _ in 0..3 {
        if !QUANTITIES.contains(&t.lemmas[cur].as_str()) && t.upos[cur] != Upos::Num {
            break;
        }
        let of = t.children[cur]
            .iter()
            .copied()
            .find(|&d| t.deprels[d] == Deprel::Nmod && t.preposition(d) == Some("of"));
        match of {
            Some(d) => cur = d,
            None => break,
        }
    }
    cur
}

/// The violent act the trigger's object names when the act's own phrase
/// names no one who did it (`condemned the bombing of the embassy`, not
/// `the Pakistani attack`).
fn undone_act(t: &Tree<'_>, actors: &SentenceActors, i: usize) -> Option<usize> {
    let agentive = |d: usize| {
        matches!(t.deprels[d], Deprel::NmodPoss | Deprel::Amod | Deprel::Compound)
            || t.preposition(d) == Some("by")
    };
    t.deps_exact(i, Deprel::Obj).find(|&o| {
        VIOLENT_ACTS.contains(&t.lemmas[o].as_str())
            && !t.children[o]
                .iter()
                .any(|&d| agentive(d) && !actors.at(d).is_empty())
    })
}

/// True when the trigger's wording makes its coordinated subjects act on
/// each other (`Egypt and Syria met`, `agreed`, `signed`, `held talks`,
/// `worked together`, `restored relations`), not side by side (`Egypt and
/// Syria sent troops`).
fn done_together(t: &Tree<'_>, i: usize) -> bool {
    let together = t.children[i].iter().any(|&c| {
        matches!(t.lower[c].as_str(), "together" | "jointly" | "bilateral")
            || (t.lower[c] == "other" && t.deprels[c].is(Deprel::Obj))
            || (matches!(t.lemmas[c].as_str(), "relation" | "tie") && t.deprels[c] == Deprel::Obj)
    });
    together || t.lemmas[i] == "agree" || reciprocal_wording(t, i)
}

/// True when the trigger is a word of mutual action ([`RECIPROCAL`]:
/// `met`, `signed`), or its object is one and the trigger only carries it
/// out (`held talks`, `reached an agreement`). Acting on such an act is
/// one-sided: `praised the cooperation`, `welcomed the talks`.
pub(super) fn reciprocal_wording(t: &Tree<'_>, i: usize) -> bool {
    let mutual = |w: usize| RECIPROCAL.contains(&t.lemmas[w].as_str());
    let carries_out = |v: usize| {
        let lemma = t.lemmas[v].as_str();
        mutual(v) || LIGHT_VERBS.contains(&lemma) || CONCLUDING_VERBS.contains(&lemma)
    };
    mutual(i) || (carries_out(i) && t.deps_exact(i, Deprel::Obj).any(mutual))
}

/// Verbs that bring a joint act about (`reached an agreement`, `struck a
/// deal`), so their object's mutual wording makes the event mutual.
const CONCLUDING_VERBS: &[&str] = &[
    "reach", "strike", "seal", "ink", "finalize", "finalise", "forge", "agree",
];

/// Who made or did what noun `c` names, by a clause on it: `the decision
/// announced by Washington` (the `by` phrase of a participle), `the offer
/// Chile made` and `the plan which Egypt proposed` (the subject of a
/// relative clause whose object is the noun).
fn clause_agents(t: &Tree<'_>, c: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for &v in &t.children[c] {
        match t.deprels[v] {
            Deprel::Acl => out.extend(
                t.children[v]
                    .iter()
                    .copied()
                    .filter(|&d| t.deprels[d].is(Deprel::Obl) && t.preposition(d) == Some("by")),
            ),
            Deprel::AclRelcl => {
                let subject = t
                    .deps_exact(v, Deprel::Nsubj)
                    .find(|&s| !relative::is_relative_pronoun(t, s));
                out.extend(subject);
            }
            _ => {}
        }
    }
    out
}

/// A requirement holds when the word at its path has one of its lemmas;
/// for one-step paths any dependent of the trigger will do, since parsers
/// often mislabel the relation (`calling the claims "lies"`).
/// The pseudo-lemma `@named` is met by a named actor that is no country
/// or place (`returned Gonzalez to Cuba`, `freed the Hamas leader`);
/// `@any` by any word at exactly that path (`asked Germany to …`, `asked
/// Germany for …`).
fn requirement_met(t: &Tree<'_>, actors: &SentenceActors, i: usize, path: &Path, lemmas: &[String]) -> bool {
    if lemmas.iter().any(|l| l == "@any") {
        return !slot_words(t, i, path).is_empty();
    }
    let named = |w: usize| {
        actors
            .at(w)
            .into_iter()
            .any(|a| !actors.is_place(a) && !actors.is_country_name(a))
    };
    let has = |w: usize| {
        lemmas
            .iter()
            .any(|l| if l == "@named" { named(w) } else { t.is_lemma(w, l) })
    };
    let words = slot_words(t, i, path);
    if words.iter().any(|&w| has(w)) {
        return true;
    }
    // `supplies of gas` is also said `gas supplies`.
    if let Some((Step::Nmod(of), rest)) = path.split_last() {
        let mut compound = rest.to_vec();
        compound.push(Step::Compound);
        if of == "of" && slot_words(t, i, &compound).into_iter().any(has) {
            return true;
        }
    }
    let below = t.children[i]
        .iter()
        .any(|&c| has(c) && !matches!(t.deprels[c], Deprel::Nsubj | Deprel::NsubjPass));
    // `calling the claims "lies"` parsed as the subject clause of `lies`.
    let above = t.deprels[i] == Deprel::Csubj && t.heads[i].is_some_and(has);
    path.len() == 1 && (below || above)
}

/// Why a frame could not be filled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unfilled {
    /// A trigger word the entry needs (`pull back`: `back`) is not a
    /// dependent of the trigger.
    MissingWord(String),
    /// A requirement (`obj=troop|force`) is not met.
    Requirement(String),
    /// No actor along any source path.
    NoSource,
    /// No actor along any target path, and the target is not optional.
    NoTarget,
}

impl std::fmt::Display for Unfilled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unfilled::MissingWord(w) => write!(f, "no `{w}` among the trigger's dependents"),
            Unfilled::Requirement(r) => write!(f, "requirement {r} not met"),
            Unfilled::NoSource => f.write_str("no actor in any source slot"),
            Unfilled::NoTarget => f.write_str("no actor in any target slot"),
        }
    }
}

/// Fills `entry`'s frame at trigger word `i`, or says why it cannot: a
/// required word, a requirement, the source or a required target is
/// missing.
pub fn fill(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    earlier: &Earlier,
    implied: bool,
) -> Result<Filled, Unfilled> {
    let between = entry
        .target
        .iter()
        .any(|p| matches!(p.as_slice(), [Step::Nmod(x)] if x == "between"));
    for w in &entry.with {
        // A trigger word is a dependent (`pull back`, `hold talks`) or the
        // preposition of an oblique that is not a time (`call on Israel`).
        let direct = t.children[i].iter().any(|&c| t.is_lemma(c, w));
        let preposition = t.children[i].iter().any(|&c| {
            t.deprels[c].is(Deprel::Obl)
                && t.deprels[c] != Deprel::OblTmod
                && t.preposition(c) == Some(w.as_str())
                && !is_time_word(t, c)
        });
        if !direct && !preposition {
            return Err(Unfilled::MissingWord(w.clone()));
        }
    }
    if let Some((path, lemmas)) = entry
        .requires
        .iter()
        .find(|(path, lemmas)| !requirement_met(t, actors, i, path, lemmas))
    {
        return Err(Unfilled::Requirement(format!(
            "{}={}",
            crate::syntax::path::path_text(path),
            lemmas.join("|")
        )));
    }
    let mut sent_from = false;
    let sources = entry
        .source
        .iter()
        .map(|p| {
            let words = unnamed::without_facilities(t, i, entry, slot_words(t, i, p));
            // `received tanks from Poland`: a country named as where
            // something comes from is who sends it.
            let from = matches!(p.last(), Some(Step::Nmod(x) | Step::Obl(x)) if x == "from");
            match from {
                true => senders_at(t, actors, &words),
                false => actors_at(t, actors, &words),
            }
        })
        .find(|a| !a.is_empty())
        .or_else(|| {
            let agents = actors_at(t, actors, &noun_agent(t, i));
            (entry.noun && !agents.is_empty()).then_some(agents)
        })
        .or_else(|| {
            let senders = if entry.noun {
                from_source(t, actors, i)
            } else {
                Vec::new()
            };
            sent_from = !senders.is_empty();
            sent_from.then_some(senders)
        });
    let pairs = if between {
        between_pairs(t, actors, i)
    } else {
        Vec::new()
    };
    if !pairs.is_empty() && (sources.is_none() || t.walk(i, &[Step::Nmod("between".into())]).is_empty()) {
        return Ok(Filled {
            pairs,
            ..Filled::default()
        });
    }
    let sources = match sources {
        Some(found) => found,
        None => match unnamed::unnamed_act(t, actors, i, entry) {
            Some(act) => return fill_unnamed(t, actors, i, entry, act, earlier),
            None => vec![implicit_source(t, actors, i, entry, earlier)
                .or_else(|| crowds::crowd_source(t, actors, i, entry, implied))
                .ok_or(Unfilled::NoSource)?],
        },
    };
    if entry.target.is_empty() {
        return Ok(Filled {
            sources,
            ..Filled::default()
        });
    }
    // What sides do to each other they do to no one else (`pledged to
    // consult each other on relations with NATO`).
    if sources.len() >= 2 && names_each_other(t, i) {
        return Ok(Filled {
            sources,
            among_sources: true,
            ..Filled::default()
        });
    }
    // A path that finds only the sources again (`warned that it would
    // cut gas to Ukraine`: `it`) gives way to the next.
    let mut targets = Vec::new();
    for path in &entry.target {
        let found = target_actors(t, actors, i, path, earlier);
        let other =
            |a: &usize| !sources.contains(a) && !sources.iter().any(|&s| actors.code(s) == actors.code(*a));
        if found.iter().any(other) {
            targets = found;
            break;
        }
    }
    let mut targets: Vec<usize> = targets.into_iter().filter(|a| !sources.contains(a)).collect();
    // `attacked a police post in Mali`: the state organ whose thing was
    // hit before the place (`terrorist sites in Sudan` stay Sudan's).
    if !targets.is_empty()
        && targets
            .iter()
            .all(|&a| actors.is_place(a) || actors.is_country_name(a))
    {
        let organ = |a: &usize| {
            let code = actors.code(*a);
            matches!(
                code.get(code.len().saturating_sub(3)..),
                Some("COP" | "MIL" | "GOV" | "JUD" | "LEG")
            )
        };
        let owned = owners_hit(t, actors, i, entry);
        if !owned.is_empty() && owned.iter().all(organ) {
            targets = owned;
        }
    }
    // Condemning a violent act that names no doer criticises its unnamed
    // perpetrators where it happened, not its victims.
    if let Some(act) = entry
        .code
        .starts_with("11")
        .then(|| undone_act(t, actors, i))
        .flatten()
    {
        let mut targets = earlier_doers(t, actors, i, entry, earlier);
        if targets.is_empty() {
            targets = actors.unnamed_perpetrators(i, &t.subtree(act));
        }
        if targets.is_empty() {
            return Err(Unfilled::NoTarget);
        }
        return Ok(Filled {
            sources,
            targets,
            ..Filled::default()
        });
    }
    if !targets.is_empty() {
        return Ok(Filled {
            sources,
            targets,
            ..Filled::default()
        });
    }
    let owned = owners_hit(t, actors, i, entry);
    if !owned.is_empty() {
        return Ok(Filled {
            sources,
            targets: owned,
            ..Filled::default()
        });
    }
    let doers = earlier_doers(t, actors, i, entry, earlier);
    if !doers.is_empty() {
        return Ok(Filled {
            sources,
            targets: doers,
            ..Filled::default()
        });
    }
    if let Some(government) = implied
        .then(|| crowds::protested_government(t, actors, i, entry, &sources))
        .flatten()
    {
        return Ok(Filled {
            sources,
            targets: vec![government],
            ..Filled::default()
        });
    }
    if entry.target_optional {
        return Ok(Filled {
            sources,
            ..Filled::default()
        });
    }
    let mut hit = place_of_force(t, actors, i, entry);
    if hit.is_empty() {
        hit = people_hit(t, actors, i, entry);
    }
    if !hit.is_empty() {
        return Ok(Filled {
            sources,
            targets: hit,
            ..Filled::default()
        });
    }
    // Sides that fight with no one else named fight each other (`Thailand
    // and Cambodia exchanged fire`); sides that exchange prisoners or
    // trade accusations release them to, or accuse, each other.
    let exchanged = matches!(t.lemmas[i].as_str(), "exchange" | "trade");
    let symmetric = matches!(&entry.code[..2], "03" | "04" | "05" | "06")
        || (entry.code.starts_with("19") && reciprocal_wording(t, i))
        || (matches!(&entry.code[..2], "08" | "11" | "12") && exchanged);
    // What comes from several sides is not done among them (`cooperation
    // from Kenya and Tanzania`).
    if symmetric && sources.len() >= 2 && done_together(t, i) && !sent_from {
        return Ok(Filled {
            sources,
            among_sources: true,
            ..Filled::default()
        });
    }
    Err(Unfilled::NoTarget)
}

/// Who did the earlier act that a verb's object or oblique names again
/// with no actor of its own (`condemned the arrests`, `welcomed the
/// move`): the response is directed at its doer.
fn earlier_doers(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    earlier: &Earlier,
) -> Vec<usize> {
    if entry.noun {
        return Vec::new();
    }
    // A bare object is an act only for verbs that answer acts (welcoming
    // a person is hosting); an object whose owner the frame looks for is
    // one for every verb.
    let answers = matches!(entry.code.get(..2), Some("05" | "11" | "12" | "14"));
    let object = |p: &Path| match p.as_slice() {
        [Step::Rel(Deprel::Obj)] => answers,
        [Step::Rel(Deprel::Obj), ..] => true,
        _ => false,
    };
    let mut words: Vec<usize> = Vec::new();
    for p in &entry.target {
        let found = match p.as_slice() {
            [Step::Obl(_)] => slot_words(t, i, p),
            _ if object(p) => t.deps_exact(i, Deprel::Obj).collect(),
            _ => Vec::new(),
        };
        words.extend(found.into_iter().filter(|&w| actors.at(w).is_empty()));
    }
    words.dedup();
    let doer = words.iter().find_map(|&w| earlier.doer_of(t, w));
    doer.map(|side| vec![actors.push_external(side)])
        .unwrap_or_default()
}

/// Whose things force or coercion hit when the things name no one
/// (`shelled rebel positions`, `raided a police station`): the agents
/// modifying the first target path's nouns.
fn owners_hit(t: &Tree<'_>, actors: &SentenceActors, i: usize, entry: &Entry) -> Vec<usize> {
    if !matches!(entry.code.get(..2), Some("17" | "18" | "19" | "20")) {
        return Vec::new();
    }
    for path in &entry.target {
        let owners: Vec<usize> = slot_words(t, i, path)
            .into_iter()
            .filter(|&w| actors.at(w).is_empty())
            .flat_map(|w| t.children[w].clone())
            .filter(|&c| matches!(t.deprels[c], Deprel::Compound | Deprel::Amod | Deprel::NmodDesc))
            .filter_map(|c| actors.owner_at(c))
            .collect();
        if !owners.is_empty() {
            return owners;
        }
    }
    Vec::new()
}

/// Nouns for people hit by violence or coercion who are no side of their
/// own until the place or the attacker gives them a country (`killed
/// twelve people`, `wounded three civilians`, `arrested two suspects`).
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "civilian",
    "villager",
    "resident",
    "passenger",
    "pedestrian",
    "passer-by",
    "bystander",
    "shopper",
    "child",
    "woman",
    "man",
    "suspect",
    "youth",
    "teenager",
];

/// Civilians a violent act's object names with no country of their own
/// (`killed twelve people at a mosque in Peshawar`). When an act noun is
/// the subject (`a Peruvian bombing of a Chilean market killed nine
/// people`), the noun's own event says whom it hit.
fn people_hit(t: &Tree<'_>, actors: &mut SentenceActors, i: usize, entry: &Entry) -> Vec<usize> {
    let by_act = t
        .deps_exact(i, Deprel::Nsubj)
        .any(|s| VIOLENT_ACTS.contains(&t.lemmas[s].as_str()));
    if by_act {
        return Vec::new();
    }
    let hit = hit_words(t, actors, i, entry);
    hit.into_iter().map(|w| actors.countryless_civilians(w)).collect()
}

/// The objects of violent verb `i` that name people who are no actor
/// (`twelve people`, `three civilians`).
fn hit_words(t: &Tree<'_>, actors: &SentenceActors, i: usize, entry: &Entry) -> Vec<usize> {
    if entry.noun || !matches!(entry.code.get(..2), Some("17" | "18" | "19" | "20")) {
        return Vec::new();
    }
    t.step(i, &Step::Rel(Deprel::Obj))
        .into_iter()
        .filter(|&o| {
            PEOPLE.contains(&t.lemmas[o].as_str())
                && actors.at_or_place(o).into_iter().all(|a| actors.is_by_setting(a))
        })
        .collect()
}

/// True when the trigger at `i` has `each other` or `one another` after
/// it as a dependent (`accused each other`, `talked with one another`),
/// headed by either word (the treebank heads `each other` by `each`).
fn names_each_other(t: &Tree<'_>, i: usize) -> bool {
    let pair = |a: usize, b: usize| {
        matches!(
            (t.lower[a].as_str(), t.lower[b].as_str()),
            ("each", "other") | ("one", "another")
        )
    };
    let here = |v: usize| {
        t.children[v].iter().any(|&c| {
            let after = c > v;
            let headed_first = c + 1 < t.len() && pair(c, c + 1);
            let headed_second = c > 0 && pair(c - 1, c);
            after && (headed_first || headed_second)
        })
    };
    // `pledged to consult each other`: the complement's each other.
    here(i) || t.deps_exact(i, Deprel::Xcomp).any(here)
}

/// Force used on something that is no actor, where the clause names a
/// place (`stormed a police post in Mosul`): used on that place, whose
/// people CAMEO codes as the target.
fn place_of_force(t: &Tree<'_>, actors: &SentenceActors, i: usize, entry: &Entry) -> Vec<usize> {
    let forceful = matches!(entry.code.get(..2), Some("17" | "18" | "19" | "20"));
    if entry.noun || !forceful || t.deps_exact(i, Deprel::Obj).next().is_none() {
        return Vec::new();
    }
    t.children[i]
        .iter()
        .filter(|&&c| {
            t.deprels[c].is(Deprel::Obl) && matches!(t.preposition(c), Some("in" | "near" | "outside"))
        })
        .flat_map(|&c| actors.at_or_place(c))
        .filter(|&a| actors.is_country_name(a))
        .collect()
}

/// A violent act no one is named for: its unidentified doers in each
/// country where it happened, against its targets (for a noun with none,
/// the places of its phrase).
fn fill_unnamed(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    act: usize,
    earlier: &Earlier,
) -> Result<Filled, Unfilled> {
    // People the act hit are those of where it was, not of the story's
    // setting.
    let people = hit_words(t, actors, i, entry);
    let mut targets = match people.is_empty() {
        true => entry
            .target
            .iter()
            .map(|p| target_actors(t, actors, i, p, earlier))
            .find(|a| !a.is_empty())
            .unwrap_or_default(),
        false => Vec::new(),
    };
    if targets.is_empty() && entry.noun {
        targets = unnamed::place_targets(t, actors, act);
    }
    let doers = unnamed::doers(t, actors, i, act);
    // `the blasts in Nairobi and Dar es Salaam killed 257 people`: the
    // people of each place the act was in. An act that names whom it hit
    // (`the attacks on the embassies killed …`) is coded once, by its noun.
    let act_hit_someone = || {
        t.subtree(act)
            .into_iter()
            .any(|w| actors.at(w).into_iter().any(|a| !actors.is_country_name(a)))
    };
    if targets.is_empty() && !people.is_empty() && !act_hit_someone() {
        let mut countries = actors.countries_at(&t.subtree(act));
        if countries.is_empty() {
            countries = actors.countries_at(&t.subtree(i));
        }
        targets = countries
            .iter()
            .map(|c| actors.civilians_of(people[0], c))
            .collect();
    }
    if targets.is_empty() {
        return Err(Unfilled::NoTarget);
    }
    let pairs = unnamed::pair_by_country(actors, &doers, &targets);
    if pairs.is_empty() {
        return Err(Unfilled::NoSource);
    }
    Ok(Filled {
        pairs,
        ..Filled::default()
    })
}

/// The unnamed agent of an act with no subject of its own (`was
/// arrested`, `charged last week`), when the entry names one (`@COP`).
fn implicit_source(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    entry: &Entry,
    earlier: &Earlier,
) -> Option<usize> {
    let agent = entry.source.iter().find_map(|p| match p.as_slice() {
        [Step::Implicit(agent)] => Some(agent.clone()),
        _ => None,
    })?;
    let own_subject = t.children[i].iter().any(|&c| t.deprels[c] == Deprel::Nsubj);
    if own_subject && !t.is_passive(i) {
        return None;
    }
    let target = entry
        .target
        .iter()
        .map(|p| target_actors(t, actors, i, p, earlier))
        .find(|a| !a.is_empty())
        .and_then(|a| a.first().copied());
    actors.implicit(i, &agent, &t.subtree(i), target)
}

/// Target actors along one path. A clause-subject path whose subject the
/// parser missed takes the first actor of the clause (with its conjuncts).
fn target_actors(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    i: usize,
    path: &Path,
    earlier: &Earlier,
) -> Vec<usize> {
    if let Some((Step::Author, rest)) = path.split_last() {
        return author_actors(t, actors, &slot_words(t, i, &rest.to_vec()), earlier);
    }
    let words = slot_words(t, i, path);
    // `condolences to the victims' families`: the victims of the attack
    // the story last told of.
    if !earlier.victims.is_empty() && discourse::names_victims(t, &words) {
        let victims = earlier.victims.clone();
        return victims.into_iter().map(|v| actors.push_external(v)).collect();
    }
    let is_region =
        matches!(path.as_slice(), [Step::Rel(c), Step::Rel(s)] if *c == Deprel::Ccomp && *s == Deprel::Nsubj);
    if !is_region {
        return targets_at(t, actors, &words);
    }
    // The clause subject's leftmost actor and its conjuncts: `that the
    // U.S. and NATO bar Ukraine` even when the parser hangs the U.S. and
    // NATO below `Ukraine`.
    let own: Vec<usize> = t
        .deps_exact(i, Deprel::Ccomp)
        .flat_map(|v| t.deps_exact(v, Deprel::Nsubj).collect::<Vec<_>>())
        .collect();
    let leftmost = own
        .iter()
        .flat_map(|&s| t.subtree(s))
        .filter(|&w| !actors.at(w).is_empty())
        .min();
    if let Some(first) = leftmost {
        return actors_at(t, actors, &[first]);
    }
    match words.iter().find(|&&w| !actors.at_or_place(w).is_empty()) {
        Some(&first) => actors_at(t, actors, &[first]),
        None => Vec::new(),
    }
}

/// Who made what the words name: their possessors and modifiers, else the
/// source of the latest earlier event with the same lemma.
fn author_actors(
    t: &Tree<'_>,
    actors: &mut SentenceActors,
    words: &[usize],
    earlier: &Earlier,
) -> Vec<usize> {
    let mut out = Vec::new();
    for &w in words {
        let near: Vec<usize> = t.children[w]
            .iter()
            .copied()
            .filter(|&d| matches!(t.deprels[d], Deprel::NmodPoss | Deprel::Amod | Deprel::Compound))
            .collect();
        let found = actors_at(t, actors, &near);
        if !found.is_empty() {
            out.extend(found);
            continue;
        }
        let lemma = &t.lemmas[w];
        if let Some((_, side)) = earlier
            .sources
            .iter()
            .rev()
            .find(|(l, _)| l == lemma || t.is_lemma(w, l))
        {
            out.push(actors.push_external(side.clone()));
        }
    }
    out
}

/// `between the U.S. and Russia, NATO and Russia`: the actors after the
/// word `between`, paired in order. A `between` past a relative word
/// (`a ceasefire in Sudan, where fighting between…`) belongs to another
/// clause.
pub fn between_pairs(t: &Tree<'_>, actors: &SentenceActors, after: usize) -> Vec<(usize, usize)> {
    let Some(b) = (after..t.len()).find(|&w| t.lemmas[w] == "between") else {
        return Vec::new();
    };
    if (after..b).any(|w| matches!(t.xpos[w], "WRB" | "WDT" | "WP")) {
        return Vec::new();
    }
    let mut found: Vec<usize> = Vec::new();
    for w in b + 1..t.len() {
        if matches!(t.upos[w], Upos::Verb) || matches!(t.lemmas[w].as_str(), "at" | "in" | "on" | ";") {
            break;
        }
        for a in actors.at(w) {
            if !found.contains(&a) {
                found.push(a);
            }
        }
    }
    found.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

/// True when the oblique is a time (`on Monday`), not an addressee.
fn is_time_word(t: &Tree<'_>, w: usize) -> bool {
    let anchor = NaiveDate::from_ymd_opt(2000, 1, 1).expect("valid date");
    dating::resolve(&[t.words[w]], anchor, false).is_some()
}
