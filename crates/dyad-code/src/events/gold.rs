//! Scoring coded events against hand-coded gold at the article level
//! (`dyad eval events`).
//!
//! Per document, gold and system events are each reduced to a **set** of
//! triples (source key, target key, CAMEO prefix), so that an event told
//! in three sentences counts once. An actor's key is the first three
//! letters of its code (`USAGOV` → `USA`), except that codes beginning
//! `IGO` or `NGO` keep six (`IGOWSTNAT` → `IGOWST`); a missing actor is
//! `---`. The root score uses the first two digits of the code, the
//! 3-digit score the first three. Counts are summed over documents
//! (micro-averaged). For root triples found by both, the date agrees when
//! the year-month of one gold event equals that of one system event; a
//! date known only to the year agrees with any date in that year.

use dyad_core::score::Prf as Counts;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// An actor as the gold file gives it.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct GoldActor {
    /// The words the coder saw.
    #[serde(default)]
    pub text: Option<String>,
    /// The CAMEO actor code.
    #[serde(default)]
    pub code: Option<String>,
}

/// One line of a gold file: an event, or `{"doc", "none": true}`.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldLine {
    /// The article id.
    pub doc: String,
    /// True for a document with no event.
    #[serde(default)]
    pub none: bool,
    /// The sentence the event is in.
    #[serde(default)]
    pub sentence: Option<String>,
    /// The trigger words.
    #[serde(default)]
    pub trigger: Option<String>,
    /// Who acted.
    #[serde(default)]
    pub source: Option<GoldActor>,
    /// Who was acted on.
    #[serde(default)]
    pub target: Option<GoldActor>,
    /// CAMEO event code.
    #[serde(default)]
    pub cameo: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
}

/// A problem in a gold file (`file:line: reason`).
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct GoldError {
    /// The file.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// An event reduced for scoring: its keys, code, date and a description
/// for error listings.
#[derive(Clone, Debug)]
pub struct Scored {
    /// Source actor code, if any.
    pub source: Option<String>,
    /// Target actor code, if any.
    pub target: Option<String>,
    /// CAMEO event code.
    pub cameo: String,
    /// The date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// What to print when the triple is missed or false.
    pub describe: String,
}

/// The events of one document, gold or system.
pub type DocEvents = BTreeMap<String, Vec<Scored>>;

/// Reads a gold file: the document ids in file order, and their events.
pub fn read_gold(text: &str, file: &str) -> Result<(Vec<String>, DocEvents), GoldError> {
    let mut order = Vec::new();
    let mut events: DocEvents = BTreeMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let error = |reason: String| GoldError {
            file: file.to_owned(),
            line: i + 1,
            reason,
        };
        let gold: GoldLine = serde_json::from_str(line).map_err(|e| error(e.to_string()))?;
        if !events.contains_key(&gold.doc) {
            order.push(gold.doc.clone());
            events.insert(gold.doc.clone(), Vec::new());
        }
        if gold.none {
            continue;
        }
        let cameo = gold.cameo.clone().ok_or_else(|| error("no `cameo`".into()))?;
        if cameo.len() < 2 || !cameo.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(format!("`{cameo}` is not a CAMEO code")));
        }
        let describe = format!(
            "[{}] {}",
            gold.trigger.as_deref().unwrap_or(""),
            gold.sentence.as_deref().unwrap_or("")
        );
        let code = |a: &Option<GoldActor>| a.as_ref().and_then(|a| a.code.clone()).filter(|c| !c.is_empty());
        events.get_mut(&gold.doc).expect("inserted").push(Scored {
            source: code(&gold.source),
            target: code(&gold.target),
            cameo,
            date: gold.date.clone(),
            describe,
        });
    }
    Ok((order, events))
}

/// The scoring key of an actor code.
pub fn actor_key(code: Option<&str>) -> String {
    match code {
        None => "---".to_owned(),
        Some(c) if c.starts_with("IGO") || c.starts_with("NGO") => c.chars().take(6).collect(),
        Some(c) => c.chars().take(3).collect(),
    }
}

/// (source key, target key, code prefix).
pub type Triple = (String, String, String);

fn triple(e: &Scored, digits: usize) -> Triple {
    (
        actor_key(e.source.as_deref()),
        actor_key(e.target.as_deref()),
        e.cameo.chars().take(digits).collect(),
    )
}

/// One document's missed and false root triples, for `--verbose`.
#[derive(Clone, Debug, Default)]
pub struct DocErrors {
    /// The article id.
    pub doc: String,
    /// Gold triples the system missed, each with one gold description.
    pub missed: Vec<(Triple, String)>,
    /// System triples not in the gold, each with one system description.
    pub false_: Vec<(Triple, String)>,
    /// Triples found by both whose dates disagree: the gold's date and
    /// description, the system's (`-` when undated).
    pub dates: Vec<(Triple, String, String)>,
}

/// The whole score.
#[derive(Clone, Debug, Default)]
pub struct Score {
    /// Documents scored.
    pub docs: usize,
    /// Root-level counts.
    pub root: Counts,
    /// 3-digit counts.
    pub code3: Counts,
    /// Root triples found by both whose dates agree.
    pub dates_agree: usize,
    /// Root triples found by both.
    pub dates_matched: usize,
    /// Per-document errors, in gold order.
    pub errors: Vec<DocErrors>,
}

/// Scores system events against gold events for the documents in `order`.
pub fn score(order: &[String], gold: &DocEvents, system: &DocEvents) -> Score {
    let mut out = Score {
        docs: order.len(),
        ..Score::default()
    };
    let empty = Vec::new();
    for doc in order {
        let g = gold.get(doc).unwrap_or(&empty);
        let s = system.get(doc).unwrap_or(&empty);
        for (digits, counts) in [(2, &mut out.root), (3, &mut out.code3)] {
            let gs: BTreeSet<Triple> = g.iter().map(|e| triple(e, digits)).collect();
            let ss: BTreeSet<Triple> = s.iter().map(|e| triple(e, digits)).collect();
            counts.tp += gs.intersection(&ss).count();
            counts.fp += ss.difference(&gs).count();
            counts.fn_ += gs.difference(&ss).count();
        }
        let (gm, sm) = (by_triple(g), by_triple(s));
        let mut errors = DocErrors {
            doc: doc.clone(),
            ..DocErrors::default()
        };
        for (t, ges) in &gm {
            match sm.get(t) {
                Some(ses) => {
                    out.dates_matched += 1;
                    if ges
                        .iter()
                        .any(|ge| ses.iter().any(|se| dates_agree(&ge.date, &se.date)))
                    {
                        out.dates_agree += 1;
                    } else {
                        let when = |e: &Scored| e.date.clone().unwrap_or_else(|| "-".into());
                        let (ge, se) = (ges[0], ses[0]);
                        errors.dates.push((
                            t.clone(),
                            format!("{} {}", when(ge), ge.describe),
                            format!("{} {}", when(se), se.describe),
                        ));
                    }
                }
                None => errors.missed.push((t.clone(), ges[0].describe.clone())),
            }
        }
        for (t, ses) in &sm {
            if !gm.contains_key(t) {
                errors.false_.push((t.clone(), ses[0].describe.clone()));
            }
        }
        out.errors.push(errors);
    }
    out
}

fn by_triple(events: &[Scored]) -> BTreeMap<Triple, Vec<&Scored>> {
    let mut m: BTreeMap<Triple, Vec<&Scored>> = BTreeMap::new();
    for e in events {
        m.entry(triple(e, 2)).or_default().push(e);
    }
    m
}

/// Year-month agreement; a year alone agrees with any date in that year.
fn dates_agree(gold: &Option<String>, system: &Option<String>) -> bool {
    let (Some(g), Some(s)) = (gold, system) else {
        return false;
    };
    let (g, s) = (&g[..g.len().min(7)], &s[..s.len().min(7)]);
    g.starts_with(s) || s.starts_with(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(s: Option<&str>, t: Option<&str>, c: &str, d: &str) -> Scored {
        Scored {
            source: s.map(str::to_owned),
            target: t.map(str::to_owned),
            cameo: c.to_owned(),
            date: Some(d.to_owned()),
            describe: String::new(),
        }
    }

    #[test]
    fn keys() {
        for (code, key) in [
            (Some("USAGOV"), "USA"),
            (Some("IGOWSTNAT"), "IGOWST"),
            (Some("NGOHRIAMN"), "NGOHRI"),
            (Some("GOV"), "GOV"),
            (None, "---"),
        ] {
            assert_eq!(actor_key(code), key);
        }
    }

    #[test]
    fn sets_micro_counts_and_dates() {
        let order = vec!["a".to_owned(), "b".to_owned()];
        let mut gold = DocEvents::new();
        gold.insert(
            "a".into(),
            vec![
                ev(Some("USAGOV"), Some("IRQ"), "111", "1998-02"),
                ev(Some("USA"), Some("IRQGOV"), "112", "1998-02-03"),
                ev(Some("IRQ"), Some("KWT"), "190", "1990"),
            ],
        );
        gold.insert("b".into(), vec![]);
        let mut system = DocEvents::new();
        system.insert(
            "a".into(),
            vec![
                ev(Some("USAMIL"), Some("IRQ"), "112", "1998-02-20"),
                ev(Some("IRQGOV"), Some("KWTGOV"), "193", "1990-08-02"),
                ev(Some("IRQ"), None, "010", "1998-02-20"),
            ],
        );
        system.insert(
            "b".into(),
            vec![ev(Some("CUB"), Some("USA"), "042", "1999-01-01")],
        );
        let s = score(&order, &gold, &system);
        // Root: {USA IRQ 11, IRQ KWT 19} vs {USA IRQ 11, IRQ KWT 19, IRQ --- 01} + b's one.
        assert_eq!(s.root, Counts { tp: 2, fp: 2, fn_: 0 });
        // 3-digit: gold {111, 112, 190}, system {112, 193, 010} in a.
        assert_eq!(s.code3, Counts { tp: 1, fp: 3, fn_: 2 });
        assert_eq!((s.dates_agree, s.dates_matched), (2, 2));
        assert_eq!(s.errors[1].false_.len(), 1);
        assert!((s.root.precision() - 0.5).abs() < 1e-9);
        assert!((s.root.recall() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn gold_lines_and_errors() {
        let text = "{\"doc\": \"x\", \"none\": true}\n{\"doc\": \"y\", \"cameo\": \"042\", \"source\": {\"code\": \"USAGOV\"}, \"target\": {\"text\": \"it\", \"code\": null}}\n";
        let (order, events) = read_gold(text, "g.jsonl").unwrap();
        assert_eq!(order, ["x", "y"]);
        assert!(events["x"].is_empty());
        assert_eq!(events["y"][0].target, None);
        let err = read_gold("{\"doc\": \"y\", \"cameo\": \"4x\"}\n", "g.jsonl").unwrap_err();
        assert_eq!(err.to_string(), "g.jsonl:1: `4x` is not a CAMEO code");
        assert!(read_gold("not json", "g.jsonl")
            .unwrap_err()
            .to_string()
            .starts_with("g.jsonl:1:"));
    }

    #[test]
    fn year_only_dates_agree_with_their_months() {
        let d = |s: &str| Some(s.to_owned());
        assert!(dates_agree(&d("1995"), &d("1995-11-04")));
        assert!(dates_agree(&d("1998-02-26"), &d("1998-02")));
        assert!(!dates_agree(&d("1998-02-26"), &d("1998-03-01")));
        assert!(!dates_agree(&d("1998"), &None));
    }
}
