rows = []
def o(s, n=''): rows.append(('ORG', s, '', '', '', '', n))
def i(s, n=''): rows.append(('INITIATIVE', s, '', '', '', '', n))
def nm(l, s, n=''): rows.append((l, s, '', '', '', '', n))
Y='义乌试验区'; G='义乌试验区管委会'; P='省人民政府'; YC='义乌试验区议事协调机构'
# L1
o('义乌国际贸易综合改革试验区')
# L3
rows.append(('DATE','2019年11月29日','2019-11-29','','','exact',''))
o('浙江省第十三届人民代表大会常务委员会')
# L9
o('义乌国际贸易综合改革试验区'); o('国务院'); nm('DOC','浙江省义乌市国际贸易综合改革试点总体方案')
# L11
o('义乌国际贸易综合改革试验区'); o(Y)
# L13
o(Y); i('一带一路'); i('长三角区域一体化发展'); i('世界小商品之都'); i('金华义乌都市区')
# L15
o(Y)
# L19
o(Y); i('简政放权、放管结合、优化服务'); i('最多跑一次'); i('政府数字化转型')
# L21
o(P); o(YC); o(Y); o(Y); i('金华义乌都市区'); o(Y)
# L23
o(YC); o('省商务主管部门'); o(YC)
# L25
o('义乌国际贸易综合改革试验区管理委员会'); o(G); o(P); o(Y)
# L27
o(G)
# L29
o(G); o(P); o(Y); o(G)
# L31
o(P); o(P); o(G)
# L33, L35
o(G); o(G)
# L37
o(P); o('金华市人民政府'); o(Y)
# L39
o(Y); o(Y)
# L43
o(Y); i('多规合一'); o(P)
# L47
o(Y); i('特色小镇')
# L49, L51
o(Y); o(Y)
# L53
o(Y); nm('GPE','长三角'); o(Y); o(Y); o(Y)
# L57, L59
o(Y); o(Y)
# L61
o(Y); i('一带一路')
# L63
o(Y); i('市场采购贸易方式'); i('市场采购贸易方式')
# L65
o(Y)
# L69
nm('FAC','义乌国际陆港'); nm('FAC','宁波舟山港'); o(Y)
# L71, L73
o(Y); o(Y)
# L75
i('市场采购贸易方式')
# L77, L79
o(Y); o(Y)
# L85
o(Y); o(Y)
# L87
o(Y)
# L89
i('市场采购贸易方式')
# L93, L95, L99, L101, L103, L105, L107
for _ in range(7): o(Y)
# L109
o(Y); o(Y)
# L111 .. L121
for _ in range(6): o(Y)
# L123
o(Y); i('外籍商友卡')
# L125
o(Y)
# L129
o('国务院')
# L131
o(G)
with open('labels.tsv','w',encoding='utf-8') as f:
    f.write('label\tsurface\tvalue\tvalue_max\tunit\tqualifier\tnote\n')
    for r in rows: f.write('\t'.join(r)+'\n')
print(len(rows))
