//! Enables the embedded model when `model/en_ewt_gum.dyadm` exists.

use std::path::Path;

fn main() {
    println!("cargo::rustc-check-cfg=cfg(dyad_embedded_model)");
    println!("cargo::rerun-if-changed=model/en_ewt_gum.dyadm");
    println!("cargo::rerun-if-changed=model");
    if Path::new("model/en_ewt_gum.dyadm").is_file() {
        println!("cargo::rustc-cfg=dyad_embedded_model");
    }
}
