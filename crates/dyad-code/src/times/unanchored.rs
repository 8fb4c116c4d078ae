//! Time expressions without an anchor: an expression is absolute when its
//! value does not depend on the article's date. The grammar resolves it
//! against two probe dates far apart (different centuries, decades, years,
//! halves, quarters, months, weeks and weekdays); the parts of the value
//! that differ are the ones an anchor would decide, and are left
//! unspecified (`X`), as TIMEX3 writes them.

use chrono::NaiveDate;

/// The two probe anchors: a Thursday in March 1987 and a Friday in
/// September 2013.
pub(super) const PROBES: [NaiveDate; 2] = [
    match NaiveDate::from_ymd_opt(1987, 3, 12) {
        Some(d) => d,
        None => panic!("valid date"),
    },
    match NaiveDate::from_ymd_opt(2013, 9, 20) {
        Some(d) => d,
        None => panic!("valid date"),
    },
];

/// The parts of a value (`2022`, `-`, `01`, `T`, `MO`): runs of letters
/// and digits, and the separators between them.
fn parts(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in value.char_indices() {
        if !c.is_ascii_alphanumeric() {
            if start < i {
                out.push(&value[start..i]);
            }
            out.push(&value[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < value.len() {
        out.push(&value[start..]);
    }
    out
}

/// `value` (resolved against the first probe) with the digits of every
/// part that `other` (the same words against the second probe) does not
/// share replaced by `X`: `XXXX-XX-XX` for `on Monday`, `XXXX-03` for
/// `in March`, `2014` for `in 2014`.
pub(super) fn masked(value: &str, other: Option<&str>) -> String {
    let mask = |p: &str| {
        p.chars()
            .map(|c| if c.is_ascii_digit() { 'X' } else { c })
            .collect::<String>()
    };
    let (a, b) = (parts(value), other.map(parts).unwrap_or_default());
    if a.len() != b.len() {
        return mask(value);
    }
    a.iter()
        .zip(&b)
        .map(|(x, y)| if x == y { (*x).to_owned() } else { mask(x) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Datelike, Weekday};

    #[test]
    fn probes_differ_in_every_part() {
        let [a, b] = PROBES;
        assert_eq!((a.weekday(), b.weekday()), (Weekday::Thu, Weekday::Fri));
        assert_ne!(a.year() / 100, b.year() / 100);
        assert_ne!(a.month0() / 6, b.month0() / 6);
    }

    #[test]
    fn parts_an_anchor_decides_are_unspecified() {
        assert_eq!(masked("1987-03-09", Some("2013-09-16")), "XXXX-XX-XX");
        assert_eq!(masked("1987-W10", Some("2013-W37")), "XXXX-WXX");
        assert_eq!(masked("1987-03", Some("2014-03")), "XXXX-03");
        assert_eq!(masked("2014", Some("2014")), "2014");
        assert_eq!(masked("2019-03-03", Some("2019-03-03")), "2019-03-03");
        assert_eq!(masked("1987-03-12TMO", Some("2013-09-20TMO")), "XXXX-XX-XXTMO");
        assert_eq!(masked("P3D", Some("P3D")), "P3D");
        assert_eq!(masked("1987-Q1", None), "XXXX-QX");
    }
}
