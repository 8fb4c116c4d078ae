//! End-to-end training: tagger (with jackknifing for the parser's
//! training tags), lemmatizer and parser.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::clusters::{ClusterSettings, Clusters};
use crate::conllu::{self, Sentence};
use crate::error::{ParseError, Result};
use crate::intern::intern;
use crate::lemma::Lemmatizer;
use crate::model::{Model, ROOT_TAG};
use crate::parser::train::{self as parser_training, ParserExample, ParserTraining};
use crate::parser::{self, GoldTree, Tokens};
use crate::tagger::train::{train_tagger, TaggerTraining};
use crate::tagger::{TagBuffers, TagSet, Tagger};
use crate::upos::Upos;
use crate::words::{word_info, ROOT};

/// Settings of [`train`].
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    /// Parser epochs.
    pub epochs: usize,
    /// Tagger epochs.
    pub tagger_epochs: usize,
    /// Seed of all randomness (shuffling, exploration).
    pub seed: u64,
    /// Folds for jackknife tagging of the parser's training data and of
    /// the tagger's own second pass (0 or 1: tag the training data with
    /// the final tagger, which then has a single pass).
    pub jackknife_folds: usize,
    /// Threads for the tagger runs (results do not depend on it).
    pub threads: usize,
    /// Probability that the parser follows its own wrong predictions
    /// during training, from the second epoch on.
    pub explore_probability: f64,
    /// Tagger weights with a smaller quantised magnitude are pruned.
    pub tagger_min_weight: i16,
    /// Parser weights with a smaller quantised magnitude are pruned.
    pub parser_min_weight: i16,
    /// Word clusters learned from the training text (0: none).
    pub clusters: usize,
    /// Words seen fewer times in the training text get no cluster.
    pub cluster_min_count: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 12,
            tagger_epochs: 10,
            seed: 1,
            jackknife_folds: 4,
            threads: 2,
            explore_probability: 0.9,
            tagger_min_weight: 64,
            parser_min_weight: 384,
            clusters: 256,
            cluster_min_count: 3,
        }
    }
}

/// The files of one treebank for [`train_treebanks`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Treebank {
    /// Short name used in progress messages (`en_ewt`, `en_gum`).
    pub name: String,
    /// CoNLL-U files the model learns from, read in order.
    pub train: Vec<PathBuf>,
    /// A CoNLL-U file used only to report progress (held-out dev set).
    pub dev: Option<PathBuf>,
}

impl Treebank {
    /// The treebank in a UD directory: its `*-ud-train.conllu` file and,
    /// unless `hold_out_dev`, its `*-ud-dev.conllu` file to learn from;
    /// with `hold_out_dev` the dev file reports progress instead. The
    /// name is the file name's part before `-ud-` (`en_gum`).
    pub fn from_dir(dir: &Path, hold_out_dev: bool) -> Result<Treebank> {
        let io = |source| ParseError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(io)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .map_err(io)?;
        files.sort();
        let find = |suffix: &str| {
            files
                .iter()
                .find(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with(suffix))
                })
                .cloned()
        };
        let Some(train) = find("-ud-train.conllu") else {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no *-ud-train.conllu file",
            )));
        };
        let name = train
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.split("-ud-").next())
            .unwrap_or("ud")
            .to_string();
        let dev = find("-ud-dev.conllu");
        Ok(match dev {
            Some(dev) if !hold_out_dev => Treebank {
                name,
                train: vec![train, dev],
                dev: None,
            },
            dev => Treebank {
                name,
                train: vec![train],
                dev,
            },
        })
    }
}

/// Trains a model on the sentences of the CoNLL-U files `train`, read in
/// order; `dev`, if given, is used only to report progress.
pub fn train(train: &[&Path], dev: Option<&Path>, opts: &TrainOptions) -> Result<Model> {
    train_with_progress(train, dev, opts, &mut |_| {})
}

/// Like [`train`], calling `progress` with a message after each step.
pub fn train_with_progress(
    train_paths: &[&Path],
    dev_path: Option<&Path>,
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<Model> {
    let treebank = Treebank {
        name: "dev".into(),
        train: train_paths.iter().map(|p| p.to_path_buf()).collect(),
        dev: dev_path.map(Path::to_path_buf),
    };
    train_treebanks(std::slice::from_ref(&treebank), &[], opts, progress)
}

/// Trains one model on the training files of several treebanks (their
/// sentences in the order given), reporting tagger and parser scores on
/// each treebank's dev file after each step. The first treebank's lemmas
/// win where treebanks disagree on a word (their conventions differ:
/// GUM lemmatises `people` as `person`, EWT keeps `people`). The word
/// clusters learn from the treebanks' training words and from
/// `cluster_text`, tokenized sentences of unannotated text.
pub fn train_treebanks(
    treebanks: &[Treebank],
    cluster_text: &[Vec<String>],
    opts: &TrainOptions,
    progress: &mut dyn FnMut(&str),
) -> Result<Model> {
    let started = Instant::now();
    let mut report =
        |message: String| progress(&format!("[{:7.1}s] {message}", started.elapsed().as_secs_f64()));
    let Some(train_path) = treebanks.iter().flat_map(|t| t.train.first()).next() else {
        return Err(ParseError::EmptyTrainingData("(no training files)".into()));
    };
    let mut train = Vec::new();
    // Which treebank (index into `treebanks`) each training sentence is from.
    let mut sources = Vec::new();
    let mut devs: Vec<(&str, Vec<Sentence>)> = Vec::new();
    for (index, treebank) in treebanks.iter().enumerate() {
        for path in &treebank.train {
            let sentences = conllu::read_file(path)?;
            sources.extend(std::iter::repeat_n(index, sentences.len()));
            train.extend(sentences);
        }
        if let Some(dev) = &treebank.dev {
            devs.push((&treebank.name, conllu::read_file(dev)?));
        }
    }
    if train.is_empty() {
        return Err(ParseError::EmptyTrainingData(train_path.to_path_buf()));
    }
    let dev_sizes: Vec<String> = devs
        .iter()
        .map(|(name, s)| format!("{} {name}", s.len()))
        .collect();
    report(format!(
        "read {} training and {} dev sentences",
        train.len(),
        if dev_sizes.is_empty() {
            "0".to_string()
        } else {
            dev_sizes.join(" + ")
        }
    ));
    let clusters = learn_clusters(&train, cluster_text, opts);
    if opts.clusters > 0 {
        let (words, leaves) = clusters.sizes();
        report(format!("learned {leaves} word clusters of {words} words"));
    }
    let tagset = build_tagset(&train, train_path)?;
    let gold_tags: Vec<Vec<u8>> = train.iter().map(|s| tag_ids(&tagset, s)).collect();
    let forms: Vec<Vec<&str>> = train.iter().map(Sentence::forms).collect();
    let settings = TaggerTraining {
        epochs: opts.tagger_epochs,
        seed: opts.seed,
        min_quantised: opts.tagger_min_weight,
    };
    let (tagger, train_tags) = train_taggers(
        &clusters,
        &tagset,
        &forms,
        &gold_tags,
        settings,
        opts,
        &mut report,
    );
    for (name, dev) in &devs {
        let (correct, total) = tag_accuracy(&tagger, &clusters, dev);
        report(format!(
            "tagger {name} dev accuracy (joint UPOS+XPOS) {:.2}%",
            100.0 * correct as f64 / total as f64
        ));
    }
    let lemmatizer = Lemmatizer::train_ranked(train.iter().zip(&sources).flat_map(|(s, &rank)| {
        s.words
            .iter()
            .map(move |w| (rank, w.form.as_str(), w.xpos.as_str(), w.lemma.as_str()))
    }));
    report("trained lemmatizer".into());
    let labels = relation_labels(&train);
    let train_examples: Vec<ParserExample> = train
        .iter()
        .zip(&train_tags)
        .filter_map(|(s, tags)| parser_example(&clusters, &tagset, &labels, s, tags, true))
        .collect();
    let dev_examples: Vec<(&str, Vec<ParserExample>)> = devs
        .iter()
        .map(|(name, dev)| {
            let examples = dev
                .iter()
                .filter_map(|s| {
                    let tags = tag_sentence(&tagger, &clusters, s);
                    parser_example(&clusters, &tagset, &labels, s, &tags, false)
                })
                .collect();
            (*name, examples)
        })
        .collect();
    let parser_settings = ParserTraining {
        epochs: opts.epochs,
        seed: opts.seed.wrapping_add(7),
        explore_from_epoch: 1,
        explore_probability: opts.explore_probability,
        min_quantised: opts.parser_min_weight,
    };
    let parser = parser_training::train_parser(
        labels,
        &train_examples,
        &dev_examples,
        parser_settings,
        &mut report,
    )
    .ok_or_else(|| ParseError::Conllu {
        path: train_path.display().to_string(),
        line: 1,
        message: "no `root` relation in training data".into(),
    })?;
    report("trained parser".into());
    Ok(Model {
        clusters,
        tagger,
        lemmatizer,
        parser,
    })
}

/// Word clusters of the training sentences' words (parser `norm` keys).
fn learn_clusters(train: &[Sentence], text: &[Vec<String>], opts: &TrainOptions) -> Clusters {
    if opts.clusters == 0 {
        return Clusters::default();
    }
    let mut lower = String::new();
    let mut norm = |w: &str| word_info(w, &mut lower, |_| None).norm;
    let mut sentences: Vec<Vec<u64>> = train
        .iter()
        .map(|s| s.words.iter().map(|w| norm(&w.form)).collect())
        .collect();
    sentences.extend(
        text.iter()
            .filter(|s| !s.is_empty())
            .map(|s| s.iter().map(|w| norm(w)).collect()),
    );
    Clusters::learn(
        &sentences,
        ClusterSettings {
            clusters: opts.clusters,
            min_count: opts.cluster_min_count,
        },
    )
}

fn build_tagset(train: &[Sentence], path: &Path) -> Result<TagSet> {
    let mut tagset = TagSet::default();
    for sentence in train {
        for (offset, word) in sentence.words.iter().enumerate() {
            let upos = Upos::from_name(&word.upos).unwrap_or(Upos::X);
            if tagset.intern(upos, &word.xpos).is_none() {
                return Err(ParseError::Conllu {
                    path: path.display().to_string(),
                    line: sentence.line + sentence.comments.len() + offset,
                    message: "more than 250 distinct UPOS+XPOS pairs".into(),
                });
            }
        }
    }
    Ok(tagset)
}

fn tag_ids(tagset: &TagSet, sentence: &Sentence) -> Vec<u8> {
    sentence
        .words
        .iter()
        .map(|w| {
            let upos = Upos::from_name(&w.upos).unwrap_or(Upos::X);
            tagset.find(upos, &w.xpos).unwrap_or(0)
        })
        .collect()
}

/// Sentences, gold tags, first-pass tags (for a second pass) and seed
/// of one tagger training run.
type Job<'a> = (Vec<Vec<&'a str>>, Vec<Vec<u8>>, Option<Vec<Vec<u8>>>, u64);

/// Trains the final tagger and, for jackknifing, one tagger per fold;
/// returns the final tagger and predicted tags for every training
/// sentence. With jackknifing (two or more folds), each tagger also gets
/// a second pass, trained on the jackknifed first-pass tags.
fn train_taggers(
    clusters: &Clusters,
    tagset: &TagSet,
    forms: &[Vec<&str>],
    gold: &[Vec<u8>],
    settings: TaggerTraining,
    opts: &TrainOptions,
    report: &mut dyn FnMut(String),
) -> (Tagger, Vec<Vec<u8>>) {
    let folds = if opts.jackknife_folds >= 2 {
        opts.jackknife_folds
    } else {
        0
    };
    let two_pass = folds >= 2;
    let first = run_jobs(
        clusters,
        tagset,
        fold_jobs(forms, gold, None, folds, settings.seed),
        settings,
        opts,
        report,
    );
    let (mut final_tagger, mut fold_taggers) = split_first(first);
    if two_pass {
        let lookahead = jackknife_tags(clusters, &final_tagger, &fold_taggers, forms, folds);
        let seed = settings.seed.wrapping_add(1000);
        let jobs = fold_jobs(forms, gold, Some(&lookahead), folds, seed);
        let (final_second, fold_seconds) =
            split_first(run_jobs(clusters, tagset, jobs, settings, opts, report));
        final_tagger = final_tagger.with_second(final_second);
        fold_taggers = fold_taggers
            .into_iter()
            .zip(fold_seconds)
            .map(|(first, second)| first.with_second(second))
            .collect();
    }
    let predicted = jackknife_tags(clusters, &final_tagger, &fold_taggers, forms, folds);
    (final_tagger, predicted)
}

fn split_first(mut taggers: Vec<Tagger>) -> (Tagger, Vec<Tagger>) {
    let first = taggers.remove(0);
    (first, taggers)
}

/// The training run on all sentences, then one per fold leaving the fold
/// out.
fn fold_jobs<'a>(
    forms: &[Vec<&'a str>],
    gold: &[Vec<u8>],
    lookahead: Option<&Vec<Vec<u8>>>,
    folds: usize,
    seed: u64,
) -> Vec<Job<'a>> {
    let mut jobs: Vec<Job> = vec![(forms.to_vec(), gold.to_vec(), lookahead.cloned(), seed)];
    for fold in 0..folds {
        let kept: Vec<usize> = (0..forms.len()).filter(|i| i % folds != fold).collect();
        let f = kept.iter().map(|&i| forms[i].clone()).collect();
        let g = kept.iter().map(|&i| gold[i].clone()).collect();
        let l = lookahead.map(|l| kept.iter().map(|&i| l[i].clone()).collect());
        jobs.push((f, g, l, seed.wrapping_add(fold as u64 + 1)));
    }
    jobs
}

fn run_jobs(
    clusters: &Clusters,
    tagset: &TagSet,
    jobs: Vec<Job>,
    settings: TaggerTraining,
    opts: &TrainOptions,
    report: &mut dyn FnMut(String),
) -> Vec<Tagger> {
    let mut taggers: Vec<Tagger> = Vec::with_capacity(jobs.len());
    for batch in jobs.chunks(opts.threads.max(1)) {
        let trained: Vec<Tagger> = std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .iter()
                .map(|(f, g, l, seed)| {
                    let settings = TaggerTraining {
                        seed: *seed,
                        ..settings
                    };
                    scope.spawn(move || {
                        train_tagger(clusters, tagset, f, g, l.as_deref(), settings, &mut |_| {})
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().expect("tagger thread panicked"))
                .collect()
        });
        taggers.extend(trained);
        report(format!("trained {}/{} taggers", taggers.len(), jobs.len()));
    }
    taggers
}

/// Tags every sentence with the tagger that did not see it in training.
fn jackknife_tags(
    clusters: &Clusters,
    final_tagger: &Tagger,
    fold_taggers: &[Tagger],
    forms: &[Vec<&str>],
    folds: usize,
) -> Vec<Vec<u8>> {
    (0..forms.len())
        .map(|i| {
            let tagger = if folds == 0 {
                final_tagger
            } else {
                &fold_taggers[i % folds]
            };
            tag_forms(tagger, clusters, &forms[i])
        })
        .collect()
}

fn tag_forms(tagger: &Tagger, clusters: &Clusters, forms: &[&str]) -> Vec<u8> {
    let mut lower = String::new();
    let infos: Vec<_> = forms
        .iter()
        .map(|w| {
            let mut info = word_info(w, &mut lower, |h| tagger.ambiguity_of(h));
            info.clusters = clusters.of(info.norm);
            info
        })
        .collect();
    let mut tags = Vec::new();
    tagger.tag_exhaustively(&infos, &mut tags, &mut TagBuffers::default());
    tags
}

fn tag_sentence(tagger: &Tagger, clusters: &Clusters, sentence: &Sentence) -> Vec<u8> {
    tag_forms(tagger, clusters, &sentence.forms())
}

fn tag_accuracy(tagger: &Tagger, clusters: &Clusters, sentences: &[Sentence]) -> (usize, usize) {
    let tagset = tagger.tagset();
    let (mut correct, mut total) = (0, 0);
    for sentence in sentences {
        for (tag, word) in tag_sentence(tagger, clusters, sentence)
            .iter()
            .zip(&sentence.words)
        {
            total += 1;
            correct += (tagset.upos(*tag).as_str() == word.upos && tagset.xpos(*tag) == word.xpos) as usize;
        }
    }
    (correct, total.max(1))
}

fn relation_labels(train: &[Sentence]) -> Vec<&'static str> {
    let mut labels: Vec<&'static str> = train
        .iter()
        .flat_map(|s| s.words.iter())
        .filter(|w| w.head.is_some() && w.deprel != "_")
        .map(|w| intern(&w.deprel))
        .collect();
    labels.push("root");
    labels.sort_unstable();
    labels.dedup();
    labels.truncate(126);
    labels
}

fn parser_example(
    clusters: &Clusters,
    tagset: &TagSet,
    labels: &[&'static str],
    sentence: &Sentence,
    tags: &[u8],
    projective: bool,
) -> Option<ParserExample> {
    let mut heads = vec![u32::MAX];
    let mut label_ids = vec![0u8];
    for word in &sentence.words {
        heads.push(word.head? as u32);
        label_ids.push(labels.iter().position(|&l| l == word.deprel)? as u8);
    }
    if projective {
        parser::projectivize_heads(&mut heads);
    }
    let mut lower = String::new();
    let mut tokens = Tokens {
        words: vec![ROOT.norm],
        tags: vec![ROOT_TAG],
        punct_before: Vec::new(),
        clusters: vec![ROOT.clusters],
    };
    let mut is_punct = vec![false];
    for (word, &tag) in sentence.words.iter().zip(tags) {
        let norm = word_info(&word.form, &mut lower, |_| None).norm;
        tokens.words.push(norm);
        tokens.clusters.push(clusters.of(norm));
        tokens.tags.push(tag as u64);
        is_punct.push(tagset.upos(tag) == Upos::Punct);
    }
    tokens.count_punctuation(&is_punct);
    Some(ParserExample {
        tokens,
        is_punct,
        gold: GoldTree {
            heads,
            labels: label_ids,
        },
    })
}
