//! Pronouns: `he`, `she`, `him`, `his`, `her` for the most recent person;
//! `it` as a clause subject and `its` for the most recent country or
//! organisation subject;
//! `they`, `them`, `their` for the most recent actor named by a plural
//! noun. An object pronoun never stands for its own clause's subject.

use super::context::{mention, Context, RuleResult};
use super::found::Found;
use super::items::ItemKind;
use super::memory::{Group, Memory, Plural};
use dyad_core::{Deprel, Provenance, Rule};

/// `he`, `she`, `him`, `his`, `her`: the most recent person.
pub(super) fn person(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::Pronoun {
        return None;
    }
    let w = ctx.items[i].tokens.start;
    let owner = ctx.deps.is_some_and(|d| d[w].0 == Deprel::NmodPoss);
    // `Bush's aim in his meeting`: an owner named in the sentence first.
    let in_sentence = owner
        .then(|| {
            memory
                .in_sentence
                .iter()
                .rev()
                .find_map(|(_, name)| memory.people.iter().rev().find(|p| &p.name == name))
        })
        .flatten();
    let known = match in_sentence {
        Some(p) => p,
        None => memory.last_person(&clause_subject(ctx, i, memory))?,
    };
    standing_for(ctx, i, known.code.clone(), known.name.clone(), Rule::Pronoun)
}

/// Offices one person holds, as the last word of an unnamed mention (`the
/// Kenyan president`, `Germany's foreign minister`): such a mention is
/// someone a later `he` or `she` can stand for.
const ONE_HOLDER: &[&str] = &[
    "president",
    "premier",
    "minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sultan",
    "monarch",
    "leader",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "commander",
    "general",
    "governor",
    "mayor",
    "prosecutor",
    "judge",
    "chief",
    "negotiator",
    "diplomat",
    "mediator",
    "senator",
];

/// True when the mention names one holder of an office by the office and
/// a country (`the Kenyan president`), with no name of its own.
pub(super) fn is_office_holder(ctx: &Context<'_>, m: &Found) -> bool {
    let by_office = matches!(
        m.by.rule,
        Rule::CountryAgent | Rule::AgentOfPlace | Rule::AgentInSetting
    );
    let last = ctx.words[m.tokens.end - 1].to_lowercase();
    by_office && !m.place && m.code.len() > 3 && ONE_HOLDER.contains(&last.as_str())
}

/// True when the mention's last word is a plural noun (`protesters`,
/// `Iraqis`: a word the lemmatizer shortened that ends in `s`; a plural
/// agent noun such as `troops`; `police`)
/// or a body news refers to as `they` (`the Navy`, `the army`).
pub(super) fn is_plural(ctx: &Context<'_>, tokens: &std::ops::Range<usize>) -> bool {
    let last = tokens.end - 1;
    let word = ctx.words[last].to_lowercase();
    let shortened = ctx.lemmas.get(last).is_some_and(|l| *l != word) && word.ends_with('s');
    // `troops`, which the lemmatizer may leave whole: a plural agent noun.
    let plural_agent = ctx.items.iter().any(|it| {
        it.tokens.end == tokens.end
            && matches!(&it.kind, ItemKind::Name(es) if es.iter().any(|e| e.kind == dyad_dict::EntryKind::AgentPlural))
    });
    shortened
        || plural_agent
        || matches!(
            word.as_str(),
            "police" | "people" | "navy" | "army" | "military" | "militia"
        )
}

/// `they`, `them`, `their`: the most recent actor named by a plural noun
/// in this sentence or the one before, a clause subject first for `they`
/// and `their`; `them` is not its own clause's subject (`the police
/// dispersed them`).
pub(super) fn they(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    // Needs the parse, to keep `them` from its own clause's subject.
    if ctx.item(i)?.kind != ItemKind::They || ctx.deps.is_none() {
        return None;
    }
    let not = clause_subject_words(ctx, i);
    let word = ctx.words[ctx.items[i].tokens.start].to_lowercase();
    let known = memory.last_plural(&not, word != "them");
    if let Some(group) = later_group(memory, known, &not) {
        let tokens = ctx.tokens(i..i + 1);
        let found = group
            .countries
            .iter()
            .map(|c| Found {
                tokens: tokens.clone(),
                code: c.clone(),
                name: c.clone(),
                by: Provenance::with(Rule::Pronoun, "a list of countries"),
                place: false,
            })
            .collect();
        return Some((found, i + 1));
    }
    let known = known?;
    standing_for(ctx, i, known.code.clone(), known.name.clone(), Rule::Pronoun)
}

/// The list of countries named in this sentence or the one before
/// (`Poland, Hungary and the Czech Republic … their`), when it came after
/// the last plural actor and is not the pronoun's own clause subject.
fn later_group<'m>(memory: &'m Memory, plural: Option<&Plural>, not: &[usize]) -> Option<&'m Group> {
    let g = memory.groups.iter().rev().find(|g| !g.places)?;
    let recent = g.sentence + 1 >= memory.sentence_no;
    let own_subject = g.sentence == memory.sentence_no && not.iter().any(|w| g.tokens.contains(w));
    let after_plural = plural.is_none_or(|p| (p.sentence, p.tokens.end) <= (g.sentence, g.tokens.start));
    (recent && !own_subject && after_plural).then_some(g)
}

/// The words that are subjects of the verb whose object the word at item
/// `i` is, or lies in through `of` phrases (`arrested 40 of them`).
fn clause_subject_words(ctx: &Context<'_>, i: usize) -> Vec<usize> {
    let Some(deps) = ctx.deps else { return Vec::new() };
    // Up through `of` phrases to the object (`arrested 40 of them`).
    let mut w = ctx.items[i].tokens.start;
    let mut head = None;
    for _ in 0..4 {
        let (rel, Some(h)) = deps[w] else { break };
        match rel {
            Deprel::Obj | Deprel::Iobj => {
                head = Some(h);
                break;
            }
            Deprel::Nmod => w = h as usize,
            _ => break,
        }
    }
    let Some(head) = head else {
        return Vec::new();
    };
    (0..deps.len())
        .filter(|&s| deps[s].1 == Some(head) && deps[s].0.is(Deprel::Nsubj))
        .collect()
}

/// The names of the subject of the verb whose object the pronoun at item
/// `i` is: `him` in `Hussein assured him` is not Hussein.
fn clause_subject<'m>(ctx: &Context<'_>, i: usize, memory: &'m Memory) -> Vec<&'m str> {
    let subjects = clause_subject_words(ctx, i);
    memory
        .in_sentence
        .iter()
        .filter(|(tokens, _)| subjects.iter().any(|s| tokens.contains(s)))
        .map(|(_, name)| name.as_str())
        .collect()
}

/// Verbs whose `it` is usually not a referent (`it seems`, `it would take`).
const EXPLETIVE_HEADS: &[&str] = &[
    "be", "seem", "appear", "take", "prove", "remain", "mean", "matter", "happen", "look", "sound", "make",
];

/// `it` as a clause subject, or `its`: the most recent non-person subject
/// (a country or organisation); for `its`, the last one named in its own
/// sentence first. Needs the parse, to know it is a subject.
pub(super) fn it(ctx: &Context<'_>, i: usize, memory: &mut Memory) -> RuleResult {
    if ctx.item(i)?.kind != ItemKind::It {
        return None;
    }
    let deps = ctx.deps?;
    let w = ctx.items[i].tokens.start;
    let (rel, head) = deps[w];
    let head_lemma = head.and_then(|h| ctx.lemmas.get(h as usize)).map(String::as_str);
    if !(rel.is(Deprel::Nsubj) || rel == Deprel::NmodPoss)
        || head_lemma.is_none_or(|l| EXPLETIVE_HEADS.contains(&l))
    {
        return None;
    }
    // `its` is the owner of the noun its noun is joined to (`Iraq's
    // invasion and its buildup`), else the country or body named last in
    // its own sentence.
    if rel == Deprel::NmodPoss {
        let parallel = parallel_owner(deps, w);
        let bodies = &memory.bodies_in_sentence;
        let own = bodies
            .iter()
            .rev()
            .find(|(tokens, ..)| parallel.is_some_and(|p| tokens.contains(&p)))
            .or_else(|| bodies.last());
        if let Some((_, name, code)) = own {
            return standing_for(ctx, i, code.clone(), name.clone(), Rule::It);
        }
    }
    let (name, code) = memory.subjects.last()?.clone();
    standing_for(ctx, i, code, name, Rule::It)
}

/// The owner (`Iraq`) of the noun (`invasion`) that the noun owned by
/// word `w` is joined to (`Iraq's invasion and its buildup`).
fn parallel_owner(deps: &[(Deprel, Option<u32>)], w: usize) -> Option<usize> {
    let noun = deps[w].1? as usize;
    let (Deprel::Conj, Some(first)) = deps[noun] else {
        return None;
    };
    (0..deps.len()).find(|&c| deps[c] == (Deprel::NmodPoss, Some(first)))
}

/// The pronoun at item `i` as a mention of the actor `name` (`code`),
/// by `rule`.
fn standing_for(ctx: &Context<'_>, i: usize, code: String, name: String, rule: Rule) -> RuleResult {
    let tokens = ctx.tokens(i..i + 1);
    mention(tokens, code, name, Provenance::rule(rule), i + 1)
}
