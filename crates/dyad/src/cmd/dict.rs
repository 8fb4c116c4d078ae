//! `dyad dict`: checking dictionaries.

use crate::cli::{DictArgs, DictCheckArgs};
use crate::Outcome;
use anyhow::Context;
use dyad_code::actors::ActorResolver;
use dyad_dict::{DictError, Dictionaries};

/// Runs `dyad dict check`: one line per problem, then a summary; exit 1
/// when there is any problem.
pub fn check(args: DictCheckArgs) -> anyhow::Result<Outcome> {
    let started = std::time::Instant::now();
    let (dicts, errors) = match &args.dir {
        Some(dir) => dyad_dict::load_dir(dir),
        None => (dyad_dict::embedded().clone(), dyad_dict::check_embedded()),
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

/// The actor resolver the flags ask for: the built-in dictionaries, plus
/// (or, with `--replace-dicts`, only) the user's files. Dictionary errors
/// are printed as `file:line: reason`; with `--strict` they stop the run.
pub fn resolver(args: &DictArgs) -> anyhow::Result<&'static ActorResolver> {
    if args.actors.is_empty() && args.agents.is_empty() && args.dirs.is_empty() {
        return Ok(ActorResolver::embedded());
    }
    let mut dicts = if args.replace_dicts {
        Dictionaries::default()
    } else {
        dyad_dict::embedded().clone()
    };
    let mut errors: Vec<DictError> = Vec::new();
    for dir in &args.dirs {
        let (loaded, mut e) = dyad_dict::load_dir(dir);
        dicts.merge(loaded);
        errors.append(&mut e);
    }
    for path in &args.actors {
        let (text, name) = read_legacy(path)?;
        let (people, mut e) = dyad_dict::legacy::parse_legacy_actors(&text, &name);
        dicts.merge(Dictionaries {
            people,
            ..Dictionaries::default()
        });
        errors.append(&mut e);
    }
    for path in &args.agents {
        let (text, name) = read_legacy(path)?;
        let (agents, mut e) = dyad_dict::legacy::parse_legacy_agents(&text, &name);
        dicts.merge(Dictionaries {
            agents,
            ..Dictionaries::default()
        });
        errors.append(&mut e);
    }
    for e in &errors {
        eprintln!("dyad: {e}");
    }
    if args.strict && !errors.is_empty() {
        anyhow::bail!("{} malformed dictionary line(s) and --strict", errors.len());
    }
    Ok(Box::leak(Box::new(ActorResolver::new(dicts))))
}

fn read_legacy(path: &std::path::Path) -> anyhow::Result<(String, String)> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    Ok((
        String::from_utf8_lossy(&bytes).into_owned(),
        path.display().to_string(),
    ))
}
