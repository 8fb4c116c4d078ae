#!/usr/bin/env python3
"""Side-by-side comparison of dyad with PETRARCH2 (issue 5).

This script neither builds, downloads nor contains PETRARCH2: run PETRARCH2
yourself and pass its event file here.

Two steps:

  compare_petrarch.py to-jsonl SAMPLE.PETR.xml OUT.jsonl
      One dyad JSONL article per <Sentence>: {"id", "published", "text"},
      the <Text> with its line breaks folded into single spaces and the
      date attribute YYYYMMDD written as YYYY-MM-DD. A sentence whose
      <Text> is empty gets the words of its <Parse> instead (detokenized);
      with --text-from auto, so does one whose <Text> has other words than
      its <Parse> (the sample file has such sentences; PETRARCH2 codes the
      parse, so this gives both systems the same words). A repeated sentence id
      keeps its last occurrence, as PETRARCH2's XML reader does (it files
      sentences in a dict by id).

  compare_petrarch.py compare SAMPLE.PETR.xml PETR_EVENTS DYAD_EVENTS.jsonl
      PETR_EVENTS is a PETRARCH2 event file (tab-separated: date, source,
      target, code, issues, sentence ids joined by ';', ...). Note that
      PETRARCH2's own writer keeps one copy of an event per *story* and
      credits it to the last sentence, so for a per-sentence comparison
      give it the events of each sentence before that filter, in the same
      columns. DYAD_EVENTS is the output of `dyad code`.

Matching rule: an event is reduced to the key (sentence id, first 3
characters of the source code, first 3 characters of the target code, first
2 digits of the CAMEO code). Keys are sets per sentence (two events that
reduce to the same key count once). An event of one system agrees when the
other system has the same key for the same sentence. dyad events without a
target are counted but can never agree (PETRARCH2's default require_dyad
drops them); they are left out of the dyadic figures.
"""

import argparse
import json
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict


def read_sentences(xml_path, text_from="text"):
    """Sentence id -> {date, text}, in file order, last occurrence wins."""
    raw = open(xml_path, encoding="utf-8").read()
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    root = ET.fromstring(raw.strip())
    out = OrderedDict()
    dups = []
    for s in root.iter("Sentence"):
        sid = s.attrib["id"].strip()
        date = s.attrib["date"].strip()
        text = " ".join((s.findtext("Text") or "").split())
        parse_text = detokenize(leaves(s.findtext("Parse") or ""))
        same = re.sub(r"[\W_]", "", text.lower()) == re.sub(r"[\W_]", "", parse_text.lower())
        from_parse = False
        if not text or (text_from == "auto" and not same) or text_from == "parse":
            text, from_parse = parse_text, True
        if sid in out:
            dups.append(sid)
            del out[sid]
        out[sid] = {"date": f"{date[:4]}-{date[4:6]}-{date[6:8]}", "text": text,
                    "from_parse": from_parse, "text_matches_parse": same}
    return out, dups


BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
            "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"'}


def leaves(parse):
    """The words of a Treebank parse, in order."""
    return [BRACKETS.get(w, w) for w in re.findall(r"\(\S+ ([^()\s]+)\)", parse)]


def detokenize(words):
    """Plain text from Treebank tokens, for sentences whose <Text> is empty."""
    text = " ".join(words)
    text = re.sub(r" ([.,:;?!%)\]}]|'s|'re|'ve|'ll|'d|n't)(?=\s|$)", r"\1", text)
    return re.sub(r"([(\[{$]) ", r"\1", text)


def to_jsonl(args):
    sents, dups = read_sentences(args.xml, args.text_from)
    with open(args.out, "w", encoding="utf-8") as f:
        for sid, s in sents.items():
            f.write(json.dumps({"id": sid, "published": s["date"], "text": s["text"]},
                               ensure_ascii=False) + "\n")
    for sid, s in sents.items():
        if s["from_parse"]:
            print(f"note: {sid}: used the words of its parse", file=sys.stderr)
        elif not s["text_matches_parse"]:
            print(f"note: {sid}: <Text> and <Parse> have different words; used <Text>", file=sys.stderr)
    for d in dups:
        print(f"warning: sentence id {d} repeated; kept the last one", file=sys.stderr)
    print(f"{len(sents)} sentences -> {args.out}", file=sys.stderr)


def key(src, tgt, code):
    return (src[:3], tgt[:3], code[:2])


def read_petrarch(path):
    ev = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        if len(c) < 6 or not c[3].strip():
            continue
        for sid in c[5].split(";"):
            ev[sid.strip()].append({"source": c[1], "target": c[2], "cameo": c[3]})
    return ev


def read_dyad(path):
    ev = defaultdict(list)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        e = json.loads(line)
        ev[e["article"]].append({
            "source": (e.get("source") or {}).get("code") or "---",
            "target": (e.get("target") or {}).get("code"),
            "cameo": e["cameo"], "mode": e.get("mode"), "rule": e.get("rule"),
            "trigger": e.get("trigger"),
        })
    return ev


def compare(args):
    sents, _ = read_sentences(args.xml, args.text_from)
    if args.ids:
        sents = OrderedDict((k, v) for k, v in sents.items() if re.match(args.ids, k))
    pet = read_petrarch(args.petrarch)
    dy = read_dyad(args.dyad)
    unknown = (set(pet) | set(dy)) - set(sents)
    if unknown and not args.ids:
        print(f"warning: events for unknown sentence ids: {sorted(unknown)}", file=sys.stderr)

    tot = defaultdict(int)
    rows = []
    disagreements = []
    for sid in sents:
        p_raw, d_raw = pet.get(sid, []), dy.get(sid, [])
        d_dyadic = [e for e in d_raw if e["target"]]
        pk = OrderedDict((key(e["source"], e["target"], e["cameo"]), e) for e in p_raw)
        dk = OrderedDict((key(e["source"], e["target"], e["cameo"]), e) for e in d_dyadic)
        common = [k for k in pk if k in dk]
        tot["sentences"] += 1
        tot["petrarch_events"] += len(p_raw)
        tot["dyad_events"] += len(d_raw)
        tot["dyad_targetless"] += len(d_raw) - len(d_dyadic)
        tot["petrarch_keys"] += len(pk)
        tot["dyad_keys"] += len(dk)
        tot["common_keys"] += len(common)
        tot["petrarch_sentences"] += bool(p_raw)
        tot["dyad_sentences"] += bool(d_dyadic)
        tot["both_sentences"] += bool(p_raw) and bool(d_dyadic)
        tot["only_petrarch_sentences"] += bool(p_raw) and not d_dyadic
        tot["only_dyad_sentences"] += bool(d_dyadic) and not p_raw
        tot["neither_sentences"] += not p_raw and not d_dyadic
        tot["exact_same_sentences"] += bool(pk or dk) and set(pk) == set(dk)
        fmt = lambda es: "; ".join(f"{e['source']}→{e['target']} {e['cameo']}" for e in es) or "–"
        rows.append({"id": sid, "text_matches_parse": sents[sid]["text_matches_parse"], "petrarch": fmt(p_raw), "dyad": fmt(d_raw),
                     "common": len(common), "only_petrarch": len(pk) - len(common),
                     "only_dyad": len(dk) - len(common)})
        for who, mine, other in (("petrarch", pk, dk), ("dyad", dk, pk)):
            for k, e in mine.items():
                if k not in other:
                    disagreements.append({
                        "id": sid, "found_by": who, "key": "/".join(k),
                        "event": f"{e['source']}→{e['target']} {e['cameo']}",
                        "rule": e.get("rule"), "trigger": e.get("trigger"),
                        "petrarch_said": fmt(p_raw), "dyad_said": fmt(d_raw),
                        "text": sents[sid]["text"],
                        "text_matches_parse": sents[sid]["text_matches_parse"]})

    union = tot["petrarch_keys"] + tot["dyad_keys"] - tot["common_keys"]
    tot["agreement_jaccard"] = round(100 * tot["common_keys"] / union, 1) if union else 0.0
    tot["common_of_petrarch"] = round(100 * tot["common_keys"] / tot["petrarch_keys"], 1) if tot["petrarch_keys"] else 0.0
    tot["common_of_dyad"] = round(100 * tot["common_keys"] / tot["dyad_keys"], 1) if tot["dyad_keys"] else 0.0
    tot["disagreements"] = len(disagreements)

    rng = random.Random(args.seed)
    sample = disagreements if len(disagreements) <= args.sample else rng.sample(disagreements, args.sample)
    sample.sort(key=lambda d: (list(sents).index(d["id"]), d["found_by"]))

    print("| figure | value |\n|---|---|")
    for k, v in tot.items():
        print(f"| {k} | {v} |")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"totals": tot, "sentences": rows, "disagreements": disagreements,
                       "sample": sample}, f, ensure_ascii=False, indent=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("to-jsonl")
    a.add_argument("xml")
    a.add_argument("out")
    a.add_argument("--text-from", choices=["text", "auto", "parse"], default="text",
                   help="text: the <Text> (the parse's words only where it is empty); "
                        "auto: the parse's words wherever they differ from the <Text>, "
                        "so dyad reads what PETRARCH2 coded; parse: always the parse's words")
    a.set_defaults(func=to_jsonl)
    c = sub.add_parser("compare")
    c.add_argument("xml")
    c.add_argument("petrarch", help="PETRARCH2 event file (tab-separated)")
    c.add_argument("dyad", help="dyad code output (JSONL)")
    c.add_argument("--json", help="write totals, per-sentence rows and disagreements here")
    c.add_argument("--text-from", choices=["text", "auto", "parse"], default="text",
                   help="which words to show with each disagreement: as given to to-jsonl")
    c.add_argument("--ids", help="compare only the sentences whose id matches this regex (e.g. AFP)")
    c.add_argument("--sample", type=int, default=30, help="disagreements to sample")
    c.add_argument("--seed", type=int, default=5, help="seed of the sample")
    c.set_defaults(func=compare)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
