"""Missed gold triples by the best verdict `dyad code --explain` gave a
candidate on the gold trigger's words.

Usage:
  dyad code --explain ARTICLES.jsonl > explain.txt
  dyad eval events GOLD.jsonl ARTICLES.jsonl -v > verbose.txt
  python3 scripts/diag_verdicts.py explain.txt verbose.txt GOLD.jsonl [VERDICT]

A candidate counts when its word starts like one of the trigger's content
words (four letters). Verdicts are taken in this order: fired (with other
sides or code), same actor, no target, no source, hypothetical, negated,
no addressee, requirement; `no candidate` when no candidate matched.
With VERDICT, also lists the misses of that verdict."""
import collections
import json
import re
import sys

ORDER = [('fired', 'fired'), ('same actor', 'same actor'),
         ('no actor in any target', 'no target'), ('no actor in any source', 'no source'),
         ('hypothetical', 'hypothetical'), ('negated', 'negated'),
         ('addressee', 'no addressee'), ('requirement', 'requirement')]
FUNCTION = {'has', 'have', 'had', 'was', 'were', 'the', 'been', 'and', 'will', 'would', 'that'}


def key(code):
    return code[:6] if code[:3] in ('IGO', 'NGO') else code[:3]


def read_explain(path):
    docs, cur, sent = {}, None, None
    for line in open(path):
        if line.startswith('== '):
            cur = line.split()[1]
            docs[cur] = []
            continue
        m = re.match(r'-- sentence \d+ \((\w+)\): (.*)', line)
        if m:
            sent = {'text': m.group(2), 'cands': []}
            docs[cur].append(sent)
            continue
        m = re.match(r'\s+(\S+) \((\S+)\) \[\d+\] (\S+) (\d+) .*?: (.*)', line)
        if sent is not None and m:
            sent['cands'].append((m.group(1), m.group(3), m.group(5).strip()))
    return docs


def read_missed(path):
    missed, doc = set(), None
    for line in open(path):
        if line.startswith('## '):
            doc = line.split()[1]
            continue
        m = re.match(r'  missed (\S+)>(\S+):(\d\d) \[(.*?)\] ', line)
        if m:
            missed.add((doc,) + m.groups())
    return missed


def verdict(sentence, trigger):
    words = [w.lower().strip('`\'".,') for w in trigger.split()]
    words = [w for w in words if len(w) >= 3 and w not in FUNCTION]
    cands = [c for c in sentence['cands'] if any(c[0].lower().startswith(w[:4]) for w in words)]
    if not cands:
        return 'no candidate', cands
    said = ' | '.join(c[2] for c in cands)
    return next((name for k, name in ORDER if k in said), 'other'), cands


def main():
    docs = read_explain(sys.argv[1])
    missed = read_missed(sys.argv[2])
    gold = [json.loads(l) for l in open(sys.argv[3])]
    counts, examples = collections.Counter(), collections.defaultdict(list)
    for (doc, s, t, root, trigger) in sorted(missed):
        g = next((x for x in gold if x.get('doc') == doc and not x.get('none')
                  and key(x['source']['code']) == s and key(x['target']['code']) == t
                  and x['cameo'][:2] == root and x['trigger'] == trigger), None)
        sentences = [] if g is None else [
            se for se in docs.get(doc, [])
            if g['sentence'][:50] in se['text'] or se['text'][:50] in g['sentence']]
        if not sentences:
            counts['no sentence'] += 1
            continue
        name, cands = verdict(sentences[0], trigger)
        counts[name] += 1
        examples[name].append((doc, f'{s}>{t}:{root}', trigger, [c[1] + ' ' + c[2][:80] for c in cands[:3]]))
    for name, n in counts.most_common():
        print(f'{n:5d}  {name}')
    print(f'{sum(counts.values()):5d}  all missed root triples')
    for row in examples.get(sys.argv[4], []) if len(sys.argv) > 4 else []:
        print(row)


if __name__ == '__main__':
    main()
