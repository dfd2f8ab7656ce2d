"""Every stated form of RANK, QUANTITY, DURATION and the dates of guideline v3 (rules 1, 3,
5, 12, 14, 16-19 and the label table of ../shared/ANNOTATION.md) as a table of cases, each
its own test id, with the ranking, unit and time forms real reports write beside them
(statistical bulletins, county reports: gold/tools/uncovered.py's audit).

A case says the one mention of its label the text must yield (span as written, value or
ISO date, unit, qualifier); a case with span None says the label must not occur."""

from __future__ import annotations

from decimal import Decimal

import pytest

REF = "2022-12"

# id, text, label, span (None: no mention of the label), value / norm, unit, qualifier
CASES = [
    # --- RANK (label table: 第一名 → 1; 50强 → 50 top; qualifiers exact, top (前N, N强, 百强))
    ("rank.table_first_name", "在全省技能大赛中获得第一名。", "RANK", "第一名", "1", None, "exact"),
    ("rank.table_50_strong", "5个园区迈入全省园区50强。", "RANK", "50强", "50", None, "top"),
    ("rank.table_top_n", "增速连续30个月居全国前10位，", "RANK", "前10位", "10", None, "top"),
    ("rank.table_hundred_strong", "连续三年跻身全国百强县。", "RANK", "百强", "100", None, "top"),
    ("rank.top_n_name", "综合实力进入全省前3名。", "RANK", "前3名", "3", None, "top"),
    ("rank.position_wei", "总量居全省第3位。", "RANK", "第3位", "3", None, "exact"),
    ("rank.position_bare", "增速位居全省第一，", "RANK", "第一", "1", None, "exact"),
    ("rank.ranking_verb", "在全省省级以上园区中排名第二。", "RANK", "第二", "2", None, "exact"),
    ("rank.first_place_verb", "发放标准排全市首位。", "RANK", "首位", "1", None, "exact"),
    ("rank.first_place_field", "数字经济规模全国首位，", "RANK", "首位", "1", None, "exact"),
    ("rank.autonomous_region", "地区生产总值增速全自治区第一。", "RANK", "第一", "1", None, "exact"),
    ("rank.years_between", "营商环境评价全市连续3年第一。", "RANK", "第一", "1", None, "exact"),
    ("rank.long_peers", "综合考核位列呼伦贝尔市各旗市区第一名，", "RANK", "第一名", "1", None,
     "exact"),
    ("rank.bracketed_peers", "生产总值增速居全省县（市、区）第6位。", "RANK", "第6位", "6", None,
     "exact"),
    ("rank.moved_to", "航运中心发展指数跃升至全球第7位。", "RANK", "第7位", "7", None,
     "exact"),
    # a position bare after a noun of ranking, no 第 and no 位 (C51u); 三甲 after the field,
    # a top 3 (C51v); not a hospital's grade
    ("rank.bare_ranked", "在全省14个市州中排名4。", "RANK", "4", "4", None, "exact"),
    ("rank.bare_ranked_field", "综合得分排名全省3；", "RANK", "3", "3", None, "exact"),
    ("rank.not_bare_ranked_share", "进入ESI排名1%的学科", "RANK", None, None, None, None),
    ("rank.not_bare_ranked_points", "排名13个百分点", "RANK", None, None, None, None),
    ("rank.top_three_jia", "综合实力位列全省三甲。", "RANK", "三甲", "3", None, "top"),
    ("rank.not_three_jia_hospital", "县人民医院成功晋升为三甲，", "RANK", None, None, None,
     None),
    # a position with no number is no RANK (前列: no integer position)
    ("rank.not_front_rows", "主要指标增速均居全省前列。", "RANK", None, None, None, None),
    # rule 12: batch and edition ordinals
    ("rank.not_batch", "列入全省第一批产业园区试点。", "RANK", None, None, None, None),
    ("rank.not_first_batch", "入选全国首批试点城市。", "RANK", None, None, None, None),
    ("rank.not_edition", "成功承办第二届高新技术交流会。", "RANK", None, None, None, None),
    # rule 17: congresses and plenums carry no COUNT, RANK or DATE
    ("rank.not_congress", "深入学习贯彻党的二十大精神。", "RANK", None, None, None, None),
    ("count.not_plenum", "贯彻十九届五中全会精神。", "COUNT", None, None, None, None),
    ("rank.not_party_congress", "市第十次党代会以来", "RANK", None, None, None, None),
    ("rank.not_first_place_priority", "全省上下始终把安全放在首位。", "RANK", None, None, None,
     None),
    # the ranking shapes of a provincial statistical bulletin, written from the guideline (num17c)
    ("rank.bulletin_position_word", "经济总量在全国的位次由第17位上升。", "RANK", "第17位", "17",
     None, "exact"),
    ("rank.bulletin_moved_by", "位次比上年前移3位。", "RANK", None, None, None, None),
    ("rank.bulletin_cn_numeral", "粮食产量居全国第十二位。", "RANK", "第十二位", "12", None, "exact"),
    ("rank.bulletin_peers_counted", "在全国31个省（区、市）中排第8位。", "RANK", "第8位", "8", None,
     "exact"),
    ("rank.bulletin_central_six", "增速居中部六省第一。", "RANK", "第一", "1", None, "exact"),
    ("rank.bulletin_ranking_name", "综合排名全国第11名。", "RANK", "第11名", "11", None, "exact"),
    ("rank.bulletin_not_tier", "科技创新水平进入全国第二梯队。", "RANK", None, None, None, None),
    # a position reached with 为/到 and no count of places, the year before's (numbers36)
    ("rank.moved_to_wei", "经济总量上升为第14位。", "RANK", "第14位", "14", None, "exact"),
    ("rank.advanced_to", "粮食产量前进到第12位，", "RANK", "第12位", "12", None, "exact"),
    ("rank.year_before", "上年为第18位。", "RANK", "第18位", "18", None, "exact"),
    ("rank.not_raised_to_batch", "由省级试点提升为第二批国家试点。", "RANK", None, None, None,
     None),
    # ranks of size (rank25)
    ("rank.size_before_noun", "四川作为中西部第一经济大省，", "RANK", "第一", "1", None, "exact"),
    ("rank.size_partner", "中国是塞尔维亚第二大贸易伙伴。", "RANK", "第二大", "2", None, "exact"),
    ("rank.not_sectors_listed", "农村第二、第三产业加快发展。", "RANK", None, None, None, None),
    ("rank.not_first_of_kind", "建成全国第一个大型海上风电基地。", "RANK", None, None, None, None),
    # a county's report or bulletin: a long field between verb and position (rank31)
    ("rank.long_field_position", "位居全省县域经济高质量发展综合考核第3位。", "RANK", "第3位", "3",
     None, "exact"),
    ("rank.long_field_first", "跃居全市12个县（市、区）首位。", "RANK", "首位", "1", None, "exact"),
    ("rank.long_field_top", "位居全省县域经济高质量发展综合考核前十位，", "RANK", "前十位", "10",
     None, "top"),
    ("rank.long_field_head", "地方税收增幅居全市12个县市区之首。", "RANK", "之首", "1", None,
     "exact"),
    ("rank.position_without_di", "地区生产总值增速居全省12位，", "RANK", "12位", "12", None, "exact"),
    ("rank.place_in_contest", "该选手是全省职业技能大赛200米障碍赛第一名。", "RANK", "第一名", "1",
     None, "exact"),
    ("rank.top_three_jia", "县域经济综合实力跻身全省前三甲。", "RANK", "前三甲", "3", None, "top"),
    ("rank.top_latin", "该企业跻身全球TOP10。", "RANK", "TOP10", "10", None, "top"),
    ("rank.not_people_counted", "邀请全国12位专家参加评审。", "RANK", None, None, None, None),
    ("rank.not_ordinal_of_people", "这是今年以来第五名投案的人员。", "RANK", None, None, None, None),
    # ranks of groups and lists, and positions one lies at (rank33)
    ("rank.top_size", "我国是全球157个国家（地区）前3大贸易伙伴。", "RANK", "前3大", "3", None,
     "top"),
    ("rank.not_top_size_of_time", "当前三大任务十分艰巨。", "RANK", None, None, None, None),
    ("rank.top_n_before_kind", "票房排名前10位均为国产影片。", "RANK", "前10位", "10", None, "top"),
    ("rank.top_n_before_peers", "包揽全省经济增速前三城市，", "RANK", "前三", "3", None, "top"),
    ("rank.not_top_n_code", "全国前3位数字代表省份。", "RANK", None, None, None, None),
    ("rank.lies_at", "经济增速位于西部十二省区第二，", "RANK", "第二", "2", None, "exact"),
    ("rank.position_word_classifier", "外贸进出口总额居全国第15位次。", "RANK", "第15位次", "15",
     None, "exact"),
    ("rank.quoted_list_dot_year", "“2025·全国文化企业30强”发布。", "RANK", "30强", "30", None,
     "top"),
    ("rank.quoted_list_no_scope", "入选本届“文化企业30强”；", "RANK", "30强", "30", None, "top"),
    ("rank.not_quoted_lists_counted", "瞄准“三个五百强”企业。", "RANK", None, None, None, None),
    ("rank.list_top_after_field", "单日客流连续多天登顶全省景区榜首。", "RANK", "榜首", "1", None,
     "exact"),
    ("rank.size_pillar", "旅游业成为全市第一支柱产业，", "RANK", "第一", "1", None, "exact"),
    ("rank.not_next_field_year", "排名全国第一，这是第二次获此殊荣。", "RANK", "第一", "1", None,
     "exact"),
    # an ordinal before a quoted noun: the first one of a kind (C39m, rank39)
    ("rank.not_first_quoted_kind", "她成为全省首位“金牌讲师”。", "RANK", None, None, None, None),
    ("rank.not_numeral_of_this", "要用好这一强大组织力量。", "RANK", None, None, None, None),
    ("rank.not_time_figures", "以1分02秒07强势夺冠。", "RANK", None, None, None, None),
    # a named division as the ranking's scope, no verb (C39o, rank39)
    ("rank.division_scope", "规模以上工业增加值增长9.1%，增速宜春市第一。", "RANK", "第一", "1",
     None, "exact"),
    ("rank.division_scope_wei", "增速为宜春市第二位。", "RANK", "第二位", "2", None, "exact"),
    ("rank.not_division_school", "考入湖南省第一师范学院。", "RANK", None, None, None, None),
    ("rank.not_division_hospitals", "长沙市第一、第二福利院扩建。", "RANK", None, None, None, None),
    ("rank.not_list_before_noun", "全区第一、第二网格完成整治。", "RANK", None, None, None, None),
    ("rank.not_lines_listed", "全市第1、2号线同步开工。", "RANK", None, None, None, None),
    ("rank.strong_sports", "中国女篮成功晋级四强。", "RANK", "四强", "4", None, "top"),
    # --- QUANTITY (label table: 55万平方米 → 550000; rule 18: compound units whole)
    ("quantity.table_area", "总建筑面积55万平方米。", "QUANTITY", "55万平方米", "550000", "平方米",
     "exact"),
    ("quantity.person_km", "旅客周转量1200万人公里。", "QUANTITY", "1200万人公里", "12000000",
     "人公里", "exact"),
    ("quantity.ton_km", "货物周转量36.5亿吨公里。", "QUANTITY", "36.5亿吨公里", "3650000000",
     "吨公里", "exact"),
    ("quantity.steam_ton", "淘汰20蒸吨以下燃煤锅炉。", "QUANTITY", "20蒸吨", "20", "蒸吨", "under"),
    ("quantity.eflops", "智能算力达到10EFlops。", "QUANTITY", "10EFlops", "10", "EFlops", "exact"),
    ("quantity.gwh", "新型储能规模30GWh。", "QUANTITY", "30GWh", "30", "GWh", "exact"),
    ("quantity.teu", "集装箱吞吐量达到120万标箱。", "QUANTITY", "120万标箱", "1200000", "标箱",
     "exact"),
    ("quantity.kwh", "全社会用电量1500亿千瓦时。", "QUANTITY", "1500亿千瓦时", "150000000000",
     "千瓦时", "exact"),
    ("quantity.kw", "新增装机容量200万千瓦。", "QUANTITY", "200万千瓦", "2000000", "千瓦", "exact"),
    ("quantity.coal_equivalent", "节能5.2万吨标准煤。", "QUANTITY", "5.2万吨标准煤", "52000",
     "吨标准煤", "exact"),
    ("quantity.hectares_kilo", "粮食种植面积3776.4千公顷。", "QUANTITY", "3776.4千公顷", "3776400",
     "公顷", "exact"),
    ("quantity.cubic_metres", "天然气产量10亿立方米。", "QUANTITY", "10亿立方米", "1000000000",
     "立方米", "exact"),
    ("quantity.mu_over", "争取用地指标1500余亩。", "QUANTITY", "1500余亩", "1500", "亩", "over"),
    ("quantity.pressure_letters", "水压大于或者等于0.1MPa(表压)。", "QUANTITY", "0.1MPa", "0.1",
     "MPa", None),
    ("quantity.kilonewton", "推力大于或等于90千牛顿的推进器", "QUANTITY", "90千牛顿", "90",
     "千牛顿", None),
    ("quantity.kilo_unit_cn", "四百四十一千瓦以上的海洋机动渔船", "QUANTITY", "四百四十一千瓦", "441",
     "千瓦", "over"),
    # rule 18: a unit per mu, per tonne, per day written with a slash is one unit (num17c)
    ("quantity.per_mu", "水稻单产412公斤/亩。", "QUANTITY", "412公斤/亩", "412", "公斤/亩", "exact"),
    ("quantity.per_tonne", "吨钢能耗降至300千瓦时/吨。", "QUANTITY", "300千瓦时/吨", "300",
     "千瓦时/吨", "exact"),
    ("quantity.kilolitre", "生产能力20万千升/年。", "QUANTITY", "20万千升/年", "200000", "千升/年",
     "exact"),
    ("quantity.cubic_letters_per_day", "处理能力10万m³/d。", "QUANTITY", "10万m³/d", "100000",
     "立方米/日", "exact"),
    ("quantity.hectopascal", "大气压力不低于1000百帕。", "QUANTITY", "1000百帕", "1000", "百帕",
     "over"),
    # units as web pages and district reports write them (rank48, C48s)
    ("quantity.square_metre_char", "外立面翻新5600㎡。", "QUANTITY", "5600㎡", "5600", "m²", "exact"),
    ("quantity.square_metre_spoken", "新建标准厂房3万平米。", "QUANTITY", "3万平米", "30000", "平方米",
     "exact"),
    ("quantity.cubic_no_metre", "完成土石方开挖120万立方。", "QUANTITY", "120万立方", "1200000",
     "立方米", "exact"),
    # a bare magnitude before a unit is one of it, a size class's 级 outside (numbers36)
    ("quantity.bare_mag_class", "打造千万吨级炼化基地。", "QUANTITY", "千万吨", "10000000", "吨",
     "exact"),
    ("quantity.bare_mag_times", "建设百万千瓦级风光基地。", "QUANTITY", "百万千瓦", "1000000", "千瓦",
     "exact"),
    ("quantity.bare_mag_mu", "建成一批万亩良田。", "QUANTITY", "万亩", "10000", "亩", "exact"),
    ("quantity.bare_mag_over", "港口吞吐量突破亿吨。", "QUANTITY", "亿吨", "100000000", "吨", "over"),
    ("quantity.not_bare_rough", "建设数万吨级泊位。", "QUANTITY", None, None, None, None),
    ("quantity.volume_first", "PM2.5平均浓度低于每立方米29微克。", "QUANTITY", "每立方米29微克", "29",
     "微克/立方米", "under"),
    # rule 18 classifiers: COUNT, unit as written
    ("count.sorties", "起降350架次。", "COUNT", "350架次", "350", "架次", "exact"),
    # the tiers of government counted before 级 (numbers36, C36w2), not one place's grade
    ("count.tiers", "完善省市县三级重大疫情预防监测体系。", "COUNT", "三级", "3", "级", "exact"),
    ("count.not_grade", "全市三级医院实现检查结果互认。", "COUNT", None, None, None, None),
    # compound classifiers whole (rule 18; numbers36: the train gold's 6部门 d54, 5万册次 d61,
    # 五大类 d80)
    ("count.departments", "省林草局等6部门联合印发实施方案。", "COUNT", "6部门", "6", "部门", "exact"),
    ("count.departments_cn", "市商务局等五部门联合开展促消费活动。", "COUNT", "五部门", "5", "部门",
     "exact"),
    ("count.volumes_lent", "全年送书下乡5万册次。", "COUNT", "5万册次", "50000", "册次", "exact"),
    ("count.major_kinds", "涵盖安全保障等五大类指标。", "COUNT", "五大类", "5", "大类", "exact"),
    ("count.not_each_department", "各部门要加强协同配合。", "COUNT", None, None, None, None),
    # a grade of quality and a sport's name count nothing (numbers36: d76, d56 gold)
    ("count.not_quality_grade", "干流出境断面水质稳定保持二类。", "COUNT", None, None, None, None),
    ("count.not_sport_name", "举办三人篮球邀请赛。", "COUNT", None, None, None, None),
    ("count.kinds_still_counted", "分为三类管理。", "COUNT", "三类", "3", "类", "exact"),
    ("count.port_trips", "出入境交通工具达12.5万辆（艘、架、列）次。", "COUNT",
     "12.5万辆（艘、架、列）次", "125000", "辆（艘、架、列）次", "exact"),
    ("count.trips", "开行96 趟次。", "COUNT", "96 趟次", "96", "趟次", "exact"),
    ("count.sessions_over", "举办培训80余场次。", "COUNT", "80余场次", "80", "场次", "over"),
    # --- DURATION (label table: 3至5年 → 3, value_max 5; units 年 个月 月 天 日 周 小时)
    ("duration.table_range", "力争通过3至5年努力。", "DURATION", "3至5年", "3", "年", "exact"),
    ("duration.months", "工期18个月。", "DURATION", "18个月", "18", "个月", "exact"),
    # more written inside a unit counted with 个 (rule 1's internal 多; rank48, C48r): no COUNT 4个
    ("duration.months_more", "整治历时4个多月。", "DURATION", "4个多月", "4", "个月", "over"),
    ("duration.months_more_no_count", "整治历时4个多月。", "COUNT", None, None, None, None),
    ("duration.days", "应当自受理之日起30日内作出决定。", "DURATION", "30日", "30", "日", "under"),
    ("duration.tian", "优良天数稳定在325天以上。", "DURATION", "325天", "325", "天", "over"),
    ("duration.weeks", "连续两周开展督查。", "DURATION", "两周", "2", "周", "exact"),
    ("duration.hours", "持续时间超过72小时。", "DURATION", "72小时", "72", "小时", "over"),
    ("duration.seconds", "急救调度人员应当在八秒内接听呼救电话。", "DURATION", "八秒", "8", "秒",
     "under"),
    ("duration.class_hours", "培训时间不得少于8学时。", "DURATION", "8学时", "8", "学时", "over"),
    ("duration.not_anniversary", "庆祝新中国成立70周年。", "DURATION", None, None, None, None),
    # a quoted name's years after it (rule 7), and no length in 一年更比一年 (numbers36)
    ("duration.after_quoted_name", "“暖心民政”三年行动启动实施。", "DURATION", "三年", "3", "年",
     "exact"),
    ("duration.not_named_campaign", "实施城市更新三年行动计划。", "DURATION", None, None, None, None),
    ("duration.not_year_by_year", "让人民的生活一年更比一年好。", "DURATION", None, None, None, None),
    # laws and fund rules (durv29): half a unit, a term N年期, years counted as 年度,
    # calendar days, a length not yet reached, never a year counted with 第
    ("duration.term", "一年期贷款市场报价利率。", "DURATION", "一年", "1", "年", "exact"),
    ("duration.tax_years", "连续5个纳税年度。", "DURATION", "5个纳税年度", "5", "个年度", "exact"),
    ("duration.calendar_days", "在10个自然日前公告。", "DURATION", "10个自然日", "10", "日", "exact"),
    ("duration.not_yet", "自处罚决定之日起未逾3年的。", "DURATION", "3年", "3", "年", "under"),
    ("duration.not_ordinal", "第四至六年减半征收所得税。", "DURATION", None, None, None, None),
    ("duration.rough_pair", "用三五天时间完成。", "DURATION", "三五天", "3", "天", "exact"),
    # the period before or after, or each one: no length of time (C39l, rank39)
    ("duration.not_week_before", "门店客流量较前一周回落12%。", "DURATION", None, None, None, None),
    ("duration.not_last_month", "上一个月环比增长3%。", "DURATION", None, None, None, None),
    ("duration.not_next_year", "自下一年起报送年度报告。", "DURATION", None, None, None, None),
    ("duration.not_each_day", "每一天都很充实。", "DURATION", None, None, None, None),
    ("duration.above_then_year", "对直接责任人员给予警告以上一年以下的停职处理。", "DURATION",
     "一年", "1", "年", "under"),
    ("duration.week_before_event", "在开幕前一周完成布展。", "DURATION", "一周", "1", "周", "exact"),
    ("duration.verb_then_month", "储存的电量足够全市居民用上一个月。", "DURATION", "一个月", "1",
     "个月", "exact"),
    ("duration.remaining_year", "距离目标期限只剩下一年。", "DURATION", "一年", "1", "年", "exact"),
    # --- DATE (rules 5, 14, 16)
    ("date.year_end", "到2019年底，全市", "DATE", "2019年底", "2019-12", None, "exact"),
    ("date.year_start", "2018年初，全市", "DATE", "2018年初", "2018", None, "exact"),
    ("date.last_year_end", "上年末全市常住人口", "DATE", "上年末", "2021-12", None, "exact"),
    ("date.year_range", "2017-2019年累计完成", "DATE", "2017-2019年", "2017/2019", None, "exact"),
    ("date.year_range_to", "2018年到2020年，全市", "DATE", "2018年到2020年", "2018/2020", None,
     "exact"),
    ("date.fiscal_year", "2021年度考核优秀", "DATE", "2021年度", "2021", None, "exact"),
    ("date.quarter_list", "二、三季度增速回升", "DATE", "二、三季度", "2022-04/2022-09", None,
     "exact"),
    ("date.past_year", "过去一年，全市上下", "DATE", "过去一年", "2022", None, "exact"),
    ("date.since", "2018 年以来，全市", "DATE", "2018 年", "2018", None, "since"),
    ("date.not_vague", "近年来，全年，年内", "DATE", None, None, None, None),
    # the year's first N months: one interval from January, no DURATION (C39l, rank39)
    ("date.first_months", "今年前4个月，全市进出口总值增长6%。", "DATE", "今年前4个月",
     "2022-01/2022-04", None, "exact"),
    ("date.first_months_clause", "前两个月，全市规上工业增加值增长8%。", "DATE", "前两个月",
     "2022-01/2022-02", None, "exact"),
    ("duration.not_first_months", "今年前4个月，全市进出口总值增长6%。", "DURATION", None, None, None,
     None),
    ("duration.before_launch", "在卫星发射前两个月完成总装。", "DURATION", "两个月", "2", "个月",
     "exact"),
]


@pytest.mark.parametrize(("text", "label", "span", "value", "unit", "qualifier"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_contract_form(pipeline, text: str, label: str, span: str | None, value: str | None,
                       unit: str | None, qualifier: str | None) -> None:
    mentions = pipeline.extract(text, ref_date=REF).mentions
    found = [m for m in mentions if m.label == label]
    if span is None:
        assert found == [], [(m.label, m.text) for m in found]
        return
    assert [m.text for m in found] == [span], [(m.label, m.text) for m in mentions]
    m = found[0]
    got = m.norm if label == "DATE" else m.value
    assert (got == value if label == "DATE" else got == Decimal(value)), got
    if unit is not None:
        assert m.unit == unit
    if qualifier is not None:
        assert m.qualifier == qualifier


# Texts with more than one mention of a label: every span of it, in order, with its value
# (a second position that continues a ranking needs the first one before it: C39k, rank39)
SEQUENCES = [
    ("rank.next_field", "增速位列全省第三，总量第五。", "RANK", [("第三", "3"), ("第五", "5")]),
    ("rank.next_field_digits", "地区生产总值增速全市第1，总量第3。", "RANK",
     [("第1", "1"), ("第3", "3")]),
    ("rank.next_field_after_first", "增速居全省首位，总量第三位；", "RANK",
     [("首位", "1"), ("第三位", "3")]),
    ("rank.next_field_list", "农民收入增速居全市第二、城镇居民收入第四。", "RANK",
     [("第二", "2"), ("第四", "4")]),
    ("rank.not_next_field_sector", "总量居全国第二，其中第一产业增长3%。", "RANK", [("第二", "2")]),
    ("rank.positions_listed", "金牌数和奖牌数分别居全国第五、第六。", "RANK",
     [("第五", "5"), ("第六", "6")]),
    ("rank.positions_listed_wei", "两项指标分别居全省第二、第五位。", "RANK",
     [("第二", "2"), ("第五位", "5")]),
    ("rank.not_next_field_year", "增速居全省第一，连续第三年保持领先。", "RANK", [("第一", "1")]),
    ("duration.above_then_year_pair", "处三个月以上一年以下的停业处罚。", "DURATION",
     [("三个月", "3"), ("一年", "1")]),
    # a list of positions after one verb, each field its own ranking (C42x)
    ("rank.next_field_chain", "位居全国百强县综合实力第5、工业投资第8、县域经济基本竞争力第9。", "RANK",
     [("百强", "100"), ("第5", "5"), ("第8", "8"), ("第9", "9")]),
    ("rank.next_field_bracket", "两项指标均居全省前列（总量第4位、增速第6位）。", "RANK",
     [("第4位", "4"), ("第6位", "6")]),
    # a range with the classifier on both ends is one span; after 由 the two are a move (C44z)
    ("rank.range_both_classifiers", "总分居第4位至第7位的县区，排名由第20位到第8位。", "RANK",
     [("第4位至第7位", "4"), ("第20位", "20"), ("第8位", "8")]),
    # positions in brackets after the places a sentence ranks (C44z)
    ("rank.bracket_place", "各县区增速排名：青山县（第1位）、白水县（13位）。", "RANK",
     [("第1位", "1"), ("13位", "13")]),
    # a position before the body that holds it, no verb and no 依次/分别 (C44z left it:
    # 第二名仲裁员 and 第五名投案的人员 write the same shape with no ranking)
    pytest.param("一区规模遥遥领先，是第二名二区的两倍。", "RANK", [("第二名", "2")],
                 id="rank.ordinal_before_holder",
                 marks=pytest.mark.xfail(strict=True, reason="an ordinal before a name: C44z left it")),
    # bare positions in a list of places ranked (C51u)
    ("rank.bare_ranked_list", "青山县位列第6，白水县排名13，柳岔县排名15。", "RANK",
     [("第6", "6"), ("13", "13"), ("15", "15")]),
    # a gap rank48 left (C48p-s): a top N after a verb of taking the places, 当中 after it
    pytest.param("该省包揽了前十当中的六席。", "RANK", [("前十", "10")], id="rank.gap_sweep_top_n",
                 marks=pytest.mark.xfail(strict=True, reason="包揽 is no verb of ranking: rank48 left it")),
    ("rank.not_next_field_plenum", "增速排名全省第二，全县农业农村工作会议第三次全体会议召开。", "RANK",
     [("第二", "2")]),
    # the last month of a quarter and a day of it: no length of time (C42v)
    ("duration.not_last_month_day", "各单位于每季度最后一个月的25日前报送，试用期为6个月。", "DURATION",
     [("6个月", "6")]),
    # a relay's last leg is no count; mushroom logs are (C42y)
    ("count.logs_not_leg", "火炬传到最后一棒，全县种植食用菌35万棒。", "COUNT", [("35万棒", "350000")]),
    # voltage in letters is a QUANTITY as 千伏 is (C43v; before a substation's name it opens the
    # FAC: names.voltage_substation's examples)
    ("quantity.kv", "新建10kV线路36公里，扩建500KV变电站。", "QUANTITY",
     [("10kV", "10"), ("36公里", "36"), ("500KV", "500")]),
]


@pytest.mark.parametrize(("text", "label", "spans"),
                         [c if hasattr(c, "marks") else c[1:] for c in SEQUENCES],
                         ids=[None if hasattr(c, "marks") else c[0] for c in SEQUENCES])
def test_contract_sequence(pipeline, text: str, label: str,
                           spans: list[tuple[str, str]]) -> None:
    mentions = pipeline.extract(text, ref_date=REF).mentions
    found = [(m.text, m.value) for m in mentions if m.label == label]
    assert found == [(span, Decimal(value)) for span, value in spans], found
