//! Who said a quote: the speech verb (cue) nearest to it outside the
//! quotation marks, and that verb's subject (`…, Blinken said`, `said the
//! minister`, `he told reporters`, `calling them "lies"` → the subject of
//! the clause above, `according to officials`).

use crate::syntax::tree::Tree;
use crate::syntax::words::{is_time_word, NAMING, REPORTING, SPEECH};
use dyad_core::Document;
use dyad_core::{Deprel, Upos};
use std::ops::Range;

/// A cue and its speaker, as document token indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The speech verb (or `according`).
    pub cue: usize,
    /// The speaker's words.
    pub speaker: Range<usize>,
    /// The speaker's head word.
    pub head: usize,
}

/// Parsed sentences, built when first needed.
pub struct Trees<'a> {
    doc: &'a Document,
    trees: Vec<Option<Tree<'a>>>,
}

impl<'a> Trees<'a> {
    /// No tree built yet.
    pub fn new(doc: &'a Document) -> Trees<'a> {
        Trees {
            doc,
            trees: (0..doc.sentences.len()).map(|_| None).collect(),
        }
    }

    /// The tree of sentence `s`.
    pub fn get(&mut self, s: usize) -> &Tree<'a> {
        let doc = self.doc;
        self.trees[s].get_or_insert_with(|| Tree::new(doc, &doc.sentences[s]))
    }
}

/// The sentence holding document token `k`.
pub fn sentence_of(doc: &Document, k: usize) -> usize {
    doc.sentences
        .partition_point(|s| s.tokens.end <= k)
        .min(doc.sentences.len().saturating_sub(1))
}

/// True when word `w` of a tree is a speech verb (or `according to`).
pub fn is_cue(t: &Tree<'_>, w: usize) -> bool {
    let lemma = t.lemmas[w].as_str();
    let speech = SPEECH.contains(&lemma) && !matches!(t.deprels[w], Deprel::Amod | Deprel::Compound);
    // `continued` reports speech only on its own (`…," she continued`).
    let bare = lemma != "continue"
        || t.children[w]
            .iter()
            .all(|&c| !matches!(t.deprels[c], Deprel::Xcomp | Deprel::Obj));
    // `read` reports the words of a document (`the letter reads`), not a
    // person reading aloud.
    let document = lemma == "read" && t.deps_exact(w, Deprel::Nsubj).any(|s| t.upos[s] == Upos::Noun);
    (t.upos[w] == Upos::Verb && (speech || document) && bare)
        || (lemma == "accord" || t.words[w].eq_ignore_ascii_case("according"))
            && t.words.get(w + 1).is_some_and(|n| *n == "to")
}

/// The cue and speaker of the quoted tokens `quote`: the nearest speech
/// verb outside every quote (`inside`) in the sentences the quote touches
/// whose speaker can be found. `partial`: a word or phrase inside a
/// sentence, which naming verbs (`call`, `describe`) may introduce.
pub fn attribute(
    doc: &Document,
    trees: &mut Trees<'_>,
    quote: Range<usize>,
    inside: &[bool],
    partial: bool,
) -> Option<Attribution> {
    let (touched, around) = sentences_around(doc, &quote);
    // `"…," Doe said. "…"`: a quote going on from the one just before
    // takes no cue from the sentence after it.
    let goes_on = (quote.start.saturating_sub(14)..quote.start.saturating_sub(1)).any(|j| inside[j]);
    let mut cues: Vec<(bool, bool, usize, usize, usize)> = Vec::new();
    for s in around {
        let tier = !touched.contains(&s);
        let base = doc.sentences[s].tokens.start;
        let t = trees.get(s);
        for w in 0..t.len() {
            let k = base + w;
            if inside[k] || !is_cue(t, w) || (!partial && NAMING.contains(&t.lemmas[w].as_str())) {
                continue;
            }
            // No other quote between the cue and this one.
            let (lo, hi) = if k < quote.start {
                (k, quote.start)
            } else {
                (quote.end, k)
            };
            if (lo..hi).any(|j| inside[j] && !(quote.start.saturating_sub(1)..quote.end + 1).contains(&j)) {
                continue;
            }
            // In the next sentence, only a reporting verb right at its start
            // (`Clinton said.`), not a new statement (`Others urge him …`);
            // in the one before, a cue before its colon.
            let lemma = t.lemmas[w].as_str();
            let reporting = REPORTING.contains(&lemma) || matches!(lemma, "ask" | "continue");
            if tier && k > quote.end && (w > 4 || !reporting || goes_on) {
                continue;
            }
            // `"…," Doe said, according to the transcript`: the source
            // relayed the statement, and is its source.
            let relayed = k > quote.end && t.words[w].eq_ignore_ascii_case("according");
            cues.push((tier, !relayed, hi - lo, s, w));
        }
    }
    cues.sort_unstable();
    let found = cues.into_iter().find_map(|(_, _, _, s, w)| {
        let base = doc.sentences[s].tokens.start;
        let t = trees.get(s);
        let quoted = |x: usize| inside[base + x];
        let head = named_before(t, w, &quoted)
            .or_else(|| speaker_head(t, w, &quoted))
            .map(|h| outer_speaker(t, w, h, &quoted))?;
        Some(attribution(t, base, w, head))
    });
    found
        .or_else(|| {
            partial
                .then(|| governing(doc, trees, quote.clone(), inside))
                .flatten()
        })
        .or_else(|| after_colon(doc, trees, quote.start, inside))
}

/// A quote introduced by a colon without a speech verb (`The letter
/// reads: "…"`, `…, he wrote in a post:`): the name right before the
/// colon, else the subject of the main verb before it.
fn after_colon(doc: &Document, trees: &mut Trees<'_>, start: usize, inside: &[bool]) -> Option<Attribution> {
    let text = doc.article.text.as_str();
    let colon = start.checked_sub(2)?;
    if doc.tokens[colon].span.slice(text) != ":" {
        return None;
    }
    let s = sentence_of(doc, colon);
    let base = doc.sentences[s].tokens.start;
    let t = trees.get(s);
    // A name right before the colon, as in a transcript or a list of
    // sources (`Jane Doe: "…"`, `… - Jane Doe: "…"`), is the speaker.
    let named = (colon - base)
        .checked_sub(1)
        .filter(|&w| t.upos[w] == Upos::Propn && !inside[base + w]);
    if let Some(w) = named {
        return Some(attribution(t, base, colon - base, w));
    }
    let root = (0..t.len()).find(|&w| t.heads[w].is_none() && t.upos[w] == Upos::Verb)?;
    let head = subject(t, root, &|x| inside[base + x], 0)?;
    Some(attribution(t, base, root, head))
}

fn attribution(t: &Tree<'_>, base: usize, cue: usize, head: usize) -> Attribution {
    let words = noun_phrase(t, head);
    Attribution {
        cue: base + cue,
        speaker: base + words.start..base + words.end,
        head: base + head,
    }
}

/// A partial quote no speech verb introduces belongs to the subject of the
/// clause it is in (`Reid has gone after Trump as a "con artist"`).
fn governing(
    doc: &Document,
    trees: &mut Trees<'_>,
    quote: Range<usize>,
    inside: &[bool],
) -> Option<Attribution> {
    let s = sentence_of(doc, quote.start);
    let base = doc.sentences[s].tokens.start;
    let t = trees.get(s);
    let quoted = |x: usize| inside[base + x];
    let top = (quote.start - base..(quote.end - base).min(t.len()))
        .find(|&w| t.heads[w].is_none_or(|h| !quoted(h)))?;
    t.ancestors(top)
        .into_iter()
        .chain(std::iter::once(top))
        .find_map(|v| {
            let verb = t.upos[v] == Upos::Verb && !quoted(v);
            let subject = t
                .deps_exact(v, Deprel::Nsubj)
                .find(|&x| !quoted(x) && t.lemmas[x] != "it");
            let head = subject.filter(|_| verb)?;
            let relative = matches!(t.lemmas[head].as_str(), "who" | "that" | "which");
            (!relative).then(|| {
                let (v, head) = claimant(t, v, head, &quoted);
                attribution(t, base, v, head)
            })
        })
}

/// The outermost clause a complement clause is embedded in, through
/// complements and coordination (`A report found that the agency could
/// not be sure that money was coming from "…"`: the report, not the
/// money), with its subject; `(v, head)` when there is none above.
fn claimant(t: &Tree<'_>, v: usize, head: usize, quoted: &dyn Fn(usize) -> bool) -> (usize, usize) {
    let mut best = (v, head);
    let mut cur = v;
    for _ in 0..t.len() {
        let Some(up) = t.heads[cur].filter(|_| matches!(t.deprels[cur], Deprel::Ccomp | Deprel::Conj)) else {
            break;
        };
        cur = up;
        let subject = t
            .deps_exact(cur, Deprel::Nsubj)
            .find(|&x| !quoted(x) && t.lemmas[x] != "it");
        if let Some(s) = subject.filter(|_| t.upos[cur] == Upos::Verb) {
            best = (cur, s);
        }
    }
    best
}

/// A quote signed after a dash (`"…" ― Jane Doe`): the dash and the name
/// after it.
pub fn after_dash(doc: &Document, close: usize) -> Option<(usize, Range<usize>)> {
    let text = doc.article.text.as_str();
    let is_dash = |k: usize| doc.tokens[k].span.slice(text).contains(['―', '—', '–']);
    let mut k = close;
    if !is_dash(k) {
        k += 1;
        if k >= doc.tokens.len() || !is_dash(k) {
            return None;
        }
    }
    let start = k + 1;
    let mut end = start;
    while end < doc.tokens.len() && doc.tags.get(end).is_some_and(|t| t.upos == Upos::Propn) {
        end += 1;
    }
    (end > start).then_some((k, start..end))
}

/// The sentences a quote's cue may be in: those the quote touches, the
/// next one when the quote ends its sentence (a second choice) (`"…?" Clinton said.` split
/// after the question mark), the one before when it ends in a colon.
fn sentences_around(doc: &Document, quote: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let text = doc.article.text.as_str();
    let mut first = sentence_of(doc, quote.start);
    let mut last = sentence_of(doc, quote.end.saturating_sub(1).max(quote.start));
    let touched = first..last + 1;
    let close = quote.end + 1;
    if doc.sentences[last].tokens.end <= close && last + 1 < doc.sentences.len() {
        last += 1;
    }
    let opens_sentence = doc.sentences[first].tokens.start + 1 >= quote.start;
    let after_colon = first
        .checked_sub(1)
        .is_some_and(|p| doc.tokens[doc.sentences[p].tokens.end - 1].span.slice(text) == ":");
    if opens_sentence && after_colon {
        first -= 1;
    }
    (touched, first..last + 1)
}

/// Documents and utterances an actor issues or makes, and speaks through.
const DOCUMENTS: &[&str] = &[
    "statement",
    "letter",
    "release",
    "memo",
    "report",
    "tweet",
    "post",
    "note",
    "comment",
    "remark",
    "speech",
    "interview",
    "message",
    "editorial",
];

/// The head word of the speaker of cue `v`.
pub fn speaker_head(t: &Tree<'_>, v: usize, quoted: &dyn Fn(usize) -> bool) -> Option<usize> {
    if t.lemmas[v] == "accord" || t.words[v].eq_ignore_ascii_case("according") {
        // The phrase after `according to`, whatever the parser made of it
        // (`according to show insiders` with `show` as a verb): its last
        // noun before a comma or a full stop.
        let phrase = (v + 2..t.len()).take_while(|&k| t.upos[k] != Upos::Punct && !quoted(k));
        let last_noun = phrase
            .filter(|&k| matches!(t.upos[k], Upos::Noun | Upos::Propn | Upos::Pron))
            .last();
        return last_noun.or_else(|| t.heads[v].filter(|&h| !quoted(h) && h > v));
    }
    let ok = |w: &usize| {
        !quoted(*w)
            && !is_time_word(&t.lemmas[*w])
            && (matches!(t.upos[*w], Upos::Propn | Upos::Pron | Upos::Noun | Upos::Num)
                || t.words[*w].starts_with(char::is_uppercase))
    };
    let head = subject(t, v, quoted, 0)
        .filter(ok)
        .or_else(|| adjacent(t, v).filter(ok))?;
    // `condemned what he called a "brazen breach"`: the phrase is the
    // statement of the clause above, whose subject the pronoun points to.
    let naming = NAMING.contains(&t.lemmas[v].as_str());
    if naming && t.upos[head] == Upos::Pron && t.heads[v].is_some() {
        let above = t.ancestors(v).into_iter().filter(|&a| t.upos[a] == Upos::Verb);
        if let Some(s) = above
            .filter_map(|a| {
                t.deps_exact(a, Deprel::Nsubj)
                    .find(|&x| ok(&x) && !matches!(t.lemmas[x].as_str(), "what" | "who" | "which" | "that"))
            })
            .next()
        {
            return Some(s);
        }
    }
    // `The council issued a statement calling it "…"`, `She made a comment
    // calling them "…"`: whoever issued the document speaks through it.
    if DOCUMENTS.contains(&t.lemmas[head].as_str()) && t.deprels[head] == Deprel::Obj {
        let issuer = t.heads[head].and_then(|a| t.deps_exact(a, Deprel::Nsubj).find(|x| ok(x)));
        if let Some(issuer) = issuer {
            return Some(issuer);
        }
    }
    // A relative pronoun stands for the noun its clause modifies (`Trump,
    // who said …`).
    let relative = matches!(t.lemmas[head].as_str(), "who" | "that" | "which");
    match t.heads[v] {
        Some(noun) if relative && t.deprels[v].is(Deprel::Acl) => Some(noun).filter(ok),
        _ => (!relative).then_some(head),
    }
}

/// A participle cue right after a name speaks for that name (`footage of
/// Jane Doe saying, "…"`), whatever the main clause's subject.
fn named_before(t: &Tree<'_>, v: usize, quoted: &dyn Fn(usize) -> bool) -> Option<usize> {
    let before = v.checked_sub(1)?;
    let participle = t.words[v].ends_with("ing") && t.deps_exact(v, Deprel::Nsubj).next().is_none();
    let time = is_time_word(t.words[before]);
    (participle && t.upos[before] == Upos::Propn && !quoted(before) && !time).then_some(before)
}

/// A pronoun speaking inside the statement of a named speaker stands for
/// that speaker (`Doe said she recalled thinking, "…"`, `Doe scolded him:
/// "…," she said`): climbing from the cue through the clauses it
/// complements or is set beside, the first name subject of a speech verb
/// (or of the clause beside). Naming verbs (`what she called`) keep the
/// pronoun.
fn outer_speaker(t: &Tree<'_>, v: usize, head: usize, quoted: &dyn Fn(usize) -> bool) -> usize {
    let personal = matches!(t.lemmas[head].to_lowercase().as_str(), "he" | "she");
    if t.upos[head] != Upos::Pron || !personal || NAMING.contains(&t.lemmas[v].as_str()) {
        return head;
    }
    let mut cur = v;
    while let (rel @ (Deprel::Ccomp | Deprel::Parataxis | Deprel::Xcomp), Some(a)) =
        (t.deprels[cur], t.heads[cur])
    {
        let speech = SPEECH.contains(&t.lemmas[a].as_str()) || rel == Deprel::Parataxis;
        let name = t
            .deps_exact(a, Deprel::Nsubj)
            .find(|&x| t.upos[x] == Upos::Propn && x < head && !quoted(x));
        match name {
            Some(x) if speech && t.upos[a] == Upos::Verb => return x,
            _ => cur = a,
        }
    }
    head
}

/// The subject of `v`, or of the clause it hangs from (`…, calling them
/// "lies"`, `and added`).
fn subject(t: &Tree<'_>, v: usize, quoted: &dyn Fn(usize) -> bool, depth: usize) -> Option<usize> {
    let own = |v: usize| t.deps_exact(v, Deprel::Nsubj).find(|&s| !quoted(s));
    if let Some(s) = own(v) {
        return Some(s);
    }
    let h = t.heads[v]?;
    // `calling them "lies"` is often parsed as the subject clause of `lies`.
    let inherits = matches!(
        t.deprels[v],
        Deprel::Advcl | Deprel::Xcomp | Deprel::Conj | Deprel::Acl | Deprel::Csubj
    );
    if !inherits || depth >= 3 {
        return None;
    }
    // A participle (`…, calling them "lies"`) belongs to the statement
    // around it: the subject of the nearest speech verb above.
    let speech_above = t.ancestors(v).into_iter().find_map(|a| {
        let speech = t.upos[a] == Upos::Verb && SPEECH.contains(&t.lemmas[a].as_str());
        speech.then(|| own(a)).flatten()
    });
    speech_above.or_else(|| subject(t, h, quoted, depth + 1))
}

/// A speaker next to the cue when the parse gave none: `said Blinken`
/// right after a quote, `said the minister`, `Blinken has said`, `Rep.
/// Jane Doe (D-Ohio) said`.
fn adjacent(t: &Tree<'_>, v: usize) -> Option<usize> {
    let capital = |w: usize| t.words[w].starts_with(char::is_uppercase);
    let nominal = |w: usize| matches!(t.upos[w], Upos::Propn | Upos::Pron | Upos::Noun) || capital(w);
    let closes = |w: usize| t.words[w].contains(['”', '"']);
    let inverted = v > 0
        && !NAMING.contains(&t.lemmas[v].as_str())
        && (closes(v - 1) || (v > 1 && t.words[v - 1] == "," && closes(v - 2)));
    if inverted {
        let mut after = v + 1;
        while after < t.len() && matches!(t.upos[after], Upos::Det | Upos::Adj | Upos::Num) && !capital(after)
        {
            after += 1;
        }
        if after < t.len() && nominal(after) {
            let mut end = after;
            let name = t.upos[after] != Upos::Pron;
            while name
                && end + 1 < t.len()
                && (matches!(t.upos[end + 1], Upos::Propn | Upos::Noun) || capital(end + 1))
            {
                end += 1;
            }
            return Some(end);
        }
        // `," said 9/11 widow Jane Doe.` with the title mistagged: the last
        // name before the next punctuation, a few words on.
        let run = (v + 1..t.len().min(v + 9)).take_while(|&k| t.upos[k] != Upos::Punct);
        if let Some(name) = run.filter(|&k| t.upos[k] == Upos::Propn).last() {
            return Some(name);
        }
    }
    let mut before = v.checked_sub(1)?;
    while before > 0 && matches!(t.upos[before], Upos::Aux | Upos::Adv | Upos::Part) {
        before -= 1;
    }
    if t.words[before] == ")" {
        while before > 0 && t.words[before] != "(" {
            before -= 1;
        }
        before = before.checked_sub(1)?;
    }
    if let Some(name) = before_short_aside(t, before) {
        before = name;
    }
    if nominal(before) {
        return Some(before);
    }
    name_after_quote(t, v)
}

/// `"…," Jane Doe, the attorney general of a state suing the agency, said`:
/// the name right after the closing quote, when no finite verb but the cue
/// follows it.
fn name_after_quote(t: &Tree<'_>, v: usize) -> Option<usize> {
    let closes = |w: usize| t.words[w].contains(['”', '"']) || t.words[w] == "''";
    let first = (v.saturating_sub(30)..v)
        .rev()
        .find(|&k| k > 0 && closes(k - 1))?;
    let finite = (first..v).any(|k| matches!(t.xpos[k], "VBD" | "VBZ" | "VBP" | "MD"));
    if t.upos[first] != Upos::Propn || finite {
        return None;
    }
    let mut end = first;
    while end + 1 < v && t.upos[end + 1] == Upos::Propn {
        end += 1;
    }
    Some(end)
}

/// `Jane Doe, R-Ky., said`, `Jane Doe, 45, said`: when a comma ends a
/// short aside of names, numbers and hyphens set off by commas, the word
/// before the aside.
fn before_short_aside(t: &Tree<'_>, comma: usize) -> Option<usize> {
    if t.words[comma] != "," {
        return None;
    }
    let open = (comma.saturating_sub(5)..comma)
        .rev()
        .find(|&j| t.words[j] == ",")?;
    let aside = open + 1..comma;
    let short = !aside.is_empty()
        && aside
            .clone()
            .all(|j| matches!(t.upos[j], Upos::Propn | Upos::Num | Upos::Punct) && t.words[j] != ",");
    (short && open > 0).then(|| open - 1)
}

/// The words of the noun phrase headed by `h`, without its clauses,
/// appositions and prepositional phrases, as a sentence-relative range.
pub fn noun_phrase(t: &Tree<'_>, h: usize) -> Range<usize> {
    let mut words = vec![h];
    let mut k = 0;
    while k < words.len() {
        let w = words[k];
        for &c in &t.children[w] {
            let keep = matches!(
                t.deprels[c],
                Deprel::Compound
                    | Deprel::Flat
                    | Deprel::Det
                    | Deprel::Amod
                    | Deprel::NmodPoss
                    | Deprel::Nummod
                    | Deprel::Case
                    | Deprel::Fixed
            ) && (t.deprels[c] != Deprel::Case || w != h);
            if keep && words.len() <= t.len() {
                words.push(c);
            }
        }
        k += 1;
    }
    let lo = words.iter().copied().min().unwrap_or(h);
    let hi = words.iter().copied().max().unwrap_or(h);
    lo..hi + 1
}
