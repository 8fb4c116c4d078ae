//! Argument groups shared by several commands: how inputs are read, how
//! events are coded, which actor dictionaries are used.

use clap::{Args, ValueEnum};

/// How events are coded.
#[derive(Debug, Args, Default)]
pub struct EventArgs {
    /// Also print events CAMEO does not count: negated, hypothetical,
    /// conditional and merely possible ones (each with its `mode`).
    #[arg(long)]
    pub all_modes: bool,
    /// Date for articles that carry none (YYYY-MM-DD; default: today).
    #[arg(long, value_name = "DATE")]
    pub default_date: Option<chrono::NaiveDate>,
}

/// How inputs are read.
#[derive(Debug, Args)]
pub struct ReadArgs {
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    #[arg(long)]
    pub lossy: bool,
    /// Largest article, or JSONL line, accepted (bytes).
    #[arg(long, default_value_t = 32 << 20, value_name = "BYTES")]
    pub max_bytes: u64,
    /// Read every input as this format instead of guessing from its name
    /// and first bytes.
    #[arg(long = "input-format", value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormat>,
    /// Never show a progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Worker threads for analysis (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

/// Input formats.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum InputFormat {
    /// Plain-text news page.
    Text,
    /// One JSON article per line.
    Jsonl,
    /// HTML page.
    Html,
}

/// Which actor dictionaries to use.
#[derive(Debug, Args, Default)]
pub struct DictArgs {
    /// A TABARI/PETRARCH actor dictionary to add (repeatable).
    #[arg(long = "actors", value_name = "FILE")]
    pub actors: Vec<std::path::PathBuf>,
    /// A TABARI/PETRARCH agent dictionary to add (repeatable).
    #[arg(long = "agents", value_name = "FILE")]
    pub agents: Vec<std::path::PathBuf>,
    /// A directory of dictionaries in dyad's TSV format to add (repeatable).
    #[arg(long = "dict", value_name = "DIR")]
    pub dirs: Vec<std::path::PathBuf>,
    /// Use only the dictionaries given, not dyad's built-in ones.
    #[arg(long)]
    pub replace_dicts: bool,
    /// Stop when a dictionary line is malformed (default: report it and go on).
    #[arg(long)]
    pub strict: bool,
}
