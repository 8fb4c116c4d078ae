#!/usr/bin/env python3
"""Peer measurement for BENCHMARKS.md: spaCy's rule-based English tokenizer
plus its sentencizer over the same corpus dyad's text benchmark reads.

    python3 scripts/bench_peer_spacy_text.py ../shared/data/news/bbc-2005

Prints MB/s over the whole corpus (best of 3 passes), one process, one core.
"""
import pathlib
import sys
import time

import spacy


def main() -> None:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/news/bbc-2005")
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.txt"))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
        best = min(best, time.perf_counter() - start)
    print(f"spacy {spacy.__version__} blank('en') + sentencizer: {len(texts)} files, "
          f"{size / 1e6:.1f} MB, {sentences} sentences, best {best:.3f} s = {size / 1e6 / best:.1f} MB/s")


if __name__ == "__main__":
    main()
