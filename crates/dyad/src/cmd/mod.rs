//! One module per subcommand.

pub mod analyze;
pub mod dict;
pub mod eval;
pub mod train;
