//! The pipeline a command runs, built from its flags.

use crate::cli::{DictArgs, EventArgs};
use dyad_pipeline::{ModelSource, Pipeline};

/// Environment variable naming a model file to use instead of the built-in
/// one (to compare a freshly trained model without a rebuild).
pub const MODEL_ENV: &str = "DYAD_MODEL";

/// The model the environment asks for.
pub fn model_source() -> ModelSource {
    match std::env::var_os(MODEL_ENV).filter(|p| !p.is_empty()) {
        Some(path) => ModelSource::File(path.into()),
        None => ModelSource::Builtin,
    }
}

/// The pipeline for these flags; `parse: false` skips parsing and events.
/// Malformed dictionary lines are printed as `file:line: reason` (with
/// `--strict` they stop the run).
pub fn build(parse: bool, dicts: &DictArgs, events: &EventArgs) -> anyhow::Result<Pipeline> {
    let mut builder = Pipeline::builder()
        .model(model_source())
        .no_parse(!parse)
        .replace_dictionaries(dicts.replace_dicts)
        .strict(dicts.strict)
        .all_modes(events.all_modes)
        .default_date(events.default_date);
    for dir in &dicts.dirs {
        builder = builder.dictionary_dir(dir);
    }
    for file in &dicts.actors {
        builder = builder.legacy_actors(file);
    }
    for file in &dicts.agents {
        builder = builder.legacy_agents(file);
    }
    let pipeline = builder.build()?;
    for problem in pipeline.dictionary_problems() {
        eprintln!("dyad: {problem}");
    }
    Ok(pipeline)
}
