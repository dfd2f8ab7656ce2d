import re
from decimal import Decimal
LAB={'M':'MONEY','C':'COUNT','P':'PERCENT','Q':'QUANTITY','D':'DATE','R':'RANK','I':'INITIATIVE'}
CN={'四':4,'一':1,'三':3,'二':2}
MAG={'万':10**4,'亿':10**8,'千':10**3}
out=['label\tsurface\tvalue\tvalue_max\tunit\tqualifier\tnote']
def fmt(d):
    d=Decimal(d).normalize()
    s=format(d,'f')
    return s
for line in open('spec.txt',encoding='utf-8'):
    line=line.rstrip('\n')
    if not line or line.startswith('#'): continue
    parts=line.split(' ')
    code,surf=parts[0],parts[1]
    rest=parts[2:]
    label=LAB.get(code,code)
    val=unit=qual=''; note=''
    if label in ('ORG','GPE','DOC','INITIATIVE','FAC','PERSON'):
        pass
    elif label=='DATE':
        val=rest[0]; qual='exact'
    elif label=='RANK':
        val={'第一':'1'}[surf]; qual='exact'
    else:
        qual=rest[0] if rest else 'exact'
        m=re.match(r'^([\d.]+|[一二三四])(多)?(.*)$',surf)
        num,duo,tail=m.groups()
        if duo: qual='over'
        n=Decimal(CN[num]) if num in CN else Decimal(num)
        if label=='PERCENT':
            unit={'％':'%'}.get(tail,tail)
        else:
            if tail and tail[0] in '万亿' :
                n*=MAG[tail[0]]; tail=tail[1:]
            if label=='QUANTITY' and tail=='千公顷':
                n*=1000; tail='公顷'
            unit=tail
        val=fmt(n)
    out.append('\t'.join([label,surf,val,'',unit,qual,note]))
open('labels.tsv','w',encoding='utf-8').write('\n'.join(out)+'\n')
print(len(out)-1)
