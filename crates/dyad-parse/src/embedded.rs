//! The model file built into the library.

use crate::error::{ParseError, Result};
use crate::model::Model;

#[cfg(dyad_embedded_model)]
static BYTES: Option<&[u8]> = Some(include_bytes!("../model/en_ewt_gum.dyadm"));
#[cfg(not(dyad_embedded_model))]
static BYTES: Option<&[u8]> = None;

/// The embedded model, freshly decoded: the caller owns it.
pub fn model() -> Result<Model> {
    let bytes = BYTES.ok_or(ParseError::NoEmbeddedModel)?;
    Model::from_bytes(bytes)
}

impl Model {
    /// The model built into this library, freshly decoded (about 0.1 s):
    /// load it once and share it.
    pub fn builtin() -> Result<Model> {
        model()
    }
}

/// True when this build carries a model.
pub fn is_available() -> bool {
    BYTES.is_some()
}
