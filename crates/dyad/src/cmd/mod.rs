//! One module per subcommand.

pub mod analyze;
pub mod code;
pub mod dict;
pub mod eval;
pub mod seed;
pub mod timex;
pub mod train;
