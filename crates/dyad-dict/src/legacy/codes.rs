//! Bracketed code blocks: `[USAGOV]`, `[USAGOV >20090120]`, `[USAGOV <170120]`,
//! `[USAGOV 20090120-20170120]`, TABARI's `[AR1/AR2]` and special codes, and agent codes
//! `[~GOV]` / `[NGO~]`.

use chrono::NaiveDate;

/// First day of a role that has no start restriction.
pub(crate) const UNRESTRICTED_START: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(date) => date,
    None => panic!("1900-01-01 is a date"),
};

/// TABARI/PETRARCH special codes: null actor, do-not-code markers.
const SPECIAL_CODES: [&str; 3] = ["---", "###", "+++"];

/// The days a code applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateSpan {
    /// First day.
    pub from: NaiveDate,
    /// Last day, `None` when open-ended.
    pub to: Option<NaiveDate>,
}

/// One `[…]` actor block: its codes (several when TABARI's `/` is used) and their dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ActorBlock {
    /// The codes, upper-case.
    pub codes: Vec<String>,
    /// When they apply.
    pub span: DateSpan,
}

/// The contents of the `[…]` blocks at the start of `text` (which must start with `[`,
/// possibly after blanks). Blocks may be separated by blanks; anything after the last block
/// is free text that TABARI and PETRARCH ignore, and so do we, unless it holds a bracket (a
/// block lost behind text is reported).
pub(crate) fn bracket_blocks(text: &str) -> Result<Vec<&str>, String> {
    let mut blocks = Vec::new();
    let mut rest = text.trim_start();
    while let Some(after_open) = rest.strip_prefix('[') {
        let close = after_open
            .find(']')
            .ok_or_else(|| format!("'[' is never closed in '{}'", rest.trim()))?;
        let inner = &after_open[..close];
        if inner.contains('[') {
            return Err(format!("'[' inside a code block in '{}'", rest.trim()));
        }
        blocks.push(inner);
        rest = after_open[close + 1..].trim_start();
    }
    if rest.contains(['[', ']']) {
        return Err(format!("text between code blocks: '{}'", rest.trim()));
    }
    Ok(blocks)
}

/// Parses the inside of an actor block: a code, then an optional date restriction.
pub(crate) fn parse_actor_block(inner: &str) -> Result<ActorBlock, String> {
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return Err("empty code block '[]'".to_owned());
    }
    let code_end = trimmed
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(trimmed.len());
    let (token, restriction) = trimmed.split_at(code_end);
    let codes = parse_actor_codes(token).map_err(|reason| format!("{reason} in '[{trimmed}]'"))?;
    let span =
        parse_restriction(restriction.trim()).map_err(|reason| format!("{reason} in '[{trimmed}]'"))?;
    Ok(ActorBlock { codes, span })
}

/// `USAGOV`, `---`, or TABARI's compound `FRO/BIL/SAM`.
fn parse_actor_codes(token: &str) -> Result<Vec<String>, String> {
    if token.starts_with(|c: char| c.is_ascii_digit()) || token.is_empty() {
        return Err("the code block has no actor code".to_owned());
    }
    token.split('/').map(parse_actor_code).collect()
}

fn parse_actor_code(code: &str) -> Result<String, String> {
    if SPECIAL_CODES.contains(&code) || is_alphanumeric_code(code) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(format!("'{code}' is not an actor code"))
    }
}

/// Letters and digits, at least one letter.
fn is_alphanumeric_code(code: &str) -> bool {
    code.chars().all(|c| c.is_ascii_alphanumeric()) && code.chars().any(|c| c.is_ascii_alphabetic())
}

/// `` (always), `<date` (before), `>date` (from), `date-date` (between, inclusive).
pub(crate) fn parse_restriction(text: &str) -> Result<DateSpan, String> {
    if text.is_empty() {
        return Ok(DateSpan {
            from: UNRESTRICTED_START,
            to: None,
        });
    }
    if let Some(date) = text.strip_prefix('<') {
        let before = parse_date(date.trim())?;
        let to = before
            .pred_opt()
            .ok_or_else(|| format!("no day before '{}'", date.trim()))?;
        return Ok(DateSpan {
            from: UNRESTRICTED_START.min(to),
            to: Some(to),
        });
    }
    if let Some(date) = text.strip_prefix('>') {
        return Ok(DateSpan {
            from: parse_date(date.trim())?,
            to: None,
        });
    }
    let Some((first, last)) = text.split_once('-') else {
        return Err(format!(
            "date restriction '{text}' needs '<date', '>date' or 'date-date'"
        ));
    };
    let from = parse_date(first.trim())?;
    let to = parse_date(last.trim())?;
    if to < from {
        return Err(format!("date range '{text}' ends before it starts"));
    }
    Ok(DateSpan { from, to: Some(to) })
}

/// `YYMMDD` (years 00–30 are 20YY, others 19YY, as in KEDS, TABARI and PETRARCH) or
/// `YYYYMMDD`.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, String> {
    if !text.chars().all(|c| c.is_ascii_digit()) || !(text.len() == 6 || text.len() == 8) {
        return Err(format!("'{text}' is not a YYMMDD or YYYYMMDD date"));
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, rest) = if text.len() == 8 {
        (number(0..4) as i32, 4)
    } else {
        let short = number(0..2) as i32;
        (if short <= 30 { 2000 + short } else { 1900 + short }, 2)
    };
    NaiveDate::from_ymd_opt(year, number(rest..rest + 2), number(rest + 2..rest + 4))
        .ok_or_else(|| format!("'{text}' is not a calendar date"))
}

/// The agent code of `[~GOV]` (appended to the actor's code) or `[NGO~]` (prefixed in the
/// legacy coders; dyad's model keeps only the code).
pub(crate) fn parse_agent_code(inner: &str) -> Result<String, String> {
    let trimmed = inner.trim();
    let code = match (trimmed.strip_prefix('~'), trimmed.strip_suffix('~')) {
        (Some(code), None) | (None, Some(code)) => code.trim(),
        (None, None) => trimmed,
        (Some(_), Some(_)) => return Err(format!("'[{trimmed}]' has '~' on both sides")),
    };
    if is_alphanumeric_code(code) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(format!("'[{trimmed}]' is not an agent code such as '[~GOV]'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(UNRESTRICTED_START)
    }

    #[test]
    fn two_digit_years_pivot_at_30() {
        assert_eq!(parse_date("300101"), Ok(date(2030, 1, 1)));
        assert_eq!(parse_date("310101"), Ok(date(1931, 1, 1)));
        assert!(parse_date("2004017").is_err());
        assert!(parse_date("20100931").is_err());
    }

    #[test]
    fn blocks_are_split_and_trailing_text_ignored() {
        assert_eq!(bracket_blocks("[A <1] [B]text"), Ok(vec!["A <1", "B"]));
        assert!(bracket_blocks("[A] x [B]").is_err());
        assert!(bracket_blocks("[A").is_err());
    }
}
