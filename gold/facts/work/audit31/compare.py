"""Compare the two blind period passes (A, B) with the facts test gold; counts, and the rows to adjudicate.

Run as `python gold/facts/work/audit31/compare.py`. Run against today's gold it compares with the adjudicated
periods (so A!=gold counts fall); the counts before adjudication are in gold/facts/NOTES.md."""
import csv, glob, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..", "..", "..")
from collections import Counter
gold = {}
for g in sorted(glob.glob(os.path.join(ROOT, 'gold/facts/test/*.jsonl'))):
    d = json.loads(open(g).readline())
    gold[d['doc_id']] = {(f['value_start'], f['value_end']): (f['period'] or '') for f in d['facts']}
def load(x, doc):
    p = os.path.join(HERE, x, f'{doc}.tsv')
    if not os.path.exists(p): return None
    return {(int(r['value_start']), int(r['value_end'])): (r['period'] or '').strip() for r in csv.DictReader(open(p), delimiter='\t')}
tot = Counter(); rows = []
for doc, gp in gold.items():
    a, b = load('A', doc), load('B', doc)
    if a is None or b is None:
        print(doc, 'missing', 'A' if a is None else '', 'B' if b is None else ''); continue
    c = Counter()
    for k, g in gp.items():
        pa, pb = a.get(k, '?'), b.get(k, '?')
        c['n'] += 1; c['AB'] += pa == pb; c['AG'] += pa == g; c['BG'] += pb == g
        if pa == pb and pa != g and pa != '?': c['AB!G'] += 1; rows.append((doc, k, g, pa, pb, 'change'))
        elif pa != pb and '?' not in (pa, pb): c['A!B'] += 1; rows.append((doc, k, g, pa, pb, 'adjudicate'))
    print(doc, dict(c)); tot.update(c)
print('total', dict(tot))
if tot['n']:
    print('agreement A=B %.3f  A=gold %.3f  B=gold %.3f' % (tot['AB']/tot['n'], tot['AG']/tot['n'], tot['BG']/tot['n']))
with open(os.path.join(HERE, 'rows.tsv'), 'w') as f:
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
