//! Interning of tag and relation names into `&'static str`, so analyses
//! can hand out names without allocating.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

/// The interned, `'static` copy of `name`. Each distinct name is leaked
/// once per process; tag and relation sets are small and fixed.
pub fn intern(name: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let names = NAMES.get_or_init(Default::default);
    let mut names = match names.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    };
    if let Some(existing) = names.get(name) {
        return existing;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}
