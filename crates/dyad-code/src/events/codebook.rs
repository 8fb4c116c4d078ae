//! CAMEO event codes: Goldstein score, QuadClass, PLOVER type and mode.

use std::collections::HashMap;

/// What the codebook says about one CAMEO code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    /// Goldstein score, -10 to +10.
    pub goldstein: f32,
    /// QuadClass 1–4.
    pub quad_class: u8,
    /// PLOVER type (`CONSULT`), if PLOVER maps the code.
    pub plover_type: Option<String>,
    /// PLOVER mode (`visit`), if any.
    pub plover_mode: Option<String>,
    /// The code's name.
    pub name: String,
}

/// Every CAMEO code dyad emits.
#[derive(Clone, Debug, Default)]
pub struct Codebook {
    codes: HashMap<String, CodeInfo>,
}

impl Codebook {
    /// Parses `codebook.tsv`; malformed lines are returned as messages.
    pub fn parse(text: &str) -> (Codebook, Vec<String>) {
        let mut codes = HashMap::new();
        let mut errors = Vec::new();
        let rows = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1);
        for (i, line) in rows {
            let c: Vec<&str> = line.split('\t').collect();
            let parsed = (c.len() >= 3).then(|| (c[1].parse::<f32>().ok(), c[2].parse::<u8>().ok()));
            let Some((Some(goldstein), Some(quad_class))) = parsed else {
                errors.push(format!("codebook.tsv:{}: malformed row", i + 1));
                continue;
            };
            let cell = |k: usize| {
                c.get(k)
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
            };
            let info = CodeInfo {
                goldstein,
                quad_class,
                plover_type: cell(3),
                plover_mode: cell(4),
                name: cell(5).unwrap_or_default(),
            };
            codes.insert(c[0].trim().to_owned(), info);
        }
        (Codebook { codes }, errors)
    }

    /// The facts of a code.
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        self.codes.get(code)
    }

    /// Number of codes.
    pub fn len(&self) -> usize {
        self.codes.len()
    }

    /// True when no code is known.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}
