//! Legacy TABARI / PETRARCH dictionary loaders, on small invented dictionaries (fictional
//! people, made-up codes).

use chrono::NaiveDate;
use dyad_dict::legacy::{parse_legacy_actors, parse_legacy_agents};
use dyad_dict::{Agent, Person};

const FILE: &str = "fixture.actors";

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| panic!("bad test date {text}"))
}

/// A role written `CODE from..to` (`to` may be empty), with its line.
fn roles_of(person: &Person) -> Vec<String> {
    person
        .roles
        .iter()
        .map(|r| {
            let to = r.to.map(|to| to.to_string()).unwrap_or_default();
            format!("{} {}..{} @{}", r.code, r.from, to, r.location.line)
        })
        .collect()
}

fn actors_ok(text: &str) -> Vec<Person> {
    let (people, errors) = parse_legacy_actors(text, FILE);
    assert!(errors.is_empty(), "unexpected errors for {text:?}: {errors:?}");
    people
}

fn only_person(text: &str) -> Person {
    let mut people = actors_ok(text);
    assert_eq!(people.len(), 1, "one person expected in {text:?}: {people:?}");
    people.remove(0)
}

#[test]
fn actor_entries_give_names_aliases_and_roles() {
    // (dictionary, name, aliases, roles)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "ZORBLAX_VENN_  [QRXGOV]\n",
            "Zorblax Venn",
            &[],
            &["QRXGOV 1900-01-01.. @1"],
        ),
        (
            "ZORBLAX_VENN_\n+ZED_VENN_\n+Z._Q._VENN\n\t[QRXGOV]\n",
            "Zorblax Venn",
            &["Zed Venn", "Z. Q. Venn"],
            &["QRXGOV 1900-01-01.. @4"],
        ),
        // A phrase with blanks between words (TABARI: words need not be consecutive).
        (
            "MIRELA OSTVIK_ [QRX]",
            "Mirela Ostvik",
            &[],
            &["QRX 1900-01-01.. @1"],
        ),
        // TABARI's `=` end marker.
        ("GRONKLE= [GRK]", "Gronkle", &[], &["GRK 1900-01-01.. @1"]),
        // Dotted acronyms, hyphens, function words, Mc, apostrophes.
        (
            "U.Q._FEDERATION_ [UQF]",
            "U.Q. Federation",
            &[],
            &["UQF 1900-01-01.. @1"],
        ),
        (
            "BANK_OF_THE_TARN-VELD_ [TRVBUS]",
            "Bank of the Tarn-Veld",
            &[],
            &["TRVBUS 1900-01-01.. @1"],
        ),
        ("ORLA_MCFENN_ [QRX]", "Orla McFenn", &[], &["QRX 1900-01-01.. @1"]),
        (
            "DARA_O'VELLIN_ [QRX]",
            "Dara O'Vellin",
            &[],
            &["QRX 1900-01-01.. @1"],
        ),
        // TABARI compound codes and special codes.
        (
            "THE_TRIAD_ [AAA/BBB]",
            "The Triad",
            &[],
            &["AAA 1900-01-01.. @1", "BBB 1900-01-01.. @1"],
        ),
        ("NOBODY_ [---]", "Nobody", &[], &["--- 1900-01-01.. @1"]),
        // Lower-case codes are upper-cased.
        ("QUILL_ [qrxgov]", "Quill", &[], &["QRXGOV 1900-01-01.. @1"]),
    ];
    for (text, name, aliases, roles) in cases {
        let person = only_person(text);
        assert_eq!(person.name, *name, "{text:?}");
        assert_eq!(person.aliases, *aliases, "{text:?}");
        assert_eq!(roles_of(&person), *roles, "{text:?}");
    }
}

#[test]
fn date_restrictions_in_tabari_and_petrarch_styles() {
    // (restriction inside the brackets, from, to)
    let cases = [
        ("", "1900-01-01", ""),
        (">20090120", "2009-01-20", ""),
        ("> 20090120", "2009-01-20", ""),
        ("<20170120", "1900-01-01", "2017-01-19"),
        ("< 170120", "1900-01-01", "2017-01-19"),
        ("20090120-20170120", "2009-01-20", "2017-01-20"),
        ("090120-170120", "2009-01-20", "2017-01-20"),
        ("19581203-090120", "1958-12-03", "2009-01-20"),
        ("950601 - 990815", "1995-06-01", "1999-08-15"),
        // YYMMDD: 00-30 are 20YY, 31-99 are 19YY.
        (">300101", "2030-01-01", ""),
        (">310101", "1931-01-01", ""),
        (">000229", "2000-02-29", ""),
    ];
    for (restriction, from, to) in cases {
        let text = format!("KESTREL_MARN_\n\t[QRXGOV {restriction}]\n");
        let person = only_person(&text);
        assert_eq!(
            roles_of(&person),
            [format!("QRXGOV {from}..{to} @2")],
            "{restriction}"
        );
    }
}

#[test]
fn several_codes_for_one_actor() {
    let petrarch =
        "ODO_FARRIGAN_  # invented\n\t[QRXELI 19500101-900101]\n\t[QRXGOV 900102-20051231]\n\t[QRXELI]\n";
    let person = only_person(petrarch);
    assert_eq!(
        roles_of(&person),
        [
            "QRXELI 1900-01-01.. @4",
            "QRXELI 1950-01-01..1990-01-01 @2",
            "QRXGOV 1990-01-02..2005-12-31 @3"
        ]
    );
    assert_eq!(
        person.role_on(date("1995-05-05")).map(|r| r.code.as_str()),
        Some("QRXGOV")
    );
    assert_eq!(
        person.role_on(date("2010-05-05")).map(|r| r.code.as_str()),
        Some("QRXELI")
    );

    // TABARI: several blocks on one line; the unrestricted one is the fallback, so a `<date`
    // code that also starts in 1900 wins while it holds.
    let tabari = "VELMORA  [VLA <911226] [VLB]   ;xx 01/02/03";
    let person = only_person(tabari);
    assert_eq!(
        roles_of(&person),
        ["VLB 1900-01-01.. @1", "VLA 1900-01-01..1991-12-25 @1"]
    );
    assert_eq!(
        person.role_on(date("1990-01-01")).map(|r| r.code.as_str()),
        Some("VLA")
    );
    assert_eq!(
        person.role_on(date("1992-01-01")).map(|r| r.code.as_str()),
        Some("VLB")
    );

    // Adjacent blocks, a block on the primary line and more on later lines, free text after.
    let mixed = "PELL_ORANSK_\t[QRXGOV >081004][QRXBUS]\tsome note\n+P._ORANSK_\n\t[QRXLEG 010101-011231]\n";
    let person = only_person(mixed);
    assert_eq!(person.aliases, ["P. Oransk"]);
    assert_eq!(
        roles_of(&person),
        [
            "QRXBUS 1900-01-01.. @1",
            "QRXGOV 2008-10-04.. @1",
            "QRXLEG 2001-01-01..2001-12-31 @3"
        ]
    );
}

#[test]
fn comments_blank_lines_sections_and_line_endings() {
    let text = "\u{feff}# header comment\r\n\r\n<NOUN>\r\nWIDGETS\r\n</NOUN>\r\n<!-- a comment\r\nover two lines -->\r\nTAMSIN_QUORL_ ; trailing TABARI comment\r\n+TAMSIN_Q_ # trailing PETRARCH comment\r\n\t[QRXGOV >20200101] # why\r\n   \r\nHAUNT_ [###] ; TABARI's do-not-code marker is not a comment\r\n~~FINISH 12:00 Thu 01 Jan 2004\r\nNOT_READ_ [QRX]\r\n";
    let people = actors_ok(text);
    let summary: Vec<(String, Vec<String>, Vec<String>)> = people
        .iter()
        .map(|p| (p.name.clone(), p.aliases.clone(), roles_of(p)))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Tamsin Quorl".to_owned(),
                vec!["Tamsin Q".to_owned()],
                vec!["QRXGOV 2020-01-01.. @10".to_owned()]
            ),
            (
                "Haunt".to_owned(),
                vec![],
                vec!["### 1900-01-01.. @12".to_owned()]
            ),
        ]
    );
    let after_stop = actors_ok("A_ [QRX]\n---STOP---\nB_ [QRX]\n");
    assert_eq!(after_stop.len(), 1);
}

#[test]
fn entries_without_codes_share_the_codes_that_follow() {
    let text =
        "BRAN_TOLLIVER_\nPRESIDENT_TOLLIVER_\n+B._TOLLIVER_\n\t[QRXGOV 20100101-20141231]\nNEXT_ONE_ [QRY]\n";
    let people = actors_ok(text);
    let summary: Vec<(&str, Vec<String>)> = people.iter().map(|p| (p.name.as_str(), roles_of(p))).collect();
    let roles = vec!["QRXGOV 2010-01-01..2014-12-31 @4".to_owned()];
    assert_eq!(
        summary,
        [
            ("Bran Tolliver", roles.clone()),
            ("President Tolliver", roles),
            ("Next One", vec!["QRY 1900-01-01.. @5".to_owned()]),
        ]
    );
    assert_eq!(people[1].aliases, ["B. Tolliver"]);
}

/// A dictionary, the errors expected as `(line, part of the reason)`, the names still read.
type ActorErrorCase = (
    &'static str,
    &'static [(usize, &'static str)],
    &'static [&'static str],
);

#[test]
fn actor_errors_name_file_and_line_and_reading_goes_on() {
    // (dictionary, expected errors as `line: part of the reason`, names still read)
    let cases: &[ActorErrorCase] = &[
        (
            "A_\n\t[QRX 2004017-20061201]\nB_ [QRY]\n",
            &[(2, "'2004017' is not a YYMMDD or YYYYMMDD date")],
            &["B"],
        ),
        (
            "A_ [QRX 20100931-20101231]\n",
            &[(1, "'20100931' is not a calendar date")],
            &[],
        ),
        (
            "A_ [QRX 20121207-20120802]\n",
            &[(1, "ends before it starts")],
            &[],
        ),
        (
            "A_ [QRX 20121204]\n",
            &[(1, "needs '<date', '>date' or 'date-date'")],
            &[],
        ),
        ("A_ [950601-990815]\n", &[(1, "has no actor code")], &[]),
        ("A_ [QRX950601-990815]\n", &[(1, "is not an actor code")], &[]),
        ("A_ [ ]\n", &[(1, "empty code block")], &[]),
        ("A_ [QRX\nB_ [QRY]\n", &[(1, "'[' is never closed")], &["B"]),
        ("A_ [QRX] note [QRY]\n", &[(1, "text between code blocks")], &[]),
        ("A_ [QRX]\n+BAD]_\n+GOOD_\n", &[(2, "stray ']'")], &["A"]),
        (
            "+ORPHAN_\nA_ [QRX]\n",
            &[(1, "synonym '+ORPHAN_' has no entry")],
            &["A"],
        ),
        ("\t[QRX]\nA_ [QRX]\n", &[(1, "code '[QRX]' has no entry")], &["A"]),
        (
            "A_ [QRX]\nLONELY_\n",
            &[(2, "entry 'Lonely' has no code")],
            &["A"],
        ),
        (
            "LONELY_\n+L_\nB_ [QRX]\n",
            &[(1, "entry 'Lonely' has no code")],
            &["B"],
        ),
        (
            "A_ [QRX]\n<!-- never closed\nB_ [QRY]\n",
            &[(2, "never closed")],
            &["A"],
        ),
        // One bad block does not lose the good ones.
        (
            "A_\n\t[QRX >2001]\n\t[QRY]\n",
            &[(2, "'2001' is not a YYMMDD")],
            &["A"],
        ),
    ];
    for (text, expected, names) in cases {
        let (people, errors) = parse_legacy_actors(text, FILE);
        let got: Vec<(usize, String)> = errors.iter().map(|e| (e.line, e.reason.clone())).collect();
        assert_eq!(got.len(), expected.len(), "{text:?}: {got:?}");
        for ((line, reason), (want_line, want_reason)) in got.iter().zip(expected.iter()) {
            assert_eq!(line, want_line, "{text:?}: {reason}");
            assert!(
                reason.contains(want_reason),
                "{text:?}: {reason:?} lacks {want_reason:?}"
            );
        }
        for error in &errors {
            assert!(error.to_string().starts_with(&format!("{FILE}:{}: ", error.line)));
        }
        let read: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(read, *names, "{text:?}");
    }
}

fn agents_ok(text: &str) -> Vec<Agent> {
    let (agents, errors) = parse_legacy_agents(text, "fixture.agents");
    assert!(errors.is_empty(), "unexpected errors for {text:?}: {errors:?}");
    agents
}

#[test]
fn agent_entries_give_codes_nouns_and_plurals() {
    // (line, code, nouns, plurals)
    let cases: &[(&str, &str, &[&str], &[&str])] = &[
        (
            "GLORP_WARDEN_  [~QGV]",
            "QGV",
            &["glorp warden"],
            &["glorp wardens"],
        ),
        (
            "GLORP_WARDEN_   [  ~QGV] ;ab 01 Jan 2001",
            "QGV",
            &["glorp warden"],
            &["glorp wardens"],
        ),
        ("SKY_WATCH {} [~QML] # no plural", "QML", &["sky watch"], &[]),
        (
            "HALL_OF_ECHOES {HALLS_OF_ECHOES} [~QLG]",
            "QLG",
            &["hall of echoes"],
            &["halls of echoes"],
        ),
        (
            "LANTERN_SOCIETY [QNG~]",
            "QNG",
            &["lantern society"],
            &["lantern societies"],
        ),
        ("ENVOY [~QGV]", "QGV", &["envoy"], &["envoys"]),
        ("HARBOR_BOSS [~QBS]", "QBS", &["harbor boss"], &["harbor bosses"]),
        ("TIDE_GUARDS_ [~QML]", "QML", &["tide guards"], &[]),
        ("DRIFTMAN [~QAG]", "QAG", &["driftman"], &["driftmen"]),
        ("MOUSE= [~QAG]", "QAG", &["mouse"], &["mouses"]),
    ];
    for (text, code, nouns, plurals) in cases {
        let agents = agents_ok(text);
        assert_eq!(agents.len(), 1, "{text:?}");
        assert_eq!(agents[0].code, *code, "{text:?}");
        assert_eq!(agents[0].nouns, *nouns, "{text:?}");
        assert_eq!(agents[0].plurals, *plurals, "{text:?}");
        assert_eq!(agents[0].location.line, 1);
    }
}

#[test]
fn agent_substitution_sets_expand() {
    let text = "# sets\r\n!BEING! = MAN, MEN, PERSON\r\n!BOARD! = BOARD, BOARDS\r\n\r\nSKY!BEING! [~QAR]\r\nHARBOR_!BOARD!_OF_TIDES {} [~QGV]\r\n!BOARD! FOR_ZEPHYRS [~QGV]\r\nSKY!BEING!_!BOARD! [~QAR]\r\n";
    let agents = agents_ok(text);
    let summary: Vec<(usize, &str, Vec<String>, Vec<String>)> = agents
        .iter()
        .map(|a| {
            (
                a.location.line,
                a.code.as_str(),
                a.nouns.clone(),
                a.plurals.clone(),
            )
        })
        .collect();
    let strings = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        summary,
        [
            (5, "QAR", strings(&["skyman", "skymen", "skyperson"]), vec![]),
            (
                6,
                "QGV",
                strings(&["harbor board of tides", "harbor boards of tides"]),
                vec![]
            ),
            (
                7,
                "QGV",
                strings(&["board for zephyrs", "boards for zephyrs"]),
                vec![]
            ),
            (
                8,
                "QAR",
                strings(&[
                    "skyman board",
                    "skyman boards",
                    "skymen board",
                    "skymen boards",
                    "skyperson board",
                    "skyperson boards"
                ]),
                vec![]
            ),
        ]
    );
}

#[test]
fn agent_errors_name_file_and_line_and_reading_goes_on() {
    let cases: &[(&str, usize, &str)] = &[
        ("NO_CODE_HERE\nGOOD [~QGV]\n", 1, "has no code"),
        ("UNCLOSED [~QGV}\nGOOD [~QGV]\n", 1, "'[' is never closed"),
        ("X!NOPE! [~QGV]\nGOOD [~QGV]\n", 1, "!NOPE! is not defined"),
        ("X!HALF [~QGV]\nGOOD [~QGV]\n", 1, "without a closing '!'"),
        ("!BAD = A, B\nGOOD [~QGV]\n", 1, "must be written '!NAME!'"),
        ("!SET! = A, , B\nGOOD [~QGV]\n", 1, "empty or '!' form"),
        ("BOTH [~QGV~]\nGOOD [~QGV]\n", 1, "'~' on both sides"),
        ("TWO [~QGV] [~QML]\nGOOD [~QGV]\n", 1, "exactly one code block"),
        ("BRACE {OPEN [~QGV]\nGOOD [~QGV]\n", 1, "'{' is never closed"),
        ("BRACE {X} Y [~QGV]\nGOOD [~QGV]\n", 1, "after the plural"),
        ("_ [~QGV]\nGOOD [~QGV]\n", 1, "empty phrase"),
        ("WEIRD [~Q-V]\nGOOD [~QGV]\n", 1, "is not an agent code"),
        (
            "GOOD [~QGV]\nX!S!!S!!S!!S!!S!!S!!S!!S!!S!!S!!S! [~QGV]\n",
            2,
            "is not defined",
        ),
    ];
    for (text, line, reason) in cases {
        let (agents, errors) = parse_legacy_agents(text, "fixture.agents");
        assert_eq!(errors.len(), 1, "{text:?}: {errors:?}");
        assert_eq!(errors[0].line, *line, "{text:?}");
        assert!(
            errors[0].reason.contains(reason),
            "{text:?}: {:?} lacks {reason:?}",
            errors[0].reason
        );
        assert!(errors[0]
            .to_string()
            .starts_with(&format!("fixture.agents:{line}: ")));
        assert_eq!(agents.len(), 1, "{text:?}");
    }
    // Expansion is bounded.
    let text = format!("!S! = A, B, C, D\nX{} [~QGV]\n", "!S!".repeat(12));
    let (agents, errors) = parse_legacy_agents(&text, "f");
    assert!(agents.is_empty());
    assert!(errors[0].reason.contains("expands to more than"), "{errors:?}");
}

/// A small deterministic generator (xorshift) for the no-panic check.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn line(&mut self) -> String {
        const PIECES: &[&str] = &[
            "[", "]", "{", "}", "<", ">", "-", "~", "!", "=", "+", "#", ";", "_", " ", "\t", "\r", "A",
            "QRX", "20090120", "090120", "99999999", "0", "é", "日本", "<!--", "-->", "<NOUN>", "</NOUN>",
            "!P!", "/", ".", "'", "\u{1a}", "\u{feff}",
        ];
        let length = self.next() % 12;
        (0..length)
            .map(|_| PIECES[(self.next() % PIECES.len() as u64) as usize])
            .collect()
    }
}

#[test]
fn random_lines_never_panic_and_errors_point_into_the_file() {
    let mut noise = Noise(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let lines: Vec<String> = (0..(noise.next() % 8)).map(|_| noise.line()).collect();
        let text = format!("!P! = X, Y\n{}", lines.join("\n"));
        let line_count = text.split('\n').count();
        let (_, actor_errors) = parse_legacy_actors(&text, "r");
        let (_, agent_errors) = parse_legacy_agents(&text, "r");
        for error in actor_errors.iter().chain(&agent_errors) {
            assert!((1..=line_count).contains(&error.line), "{text:?}: {error}");
        }
    }
}
