# Helper: writes labels.tsv from the rows below (run from the repository root).
# Row: label | surface | value | value_max | unit | qualifier | note   (fields separated by " | ")
ROWS = """
INITIATIVE | 顶尖人才梯次引育行动
INITIATIVE | 服务人才暖心专项行动
INITIATIVE | 授权松绑
INITIATIVE | 技能照亮前程
INITIATIVE | 中国（海南）技能人才综合发展基地
COUNT | 10万人次 | 100000 | | 人次 | exact
COUNT | 10万人次 | 100000 | | 人次 | exact
COUNT | 2.5万人次 | 25000 | | 人次 | exact
INITIATIVE | 外国人才三年倍增行动
GPE | 琼
PERCENT | 20% | 20 | | % | exact
GPE | 广东
GPE | 广东
GPE | 湘琼
GPE | 粤琼
GPE | 浙琼
GPE | 琼港
FAC | 深儋合作产业园
GPE | 上海
GPE | 京津冀
GPE | 长三角
INITIATIVE | 一带一路
ORG | 东盟
INITIATIVE | 中国—东盟自贸区
ORG | 东盟
INITIATIVE | 三极一带一区
INITIATIVE | 三极
INITIATIVE | 海口经济圈
INITIATIVE | 三亚经济圈
INITIATIVE | 一体两翼
INITIATIVE | 儋洋经济圈
GPE | 文昌
GPE | 琼海
GPE | 东方
GPE | 澄迈
GPE | 万宁
GPE | 陵水
INITIATIVE | 山海协作
FAC | G225乐东至三亚段
INITIATIVE | 五网合一
FAC | 湛海高铁
FAC | 洋浦港扩建工程
FAC | 马村港三期
FAC | 三亚邮轮港
FAC | G98环岛高速提档扩容工程
INITIATIVE | 国省干道提质升级工程
FAC | 三亚新机场
FAC | 美兰机场三期
FAC | 儋州机场
FAC | 东方机场
FAC | 中线铁路
FAC | 昌江核电二期三号机组
FAC | 海南—广东第三回500千伏交流线路工程
COUNT | 2条 | 2 | | 条 | exact
FAC | 海口国际通信业务出入口局
INITIATIVE | 千兆自贸港
INITIATIVE | 万兆自贸港
FAC | 琼西北供水工程
FAC | 昌化江水资源配置
FAC | 牛路岭灌区
FAC | 海口经济圈规模化供水工程
FAC | 万泉河流域防洪减灾系统治理工程
FAC | 松涛灌区续建配套与现代化改造
FAC | 南渡江防洪治理
INITIATIVE | 城市更新行动
MONEY | 220亿元 | 22000000000 | | 元 | exact
INITIATIVE | 住房公积金制度改革
INITIATIVE | 好房子
INITIATIVE | 安居房新政
INITIATIVE | 清凉城市
GPE | 海口
INITIATIVE | 大交通
INITIATIVE | 一委一办一平台
INITIATIVE | 数字住建
DURATION | 30年 | 30 | | 年 | exact
QUANTITY | 25万亩 | 250000 | | 亩 | exact
QUANTITY | 7万亩 | 70000 | | 亩 | exact
QUANTITY | 30万亩 | 300000 | | 亩 | exact
QUANTITY | 260万亩 | 2600000 | | 亩 | exact
MONEY | 130亿元 | 13000000000 | | 元 | exact
QUANTITY | 20万亩 | 200000 | | 亩 | exact
COUNT | 4个 | 4 | | 个 | exact
COUNT | 2个 | 2 | | 个 | exact
QUANTITY | 37万立方米 | 370000 | | 立方米 | exact
INITIATIVE | 国家现代农业产业园
COUNT | 1个 | 1 | | 个 | exact
INITIATIVE | 海南鲜品
COUNT | 5项 | 5 | | 项 | exact
COUNT | 69家 | 69 | | 家 | exact
ORG | 联合国粮农组织
GPE | 中非
INITIATIVE | 集体经营性建设用地入市
INITIATIVE | 三资
INITIATIVE | 新型农村集体经济提质增效行动
COUNT | 3000人 | 3000 | | 人 | over
INITIATIVE | 三支队伍
COUNT | 8600人 | 8600 | | 人 | over
FAC | 双环
COUNT | 250个 | 250 | | 个 | exact
GPE | 崖州
GPE | 博鳌
GPE | 潭门
COUNT | 2500个 | 2500 | | 个 | exact
PERCENT | 93% | 93 | | % | exact
PERCENT | 75% | 75 | | % | exact
QUANTITY | 100公里 | 100 | | 公里 | exact
INITIATIVE | 农业水价综合改革
PERCENT | 97.4% | 97.4 | | % | exact
INITIATIVE | 乡村治理积分制
INITIATIVE | 信用+
INITIATIVE | 美丽中国
INITIATIVE | 蓝天碧水净土保卫战
INITIATIVE | 海岸带综合保护与利用规划
INITIATIVE | 中央环保督察
INITIATIVE | 回头看
INITIATIVE | 南渡江流域山水林田湖草沙一体化保护和修复工程
FAC | 热带雨林国家公园自然博物馆
INITIATIVE | 禁塑
PERCENT | 84% | 84 | | % | exact
INITIATIVE | 禁塑
PERCENT | 90% | 90 | | % | exact
INITIATIVE | 禁塑
INITIATIVE | 治塑
FAC | 博鳌零碳示范区
INITIATIVE | 博鳌认证
INITIATIVE | 无废城市
INITIATIVE | 六水共治
INITIATIVE | 双碳
INITIATIVE | 碳排放预算管理制度
INITIATIVE | 双碳
GPE | 海南
INITIATIVE | 高质量充分就业专项行动
INITIATIVE | 就业岗位挖潜扩容政策
INITIATIVE | 椰字号
COUNT | 17万人 | 170000 | | 人 | approx
INITIATIVE | 三医联动一张网
INITIATIVE | 国家区域医疗中心
INITIATIVE | 国家重大传染病防治基地
INITIATIVE | 医疗卫生强基工程
INITIATIVE | 康复护理扩容提升工程
INITIATIVE | 公立医院改革
INITIATIVE | 签约有感”行动
INITIATIVE | 爱国卫生专项行动
QUANTITY | 81.2岁 | 81.2 | | 岁 | exact
INITIATIVE | 海南文明岛
FAC | 落笔洞国家考古遗址公园
FAC | 省美术馆
FAC | 省华侨博物馆
GPE | 亚洲
GPE | 海南岛
GPE | 亚洲
COUNT | 十大 | 10 | | 大 | exact
COUNT | 十大 | 10 | | 大 | exact
GPE | 琼
INITIATIVE | 全民健身场地设施提升行动
INITIATIVE | 高质量参保行动
INITIATIVE | 长期护理保险制度
INITIATIVE | 建枢纽带站点进家庭
INITIATIVE | 婚俗改革
INITIATIVE | 一件事
INITIATIVE | 物质+服务
INITIATIVE | 三保
INITIATIVE | 零基预算改革
INITIATIVE | 五篇大文章
MONEY | 5000亿元 | 500000000000 | | 元 | over
COUNT | 8家 | 8 | | 家 | exact
COUNT | 3家 | 3 | | 家 | exact
INITIATIVE | 债贷结合
INITIATIVE | 自贸港建设投资基金
INITIATIVE | 新型政策性金融工具
INITIATIVE | 安全生产治本攻坚行动
INITIATIVE | 一件事
INITIATIVE | 森林火灾重大隐患动态清零和查处违规用火行为专项行动
"""
HEADER = "label\tsurface\tvalue\tvalue_max\tunit\tqualifier\tnote"
out = [HEADER]
for line in ROWS.strip().splitlines():
    f = [x.strip() for x in line.split("|")]
    f += [""] * (7 - len(f))
    out.append("\t".join(f))
with open("gold/dev/work/dev-d43-hainan-2026-tasks-b/B/labels.tsv", "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
print(len(out) - 1, "rows")
