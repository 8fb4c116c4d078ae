//! Repairs of parse errors that would hide or invent events, applied to a
//! sentence's [`Tree`] before coding. Each fixes one pattern a dependency
//! tree cannot have (a noun with a subject and no copula, two subjects of
//! one verb, a subject under an adverb) or a construction the parser
//! trained on web text often misses in news (`"…," officials said`,
//! `calling the claims "lies"`).

use super::tree::Tree;
use super::words::{NAMING, REPORTING};
use dyad_core::{Deprel, Upos};

/// Applies every repair to `t`.
pub(super) fn repair(t: &mut Tree<'_>) {
    punctuation_heads(t);
    split_names(t);
    subjects_after_time_phrases(t);
    time_phrases_of_objects(t);
    false_auxiliaries(t);
    finite_modifiers(t);
    subject_roots(t);
    participle_predicates(t);
    infinitive_complements(t);
    stray_marks(t);
    prepositions_as_marks(t);
    gerunds_as_nouns(t);
    possessed_participles(t);
    subjects_with_prepositions(t);
    subjects_of_participles(t);
    nouns_with_subjects(t);
    nouns_with_objects(t);
    subjects_of_adverbs(t);
    second_subjects(t);
    stray_names(t);
    verb_determiners(t);
    subjects_of_attributions(t);
    inverted_subjects(t);
    trailing_attributions(t);
    quoted_predicates(t);
}

/// `"…," Lee said in Seoul, after holding talks with Prime Minister Ito.`
/// with `holding`, `with` and `Ito` hung from the full stop: punctuation
/// heads nothing (the sentence's closing mark: others are left to the
/// quote finder). A clause or modifier goes to the mark's own head; a
/// preposition or subordinator to the next nominal or verb among them; a
/// nominal becomes the oblique (with a preposition) or object of the
/// nearest verb before it.
fn punctuation_heads(t: &mut Tree<'_>) {
    for p in 0..t.len() {
        // Only a sentence's closing mark: quotation marks and commas head
        // clauses in the parses the quote finder reads.
        let closing = p + 1 == t.len() && matches!(t.words[p], "." | "?" | "!");
        if !closing || t.heads[p].is_none() {
            continue;
        }
        let stray: Vec<usize> = t.children[p]
            .iter()
            .copied()
            .filter(|&d| t.upos[d] != Upos::Punct)
            .collect();
        if stray.is_empty() {
            continue;
        }
        let nominal = |t: &Tree<'_>, d: usize| {
            matches!(
                t.upos[d],
                Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num | Upos::Verb
            )
        };
        for &d in &stray {
            if !matches!(t.upos[d], Upos::Adp | Upos::Sconj) {
                continue;
            }
            let next = stray.iter().copied().find(|&n| n > d && nominal(t, n));
            let rel = if t.upos[d] == Upos::Adp {
                Deprel::Case
            } else {
                Deprel::Mark
            };
            let head = next.or(t.heads[p]);
            set_head(t, d, head, if next.is_some() { rel } else { t.deprels[d] });
        }
        let left: Vec<usize> = stray.into_iter().filter(|&d| t.heads[d] == Some(p)).collect();
        for d in left {
            let noun = matches!(t.upos[d], Upos::Noun | Upos::Propn | Upos::Pron | Upos::Num);
            let verb = (0..d)
                .rev()
                .find(|&j| t.upos[j] == Upos::Verb && !descends(t, j, d));
            match (noun, verb) {
                (true, Some(v)) => {
                    let rel = if has_child(t, d, Deprel::Case) {
                        Deprel::Obl
                    } else if has_child(t, v, Deprel::Obj) {
                        Deprel::Dep
                    } else {
                        Deprel::Obj
                    };
                    set_head(t, d, Some(v), rel);
                }
                _ => {
                    let (head, rel) = (t.heads[p], t.deprels[d]);
                    set_head(t, d, head, rel);
                }
            }
        }
    }
}

/// `On Tuesday, Greece and Turkey conferred` with `Greece` and `Turkey`
/// as conjuncts of `Tuesday`: names after a fronted time phrase and a
/// comma, before a verb that has no subject, are its subject.
fn subjects_after_time_phrases(t: &mut Tree<'_>) {
    for h in 0..t.len() {
        let Some(verb) = t.heads[h] else { continue };
        let fronted = t.deprels[h].is(Deprel::Obl) && h < verb && is_time_name(t.lower[h].as_str());
        if !fronted || t.upos[verb] != Upos::Verb || t.deps(verb, Deprel::Nsubj).next().is_some() {
            continue;
        }
        let names: Vec<usize> = t.children[h]
            .iter()
            .copied()
            .filter(|&c| {
                t.deprels[c] == Deprel::Conj && c < verb && matches!(t.upos[c], Upos::Propn | Upos::Noun)
            })
            .collect();
        let Some((&first, rest)) = names.split_first() else {
            continue;
        };
        set_head(t, first, Some(verb), Deprel::Nsubj);
        for &c in rest {
            set_head(t, c, Some(first), Deprel::Conj);
        }
    }
}

/// `Lithuania expelled the ambassador in April` with `April` modifying
/// `ambassador`: a day or month phrase ending a verb's object dates the
/// verb.
fn time_phrases_of_objects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let Some(o) = t.heads[w] else { continue };
        let last = t.children[o].iter().all(|&c| c <= w || t.upos[c] == Upos::Punct);
        if t.deprels[w] != Deprel::Nmod || !last || !matches!(t.preposition(w), Some("in" | "on")) {
            continue;
        }
        let Some(v) = t.heads[o] else { continue };
        if t.deprels[o] == Deprel::Obj && t.upos[v] == Upos::Verb && is_time_name(t.lower[w].as_str()) {
            set_head(t, w, Some(v), Deprel::Obl);
        }
    }
}

/// Names of days and months (as dyad-text reads them in datelines), and
/// the reference words `today`, `yesterday`, `tonight`, `week`, `month`,
/// `year`.
fn is_time_name(word: &str) -> bool {
    use dyad_text::dateline::{month_number, weekday};
    month_number(word).is_some()
        || weekday(word).is_some()
        || matches!(
            word,
            "today" | "yesterday" | "tonight" | "week" | "month" | "year"
        )
}

fn set_head(t: &mut Tree<'_>, dep: usize, head: Option<usize>, rel: Deprel) {
    if let Some(old) = t.heads[dep] {
        t.children[old].retain(|&c| c != dep);
    }
    t.heads[dep] = head;
    t.deprels[dep] = rel;
    if let Some(h) = head {
        let at = t.children[h].partition_point(|&c| c < dep);
        t.children[h].insert(at, dep);
    }
}

/// True when `node` lies in the subtree of `top`.
fn descends(t: &Tree<'_>, node: usize, top: usize) -> bool {
    node == top || t.ancestors(node).contains(&top)
}

fn has_child(t: &Tree<'_>, i: usize, rel: Deprel) -> bool {
    t.children[i].iter().any(|&c| t.deprels[c] == rel)
}

/// `Former President Bill Clinton criticized …` with `Former` as the
/// `mark` of the verb: only conjunctions, prepositions and particles mark
/// clauses; an adjective modifies the word after it.
fn stray_marks(t: &mut Tree<'_>) {
    for m in 0..t.len() {
        if t.deprels[m] != Deprel::Mark || t.upos[m] != Upos::Adj || m + 1 >= t.len() {
            continue;
        }
        if matches!(t.upos[m + 1], Upos::Noun | Upos::Propn) && !descends(t, m + 1, m) {
            set_head(t, m, Some(m + 1), Deprel::Amod);
        }
    }
}

/// `Hillary Clinton, at a later press gaggle, said …` with `gaggle` as the
/// subject of `said` and `Clinton` as the subject of `gaggle`: a phrase
/// with a preposition is an oblique, and its own subject is the verb's.
fn subjects_with_prepositions(t: &mut Tree<'_>) {
    for n in 0..t.len() {
        let Some(v) = t.heads[n] else { continue };
        if t.deprels[n] != Deprel::Nsubj || t.upos[v] != Upos::Verb || !has_child(t, n, Deprel::Case) {
            continue;
        }
        let inner = t.children[n]
            .iter()
            .copied()
            .find(|&c| c < n && t.deprels[c] == Deprel::Nsubj);
        set_head(t, n, Some(v), Deprel::Obl);
        if let Some(s) = inner {
            set_head(t, s, Some(v), Deprel::Nsubj);
        }
    }
}

/// `Trump admires Putin as a "strong leader," comparing him …` with
/// `Putin` as the subject of `comparing`: a participle clause has no
/// subject of its own; a noun between the verb and the participle is the
/// verb's object when it has none.
fn subjects_of_participles(t: &mut Tree<'_>) {
    for g in 0..t.len() {
        let Some(v) = t.heads[g] else { continue };
        if t.xpos[g] != "VBG"
            || !matches!(t.deprels[g], Deprel::Advcl | Deprel::Conj | Deprel::Parataxis)
            || v > g
        {
            continue;
        }
        if has_child(t, g, Deprel::Aux) || t.upos[v] != Upos::Verb || has_child(t, v, Deprel::Obj) {
            continue;
        }
        let subject = t.children[g]
            .iter()
            .copied()
            .find(|&c| v < c && c < g && t.deprels[c] == Deprel::Nsubj);
        if let Some(s) = subject {
            set_head(t, s, Some(v), Deprel::Obj);
        }
    }
}

/// `Macron plans to visit Kyiv` tagged with `plans` as a plural noun: a
/// noun with a name or noun subject, no copula and a to-infinitive is a
/// verb, and the infinitive is its open complement.
fn nouns_with_subjects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let subject_before = t.children[w].iter().any(|&c| {
            c < w && t.deprels[c] == Deprel::Nsubj && matches!(t.upos[c], Upos::Propn | Upos::Noun)
        });
        let infinitives: Vec<usize> = t.children[w]
            .iter()
            .copied()
            .filter(|&c| c > w && t.deprels[c] == Deprel::Acl && t.preposition(c) == Some("to"))
            .collect();
        if t.upos[w] != Upos::Noun
            || !subject_before
            || infinitives.is_empty()
            || has_child(t, w, Deprel::Cop)
        {
            continue;
        }
        t.upos[w] = Upos::Verb;
        t.xpos[w] = if t.xpos[w] == "NNS" { "VBZ" } else { "VBP" };
        for c in infinitives {
            t.deprels[c] = Deprel::Xcomp;
        }
    }
}

/// `demanded that the U.S. and NATO bar Ukraine from …` tagged with `bar`
/// as a noun and `U.S.` as its compound: a noun has no object, so a noun
/// with one is a verb, and the names before it (with their conjuncts)
/// are its subject.
fn nouns_with_objects(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let object = t.children[w]
            .iter()
            .any(|&c| c > w && t.deprels[c] == Deprel::Obj);
        if t.upos[w] != Upos::Noun || !object || has_child(t, w, Deprel::Cop) || has_child(t, w, Deprel::Det)
        {
            continue;
        }
        let names: Vec<usize> = t.children[w]
            .iter()
            .copied()
            .filter(|&c| {
                c < w && t.upos[c] == Upos::Propn && matches!(t.deprels[c], Deprel::Compound | Deprel::Nsubj)
            })
            .collect();
        let Some(&subject) = names.first() else { continue };
        t.upos[w] = Upos::Verb;
        t.xpos[w] = if t.lower[w].ends_with('s') { "VBZ" } else { "VBP" };
        set_head(t, subject, Some(w), Deprel::Nsubj);
        for &n in &names[1..] {
            set_head(t, n, Some(subject), Deprel::Conj);
        }
        let marked = t.children[w]
            .iter()
            .any(|&c| c < w && t.deprels[c] == Deprel::Mark);
        if marked && t.heads[w].is_some_and(|h| t.upos[h] == Upos::Verb) && t.deprels[w] == Deprel::Obj {
            t.deprels[w] = Deprel::Ccomp;
        }
    }
}

/// `Turkey threatened Sweden three weeks ago` with `Sweden` as the subject
/// of `ago`: an adverb has no subject; a noun after the verb is its
/// object.
fn subjects_of_adverbs(t: &mut Tree<'_>) {
    for s in 0..t.len() {
        let Some(h) = t.heads[s] else { continue };
        // `met Sergei Lavrov on Friday` with `Lavrov` as the subject of
        // `Friday`: a phrase with a preposition and no copula has no
        // subject either.
        let oblique =
            t.upos[h].is_nominal() && has_child(t, h, Deprel::Case) && !has_child(t, h, Deprel::Cop);
        if t.deprels[s] != Deprel::Nsubj || !(matches!(t.upos[h], Upos::Adv | Upos::Adp) || oblique) {
            continue;
        }
        let Some(v) = t.heads[h] else { continue };
        if t.upos[v] == Upos::Verb && v < s && !has_child(t, v, Deprel::Obj) {
            set_head(t, s, Some(v), Deprel::Obj);
        }
    }
}

/// Two subjects of one verb (`"I met Xi in Beijing," Blinken said` with
/// `Xi` as a subject of `said`): the one nearest before the verb stays;
/// another one, after a verb below that lacks an object, is that verb's
/// object, and otherwise no subject at all.
fn second_subjects(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        let subjects: Vec<usize> = t.children[v]
            .iter()
            .copied()
            .filter(|&c| t.deprels[c] == Deprel::Nsubj)
            .collect();
        if subjects.len() < 2 {
            continue;
        }
        let keep = subjects
            .iter()
            .copied()
            .filter(|&s| s < v)
            .max()
            .unwrap_or(subjects[0]);
        for s in subjects.into_iter().filter(|&s| s != keep) {
            // `Germany and the Netherlands delivered …` parsed as two
            // subjects: coordinated, both stay.
            if (s.min(keep)..s.max(keep)).any(|k| t.upos[k] == Upos::Cconj) {
                continue;
            }
            let verb_before = (0..s).rev().find(|&u| {
                t.upos[u] == Upos::Verb && u != v && descends(t, u, v) && !has_child(t, u, Deprel::Obj)
            });
            match verb_before {
                Some(u) => set_head(t, s, Some(u), Deprel::Obj),
                // `FLINT, Mich. (UPI) — Bill Clinton criticized …`: a dateline
                // word is no subject.
                None => t.deprels[s] = Deprel::Dep,
            }
        }
    }
}

/// `Those demands are "nonstarters," officials said, but …` and `The
/// sides will meet, Secretary of State Antony Blinken said.`: a reporting
/// verb whose subject (with its title) follows a comma, after a closing
/// quote or at the end of the sentence, reports the clause before the
/// comma, whatever the parser hung it on.
fn trailing_attributions(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb || !REPORTING.contains(&t.lemmas[v].as_str()) {
            continue;
        }
        let Some(s) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c < v && t.deprels[c] == Deprel::Nsubj)
        else {
            continue;
        };
        let named = leftmost(t, s);
        let start = title_start(t, named);
        if start < 2 {
            continue;
        }
        let (a, b) = (t.words[start - 1], t.words[start - 2]);
        let quoted = (is_quote(a) && b == ",") || (a == "," && is_quote(b));
        let last = t.words.get(v + 1).is_none_or(|w| matches!(*w, "." | "," | ";"));
        if !(quoted || (a == "," && last)) {
            continue;
        }
        let end = start - 1 - quoted as usize;
        let open = match quoted {
            true => (0..end)
                .rev()
                .find(|&k| is_quote(t.words[k]))
                .map_or(0, |k| k + 1),
            false => 0,
        };
        let Some(root) = span_root(t, open, end) else {
            continue;
        };
        if descends(t, root, v) {
            continue;
        }
        let reports = matches!(t.deprels[v], Deprel::Parataxis | Deprel::Ccomp | Deprel::Advcl);
        if t.heads[v] != Some(root) || !reports {
            set_head(t, v, Some(root), Deprel::Parataxis);
        }
        for w in start..named {
            if t.heads[w].is_none_or(|h| h < start || h > v) {
                set_head(t, w, Some(s), Deprel::NmodDesc);
            }
        }
    }
}

/// Where the title before a name starts (`Secretary of State` before
/// `Antony Blinken`): capitalised words and `of` between them.
fn title_start(t: &Tree<'_>, named: usize) -> usize {
    let capital = |k: usize| t.words[k].chars().next().is_some_and(char::is_uppercase);
    let mut start = named;
    while start > 1 && (capital(start - 1) || (t.words[start - 1] == "of" && capital(start - 2))) {
        if !t.words[start - 1].chars().all(char::is_alphabetic) {
            break;
        }
        start -= 1;
    }
    start
}

/// `calling the claims "blatant lies"`: a quoted noun phrase after the
/// object of a naming verb is the object's predicate (`xcomp`).
fn quoted_predicates(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb
            || !NAMING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Xcomp)
        {
            continue;
        }
        let Some(o) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > v && t.deprels[c] == Deprel::Obj)
        else {
            continue;
        };
        // The first quote mark after the object, before any other verb (the
        // parser may have hung the quoted phrase inside the object).
        let Some(after) = (o + 1..t.len())
            .take_while(|&k| !matches!(t.upos[k], Upos::Verb | Upos::Aux))
            .find(|&k| is_quote(t.words[k]))
        else {
            continue;
        };
        let phrase_end = (after + 1..t.len())
            .find(|&k| !matches!(t.upos[k], Upos::Adj | Upos::Noun | Upos::Det | Upos::Adv))
            .unwrap_or(t.len());
        let Some(p) = (after + 1..phrase_end).rev().find(|&k| t.upos[k] == Upos::Noun) else {
            continue;
        };
        if descends(t, v, p) {
            // `lies` sits above `calling`: lift the branch leading down to
            // `calling` into the place of `lies` first.
            let Some(branch) = (0..t.len()).find(|&c| t.heads[c] == Some(p) && descends(t, v, c)) else {
                continue;
            };
            // `told reporters, calling …`: a participle clause lifted
            // directly is an adverbial clause of the verb above.
            let rel = if branch == v { Deprel::Advcl } else { t.deprels[p] };
            set_head(t, branch, t.heads[p], rel);
        }
        set_head(t, p, Some(v), Deprel::Xcomp);
    }
}

fn is_quote(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”" | "``" | "''")
}

fn leftmost(t: &Tree<'_>, i: usize) -> usize {
    t.subtree(i).first().copied().unwrap_or(i)
}

fn rightmost(t: &Tree<'_>, i: usize) -> usize {
    t.subtree(i).last().copied().unwrap_or(i)
}

/// The one word of `start..end` (punctuation aside) whose head lies
/// outside the span.
fn span_root(t: &Tree<'_>, start: usize, end: usize) -> Option<usize> {
    let mut roots = (start..end)
        .filter(|&w| t.upos[w] != Upos::Punct && t.heads[w].is_none_or(|h| h < start || h >= end));
    let root = roots.next()?;
    roots.next().is_none().then_some(root)
}

/// Re-attaches a finite verb (or one with its own subject) that the parser
/// hung under the noun after it as a modifier (`Israel shared information
/// with …` parsed with `information` as the root and `shared` as its
/// `amod`): a finite verb cannot modify a noun, so the verb takes the
/// noun's place, the noun becomes its object, and the noun's prepositional
/// modifiers and subject become the verb's.
fn finite_modifiers(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let has_subject = t.children[w].iter().any(|&c| t.deprels[c].is(Deprel::Nsubj));
        let finite = matches!(t.xpos[w], "VBD" | "VBZ" | "VBP") || has_subject;
        let modifier = matches!(t.deprels[w], Deprel::Amod | Deprel::Compound | Deprel::NmodDesc);
        if t.upos[w] != Upos::Verb || !finite || !modifier {
            continue;
        }
        let Some(h) = t.heads[w] else { continue };
        if h <= w || !t.upos[h].is_nominal() {
            continue;
        }
        let (above, rel) = (t.heads[h], t.deprels[h]);
        set_head(t, w, above, rel);
        set_head(t, h, Some(w), Deprel::Obj);
        for c in t.children[h].clone() {
            match t.deprels[c] {
                Deprel::Nmod => set_head(t, c, Some(w), Deprel::Obl),
                Deprel::Nsubj | Deprel::Punct => set_head(t, c, Some(w), t.deprels[c]),
                _ => {}
            }
        }
    }
}

/// Re-attaches a finite verb that the parser hung as a clause modifier
/// under a root noun before it (`Hundreds of Taiwanese protested against
/// China` parsed with `Hundreds` as the root): the verb becomes the root
/// and the noun its subject.
fn subject_roots(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        if t.upos[w] != Upos::Verb || !matches!(t.deprels[w], Deprel::Acl | Deprel::AclRelcl | Deprel::Nmod) {
            continue;
        }
        // The only verb outside its own subtree: the sentence's predicate,
        // whatever tense the tagger gave it.
        let only_verb =
            (0..t.len()).all(|v| v == w || !matches!(t.upos[v], Upos::Verb | Upos::Aux) || descends(t, v, w));
        let finite = matches!(t.xpos[w], "VBD" | "VBZ" | "VBP") || (only_verb && t.xpos[w] == "VBN");
        if !finite {
            continue;
        }
        let Some(h) = t.heads[w] else { continue };
        let relativized = t.children[w]
            .iter()
            .any(|&c| t.deprels[c].is(Deprel::Nsubj) || t.deprels[c] == Deprel::Mark);
        let nominal = matches!(t.upos[h], Upos::Noun | Upos::Propn | Upos::Num);
        if h >= w || t.heads[h].is_some() || relativized || !nominal {
            continue;
        }
        set_head(t, w, None, Deprel::Root);
        set_head(t, h, Some(w), Deprel::Nsubj);
        for c in t.children[h].clone() {
            if t.deprels[c] == Deprel::Punct {
                set_head(t, c, Some(w), Deprel::Punct);
            }
        }
    }
}

/// `Diplomats called for a truce` parsed with `Diplomats` as the root and
/// `called` as its participle modifier: a root noun with no copula has no
/// predicate, so a participle right after it that takes an object, a
/// clause or a `for` phrase (which a passive participle cannot) is the
/// sentence's verb, in the past tense, and the noun its subject.
fn participle_predicates(t: &mut Tree<'_>) {
    for w in 1..t.len() {
        let h = w - 1;
        if t.upos[w] != Upos::Verb
            || t.xpos[w] != "VBN"
            || t.deprels[w] != Deprel::Acl
            || t.heads[w] != Some(h)
        {
            continue;
        }
        if t.heads[h].is_some() || !t.upos[h].is_nominal() || has_child(t, h, Deprel::Cop) {
            continue;
        }
        let active = t.children[w].iter().any(|&c| {
            matches!(t.deprels[c], Deprel::Obj | Deprel::Ccomp | Deprel::Xcomp)
                || (t.deprels[c] == Deprel::Obl && t.preposition(c) == Some("for"))
        });
        if !active || t.children[w].iter().any(|&c| t.deprels[c] == Deprel::AuxPass) {
            continue;
        }
        t.xpos[w] = "VBD";
        set_head(t, w, None, Deprel::Root);
        set_head(t, h, Some(w), Deprel::Nsubj);
        for c in t.children[h].clone() {
            if c > w {
                let rel = t.deprels[c];
                set_head(t, c, Some(w), rel);
            }
        }
    }
}

/// `Zelensky offered to meet Putin` parsed with `meet` as an adverbial
/// clause: a to-infinitive right after its verb completes it.
fn infinitive_complements(t: &mut Tree<'_>) {
    for w in 2..t.len() {
        let Some(v) = t.heads[w] else { continue };
        if t.deprels[w] != Deprel::Advcl || t.upos[v] != Upos::Verb || v + 2 != w || t.lower[v + 1] != "to" {
            continue;
        }
        if t.heads[v + 1] == Some(w) && t.upos[w] == Upos::Verb {
            t.deprels[w] = Deprel::Xcomp;
        }
    }
}

/// Words that introduce clauses as well as phrases: `after he left`.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "till", "as", "because", "if", "while", "though", "although",
    "whether", "that", "once", "than", "like", "unless", "whereas", "so", "for", "with", "without",
];

/// `The Russian attack on Kyiv killed ten people` parsed with `on` as the
/// `mark` of `killed` and `Kyiv` as its subject: a preposition that never
/// introduces a clause belongs to the name after it, which modifies the
/// noun before it, and that noun is the verb's subject.
fn prepositions_as_marks(t: &mut Tree<'_>) {
    for m in 1..t.len() {
        let Some(v) = t.heads[m] else { continue };
        if t.deprels[m] != Deprel::Mark
            || t.upos[m] != Upos::Adp
            || SUBORDINATORS.contains(&t.lemmas[m].as_str())
        {
            continue;
        }
        let Some(n) = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > m && c < v && t.deprels[c].is(Deprel::Nsubj))
        else {
            continue;
        };
        let Some(before) = t.children[v]
            .iter()
            .copied()
            .filter(|&c| c < m && t.upos[c].is_nominal())
            .max()
        else {
            continue;
        };
        if !matches!(t.xpos[v], "VBD" | "VBZ" | "VBP") {
            continue;
        }
        set_head(t, m, Some(n), Deprel::Case);
        set_head(t, n, Some(before), Deprel::Nmod);
        set_head(t, before, Some(v), Deprel::Nsubj);
    }
}

/// `The army came under shelling from …` parsed with `shelling` as a
/// clause: after a preposition that takes phrases, a gerund with no
/// object, subject or auxiliary is a noun.
fn gerunds_as_nouns(t: &mut Tree<'_>) {
    for m in 0..t.len() {
        let Some(g) = t.heads[m] else { continue };
        let phrasal = matches!(
            t.lemmas[m].as_str(),
            "under" | "amid" | "amidst" | "during" | "despite"
        );
        if t.deprels[m] != Deprel::Mark || !phrasal || t.xpos[g] != "VBG" || t.deprels[g] != Deprel::Advcl {
            continue;
        }
        let clausal = t.children[g]
            .iter()
            .any(|&c| t.deprels[c].is(Deprel::Nsubj) || matches!(t.deprels[c], Deprel::Obj | Deprel::Aux));
        if clausal {
            continue;
        }
        t.upos[g] = Upos::Noun;
        t.xpos[g] = "NN";
        t.lemmas[g] = t.lower[g].clone();
        t.deprels[m] = Deprel::Case;
        t.deprels[g] = Deprel::Obl;
        for c in t.children[g].clone() {
            if t.deprels[c] == Deprel::Obl {
                t.deprels[c] = Deprel::Nmod;
            }
        }
    }
}

/// `Russia has 100,000 troops massed near Ukraine` parsed with `massed` as
/// a complement of `has`: a participle after the object of `have`
/// describes the object.
fn possessed_participles(t: &mut Tree<'_>) {
    for p in 0..t.len() {
        let Some(v) = t.heads[p] else { continue };
        if t.deprels[p] != Deprel::Xcomp || t.lemmas[v] != "have" || !matches!(t.xpos[p], "VBN" | "VBD") {
            continue;
        }
        let object = t.children[v]
            .iter()
            .copied()
            .find(|&c| c < p && t.deprels[c] == Deprel::Obj);
        if let Some(o) = object.filter(|_| !has_child(t, p, Deprel::Nsubj)) {
            t.xpos[p] = "VBN";
            set_head(t, p, Some(o), Deprel::Acl);
        }
    }
}

/// A name the parser left as a loose dependent of the verb beside one of
/// the verb's nominals: right before it, it modifies it (`Al-Shabaab
/// militants kidnapped …`); right after it, the nominal is its title
/// (`said 9/11 widow Anna Lindqvist`); before it and a comma, the
/// nominal is its apposition (`Tomas Varga, the attorney general, said`).
fn stray_names(t: &mut Tree<'_>) {
    for d in 0..t.len() {
        let Some(v) = t.heads[d] else { continue };
        if t.deprels[d] != Deprel::Dep || !t.upos[d].is_nominal() {
            continue;
        }
        let (start, end) = (leftmost(t, d), rightmost(t, d));
        let argument = |c: usize| t.deprels[c].is(Deprel::Nsubj) || t.deprels[c] == Deprel::Obj;
        let siblings: Vec<usize> = t.children[v]
            .iter()
            .copied()
            .filter(|&c| c != d && argument(c))
            .collect();
        if let Some(&n) = siblings
            .iter()
            .find(|&&n| leftmost(t, n) == end + 1 && t.upos[n].is_nominal())
        {
            set_head(t, d, Some(n), Deprel::Compound);
        } else if let Some(&n) = siblings.iter().find(|&&n| n + 1 == start && rightmost(t, n) == n) {
            let rel = t.deprels[n];
            set_head(t, d, Some(v), rel);
            set_head(t, n, Some(d), Deprel::Compound);
        } else if let Some(&n) = siblings.iter().find(|&&n| {
            t.upos[d] == Upos::Propn && t.words.get(end + 1) == Some(&",") && leftmost_word(t, n) == end + 2
        }) {
            let rel = t.deprels[n];
            set_head(t, d, Some(v), rel);
            set_head(t, n, Some(d), Deprel::Appos);
        }
    }
}

/// The first word of `n`'s phrase, counting a determiner the parser hung
/// on the verb instead (`the attorney general` with `the` under `said`).
fn leftmost_word(t: &Tree<'_>, n: usize) -> usize {
    let start = leftmost(t, n);
    if start > 0
        && t.upos[start - 1] == Upos::Det
        && t.heads[start - 1].is_some_and(|h| t.upos[h] == Upos::Verb)
    {
        start - 1
    } else {
        start
    }
}

/// Determiners the parser hung on a verb belong to the nominal after them.
fn verb_determiners(t: &mut Tree<'_>) {
    for d in 0..t.len() {
        let Some(v) = t.heads[d] else { continue };
        if t.deprels[d] != Deprel::Det || t.upos[v] != Upos::Verb {
            continue;
        }
        if let Some(n) = (d + 1..t.len()).find(|&k| t.upos[k].is_nominal()) {
            set_head(t, d, Some(n), Deprel::Det);
        }
    }
}

/// `Maria` marked as a description of `Kowalczyk` in `Maria Kowalczyk`:
/// two names side by side are one name.
fn split_names(t: &mut Tree<'_>) {
    for d in 0..t.len().saturating_sub(1) {
        if t.deprels[d] == Deprel::NmodDesc
            && t.heads[d] == Some(d + 1)
            && t.upos[d] == Upos::Propn
            && t.upos[d + 1] == Upos::Propn
        {
            set_head(t, d, Some(d + 1), Deprel::Compound);
        }
    }
}

/// `"…," said Anna Lindqvist.` with the speaker as the object of `said`:
/// a reporting verb after the clause it reports, with no subject, has its
/// subject after it.
fn inverted_subjects(t: &mut Tree<'_>) {
    for v in 0..t.len() {
        if t.upos[v] != Upos::Verb
            || !REPORTING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Nsubj)
        {
            continue;
        }
        let reported = t.children[v]
            .iter()
            .any(|&c| c < v && matches!(t.deprels[c], Deprel::Ccomp | Deprel::Parataxis));
        let object = t.children[v]
            .iter()
            .copied()
            .find(|&c| c > v && t.deprels[c] == Deprel::Obj);
        if let Some(o) = object.filter(|_| reported) {
            set_head(t, o, Some(v), Deprel::Nsubj);
        }
    }
}

/// `Those demands are nonstarters, U.S. officials said.` with `officials`
/// coordinated with the root and `said` left without a subject: the
/// nominal that ends right before a reporting verb with no subject, after
/// a comma, is its subject.
fn subjects_of_attributions(t: &mut Tree<'_>) {
    for v in 1..t.len() {
        let n = v - 1;
        if t.upos[v] != Upos::Verb
            || !REPORTING.contains(&t.lemmas[v].as_str())
            || has_child(t, v, Deprel::Nsubj)
        {
            continue;
        }
        if !matches!(t.upos[n], Upos::Noun | Upos::Propn | Upos::Pron)
            || t.heads[n] == Some(v)
            || descends(t, v, n)
        {
            continue;
        }
        let mut start = leftmost(t, n);
        if t.words[start] == "," {
            start += 1;
        }
        if start == 0
            || t.words[start - 1] != ","
            || !matches!(
                t.deprels[n],
                Deprel::Conj | Deprel::Appos | Deprel::Dep | Deprel::Parataxis
            )
        {
            continue;
        }
        if let Some(&comma) = t.children[n].iter().find(|&&c| c == start - 1) {
            set_head(t, comma, Some(v), Deprel::Punct);
        }
        set_head(t, n, Some(v), Deprel::Nsubj);
    }
}

/// Lemmas that can be auxiliaries in English.
const AUXILIARIES: &[&str] = &[
    "be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
    "get", "'ll", "wo", "'d", "need", "dare", "to", "used",
];

/// `Ugandan police arrested a journalist` tagged with `police` as a past
/// auxiliary (and so a passive): a word that cannot be an auxiliary is a
/// noun, the subject of its verb, and the word the parser made a passive
/// subject before it modifies it.
fn false_auxiliaries(t: &mut Tree<'_>) {
    for w in 0..t.len() {
        let aux = matches!(t.deprels[w], Deprel::Aux | Deprel::AuxPass);
        if t.upos[w] != Upos::Aux || !aux || AUXILIARIES.contains(&t.lemmas[w].as_str()) {
            continue;
        }
        let Some(v) = t.heads[w] else { continue };
        t.upos[w] = Upos::Noun;
        t.xpos[w] = if t.lower[w].ends_with('s') { "NNS" } else { "NN" };
        set_head(t, w, Some(v), Deprel::Nsubj);
        for c in t.children[v].clone() {
            if c < w && t.deprels[c] == Deprel::NsubjPass {
                let rel = if t.upos[c] == Upos::Adj {
                    Deprel::Amod
                } else {
                    Deprel::Compound
                };
                set_head(t, c, Some(w), rel);
            }
        }
        let passive_left = t.children[v].iter().any(|&c| t.deprels[c] == Deprel::AuxPass);
        if t.xpos[v] == "VBN" && !passive_left {
            t.xpos[v] = "VBD";
        }
    }
}
