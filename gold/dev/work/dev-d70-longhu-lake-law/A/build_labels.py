import re
t=open('gold/dev/texts/dev-d70-longhu-lake-law.txt',encoding='utf-8').read()
spans=[]
def add(s,e,label,val='',vmax='',unit='',q='',note=''):
    for (a,b,*_) in spans:
        if s<b and a<e: return
    spans.append((s,e,label,val,vmax,unit,q,note))
# DOC first
for m in re.finditer(r'《(.+?)》',t): add(m.start(1),m.end(1),'DOC')
orgs=['周口市第四届人民代表大会常务委员会','河南省第十三届人民代表大会常务委员会','淮阳龙湖管理机构','淮阳县人民政府','市人民代表大会常务委员会','市规划行政主管部门','市人民政府']
for o in orgs:
    for m in re.finditer(o,t): add(m.start(),m.end(),'ORG')
for f in ['淮阳龙湖国家湿地公园','淮阳龙都路','湖东路','弦歌路','陈楚故城']:
    for m in re.finditer(f,t): add(m.start(),m.end(),'FAC')
for i in ['退房还湖','退塘还湖','退田还湖','退耕还湿','退耕还林']:
    for m in re.finditer(i,t): add(m.start(),m.end(),'INITIATIVE')
for g in ['周口市','淮阳龙湖','蔡河']:
    for m in re.finditer(g,t): add(m.start(),m.end(),'GPE')
for s,v,u in [('二百米',200,'米'),('七平方公里',7,'平方公里'),('四十二米',42,'米')]:
    for m in re.finditer(s,t): add(m.start(),m.end(),'QUANTITY',v,'',u,'over')
for s,v in [('2018年8月28日','2018-08-28'),('2018年9月29日','2018-09-29')]:
    m=re.search(s,t); add(m.start(),m.end(),'DATE',v,'','','exact')
cn={'二万元':20000,'二十万元':200000,'一千元':1000,'一万元':10000,'十万元':100000,'五十万元':500000,'五百元':500,'三千元':3000}
for m in re.finditer(r'(二十万元|五十万元|二万元|一千元|一万元|十万元|五百元|三千元)(以上|以下)',t):
    add(m.start(1),m.end(1),'MONEY',cn[m.group(1)],'','元','over' if m.group(2)=='以上' else 'under')
spans.sort()
lines=['label\tsurface\tvalue\tvalue_max\tunit\tqualifier\tnote']
for s,e,l,v,vm,u,q,n in spans:
    lines.append('\t'.join([l,t[s:e],str(v),str(vm),u,q,n]))
open('gold/dev/work/dev-d70-longhu-lake-law/A/labels.tsv','w',encoding='utf-8').write('\n'.join(lines)+'\n')
from collections import Counter
print(Counter(x[2] for x in spans), len(spans))
