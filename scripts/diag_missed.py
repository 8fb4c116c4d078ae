"""Missed gold triples by what dyad found in the gold sentence: S/T when an
actor with the gold source/target key was found there (upper case), else s/t.
Usage: diag_missed.py ANALYZED.jsonl GOLD.jsonl [x: also list them]"""
import json, sys, collections
def key(code):
    if not code: return '---'
    return code[:6] if code[:3] in ('IGO','NGO') else code[:3]
docs={}
for l in open(sys.argv[1]):
    d=json.loads(l); docs[d['id']]=d
gold=[json.loads(l) for l in open(sys.argv[2])]
sysk=collections.defaultdict(set)
for d in docs.values():
    for e in d.get('events',[]):
        sysk[d['id']].add((key(e['source']['code']), key((e.get('target') or {}).get('code')), e['cameo'][:2]))
cat=collections.Counter(); seen=set(); rows=[]
for g in gold:
    if g.get('none'): continue
    doc=docs.get(g['doc']);
    if not doc: continue
    s=key(g['source']['code']); t=key((g.get('target') or {}).get('code')); r=g['cameo'][:2]
    k=(g['doc'],s,t,r)
    if k in seen: continue
    seen.add(k)
    if (s,t,r) in sysk[g['doc']]: continue
    text=doc['text']; i=text.find(g['sentence'][:60])
    if i<0 and doc.get('headline') and g['sentence'][:30] in doc['headline']: i=0
    # sentence index containing i
    sent=None
    for n,se in enumerate(doc['sentences']):
        if se['span'][0]<=i<se['span'][1]: sent=n;break
    keys={key(a['code']) for a in doc['actors'] if a['sentence']==sent}
    evk={(key(e['source']['code']),key((e.get('target') or {}).get('code'))) for e in doc.get('events',[]) if e['sentence']==sent}
    st=('S' if s in keys else 's')+('T' if t in keys else 't')
    if (s,t) in evk or (t,s) in evk: st+='-pair-other-root'
    elif any(e[0]==s for e in evk): st+='-src-event'
    elif evk: st+='-some-event'
    cat[st]+=1
    rows.append((st,g['doc'],f"{s}>{t}:{r}",g['trigger'],g['sentence'][:160]))
for k,v in cat.most_common(): print(v,k)
if len(sys.argv)>3:
    for r in sorted(rows): print('\t'.join(r))
