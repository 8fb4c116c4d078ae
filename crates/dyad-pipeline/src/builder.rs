//! Building a [`Pipeline`]: which model, which dictionaries, which options.

use crate::pipeline::Pipeline;
use chrono::NaiveDate;
use dyad_code::actors::ActorResolver;
use dyad_code::events::{CodeOptions, EventCoder};
use dyad_dict::places::PlaceIndex;
use dyad_dict::{DictError, Dictionaries};
use dyad_text::TextPipeline;
use std::path::{Path, PathBuf};

/// Where the parser model comes from.
#[derive(Clone, Debug, Default)]
pub enum ModelSource {
    /// The model built into the library.
    #[default]
    Builtin,
    /// A `.dyadm` file (from `dyad train`).
    File(PathBuf),
}

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// The model could not be read or decoded.
    #[error("{}: {source}", path.as_ref().map_or("built-in model".to_owned(), |p| p.display().to_string()))]
    Model {
        /// The model file; `None` for the built-in model.
        path: Option<PathBuf>,
        /// What went wrong.
        source: dyad_parse::ParseError,
    },
    /// A dictionary file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// Strict mode and malformed dictionary lines.
    #[error("{} malformed dictionary line(s) and strict mode (first: {first})", problems.len())]
    Strict {
        /// Every problem, `file:line: reason`.
        problems: Vec<DictError>,
        /// The first, for the message.
        first: DictError,
    },
}

impl Pipeline {
    /// A builder with the defaults: the built-in model, dictionaries,
    /// lexicon and gazetteer, parsing on, only the events CAMEO counts.
    pub fn builder() -> Builder {
        Builder::default()
    }
}

/// Builds a [`Pipeline`]. Every setting has a default.
#[derive(Clone, Debug, Default)]
pub struct Builder {
    model: ModelSource,
    no_parse: bool,
    dict_dirs: Vec<PathBuf>,
    legacy_actors: Vec<PathBuf>,
    legacy_agents: Vec<PathBuf>,
    replace_dicts: bool,
    strict: bool,
    options: CodeOptions,
}

impl Builder {
    /// Use this parser model.
    pub fn model(mut self, model: ModelSource) -> Builder {
        self.model = model;
        self
    }

    /// Skip tagging and parsing (and so events): text, actors by their
    /// names, places, times and quotes only.
    pub fn no_parse(mut self, no_parse: bool) -> Builder {
        self.no_parse = no_parse;
        self
    }

    /// Add dictionaries in dyad's format (a directory of `.tsv` files).
    pub fn dictionary_dir(mut self, dir: impl Into<PathBuf>) -> Builder {
        self.dict_dirs.push(dir.into());
        self
    }

    /// Add a TABARI/PETRARCH actor dictionary.
    pub fn legacy_actors(mut self, file: impl Into<PathBuf>) -> Builder {
        self.legacy_actors.push(file.into());
        self
    }

    /// Add a TABARI/PETRARCH agent dictionary.
    pub fn legacy_agents(mut self, file: impl Into<PathBuf>) -> Builder {
        self.legacy_agents.push(file.into());
        self
    }

    /// Use only the user's dictionaries, not the built-in ones.
    pub fn replace_dictionaries(mut self, replace: bool) -> Builder {
        self.replace_dicts = replace;
        self
    }

    /// Fail on malformed dictionary lines instead of skipping them.
    pub fn strict(mut self, strict: bool) -> Builder {
        self.strict = strict;
        self
    }

    /// Keep events CAMEO does not count (negated, hypothetical,
    /// conditional, merely possible), each with its mode.
    pub fn all_modes(mut self, all: bool) -> Builder {
        self.options.all_modes = all;
        self
    }

    /// The date of articles that carry none.
    pub fn default_date(mut self, date: Option<NaiveDate>) -> Builder {
        self.options.default_date = date;
        self
    }

    /// Loads every resource and builds the pipeline. The model,
    /// dictionaries, lexicon and gazetteer load side by side, so that
    /// start-up takes the longest of them rather than their sum.
    pub fn build(self) -> Result<Pipeline, PipelineError> {
        let (model, dictionaries, coder, places) = std::thread::scope(|scope| {
            let model = scope.spawn(|| (!self.no_parse).then(|| self.load_model()).transpose());
            let coder = scope.spawn(EventCoder::builtin);
            let places = scope.spawn(PlaceIndex::builtin);
            let dictionaries = self.load_dictionaries();
            (joined(model), dictionaries, joined(coder), joined(places))
        });
        let (dicts, problems) = dictionaries?;
        if self.strict && !problems.is_empty() {
            let first = problems[0].clone();
            return Err(PipelineError::Strict { problems, first });
        }
        Ok(Pipeline {
            text: TextPipeline::default(),
            model: model?,
            resolver: ActorResolver::new(dicts, places),
            coder,
            options: self.options,
            dictionary_problems: problems,
        })
    }

    fn load_model(&self) -> Result<dyad_parse::Model, PipelineError> {
        match &self.model {
            ModelSource::Builtin => {
                dyad_parse::Model::builtin().map_err(|source| PipelineError::Model { path: None, source })
            }
            ModelSource::File(path) => dyad_parse::Model::load(path).map_err(|source| PipelineError::Model {
                path: Some(path.clone()),
                source,
            }),
        }
    }

    /// The built-in dictionaries (unless replaced) merged with the user's,
    /// and the malformed lines found in the user's.
    fn load_dictionaries(&self) -> Result<(Dictionaries, Vec<DictError>), PipelineError> {
        let mut dicts = if self.replace_dicts {
            Dictionaries::default()
        } else {
            dyad_dict::builtin()
        };
        let mut problems: Vec<DictError> = Vec::new();
        for dir in &self.dict_dirs {
            let (loaded, mut e) = dyad_dict::load_dir(dir);
            dicts.merge(loaded);
            problems.append(&mut e);
        }
        for path in &self.legacy_actors {
            let (text, name) = read_legacy(path)?;
            let (people, mut e) = dyad_dict::legacy::parse_legacy_actors(&text, &name);
            dicts.merge(Dictionaries {
                people,
                ..Dictionaries::default()
            });
            problems.append(&mut e);
        }
        for path in &self.legacy_agents {
            let (text, name) = read_legacy(path)?;
            let (agents, mut e) = dyad_dict::legacy::parse_legacy_agents(&text, &name);
            dicts.merge(Dictionaries {
                agents,
                ..Dictionaries::default()
            });
            problems.append(&mut e);
        }
        Ok((dicts, problems))
    }
}

/// A legacy dictionary file as text (legacy files are often Latin-1).
fn read_legacy(path: &Path) -> Result<(String, String), PipelineError> {
    let bytes = std::fs::read(path).map_err(|source| PipelineError::Read {
        path: path.to_owned(),
        source,
    })?;
    Ok((
        String::from_utf8_lossy(&bytes).into_owned(),
        path.display().to_string(),
    ))
}

/// The result of a scoped thread, passing its panic on.
fn joined<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
