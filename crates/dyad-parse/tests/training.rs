//! End-to-end training on a tiny invented treebank, determinism, model
//! round trips and error reporting. Never reads /work/shared.

use std::path::{Path, PathBuf};

use dyad_parse::{evaluate, train, Model, ParseError, TrainOptions};

fn tiny() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tiny.conllu")
}

fn small_options() -> TrainOptions {
    TrainOptions {
        epochs: 4,
        tagger_epochs: 4,
        jackknife_folds: 2,
        tagger_min_weight: 1,
        parser_min_weight: 1,
        ..TrainOptions::default()
    }
}

fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("dyad-parse-{}-{name}", std::process::id()))
}

#[test]
fn training_is_deterministic_and_round_trips() {
    let first = train(&[&tiny()], None, &small_options()).expect("training works");
    let second = train(&[&tiny()], Some(&tiny()), &small_options()).expect("training works");
    let bytes = first.to_bytes();
    assert_eq!(bytes, second.to_bytes(), "same data and seed give the same bytes");

    let path = temp_path("tiny.dyadm");
    first.save(&path).unwrap();
    let loaded = Model::load(&path).unwrap();
    std::fs::remove_file(&path).ok();
    assert_eq!(loaded.to_bytes(), bytes);

    let words = [
        "The",
        "minister",
        "met",
        "the",
        "ambassador",
        "in",
        "Geneva",
        "on",
        "Monday",
        ".",
    ];
    let analysis = loaded.analyze(&words);
    assert_eq!(analysis, first.analyze(&words));
    assert_eq!(analysis[2].lemma, "meet");
    assert_eq!(analysis[2].upos.as_str(), "VERB");
    assert_eq!(analysis.iter().filter(|a| a.head.is_none()).count(), 1);

    let report = evaluate(&loaded, &tiny()).unwrap();
    assert!(report.upos > 90.0, "{report:?}");
    assert!(report.uas > 60.0, "{report:?}");
    let json = serde_json::to_value(&report).unwrap();
    for field in ["upos", "xpos", "lemma", "uas", "las", "tokens_per_s"] {
        assert!(json[field].is_number(), "{field} missing in {json}");
    }
}

#[test]
fn other_seed_still_trains() {
    let opts = TrainOptions {
        seed: 99,
        ..small_options()
    };
    let model = train(&[&tiny()], None, &opts).unwrap();
    assert_eq!(model.analyze(&["Police", "arrested", "two", "men", "."]).len(), 5);
}

#[test]
fn bad_conllu_reports_file_and_line() {
    let path = temp_path("bad.conllu");
    std::fs::write(
        &path,
        "1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tfell\tfall\tVERB\tVBD\t_\tx\troot\t_\t_\n",
    )
    .unwrap();
    let err = train(&[&path], None, &small_options()).unwrap_err();
    std::fs::remove_file(&path).ok();
    match &err {
        ParseError::Conllu { path: p, line, .. } => {
            assert!(p.ends_with("bad.conllu"));
            assert_eq!(*line, 2);
        }
        other => panic!("unexpected error {other:?}"),
    }
    assert!(err.to_string().contains("bad.conllu:2:"), "{err}");

    let missing = evaluate(
        &Model::from_bytes(&train(&[&tiny()], None, &small_options()).unwrap().to_bytes()).unwrap(),
        Path::new("/nonexistent/x.conllu"),
    );
    assert!(matches!(missing, Err(ParseError::Io { .. })));
}

#[test]
fn damaged_models_are_rejected() {
    let bytes = train(&[&tiny()], None, &small_options()).unwrap().to_bytes();
    assert!(Model::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    let mut wrong_version = bytes.clone();
    wrong_version[8] = wrong_version[8].wrapping_add(1);
    assert!(matches!(
        Model::from_bytes(&wrong_version),
        Err(ParseError::ModelVersion { .. })
    ));
    assert!(Model::from_bytes(b"").is_err());
}
