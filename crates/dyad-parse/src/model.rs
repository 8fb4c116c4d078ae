//! The model: tagger, lemmatizer and parser in one file, and sentence
//! analysis.

use std::cell::RefCell;
use std::io::{Read, Write};
use std::path::Path;

use crate::binio::{ByteReader, ByteWriter};
use crate::clusters::Clusters;
use crate::error::{ParseError, Result};
use crate::lemma::Lemmatizer;
use crate::parser::{ParseScratch, Parser};
use crate::tagger::{TagBuffers, Tagger};
use crate::upos::Upos;
use crate::words::{word_info, WordInfo, ROOT, UNKNOWN_AMBIGUITY};
use dyad_core::TagHint;

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"DYADMODL";
/// Version of the model format this build reads and writes.
pub const FORMAT_VERSION: u32 = 4;

/// Key of the root token's tag in parser features.
pub(crate) const ROOT_TAG: u64 = 0x524f_4f54_5441_4700;

/// Analysis of one word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordAnalysis {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: &'static str,
    /// Lemma.
    pub lemma: String,
    /// Index of the head word in the sentence (0-based); `None` for the
    /// root of the sentence.
    pub head: Option<usize>,
    /// Universal Dependencies relation to the head (`root` for the root).
    pub deprel: &'static str,
}

/// A trained tagger, lemmatizer and parser.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) clusters: Clusters,
    pub(crate) tagger: Tagger,
    pub(crate) lemmatizer: Lemmatizer,
    pub(crate) parser: Parser,
}

#[derive(Default)]
struct Scratch {
    infos: Vec<WordInfo>,
    lowers: Vec<String>,
    tags: Vec<u8>,
    first_tags: Vec<u8>,
    tag_buffers: TagBuffers,
    parse: ParseScratch,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Model {
    /// Loads a model from the bytes of a `.dyadm` file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let payload = decode_container(bytes)?;
        let mut input = ByteReader::new(&payload);
        let clusters = Clusters::read(&mut input)?;
        let tagger = Tagger::read(&mut input)?;
        let lemmatizer = Lemmatizer::read(&mut input)?;
        let parser = crate::parser::Parser::read(&mut input)?;
        if !input.is_done() {
            return Err(ParseError::InvalidModel("trailing bytes".into()));
        }
        Ok(Model {
            clusters,
            tagger,
            lemmatizer,
            parser,
        })
    }

    /// Loads a model file.
    pub fn load(path: &Path) -> Result<Model> {
        let bytes = std::fs::read(path).map_err(|source| ParseError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes)
    }

    /// The bytes of the model file (deterministic for a given model).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = ByteWriter::default();
        self.clusters.write(&mut out);
        self.tagger.write(&mut out);
        self.lemmatizer.write(&mut out);
        self.parser.write(&mut out);
        encode_container(&out.into_bytes())
    }

    /// Writes the model file.
    pub fn save(&self, path: &Path) -> Result<()> {
        std::fs::write(path, self.to_bytes()).map_err(|source| ParseError::Io {
            path: path.to_path_buf(),
            source,
        })
    }

    /// The word cluster of `word` as its path of `0`s and `1`s from the
    /// root of the cluster tree, if the word has one.
    pub fn word_cluster(&self, word: &str) -> Option<String> {
        let info = word_info(word, &mut String::new(), |_| None);
        self.clusters.path(info.norm)
    }

    /// A one-line summary of the model's size.
    pub fn summary(&self) -> String {
        let (tf, tw, td) = self.tagger.sizes();
        let (le, ls) = self.lemmatizer.sizes();
        let (pf, pw, pm) = self.parser.sizes();
        let (cw, cl) = self.clusters.sizes();
        format!(
            "clusters: {cw} words in {cl} leaves; tagger: {tf} features, {tw} weights, {td} dictionary words; \
             lemmatizer: {le} exceptions, {ls} suffix rules; parser: {pf} features, {pw} weights, {pm} moves"
        )
    }

    /// A copy with tagger and parser weights of quantised magnitude below
    /// the given minimums dropped (smaller, faster, slightly less accurate).
    pub fn pruned(&self, tagger_min: i16, parser_min: i16) -> Model {
        Model {
            clusters: self.clusters.clone(),
            tagger: self.tagger.pruned(tagger_min),
            lemmatizer: self.lemmatizer.clone(),
            parser: self.parser.pruned(parser_min),
        }
    }

    /// Tags, lemmatises and parses one sentence of words.
    pub fn analyze(&self, words: &[&str]) -> Vec<WordAnalysis> {
        self.analyze_hinted(words, &[])
    }

    /// Like [`Model::analyze`], with one [`TagHint`] per word, for edited
    /// prose such as news: with hints, a sentence ending in a full stop
    /// gets a finite verb even where the tagger saw none.
    pub fn analyze_hinted(&self, words: &[&str], hints: &[TagHint]) -> Vec<WordAnalysis> {
        self.analyze_line(words, hints, false)
    }

    /// Like [`Model::analyze_hinted`] for a headline: set in title case or
    /// capitals (`Minister Apologizes To Turkey`), it is tagged like a
    /// sentence (see `uncapitalise_headline`).
    pub fn analyze_headline(&self, words: &[&str], hints: &[TagHint]) -> Vec<WordAnalysis> {
        self.analyze_line(words, hints, true)
    }

    fn analyze_line(&self, words: &[&str], hints: &[TagHint], headline: bool) -> Vec<WordAnalysis> {
        SCRATCH.with(|cell| match cell.try_borrow_mut() {
            Ok(mut scratch) => self.analyze_with(words, hints, headline, &mut scratch),
            Err(_) => self.analyze_with(words, hints, headline, &mut Scratch::default()),
        })
    }

    fn analyze_with(
        &self,
        words: &[&str],
        hints: &[TagHint],
        headline: bool,
        scratch: &mut Scratch,
    ) -> Vec<WordAnalysis> {
        if words.is_empty() {
            return Vec::new();
        }
        self.word_infos(words, scratch);
        let lowered = if headline {
            self.uncapitalise_headline(words, hints, scratch)
        } else {
            vec![false; words.len()]
        };
        let Scratch {
            infos,
            lowers,
            tags,
            first_tags,
            tag_buffers,
            parse,
        } = scratch;
        self.tagger.tag(infos, hints, tags, first_tags, tag_buffers);
        let tagset = self.tagger.tagset();
        parse.tokens.words.clear();
        parse.tokens.tags.clear();
        parse.tokens.clusters.clear();
        parse.is_punct.clear();
        parse.tokens.words.push(ROOT.norm);
        parse.tokens.tags.push(ROOT_TAG);
        parse.tokens.clusters.push(ROOT.clusters);
        parse.is_punct.push(false);
        for (info, &tag) in infos.iter().zip(tags.iter()) {
            parse.tokens.words.push(info.norm);
            parse.tokens.tags.push(tag as u64);
            parse.tokens.clusters.push(info.clusters);
            parse.is_punct.push(tagset.upos(tag) == Upos::Punct);
        }
        parse.tokens.count_punctuation(&parse.is_punct);
        self.parser.parse(parse);
        words
            .iter()
            .enumerate()
            .map(|(i, form)| {
                let tag = tags[i];
                let xpos = tagset.xpos(tag);
                let head = parse.head(i + 1) as usize;
                WordAnalysis {
                    upos: tagset.upos(tag),
                    xpos,
                    lemma: {
                        let form = if lowered[i] { lowers[i].as_str() } else { form };
                        self.lemmatizer.lemmatize(form, &lowers[i], infos[i].lower, xpos)
                    },
                    head: head.checked_sub(1),
                    deprel: self.parser.label_name(parse.label(i + 1)),
                }
            })
            .collect()
    }

    /// In a headline set in title case or capitals (`Minister Apologizes To
    /// Turkey`), a capitalised word that training never saw as written, or
    /// a short function word after the first, is tagged as its lower-case
    /// form unless the dictionaries mark it as a name. Says which words
    /// were.
    fn uncapitalise_headline(&self, words: &[&str], hints: &[TagHint], scratch: &mut Scratch) -> Vec<bool> {
        let mut lowered = vec![false; words.len()];
        if !is_headline_case(words) {
            return lowered;
        }
        let mut lower = String::new();
        for (i, word) in words.iter().enumerate() {
            let info = scratch.infos[i];
            let name = hints.get(i) == Some(&TagHint::Name);
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let function_word = i > 0 && SMALL_WORDS.contains(&scratch.lowers[i].as_str());
            if !capital || name || !(function_word || info.form_ambiguity == UNKNOWN_AMBIGUITY) {
                continue;
            }
            let small = scratch.lowers[i].clone();
            let mut info = word_info(&small, &mut lower, |h| self.tagger.ambiguity_of(h));
            info.clusters = self.clusters.of(info.norm);
            scratch.infos[i] = info;
            lowered[i] = true;
        }
        lowered
    }

    fn word_infos(&self, words: &[&str], scratch: &mut Scratch) {
        scratch.infos.clear();
        if scratch.lowers.len() < words.len() {
            scratch.lowers.resize(words.len(), String::new());
        }
        for (word, lower) in words.iter().zip(scratch.lowers.iter_mut()) {
            let mut info = word_info(word, lower, |h| self.tagger.ambiguity_of(h));
            info.clusters = self.clusters.of(info.norm);
            scratch.infos.push(info);
        }
    }
}

/// Wraps the payload in the container: magic, version, payload size and
/// the payload as stored (uncompressed) deflate blocks. Most of the
/// payload is hashed feature keys, which do not compress, and inflating
/// compressed blocks took a third of the load time.
fn encode_container(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + payload.len() / 1000 + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    let mut encoder = flate2::write::DeflateEncoder::new(out, flate2::Compression::none());
    encoder.write_all(payload).expect("writing to a Vec cannot fail");
    encoder.finish().expect("writing to a Vec cannot fail")
}

fn decode_container(bytes: &[u8]) -> Result<Vec<u8>> {
    if bytes.len() < 20 || &bytes[..8] != MAGIC {
        return Err(ParseError::InvalidModel(
            "not a dyad model file (bad magic)".into(),
        ));
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version != FORMAT_VERSION {
        return Err(ParseError::ModelVersion {
            found: version,
            expected: FORMAT_VERSION,
        });
    }
    let mut size = [0u8; 8];
    size.copy_from_slice(&bytes[12..20]);
    let size = u64::from_le_bytes(size);
    if size > 1 << 32 {
        return Err(ParseError::InvalidModel("implausible payload size".into()));
    }
    let mut payload = Vec::with_capacity(size as usize);
    flate2::read::DeflateDecoder::new(&bytes[20..])
        .take(size)
        .read_to_end(&mut payload)
        .map_err(|e| ParseError::InvalidModel(format!("corrupt compressed data: {e}")))?;
    if payload.len() as u64 != size {
        return Err(ParseError::InvalidModel("truncated compressed data".into()));
    }
    Ok(payload)
}

/// Short function words that title case capitalises.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "as", "over", "from",
    "into", "after", "amid", "against",
];

/// True for a line in title case or capitals: at least three words of
/// letters, and at least four in five of those that are not short function
/// words begin with a capital.
fn is_headline_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_alphabetic)
                && !SMALL_WORDS.contains(&w.to_lowercase().as_str())
        })
        .collect();
    let capitals = lettered
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    lettered.len() >= 3 && capitals * 5 >= lettered.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_magic_and_version() {
        assert!(matches!(
            Model::from_bytes(b"not a model at all, really"),
            Err(ParseError::InvalidModel(_))
        ));
        let mut bytes = encode_container(b"payload");
        bytes[8] = 99;
        match Model::from_bytes(&bytes) {
            Err(ParseError::ModelVersion { found: 99, expected }) => assert_eq!(expected, FORMAT_VERSION),
            other => panic!("expected a version error, got {other:?}"),
        }
        let bytes = encode_container(b"payload");
        assert!(matches!(
            Model::from_bytes(&bytes),
            Err(ParseError::InvalidModel(_))
        ));
    }
}
