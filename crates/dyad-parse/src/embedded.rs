//! The model file built into the library.

use std::sync::OnceLock;

use crate::error::{ParseError, Result};
use crate::model::Model;

#[cfg(dyad_embedded_model)]
static BYTES: Option<&[u8]> = Some(include_bytes!("../model/en_ewt.dyadm"));
#[cfg(not(dyad_embedded_model))]
static BYTES: Option<&[u8]> = None;

/// The embedded model, decoded on first use.
pub fn model() -> Result<&'static Model> {
    static MODEL: OnceLock<std::result::Result<Model, String>> = OnceLock::new();
    let bytes = BYTES.ok_or(ParseError::NoEmbeddedModel)?;
    MODEL
        .get_or_init(|| Model::from_bytes(bytes).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|message| ParseError::InvalidModel(message.clone()))
}

/// True when this build carries a model.
pub fn is_available() -> bool {
    BYTES.is_some()
}
