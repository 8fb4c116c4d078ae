//! From a filled frame to events: mode, code, date, place and evidence.

use super::codebook::Codebook;
use super::figurative::{criticised_idea, figurative, figurative_meeting};
use super::place::clause_place;
use super::sentence::Sentence;
use super::sides;
use super::slots::{self, Filled, SentenceActors};
use super::trace::Verdict;
use super::when::event_time;
use super::{codes, modality};
use crate::events::lexicon::Entry;
use crate::syntax::tree::Tree;
use crate::syntax::words::LIGHT_VERBS;
use dyad_core::{DatePrecision, Deprel, Event, EventActor, Span};

/// Turns a filled frame at word `i` into events (one per source-target
/// pair), unless CAMEO does not count the clause's mode; says what became
/// of the entry.
#[allow(clippy::too_many_arguments)]
pub(super) fn emit(
    codebook: &Codebook,
    s: &Sentence<'_>,
    tree: &Tree<'_>,
    actors: &SentenceActors,
    i: usize,
    entry: &Entry,
    found: Filled,
    out: &mut Vec<Event>,
) -> Verdict {
    let (doc, index, anchor, options) = (s.doc, s.index, s.anchor, s.options);
    let clause = if entry.noun {
        slots::governing_verb(tree, i).unwrap_or(i)
    } else {
        i
    };
    let mode = if entry.noun {
        modality::noun_mode(tree, i, LIGHT_VERBS)
    } else {
        modality::mode_of(tree, clause)
    };
    let (code, mode) = codes::by_mode(&entry.code, mode, tree, clause);
    let code = codes::by_aid_kind(&code, tree, i);
    let code = codes::by_means(&code, tree, i);
    let code = codes::by_gathering(&code, tree, i);
    let counts = codes::counted(&code, mode);
    if !counts && !options.all_modes {
        return Verdict::NotCounted(mode);
    }
    if codebook.get(&code).is_none() {
        return Verdict::NoCode(code);
    }
    let (date, precision, evidence) = match event_time(tree, i, clause, &s.times) {
        Some((value, words)) => (Some(value.date), value.precision, Some(words)),
        None => match anchor {
            Some(d) => (Some(d), DatePrecision::Day, None),
            None => (None, DatePrecision::Unknown, None),
        },
    };
    let base = doc.sentences[index].tokens.start;
    let evidence = evidence.map(|w: std::ops::Range<usize>| {
        Span::new(
            doc.tokens[base + w.start].span.start as usize,
            doc.tokens[base + w.end - 1].span.end as usize,
        )
    });
    let trigger = doc.tokens[base + i].span;
    let venue = clause_place(doc, tree, index, clause);
    let venue_country = venue.as_ref().map(|p| p.country.clone());
    let location = venue.or_else(|| doc.dateline_place.clone());
    let before = out.len();
    let mut dropped = None;
    let mut pairs = found.pairs();
    if found.among_sources() || reciprocal(&code, tree, i) {
        let reverse: Vec<(usize, Option<usize>)> = pairs
            .iter()
            .filter_map(|&(s, t)| t.filter(|&t| !actors.is_place(t)).map(|t| (t, Some(s))))
            .collect();
        pairs.extend(reverse);
    }
    for (s, t) in pairs {
        // A side with no country takes the country where the clause
        // happens; CAMEO coders skip one whose country they cannot name,
        // and a region named as a destination is no side at all.
        // A target with no country and no place may still be the
        // source's own people (`Tunisian police arrested opposition
        // leaders`), once the source is known.
        let mut unplaced = None;
        let target = match t {
            Some(t) if actors.is_region(t) && is_destination(tree, &actors.words_of(t)) => None,
            Some(t) => match with_country(actors, tree, clause, t, false, None) {
                Some(side) => Some(Some((side, actors.is_place(t)))),
                None if !actors.is_place(t) => {
                    unplaced = Some(t);
                    Some(None)
                }
                None => None,
            },
            None => Some(None),
        };
        let Some(target) = target else {
            dropped = Some(Verdict::NoCountry);
            continue;
        };
        // Force takes its doer's country from whom it hits, and a group
        // outside the state from the state it deals with; a minister with
        // no country who criticises Iran is not Iran's.
        let forceful = matches!(code.get(..2), Some("15" | "16" | "17" | "18" | "19" | "20"));
        let outside_state = matches!(actors.code(s), "REB" | "INS" | "OPP" | "UAF" | "CRM");
        let of_target = target
            .as_ref()
            .map(|(side, _)| side)
            .filter(|_| forceful || outside_state);
        let Some(source) = with_country(actors, tree, clause, s, true, of_target) else {
            dropped = Some(Verdict::NoCountry);
            continue;
        };
        let target = match unplaced {
            Some(t) => match of_source_country(actors.side(t), &source, &code) {
                Some(side) => Some((side, false)),
                None => {
                    dropped = Some(Verdict::NoCountry);
                    continue;
                }
            },
            None => target,
        };
        let source = of_its_time(source, date);
        let target = target
            .map(|(side, place)| of_its_time(civilians_of_place(entry, &source.code, side, place), date));
        let code = codes::by_doer(&code, &source.code);
        let code = codes::by_military_side(&code, &source.code, target.as_ref().map(|t| t.code.as_str()));
        let code = match &target {
            Some(t) => codes::by_venue(&code, &source.code, &t.code, venue_country.as_deref()),
            None => code,
        };
        // `attacked the court's decision`: words against words.
        let code = match matches!(code.get(..2), Some("18" | "19" | "20")) && criticised_idea(tree, i) {
            true => "111".to_owned(),
            false => code,
        };
        let Some(info) = codebook.get(&code) else {
            dropped = Some(Verdict::NoCode(code));
            continue;
        };
        // No event between an actor and itself or the name of its own
        // country (`Turkey hosted talks in Ankara`); a person of that
        // country is someone else (`Kopp was charged` by the courts).
        let country_name = t.is_some_and(|t| actors.is_country_name(t));
        if target.as_ref().is_some_and(|t| {
            t.code == source.code || (country_name && source.code.get(..3) == Some(t.code.as_str()))
        }) {
            dropped = Some(Verdict::SameActor);
            continue;
        }
        // Violence needs a target, physical means and someone to wield them.
        if matches!(code.get(..2), Some("18" | "19" | "20")) && figurative(tree, i, &source, target.as_ref())
        {
            dropped = Some(Verdict::Figurative);
            continue;
        }
        if code.starts_with("04") && figurative_meeting(tree, i) {
            dropped = Some(Verdict::Figurative);
            continue;
        }
        // A statement is an event only when it is made to someone, and
        // not to the press (`X said`, `X told reporters` are not).
        let statement = code.starts_with("01");
        if statement && target.as_ref().is_none_or(|t| t.code.ends_with("MED")) {
            dropped = Some(Verdict::NoAddressee);
            continue;
        }
        // The evidence stays in the sentence: a side found in an earlier
        // sentence (`those demands` → Moscow) is not part of it.
        let sentence_span = doc.sentences[index].span;
        let span = [Some(source.span), target.as_ref().map(|t| t.span), Some(trigger)]
            .into_iter()
            .flatten()
            .filter(|s| sentence_span.contains(*s))
            .reduce(|a, b| Span::new(a.start.min(b.start) as usize, a.end.max(b.end) as usize))
            .unwrap_or(trigger);
        out.push(Event {
            source,
            target,
            cameo: code.clone(),
            goldstein: info.goldstein,
            quad_class: info.quad_class,
            plover_type: info.plover_type.clone(),
            plover_mode: info.plover_mode.clone(),
            mode,
            date,
            date_precision: precision,
            date_evidence: evidence,
            location: location.clone(),
            sentence: index,
            span,
            trigger,
            rule: entry.rule.clone(),
        });
    }
    match out.len() - before {
        0 => dropped.unwrap_or(Verdict::SameActor),
        n => Verdict::Fired(n),
    }
}

/// True when the phrase of `words` is where something goes or is (`to
/// East Africa`, `into Eastern Europe`, `patrolling the Persian Gulf`):
/// a region named so is a place, not an actor.
fn is_destination(tree: &Tree<'_>, words: &[usize]) -> bool {
    let outside = |w: usize| tree.heads[w].is_none_or(|h| !words.contains(&h));
    let Some(&head) = words.iter().find(|&&w| outside(w)) else {
        return false;
    };
    let locative = tree.preposition(head).is_some_and(|p| {
        matches!(
            p,
            "to" | "into"
                | "in"
                | "across"
                | "through"
                | "throughout"
                | "toward"
                | "towards"
                | "around"
                | "near"
        )
    });
    let verb = tree.heads[head].map(|h| tree.lemmas[h].as_str());
    let crossed =
        tree.deprels[head] == Deprel::Obj && matches!(verb, Some("patrol" | "mediate" | "enter" | "cross"));
    locative || crossed
}

/// Side `a`, given the country of the place where the clause happens
/// when it has none (`insurgents attacked a station in Kabul`), or for a
/// source, of the dateline or else of the target (`rebels attacked a
/// Turkish convoy`); `None` when it stays without a country.
fn with_country(
    actors: &SentenceActors,
    tree: &Tree<'_>,
    clause: usize,
    a: usize,
    source: bool,
    target: Option<&EventActor>,
) -> Option<EventActor> {
    let mut side = actors.side(a);
    if !actors.is_countryless(a) {
        return Some(side);
    }
    if actors.is_place(a) {
        return None;
    }
    // Where the clause happens, not where someone goes (`on a visit to Peru`).
    let located: Vec<usize> = tree
        .subtree(clause)
        .into_iter()
        .filter(|&w| {
            !matches!(
                tree.preposition(w),
                Some("to" | "toward" | "towards" | "from" | "for")
            )
        })
        .collect();
    // Only a state or its organs: rebels who attack a Turkish convoy are
    // Turkey's, police who question a Somali man need not be Somalia's.
    let of_target = || {
        target
            .filter(|t| {
                t.code.len() == 3 || matches!(t.code.get(3..6), Some("GOV" | "MIL" | "COP" | "LEG" | "JUD"))
            })
            .and_then(|t| t.code.get(..3))
            .filter(|c| !matches!(*c, "IGO" | "NGO" | "IMG"))
    };
    let country = match source {
        // A source: where it acts, the dateline's country, or its target's.
        true => actors
            .place_country(&located)
            .or(actors.dateline_country())
            .or_else(of_target),
        false => actors.place_country(&located),
    }?;
    side.code = format!("{country}{}", side.code);
    Some(side)
}

/// A target with no country of its own, as one of the source's country
/// when the source is a state or one of its organs and the target is
/// among its people: police arrest and courts try at home unless the
/// sentence names another place (which [`with_country`] reads first).
fn of_source_country(mut side: EventActor, source: &EventActor, code: &str) -> Option<EventActor> {
    let organ = source.code.get(3..6);
    let state = source.code.len() == 3 || sides::is_state_organ(&source.code);
    // Armies also strike abroad (`civilians killed in a U.S. air strike`):
    // only the police's force, or an army's against insurgents, is taken
    // to be used at home.
    let forceful = matches!(code.get(..2), Some("18" | "19" | "20"));
    let at_home = !forceful || organ == Some("COP") || matches!(side.code.as_str(), "REB" | "INS");
    let country = source
        .code
        .get(..3)
        .filter(|c| !matches!(*c, "IGO" | "NGO" | "IMG"))?;
    let people = matches!(
        side.code.as_str(),
        "OPP" | "CVL" | "CRM" | "PTY" | "REB" | "INS" | "MED" | "EDU" | "LAB" | "BUS" | "HLH" | "REL"
    );
    if !state || !at_home || !people || crate::actors::is_not_local(&side.name.to_lowercase()) {
        return None;
    }
    side.code = format!("{country}{}", side.code);
    Some(side)
}

/// The day the Soviet Union ended.
const SOVIET_END: Option<chrono::NaiveDate> = chrono::NaiveDate::from_ymd_opt(1991, 12, 26);

/// `side` as of the event's `date`: Russia before the Soviet Union ended
/// (26 December 1991) is the Soviet Union (`Russian troops swept through
/// Prague` in 1968), as news of the time said `Russian` for `Soviet`.
fn of_its_time(mut side: EventActor, date: Option<chrono::NaiveDate>) -> EventActor {
    let soviet = date.is_some_and(|d| Some(d) < SOVIET_END);
    if soviet && side.code.starts_with("RUS") {
        side.code.replace_range(..3, "USR");
    }
    side
}

/// Target `side` (a place when `place`) of `entry`; force used by a
/// country's own forces on a place of that country is used on its people
/// (`Russian jets bombed Grozny`: RUSMIL against RUSCVL).
fn civilians_of_place(entry: &Entry, source: &str, mut side: EventActor, place: bool) -> EventActor {
    let forceful = matches!(entry.code.get(..2), Some("15" | "17" | "18" | "19" | "20"));
    // The unnamed doers of an act named by a noun (`the bombings in
    // Kenya`) are placed by the act's place, which says nothing of whom
    // they hit.
    let placed_by_act = entry.noun && source.ends_with("UAF");
    let own = source.len() > 3 && source.get(..3) == Some(side.code.as_str()) && !placed_by_act;
    if forceful && own && place {
        side.code.push_str("CVL");
    }
    side
}

/// True for events two sides do to each other (CAMEO's consultations,
/// negotiations and signed agreements, and fighting or cooperation
/// verbs): they are coded both ways.
fn reciprocal(code: &str, tree: &Tree<'_>, i: usize) -> bool {
    // Joining an alliance binds both sides (the members admit the new one);
    // ratifying, approving or taking in a member is done by one side alone.
    let one_sided = matches!(
        tree.lemmas[i].as_str(),
        "ratify" | "approve" | "endorse" | "add" | "admit" | "expand"
    );
    let consult = matches!(code.get(..3), Some("040" | "041" | "044" | "046" | "057")) && !one_sided;
    let mutual_word = slots::reciprocal_wording(tree, i);
    // Mediating between sides is done to both, not with them.
    let mediation = matches!(code.get(..3), Some("039" | "045"));
    let mutual = mutual_word && !mediation && matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "19"));
    // Protesters and police who clash each act on the other (145 and 175).
    let clash = code.starts_with("145") && tree.lemmas[i] == "clash";
    consult || mutual || clash
}

/// Drops repeated events among those added since `from`: the same sides
/// and code in one sentence (`plans to visit`: the intent verb and its
/// complement) are one event; the one that a time expression dated wins.
pub(super) fn dedupe(out: &mut Vec<Event>, from: usize) {
    let mut k = from;
    while k < out.len() {
        let same = |a: &Event, b: &Event| {
            a.source.code == b.source.code
                && a.target.as_ref().map(|t| &t.code) == b.target.as_ref().map(|t| &t.code)
                && a.cameo == b.cameo
        };
        match (from..k).find(|&j| same(&out[j], &out[k])) {
            Some(j) => {
                if out[j].date_evidence.is_none() && out[k].date_evidence.is_some() {
                    out.swap(j, k);
                }
                out.remove(k);
            }
            None => k += 1,
        }
    }
}
