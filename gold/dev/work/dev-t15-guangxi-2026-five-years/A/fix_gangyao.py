"""Post-fix: the aligner takes the first '纲要' after '十五五”规划', which is the
unlabelled 纲要 of “十五五”规划纲要（草案）; the intended DOC is the next one, 《纲要》
on the same line (L9), which no @L note can reach. Move that one span."""
import json, sys
p = sys.argv[1]
d = json.loads(open(p, encoding='utf-8').read())
t = d['text']
bad = t.index('规划纲要（草案）') + 2
good = t.index('《纲要》贯彻') + 1
n = 0
for s in d['spans']:
    if s['label'] == 'DOC' and s['start'] == bad:
        s['start'], s['end'] = good, good + 2
        assert t[s['start']:s['end']] == '纲要'
        n += 1
assert n == 1, n
d['spans'].sort(key=lambda s: s['start'])
open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False) + '\n')
print('moved', bad, '->', good)
