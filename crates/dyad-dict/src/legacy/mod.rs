//! Loaders for the dictionaries of the legacy coders TABARI and PETRARCH/Phoenix, so users can
//! bring the actor and agent dictionaries they maintain.
//!
//! # Syntax read
//!
//! Both formats are line-based; the rules below come from the TABARI and PETRARCH
//! documentation and from the dictionaries distributed with them.
//!
//! * **Comments.** A line whose first non-blank character is `#` is a comment; so is
//!   everything from a `#` or `;` outside `[…]` to the end of the line (TABARI uses `;`,
//!   PETRARCH `#`; TABARI's null codes `[###]` are not comments). `<!-- … -->` comments may
//!   span lines. Blank lines are ignored, Windows line endings and a byte-order mark too.
//! * **Sections and end markers.** TABARI's `<NOUN>…</NOUN>` and `<ADJECTIVE>…</ADJECTIVE>`
//!   word lists are skipped; reading stops at PETRARCH's `---STOP---` or TABARI's `~~FINISH`.
//! * **Phrases.** Words are separated by `_` or blanks; a trailing `_` (TABARI's "whole word"
//!   marker) or `=` (its "noun with regular endings" marker) is dropped. Names come out as news
//!   writes them (`SERGEI_LAVROV_` → `Sergei Lavrov`, `U.S._ARMY` → `U.S. Army`), agent nouns
//!   in lower case (`foreign minister`).
//! * **Actor entries.** A primary phrase, optionally followed on the same line by code blocks,
//!   then `+synonym` lines and code-block lines (PETRARCH indents these with a tab), in any
//!   order until the next primary phrase. Several primary phrases without codes in a row share
//!   the codes that follow them, as in PETRARCH: they become one person whose name is the first
//!   phrase. An entry that never gets a code is an error.
//! * **Code blocks.** `[CODE]` applies always, `[CODE <date]` up to the day before `date`,
//!   `[CODE >date]` from `date` on, `[CODE date-date]` between the two days inclusive. Blanks
//!   are allowed around `<`, `>` and `-`. Dates are `YYMMDD` (years 00–30 are 20YY, others
//!   19YY, as in KEDS, TABARI and PETRARCH) or `YYYYMMDD`, mixed freely. Several blocks may
//!   stand on one line (TABARI) or on consecutive lines (PETRARCH). Codes are letters and
//!   digits, or TABARI's special `---`, `###`, `+++`; TABARI's `A/B` gives one role per code.
//!   Free text after the last block is ignored, as the legacy coders do.
//! * **Agent entries.** `PHRASE {PLURAL} [~CODE]` or `[CODE~]` (the `~` marks where the legacy
//!   coders attach the agent to the actor code; dyad keeps the code). Without `{…}` the regular
//!   English plural of the last word is formed; `{}` means no plural.
//! * **Substitution sets.** `!NAME! = FORM, FORM, …` defines a set; `CONGRESS!NAME!` in a later
//!   agent phrase stands for one noun per form, without further plurals.
//!
//! Every line that cannot be used yields a [`DictError`] with file and line; reading goes on
//! with the next line.

mod actors;
mod agents;
mod codes;
mod lines;
mod phrase;

use crate::error::DictError;
use crate::model::{Agent, Person};

/// Parses a TABARI or PETRARCH actor dictionary. Every entry becomes a `Person` (dyad's "named
/// actor with dated codes"): name = the entry's primary phrase, aliases = its `+synonym` lines,
/// roles = its codes with their date restrictions. A code without a date restriction runs from
/// 1900-01-01 with no end; roles have an empty title, since the legacy formats have none.
pub fn parse_legacy_actors(text: &str, file: &str) -> (Vec<Person>, Vec<DictError>) {
    actors::parse_actors(text, file)
}

/// Parses a TABARI or PETRARCH agent dictionary (`~CODE` entries, `{plural}` forms, `!MACRO!`
/// substitutions such as `!PERSON! = MAN, MEN, …`). Each entry line becomes one `Agent`.
pub fn parse_legacy_agents(text: &str, file: &str) -> (Vec<Agent>, Vec<DictError>) {
    agents::parse_agents(text, file)
}
