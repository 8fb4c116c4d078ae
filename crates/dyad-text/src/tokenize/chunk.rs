//! Splitting one white-space-free chunk into tokens.

use super::lexicon;
use dyad_core::{Span, Token};

/// Characters split off the front of a chunk.
fn is_leading_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '“'
            | '‘'
            | '«'
            | '‹'
            | '„'
            | '¿'
            | '¡'
            | '*'
            | '<'
            | '`'
            | '$'
            | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '~'
            | '¬'
            | '—'
            | '–'
            | '…'
            | ','
            | ';'
            | ':'
            | '”'
            | '’'
            | '»'
            | ')'
            | ']'
            | '}'
            | '-'
            | '.'
            | '!'
            | '?'
            | '>'
            | '|'
            | '='
    )
}

/// Characters split off the end of a chunk.
fn is_trailing_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | ')'
            | ']'
            | '}'
            | '”'
            | '’'
            | '»'
            | '›'
            | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '%'
            | '…'
            | '*'
            | '>'
            | '—'
            | '–'
            | '“'
            | '‘'
            | '('
            | '['
            | '|'
            | '='
    )
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

fn push(out: &mut Vec<Token>, start: usize, end: usize) {
    if start < end {
        out.push(Token {
            span: Span::new(start, end),
        });
    }
}

/// Emits an ASCII letters-and-digits chunk: one token, unless it is a
/// fused contraction (`cannot`, `gonna`).
pub(super) fn plain_word(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    match lexicon::fused_split(&text[s..e]) {
        Some(split) => {
            push(out, s, s + split);
            push(out, s + split, e);
        }
        None => push(out, s, e),
    }
}

/// Tokenizes `text[start..end]`, a chunk without white space.
pub(super) fn tokenize_chunk(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let chunk = &text[start..end];
    if chunk.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return plain_word(text, start, end, out);
    }
    if is_link(chunk) {
        return link(text, start, end, out);
    }
    if is_emoticon(chunk) {
        return push(out, start, end);
    }
    let (s, e, trailing) = peel(text, start, end, out);
    middle(text, s, e, out);
    for &(a, b) in trailing.items[..trailing.len].iter().rev() {
        push(out, a, b);
    }
}

fn is_link(chunk: &str) -> bool {
    let lower = chunk.get(..8).unwrap_or(chunk);
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (chunk.contains('@') && chunk.rfind('.') > chunk.find('@') && !chunk.starts_with('@'))
}

/// URLs and e-mail addresses are one token, less trailing punctuation.
fn link(text: &str, start: usize, mut end: usize, out: &mut Vec<Token>) {
    let mut trailing = Vec::new();
    while end > start {
        let c = last_char(&text[start..end]);
        if !matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’'
        ) {
            break;
        }
        trailing.push((end - c.len_utf8(), end));
        end -= c.len_utf8();
    }
    push(out, start, end);
    for &(a, b) in trailing.iter().rev() {
        push(out, a, b);
    }
}

/// Trailing punctuation tokens, last first, without heap allocation.
struct Trailing {
    items: [(usize, usize); 16],
    len: usize,
}

impl Trailing {
    fn push(&mut self, span: (usize, usize)) {
        self.items[self.len] = span;
        self.len += 1;
    }

    fn full(&self) -> bool {
        self.len == self.items.len()
    }
}

/// Emits leading punctuation and collects trailing punctuation; returns
/// the core that is left.
fn peel(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Token>) -> (usize, usize, Trailing) {
    while s < e {
        let rest = &text[s..e];
        let c = first_char(rest);
        if let Some(n) = run_len(rest) {
            push(out, s, s + n);
            s += n;
            continue;
        }
        if !is_leading_punct(c) || keeps_leading(rest, c) {
            break;
        }
        push(out, s, s + c.len_utf8());
        s += c.len_utf8();
    }
    let mut trailing = Trailing {
        items: [(0, 0); 16],
        len: 0,
    };
    while s < e && !trailing.full() {
        let core = &text[s..e];
        if let Some(n) = trailing_run_len(core) {
            trailing.push((e - n, e));
            e -= n;
            continue;
        }
        let c = last_char(core);
        if c == '.' {
            if keeps_final_period(&core[..core.len() - 1]) {
                break;
            }
            trailing.push((e - 1, e));
            e -= 1;
            continue;
        }
        if !is_trailing_punct(c) || keeps_trailing(core, c) {
            break;
        }
        trailing.push((e - c.len_utf8(), e));
        e -= c.len_utf8();
    }
    (s, e, trailing)
}

/// Punctuation whose runs are one token (`...`, `--`, `!!!`, `====`).
fn is_run_punct(c: u8) -> bool {
    matches!(
        c,
        b'.' | b'-' | b'*' | b'=' | b'!' | b'?' | b'>' | b'<' | b'$' | b'_' | b'~' | b'#' | b'+'
    )
}

/// A run of repeated punctuation at the front.
fn run_len(rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let c = *b.first()?;
    if !is_run_punct(c) {
        return None;
    }
    let n = b.iter().take_while(|&&x| same_run(x, c)).count();
    (n >= 2 || (matches!(c, b'.' | b'-') && n == rest.len())).then_some(n)
}

fn trailing_run_len(core: &str) -> Option<usize> {
    let b = core.as_bytes();
    let c = *b.last()?;
    if !is_run_punct(c) {
        return None;
    }
    let n = b.iter().rev().take_while(|&&x| same_run(x, c)).count();
    (n >= 2 && n < core.len()).then_some(n)
}

/// `!` and `?` mix in one run (`?!`); other punctuation runs repeat one character.
fn same_run(x: u8, c: u8) -> bool {
    x == c || matches!((x, c), (b'!' | b'?', b'!' | b'?'))
}

/// Emoticons are one token.
fn is_emoticon(chunk: &str) -> bool {
    matches!(
        chunk,
        ":)" | ":("
            | ":-)"
            | ":-("
            | ";)"
            | ";-)"
            | ":D"
            | ":-D"
            | ":P"
            | ":-P"
            | ":p"
            | ":/"
            | ":-/"
            | "^_^"
            | "<3"
            | ":o"
            | ":O"
            | "=)"
            | ":]"
    )
}

/// `'90s`, `'em`: an apostrophe that belongs to the word.
fn keeps_leading(rest: &str, c: char) -> bool {
    match c {
        '\'' | '’' => {
            let word = &rest[c.len_utf8()..];
            let lower = word.get(..3).unwrap_or(word);
            (word.len() >= 2 && word.as_bytes()[0].is_ascii_digit() && word.ends_with('s'))
                || lower.eq_ignore_ascii_case("em")
                || lower.eq_ignore_ascii_case("til")
                || lower.eq_ignore_ascii_case("cau")
        }
        '$' | '€' | '£' | '¥' | '₹' | '₽' => rest.len() == c.len_utf8(),
        '-' => rest[1..].starts_with(|d: char| d.is_ascii_digit()),
        _ => false,
    }
}

fn keeps_trailing(core: &str, c: char) -> bool {
    match c {
        // Possessive of a plural (`countries'`) splits; a lone quote word does not.
        '\'' | '’' => core.len() == c.len_utf8(),
        ':' | ';' => core.len() == 1,
        _ => core.len() == c.len_utf8(),
    }
}

/// True when the period after `word` belongs to it: abbreviations,
/// initials, `U.S.`, `a.m.`.
pub(crate) fn keeps_final_period(word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let b = word.as_bytes();
    if b.len() == 1 {
        return b[0].is_ascii_alphabetic();
    }
    if lexicon::is_abbreviation(word) || is_party_state(word) {
        return true;
    }
    // Dotted initialisms: U.S, a.m, Ph.D, A.B
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 2 && p.bytes().all(|c| c.is_ascii_alphabetic()));
    dotted
}

/// A U.S. legislator's party and state, written after the name with the
/// state's abbreviation: `R-Ky.`, `D-Calif.`, `D-N.Y.`, `I-Vt.`.
fn is_party_state(word: &str) -> bool {
    let Some((party, state)) = word.split_once('-') else {
        return false;
    };
    matches!(party, "R" | "D" | "I")
        && (2..=5).contains(&state.len())
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.bytes().all(|b| b.is_ascii_alphabetic() || b == b'.')
        && !state.eq_ignore_ascii_case("day")
}

/// Splits the core of a chunk at clitics, hyphens, slashes and inner
/// punctuation.
fn middle(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let core = &text[s..e];
    let mut piece = s;
    let mut i = s;
    let bytes = text.as_bytes();
    while i < e {
        let c = first_char(&text[i..e]);
        let n = c.len_utf8();
        let split = match c {
            '-' => hyphen_splits(text, piece, i, e),
            '/' => slash_splits(text, piece, i, e),
            '—' | '–' | '…' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | '!' | '?' | ';' => {
                i > s || core.len() > n
            }
            ',' => !(i > s && bytes[i - 1].is_ascii_digit() && i + 1 < e && bytes[i + 1].is_ascii_digit()),
            '.' if text[i..e].starts_with("..") => {
                let run = text[i..e].bytes().take_while(|&b| b == b'.').count();
                word(text, piece, i, out);
                push(out, i, i + run);
                i += run;
                piece = i;
                continue;
            }
            _ => false,
        };
        if split {
            word(text, piece, i, out);
            let len = if c == '-' {
                text[i..e].bytes().take_while(|&b| b == b'-').count()
            } else {
                n
            };
            push(out, i, i + len);
            i += len;
            piece = i;
        } else {
            i += n;
        }
    }
    word(text, piece, e, out);
}

fn hyphen_splits(text: &str, piece: usize, i: usize, e: usize) -> bool {
    let left = &text[piece..i];
    let right = &text[i + 1..e];
    if left.is_empty() || right.is_empty() {
        return !left.is_empty() || right.starts_with('-');
    }
    if right.starts_with('-') {
        return true;
    }
    let l = last_char(left);
    let r = first_char(right);
    if l.is_ascii_digit() || r.is_ascii_digit() {
        return false;
    }
    // A dotted initialism joined to a name (`U.S.-Russian`, `U.N.-Iraq`).
    if l == '.' && r.is_uppercase() {
        return keeps_final_period(&left[..left.len() - 1]);
    }
    if !l.is_alphabetic() || !r.is_alphabetic() {
        return false;
    }
    !(lexicon::is_hyphen_prefix(left) || left.len() == 1 && right.len() <= 2)
}

fn slash_splits(text: &str, piece: usize, i: usize, e: usize) -> bool {
    let left = &text[piece..i];
    let right = &text[i + 1..e];
    let alpha = |s: &str| s.len() >= 2 && s.chars().all(char::is_alphabetic);
    alpha(left) && alpha(right)
}

/// Emits one word, splitting off clitics (`n't`, `'s`, `'ll`…) and fused
/// contractions (`cannot`, `gonna`).
fn word(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    if s >= e {
        return;
    }
    let w = &text[s..e];
    if let Some(at) = clitic_start(w) {
        let head = &w[..at];
        if let Some(split) = lexicon::fused_split(head) {
            push(out, s, s + split);
            push(out, s + split, s + at);
        } else {
            push(out, s, s + at);
        }
        return push(out, s + at, e);
    }
    if let Some(split) = lexicon::fused_split(w) {
        push(out, s, s + split);
        return push(out, s + split, e);
    }
    push(out, s, e)
}

/// Byte offset where a clitic starts in `w`, if `w` ends with one.
fn clitic_start(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if !b.iter().any(|&c| c == b'\'' || c == 0xe2) {
        return None;
    }
    let n = b.len();
    let lower_at = |i: usize| b[i].to_ascii_lowercase();
    // n't / n’t
    for apostrophe in ["'", "’"] {
        let t_len = 1 + apostrophe.len() + 1;
        if n > t_len && lower_at(n - 1) == b't' && w[..n - 1].ends_with(apostrophe) {
            let n_at = n - 1 - apostrophe.len() - 1;
            if lower_at(n_at) == b'n' && b[n_at - 1].is_ascii_alphabetic() {
                return Some(n_at);
            }
        }
        for suffix in ["s", "re", "ve", "ll", "d", "m"] {
            let len = apostrophe.len() + suffix.len();
            if n > len
                && w.is_char_boundary(n - len)
                && w[n - len..].starts_with(apostrophe)
                && w[n - suffix.len()..].eq_ignore_ascii_case(suffix)
            {
                let before = w[..n - len].chars().next_back()?;
                if before.is_alphanumeric() || before == '.' {
                    return Some(n - len);
                }
            }
        }
    }
    None
}
