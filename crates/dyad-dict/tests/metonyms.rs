//! Dated metonyms: loading the optional `from`/`to` columns, the overlap check, and the lookup
//! of the row that holds on a date. Fixtures are invented groups and places.

use chrono::NaiveDate;
use dyad_dict::{load_files, Dictionaries, EntryKind, Gazetteer, MatchScratch};

const FIXTURE: &str = "\
# invented forms
text\tcode\tnote\tfrom\tto
Oldtown\tAAAGOV\tcapital until the move\t\t1990-06-30
Oldtown\tAAA\tthe city afterwards\t1990-07-01
Newtown\tAAAGOV\tundated
Green Front|the Greens\tBBBREB\tarmed movement\t\t1994-05-03
Green Front|the Greens\tBBBGOV\truling\t1994-05-04\t2007-06
Green Front|the Greens\tBBBOPP\topposition\t2008\t
Blue League\tCCCREB\tonly a middle period\t1996-09-27\t2001-12-07
";

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("bad test date {s}"))
}

fn fixture() -> Dictionaries {
    let (dicts, errors) = load_files([("metonyms.tsv", FIXTURE)]);
    assert!(errors.is_empty(), "{errors:?}");
    dicts
}

/// The code of `text` on `on` (`None`: no date), found as the resolver finds it: the first
/// metonym entry the automaton gives for the words, then the row that holds on the date.
fn code_of(dicts: &Dictionaries, gazetteer: &Gazetteer, text: &str, on: Option<&str>) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let found = gazetteer.find(&words, &mut MatchScratch::default());
    let entry = found
        .iter()
        .flat_map(|m| &m.entries)
        .find(|e| e.kind == EntryKind::Metonym)
        .unwrap_or_else(|| panic!("no metonym in {text:?}"));
    dicts.metonym_on(entry.index as usize, on.map(date)).code.clone()
}

#[test]
fn the_row_that_holds_on_the_date_is_chosen() {
    // (text, date, code)
    let rows: &[(&str, Option<&str>, &str)] = &[
        ("Oldtown", Some("1985-01-01"), "AAAGOV"),
        // The last day of a period and the first of the next.
        ("Oldtown", Some("1990-06-30"), "AAAGOV"),
        ("Oldtown", Some("1990-07-01"), "AAA"),
        ("Oldtown", Some("2024-01-01"), "AAA"),
        ("Newtown", Some("1950-01-01"), "AAAGOV"),
        ("Newtown", None, "AAAGOV"),
        ("Green Front", Some("1980-03-01"), "BBBREB"),
        ("Green Front", Some("1994-05-03"), "BBBREB"),
        ("Green Front", Some("1994-05-04"), "BBBGOV"),
        // A partial `to` means the last day of its month.
        ("Green Front", Some("2007-06-30"), "BBBGOV"),
        ("Green Front", Some("2010-01-01"), "BBBOPP"),
        // Another form of the same rows, after `the`.
        ("the Greens", Some("1999-01-01"), "BBBGOV"),
        // No date: the row that started last (the current one).
        ("Green Front", None, "BBBOPP"),
        ("Oldtown", None, "AAA"),
        // In a gap between rows, the row closest in time.
        ("Green Front", Some("2007-08-01"), "BBBGOV"),
        ("Green Front", Some("2007-12-20"), "BBBOPP"),
        // Before or after a form's only row: that row.
        ("Blue League", Some("1980-01-01"), "CCCREB"),
        ("Blue League", Some("2020-01-01"), "CCCREB"),
    ];
    let dicts = fixture();
    let gazetteer = Gazetteer::new(&dicts);
    for (text, on, want) in rows {
        assert_eq!(
            code_of(&dicts, &gazetteer, text, *on),
            *want,
            "{text:?} on {on:?}"
        );
    }
}

#[test]
fn dates_load_into_the_rows() {
    let dicts = fixture();
    let green: Vec<_> = dicts
        .metonyms
        .iter()
        .filter(|m| m.forms[0] == "Green Front")
        .map(|m| (m.code.as_str(), m.from, m.to, m.location.line))
        .collect();
    assert_eq!(
        green,
        [
            ("BBBREB", None, Some(date("1994-05-03")), 6),
            ("BBBGOV", Some(date("1994-05-04")), Some(date("2007-06-30")), 7),
            ("BBBOPP", Some(date("2008-01-01")), None, 8),
        ]
    );
    let newtown = &dicts.metonyms[2];
    assert!(!newtown.is_dated() && newtown.holds_on(date("1900-01-01")));
}

#[test]
fn overlapping_rows_of_one_form_are_errors() {
    // (rows after the header, expected `line: reason` starts)
    let cases: &[(&str, &[&str])] = &[
        // Disjoint periods, touching and with a gap: fine.
        ("A\tAAA\t\t\t2000-12-31\nA\tBBB\t\t2001-01-01\n", &[]),
        ("A\tAAA\t\t\t2000\nA\tBBB\t\t2005\t2006\nA\tCCC\t\t2010\n", &[]),
        // Two undated rows: both cover all time.
        ("A\tAAA\nA\tBBB\n", &["3: `A` is also on line 2 (AAA)"]),
        // One shared day.
        (
            "A\tAAA\t\t\t2001-01-01\nA\tBBB\t\t2001-01-01\n",
            &["3: `A` is also on line 2"],
        ),
        // An undated row against a dated one; forms shared through another spelling and case.
        (
            "A|the Bee\tAAA\nbee\tBBB\t\t1990\t1991\n",
            &["3: `bee` is also on line 2"],
        ),
        // A partial `to` reaches the end of its year.
        (
            "A\tAAA\t\t\t2000\nA\tBBB\t\t2000-12-31\n",
            &["3: `A` is also on line 2"],
        ),
        // Two forms of one row clash with the same earlier row: one error.
        ("A|B\tAAA\nA|B\tBBB\t\t2000\n", &["3: `A` is also on line 2"]),
        // Three rows, the third overlapping the first only.
        (
            "A\tAAA\t\t\t1999\nA\tBBB\t\t2000\t2001\nA\tCCC\t\t1998\t1998\n",
            &["4: `A` is also on line 2"],
        ),
        // Forms of one row never clash with each other.
        ("A|a\tAAA\n", &[]),
    ];
    for (rows, want) in cases {
        let text = format!("text\tcode\tnote\tfrom\tto\n{rows}");
        let (_, errors) = load_files([("metonyms.tsv", text.as_str())]);
        let got: Vec<String> = errors
            .iter()
            .map(|e| format!("{}: {}", e.line, e.reason))
            .collect();
        assert_eq!(got.len(), want.len(), "{rows:?}: {got:?}");
        for (g, w) in got.iter().zip(want.iter()) {
            assert!(g.starts_with(w), "{rows:?}: got {g:?}, want {w:?}");
        }
    }
}

#[test]
fn bad_dates_are_errors_and_the_old_header_still_loads() {
    let cases: &[(&str, &str)] = &[
        (
            "A\tAAA\tnote\t1990-13\n",
            "`from` date `1990-13` is not YYYY[-MM[-DD]]",
        ),
        ("A\tAAA\tnote\t\tsoon\n", "`to` date `soon` is not YYYY[-MM[-DD]]"),
        (
            "A\tAAA\tnote\t2001\t2000\n",
            "period ends (2000) before it starts (2001)",
        ),
    ];
    for (row, want) in cases {
        let text = format!("text\tcode\tnote\tfrom\tto\n{row}");
        let (dicts, errors) = load_files([("metonyms.tsv", text.as_str())]);
        assert!(dicts.metonyms.is_empty(), "{row:?}");
        assert_eq!(errors.len(), 1, "{row:?}: {errors:?}");
        assert_eq!((errors[0].line, errors[0].reason.as_str()), (2, *want), "{row:?}");
    }
    let (dicts, errors) = load_files([("metonyms.tsv", "text\tcode\tnote\nA\tAAAGOV\tnote\n")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(dicts.metonyms[0].code, "AAAGOV");
    assert!(!dicts.metonyms[0].is_dated());
    let (_, errors) = load_files([("metonyms.tsv", "text\tcode\tfrom\tto\nA\tAAAGOV\n")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn embedded_groups_change_codes_on_their_dates() {
    // (form, date, code): the dated rows the dictionaries ship with.
    let rows: &[(&str, &str, &str)] = &[
        ("Moscow", "1985-03-11", "USRGOV"),
        ("Moscow", "1991-12-25", "USRGOV"),
        ("Moscow", "1991-12-26", "RUSGOV"),
        ("Kremlin", "1990-08-15", "USRGOV"),
        ("KGB", "1990-08-15", "USRSPY"),
        ("Taliban", "1995-06-01", "AFGREB"),
        ("Taliban", "1996-09-27", "AFGGOV"),
        ("Taliban", "2001-12-08", "AFGREB"),
        ("Taliban", "2021-08-15", "AFGGOV"),
        ("PLO", "1988-11-15", "PSEREB"),
        ("PLO", "1995-01-01", "PSEGOV"),
        ("Hamas", "2006-06-01", "PSEGOV"),
        ("Hamas", "2014-07-08", "PSEREB"),
        ("Belgrade", "1999-03-24", "YUGGOV"),
        ("Belgrade", "2008-02-17", "SRBGOV"),
        ("Sanaa", "2010-01-01", "YEMGOV"),
        ("Sanaa", "2016-01-01", "YEMREB"),
        ("ANC", "1985-01-01", "ZAFREB"),
        ("ANC", "1995-01-01", "ZAFGOV"),
    ];
    let dicts = &dyad_dict::builtin();
    let gazetteer = Gazetteer::new(dicts);
    for (text, on, want) in rows {
        assert_eq!(
            code_of(dicts, &gazetteer, text, Some(on)),
            *want,
            "{text:?} on {on}"
        );
    }
}

#[test]
fn embedded_dictionaries_have_no_problems() {
    let errors = dyad_dict::check_embedded();
    assert!(
        errors.is_empty(),
        "{} problem(s), first: {:?}",
        errors.len(),
        errors.first()
    );
}
