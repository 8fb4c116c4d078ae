//! How a command ended.

/// How a command ended, as scripts see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read and written.
    Success,
    /// Some inputs failed; the others were processed.
    InputErrors,
}
