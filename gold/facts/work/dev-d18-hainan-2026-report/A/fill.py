# Fills sheet.tsv in place (columns fact..note) by row number (1-based data rows).
import csv, sys
P = "gold/facts/work/dev-d18-hainan-2026-report/A/sheet.tsv"
HN = "海南省"; BL = "博鳌乐城国际医疗旅游先行区"; LS = "陵水黎安国际教育创新试验区"
Y, F, E = "2025", "2021/2025", "2025-12"
def L(ind, per=Y, place=HN, note=""): return ("yes", ind, "level", "", "actual", per, place, note)
def G(ind, d="up", per=Y, place=HN, note=""): return ("yes", ind, "growth", d, "actual", per, place, note)
def C(ind, d="up", per=Y, place=HN, note=""): return ("yes", ind, "change", d, "actual", per, place, note)
def S(ind, per=Y, place=HN, note=""): return ("yes", ind, "share", "", "actual", per, place, note)
def NO(note): return ("no", "", "", "", "", "", "", note)
R = {
1: L("二线口岸", note="post-number predicate 正式启用 dropped (all 二线口岸 counted)"),
2: L("封关政策"),
3: L("进口零关税商品税目比例", note="由21%提升至74%: both levels; 21% is the pre-封关 level within 2025"),
4: L("进口零关税商品税目比例"),
5: L("岛内居民离岛", note="policy condition (一次离岛), not a statistic; level actual, period by fallback"),
6: L("零关税政策享惠主体新增", note="新增 kept as a selecting verb (text order), level not change; 封关至满月 has no DATE -> 2025 fallback"),
7: L("新增经营主体"),
8: G("进口货值"), 9: G("免签入境游客"), 10: G("国际航行船舶进出"), 11: G("新增外资企业"), 12: G("离岛免税销售额"),
13: L("试点任务"),
14: L("认定跨境资金集中运营中心", note="event verb before the number kept"),
15: L("落地金融租赁管理型项目公司", note="event verb before the number kept"),
16: L("制度创新成果入选自贸试验区第六批最佳实践案例", note="post-predicate kept: it restricts which 成果 are counted"),
17: L("海关高级认证企业总数", note="总数 not treated as a year-end stock word -> 2025"),
18: L("接待入境游客"), 19: G("接待入境游客"),
20: G("地区生产总值"), 21: G("规上工业增加值"), 22: G("社会消费品零售总额"), 23: G("服务进出口总额"), 24: G("实际使用外资"), 25: G("实际对外投资"),
26: L("接待游客"),
27: S("热带特色高效农业增加值占农业比重"),
28: G("CPI", "down"),
29: L("城镇调查失业率"),
30: G("城镇居民人均可支配收入"), 31: G("农村居民人均可支配收入"),
32: L("南山港服务科考船", note="facility subject stays in indicator; place falls back to 海南省"),
33: L("商业航天发射", note="全年 is the period; 全部成功 dropped"),
34: L("获批建设全国重点实验室"), 35: L("新认定院士工作站"),
36: G("国家自然科学基金项目获批立项数"),
37: L("新增高新技术精英行动企业"),
38: G("规上高技术制造业增加值"),
39: G("持有效工作许可外国专家"),
40: L("空气质量优良天数比例"),
41: L("PM2.5浓度"),
42: L("地表水水质优良比例"), 43: L("近岸海域水质优良比例"),
44: L("中部地区生物多样性调查发现新物种", note="programme subject (调查) stays in indicator"),
45: L("中部地区生物多样性调查发现中国新记录"),
46: L("中部地区生物多样性调查发现海南新记录"),
47: L("新能源汽车保有量", per=E, note="保有量 treated as a year-end stock like 存栏 -> 2025-12; subject 新能源汽车 from the previous clause"),
48: G("生物降解制品总产量"), 49: G("生物降解制品产值"),
50: L("民生实事"),
51: L("城镇新增就业"),
52: L("新增基础教育学位"),
53: S("初中毕业生就读普通高中", note="67.5%的初中毕业生… = part of a whole -> share"),
54: L("新获批中外合作办学机构（项目）", note="（项目） kept: not an alias, widens what is counted"),
55: L("反走私综合执法站"),
56: L("涉企历史遗留问题解决率", note="问题 composed with 涉企历史遗留 from the same sentence"),
57: L("地区生产总值连跨千亿级台阶", per=F, note="十四五 review: flow over the five years"),
58: L("人均生产总值"),
59: G("规上工业增加值", per=F),
60: S("税收占一般公共预算收入比重", note="level-like share, no own DATE: nearest DATE before in paragraph (2025年) / end year"),
61: G("一般公共预算支出", per=F, note="five-year cumulative growth -> interval"),
62: L("新增减税降费及退税", per=F),
63: L("净增经营主体", per=F, note="净增 treated like 新增: in the indicator, level"),
64: L("净增企业", per=F, note="breakdown item takes the quantity word"),
65: L("金融机构本外币存款余额", per=E), 66: L("金融机构本外币贷款余额", per=E),
67: NO("part of the indicator 四大主导产业占GDP比重 (a defined set, footnote ［2］)"),
68: C("四大主导产业占GDP比重", note="2025 vs 2020; period = the DATE of the figure, comparison year excluded"),
69: L("新增国家级旅游度假区", per=F), 70: L("新增5A级景区", per=F), 71: L("新增夜间文旅消费集聚区", per=F), 72: L("新增旅游休闲街区", per=F),
73: L("累计举办大型旅游、演艺、体育赛事活动", per=F),
74: L("旅游业对GDP综合贡献率", note="贡献率 is a rate named by its own word -> level; 旅游业 subject composed"),
75: S("离岛免税销售额占全球免税市场比重"),
76: L("落地特许药械", per=F, place=BL, note="zone as subject -> place (like 常德经开区)"),
77: L("落地医疗机构", per=F, place=BL),
78: L("医疗旅游人次", place=BL), 79: L("医疗旅游收入", place=BL),
80: L("累计药械产品通过真实世界数据应用进入国内市场", per=F, place=BL, note="post-predicate kept: restricts which products are counted"),
81: L("引进临时进口特医食品和保健品", per=F, place=BL),
82: L("签约入驻国内外知名高校", per=F, place=LS),
83: L("在园师生", place=LS, note="level reached at the end -> 2025"),
84: G("装备制造业、高端食品加工业产值", per=F, note="two industries, one value, no 分别: one shared indicator"),
85: L("运行集装箱班轮航线"), 86: L("运行境外航空客货运航线"),
87: G("快递业务量", per=F, note="年均增长 over 十四五 -> interval, though 2025年 stands in an earlier clause of the sentence"),
88: L("农业产业链", per=F), 89: L("国家和省级现代农业产业园、产业集群、产业强镇", per=F),
90: L("创建千亿级产业集群", per=F), 91: L("创建百亿级产业集群", per=F),
92: NO("part of the indicator 13个重点园区营业收入 (defines the set of parks)"),
93: L("13个重点园区营业收入"),
94: L("出台自由贸易港法规", per=F, note="推动 dropped, 出台 kept"), 95: L("出台政策文件", per=F),
96: L("零关税清单", note="count of lists in force: a level -> end year 2025"),
97: L("企业和个人所得税优惠", note="the 15% preferential income-tax rate; policy in force -> actual"),
}
rows = list(csv.reader(open(P, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
head, data = rows[0], rows[1:]
assert len(data) == 97 and set(R) == set(range(1, 98))
out = [head]
for i, r in enumerate(data, 1):
    out.append(r[:5] + list(R[i]))
with open(P, "w", encoding="utf-8", newline="") as f:
    for r in out:
        assert all("\t" not in x for x in r)
        f.write("\t".join(r) + "\n")
