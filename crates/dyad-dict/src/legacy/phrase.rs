//! Legacy phrases (`SERGEI_LAVROV_`, `FOREIGN_MINISTER_`, `MOUSE=`) turned into the words
//! news writes: `Sergei Lavrov`, `foreign minister`.

/// English function words written in lower case inside a name (`Bank of England`).
const LOWERCASE_INSIDE_NAMES: [&str; 9] = ["of", "the", "and", "for", "in", "on", "at", "to", "by"];

/// Vowel-less words that are abbreviations written with a capital only (`Mr`, `Dr`).
const TITLE_ABBREVIATIONS: [&str; 6] = ["MR", "MRS", "MS", "DR", "ST", "JR"];

/// Regnal numbers kept in capitals (`John Paul II`).
const ROMAN_NUMERALS: [&str; 7] = ["II", "III", "IV", "VI", "VII", "VIII", "IX"];

/// Words whose plural is not `-men` although they end in `man`.
const MAN_WORDS_WITH_REGULAR_PLURAL: [&str; 5] = ["human", "german", "roman", "shaman", "ottoman"];

/// The words of a legacy phrase: `_` and blanks separate words; TABARI's end markers (a
/// trailing `_` or `=`) and control characters are dropped.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    let cleaned: String = phrase
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let cleaned = cleaned.replace('_', " ");
    let cleaned = cleaned.trim_end().trim_end_matches('=');
    cleaned.split_whitespace().map(str::to_owned).collect()
}

/// A name as news writes it (`SERGEI_LAVROV_` → `Sergei Lavrov`, `U.S._ARMY` → `U.S. Army`);
/// `None` when the phrase has no words.
pub(crate) fn display_name(phrase: &str) -> Option<String> {
    let words = phrase_words(phrase);
    let cased: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(position, word)| name_word(word, position == 0))
        .collect();
    (!cased.is_empty()).then(|| cased.join(" "))
}

/// A noun as news writes it, lower case (`FOREIGN_MINISTER_` → `foreign minister`); `None`
/// when the phrase has no words.
pub(crate) fn noun(phrase: &str) -> Option<String> {
    let words = phrase_words(phrase);
    (!words.is_empty()).then(|| words.join(" ").to_lowercase())
}

/// The regular English plural of a lower-case noun phrase (its last word), or `None` when the
/// last word already ends in a single `s` (`forces`, `news`) and is taken as plural.
pub(crate) fn regular_plural(noun: &str) -> Option<String> {
    let (head, last) = match noun.rsplit_once(' ') {
        Some((head, last)) => (format!("{head} "), last),
        None => (String::new(), noun),
    };
    let plural = plural_word(last)?;
    Some(format!("{head}{plural}"))
}

fn plural_word(word: &str) -> Option<String> {
    if word.is_empty() {
        return None;
    }
    if ["ss", "sh", "ch", "x", "z"].iter().any(|end| word.ends_with(end)) {
        return Some(format!("{word}es"));
    }
    if word.ends_with('s') {
        return None;
    }
    if let Some(stem) = word.strip_suffix('y') {
        if stem.ends_with(|c: char| c.is_alphabetic() && !is_vowel(c)) {
            return Some(format!("{stem}ies"));
        }
    }
    if let Some(stem) = word.strip_suffix("man") {
        if !MAN_WORDS_WITH_REGULAR_PLURAL.contains(&word) {
            return Some(format!("{stem}men"));
        }
    }
    Some(format!("{word}s"))
}

fn is_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// One word of a name in news casing.
fn name_word(word: &str, first: bool) -> String {
    let upper = word.to_uppercase();
    if is_initials(word) || ROMAN_NUMERALS.contains(&upper.as_str()) || is_vowelless_acronym(&upper) {
        return upper;
    }
    let lower = word.to_lowercase();
    if !first && LOWERCASE_INSIDE_NAMES.contains(&lower.as_str()) {
        return lower;
    }
    capitalize_parts(&lower)
}

/// Dotted initials and acronyms: `U.S.`, `U.N.`, `K.`, `U.S.S.R`.
fn is_initials(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| part.chars().count() <= 1)
        && word.chars().any(char::is_alphabetic)
}

/// `CNN`, `BBC`, `PKK`: letters without a vowel read as an acronym, except `Mr`, `Dr` and kin.
fn is_vowelless_acronym(upper: &str) -> bool {
    upper.chars().count() >= 2
        && upper.chars().all(char::is_alphabetic)
        && !upper.chars().any(is_vowel)
        && !TITLE_ABBREVIATIONS.contains(&upper)
}

/// Upper-cases the first letter of the word and of each part after `-`, `/`, `(`, `"`, the
/// `'` of `O'Neill`, and the third letter of `McCloy`.
fn capitalize_parts(lower: &str) -> String {
    let chars: Vec<char> = lower.chars().collect();
    let mut out = String::with_capacity(lower.len());
    for (at, &c) in chars.iter().enumerate() {
        if starts_part(&chars, at) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn starts_part(chars: &[char], at: usize) -> bool {
    let Some(previous) = at.checked_sub(1).and_then(|p| chars.get(p)) else {
        return true;
    };
    let after_mc = at == 2 && chars.len() > 3 && chars[0] == 'm' && chars[1] == 'c';
    let after_elision = at == 2 && *previous == '\'' && chars.len() > 3;
    matches!(previous, '-' | '/' | '(' | '"' | '.') || after_mc || after_elision
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cased_like_news() {
        let cases = [
            ("SERGEI_LAVROV_", "Sergei Lavrov"),
            ("U.S._ARMY", "U.S. Army"),
            ("BAN_KI-MOON", "Ban Ki-Moon"),
            ("BANK_OF_THE_NORTH", "Bank of the North"),
            ("O'NEILL", "O'Neill"),
            ("JOHN_MCCLOY_", "John McCloy"),
            ("MOUSE=", "Mouse"),
            ("POPE_JOHN_II", "Pope John II"),
            ("CNN", "CNN"),
            ("DR_NO", "Dr No"),
        ];
        for (phrase, name) in cases {
            assert_eq!(display_name(phrase).as_deref(), Some(name), "{phrase}");
        }
    }

    #[test]
    fn plurals_are_regular_english() {
        let cases = [
            ("minister", Some("ministers")),
            ("attorney", Some("attorneys")),
            ("secretary", Some("secretaries")),
            ("boss", Some("bosses")),
            ("forces", None),
            ("congressman", Some("congressmen")),
            ("human", Some("humans")),
        ];
        for (word, plural) in cases {
            assert_eq!(regular_plural(word).as_deref(), plural, "{word}");
        }
    }
}
