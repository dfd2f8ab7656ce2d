# helper to write labels.tsv (document order), by line
SF='市食品药品监督管理部门'; QS='区市场监督管理部门'
M={'五千元':5000,'五万元':50000,'一万元':10000,'十万元':100000,'十五万元':150000,'二十万元':200000,'二千元':2000,'二万元':20000}
rows=[]
def org(s,n=''): rows.append(('ORG',s,'','','','',n))
def two(): org(SF); org(QS)
def m(s,q,n=''): rows.append(('MONEY',s,str(M[s]),'','元',q,n))
def fine(a,b): m(a,'over'); m(b,'under')
def goods(lo,hi,fa,fb):  # 不足X；并处A以上B以下；X以上
    m(lo,'under','货值金额不足'); fine(fa,fb); m(hi,'over','货值金额…以上; 倍 multiples not labelled')
rows.append(('GPE','上海市','','','','','L1 heading (title without 《》 not DOC)'))
rows.append(('DATE','2017年1月20日','2017-01-20','','','exact',''))
org('上海市第十四届人民代表大会','第五次会议 = event, not labelled')
two(); fine('五千元','五万元')          # L8
two(); fine('五千元','五万元')          # L10
two(); fine('五千元','五万元')          # L16
two(); m('一万元','under'); fine('十万元','十五万元'); m('一万元','over')  # L22
org('市人民政府')                          # L28
two(); goods('一万元','一万元','一万元','五万元')  # L30
two(); fine('十万元','二十万元')        # L32
org('市食品药品监督管理','L34 elliptical 市食品药品监督管理、质量技术监督部门: two parallel bodies'); org('质量技术监督部门'); org(QS)
goods('一万元','一万元','五千元','五万元')  # L34
two(); fine('五千元','五万元')          # L36
two(); goods('一万元','一万元','五万元','十万元')  # L38
two(); goods('一万元','一万元','五千元','五万元')  # L46
two(); fine('五千元','五万元')          # L48
org('国务院卫生行政管理部门')            # L56
two(); goods('一万元','一万元','五千元','五万元')  # L64
two(); fine('二千元','二万元')          # L66
two(); fine('五千元','五万元')          # L68
two(); fine('五千元','五万元')          # L70
two(); fine('五千元','五万元')          # L72
two()                                      # L80
org(QS); fine('五千元','五万元')        # L82
org(QS); fine('五千元','五万元')        # L84
two(); goods('一万元','一万元','一万元','五万元')  # L86
two(); fine('五万元','十万元')          # L88
two(); fine('五千元','五万元')          # L90
org('农业部门'); fine('五千元','五万元')  # L94
org('农业部门'); two(); goods('一万元','一万元','五万元','十万元')  # L96
two(); fine('五千元','五万元'); two()    # L102
rows.append(('INITIATIVE','食品安全量化分级管理','','','','','L106 government grading scheme (rule 11 named system)'))
two(); fine('一万元','五万元'); two()    # L108
with open('labels.tsv','w',encoding='utf-8') as f:
    f.write('label\tsurface\tvalue\tvalue_max\tunit\tqualifier\tnote\n')
    for r in rows: f.write('\t'.join(r)+'\n')
from collections import Counter
print(len(rows), Counter(r[0] for r in rows))
print(Counter(r[1] for r in rows if r[0]=='MONEY'))
print(Counter(r[1] for r in rows if r[0]=='ORG'))
