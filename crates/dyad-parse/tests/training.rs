//! End-to-end training on a tiny invented treebank, determinism, model
//! round trips and error reporting. Never reads /work/shared.

use std::path::{Path, PathBuf};

use dyad_parse::{evaluate, train, train_treebanks, Model, ParseError, TrainOptions, Treebank};

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

/// A second invented treebank with its own lemma convention for
/// `protesters` and a word the first one lacks.
const SECOND: &str = "# text = Protesters resumed .
1\tProtesters\tprotesters\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tresumed\tresume\tVERB\tVBD\t_\t0\troot\t_\t_
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = Geese flew south .
1\tGeese\tgoose\tNOUN\tNNS\t_\t2\tnsubj\t_\t_
2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_
3\tsouth\tsouth\tADV\tRB\t_\t2\tadvmod\t_\t_
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

";

#[test]
fn several_treebanks_train_one_model() {
    let first_dir = temp_path("first");
    let second_dir = temp_path("second");
    for dir in [&first_dir, &second_dir] {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::copy(tiny(), first_dir.join("xx_first-ud-train.conllu")).unwrap();
    std::fs::write(second_dir.join("xx_second-ud-train.conllu"), SECOND).unwrap();
    std::fs::write(second_dir.join("xx_second-ud-dev.conllu"), SECOND).unwrap();

    let held_out = Treebank::from_dir(&second_dir, true).unwrap();
    assert_eq!(held_out.name, "xx_second");
    assert_eq!(held_out.train, vec![second_dir.join("xx_second-ud-train.conllu")]);
    assert_eq!(held_out.dev, Some(second_dir.join("xx_second-ud-dev.conllu")));
    let both = Treebank::from_dir(&second_dir, false).unwrap();
    assert_eq!(both.train.len(), 2);
    assert_eq!(both.dev, None);
    let missing = Treebank::from_dir(&temp_path("nowhere"), false).unwrap_err();
    assert!(matches!(missing, ParseError::Io { .. }), "{missing}");

    let treebanks = [Treebank::from_dir(&first_dir, false).unwrap(), held_out];
    let mut messages = Vec::new();
    let model = train_treebanks(&treebanks, &[], &small_options(), &mut |m| {
        messages.push(m.to_string())
    })
    .unwrap();
    assert!(
        messages.iter().any(|m| m.contains("xx_second dev UAS")),
        "progress reports the held-out dev set: {messages:?}"
    );
    let again = train_treebanks(&treebanks, &[], &small_options(), &mut |_| {}).unwrap();
    assert_eq!(model.to_bytes(), again.to_bytes(), "deterministic");
    // The first treebank's lemma (`protester`) wins; the second adds `goose`.
    let analysis = model.analyze(&["Protesters", "resumed", "."]);
    assert_eq!(analysis[0].lemma, "protester");
    assert_eq!(model.analyze(&["Geese", "flew", "."])[0].lemma, "goose");
    for dir in [&first_dir, &second_dir] {
        std::fs::remove_dir_all(dir).ok();
    }
}
