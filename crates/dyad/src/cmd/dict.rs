//! `dyad dict`: checking dictionaries.

use crate::cli::DictCheckArgs;
use crate::outcome::Outcome;

/// Runs `dyad dict check`: one line per problem, then a summary; exit 1
/// when there is any problem.
pub fn check(args: DictCheckArgs) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    let (dicts, errors) = match &args.dir {
        Some(dir) => dyad_dict::load_dir(dir),
        None => (dyad_dict::builtin(), dyad_dict::check_embedded()),
    };
    for e in &errors {
        eprintln!("{e}");
    }
    println!(
        "{} countries, {} metonyms, {} organisations, {} regions, {} media, {} agents, {} people with {} roles; {} problem(s); loaded in {} ms",
        dicts.countries.len(),
        dicts.metonyms.len(),
        dicts.organizations.len(),
        dicts.regions.len(),
        dicts.media.len(),
        dicts.agents.len(),
        dicts.people.len(),
        dicts.role_count(),
        errors.len(),
        started.elapsed().as_millis()
    );
    Ok(if errors.is_empty() {
        Outcome::Success
    } else {
        Outcome::InputErrors
    })
}
