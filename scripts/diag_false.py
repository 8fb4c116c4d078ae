"""False triples of dyad on a gold set, by mechanical kind.
Usage: diag_false.py ANALYZED.jsonl GOLD.jsonl"""
import json, sys, collections
def key(code):
    if not code: return '---'
    return code[:6] if code[:3] in ('IGO','NGO') else code[:3]
SECTORS={'GOV','MIL','COP','JUD','LEG','OPP','REB','CVL','BUS','MED','EDU','REL','HLH','REF','LAB','ELI','CRM','UAF','SPY','PTY','INS','IMG','RAD','AGR','ENV','MNC','NGM'}
docs=[json.loads(l) for l in open(sys.argv[1])]
gold=collections.defaultdict(set)
for l in open(sys.argv[2]):
    g=json.loads(l)
    if g.get('none'): continue
    gold[g['doc']].add((key(g['source']['code']), key((g.get('target') or {}).get('code')), g['cameo'][:2]))
c=collections.Counter()
for d in docs:
    sysk={(key(e['source']['code']), key((e.get('target') or {}).get('code')), e['cameo'][:2]) for e in d.get('events',[])}
    G=gold[d['id']]
    for s,t,r in sysk - G:
        pairs={(a,b) for a,b,_ in G}
        if s in SECTORS or t in SECTORS: k='sector-only actor (no country)'
        elif (s,t) in pairs: k='right pair, wrong root'
        elif (t,s) in pairs: k='reversed pair'
        elif any(a==s for a,_,_ in G) and any(b==t for _,b,_ in G): k='both actors in gold events, not as this pair'
        elif s==t: k='same-country pair'
        else: k='actor not in any gold event of the article'
        c[k]+=1
for k,v in c.most_common(): print(v,k,sep='\t')
