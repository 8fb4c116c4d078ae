//! Universal POS tags: the type lives in `dyad-core`, shared by every stage.

pub use dyad_core::Upos;
