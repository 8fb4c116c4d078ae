//! Embeds the event lexicon (`data/verbs/*.tsv`, `data/nouns/*.tsv`) and
//! the codebook into the library.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo::rerun-if-changed=data");
    let mut files = vec!["codebook.tsv".to_owned()];
    for dir in ["verbs", "nouns"] {
        println!("cargo::rerun-if-changed=data/{dir}");
        let mut names: Vec<String> = std::fs::read_dir(data.join(dir))
            .map(|rd| {
                rd.flatten()
                    .filter_map(|e| e.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        names.retain(|n| n.ends_with(".tsv"));
        names.sort();
        files.extend(names.into_iter().map(|n| format!("{dir}/{n}")));
    }
    let mut code = String::from("/// Embedded lexicon files: (name relative to data/, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo::rerun-if-changed=data/{f}");
        writeln!(
            code,
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/data/{f}\"))),"
        )
        .unwrap();
    }
    code.push_str("];\n");
    std::fs::write(
        Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_files.rs"),
        code,
    )
    .unwrap();
}
