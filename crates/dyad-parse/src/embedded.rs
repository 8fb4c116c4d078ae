//! The model file built into the library.

use std::sync::OnceLock;

use crate::error::{ParseError, Result};
use crate::model::Model;

#[cfg(dyad_embedded_model)]
static BYTES: Option<&[u8]> = Some(include_bytes!("../model/en_ewt_gum.dyadm"));
#[cfg(not(dyad_embedded_model))]
static BYTES: Option<&[u8]> = None;

/// Environment variable naming a model file to use instead of the
/// embedded one (for comparing a freshly trained model without a rebuild).
pub const MODEL_ENV: &str = "DYAD_MODEL";

/// The embedded model (or the file `DYAD_MODEL` names), decoded on first
/// use.
pub fn model() -> Result<&'static Model> {
    static MODEL: OnceLock<std::result::Result<Model, String>> = OnceLock::new();
    let override_path = std::env::var_os(MODEL_ENV).filter(|p| !p.is_empty());
    if override_path.is_none() && BYTES.is_none() {
        return Err(ParseError::NoEmbeddedModel);
    }
    MODEL
        .get_or_init(|| match (override_path, BYTES) {
            (Some(path), _) => Model::load(std::path::Path::new(&path)).map_err(|e| e.to_string()),
            (None, Some(bytes)) => Model::from_bytes(bytes).map_err(|e| e.to_string()),
            (None, None) => Err(ParseError::NoEmbeddedModel.to_string()),
        })
        .as_ref()
        .map_err(|message| ParseError::InvalidModel(message.clone()))
}

/// True when this build carries a model.
pub fn is_available() -> bool {
    BYTES.is_some()
}
