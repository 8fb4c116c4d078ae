//! Command-line interface definitions.

mod shared;
pub mod store;

pub use shared::{DictArgs, EventArgs, InputFormat, ReadArgs};

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  dyad analyze examples/                 analyse every article under examples/
  dyad analyze story.txt --pretty        one article, indented JSON
  zcat feed.jsonl.gz | dyad analyze -    JSONL articles from standard input
  dyad eval tokens en_ewt-ud-test.conllu --json

Exit status: 0 when every input was read, 1 when some input failed (the
others were still processed), 2 on a usage error or when output failed.";

/// dyad turns news articles into political event data: who did what to
/// whom, when and where.
#[derive(Debug, Parser)]
#[command(name = "dyad", version, about, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// dyad's commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the analysis of each article as one JSON object per line.
    #[command(after_help = ANALYZE_EXAMPLES)]
    Analyze(AnalyzeArgs),
    /// Print the events of each article, one per line (JSONL or TSV).
    #[command(after_help = CODE_EXAMPLES)]
    Code(CodeArgs),
    /// Measure dyad against annotated data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Measure the full pipeline's speed and memory on a corpus.
    #[command(after_help = BENCH_EXAMPLES)]
    Bench(BenchArgs),
    /// Validate and summarise actor dictionaries.
    #[command(subcommand)]
    Dict(DictCommand),
    /// Train the tagger, lemmatizer and parser on UD treebanks.
    #[command(after_help = TRAIN_EXAMPLES)]
    Train(TrainArgs),
    /// Code articles into the embedded database (skipping those stored).
    #[command(after_help = store::INGEST_EXAMPLES)]
    Ingest(store::IngestArgs),
    /// Select events or mentions from the database.
    #[command(after_help = store::QUERY_EXAMPLES)]
    Query(store::QueryArgs),
    /// Write every event of the database as JSONL, CSV, GDELT or Parquet.
    #[command(after_help = store::EXPORT_EXAMPLES)]
    Export(store::ExportArgs),
    /// Count a dyad's events per day, week or month (CSV).
    #[command(after_help = store::SERIES_EXAMPLES)]
    Series(store::SeriesArgs),
}

const BENCH_EXAMPLES: &str = "\
Runs read -> layout -> tag/parse -> actors -> places -> times -> events ->
JSONL (written to nowhere) over every article, --runs times, and prints the
best run: articles, sentences and tokens per second, start-up time (model,
dictionaries and lexicon loading, once) and peak resident memory. Pin it to
cores with taskset for a fair one-core figure.

Examples:
  dyad bench ../shared/data/news/bbc-2005 -j 2
  taskset -c 0 dyad bench -j 1 --runs 3 --json corpus/";

/// Arguments of `dyad bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Articles: files, directories, .gz and .warc files.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// How many times to run over the corpus (the best run is reported).
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub runs: usize,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

const TRAIN_EXAMPLES: &str = "\
Reproduces the model shipped in crates/dyad-parse/model/ (deterministic:
same data and seed give the same bytes). The model learns from the train
and dev files of every --ud directory, in the order given (the first
treebank's lemmas win where treebanks disagree), and its word clusters
also from the plain text under every --cluster-text directory (each line
tokenized as dyad reads news); its settings were chosen with dev held
out. With --hold-out-dev it learns from the train files only
and reports each dev file's tagger accuracy and parser UAS/LAS after each
parser epoch, for tuning.

Examples:
  dyad train --ud ../shared/data/ud/en_ewt --ud ../shared/data/ud/en_gum-ccby \\
      --cluster-text ../shared/data/news/bbc-2005 --out crates/dyad-parse/model/en_ewt_gum.dyadm
  dyad train --ud ../shared/data/ud/en_ewt --ud ../shared/data/ud/en_gum-ccby \\
      --cluster-text ../shared/data/news/bbc-2005 --hold-out-dev --out /tmp/tuning.dyadm";

/// Arguments of `dyad train`.
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Directory holding `*-ud-train.conllu` (and `*-ud-dev.conllu`);
    /// repeat for several treebanks.
    #[arg(long, value_name = "DIR", required = true)]
    pub ud: Vec<std::path::PathBuf>,
    /// Where to write the model.
    #[arg(long, default_value = "en_ewt_gum.dyadm", value_name = "FILE")]
    pub out: std::path::PathBuf,
    /// Random seed (shuffling, exploration).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Parser training epochs.
    #[arg(long)]
    pub epochs: Option<usize>,
    /// Learn from `*-ud-train.conllu` only and report scores on each
    /// `*-ud-dev.conllu` (default: learn from both, as the shipped model).
    #[arg(long)]
    pub hold_out_dev: bool,
    /// Directory of unannotated `*.txt` files (searched recursively) whose
    /// words the word clusters also learn from; repeatable.
    #[arg(long, value_name = "DIR")]
    pub cluster_text: Vec<std::path::PathBuf>,
}

const CODE_EXAMPLES: &str = "\
Each line is one event: who did what to whom, when (the event's own date,
from the time expression of its clause), with its CAMEO code, Goldstein
score, QuadClass, PLOVER type, mode, evidence span and the lexicon rule.

Examples:
  dyad code examples/
  dyad code --format tsv story.txt
  dyad code --all-modes story.txt      # also negated, conditional, possible events";

/// Output formats of `dyad code`.
#[derive(Clone, Copy, Debug, ValueEnum, Default, PartialEq, Eq)]
pub enum EventFormat {
    /// One JSON object per event.
    #[default]
    Jsonl,
    /// Tab-separated values with a header row.
    Tsv,
}

/// Arguments of `dyad code`.
#[derive(Debug, Args)]
pub struct CodeArgs {
    /// Articles: files, directories, .gz and .warc files, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = EventFormat::Jsonl)]
    pub format: EventFormat,
    /// Instead of events, explain each sentence: its repaired tree, its
    /// actors and how each was resolved, its time expressions, every
    /// candidate trigger with the frame tried and what became of it, and
    /// the events (docs/explain.md).
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

const ANALYZE_EXAMPLES: &str = "\
Inputs may be plain-text articles, JSONL (one {\"id\",\"url\",\"source\",\"title\",
\"published\",\"text\"} object per line), HTML pages, WARC files (each HTML
response record is an article), directories (walked recursively for .txt
.jsonl .ndjson .json .html .htm .warc and their .gz forms), .gz files, or -
for standard input.

Examples:
  dyad analyze examples/
  dyad analyze --pretty examples/kyiv-air-defence.txt
  dyad analyze --input-format jsonl - < articles.jsonl";

/// Arguments of `dyad analyze`.
#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Articles: files, directories, .gz and .warc files, or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,
    /// Pretty-print each JSON object over several lines.
    #[arg(long)]
    pub pretty: bool,
    /// Skip tagging and parsing (tokens without upos, lemma, head…, and
    /// so without events).
    #[arg(long)]
    pub no_parse: bool,
    /// Instead of JSON, explain each sentence: its repaired tree, actors,
    /// time expressions, candidate triggers and events (docs/explain.md).
    #[arg(long, conflicts_with_all = ["pretty", "no_parse"])]
    pub explain: bool,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// `dyad eval` subcommands.
#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Token and sentence-boundary F1 of the tokenizer and splitter on a
    /// CoNLL-U treebank (raw text rebuilt from `# text` lines).
    Tokens(EvalTokensArgs),
    /// Score events against a seed directory's expected.toml ([[must]],
    /// [[must_not]]); exit 1 when something is missed or false.
    Seed(EvalSeedArgs),
    /// UPOS, XPOS, lemma accuracy, UAS and LAS of the embedded model on a
    /// CoNLL-U file with gold tokens, and its speed.
    Ud(EvalUdArgs),
    /// Quote attribution against a PolNeAR split (DIR/text/*.txt,
    /// DIR/attributions/*.ann).
    #[command(after_help = EVAL_QUOTES_HELP)]
    Quotes(EvalQuotesArgs),
    /// Strict, relaxed and value F1 (TempEval-3) of the time expressions
    /// on TimeML files, each read against its creation time.
    Timex(EvalTimexArgs),
    /// CAMEO event F1 against hand-coded gold events (article-level sets
    /// of source, target and code triples).
    #[command(after_help = EVAL_EVENTS_HELP)]
    Events(EvalEventsArgs),
}

const EVAL_EVENTS_HELP: &str = "\
Each document's gold and system events are reduced to sets of triples
(source key, target key, CAMEO root), so an event told three times counts
once. An actor's key is the first three letters of its code (USAGOV -> USA)
except IGO/NGO codes, which keep six (IGOWSTNAT -> IGOWST); no actor is ---.
Precision, recall and F1 are summed over documents (micro). The 3-digit F1
uses the first three digits of the code. For root triples found by both,
dates agree when the year-month of a gold and a system event is the same
(a year alone agrees with its months).

The gold file has one JSON event per line: {\"doc\", \"sentence\", \"trigger\",
\"source\": {\"text\", \"code\"}, \"target\": {…}, \"cameo\", \"date\"}, or
{\"doc\", \"none\": true} for a document without events. Articles are read
as by `dyad code` and matched to the gold by their id.

Examples:
  dyad eval events gold.jsonl articles.jsonl
  dyad eval events gold.jsonl articles.jsonl --json
  dyad eval events gold.jsonl articles.jsonl --verbose | less";

/// Arguments of `dyad eval events`.
#[derive(Debug, Args)]
pub struct EvalEventsArgs {
    /// Gold events, JSONL.
    #[arg(value_name = "GOLD.jsonl")]
    pub gold: std::path::PathBuf,
    /// The articles: files, directories, JSONL, or - for standard input.
    #[arg(required = true, value_name = "ARTICLES")]
    pub inputs: Vec<String>,
    /// Print {docs, gold, system, root: {p, r, f1}, code3: {f1}, dates:
    /// {agree, matched}} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list each document's missed and false root triples.
    #[arg(long, short)]
    pub verbose: bool,
    #[command(flatten)]
    pub events: EventArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub read: ReadArgs,
}

const EVAL_QUOTES_HELP: &str = "\
Scores, for the attributions whose content holds a quotation mark (direct)
and for all attributions (direct, indirect, mixed, and PolNeAR's non-speech
ones such as beliefs):

  speaker accuracy  of the gold attributions with a source span, the share
                    whose best system quote (the one sharing most words with
                    the gold content) has a speaker span overlapping the gold
                    source span; a gold attribution no system quote overlaps
                    counts as wrong.
  content F1        word-overlap F1 over the whole split: words are runs of
                    letters and digits; precision = words inside system
                    quotes (direct and mixed ones for the direct score) that
                    are inside gold contents of the set / words inside system
                    quotes; recall = words inside gold contents that are
                    inside system quotes / words inside gold contents.

One annotator's file is used per article (the first in name order).
Publication dates come from metadata.tsv in DIR or its parent.

Example:
  dyad eval quotes polnear/dev --json";

/// Arguments of `dyad eval quotes`.
#[derive(Debug, Args)]
pub struct EvalQuotesArgs {
    /// A PolNeAR split directory (with text/ and attributions/).
    #[arg(value_name = "DIR")]
    pub dir: std::path::PathBuf,
    /// Print {"direct": {"speaker_accuracy", "content_f1"}, "all": {…}} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list every quote found (article, kind, cue, speaker, content).
    #[arg(long, short)]
    pub verbose: bool,
}

/// Arguments of `dyad eval timex`.
#[derive(Debug, Args)]
pub struct EvalTimexArgs {
    /// Directories of TimeML (.tml) files, searched recursively.
    #[arg(value_name = "DIR", required = true)]
    pub dirs: Vec<std::path::PathBuf>,
    /// Print {"strict_f1", "relaxed_f1", "value_f1", ...} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list every missed, false and wrongly valued expression.
    #[arg(long)]
    pub errors: bool,
}

/// Arguments of `dyad eval ud`.
#[derive(Debug, Args)]
pub struct EvalUdArgs {
    /// A CoNLL-U file, e.g. en_ewt-ud-test.conllu.
    #[arg(value_name = "FILE.conllu")]
    pub conllu: std::path::PathBuf,
    /// Evaluate this model file instead of the embedded one.
    #[arg(long, value_name = "FILE")]
    pub model: Option<std::path::PathBuf>,
    /// Print {"upos", "xpos", "lemma", "uas", "las", "tokens_per_s"} as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `dyad eval tokens`.
#[derive(Debug, Args)]
pub struct EvalTokensArgs {
    /// A CoNLL-U file, e.g. en_ewt-ud-test.conllu.
    #[arg(value_name = "FILE.conllu")]
    pub conllu: std::path::PathBuf,
    /// Print {"tokens_f1", "sentences_f1", ...} as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list the most frequent token errors.
    #[arg(long)]
    pub errors: bool,
}

/// `dyad dict` subcommands.
#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Check dictionary files and report every problem as file:line: reason
    /// (the embedded dictionaries when no directory is given).
    #[command(after_help = "Examples:\n  dyad dict check\n  dyad dict check my-dictionaries/")]
    Check(DictCheckArgs),
}

/// Arguments of `dyad dict check`.
#[derive(Debug, Args)]
pub struct DictCheckArgs {
    /// A directory of dictionary files in dyad's format.
    #[arg(value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// Arguments of `dyad eval seed`.
#[derive(Debug, Args)]
pub struct EvalSeedArgs {
    /// A directory with articles and their expected.toml.
    #[arg(value_name = "DIR")]
    pub dir: std::path::PathBuf,
    /// Also list every event produced.
    #[arg(long, short)]
    pub verbose: bool,
}

impl Command {
    /// The `--threads` a command was given, if it reads articles.
    pub fn threads(&self) -> Option<usize> {
        match self {
            Command::Analyze(a) => a.read.threads,
            Command::Code(c) => c.read.threads,
            Command::Bench(b) => b.read.threads,
            Command::Ingest(i) => i.read.threads,
            Command::Eval(EvalCommand::Events(e)) => e.read.threads,
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    #[test]
    fn every_command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    /// Every help text of `cmd` and its subcommands, rendered.
    fn help_texts(cmd: &mut clap::Command, out: &mut Vec<String>) {
        out.push(cmd.render_long_help().to_string());
        for sub in cmd.get_subcommands_mut() {
            help_texts(sub, out);
        }
    }

    /// The repository's files that help examples name (`examples/…`,
    /// `crates/…`) exist, so that the examples run as printed.
    #[test]
    fn files_named_in_help_examples_exist() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut texts = Vec::new();
        help_texts(&mut Cli::command(), &mut texts);
        let mut named = Vec::new();
        for text in &texts {
            for word in text.split_whitespace() {
                let word = word.trim_end_matches([',', ')', ';']);
                if word.starts_with("examples/") || word.starts_with("crates/") {
                    named.push(word.to_owned());
                }
            }
        }
        assert!(named.iter().any(|w| w.ends_with(".txt")), "{named:?}");
        for path in named {
            assert!(
                root.join(&path).exists(),
                "help names {path}, which does not exist"
            );
        }
    }
}
