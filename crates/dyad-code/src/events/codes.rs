//! The CAMEO code of an event in its clause's mode: what is only intended
//! is an intent (`will meet` → 036), force announced or set on a
//! condition is a threat (`would strike unless` → 138), cooperation
//! promised on a condition an offer (`will withdraw if` → 035), and
//! cooperation refused is a rejection (`refused to meet` → 125).

use super::modality;
use crate::syntax::tree::Tree;
use dyad_core::Mode;

/// The code and mode an entry's `code` takes in a clause of mode `mode`
/// headed by `clause`.
pub fn by_mode(code: &str, mode: Mode, t: &Tree<'_>, clause: usize) -> (String, Mode) {
    let root = code.get(..2).unwrap_or("");
    let force = matches!(root, "16" | "17" | "18" | "19" | "20");
    let cooperative = matches!(root, "03" | "04" | "05" | "06" | "07" | "08");
    match mode {
        Mode::Intended if cooperative => (intent_of(code).to_owned(), mode),
        // Force announced is a threat (`the navy will blockade the port`).
        Mode::Intended if force => (threat_of(code).to_owned(), mode),
        // Force promised on a condition too (`would strike unless …`).
        Mode::Conditional if force && modality::looks_ahead(t, clause) => {
            (threat_of(code).to_owned(), Mode::Intended)
        }
        // Cooperation promised on a condition is an offer (`will withdraw
        // its troops if …` → 035), as a conditional threat is a threat.
        Mode::Conditional if cooperative && modality::looks_ahead(t, clause) => {
            (intent_of(code).to_owned(), Mode::Intended)
        }
        Mode::Negated if cooperative && modality::refused(t, clause) => {
            (rejection_of(code).to_owned(), Mode::Asserted)
        }
        Mode::Negated if matches!(root, "04" | "06" | "07" | "08") && modality::will_not(t, clause) => {
            (rejection_of(code).to_owned(), Mode::Asserted)
        }
        _ => (code.to_owned(), mode),
    }
}

/// Sectors of actors with no air force: their bombings are done with
/// explosives on the ground (183), not from the air (195).
const GROUND_BOMBERS: &[&str] = &["REB", "INS", "UAF", "CRM", "OPP", "CVL", "RAD", "SEP"];

/// Sectors of actors who wage no war: their attacks are assaults (180),
/// not the use of military force (190).
const NO_ARMIES: &[&str] = &["UAF", "CRM", "OPP", "CVL"];

/// The code of an act done by `source`: an aerial bombing (195) by
/// rebels, militants, criminals or unidentified people is a bombing with
/// explosives (183); an attack (190) by gunmen, criminals or civilians is
/// an assault (180); a violent protest (145) by police or soldiers, who
/// clash with the protesters, is violent repression (175).
pub fn by_doer(code: &str, source: &str) -> String {
    let sector = source.get(3..6).unwrap_or(source);
    let militant = source.starts_with("IMG");
    if code == "195" && (militant || GROUND_BOMBERS.contains(&sector)) {
        return "183".to_owned();
    }
    if code == "190" && (militant || NO_ARMIES.contains(&sector)) {
        return "180".to_owned();
    }
    // Police or soldiers in a violent clash with protesters repress them.
    if code.starts_with("145") && matches!(sector, "COP" | "MIL") {
        return "175".to_owned();
    }
    // Only a state represses: gunmen who kill worshippers assault them.
    if code.starts_with("175") && (militant || NO_ARMIES.contains(&sector) || matches!(sector, "REB" | "INS"))
    {
        return "180".to_owned();
    }
    code.to_owned()
}

/// The code of material cooperation (060) with or by a military: military
/// cooperation (062).
pub fn by_military_side(code: &str, source: &str, target: Option<&str>) -> String {
    let military = |code: &str| code.get(3..6) == Some("MIL");
    if code == "060" && (military(source) || target.is_some_and(military)) {
        return "062".to_owned();
    }
    code.to_owned()
}

/// Words for an explosion: an assault (180, 190) whose act is one of them
/// (`the blasts killed twelve`, `bomb attacks`) is a bombing (183).
const EXPLOSIONS: &[&str] = &[
    "bomb",
    "bombing",
    "blast",
    "explosion",
    "explosive",
    "car-bomb",
    "bomber",
];

/// The code of an assault at word `i` done by an explosion: the trigger,
/// its compound, or (for a verb) its subject names one.
pub fn by_means(code: &str, t: &Tree<'_>, i: usize) -> String {
    if !matches!(code, "180" | "190") {
        return code.to_owned();
    }
    let explosion = |w: usize| EXPLOSIONS.contains(&t.lemmas[w].as_str());
    let subject = t.children[i]
        .iter()
        .copied()
        .filter(|&c| t.deprels[c].is(dyad_core::Deprel::Nsubj) && t.upos[c].is_nominal());
    let compound = t.children[i]
        .iter()
        .copied()
        .filter(|&c| t.deprels[c] == dyad_core::Deprel::Compound);
    if explosion(i) || subject.chain(compound).any(explosion) {
        return "183".to_owned();
    }
    code.to_owned()
}

/// Where people gather: a protest said to happen at one of these, or at a
/// named place, is a demonstration.
const GATHERING_PLACES: &[&str] = &[
    "street",
    "square",
    "capital",
    "city",
    "town",
    "embassy",
    "consulate",
    "parliament",
    "plaza",
    "park",
    "office",
    "palace",
    "court",
    "courthouse",
    "ministry",
    "downtown",
];

/// The code of a protest (140) at word `i` said to happen somewhere (`
/// protesting in Miami`, `outside the embassy`): a demonstration (141).
pub fn by_gathering(code: &str, t: &Tree<'_>, i: usize) -> String {
    if code != "140" {
        return code.to_owned();
    }
    let gathered = t.children[i].iter().any(|&c| {
        let placed = matches!(
            t.preposition(c),
            Some("in" | "outside" | "at" | "near" | "across" | "through")
        );
        let named = t.upos[c] == dyad_core::Upos::Propn || GATHERING_PLACES.contains(&t.lemmas[c].as_str());
        t.deprels[c].is(dyad_core::Deprel::Obl) && placed && named
    });
    if gathered {
        return "141".to_owned();
    }
    code.to_owned()
}

/// The code of a meeting (040) held in the country of one side only:
/// that side hosts it (043) and the other visits (042), as in `met in
/// Washington with the Polish president`. A meeting whose place the
/// sentence does not name, or held in a third country, stays 040.
pub fn by_venue(code: &str, source: &str, target: &str, venue: Option<&str>) -> String {
    let (Some(venue), "040") = (venue, code) else {
        return code.to_owned();
    };
    let (home, away) = (source.get(..3) == Some(venue), target.get(..3) == Some(venue));
    match (home, away) {
        (true, false) => "043".to_owned(),
        (false, true) => "042".to_owned(),
        _ => code.to_owned(),
    }
}

/// What aid is of, by the words that say what is given, most specific
/// first: peacekeeping (4), military (2), humanitarian (3), economic (1).
const AID_KINDS: &[(char, &[&str])] = &[
    ('4', &["peacekeeper", "peacekeeping", "protection"]),
    (
        '2',
        &[
            "military",
            "weapon",
            "arm",
            "arms",
            "ammunition",
            "munition",
            "missile",
            "rifle",
            "tank",
            "defense",
            "defence",
            "lethal",
        ],
    ),
    (
        '3',
        &[
            "humanitarian",
            "medical",
            "medicine",
            "food",
            "relief",
            "tent",
            "blanket",
            "vaccine",
            "emergency",
            "rescue",
            "shelter",
        ],
    ),
    (
        '1',
        &[
            "money",
            "dollar",
            "dlrs",
            "$",
            "euro",
            "yen",
            "loan",
            "credit",
            "grant",
            "fund",
            "funding",
            "financing",
            "economic",
            "financial",
            "budget",
            "cash",
            "bailout",
            "debt",
        ],
    ),
];

/// The code of aid given, promised or asked for (070, 033, 023) by what
/// the trigger's phrase says is given: `a gift of medical supplies` →
/// 073, `pledged $5 million in loans` → 0331. Aid of no named kind keeps
/// its code; so does a code already specific.
pub fn by_aid_kind(code: &str, t: &Tree<'_>, i: usize) -> String {
    if !matches!(code, "070" | "033" | "023") {
        return code.to_owned();
    }
    let given = what_is_given(t, i);
    let kind = AID_KINDS
        .iter()
        .find(|(_, words)| given.iter().any(|&w| words.contains(&t.lemmas[w].as_str())));
    match (kind, code) {
        (Some((digit, _)), "070") => format!("07{digit}"),
        (Some((digit, _)), _) => format!("{code}{digit}"),
        (None, _) => code.to_owned(),
    }
}

/// The words of the trigger's phrase that can say what is given: itself
/// (`loans`), its objects, obliques and modifiers, not its subject or
/// other clauses.
fn what_is_given(t: &Tree<'_>, i: usize) -> Vec<usize> {
    use dyad_core::Deprel as D;
    let phrase = t.children[i]
        .iter()
        .filter(|&&c| {
            !matches!(
                t.deprels[c],
                D::Nsubj
                    | D::NsubjPass
                    | D::Csubj
                    | D::Conj
                    | D::Parataxis
                    | D::Ccomp
                    | D::Advcl
                    | D::AclRelcl
                    | D::Punct
                    | D::Aux
                    | D::AuxPass
            )
        })
        .flat_map(|&c| t.subtree(c));
    std::iter::once(i).chain(phrase).collect()
}

/// True when CAMEO counts an event of this code in this mode: what
/// happened, and intents and threats (which are acts when voiced); not
/// what merely might happen.
pub fn counted(code: &str, mode: Mode) -> bool {
    let intent = code.starts_with("03") || code.starts_with("13");
    mode == Mode::Asserted || (mode == Mode::Intended && intent)
}

/// CAMEO's intent code for a cooperative event (`will meet` → 036).
fn intent_of(code: &str) -> &str {
    match code.get(..2).unwrap_or("") {
        "03" => code,
        "04" if code.starts_with("045") => "039",
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => code,
    }
}

/// CAMEO's threat code for a coercive or violent event.
fn threat_of(code: &str) -> &str {
    match code.get(..3).unwrap_or("") {
        "160" => "131",
        "161" => "1313",
        "162" => "1311",
        "163" => "1312",
        "164" => "134",
        "165" => "135",
        "166" => "136",
        "172" => "132",
        "173" | "174" | "175" => "137",
        "191" => "1381",
        "192" => "1382",
        "204" => "1385",
        _ if code.starts_with("16") || code.starts_with("17") => "130",
        _ if code.starts_with("18") => "1383",
        _ if code.starts_with("19") => "1384",
        _ => "138",
    }
}

/// CAMEO's rejection code for refused cooperation.
fn rejection_of(code: &str) -> &str {
    match code.get(..3).unwrap_or("") {
        "045" => "126",
        "057" => "127",
        "061" => "1211",
        "062" => "1212",
        _ => match code.get(..2).unwrap_or("") {
            "04" => "125",
            "06" | "07" => "121",
            "08" => "124",
            _ => "120",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_by_kind() {
        assert_eq!(intent_of("042"), "036");
        assert_eq!(intent_of("0451"), "039");
        assert_eq!(threat_of("1831"), "1383");
        assert_eq!(threat_of("191"), "1381");
        assert_eq!(threat_of("173"), "137");
        assert_eq!(threat_of("150"), "138");
        assert_eq!(rejection_of("040"), "125");
        assert_eq!(rejection_of("0841"), "124");
        assert!(counted("138", Mode::Intended) && !counted("190", Mode::Intended));
        assert!(!counted("036", Mode::Possible));
        assert!(counted("190", Mode::Asserted) && !counted("036", Mode::Negated));
    }

    #[test]
    fn meetings_by_venue() {
        assert_eq!(by_venue("040", "USAGOV", "POLGOV", Some("USA")), "043");
        assert_eq!(by_venue("040", "POLGOV", "USAGOV", Some("USA")), "042");
        assert_eq!(by_venue("040", "USAGOV", "POLGOV", Some("CHE")), "040");
        assert_eq!(by_venue("040", "USAGOV", "USACVL", Some("USA")), "040");
        assert_eq!(by_venue("040", "USAGOV", "POLGOV", None), "040");
        assert_eq!(by_venue("046", "USAGOV", "POLGOV", Some("USA")), "046");
    }
}
