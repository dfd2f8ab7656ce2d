"""The rule pass for names: rule examples from rules/names.yaml, a table of
hand-written cases (ANNOTATION.md rules 6-11, 13) and the pipeline wiring."""

from __future__ import annotations

import pytest

from policy_extract.names import NameRulePass, canonical, load_name_rules
from policy_extract.pipeline import Pipeline
from policy_extract.rules import default_rules_dir
from policy_extract.textview import TextView

_DATA = load_name_rules(default_rules_dir())


@pytest.fixture(scope="module")
def names() -> NameRulePass:
    return NameRulePass()


@pytest.fixture(scope="module")
def pipeline(names: NameRulePass) -> Pipeline:
    return Pipeline(name_passes=(names,))


def _found(names: NameRulePass, text: str) -> list[tuple[str, str, str | None, str]]:
    view = TextView(text)
    return [(view.raw_slice(c.start, c.end), c.label, c.norm, c.rule) for c in names.find(view)]


_EXAMPLES = [pytest.param(r, ex, id=f"{r.id}:{ex['span']}") for r in _DATA.rules
             for ex in r.examples]
_COUNTER = [pytest.param(r, text, id=f"{r.id}:not:{text}") for r in _DATA.rules
            for text in r.counterexamples]


def _by_rule(names: NameRulePass, text: str, rule_id: str) -> set[tuple[str, str, str | None]]:
    """What one rule yields on ``text`` before overlaps are settled (so an example that a
    gazetteer entry also finds still tests the rule)."""
    view = TextView(text)
    return {(view.raw_slice(c.start, c.end), c.label, c.norm)
            for c in names.candidates(view.clean, view) if c.rule == rule_id}


@pytest.mark.parametrize(("rule", "example"), _EXAMPLES)
def test_rule_example(names: NameRulePass, rule, example) -> None:
    found = {(span, label, norm) for span, label, norm, _ in _found(names, example["text"])}
    label = example.get("label", rule.label)
    norm = example.get("norm", canonical(example["span"]))
    assert (example["span"], label, norm) in found
    # the rule itself yields it (issue 10 item 4: a name rule can not break unnoticed)
    assert example["span"] in {span for span, _, _ in _by_rule(names, example["text"], rule.id)}


@pytest.mark.parametrize(("rule", "text"), _COUNTER)
def test_rule_counterexample(names: NameRulePass, rule, text: str) -> None:
    assert [f for f in _found(names, text) if f[3] == rule.id] == []
    assert _by_rule(names, text, rule.id) == set()


# -- lexicon entries written with examples (rules/names.yaml: words or pattern, note,
# examples, counterexamples) --------------------------------------------------------------

_ENTRIES = {k: v for k, v in _DATA.lexicon.items() if isinstance(v, dict)}
_LEX_EXAMPLES = [pytest.param(ex, id=f"lexicon.{k}:{ex['span']}")
                 for k, v in _ENTRIES.items() for ex in v.get("examples") or ()]
_LEX_COUNTER = [pytest.param(ex, id=f"lexicon.{k}:not:{ex['span']}")
                for k, v in _ENTRIES.items() for ex in v.get("counterexamples") or ()]


def _matching(pipeline: Pipeline, example: dict) -> list:
    """The mentions of the example's text that have its span and every other field given."""
    fields = {k: v for k, v in example.items() if k not in ("text", "span")}
    return [m for m in pipeline.extract(example["text"], ref_date="2020-07").mentions
            if m.text == example["span"]
            and all(getattr(m, k) == v for k, v in fields.items())]


@pytest.mark.parametrize("example", _LEX_EXAMPLES)
def test_lexicon_example(pipeline: Pipeline, example: dict) -> None:
    assert _matching(pipeline, example), example


@pytest.mark.parametrize("example", _LEX_COUNTER)
def test_lexicon_counterexample(pipeline: Pipeline, example: dict) -> None:
    assert _matching(pipeline, example) == [], example


def test_lexicon_entries_have_examples() -> None:
    """Every lexicon entry written as a mapping has a note, an example and a counterexample."""
    assert _ENTRIES
    for key, entry in _ENTRIES.items():
        assert entry.get("note") and entry.get("examples") and entry.get("counterexamples"), key
        assert ("words" in entry) != ("pattern" in entry), key


# text, expected (span, label, norm) in order; written for these tests or taken
# from ../shared/corpus (never from the gold)
CASES = [
    ("parallel_bodies", "市委、市政府高度重视", [("市委", "ORG", "市委"), ("市政府", "ORG", "市政府")]),
    # a document number carries no labels inside: its issuing body's abbreviation is no ORG
    # (C43y; NOTES d16), the body written before the document's title is
    ("doc_number_body", "按照省政府办公厅《关于优化营商环境的意见》（赣府厅发〔2022〕21号）、人社部发[2023]12号文件要求",
     [("省政府办公厅", "ORG", "省政府办公厅"), ("关于优化营商环境的意见", "DOC", "关于优化营商环境的意见")]),
    # a quoted ranking list is a RANK, but with a programme's head after the quotes it names
    # the programme (rule 7; C43u)
    ("ranking_list_programme", "实施“工业十强”行动", [("工业十强”行动", "INITIATIVE", "工业十强行动")]),
    ("doc_number_not_body_alone", "人社部发布2023年第12号公告", [("人社部", "ORG", "人力资源社会保障部")]),
    # (org43, C43b) two bodies the gazetteer knows written with no mark between them are two
    # (rule 6), as with the list mark: 党中央国务院 was one ORG
    # (org43) a commission the gazetteer knows by its short name, written out in full: the
    # whole name (was ORG 国家卫生健康委, the short entry jieba's word cut it to)
    ("C43b_commission_in_full", "经国家卫生健康委员会批准",
     [("国家卫生健康委员会", "ORG", "国家卫生健康委员会")]),
    # (org43, gaps left) a town's office by its short name, and a place before 政府办 outside a
    # responsibility list: the office is one ORG with its place (rule 20); missed or cut. The
    # town's office is read since C44b (names.town_body's heads of a town's offices)
    ("C43_gap_town_office", "。青石镇应急办深入辖区开展检查", [("青石镇应急办", "ORG", "青石镇应急办")]),
    ("C43_gap_place_government_office", "来源：长河市政府办",
     [("长河市政府办", "ORG", "长河市政府办")]),
    # (org44) C44d: a list that a level's department opens goes on with the level's bare
    # departments; C44c: a company by a common word before 集团 after 与 and before signing
    ("C44d_level_led_list", "。成员由县委宣传部、发展改革局、教育局组成。",
     [("县委宣传部", "ORG", "县委宣传部"), ("发展改革局", "ORG", "发展改革局"),
      ("教育局", "ORG", "教育局")]),
    ("C44c_partner_company", "。与远航集团签约。", [("远航集团", "ORG", "远航集团")]),
    # (org44, gap left) a company by a common word after a verb of service or founding
    ("C44_gap_company_after_verb", "。全力服务东风公司。", [("东风公司", "ORG", "东风公司")]),
    # (org45) C45f: a task list's cells copied from the web stand one to a paragraph, all
    # short: a blank line between them parts two names (the two bodies ran into one, and a
    # target's last word glued to the body after it hid it); C45g: a distributive word whose
    # class a clause follows spreads over no body the clause names; C45h: a term's word
    # before a level's body; C45i: a roster's member padded before his body
    ("C45f_table_cells", "迁建县档案馆。\n\n县政务服务中心\n\n县机关事务服务中心\n\n11月底前\n\n6\n\n"
     "完成年度目标\n\n区生态环境局\n", [("县政务服务中心", "ORG", "县政务服务中心"),
                                      ("县机关事务服务中心", "ORG", "县机关事务服务中心"),
                                      ("区生态环境局", "ORG", "区生态环境局")]),
    ("C45g_clause_after_class", "。有关单位要认真按照县委、县政府的部署推进。",
     [("县委", "ORG", "县委"), ("县政府", "ORG", "县政府")]),
    ("C45g_levels_listed", "。各区、县政府要加强领导。", []),
    ("C45h_term_before_body", "。这是我县新一届县委、县政府的开局之年。",
     [("县委", "ORG", "县委"), ("县政府", "ORG", "县政府")]),
    # (org45b) C45k: a bureau's section after it; C45l: a list the level's government's
    # office opens, two items, after 及, a company among them (made up); two gaps left
    ("C45k_bureau_section", "。申报材料报送至县林业局资源管理科。",
     [("县林业局资源管理科", "ORG", "县林业局资源管理科")]),
    ("C45k_technology_after_bureau", "。县科技局加强科技。", [("县科技局", "ORG", "县科技局")]),
    ("C45l_office_led_pair", "。政府督查室、审计局要逐项督办。",
     [("政府督查室", "ORG", "政府督查室"), ("审计局", "ORG", "审计局")]),
    ("C45_gap_roster_level_organ", "成　员：王  五  区委政法委\n\n赵　六  区城管局\n",
     [("区委政法委", "ORG", "区委政法委"), ("区城管局", "ORG", "区城管局")]),
    # C49a: a person named again holds no place nor body that starts inside the name
    ("C49a_person_holds_place", "区长孙阳东出席。孙阳东代表区人民政府作了发言。",
     [("孙阳东", "PERSON", "孙阳东"), ("孙阳东", "PERSON", "孙阳东"),
      ("区人民政府", "ORG", "区人民政府")]),
    ("C45_gap_committee_group", "。方案已经县委实施人才强县战略领导小组审定。",
     [("县委实施人才强县战略领导小组", "ORG", "县委实施人才强县战略领导小组")]),
    ("C45i_roster_column", "成　员：李  明  区民政局\n\n赵　强  区城管局\n",
     [("区民政局", "ORG", "区民政局"), ("区城管局", "ORG", "区城管局")]),
    ("C43b_known_bodies_run_together", "认真落实党中央国务院、省委省政府决策部署",
     [("党中央", "ORG", "党中央"), ("国务院", "ORG", "国务院"), ("省委", "ORG", "省委"),
      ("省政府", "ORG", "省政府")]),
    # rule 11: a doctrine is not labelled and a place inside it is no GPE (issue 10; the
    # seed and train gold leave 中国 there unlabelled); a person inside one is a PERSON
    ("doctrine_modernisation", "中国式现代化江苏新实践", [("江苏", "GPE", "江苏")]),
    # the country as the attribute of a process (the train gold: 藏传佛教中国化 has no GPE)
    ("country_as_process", "坚持宗教中国化方向，与中国企业合作", [("中国", "GPE", "中国")]),
    # a place whose last character makes a common word with the next (四|平台) is none; one
    # followed by a word of its own (西安|全面) or a function character (汉中|等) is
    # (the quoted numbered slogan is a programme: names._long_numeral_formula, train d59)
    ("place_cut_after", "完善“一中心四平台一网格”，推进西安全面发展、汉中等地建设",
     [("一中心四平台一网格", "INITIATIVE", "一中心四平台一网格"), ("西安", "GPE", "西安"),
      ("汉中", "GPE", "汉中")]),
    # a place whose characters are a plain word there (lexicon.places_as_words)
    ("place_as_word", "黄金、白银、精炼铜产量增长，庆祝成立60周年大庆；白银、铜川两市",
     [("白银", "GPE", "白银"), ("铜川", "GPE", "铜川")]),
    # a level written after a place's full name (省级, 省属) leaves the place short; 级别 is
    # no level (train d40: 完善安徽省级工业互联网安全态势…, GPE 安徽)
    ("place_before_level", "完善安徽省级工业互联网安全态势感知，支持四川省属企业，比照江苏省级别",
     [("安徽", "GPE", "安徽"), ("四川", "GPE", "四川"), ("江苏省", "GPE", "江苏省")]),
    ("post_title", "市委书记主持召开会议", [("市委", "ORG", "市委")]),
    # (gpe36) a county-level city's full name that starts inside a place written before it
    # and runs on into the next word is none (上海|城市: 海城市, 嘉兴|城市: 兴城市, two counties
    # of Liaoning): the place before it is the GPE; after a province, where a word starts at
    # it, the county stays (辽宁|海城市, made-up texts)
    ("place_straddled_by_county", "推进上海城市更新，提升嘉兴城市品质",
     [("上海", "GPE", "上海"), ("嘉兴", "GPE", "嘉兴")]),
    ("county_after_province", "位于辽宁省海城市的工厂",
     [("辽宁省", "GPE", "辽宁省"), ("海城市", "GPE", "海城市")]),
    # (gpe36, call C36p) a people's name that holds a country's name is no place; an
    # autonomous area named by a people keeps its whole name (made-up texts)
    ("people_not_place", "传承蒙古族长调，朝鲜族、俄罗斯族群众参加，赴蒙古国考察",
     [("蒙古国", "GPE", "蒙古国")]),
    ("people_in_autonomous_area", "延边朝鲜族自治州发展迅速",
     [("延边朝鲜族自治州", "GPE", "延边朝鲜族自治州")]),
    # a clause's single character (a preposition, pronoun, adverb; a verb before a level
    # or a long word) is no piece of an organisation's name (lexicon.clause_single_tags, of
    # bulk laws and a 2026 report); a verb before a short word is (海|垦|集团)
    ("clause_single_before_org", "派遣至某传媒公司工作，将法规案送常务委员会，即省疾控中心",
     [("省疾控中心", "ORG", "省疾控中心")]),
    ("single_verb_in_abbrev", "海垦集团跻身前列", [("海垦集团", "ORG", "海垦集团")]),
    # bare levels after a clause's word, before a lower level's or a run of levels' body:
    # a class (lexicon.bare_level_list; a 2026 report and bulk laws); a place's name keeps it
    ("bare_levels_class", "依托市、区两级人才服务中心，临安区、桐庐县政府，东极镇、区资源规划分局",
     [("临安区", "ORG", "临安区"), ("桐庐县政府", "ORG", "桐庐县政府"),
      ("区资源规划分局", "ORG", "区资源规划分局")]),
    ("committee_post", "经开区管委会主任参加", [("经开区管委会", "ORG", "经开区管委会")]),
    ("zone_is_one_org", "常德经开区新开工项目", [("常德经开区", "ORG", "常德经开区")]),
    # a zone's administration written in full continues the zone's name as 管委会 does (gold
    # 义乌国际贸易综合改革试验区管理委员会: one ORG; qa33: the ORG head 综合实验区 of initplace33
    # cut 郑州航空港经济综合实验区|管理委员会); the committees of a class of zones stay out
    ("zone_full_committee", "郑州航空港经济综合实验区管理委员会负责实施",
     [("郑州航空港经济综合实验区管理委员会", "ORG", "郑州航空港经济综合实验区管理委员会")]),
    ("zone_full_committee_kind", "由常德经济技术开发区管理委员会负责，各开发区管理委员会配合",
     [("常德经济技术开发区管理委员会", "ORG", "常德经济技术开发区管理委员会")]),
    ("variant_linked", "市发改委牵头", [("市发改委", "ORG", "市发展改革委")]),
    ("quote_line_break", "做好“六\n稳”工作", [("六\n稳", "INITIATIVE", "六稳")]),
    ("kept_suffix_version", "实施“135”工程升级版",
     [("135”工程", "INITIATIVE", "135工程")]),
    ("bare_version_linked", "“135”工程成效明显，“135”升级版加快推进",
     [("135”工程", "INITIATIVE", "135工程"), ("135", "INITIATIVE", "135工程")]),
    ("other_word_after_quotes", "推动“两业”融合发展", [("两业", "INITIATIVE", "两业")]),
    ("figure_of_speech", "抓住“牛鼻子”，发挥“指挥棒”作用", []),
    ("person_in_doctrine", "深入学习习近平新时代中国特色社会主义思想",
     [("习近平", "PERSON", "习近平")]),
    ("person_title", "习近平总书记强调", [("习近平", "PERSON", "习近平")]),
    ("doc_title", "印发《关于加快发展服务业的若干意见》",
     [("关于加快发展服务业的若干意见", "DOC", "关于加快发展服务业的若干意见")]),
    # a newspaper or journal in 《》 is the medium, an ORG (C39n, rank39); a bulletin a DOC
    ("media_title_paper", "决定在《衡阳日报》上全文刊登", [("衡阳日报", "ORG", "衡阳日报")]),
    ("media_title_journal", "成果入选《科学》年度十大突破", [("科学", "ORG", "科学")]),
    ("media_not_bulletin", "发布《2022年全县国民经济和社会发展统计公报》",
     [("2022年全县国民经济和社会发展统计公报", "DOC", "2022年全县国民经济和社会发展统计公报")]),
    # a kind of licence, certificate or case instrument in 《》 is no titled document (C51w,
    # rank51); a title about one, a film's title ending in 证, and a form with a title stay DOC
    ("C51w_licence_not_doc", "准予登记的，发给《营业执照》。", []),
    ("C51w_permit_not_doc", "取得《医疗机构执业许可证》后方可执业。", []),
    ("C51w_certificate_not_doc", "发给《社会团体法人登记证书》。", []),
    ("C51w_instrument_not_doc", "应当制作《行政处罚决定书》。", []),
    ("C51w_licence_rules_doc", "依据《营业执照管理办法》办理",
     [("营业执照管理办法", "DOC", "营业执照管理办法")]),
    ("C51w_film_doc", "观看电影《青山作证》。", [("青山作证", "DOC", "青山作证")]),
    ("C51w_titled_form_doc", "填写《专项资金项目申报表》。",
     [("专项资金项目申报表", "DOC", "专项资金项目申报表")]),
    ("C51w_gap_traditional_licence", "准予登記的，發給《營業執照》。", []),
    ("province_organ", "省发展改革委、省财政厅负责",
     [("省发展改革委", "ORG", "省发展改革委"), ("省财政厅", "ORG", "省财政厅")]),
    ("organ_with_and", "省经济和信息化厅负责", [("省经济和信息化厅", "ORG", "省经济和信息化厅")]),
    ("place_run", "加强与桂粤湘黔合作", [("桂粤湘黔", "GPE", "桂粤湘黔")]),
    # a place and 段 after a name are that name's section (rule 20), after a river the
    # river's part in the place (GPE, as the train gold labels 长江干流江苏段); made up
    ("section_of_name", "推进输气管道三线甘肃段建设", []),
    ("section_of_river", "长江干流江苏段、嘉陵江甘肃段水质稳定",
     [("江苏", "GPE", "江苏"), ("甘肃", "GPE", "甘肃")]),
    # a place in the brackets of 中国（…） is inside the name they open (a zone, ORG), but a
    # one-off event is no name and its places are GPEs (rule 11, as the train gold has
    # 中国（温州）…博览会; made up)
    ("bracketed_place_event", "办好中国（温州）国际园林博览会，建设中国（安徽）自由贸易试验区",
     [("中国", "GPE", "中国"), ("温州", "GPE", "温州"),
      ("中国（安徽）自由贸易试验区", "ORG", "中国（安徽）自由贸易试验区")]),
    # the place that opens a law's title line is a GPE (as the train gold: d14 上海市, d15
    # 郑州市); made up
    ("law_title_place", "# 泰安市城市绿化条例\n\n第一条 为了加强城市绿化", [("泰安市", "GPE", "泰安市")]),
    # the oceans and 东北亚 are places (regions of the gazetteer); 印度 of 印度洋 is none
    # a chain of divisions, each inside the one before, is a GPE each (as the train gold labels
    # 河北省|承德市), though the tokenizer reads a word across the joint (省长, 市镇) and the
    # gate reads a place before a place as a name's start; made up after the news transcripts
    # (gpe25); the chain that opens an organ's name stays one ORG (rule 20)
    ("division_chain", "湖南省长沙市、山西省长治市和云南昭通市镇雄县，位于北京市海淀区的实验室",
     [("湖南省", "GPE", "湖南省"), ("长沙市", "GPE", "长沙市"), ("山西省", "GPE", "山西省"),
      ("长治市", "GPE", "长治市"), ("云南", "GPE", "云南"), ("昭通市", "GPE", "昭通市"),
      ("镇雄县", "GPE", "镇雄县"), ("北京市", "GPE", "北京市"), ("海淀区", "GPE", "海淀区")]),
    # (gate32) the inner place of a chain, a city after its own country (with 首都 between)
    # or a division after one that holds it, is a GPE of its own past the place gate, as the
    # outer one is; and a prefecture before a county's short name it holds; made up, the
    # last from the raw 广东 2026 report
    ("place_after_holding_place", "代表团赴哈萨克斯坦阿斯塔纳考察，又访问黎巴嫩首都贝鲁特和美国纽约",
     [("哈萨克斯坦", "GPE", "哈萨克斯坦"), ("阿斯塔纳", "GPE", "阿斯塔纳"), ("黎巴嫩", "GPE", "黎巴嫩"),
      ("贝鲁特", "GPE", "贝鲁特"), ("美国", "GPE", "美国"), ("纽约", "GPE", "纽约")]),
    # (qa32) not a place a lake's or river's head follows (a natural lake or river is no
    # name, NOTES: d42's 海拉尔河): the gate reads it; made up
    ("place_before_water", "在内蒙古乌海湖，游人如织，湖北黄石的矿山公园",
     [("内蒙古", "GPE", "内蒙古"), ("湖北", "GPE", "湖北"), ("黄石", "GPE", "黄石")]),
    ("city_after_own_state", "又访问美国宾夕法尼亚州费城的工厂",
     [("美国", "GPE", "美国"), ("宾夕法尼亚州", "GPE", "宾夕法尼亚州"), ("费城", "GPE", "费城")]),
    ("division_after_holding_division", "四川雅安市石棉县的茶园，湖北黄石的矿山公园",
     [("四川", "GPE", "四川"), ("雅安市", "GPE", "雅安市"), ("石棉县", "GPE", "石棉县"),
      ("湖北", "GPE", "湖北"), ("黄石", "GPE", "黄石")]),
    ("prefecture_before_county_short", "新创建云浮罗定、茂名化橘红国家地理标志产品保护示范区",
     [("云浮", "GPE", "云浮"), ("茂名", "GPE", "茂名"),
      ("国家地理标志产品保护示范区", "INITIATIVE", "国家地理标志产品保护示范区")]),
    ("division_chain_organ", "呼伦贝尔市海拉尔区人民政府，湖南省省长",
     [("呼伦贝尔市海拉尔区人民政府", "ORG", "呼伦贝尔市海拉尔区人民政府"), ("湖南省", "GPE", "湖南省")]),
    # countries jieba tags as adverbs (gazetteer.tsv); the region named by 约旦's river whole
    ("countries_tagged_adverb", "伊朗、约旦等国，空袭也门荷台达省，约旦河西岸",
     [("伊朗", "GPE", "伊朗"), ("约旦", "GPE", "约旦"), ("也门", "GPE", "也门"),
      ("约旦河西岸", "GPE", "约旦河西岸")]),
    ("ocean_region", "面向太平洋、印度洋，开拓东北亚市场", [("太平洋", "GPE", "太平洋"),
     ("印度洋", "GPE", "印度洋"), ("东北亚", "GPE", "东北亚")]),
    # rule 13 for cities: short names run together before their partnership (made up)
    ("partner_run", "唱好甬杭“双城记”，推动厦漳泉一体化，不搞东西部协作以外的南北合作",
     [("甬杭", "GPE", "甬杭"), ("双城记", "INITIATIVE", "双城记"),
      # fused before 一体化 the run and the word are the strategy (names.partner_strategy, C28)
      ("厦漳泉一体化", "INITIATIVE", "厦漳泉一体化"),
      ("东西部协作", "INITIATIVE", "东西部协作")]),
    # (gpe38, C38p) a pair jieba holds as one place name (ns) is two places before a
    # partnership (made up); fused before 同城化 it is the strategy's; 苏宁 stays a retailer
    # (gpe38, C38s) the end of a longer run that is a list's item is no strategy of its own
    # (made up): 长益常 is an item (GPE, as 嘉湖、杭嘉等一体化), not 长 + 益常一体化
    ("partner_strategy_list_item", "深化长岳协同、长益常一体化",
     [("长岳", "GPE", "长岳"), ("长益常", "GPE", "长益常")]),
    # (C47a) before 协作 and its mechanism: fused before 协作 alone the pair names the
    # programme (深化闽宁协作: INITIATIVE 闽宁协作, names.partner_strategy)
    ("partner_run_place_pair", "推进深港合作，完善闽宁协作机制，推动京津同城化，引进苏宁合作项目",
     [("深港", "GPE", "深港"), ("闽宁", "GPE", "闽宁"),
      ("京津同城化", "INITIATIVE", "京津同城化")]),
    # rule 20: a place that starts an item of a list closed by 等 and the head the items
    # share is no GPE (unseen corpus lines of 浙江 2021), unless it is an item alone (train
    # d40) or no list is written (train d42: 中俄蒙 of an event, kept)
    # (an expectation the gold contradicts since the twenty-sixth session's call C12: train
    # d59 labels this sentence's 浙江, 宁波, 温州 GPE and the shared head INITIATIVE alone;
    # the rule still drops 宁波 and 温州, the retrained gate keeps 浙江: _GAPS below)
    ("listed_items_share_head", "联动推进G60（浙江段）、宁波甬江、温州环大罗山等科创大走廊建设。",
     [("浙江", "GPE", "浙江"), ("宁波", "GPE", "宁波"), ("温州", "GPE", "温州"),
      ("科创大走廊", "INITIATIVE", "科创大走廊")]),
    ("listed_places_alone", "加强与上海、青岛、深圳等工业互联网先行区的交流互动",
     [("上海", "GPE", "上海"), ("青岛", "GPE", "青岛"), ("深圳", "GPE", "深圳")]),
    ("no_list_before_head", "继续打造中俄蒙经贸展览会等平台", [("中俄蒙", "GPE", "中俄蒙")]),
    # a place inside a quoted model of parts joined by + is no GPE (train d29, d21)
    ("place_in_quoted_formula", "深化“乐城研用+海南生产”模式，海南加快发展", [("海南", "GPE", "海南")]),
    # a short head that fails (杭州|城: no name's words before it) hides no longer one: no
    # GPE 杭州 cut out of the belt, which names.region_belt finds whole (rule 20)
    ("longer_head_after_short", "推动杭州城西科创大走廊提能升级。",
     [("杭州城西科创大走廊", "INITIATIVE", "杭州城西科创大走廊")]),
    # a run of cities' first characters in quotes is a region, no programme (rule 13;
    # made-up sentence after train d42's 立足“海满阿”协作区)
    ("quoted_city_run", "深化“海满阿”区域合作", [("海满阿", "GPE", "海满阿")]),
    ("corpus_quoted_reform", "深化“放管服”改革", [("放管服", "INITIATIVE", "放管服")]),
    ("corpus_action", "实施“人工智能+”行动", [("人工智能+”行动", "INITIATIVE", "人工智能+行动")]),
    ("corpus_airport", "西安咸阳国际机场三期建成",
     [("西安咸阳国际机场", "FAC", "西安咸阳国际机场")]),
    ("slogan_list", "坚持“周调度、月督查、季讲评”",
     [("周调度、月督查、季讲评", "INITIATIVE", "周调度、月督查、季讲评")]),
    ("idiom_list", "坚持“一刻不停、一以贯之、一抓到底”", []),
    ("quoted_headline", "开展“紧扣产业链配套助力企业快速复产”活动", []),
    ("propagated", "实施“创新引领开放崛起”战略，坚持创新引领开放崛起不动摇",
     [("创新引领开放崛起", "INITIATIVE", "创新引领开放崛起"),
      ("创新引领开放崛起", "INITIATIVE", "创新引领开放崛起")]),
    ("generic_refs", "全市企业、园区和银行", []),
    # head_breakers: 部门 are departments, not the ministry the gazetteer knows (民政部);
    # the city's one finance department is an ORG (gold/dev/NOTES.md: 市食品药品监督管理部门
    # is, a bare function such as 农业部门 is not: names.level_department)
    ("departments_not_ministry", "民政部门、公安部门和市财政部门负责",
     [("市财政部门", "ORG", "市财政部门")]),
    # rule 9 in legal text: classes of organs and the bare organ type are generic
    ("class_of_governments", "县级以上人民政府和各级人民政府应当加强监督", []),
    ("bare_court", "当事人可以向人民法院提起诉讼", []),
    ("report_to_city", "报市人民政府批准", [("市人民政府", "ORG", "市人民政府")]),
    ("after_article_number", "第六十六条省人民政府负责", [("省人民政府", "ORG", "省人民政府")]),
    # places of the maintained data are names by the gazetteer pass (places.py)
    ("data_places", "常德市与深圳合作对接泰国企业",
     [("常德市", "GPE", "常德市"), ("深圳", "GPE", "深圳"), ("泰国", "GPE", "泰国")]),
    # issue 10 item 3: a bare organ of a level after 各, or in a list 各 opens, is a class
    ("distributed_government", "市商务局、各区政府按职责分工负责", [("市商务局", "ORG", "市商务局")]),
    ("distributed_list", "各区、县（市）政府、管委会负责落实", []),
    # a level's scope of its own zones before a bare committee is a class too (dev-d41);
    # a listed organ that owns the units after it is one (dev-d67), not after 各 itself
    ("scoped_class", "责任单位：区农业农村局、有关镇、街道、区属功能区管委会",
     [("区农业农村局", "ORG", "区农业农村局")]),
    ("owner_of_units", "责任单位：各设区市人民政府、省政府直属各单位", [("省政府", "ORG", "省政府")]),
    ("each_owner", "各区政府各部门要抓好落实", []),
    # places that share one 政府 are each a government (rule 6)
    ("shared_government", "责任单位：江干区、滨江区政府",
     [("江干区", "ORG", "江干区"), ("滨江区政府", "ORG", "滨江区政府")]),
    # people beside titles in a list, and a by-line name written again; a head walk
    # does not take the person in
    ("people_list", "责任领导：张勇副区长、王海涛常委",
     [("张勇", "PERSON", "张勇"), ("王海涛", "PERSON", "王海涛")]),
    ("byline_again", "省长 刘小涛\n省长刘小涛代表省人民政府作报告",
     [("刘小涛", "PERSON", "刘小涛"), ("刘小涛", "PERSON", "刘小涛"),
      ("省人民政府", "ORG", "省人民政府")]),
    # a city that cuts a word is no GPE (美丽|江苏, not 丽江); 美丽江苏 is a policy vision
    # (rule 11, names.place_vision), so 江苏 is inside an INITIATIVE there
    ("city_cuts_word", "建设美丽江苏", [("美丽江苏", "INITIATIVE", "美丽江苏")]),
    # rule 20: outermost names
    ("port_of_city", "九江港吞吐量增长", [("九江港", "FAC", "九江港")]),
    ("railway_section", "西成铁路甘肃段建成", [("西成铁路甘肃段", "FAC", "西成铁路甘肃段")]),
    # facb24: a stop on a line or at an airport is one FAC with it (names.stop_part); not an
    # agency at the line (边检站) nor a kind (沿线站点)
    ("stop_on_line", "，在京港澳高速保定服务区", [("京港澳高速保定服务区", "FAC", "京港澳高速保定服务区")]),
    ("airport_station", "，大兴机场站开通运营", [("大兴机场站", "FAC", "大兴机场站")]),
    ("agency_at_bridge", "，港珠澳大桥边检站发布提示", [("港珠澳大桥", "FAC", "港珠澳大桥")]),
    # a museum named after a site of the gazetteer, and a hall of a known building (site_part)
    ("site_museum", "，参观三星堆博物馆。", [("三星堆博物馆", "FAC", "三星堆博物馆")]),
    ("building_hall", "，在人民大会堂北大厅举行签约", [("人民大会堂北大厅", "FAC", "人民大会堂北大厅")]),
    ("national_building", "，在人民大会堂会见", [("人民大会堂", "FAC", "人民大会堂")]),
    # an aspect particle opens no name (标志着|中吉乌铁路)
    ("aspect_particle", "，标志着中吉乌铁路项目正式启动。", [("中吉乌铁路", "FAC", "中吉乌铁路")]),
    ("zone_of_city", "衢州综保区封关运作", [("衢州综保区", "ORG", "衢州综保区")]),
    ("congress_of_place", "在海拉尔区第十五届人民代表大会第二次会议上",
     [("海拉尔区第十五届人民代表大会", "ORG", "海拉尔区第十五届人民代表大会")]),
    ("class_of_zones", "国家级经开区", []),
    # a role a city is built into is a designation, no body (the development gold's
    # INITIATIVE; lexicon.initiative_heads, non_org_endings)
    ("place_led_centre", "落实西安区域科技创新中心建设",
     [("西安区域科技创新中心", "INITIATIVE", "西安区域科技创新中心")]),
    ("ministry_still_found", "民政部、公安部联合印发", [("民政部", "ORG", "民政部"), ("公安部", "ORG", "公安部")]),
    # a place whose first character makes a common word with the one before is no GPE
    # (其中|非化石), unless that one ends a word (推介|绍兴) or stands before nouns (之|中国)
    ("word_before_place", "，其中非化石能源装机1000万千瓦", []),
    ("word_before_place_at_start", "其中国有企业3家", []),
    ("word_ends_before_place", "整体推介绍兴黄酒。", [("绍兴", "GPE", "绍兴")]),
    ("noun_marker_before_place", "今日之中国，", [("中国", "GPE", "中国")]),
    # rule 20: a place before a name no rule delimits is no GPE (舟山|国际水产城), but it
    # is where a clause's verb, a count or another place follows it
    ("unnamed_site", "加快建设舟山国际水产城、", []),
    ("clause_after_place", "泰国称新建农业科技基地", [("泰国", "GPE", "泰国")]),
    ("count_after_place", "德国两大汽车公司宣布扩产", [("德国", "GPE", "德国")]),
    ("designation_keeps_place", "保护北京历史文化名城。", [("北京", "GPE", "北京")]),
    # a province's literary name is a GPE (gazetteer: 南粤, 岭南 of 广东), not inside a quoted
    # programme's name (rule 6: outermost)
    ("literary_name", "对南粤大地念兹在兹", [("南粤", "GPE", "南粤")]),
    ("literary_name_in_programme", "深入实施“百万英才汇南粤”行动",
     [("百万英才汇南粤”行动", "INITIATIVE", "百万英才汇南粤行动")]),
    # 签署 is a verb that ends in a head's character (署, as 部署): no organisation
    ("signed_with_place", "与呼伦贝尔市签署合作协议。", [("呼伦贝尔市", "GPE", "呼伦贝尔市")]),
    ("signed_with_body", "与深圳市政府签署战略合作协议", [("深圳市政府", "ORG", "深圳市政府")]),
    # a fund's programme a place starts (lexicon.unnamed_name_ends 基金项目, 专项资金: gold
    # dev-d46 天津市杰出青年基金, an INITIATIVE, built since init34: lexicon.glued_heads
    # 基金项目); a verb between keeps the place apart
    ("fund_programme", "实施天津市杰出青年基金项目。",
     [("天津市杰出青年基金", "INITIATIVE", "天津市杰出青年基金")]),
    ("fund_programme_other_place", "实施辽宁省杰出青年基金项目。",
     [("辽宁省杰出青年基金", "INITIATIVE", "辽宁省杰出青年基金")]),
    # (init34) a count inside a quoted name (C29), a place in brackets, a run of places + 通办
    # (C34b); a verb before the bracket keeps the first place apart
    ("quoted_count_in_designation", "深化温州新时代“两个健康”先行区建设。",
     [("温州新时代“两个健康”先行区", "INITIATIVE", "温州新时代两个健康先行区")]),
    ("bracket_in_programme", "建立安徽省工业互联网（云）服务商资源池，",
     [("安徽省工业互联网（云）服务商资源池", "INITIATIVE", "安徽省工业互联网（云）服务商资源池")]),
    ("verb_before_bracket", "天津紧抓北京（京津冀）国际科技创新中心建设机遇",
     [("天津", "GPE", "天津"), ("北京（京津冀）国际科技创新中心", "INITIATIVE",
                                "北京（京津冀）国际科技创新中心")]),
    # a place whose first characters end a longer word (罗浮山) starts no programme (d44)
    ("place_inside_word", "持续推进环南昆山—罗浮山县镇村高质量发展引领区、", []),
    ("places_joint_service", "推动川渝通办提质增效", [("川渝通办", "INITIATIVE", "川渝通办")]),
    ("no_places_joint_service", "纳税事项全市通办", []),
    ("fund_after_verb", "浙江获得中央专项资金支持。", [("浙江", "GPE", "浙江")]),
    # a programme of the gazetteer that qualifies a quoted designation is no name there
    ("qualifier_of_quoted", "新增国家级专精特新“小巨人”企业7家",
     [("小巨人", "INITIATIVE", "小巨人")]),
    ("programme_alone", "引导企业向专精特新发展", [("专精特新", "INITIATIVE", "专精特新")]),
    # a university's campus is one FAC, no GPE inside (names.campus)
    ("campus", "加快建设海南大学崖州校区、", [("海南大学崖州校区", "FAC", "海南大学崖州校区")]),
    # a name never starts with the classifier of a count (等5家|市疾控中心: rule 9, a kind)
    ("classifier_after_count", "支持三亚等5家市疾控中心建设", [("三亚", "GPE", "三亚")]),
    # a county whose name opens with a classifier is no place after a count (init32: 项城市)
    ("county_after_count", "完成11项城市生命线安全工程，新建", []),
    # a place and a verb that builds before a designation: GPE + INITIATIVE, no name of both
    # (init32; as train d17 writes 支持成都建设|国际消费中心城市)
    ("place_builds_designation", "获批林芝创建国家数字经济创新发展试验区，",
     [("林芝", "GPE", "林芝"), ("国家数字经济创新发展试验区", "INITIATIVE", "国家数字经济创新发展试验区")]),
    # places of a list of bodies that share one government, the last joined by 及 or the
    # list closed by 等 and the governments' level, are each a government (rule 6)
    ("shared_government_joined", "省交通运输厅，舟山市、宁波市及义乌市人民政府",
     [("省交通运输厅", "ORG", "省交通运输厅"), ("舟山市", "ORG", "舟山市"),
      ("宁波市", "ORG", "宁波市"), ("义乌市人民政府", "ORG", "义乌市人民政府")]),
    ("shared_government_closed", "省建设厅，杭州市、宁波市等相关设区市人民政府",
     [("省建设厅", "ORG", "省建设厅"), ("杭州市", "ORG", "杭州市"), ("宁波市", "ORG", "宁波市")]),
    ("places_joined_not_governed", "杭州市及宁波市经济平稳，政府债务可控",
     [("杭州市", "GPE", "杭州市"), ("宁波市", "GPE", "宁波市")]),
    # a place the tokenizer holds inside a longer word that starts before it is none there
    # (rule 20; issue 10): the desert 巴丹吉林, 中南海, 沿海地区 (no 海地); a word of its
    # own before a place in one word with it keeps the place (符合|中国)
    # (the items themselves are named lines, FAC: names.works_kind_list, facb27)
    ("province_in_a_name", "开展库姆塔格、巴丹吉林二回等通道前期工作",
     [("库姆塔格", "FAC", "库姆塔格"), ("巴丹吉林二回", "FAC", "巴丹吉林二回")]),
    ("one_character_before_region", "中南海周边道路", []),
    ("country_cut_by_word", "沿海地区应当开发利用海水资源", []),
    ("word_before_country", "包装应当符合中国有关安全、卫生的规定", [("中国", "GPE", "中国")]),
    # a region read by its suffix rule inside a word before it (有关|中医药: no 关中)
    ("region_cut_by_word", "督促、检查有关中医药政策措施的落实", []),
    ("region_cut_by_organ", "（四）国家机关中的工勤人员；", []),
    ("region_whole_word", "下气力治理关中地区空气污染", [("关中", "GPE", "关中")]),
    # a county's full name whose first character ends a word before it is none (滨海|城市,
    # 罗浮山 of 罗|浮山县, 以上|城区); not where that character belongs to the word before
    # it (进入|市南区)
    ("county_cut_by_word", "，滨海城市带基本成型", []),
    ("county_cut_by_mountain", "环南昆山—罗浮山县镇村", []),
    ("county_after_word", "进入市南区、市北区的车辆", [("市南区", "GPE", "市南区"),
                                                  ("市北区", "GPE", "市北区")]),
    # a verb of the clause before a facility's proper name is no part of it (FAC)
    ("verb_before_proper_facility", "反馈问题。科学调整西山自然保护区范围及功能",
     [("西山自然保护区", "FAC", "西山自然保护区")]),
    ("verb_before_phased_work", "，加快南京机场三期建设", [("南京机场", "FAC", "南京机场")]),
    # the items of a list of reservoirs that 等 closes, one FAC each (names.works_kind_list;
    # a bulk law): the rivers of an earlier list closed by 等 are none, nor a place alone
    ("works_kind_list", "白河、潦河等流域及丹江、鸭河口等水库",
     [("鸭河口", "FAC", "鸭河口")]),
    # a metro line's number alone in a list of lines, its extension after it (names.metro_line,
    # names.fac_extension); a line named by its places' characters (names.run_line)
    ("metro_number_in_list", "开工建设地铁3号线北延和5号线西延工程，新建杭临线和杭富线",
     [("地铁3号线北延", "FAC", "地铁3号线北延"), ("5号线西延", "FAC", "5号线西延"),
      ("杭临线", "FAC", "杭临线"), ("杭富线", "FAC", "杭富线")]),
    # works on a facility written after it in a list of works stay out (lexicon.works_after)
    ("works_after_item", "，实施藻渡水库除险加固、福寿岩水库续建等工程",
     [("藻渡水库", "FAC", "藻渡水库"), ("福寿岩水库", "FAC", "福寿岩水库")]),
    ("works_kind_list_kinds", "。加强病险水库、山塘等水库除险加固，严禁私挖滥采等煤矿违法行为", []),
    # fac25: water works named by three characters the tagger reads as common nouns
    # (names.three_char_facility); not a kind by its role, nor a longer name's tail
    ("three_char_reservoir", "，建立鲇鱼山水库饮用水水源保护的协调机制",
     [("鲇鱼山水库", "FAC", "鲇鱼山水库")]),
    ("three_char_kind", "。联合调度53座控制性水库，加固大中型水库", []),
    # fac25: a city's one-character name the tagger reads as an adverb opens a run of places
    # before a bridge (常|泰: 常州 and 泰州), no clause (not 已|建|高速公路)
    ("adverb_city_run", "，加快常泰长江大桥、张靖皋长江大桥建设",
     [("常泰长江大桥", "FAC", "常泰长江大桥"), ("张靖皋长江大桥", "FAC", "张靖皋长江大桥")]),
    ("adverb_clause", "，已建高速公路收费道口数量不足", []),
    # fac17b: a facility after names joined to it by dashes is one FAC with them (rule 20:
    # names.fac_dash_chain), not across a clause's verb; short names before a facility in a
    # list share its head (rule 6: names.fac_shared_head), not verbs or common words
    ("dash_chain", "。加快天目山路-环城北路-艮山快速路建设，支持滨海—中关村科技园先行先试",
     [("天目山路-环城北路-艮山快速路", "FAC", "天目山路-环城北路-艮山快速路"),
      ("滨海—中关村科技园", "FAC", "滨海—中关村科技园")]),
    ("dash_after_verb", "，推进协同发展—中关村科技园先行先试",
     [("中关村科技园", "FAC", "中关村科技园")]),
    # a reservoir or airport named by two characters that make no word (names.two_char_
    # facility); a kind (病险水库) is none
    ("two_char_facility", "。长潭水库扩建、芜宣机场协同，加强病险水库除险加固",
     [("长潭水库", "FAC", "长潭水库"), ("芜宣机场", "FAC", "芜宣机场")]),
    # an item with a numeral shares no head (马村港三期: the phase of 马村港)
    ("shared_fac_head_numeral", "，洋浦港扩建工程、马村港三期、三亚邮轮港",
     [("洋浦港", "FAC", "洋浦港"), ("马村港", "FAC", "马村港"), ("三亚邮轮港", "FAC", "三亚邮轮港")]),
    # a list whose every item ends in a facility head (names.fac_head_list); kinds before a
    # head the walk does not read are none (消防通道、疏散通道)
    ("fac_head_list", "，加快光子科创城、聚变科创城等平台建设，保持消防通道、疏散通道畅通",
     [("光子科创城", "FAC", "光子科创城"), ("聚变科创城", "FAC", "聚变科创城")]),
    # a phase after an item of a list of works stays out, a head before it or not (the
    # development gold leaves it out 29 times in 30)
    ("works_item_phase", "，推进环北部湾广东水资源配置一期、黄茅峡水库等工程建设",
     [("环北部湾广东水资源配置", "FAC", "环北部湾广东水资源配置"),
      ("黄茅峡水库", "FAC", "黄茅峡水库")]),
    # works named by their place and what they carry (names.place_led_works): one FAC, the
    # place inside; a class after the place is a kind
    ("place_led_works", "，推进兰州铁路枢纽优化提升工程、定平铁路。浙江省农村供水工程建设",
     [("兰州铁路枢纽优化提升工程", "FAC", "兰州铁路枢纽优化提升工程"), ("定平铁路", "FAC", "定平铁路"),
      ("浙江省", "GPE", "浙江省")]),
    # the body that runs a facility, written right after it, is one ORG with it (lexicon.
    # facility_bodies); a kind of body with no facility before it is none
    ("facility_body", "第六条长潭水库管理机构负责饮用水水源保护设施。由海事管理机构处一万元罚款",
     [("长潭水库管理机构", "ORG", "长潭水库管理机构")]),
    # the facility alone again is still a FAC (and known to names.repeated by its own words)
    ("facility_body_repeated", "。滨河公园管理机构负责日常管理。应当做好滨河公园内河道的护砌",
     [("滨河公园管理机构", "ORG", "滨河公园管理机构"), ("滨河公园", "FAC", "滨河公园")]),
    # a hospital or school the facility rules delimit is given out as an ORG (lexicon.body_
    # heads), the place inside no GPE; a building of it stays a FAC
    ("body_head", "省人民医院南院、北京大学口腔医院三亚医院等医疗项目投入使用，完成普陀医院感染大楼扩建",
     [("省人民医院南院", "ORG", "省人民医院南院"), ("北京大学口腔医院三亚医院", "ORG", "北京大学口腔医院三亚医院"),
      ("普陀医院感染大楼", "FAC", "普陀医院感染大楼")]),
    ("shared_fac_head", "。湘河、拉洛水利枢纽投入使用，新建、改扩建黄河大桥",
     [("湘河", "FAC", "湘河"), ("拉洛水利枢纽", "FAC", "拉洛水利枢纽"),
      ("黄河大桥", "FAC", "黄河大桥")]),
    # fac37 (made up): a county's short name before a facility a county names shares its
    # head, a FAC, no GPE; not before one no place names (滨江大道)
    ("fac37_county_shares_head", "。推进宁远、道县水库建设，完成鼓楼、滨江大道改造",
     [("宁远", "FAC", "宁远"), ("道县水库", "FAC", "道县水库"), ("滨江大道", "FAC", "滨江大道")]),
    # fac37 (made up): a station named by a city without its level, 新 before it or a verb
    # of works (names.place_station); a leg of a tour or the verb 站 is none
    ("fac37_place_station", "。推进新长沙站、岳阳站改造，巡回赛长沙站开赛，甘肃站在新起点",
     [("新长沙站", "FAC", "新长沙站"), ("岳阳站", "FAC", "岳阳站"), ("长沙", "GPE", "长沙"),
      ("甘肃", "GPE", "甘肃")]),
    # fac37 (made up): a plant or site before its upgrade works after a verb of works
    # (names.upgraded_facility); a kind (城镇污水处理厂, 核心景区) is none
    ("fac37_upgraded_facility", "。完成东湖污水处理厂提标改造，加快城镇污水处理厂提标改造，推进核心景区提质",
     [("东湖污水处理厂", "FAC", "东湖污水处理厂")]),
    # fac37 (made up): a known site after the places it lies in is one FAC with them (rule 20,
    # names.place_site); a facility head after the site makes the longer name
    ("fac37_place_site", "。推进甘肃敦煌莫高窟保护，参观广汉三星堆博物馆",
     [("甘肃敦煌莫高窟", "FAC", "甘肃敦煌莫高窟"), ("广汉三星堆博物馆", "FAC", "广汉三星堆博物馆")]),
    # fac37 (made up): a street whose first character jieba tags a verb, after a verb of
    # works (names._verb_char_street); a way of speech (走正路) is none
    ("fac37_verb_char_street", "。完成迎丰路改造，走正路",
     [("迎丰路", "FAC", "迎丰路")]),
    # fac38 (made up): a bridge named by its river and its number across it, the city before
    # it inside (rule 20, names.numbered_bridge); a kind of crossing and a bridge's part none
    ("fac38_numbered_bridge", "。资江三桥建成通车，宜宾长江三桥合龙，新建过江二桥桥梁",
     [("资江三桥", "FAC", "资江三桥"), ("宜宾长江三桥", "FAC", "宜宾长江三桥")]),
    # fac38 (made up): a plant numbered among a city's own or named by its side (call C38f,
    # names.ordinal_plant); a batch (第三批) is none
    ("fac38_ordinal_plant", "。启动第三水厂、城北污水处理厂建设，全市第三批污水处理厂开工",
     [("第三水厂", "FAC", "第三水厂"), ("城北污水处理厂", "FAC", "城北污水处理厂")]),
    # fac38 (made up): a waterfall and a greenway by a place or a proper name (the heads 瀑布,
    # 绿道), the place before them inside (rule 20); a kind of greenway and an adjective's
    # waterfall (壮美: lexicon.not_proper) none
    ("fac38_waterfall_greenway", "。游客来到安顺黄果树瀑布，建成永定河绿道、生态绿道，阳光下壮美瀑布",
     [("安顺黄果树瀑布", "FAC", "安顺黄果树瀑布"), ("永定河绿道", "FAC", "永定河绿道")]),
    # fac38 (made up): a plant before its phase (names.phased_facility), no kind inside and
    # not cut after a localizer (北部|新区…: none rather than 新区污水处理厂)
    ("fac38_phased_plant", "。建成北部新区污水处理厂三期、鸡冠石污水处理厂四期，全县城镇污水处理厂二期开工",
     [("鸡冠石污水处理厂", "FAC", "鸡冠石污水处理厂")]),
    # organs of a government (issue 10, orgs12): the tagger's 自治|区政府 is one level's
    # government; a 委, 局 or 厅 written right after a government is its department (one
    # ORG, rule 20), words between them are not (市人民政府|全面领导|开发区)
    ("autonomous_region_government", "由自治区政府国资委牵头，自治区政府出台措施",
     [("自治区政府国资委", "ORG", "自治区政府国资委"), ("自治区政府", "ORG", "自治区政府")]),
    # 合作|区 is a cooperation zone, no 区 as a level (合作区发展银行 names no bank)
    ("cooperation_zone_not_level", "支持合作区发展银行、证券，成立合作区安全生产委员会", []),
    ("government_department", "市政府国资委、市财政局负责",
     [("市政府国资委", "ORG", "市政府国资委"), ("市财政局", "ORG", "市财政局")]),
    ("government_then_words", "由上海市人民政府全面领导开发区",
     [("上海市人民政府", "ORG", "上海市人民政府")]),
    # a law's procedure word before a level opens no name (经|市人民政府批准, 需经); the
    # 经 of a department's short name stays (市经信局)
    ("procedure_before_government", "经市人民政府批准，由市经信局负责，需经国家教育委员会同意",
     [("市人民政府", "ORG", "市人民政府"), ("市经信局", "ORG", "市经信局"),
      ("国家教育委员会", "ORG", "国家教育委员会")]),
    # a place-led organisation holds no organ that a verb follows (前海管理局|审核后报…);
    # a noun of action goes on into a committee (开发区|管理委员会)
    ("organ_then_verb", "经前海管理局审核后报市财政委员会。",
     [("前海管理局", "ORG", "前海管理局"), ("市财政委员会", "ORG", "市财政委员会")]),
    ("zone_committee", "设立宁波大榭开发区管理委员会，",
     [("宁波大榭开发区管理委员会", "ORG", "宁波大榭开发区管理委员会")]),
    # a scope or class before a kind of body is no name (rule 9): 区内|银行, 省内|开发区,
    # 外国|公司, 非银行金融机构, 保理公司
    ("scope_before_kind", "鼓励区内银行、省内开发区、外国公司和非银行金融机构设立保理公司", []),
    # 中央 opens an organ's name as a level (中央环保督察组), not across 和 (two levels)
    ("centre_as_level", "贯彻中央和省委决策部署，整改中央环保督察组反馈问题",
     [("省委", "ORG", "省委"), ("中央环保督察组", "ORG", "中央环保督察组")]),
    # national strategies of the gazetteer (rule 11): the longer entry where it is written
    # whole (长三角一体化发展), the shorter where another word follows (…一体化|高质量发展);
    # a leading group named by one stays one ORG, a title in 《》 one DOC (rule 6: outermost)
    ("strategy_whole", "积极推进长三角一体化发展，统筹新型城镇化和乡村全面振兴",
     [("长三角一体化发展", "INITIATIVE", "长三角一体化发展"),
      ("新型城镇化", "INITIATIVE", "新型城镇化"), ("乡村全面振兴", "INITIATIVE", "乡村全面振兴")]),
    ("strategy_shorter", "深度融入长三角一体化高质量发展",
     [("长三角一体化", "INITIATIVE", "长三角一体化")]),
    ("strategy_in_group", "江苏省推进长三角一体化发展工作领导小组办公室",
     [("江苏省推进长三角一体化发展工作领导小组办公室", "ORG",
       "江苏省推进长三角一体化发展工作领导小组办公室")]),
    ("strategy_in_title", "依据《长江三角洲区域一体化发展规划纲要》",
     [("长江三角洲区域一体化发展规划纲要", "DOC", "长江三角洲区域一体化发展规划纲要")]),
    # issue 10, init17: a named system of responsibility after a verb of policy, a corridor named
    # by what it carries, national programmes and titles any province's report names
    ("responsibility_system", "严格落实意识形态工作责任制，确保安全",
     [("意识形态工作责任制", "INITIATIVE", "意识形态工作责任制")]),
    ("responsibility_kind", "实行目标管理责任制，", []),
    ("corridor_carries", "打造成渝主轴经济走廊，推动零碳运输走廊建设",
     [("成渝主轴经济走廊", "INITIATIVE", "成渝主轴经济走廊")]),
    ("national_market", "主动服务和融入全国统一大市场建设",
     [("全国统一大市场", "INITIATIVE", "全国统一大市场")]),
    ("national_title_full", "培育认定专精特新中小企业110家",
     [("专精特新中小企业", "INITIATIVE", "专精特新中小企业")]),
    # issue 10, init17b: a special campaign's aim may hold a verb and a function character of
    # its clause (建|在|产业链|上), not a joining one (清理|并|规范…专项行动 is two); a title passed
    # at the state's check of it
    ("special_campaign_aim", "实施中试平台建在产业链上专项行动，建成",
     [("中试平台建在产业链上专项行动", "INITIATIVE", "中试平台建在产业链上专项行动")]),
    ("special_campaign_joined", "开展清理并规范涉企收费专项行动，", []),
    ("passed_assessment", "顺利通过国家义务教育基本均衡县验收。",
     [("国家义务教育基本均衡县", "INITIATIVE", "国家义务教育基本均衡县")]),
    # a national strategy of the gazetteer before a designation's head is one name with it;
    # a quoted name before one is not (rule 7)
    # idioms listed in quotes are a saying, unless a programme's head follows the quotes
    ("quoted_idioms_programme", "实施好“蓝天白云、碧水青山”工程。做到“一刻不停、一以贯之”",
     [("蓝天白云、碧水青山”工程", "INITIATIVE", "蓝天白云、碧水青山工程")]),
    # a field that lifts a province up (…兴省) is a strategy as …强省 is; two written together
    # are two
    ("strong_and_lifted", "全力推进工业强省产业兴省。",
     [("工业强省", "INITIATIVE", "工业强省"), ("产业兴省", "INITIATIVE", "产业兴省")]),
    ("strategy_designation", "加快建设大湾区国际科技创新中心，推进“两山”实践创新基地建设",
     [("大湾区国际科技创新中心", "INITIATIVE", "大湾区国际科技创新中心"),
      ("两山", "INITIATIVE", "两山")]),
    # a verb of building or running after a name says it is a built thing (names.built_name,
    # fac21): a centre the organisation walk reads is a FAC there; a school stays an ORG
    # (no head of lexicon.built_heads), a kind with no proper name is none
    ("built_centre", "。前海石公园、前海国际会议中心建成开放。",
     [("前海石公园", "FAC", "前海石公园"), ("前海国际会议中心", "FAC", "前海国际会议中心")]),
    ("built_kind", "，首座抽水蓄能电站建成投产，城市公园建成开放。", []),
    ("built_verb_inside", "。今年，贵州重点推动铜仁至吉首铁路开工建设，",
     [("贵州", "GPE", "贵州"), ("铜仁至吉首铁路", "FAC", "铜仁至吉首铁路")]),
    # gpe22, on news transcripts and laws (phrases written for these tests): a run of
    # abbreviations is no given name after a surname and a title (陈|吉宁), and ends before
    # 新 that is the attribute of the word after it (中俄|新时代; 兴陇|新局面: none)
    # (the run fused before 一体化 is the strategy since C28: names.partner_strategy)
    # (the person after his post is found since C46f: names.person_after_post)
    ("abbrev_given_name", "主席陈吉宁出席会议，提高琴澳一体化水平",
     [("陈吉宁", "PERSON", "陈吉宁"), ("琴澳一体化", "INITIATIVE", "琴澳一体化")]),
    ("abbrev_new_era", "推动中俄新时代全面战略协作伙伴关系，开创兴陇新局面",
     [("中俄", "GPE", "中俄")]),
    # no place before 们; a country's full name in 国 cut where 国 starts a word (以色列|国防军,
    # no 以色列国; gpe23: the army is the country's body, ORG with its place, rule 20)
    ("plural_and_country_guo", "来宾们参观了以色列国防军的展台",
     [("以色列国防军", "ORG", "以色列国防军")]),
    # a place cut by a common word after it, the next character starting no word (中|卫生|条)
    ("place_cut_after_rare", "船舶航行中卫生条件良好", []),
    # a team named by its place is an ORG; a warship so named holds no place, a ship's
    # class is no name (美国|驱逐舰)
    ("team_and_warship", "辽宁队获得亚军，福建舰入列，美国驱逐舰驶离",
     [("辽宁队", "ORG", "辽宁队"), ("美国", "GPE", "美国")]),
    # a species named by its place holds no GPE (lexicon.places_as_words: 海南长臂猿, train
    # gold d33), the place before another word keeps it
    ("species_by_place", "海南长臂猿种群恢复，亚洲象得到保护，推动海南发展",
     [("海南", "GPE", "海南")]),
    # a run of short names before the count of its places ends before the count
    # (lexicon.run_counts: 粤港澳|三地, not the GPE 粤港澳三)
    ("run_before_count", "加强粤港澳三地合作，推动川渝黔三省市协同发展",
     [("粤港澳", "GPE", "粤港澳"), ("川渝黔", "GPE", "川渝黔")]),
    # the items of a list of roads are FAC over a run of abbreviations (names.road_list's
    # priority: 苏台 of 湖杭、瑞苍、苏台等公路, train gold d39); a region of the gazetteer
    # stays its GPE (成渝)
    ("road_list_over_run", "加快京沪、京港澳等高速公路扩容",
     [("京沪", "FAC", "京沪"), ("京港澳", "FAC", "京港澳")]),
    ("road_trains_run", "开通渝新欧班列", [("渝新欧", "INITIATIVE", "渝新欧")]),
    # 中国特色 is a fixed term: no GPE inside it (lexicon.doctrines; gold/dev/NOTES.md C14);
    # 中国 before another word keeps its GPE (中国对外贸易)
    ("policy_term_china", "完善中国特色现代企业制度，拓展中医药等中国特色服务贸易，扩大中国对外开放",
     [("中国", "GPE", "中国")]),
    # (lead27) a place opening a plan, a megaproject, a theme year or a grid is no GPE there
    # (rule 6, 20: names.place_outer_initiative, names.place_outer_fac; train gold d29, d33,
    # d46, d53); a verb that issues the plan keeps the place apart (lexicon.initiative_stop)
    ("place_led_plan_year_grid", "和苏南五市两年行动方案。开展海南海洋旅游年活动，海南电网投产",
     [("苏南五市两年行动方案", "INITIATIVE", "苏南五市两年行动方案"),
      ("海南海洋旅游年", "INITIATIVE", "海南海洋旅游年"), ("海南电网", "FAC", "海南电网")]),
    ("place_then_issuing_verb", "上海出台行动方案，中国举办文化年",
     [("上海", "GPE", "上海"), ("中国", "GPE", "中国")]),
    # a place before a signer stays a GPE (签署 ends a place-led name); 中国银联 is a company
    ("place_before_signer", "29日，美国总统签署新的预算法案，与中国银联签署协议",
     [("美国", "GPE", "美国"), ("中国银联", "ORG", "中国银联")]),
    # a visit's verb ends the walk back from an organisation's head (lexicon.org_walk_stops)
    ("visit_verb_walk", "在杭州会见苏丹主权委员会主席",
     [("杭州", "GPE", "杭州"), ("苏丹主权委员会", "ORG", "苏丹主权委员会")]),
    # other countries' cities (places.world_cities), not one jieba reads as a plain word
    ("world_cities", "开通至河内、莫斯科的班列，推动万象更新",
     [("河内", "GPE", "河内"), ("莫斯科", "GPE", "莫斯科")]),
    # another country right before a place of its own (names._country_before_place): both
    # GPE (the gate had read 东 of 东方省 as a name's and dropped 蒙古国); 中国 is not read so
    ("country_before_its_place", "积极对接蒙古国东方省，组团赴俄罗斯考察",
     [("蒙古国", "GPE", "蒙古国"), ("东方省", "GPE", "东方省"), ("俄罗斯", "GPE", "俄罗斯")]),
    # a city of another country right after that country, one word to jieba (美国纽约,
    # 英国伦敦: names._own_cities), or written with 市 (韩国首尔市: names.foreign_division);
    # not a city's mayor (首尔市长)
    ("country_before_its_city", "在美国纽约和韩国首尔市举办推介会，英国伦敦、韩国首尔市长",
     [("美国", "GPE", "美国"), ("纽约", "GPE", "纽约"), ("韩国", "GPE", "韩国"),
      ("首尔市", "GPE", "首尔市"), ("英国", "GPE", "英国"), ("伦敦", "GPE", "伦敦"),
      ("韩国", "GPE", "韩国")]),
    # 重庆's districts run by their first characters (rule 13; gazetteer): one GPE, not the
    # run of partner_run's characters inside it (开云)
    ("municipal_run", "推动万开云同城化发展", [("万开云", "GPE", "万开云")]),
    # the links between the places before 省际 are no facility, the places stay apart
    # (lexicon.place_apart_before; train gold d73)
    ("interprovincial_links", "川渝省际铁路、水路通道达到28条", [("川渝", "GPE", "川渝")]),
    # and so do those before 间 (between them; train gold d49)
    ("links_between", "完善成渝间综合运输通道体系", [("成渝", "GPE", "成渝")]),
    # (gpe35) an adverb opening the predicate, the place's whole and its central districts
    # after it keep the place apart (lexicon.place_apart_before), where the place gate read
    # a head further on; a name the place opens still goes (counterexample)
    ("adverb_after_place", "明年，青海大力发展光伏制造产业", [("青海", "GPE", "青海")]),
    ("place_whole_after_place", "泉州全市新增城镇就业3万人", [("泉州", "GPE", "泉州")]),
    # (C49m) the level of a title written after the place that is given it: the place is a
    # GPE apart and the title an INITIATIVE of its own (train gold d41, d53; made-up texts)
    ("title_level_after_place", "支持宜宾国家级金融改革试验区建设，成功创建遂宁全国文明城市",
     [("宜宾", "GPE", "宜宾"), ("国家级金融改革试验区", "INITIATIVE", "国家级金融改革试验区"),
      ("遂宁", "GPE", "遂宁"), ("全国文明城市", "INITIATIVE", "全国文明城市")]),
    ("central_districts_after_place", "保障西宁中心城区供水安全", [("西宁", "GPE", "西宁")]),
    ("place_led_name_not_apart", "推进泉州全域旅游示范区建设",
     [("泉州全域旅游示范区", "INITIATIVE", "泉州全域旅游示范区")]),
    # (gpe35) a place before 有, the clause's verb, though its last character makes a word
    # with it (国有, 建有: lexicon.place_verbs_after); 国有 of a state-owned firm keeps no place
    ("place_then_have", "目前在福建有近30家企业落户，法国有约2万名学生，推进国有企业改革",
     [("福建", "GPE", "福建"), ("法国", "GPE", "法国"), ("国有企业改革", "INITIATIVE", "国有企业改革")]),
    # (gpe35) countries run together by their short names are one GPE (rule 13; gazetteer:
    # 欧美日韩 of train gold d44), 中日韩 whole; the plain words those characters make are none
    ("foreign_run", "巩固欧美日韩等传统市场，拓展日韩市场，深化中日韩合作，加强闽台交流，传承美德，打击非法活动",
     [("欧美日韩", "GPE", "欧美日韩"), ("日韩", "GPE", "日韩"), ("中日韩", "GPE", "中日韩"),
      ("闽台", "GPE", "闽台")]),
    # (gpe35) a country's part before the kind of city named next is a GPE apart
    # (lexicon.place_part_or_role), and the city after that kind of city is the country's
    # (names._CITY_ROLE: 首都, 港口城市, 南部城市), as after 首都
    ("country_part_city", "同一天，意大利北部城市米兰举办设计周，韩国港口城市釜山举办论坛",
     [("意大利北部", "GPE", "意大利北部"), ("米兰", "GPE", "米兰"), ("韩国", "GPE", "韩国"),
      ("釜山", "GPE", "釜山")]),
    # a city's role in its region after it is no organ's name (中心|城市: lexicon.org_runs_on),
    # the city a GPE apart (lexicon.place_part_or_role; train gold d53); an organ ending in
    # 中心 keeps its name
    ("regional_centre_city", "提升徐州区域中心城市能级，发挥四川数智化绿色化发展促进中心作用",
     [("徐州", "GPE", "徐州"), ("四川数智化绿色化发展促进中心", "ORG", "四川数智化绿色化发展促进中心")]),
    ("regional_service_city", "加快宜宾区域性服务业中心城市建设", [("宜宾", "GPE", "宜宾")]),
    # a described vision (社会主义现代化新…: lexicon.vision_described_by) leaves its place a
    # GPE; the vision's name stays where nothing describes it (train gold d27, d20)
    ("described_vision", "社会主义现代化新西藏建设迈出坚实步伐，现代化新重庆建设纵深推进",
     [("西藏", "GPE", "西藏"), ("现代化新重庆", "INITIATIVE", "现代化新重庆")]),
    # a preposition's place before a body is no word of its name (lexicon.place_prepositions;
    # train gold d33, d73)
    ("preposition_place_before_body", "全职或全时在琼两院院士增至10人",
     [("琼", "GPE", "琼"), ("两院", "ORG", "两院")]),
    # a place-led facility's walk does not run across a clause's verb (cut where a proper
    # name follows, lexicon.facility_clause_verbs) nor a description of which facilities
    # (names._clause_facility: the place stands as GPE); a verb inside a name stays
    ("facility_clause_cut", "美国军舰停靠釜山港，英国医生罢工致部分医院停诊",
     [("美国", "GPE", "美国"), ("釜山港", "FAC", "釜山港"), ("英国", "GPE", "英国")]),
    # 到 between two places joins a line's ends as 至 does (rule 20): one name
    ("facility_ends_joined", "开通成都到香港高铁", [("成都到香港高铁", "FAC", "成都到香港高铁")]),
    ("facility_description", "湖南两条高速今天通车，安徽多座大中型水库开闸泄洪",
     [("湖南", "GPE", "湖南"), ("安徽", "GPE", "安徽")]),
    ("facility_verb_inside", "西藏柏木自然保护点和重庆大轰炸惨案遗址",
     [("西藏柏木自然保护点", "FAC", "西藏柏木自然保护点"),
      ("重庆大轰炸惨案遗址", "FAC", "重庆大轰炸惨案遗址")]),
    # a level's single character opens a department's name whatever jieba tags it (县 zg:
    # train gold d79, 来自县财政局); not a run of levels (省市县博物馆: a class, rule 9), nor
    # a bare 县 before a government in a law (县人民政府所在地镇: a level of government)
    ("level_opens_department", "财政数据来自县财政局；县发改委牵头，县交通运输局配合",
     [("县财政局", "ORG", "县财政局"), ("县发改委", "ORG", "县发改委"),
      ("县交通运输局", "ORG", "县交通运输局")]),
    ("levels_run_no_department", "探索建立省市县博物馆联动机制", []),
    ("bare_county_government_in_law", "县人民政府所在地镇、中心镇建成区", []),
    # 各 and the levels it distributes over before an organ make it every level's (rule 9)
    ("every_level_organ", "各县财政局、各区县政府、各区、县人民检察院和各高级人民法院", []),
    # bare levels listed before a lower level's organ are levels of government (rule 9:
    # 市、县人民政府, 市和区人民政府); a place's name in the list stays (临安区、桐庐县政府),
    # and so does 省和市人民政府 (the city's one government)
    ("levels_listed_organ", "市、县人民政府和市和区人民政府，由区、县人民代表大会常务委员会任命", []),
    ("places_listed_organ", "临安区、桐庐县政府；国务院、省和市人民政府批准",
     [("临安区", "GPE", "临安区"), ("桐庐县政府", "ORG", "桐庐县政府"),
      ("国务院", "ORG", "国务院"), ("市人民政府", "ORG", "市人民政府")]),
    # a level's bodies whose heads the organisation table lacks, in a list of responsible
    # bodies (names.listed_organ: 市委党校, not the organ 市委 alone; 市档案馆, 市供销合作总社)
    ("listed_school_archives_coop", "责任单位：市委组织部、市委党校、市档案馆、市供销合作总社。",
     [("市委组织部", "ORG", "市委组织部"), ("市委党校", "ORG", "市委党校"),
      ("市档案馆", "ORG", "市档案馆"), ("市供销合作总社", "ORG", "市供销合作总社")]),
    # a made-up district plan's lists of responsible bodies written without their level
    # (names.listed_bare_organ: the list's own level; jieba cuts 经|信局, 发改|局), the lead
    # unit first, bodies named by a zone, a bracketed second name; the classes in them
    # (各街道, 各镇（街道）, 有关单位, 各园区管委会: rule 9) stay out
    ("bare_responsible_units", "（责任单位：发改局、商务局、金融办、各街道）",
     [("发改局", "ORG", "发改局"), ("商务局", "ORG", "商务局"), ("金融办", "ORG", "金融办")]),
    ("bare_lead_and_partners", "牵头单位：科技局；配合单位：经信局、行政审批局、投促中心、各镇（街道）。",
     [("科技局", "ORG", "科技局"), ("经信局", "ORG", "经信局"),
      ("行政审批局", "ORG", "行政审批局"), ("投促中心", "ORG", "投促中心")]),
    ("bare_zone_committee", "（责任单位：经济开发区管委会、住建局，有关单位）",
     [("经济开发区管委会", "ORG", "经济开发区管委会"), ("住建局", "ORG", "住建局")]),
    ("every_zone_committee", "配合单位：各园区管委会、各功能区管委会、各镇（街道）", []),
    ("bare_units_outside_list", "（责任单位：区发改委）加快建设、改造城投公司，发改局、商务局负责",
     [("区发改委", "ORG", "区发改委"), ("商务局", "ORG", "商务局")]),
    # a news agency of the gazetteer whose last character starts a word is no name there
    # (新华|社区: a community; 央视|频: the app); alone it stays (新华社报道)
    ("agency_inside_word", "新华社区居委会组织居民开展活动", []),
    ("agency_alone", "据新华社报道，会议召开", [("新华社", "ORG", "新华社")]),
    # a level's numbered school (names.level_hospital) and a rural commercial bank's short
    # name after its place (head 农商行: not the GPE 重庆 alone); the kind alone is no name
    ("level_numbered_school", "支持区第一中学、县第二小学改扩建",
     [("区第一中学", "ORG", "区第一中学"), ("县第二小学", "ORG", "县第二小学")]),
    ("place_rural_bank", "重庆农商行、浙江农商银行负责", [("重庆农商行", "ORG", "重庆农商行"),
                                                     ("浙江农商银行", "ORG", "浙江农商银行")]),
    # a kind of bank inside a reform's name: no ORG (since init37 the reform is an INITIATIVE,
    # names.driven_reform, as the train gold d56 has it)
    ("rural_bank_kind", "推动农商行统一法人制度改革",
     [("农商行统一法人制度改革", "INITIATIVE", "农商行统一法人制度改革")]),
    # the organising committee of a numbered edition, with its year or place and a department
    # (names.edition_committee: one ORG, no DATE 2022年, rule 17); an Olympic committee after its
    # country (head 奥委会: not 中国奥委 with 会 cut off)
    ("edition_committee", "责任单位：2022年第19届亚运会组委会场馆建设部、市体育局",
     [("2022年第19届亚运会组委会场馆建设部", "ORG", "2022年第19届亚运会组委会场馆建设部"),
      ("市体育局", "ORG", "市体育局")]),
    ("edition_games_only", "成功举办第十九届亚运会", []),
    ("olympic_committee", "北京冬奥组委和中国奥委会共同主办",
     [("北京冬奥组委", "ORG", "北京冬奥组委"), ("中国奥委会", "ORG", "中国奥委会")]),
    # programmes a 2026 task list names bare in a list (gazetteer, init24): one INITIATIVE
    # each, no GPE 港澳 inside 港澳药械通 (rule 6)
    ("bay_area_programmes", "湾区标准、湾区认证、港澳药械通、跨境理财通等落地见效",
     [("湾区标准", "INITIATIVE", "湾区标准"), ("湾区认证", "INITIATIVE", "湾区认证"),
      ("港澳药械通", "INITIATIVE", "港澳药械通"), ("跨境理财通", "INITIATIVE", "跨境理财通")]),
    # a company's legal form after its group or holding word is one name with it, and a
    # rare word the tagger reads as no proper name starts a group's name (org25: news
    # transcripts); a common word before 集团 is a kind, a verb or a piece of a word before a
    # form opens no company (rule 9)
    ("group_legal_form", "在江铃汽车集团有限公司富山工厂",
     [("江铃汽车集团有限公司", "ORG", "江铃汽车集团有限公司")]),
    ("holding_legal_form", "华润置地控股有限公司签约",
     [("华润置地控股有限公司", "ORG", "华润置地控股有限公司")]),
    ("verb_inside_company", "、芯联集成电路制造股份有限公司",
     [("芯联集成电路制造股份有限公司", "ORG", "芯联集成电路制造股份有限公司")]),
    ("rare_word_group", "据国铁集团消息，李强来到安踏集团",
     [("国铁集团", "ORG", "国铁集团"), ("李强", "PERSON", "李强"), ("安踏集团", "ORG", "安踏集团")]),
    ("kind_of_group", "组建了数据集团，反对集团对抗，防止利益集团", []),
    ("form_alone", "第十八条 设立有限责任公司，应当；城市建设投资控股集团有限公司", []),
    ("piece_before_form", "留神峪煤业有限公司发生", []),
    ("name_before_rare_word", "据广西北部湾国际港务集团介绍，1500多个职教集团", []),
    ("not_a_lab_name", "学校应当建立健全实验室安全管理制度", []),
    ("person_before_verb", "李强来到湖南中电星河电子有限公司",
     [("李强", "PERSON", "李强"), ("湖南中电星河电子有限公司", "ORG", "湖南中电星河电子有限公司")]),
    # a short name in brackets after the full one: the same programme
    ("account_short_name", "多功能自由贸易账户（EF账户）上线运行",
     [("多功能自由贸易账户", "INITIATIVE", "多功能自由贸易账户"),
      ("EF账户", "INITIATIVE", "多功能自由贸易账户")]),
    # facb25: ancient towns, villages and historic blocks are sites (FAC), their place inside
    # (rule 20), not a town's GPE; an old city by a proper name no gazetteer holds
    ("ancient_town_site", "在浙江嘉兴西塘古镇、江苏苏州同里古镇，游人如织",
     [("浙江嘉兴西塘古镇", "FAC", "浙江嘉兴西塘古镇"), ("江苏苏州同里古镇", "FAC", "江苏苏州同里古镇")]),
    ("old_city_proper", "。推动黔阳古城保护利用", [("黔阳古城", "FAC", "黔阳古城")]),
    ("historic_blocks", "（二）偶园历史文化街区、北关历史文化街区；",
     [("偶园历史文化街区", "FAC", "偶园历史文化街区"), ("北关历史文化街区", "FAC", "北关历史文化街区")]),
    # facb27: the items before 等 and a kind of lines are named lines, one FAC each (rule 6)
    ("lines_before_kind", "。推进北沿江、通苏嘉甬等高铁建设，建成江阴靖江等过江通道",
     [("北沿江", "FAC", "北沿江"), ("通苏嘉甬", "FAC", "通苏嘉甬"), ("江阴靖江", "FAC", "江阴靖江")]),
    ("no_verb_in_line_item", "，串联起杭黄等高铁大动脉", []),
    # a kind of base by its task is no name (lexicon.not_proper: 宣传教育 nr, 科普 nrt)
    ("base_by_task", "，建立生活垃圾管理宣传教育基地，加强防震减灾科普教育基地建设", []),
    # a visit's verb the tagger reads as a noun stays out of a proper-led name
    ("visit_verb_out", "，在贵州习水，游客参观四渡赤水纪念馆，聆听",
     [("贵州", "GPE", "贵州"), ("四渡赤水纪念馆", "FAC", "四渡赤水纪念馆")]),
    # a verb of setting up inside makes a clause, no name (lexicon.facility_clause_verbs)
    ("set_up_clause", "。支持和鼓励在青州古城内设立博物馆、纪念场所", [("青州古城", "FAC", "青州古城")]),
    # a head inside a longer name hides no longer one (良渚古城|遗址公园)
    ("head_inside_name", "。良渚古城遗址公园、杭州国家版本馆等建成投用",
     [("良渚古城遗址公园", "FAC", "良渚古城遗址公园"), ("杭州国家版本馆", "FAC", "杭州国家版本馆")]),
    # … but a name holds its own head once (a phrase before it ends in the same head)
    ("head_twice", "。当地最大医院阿克萨医院仍在运转", []),
    # init25: a designation keeps the level that confers it and its bracketed county (the
    # gazetteer); a level alone before a pilot is no designation's (names.policy_programme)
    ("designation_level", "302个全国双拥模范城（县）、160个国家乡村振兴重点帮扶县",
     [("全国双拥模范城（县）", "INITIATIVE", "全国双拥模范城（县）"),
      ("国家乡村振兴重点帮扶县", "INITIATIVE", "国家乡村振兴重点帮扶县")]),
    # init42 (C42p): a level's title of a county and a state's zone of a kind of development
    # (made up); a count of a kind after 全国 is no title, nor a nature reserve's zone
    ("county_title_heads", "全县入选全国数字农业服务创新试点县，深化国家生态文明融合发展实验区建设",
     [("全国数字农业服务创新试点县", "INITIATIVE", "全国数字农业服务创新试点县"),
      ("国家生态文明融合发展实验区", "INITIATIVE", "国家生态文明融合发展实验区")]),
    ("county_title_kind", "补贴覆盖全国所有产粮大县，", []),
    # a title of villages and towns together is one name, not the villages' title cut short
    ("village_town_title", "全县新增全国森林康养重点村镇2个",
     [("全国森林康养重点村镇", "INITIATIVE", "全国森林康养重点村镇")]),
    # init42c (C42ia): a title's bracketed kinds of place are part of it; a batch of a title of
    # towns is the whole title (全国乡村 was read); a bracket of no place stays out (made up)
    ("town_title_bracket", "该镇入选第二批全国森林康养重点镇（乡），全县共有全国粮食生产先进县称号",
     [("全国森林康养重点镇（乡）", "INITIATIVE", "全国森林康养重点镇（乡）"),
      ("全国粮食生产先进县", "INITIATIVE", "全国粮食生产先进县")]),
    ("county_title_ascii_bracket", "创建省级生态文明示范县(市、区)",
     [("省级生态文明示范县(市、区)", "INITIATIVE", "省级生态文明示范县(市、区)")]),
    ("designation_trial_bracket", "入选国家全域旅游示范区（试行）名单",
     [("国家全域旅游示范区", "INITIATIVE", "国家全域旅游示范区")]),
    # init42d (C42ja): a province or the country before a title it confers is the title's level,
    # one INITIATIVE with no GPE inside, with no verb of winning before it; a place that builds,
    # its old base, its committee and a year after it keep the GPE (made up)
    ("place_level_title", "该村被评为2023年中国美丽休闲乡村，全县新增四川省乡村振兴示范村3个",
     [("中国美丽休闲乡村", "INITIATIVE", "中国美丽休闲乡村"),
      ("四川省乡村振兴示范村", "INITIATIVE", "四川省乡村振兴示范村")]),
    ("place_level_title_builder", "支持四川加快建设示范区，巩固甘肃老工业基地的地位",
     [("四川", "GPE", "四川"), ("甘肃", "GPE", "甘肃")]),
    ("place_level_title_year", "河北省2024年省级美丽乡村示范村名单公布",
     [("河北省", "GPE", "河北省"), ("省级美丽乡村示范村", "INITIATIVE", "省级美丽乡村示范村")]),
    # init42c (C42ib): the count of a list's items after its last item ends it; it is no
    # counted package of the last item (made up)
    ("list_total_after_item", "推进县域医共体改革、医保支付方式改革两项改革，",
     [("县域医共体改革", "INITIATIVE", "县域医共体改革"),
      ("医保支付方式改革", "INITIATIVE", "医保支付方式改革")]),
    ("list_total_no_package", "实施种子工程和畜禽良种工程两大工程。",
     [("种子工程", "INITIATIVE", "种子工程"),
      ("畜禽良种工程", "INITIATIVE", "畜禽良种工程")]),
    # a list after a quoted programme's words and head, and an item joining two objects
    ("list_after_quoted_programme", "实施“技能照亮前程”培训行动、中华老字号保护发展工程，",
     [("技能照亮前程", "INITIATIVE", "技能照亮前程"),
      ("中华老字号保护发展工程", "INITIATIVE", "中华老字号保护发展工程")]),
    # works joining parts in a law's list: no plan, no campaign (names.joined_list_item)
    ("joined_works_item", "包括土建工程、线路管道和设备安装工程。", []),
    # init26: a designation of the gazetteer whose last word is a facility head is no FAC
    # of the head walk; a place before it is the name's (names._as_designation, rule 20)
    ("designation_facility_head", "，加快建设综合性国家科学中心，依托合肥综合性国家科学中心",
     [("综合性国家科学中心", "INITIATIVE", "综合性国家科学中心"),
      ("合肥综合性国家科学中心", "INITIATIVE", "合肥综合性国家科学中心")]),
    # a named fund found once is the same fund where its words stand again (names.repeated_
    # names); before the body that runs it, the fund is a word of the body's one ORG (as
    # d08's 船舶油污损害赔偿基金管理委员会, regs29); a short kind of fund is not repeated
    ("fund_repeated", "国家设立邮政普遍服务基金。邮政普遍服务基金征收、使用办法另定；邮政普遍服务基金管理委员会负责",
     [("邮政普遍服务基金", "INITIATIVE", "邮政普遍服务基金"),
      ("邮政普遍服务基金", "INITIATIVE", "邮政普遍服务基金"),
      ("邮政普遍服务基金管理委员会", "ORG", "邮政普遍服务基金管理委员会")]),
    # a defined short name with its body after it is that body, and the body's own defined
    # short name is the body's (names.defined_aliases, _run_bodies: d71's 管理机构, 27 times)
    ("alias_body_alias", "西溪国家湿地公园（以下简称湿地公园）。管委会设立湿地公园管理机构（以下简称管理机构）。管理机构应当",
     [("西溪国家湿地公园", "FAC", "西溪国家湿地公园"), ("湿地公园", "FAC", "湿地公园"),
      ("管委会", "ORG", "管委会"), ("湿地公园管理机构", "ORG", "湿地公园管理机构"),
      ("管理机构", "ORG", "管理机构"), ("管理机构", "ORG", "管理机构")]),
    ("short_fund_not_repeated", "设立粮食风险基金。粮食风险基金的规模由",
     [("粮食风险基金", "INITIATIVE", "粮食风险基金")]),
    # initb35: a fund named by its purpose as the subject of a law's clause (names.clause_fund:
    # d69, d23 of the train gold); the budget's money, a class, a verb's object and a fund
    # listed after 和 are not read so
    ("clause_fund_article", "第十二条　学前教育发展专项资金由市财政部门管理。",
     [("学前教育发展专项资金", "INITIATIVE", "学前教育发展专项资金"),
      ("市财政部门", "ORG", "市财政部门")]),
    ("clause_fund_compensation", "。\n饮用水水源生态补偿资金主要用于水源保护。",
     [("饮用水水源生态补偿资金", "INITIATIVE", "饮用水水源生态补偿资金")]),
    ("clause_fund_level", "（市财政局负责）市融资担保发展基金今年新增再担保业务",
     [("市财政局", "ORG", "市财政局"), ("市融资担保发展基金", "INITIATIVE", "市融资担保发展基金")]),
    ("clause_fund_budget", "。县级财政专项资金应当专款专用。", []),
    ("clause_fund_class", "。其他专项资金由市财政部门安排。", [("市财政部门", "ORG", "市财政部门")]),
    ("clause_fund_object", "。挪用旅游发展专项资金的，依法处理。", []),
    ("clause_fund_insurance", "。基本医疗保险统筹基金由经办机构管理。", []),
    # initc35 (C35y): designations a batch makes with a raising verb inside (d55, d67 of the
    # train gold), the list's next item sharing the title; not a zone's title nor the verb
    # opening the name
    ("title_aim_county", "加强耕地保护和高标准农田建设，创建一批单产提升整建制示范县、绿色高产高效示范县。",
     [("单产提升整建制示范县", "INITIATIVE", "单产提升整建制示范县"),
      ("绿色高产高效示范县", "INITIATIVE", "绿色高产高效示范县")]),
    ("title_cities_and_counties", "，创建一批法治政府建设示范市县。",
     [("法治政府建设示范市县", "INITIATIVE", "法治政府建设示范市县")]),
    ("title_aim_zone", "，创建一批单产提升整建制示范区。", []),
    ("title_aim_opening", "，创建一批提升示范县。", []),
    # initc35 (C35z): funds set up together, each named by its purpose (d01, d58 of the train
    # gold); not a law's kinds of fund nor a bare kind after a named one
    ("purpose_fund_list", "。设立产业扶贫基金、贫困生救助基金、医疗救助基金，实现政策保障兜底。",
     [("产业扶贫基金", "INITIATIVE", "产业扶贫基金"), ("贫困生救助基金", "INITIATIVE", "贫困生救助基金"),
      ("医疗救助基金", "INITIATIVE", "医疗救助基金")]),
    ("purpose_fund_list_built", "，探索建立农业产业发展基金、乡村建设基金，引导金融机构完善",
     [("农业产业发展基金", "INITIATIVE", "农业产业发展基金"), ("乡村建设基金", "INITIATIVE", "乡村建设基金")]),
    ("purpose_fund_kind_after", "。设立对外贸易发展基金、风险基金。", []),
    # initc35 (C35z1): 就业 opens a fund's name (就 no function character there), not other names
    ("employment_fund_set_up", "。设立就业专项资金，用于职业培训。",
     [("就业专项资金", "INITIATIVE", "就业专项资金")]),
    ("employment_fund_subject", "。就业专项资金由市财政部门管理。",
     [("就业专项资金", "INITIATIVE", "就业专项资金"), ("市财政部门", "ORG", "市财政部门")]),
    ("employment_not_fund", "。就此开展专项资金检查。", []),
    ("purpose_fund_no_setup", "。落实产业扶贫基金、医疗救助基金。",
     [("产业扶贫基金", "INITIATIVE", "产业扶贫基金")]),
    # … but a science centre the gazetteer does not confer stays a facility
    ("science_centre_facility", "，西安科学中心建成投用", [("西安科学中心", "FAC", "西安科学中心")]),
    # a quoted slogan the dictionary knows as a word (the gazetteer) and a campaign unquoted
    ("quoted_dictionary_slogan", "，唱好杭甬“双城记”，全面完成保交房任务",
     [("杭甬", "GPE", "杭甬"), ("双城记", "INITIATIVE", "双城记"), ("保交房", "INITIATIVE", "保交房")]),
    # facc25: a facility described, no name (names._described, rule 9): a superlative, the
    # name after its dash kept (names._after_superlative); a group counted by 大; a grade of a
    # class of sites; an adverb before a clause's verb; a country's or province's network
    ("superlative_dash", "，亚洲第一高桥——北盘江大桥通车", [("北盘江大桥", "FAC", "北盘江大桥")]),
    ("superlative", "，孟加拉国最大铁路开通", []),
    ("first_plant_named", "，福岛第一核电站的处理水", [("福岛第一核电站", "FAC", "福岛第一核电站")]),
    ("group_of_towns", "，游客走进岭南四大古镇之一", [("岭南", "GPE", "岭南")]),
    ("congress_memorial", "，到中共一大纪念馆参观", [("中共一大纪念馆", "FAC", "中共一大纪念馆")]),
    ("grade_of_sites", "，全国A级旅游景区有序开放", []),
    ("adverb_clause", "，美国再次移除加沙临时码头",
     [("美国", "GPE", "美国"), ("加沙临时码头", "FAC", "加沙临时码头")]),
    ("adverb_in_name", "，西藏柏木自然保护点", [("西藏柏木自然保护点", "FAC", "西藏柏木自然保护点")]),
    ("bridge_on_highway", "。广西贺巴高速培森柳江特大桥合龙",
     [("广西贺巴高速培森柳江特大桥", "FAC", "广西贺巴高速培森柳江特大桥")]),
    ("visit_clause", "上午，王刚来到人民大会堂北大厅", [("人民大会堂北大厅", "FAC", "人民大会堂北大厅")]),
    ("province_network", "，湖南省高速公路网不断完善", [("湖南省", "GPE", "湖南省")]),
    # no FAC; the country itself is a GPE (a country's name goes to no place gate: gate27)
    ("country_network", "，中国盾构机产量占全球", [("中国", "GPE", "中国")]),
    ("city_metro", "，西安地铁运营里程增加", [("西安地铁", "FAC", "西安地铁")]),
    ("municipality_port", "，天津港集装箱吞吐量增长", [("天津港", "FAC", "天津港")]),
    # facb26: a district's markets, plants and venues by a short local name; the kind alone
    # or counted by 家 is none (names.py, _FAC_COUNTED)
    ("district_market", "，推进河东农贸市场改造", [("河东农贸市场", "FAC", "河东农贸市场")]),
    ("market_kind", "，改造提升城乡农贸市场", []),
    ("district_landfill", "，实施东山垃圾填埋场封场治理", [("东山垃圾填埋场", "FAC", "东山垃圾填埋场")]),
    ("ski_field_place", "，陕西照金国际滑雪场每天都迎来游客",
     [("陕西照金国际滑雪场", "FAC", "陕西照金国际滑雪场")]),
    ("ski_fields_counted", "，入冬以来，新疆多家滑雪场开门迎客", [("新疆", "GPE", "新疆")]),
    ("zoo_proper", "，前往阿德莱德动物园参观", [("阿德莱德动物园", "FAC", "阿德莱德动物园")]),
    # org26: a level's department by its short name in running text (names.level_short_organ)
    ("short_organ_prose", "由区发改局牵头，会同区住建局、区委人才办制定细则",
     [("区发改局", "ORG", "区发改局"), ("区住建局", "ORG", "区住建局"),
      ("区委人才办", "ORG", "区委人才办")]),
    ("short_organ_words", "在省外办理手续，由市政府办医主体负责", [("市政府", "ORG", "市政府")]),
    # gpeb26: places' initials before their cluster's industry (names.cluster_run); a
    # direction of no dictionary word before 地区 (names.compass_region: 滇中, a news line)
    ("cluster_initials", "，壮大金白兰武有色金属等国家级产业集群", [("金白兰武", "GPE", "金白兰武")]),
    ("cluster_named_whole", "，支持宝汉天工业母机集群建设", []),
    ("compass_no_word", "，缓解滇中地区的用水紧张问题", [("滇中", "GPE", "滇中")]),
    ("compass_company", "，蒙西水泥扩能", []),
    # a list closed by 等 and a count before the kind: the places opening its items stand
    # apart (names.listed_reading, _LIST_COUNTED); not a route named by its ends
    ("listed_counted", "，新疆可可托海、河北崇礼等多个滑雪场开板",
     [("新疆", "GPE", "新疆"), ("河北", "GPE", "河北")]),
    ("listed_route_counted", "，西安至十堰、兰溪至建德等一批高铁线路投入运营", []),
    # facc26: a list of sites named by a common word and a kind of hub (lexicon.list_site_heads,
    # names.py _head_list_prefix), its last item cut before 发展 (_head_end); a hub's kind
    # alone, or out of a list, is none
    ("hub_site_list", "，提升国际金融城、国际法务区、国际人才港发展能级",
     [("国际金融城", "FAC", "国际金融城"), ("国际法务区", "FAC", "国际法务区"),
      ("国际人才港", "FAC", "国际人才港")]),
    ("hub_kinds_list", "，完善空港、陆港、海港、信息港“四港联动”机制",
     [("四港联动", "INITIATIVE", "四港联动")]),
    ("hub_out_of_list", "，形成国际经贸信息港", []),
    # facc26: a route of the water transfer is a work (gazetteer), its phase and 工程 out;
    # works named after it one FAC with it (names.fac_extension)
    ("transfer_route", "，争取纳入南水北调西线一期范围", [("南水北调西线", "FAC", "南水北调西线")]),
    ("transfer_route_works", "，南水北调东线一期北延应急供水工程已向京杭大运河调水",
     [("南水北调东线一期北延应急供水工程", "FAC", "南水北调东线一期北延应急供水工程"),
      ("京杭大运河", "FAC", "京杭大运河")]),
    # facc26: a games' athletes' village (gazetteer), the games themselves no name
    ("games_village", "，参赛选手陆续入住大运村", [("大运村", "FAC", "大运村")]),
    ("games_alone", "，成都大运会期间", [("成都", "GPE", "成都")]),
    # org27: the mates of a company a list closed by 等…企业 names (names._short_company)
    ("company_list_mates", "座谈会上，美团、小红书、货拉拉、BOSS直聘等企业负责人先后发言",
     [("美团", "ORG", "美团"), ("小红书", "ORG", "小红书"), ("货拉拉", "ORG", "货拉拉"),
      ("BOSS直聘", "ORG", "BOSS直聘")]),
    ("company_kinds_by_owner", "该园区聚集了央企、国企、民企等各类企业", []),
    # org27: a level's own hospital (names.level_hospital); 公立医院 is a kind (rule 9)
    ("level_hospitals", "讷河市以市人民医院、市中医医院牵头组建",
     [("讷河市", "GPE", "讷河市"), ("市人民医院", "ORG", "市人民医院"),
      ("市中医医院", "ORG", "市中医医院")]),
    ("hospital_kind", "，深化公立医院编制、服务价格改革", []),
    # fac27: care buildings named 中心 by what they house are FAC (heads 卫生服务中心,
    # 养老服务中心, as 托养中心), not the body 中心 would make them; the kind alone is none
    ("care_centre", "，启动东山组团社区卫生服务中心。完成东港街道社会养老服务中心（敬老院）主体",
     [("东山组团社区卫生服务中心", "FAC", "东山组团社区卫生服务中心"),
      ("东港街道社会养老服务中心", "FAC", "东港街道社会养老服务中心")]),
    ("care_centre_kind", "，强化社区卫生服务中心建设，建设100个乡镇综合养老服务中心", []),
    # fac27: a housing estate named by single characters and a garden's or court's word
    # (lexicon.estate_heads, estate_name_ends: 御松园|小区 of d01), not a kind (产业|园, 老旧)
    ("estate_name", "。经过攻坚圆满完成了御松园小区回迁楼建设", [("御松园小区", "FAC", "御松园小区")]),
    ("estate_kind", "，建设产业园小区，改造老旧小区", []),
    # fac27: a quoted item of a list of sites that 等 and the kind close is the name inside the
    # quotes, two sites a dash joins one name (names.works_kind_list; rule 7, rule 20)
    ("dashed_sites", "，加快“冈仁波齐—玛旁雍错”等精品景区和文旅数字化建设",
     [("冈仁波齐—玛旁雍错", "FAC", "冈仁波齐—玛旁雍错")]),
    # fac27: a site named without its kind, a dash and a site with it: one FAC (rule 20)
    ("dashed_site_kind", "。推进三星堆—金沙遗址系统性保护，",
     [("三星堆—金沙遗址", "FAC", "三星堆—金沙遗址")]),
    # init27: the degree a strategy is to reach stays out of it (names.strong_place)
    ("strong_degree", "，加快建成高水平文化强省。", [("文化强省", "INITIATIVE", "文化强省")]),
    # init27: the river and bay programmes and the campaign without 战 (gazetteer), the land
    # programmes of the shape 退X还Y (names.returned_land), not the land they return
    ("river_programmes", "，高质量推进美丽海湾、幸福河湖建设，强化污染防治攻坚。",
     [("美丽海湾", "INITIATIVE", "美丽海湾"), ("幸福河湖", "INITIATIVE", "幸福河湖"),
      ("污染防治攻坚", "INITIATIVE", "污染防治攻坚")]),
    ("returned_land", "，逐步实施退田还湖、退耕还湿，人工草地包括退耕还草地",
     [("退田还湖", "INITIATIVE", "退田还湖"), ("退耕还湿", "INITIATIVE", "退耕还湿")]),
    # init27: paired assistance after a verb of policy, not the verb (names.paired_assistance)
    ("paired_assistance", "，做好对口支援协作合作工作。组织各县对口支援涿州",
     [("对口支援", "INITIATIVE", "对口支援")]),
    # init27: a run of quoted phrases shares the word after its last quote (names._quoted)
    ("quoted_run_shared", "4.  压实“米袋子”“菜篮子”负责制，实施",
     [("米袋子", "INITIATIVE", "米袋子"), ("菜篮子", "INITIATIVE", "菜篮子")]),
    # gpe28: a place or country opening a name the rules do not delimit is no GPE (rule 20):
    # a society or foundation (lexicon.unnamed_name_ends), a phrase 中国特色 opens
    # (lexicon.doctrines; gold/dev/NOTES.md C14), 中国（place） before a name that is no
    # event (names._opens_bracketed_name); the event's brackets keep both places (rule 11)
    ("society_after_country", "教育部、中国法学会有关负责同志出席", [("教育部", "ORG", "教育部")]),
    # gpe39: a corridor a place opens with coined words (lexicon.unnamed_name_ends 走廊): the
    # place is inside a name no rule delimits, no GPE; a verb between keeps it apart, and a
    # place right before 走廊 opens no such name (河西走廊经济带: the programme's)
    ("corridor_after_place", "大力推进赣南脐橙产业走廊建设。", []),
    ("corridor_after_city", "推动杭州城西数智走廊提能升级。", []),
    ("corridor_after_verb", "与重庆携手推进数字走廊建设。", [("重庆", "GPE", "重庆")]),
    ("corridor_right_after_place", "发展壮大河西走廊经济带。",
     [("河西走廊经济带", "INITIATIVE", "河西走廊经济带")]),
    # (org40) the foundation is an ORG whole with its place (rule 20; the head 基金会), no GPE
    ("foundation_after_city", "成立北京市红十字基金会",
     [("北京市红十字基金会", "ORG", "北京市红十字基金会")]),
    # a national list's title after a verb of selection (names._selected_title); not after 跻身
    ("selected_title", "，155个村落列入中国传统村落保护名录，该集团跻身中国企业500强",
     [("中国", "GPE", "中国")]),
    # a place ending in the localizer 中 after a word that ends in its first character is
    # that word and "in" (names._cuts_word: 平台|中); not 办好|汉中 nor 山西|晋中
    ("localizer_after_word", "信息汇总到监测平台中，办好汉中油菜花节，支持山西晋中",
     [("汉中", "GPE", "汉中"), ("山西", "GPE", "山西"), ("晋中", "GPE", "晋中")]),
    # 学会 a verb after a modal: the country stays (names.unnamed_reading)
    ("society_word_as_verb", "，美国须学会倾听他国声音", [("美国", "GPE", "美国")]),
    ("characteristics_path", "坚定不移走中国特色金融发展之路，拓展中国特色服务贸易，扩大中国对外开放",
     [("中国", "GPE", "中国")]),
    ("china_bracket_name", "建设中国（海南）技能人才综合发展基地，开展培训",
     [("中国（海南）技能人才综合发展基地", "FAC", "中国（海南）技能人才综合发展基地")]),
    # gpeb28: a place, a brand and its product in a list of works: the company is the place
    # and the brand, no GPE (C3, rule 20: names._place_brand); a size or a trade after the
    # place is no brand (榆林|百万吨…, 宜宾|锂电…: the GPE stays)
    ("place_brand_product", "绍兴中芯数模混合集成电路、榆林百万吨煤制芳烃、宜宾锂电材料等项目加快推进",
     [("绍兴中芯", "ORG", "绍兴中芯"), ("榆林", "GPE", "榆林"), ("宜宾", "GPE", "宜宾")]),
    ("china_bracket_event", "办好第十五届中国（温州）国际园林博览会、中国（广州）国际纪录片节",
     [("中国", "GPE", "中国"), ("温州", "GPE", "温州"), ("中国", "GPE", "中国"),
      ("广州", "GPE", "广州")]),
    ("china_bracket_pilot", "，深入推进中国（天津）跨境电子商务综合试验区建设",
     [("中国（天津）跨境电子商务综合试验区", "INITIATIVE", "中国（天津）跨境电子商务综合试验区")]),
    # gpe30: any place before brackets that opens a name ending in a name's word is no GPE
    # (gold dev-d39: 浙江 inside one INITIATIVE); not where a clause or an event goes on
    ("place_bracket_name", "深化新时代浙江（安吉）县域践行绿水青山理念综合改革创新试验区建设和淳安改革",
     []),
    ("place_bracket_clause", "在浙江（杭州）举行会议，浙江（杭州）经济发展良好",
     [("浙江", "GPE", "浙江"), ("浙江", "GPE", "浙江")]),
    # the national cultural park with its section in brackets (init27: names.cultural_park)
    ("cultural_park_section", "推进国家文化公园（河南段）建设。",
     [("国家文化公园（河南段）", "INITIATIVE", "国家文化公园（河南段）")]),
    # gaps28: a special administrative region after its country is GPE, the country too (the
    # port head 港 of 香港 made FAC 中华人民共和国香港)
    ("sar_after_country", "推动与中华人民共和国香港特别行政区的合作",
     [("中华人民共和国", "GPE", "中华人民共和国"), ("香港特别行政区", "GPE", "香港特别行政区")]),
    # a bound's road whose first character is a function character inside a word (和平|路)
    ("bound_road_function_first", "保护范围东至和平路、西至人民路、南至解放街",
     [("和平路", "FAC", "和平路"), ("人民路", "FAC", "人民路"), ("解放街", "FAC", "解放街")]),
    # no name runs over a link's line break into the next line (html|安徽省人民政府办公厅), CRLF
    # rule 11 (init28): a campaign listed after a 专项斗争 shares its kind of head; a list's
    # part that ends in a programme's head is no object of the next programme's aim
    ("campaign_after_struggle", "深入实施扫黑除恶专项斗争和严打暴恐专项行动，",
     [("扫黑除恶专项斗争", "INITIATIVE", "扫黑除恶专项斗争"),
      ("严打暴恐专项行动", "INITIATIVE", "严打暴恐专项行动")]),
    # rule 11 (init28): national programmes of the gazetteer written alone (d21, d34, d43 of
    # the train gold); the longer entry keeps its level (全国统一大市场)
    ("national_programmes_alone", "修订或废止妨碍统一大市场和公平竞争的政策，深化零基预算、基层财政"
     "能力提升，发放中度以上失能老年人养老服务消费补贴，积极融入全国统一大市场",
     [("统一大市场", "INITIATIVE", "统一大市场"), ("零基预算", "INITIATIVE", "零基预算"),
      ("养老服务消费补贴", "INITIATIVE", "养老服务消费补贴"),
      ("全国统一大市场", "INITIATIVE", "全国统一大市场")]),
    ("link_line_then_body", "原文链接：https://www.pkulaw.com/lar/e069c.html\r\n安徽省人民政府办公厅"
     "关于印发", [("安徽省人民政府办公厅", "ORG", "安徽省人民政府办公厅")]),
    # orgb28: a body, a clause's link and a second body are no one name (_second_organ): the
    # second cut where a level opens it, dropped where a class opens it; a name with a verb
    # inside and no second body stays
    ("organ_link_level", "。市宗教团体向市宗教事务部门备案。",
     [("市宗教事务部门", "ORG", "市宗教事务部门")]),
    ("organ_link_both", "。上海市建设委员会会同市邮电管理部门制定",
     [("上海市建设委员会", "ORG", "上海市建设委员会"), ("市邮电管理部门", "ORG", "市邮电管理部门")]),
    ("organ_link_class", "具体办法由国务院办公厅会同有关主管部门制定。",
     [("国务院办公厅", "ORG", "国务院办公厅")]),
    ("organ_verb_inside", "，国务院组成部门应当", [("国务院组成部门", "ORG", "国务院组成部门")]),
    # orgb28: kinds of body after scope words (rule 9) and games (rule 11) are no ORG
    ("scoped_kinds", "，鼓励全国性商业银行、中小银行和专科医院参与", []),
    ("listed_games", "筹办好省运会、省民族运动会、省残运会。", []),
    ("region_not_level", "，建设区域性进口商品展示交易中心、", []),
    # centres that are buildings or sites (heads 云存储中心, 大数据分中心, 数贸中心; the rule
    # names.civic_centre): FAC, not the body the organisation walk makes of …|中心
    ("centre_cloud_store", "，构建四川省医保影像云存储中心，推动",
     [("四川省医保影像云存储中心", "FAC", "四川省医保影像云存储中心")]),
    ("centre_civic_after_level", "。启动建设区市民中心项目；完成", [("区市民中心", "FAC", "区市民中心")]),
    # and 金融大厦 before it, a coined word and a building's head after 开建 (lexicon.coined_heads)
    ("centre_civic_alone", "，开建金融大厦、市民中心，谋划",
     [("金融大厦", "FAC", "金融大厦"), ("市民中心", "FAC", "市民中心")]),
    # a verb with its result before a name (建强|义乌全球数贸中心: lexicon.works_verbs)
    ("centre_market_after_verb", "，建强义乌全球数贸中心，加快",
     [("义乌全球数贸中心", "FAC", "义乌全球数贸中心")]),
    ("centre_kind_not_named", "，建设云存储中心和大数据分中心", []),
    # the designation 综合性科学中心 with its place is one INITIATIVE (rule 11; gazetteer), a
    # science centre that is a site a FAC (锦屏深地科学中心 of the train gold d13)
    ("science_centre_designation", "，增强成渝（兴隆湖）综合性科学中心、西部（成都）科学城",
     [("成渝（兴隆湖）综合性科学中心", "INITIATIVE", "成渝（兴隆湖）综合性科学中心"),
      ("西部（成都）科学城", "FAC", "西部（成都）科学城")]),
    # a centre named by one common word alone is a kind (names.py, _org_walk; rule 9)
    ("centre_of_a_common_word", "（二）交通枢纽、商业中心的绿地率不低于百分之三十", []),
    # a road after 和, 与 or 及 that joins it to the road before (names.street)
    ("roads_joined_by_he", "，完成中山路和新华路改造。",
     [("中山路", "FAC", "中山路"), ("新华路", "FAC", "新华路")]),
    ("road_then_kind_after_he", "，完成中山路和新建道路改造。", [("中山路", "FAC", "中山路")]),
    # (orgb29) a body of the gazetteer joined by 和 to the next is its own (names._walk; made up)
    ("known_body_then_he", "由新华社和国家文物局联合摄制",
     [("新华社", "ORG", "新华社"), ("国家文物局", "ORG", "国家文物局")]),
    # the state broadcaster's station, named with the broadcaster (names.broadcaster_station)
    ("broadcaster_station", "中央广播电视总台北美总站举行活动",
     [("中央广播电视总台北美总站", "ORG", "中央广播电视总台北美总站")]),
    # (fac34) ports of entry named in transliteration (names.translit_port): one FAC each, the
    # country inside one no GPE (阿日哈沙特 was 沙特口岸); a country's own ports stay the place's
    ("port_transliterated_list", "，推进甘其毛都口岸、策克口岸和珠恩嘎达布其口岸建设",
     [("甘其毛都口岸", "FAC", "甘其毛都口岸"), ("策克口岸", "FAC", "策克口岸"),
      ("珠恩嘎达布其口岸", "FAC", "珠恩嘎达布其口岸")]),
    ("port_transliterated_holds_country", "。阿日哈沙特口岸过货量增长",
     [("阿日哈沙特口岸", "FAC", "阿日哈沙特口岸")]),
    ("port_transliterated_after_country", "，援助物资从埃及经拉法口岸进入。",
     [("埃及", "GPE", "埃及"), ("拉法口岸", "FAC", "拉法口岸")]),
    ("port_of_a_country_not_cut", "。俄罗斯口岸通关顺畅", [("俄罗斯口岸", "FAC", "俄罗斯口岸")]),
    ("port_common_word_not_read", "，设立特别口岸，加强口岸管理", []),
    # (fac34) an item after a 和 jieba glues to its first character (names.he_item): its own
    # FAC, the walk's name over the 和 dropped; after a place the 和 is a name's (和龙, a city)
    ("he_glued_item_after_phase", "，推进流溪河水库二期和龙颈水库建设。",
     [("流溪河水库", "FAC", "流溪河水库"), ("龙颈水库", "FAC", "龙颈水库")]),
    ("he_glued_item_after_section", "，开工建设杭温铁路杭州至义乌段和平庆铁路，",
     [("杭温铁路杭州至义乌段", "FAC", "杭温铁路杭州至义乌段"), ("平庆铁路", "FAC", "平庆铁路")]),
    ("he_city_after_province", "，吉林和龙大洞遗址对外开放",
     [("吉林和龙大洞遗址", "FAC", "吉林和龙大洞遗址")]),
    # (org34) a level's people's organisations in running text (names.mass_body: made up),
    # the national ones with 中国 no GPE (rule 20); bare or of a class of levels, none
    ("mass_bodies_running_text", "区妇联组织开展活动，市红十字会开展救护培训，中国科协与省政府签约",
     [("区妇联", "ORG", "区妇联"), ("市红十字会", "ORG", "市红十字会"),
      ("中国科协", "ORG", "中国科协"), ("省政府", "ORG", "省政府")]),
    ("mass_bodies_bare_or_class", "发挥工会、共青团、妇联等群团组织作用；各级妇联应当维护妇女权益", []),
    # (qa34) the system of those bodies of every level is no one body (rule 9; made up); the
    # award title the system's collectives win is one INITIATIVE with its level (init43, C43q)
    ("mass_bodies_system", "，表彰全国红十字会系统模范集体，市妇联系统各级组织参与",
     [("全国红十字会系统模范集体", "INITIATIVE", "全国红十字会系统模范集体")]),
    ("mass_body_before_series", "。市妇联系列活动启动", [("市妇联", "ORG", "市妇联")]),
    # (qa34) a province's short name that starts a lake's name, one word of the tokenizer, is
    # no GPE (青海|湖, rule 20; made up); the province alone and the island 海南岛 stay
    ("province_starts_lake", "，沿着各条流入青海湖的河流溯流而上", []),
    ("province_before_he_stays", "，青海和西藏联合开展生态监测",
     [("青海", "GPE", "青海"), ("西藏", "GPE", "西藏")]),
    # (org34) a group the report's body sets up, named by its task (names.founded_group);
    # not a generic one, nor a law's duty of every government (rule 9)
    ("founded_task_group", "第一时间成立支持外经贸高质量发展指挥部，成立专项工作领导小组",
     [("支持外经贸高质量发展指挥部", "ORG", "支持外经贸高质量发展指挥部")]),
    ("law_duty_group", "县级以上人民政府应当成立重大动物疫情应急指挥部", []),
    # (qa34) the groups every place sets up are a class (rule 9; made up); one place's stays
    ("every_place_group", "。目前，各地已经成立清理拖欠账款工作专班，对于", []),
    ("one_place_group_after_already", "。我市已经成立清理拖欠账款工作专班，对于",
     [("清理拖欠账款工作专班", "ORG", "清理拖欠账款工作专班")]),
    # (org34) a level's experimental school and a numbered school with no level
    # (names.level_hospital); 全市 makes a class
    ("level_schools", "完成区实验小学、第三中学改扩建，全市实验小学",
     [("区实验小学", "ORG", "区实验小学"), ("第三中学", "ORG", "第三中学")]),
    # (org34) the list's verb and its aspect particle stay out of the first company
    ("company_list_after_le", "区内先后引进了阿斯利康、博世等世界500强企业",
     [("阿斯利康", "ORG", "阿斯利康"), ("博世", "ORG", "博世")]),
    # (fac35) a common word names a list's edge item beside a facility of the same head or
    # family (names._edge_sibling_end; made up); a kind there stays out, and so does a head
    # whose kinds are written by the dozen (公园)
    ("edge_sibling_first", "。加快航宇高铁、深南高铁建设。",
     [("航宇高铁", "FAC", "航宇高铁"), ("深南高铁", "FAC", "深南高铁")]),
    ("edge_sibling_after_phase", "。加快美兰机场三期、草帽机场等前期工作。",
     [("美兰机场", "FAC", "美兰机场"), ("草帽机场", "FAC", "草帽机场")]),
    ("edge_sibling_family", "，加快京滨城际、津兴城际、青年高速等项目建设，",
     [("京滨城际", "FAC", "京滨城际"), ("津兴城际", "FAC", "津兴城际"),
      ("青年高速", "FAC", "青年高速")]),
    ("edge_sibling_last_works", "，推进黄茅峡水库、博物水库扩建等工程建设，",
     [("黄茅峡水库", "FAC", "黄茅峡水库"), ("博物水库", "FAC", "博物水库")]),
    ("edge_sibling_kind", "。加快美兰机场、通用机场建设，推进藻渡水库、骨干水库建设。",
     [("美兰机场", "FAC", "美兰机场"), ("藻渡水库", "FAC", "藻渡水库")]),
    ("edge_sibling_body_name", "，推进黄茅峡水库、教育部水库扩建，",
     [("黄茅峡水库", "FAC", "黄茅峡水库"), ("教育部", "ORG", "教育部")]),
    ("edge_sibling_not_park", "，建设人民公园、郊野公园，", []),
    # (fac35, call C35f) a city named with 港 as an item of a list of ports is the port, FAC;
    # a list of places keeps it a GPE (made up)
    ("port_city_in_port_list", "。加快钦州港、北海港、防城港建设。",
     [("钦州港", "FAC", "钦州港"), ("北海港", "FAC", "北海港"), ("防城港", "FAC", "防城港")]),
    # (fac35) a facility before its phase, the name the nouns before the head (made up); a
    # kind before the phase stays out
    ("phased_after_de", "，两市共建的云阳青石港二期工程完工",
     [("云阳青石港", "FAC", "云阳青石港")]),
    ("phased_kind", "。这些骨干水库二期已经完工", []),
    ("port_city_in_place_list", "。支持防城港、钦州、北海建设。",
     [("防城港", "GPE", "防城港"), ("钦州", "GPE", "钦州"), ("北海", "GPE", "北海")]),
    # (init35) the state's named science programmes (gazetteer), where 重点 alone opens a class
    ("state_science_programmes", "承担国家重点研发计划项目，列入国家科技重大专项。",
     [("国家重点研发计划", "INITIATIVE", "国家重点研发计划"),
      ("国家科技重大专项", "INITIATIVE", "国家科技重大专项")]),
    ("key_programme_class", "实施重点研发计划。", []),
    # (init35) a vision named by a county's own short name, built (rule 20: no GPE inside);
    # not a county's name that is a word too where nothing builds it (富民)
    ("county_vision", "推进平安海拉尔建设，打造美丽海拉尔。",
     [("平安海拉尔", "INITIATIVE", "平安海拉尔"), ("美丽海拉尔", "INITIATIVE", "美丽海拉尔")]),
    ("county_word_no_vision", "发展数字富民产业，", []),
    # (init41b, C41ia) a place, a quoted coined name and a zone's head: one INITIATIVE, a
    # county's own short name opening it too (武进: GPE + INITIATIVE 两湖 before); a county's
    # short name before an unquoted head is the unquoted zones' rules' (made up)
    ("county_quoted_zone", "推进武进“两湖”创新区建设。",
     [("武进“两湖”创新区", "INITIATIVE", "武进两湖创新区")]),
    ("place_quoted_opening_zone", "推进温州“瓯江口”开放区建设。",
     [("温州“瓯江口”开放区", "INITIATIVE", "温州瓯江口开放区")]),
    ("county_quoted_demonstration", "推进萧山“双创”示范区建设。",
     [("萧山“双创”示范区", "INITIATIVE", "萧山双创示范区")]),
    ("quoted_no_place_zone", "支持企业入驻“双创”孵化区。", [("双创", "INITIATIVE", "双创")]),
    # (init35) quoted dictionary words named as campaigns by 专项 after them (C35b)
    ("quoted_special_campaigns", "开展“扫黄打非”专项行动和“利剑”专项行动。",
     [("扫黄打非", "INITIATIVE", "扫黄打非"), ("利剑", "INITIATIVE", "利剑")]),
    ("quoted_figure_example_setting", "要进一步发挥“样板间”示范引领作用", []),
    # (init35) strategies listed together; a class of them is none (rule 9)
    ("listed_strategies", "大力实施创新驱动发展战略和人才强区战略。",
     [("创新驱动发展战略", "INITIATIVE", "创新驱动发展战略"),
      ("人才强区战略", "INITIATIVE", "人才强区战略")]),
    ("strategy_class_in_list", "统筹区域协调发展战略、区域重大战略和主体功能区战略。",
     [("区域协调发展战略", "INITIATIVE", "区域协调发展战略"),
      ("主体功能区战略", "INITIATIVE", "主体功能区战略")]),
    # (init35) a pilot before 工作 (jieba's 试点工作), and a belt named by its two ends
    ("pilot_work", "稳步推进农村宅基地制度改革试点工作。",
     [("农村宅基地制度改革试点", "INITIATIVE", "农村宅基地制度改革试点")]),
    ("belt_two_ends", "推进珠江—西江经济带建设。",
     [("珠江—西江经济带", "INITIATIVE", "珠江—西江经济带")]),
    # (facb35) a kind of facility is no name (rule 9; names._facility_kind, one check for the
    # walk, the lists, the airport word and the phase; made up): a size, class, quality,
    # scope or works word before the head, one or two of them
    ("kind_airport_after_works", "，加快建成国际机场建设。", []),
    ("kind_list_of_kinds", "。建成支线机场、中型水库等。", []),
    ("kind_lines_and_bridge", "，加快普速铁路建设，推进智慧高速建设，建设跨江大桥。", []),
    ("kind_before_phase", "，推进国际机场二期、智慧港一期、扩建机场二期建设。", []),
    ("kind_two_words", "，符合国家有关机场净空的规定，推进新建支线机场建设", []),
    ("kind_list_beside_kind", "。加快城市间高铁、城际铁路建设。", []),
    ("kind_adjective_not_road", "，超高速实时示波器取得突破", []),
    # counterexamples: a name's own word before the head stays, a kind beside it goes
    ("kind_not_name_word", "，加快京沪高速改造，推进天府国际机场二期建设",
     [("京沪高速", "FAC", "京沪高速"), ("天府国际机场", "FAC", "天府国际机场")]),
    ("kind_beside_name_phase", "，推进凤凰机场三期、智慧港一期建设。",
     [("凤凰机场", "FAC", "凤凰机场")]),
    ("kind_list_site_head_stays", "。加快光子科创城、国际人才港建设",
     [("光子科创城", "FAC", "光子科创城"), ("国际人才港", "FAC", "国际人才港")]),
    ("kind_name_before_kind_word", "，加快长城遗址保护，推进扬子江城际铁路建设",
     [("长城遗址", "FAC", "长城遗址"), ("扬子江城际铁路", "FAC", "扬子江城际铁路")]),
    # (facc35, C35f2) a kind of urban road is no street's name (names.street asks
    # names._facility_kind); a road's own word before the kind stays (made up)
    ("road_kind_not_street", "，加快高快速路建设，推进城市快速路、主干路建设。", []),
    ("road_kind_after_name", "，加快艮山快速路建设，改造解放路。",
     [("艮山快速路", "FAC", "艮山快速路"), ("解放路", "FAC", "解放路")]),
    # (facc35, C35f3) a place's system of airports is one FAC with 群; the kind alone none,
    # and 群众 after a facility no group (made up)
    ("place_airport_group", "，推动成渝世界级机场群建设，加快建设世界级港口群。",
     [("成渝世界级机场群", "FAC", "成渝世界级机场群")]),
    ("airport_then_masses", "。天府国际机场群众满意度提升",
     [("天府国际机场", "FAC", "天府国际机场")]),
    ("place_kind_port", "，推进珠江口深水港建设。", [("珠江口深水港", "FAC", "珠江口深水港")]),
    # (facc35, C35f4) two lines listed whose words differ in one compass character only
    # (names.compass_pair); sides and compass runs are none (made up)
    ("compass_pair_corridors", "，东向长江北走廊、长江南走廊，", [
        ("长江北走廊", "FAC", "长江北走廊"), ("长江南走廊", "FAC", "长江南走廊")]),
    ("compass_pair_intercity", "。推进南沿江城际、北沿江城际前期工作。", [
        ("南沿江城际", "FAC", "南沿江城际"), ("北沿江城际", "FAC", "北沿江城际")]),
    ("compass_sides_no_pair", "。推进东部高铁、西部高铁建设，打通南北通道、东西通道。", []),
    # (facc35; train d35) a plant named by a county's short name that is a plain word (三门县)
    ("county_site_nuclear", "。三门核电三期项目获国家核准，发展三代核电技术。",
     [("三门核电", "FAC", "三门核电")]),
    # (org35) a banner's and a league's bodies written in full (lexicon.token_levels; made up):
    # the walk had stopped before 旗 or cut it off (建设局, 公安局, 人大常委会); 旗下 and 旗舰,
    # words of their own, open no name
    ("banner_bodies_in_full", "。由旗住房和城乡建设局负责，盟公安局、旗人大常委会配合。",
     [("旗住房和城乡建设局", "ORG", "旗住房和城乡建设局"), ("盟公安局", "ORG", "盟公安局"),
      ("旗人大常委会", "ORG", "旗人大常委会")]),
    ("banner_words_no_level", "。集团旗下公司开设旗舰店。", []),
    ("league_committee_and_office", "。在盟委、行署的坚强领导下，旗委、旗政府",
     [("盟委", "ORG", "盟委"), ("行署", "ORG", "行署"), ("旗委", "ORG", "旗委"),
      ("旗政府", "ORG", "旗政府")]),
    # (org35) a province's departments with no level (names.bare_province_department, train
    # d54's shape); after another province's level they stay that name's
    ("province_departments_bare", "。自然资源厅会同农业农村厅印发通知，由省财政厅负责",
     [("自然资源厅", "ORG", "自然资源厅"), ("农业农村厅", "ORG", "农业农村厅"),
      ("省财政厅", "ORG", "省财政厅")]),
    # (org35) an autonomous region's bodies in a list, a government's or a party committee's
    # office written with it (names.listed_organ, names.government_office; made up)
    ("region_bodies_listed", "。负责：自治区北部湾办、自治区口岸办、市政府外办、自治区党委金融办",
     [("自治区北部湾办", "ORG", "自治区北部湾办"), ("自治区口岸办", "ORG", "自治区口岸办"),
      ("市政府外办", "ORG", "市政府外办"), ("自治区党委金融办", "ORG", "自治区党委金融办")]),
    # (org35) a level's media, registry and governance centres (lexicon.centre_kinds); a class
    # (县级) is none
    ("level_centres", "。区融媒体中心、区不动产登记中心、区综治中心投入运行，推进县级融媒体中心建设",
     [("区融媒体中心", "ORG", "区融媒体中心"), ("区不动产登记中心", "ORG", "区不动产登记中心"),
      ("区综治中心", "ORG", "区综治中心")]),
    # (org35) a run of levels before a centre is every level's centre, a class (rule 9; train
    # d47's 省市县乡综治中心 was ORG once 综治 became a centre's kind)
    ("levels_run_centre", "。基本实现省市县乡综治中心规范化，完善市县服务中心", []),
    # (org35) the youth and students' federations (names.mass_body)
    ("youth_federations", "。共青团中央、全国青联、全国学联联合开展活动",
     [("共青团中央", "ORG", "共青团中央"), ("全国青联", "ORG", "全国青联"),
      ("全国学联", "ORG", "全国学联")]),
    # (org35) a party committee's offices (names.level_short_organ: was ORG 区委)
    ("committee_offices", "。区委巡察办、区委社会工作部牵头",
     [("区委巡察办", "ORG", "区委巡察办"), ("区委社会工作部", "ORG", "区委社会工作部")]),
    # (org35) a body listed at a line's start ends before the clause's verb
    # (fragments.LISTED_ORGAN_VERB: was ORG 区城投集团完成重组)
    ("listed_body_before_verb", "。工作要求\n区城投集团完成重组，",
     [("区城投集团", "ORG", "区城投集团")]),
    # (org35) a school by a name of its own (names.named_school); kinds of schools none
    ("named_schools", "。重点实施桃李中学改扩建，新建初级中学、寄宿制小学，改善城乡中小学条件",
     [("桃李中学", "ORG", "桃李中学")]),
    # a party committee's 常委 is a post: the body is 自治区党委 (names.listed_organ; qa35)
    ("standing_member_post", "副主席陈某，自治区党委常委、银川市委书记赵某出席会议。",
     [("自治区党委", "ORG", "自治区党委"), ("银川市委", "ORG", "银川市委")]),
    # the verb of use after 建成 is no word of the facility (names.built_name_after; qa35)
    ("built_then_run", "计划建成运营衢丽铁路、温州东站枢纽等项目。",
     [("衢丽铁路", "FAC", "衢丽铁路"), ("温州东站枢纽", "FAC", "温州东站枢纽")]),
    # (orgb35) a verb of the body's field inside its name (lexicon.field_verbs); a walk
    # that no place or level opens is still none
    ("field_verb_in_name", "。市公共就业服务中心牵头。", [("市公共就业服务中心", "ORG", "市公共就业服务中心")]),
    ("field_verb_no_opening", "。要落实就业服务中心建设。", []),
    # (orgb35, C35r3) 纪委监委 written as one is one ORG; written with a list mark, two
    ("joint_office_one", "，区纪委监委牵头。", [("区纪委监委", "ORG", "区纪委监委")]),
    ("joint_office_known", "，市纪委监委牵头。", [("市纪委监委", "ORG", "市纪委监委")]),
    ("joint_office_listed", "，区纪委、区监委牵头。",
     [("区纪委", "ORG", "区纪委"), ("区监委", "ORG", "区监委")]),
    # (orgb35) a prefecture's 地区 opens a hospital's name; a region's 地区 still stops one
    ("prefecture_hospital", "，由阿克苏地区人民医院牵头。",
     [("阿克苏地区人民医院", "ORG", "阿克苏地区人民医院")]),
    ("region_stops", "，推进长三角地区建设。", [("长三角", "GPE", "长三角")]),
    # (orgb35) a foreign place tagged as a person's name before a company; a Chinese
    # person's name does not open one
    ("foreign_place_company", "，与夏威夷电力公司签约。", [("夏威夷电力公司", "ORG", "夏威夷电力公司")]),
    ("translit_before_no_company", "，在一家迪斯科舞厅里", []),
    ("person_no_company", "，由张建国公司承建。", []),
    # (C35s2) jieba's one word 市委常委 is the post, no body: the committee is 市委
    # (lexicon.non_org_endings; names.org_head was ORG 市委常委; qab35)
    ("city_standing_member_post", "。市委常委、常务副市长李某出席会议",
     [("市委", "ORG", "市委")]),
    ("province_standing_member_post", "。省委常委、副省长王某讲话",
     [("省委", "ORG", "省委")]),
    # counterexample: the standing committee itself is a body
    ("standing_committee_body", "。市委常委会研究部署相关工作，省委常委会会议审议通过",
     [("市委常委会", "ORG", "市委常委会"), ("省委常委会", "ORG", "省委常委会")]),
    # (org37) a merged bureau by its short forms run together (names.merged_short_organ), a
    # body listed before a verb of hosting (LISTED_ORGAN_VERB), a party's centre (C37l)
    ("merged_bureau", "。区住建交通局、区城管局负责。",
     [("区住建交通局", "ORG", "区住建交通局"), ("区城管局", "ORG", "区城管局")]),
    ("hosting_verb_after_list", "。市总工会、团市委、市妇联共同主办。",
     [("市总工会", "ORG", "市总工会"), ("团市委", "ORG", "团市委"), ("市妇联", "ORG", "市妇联")]),
    ("party_centres_listed", "，老挝人民革命党中央、越南共产党中央致电祝贺。",
     [("老挝人民革命党中央", "ORG", "老挝人民革命党中央"),
      ("越南共产党中央", "ORG", "越南共产党中央")]),
    # counterexample: a body of the centre is a longer name of its own
    ("party_central_committee", "，越南共产党中央委员会致电祝贺。",
     [("越南共产党中央委员会", "ORG", "越南共产党中央委员会")]),
    # a named village's bodies (C37k) and any village's (rule 9), a university's hospital
    # (C37n), a company jieba holds as one rare word in a list of companies
    ("village_bodies", "。和平村党支部、和平村村委会组织村民打扫村道。",
     [("和平村党支部", "ORG", "和平村党支部"), ("和平村村委会", "ORG", "和平村村委会")]),
    ("any_village_bodies", "。各村党支部、村委会要落实责任，建强村党支部。", []),
    ("affiliated_hospital", "。江南大学附属医院开展义诊。",
     [("江南大学附属医院", "ORG", "江南大学附属医院")]),
    ("one_word_company_listed", "。恒瑞医药、药明康德等企业加快发展。",
     [("恒瑞医药", "ORG", "恒瑞医药"), ("药明康德", "ORG", "药明康德")]),
    # (init36) national regional strategies in their present wording (gazetteer; rule 11), and
    # the titles a county's schools earn (C36b): one INITIATIVE each, the count apart
    ("northeast_revitalisation", "。加快落实东北全面振兴各项任务。",
     [("东北全面振兴", "INITIATIVE", "东北全面振兴")]),
    ("central_rise", "，积极服务中部地区崛起。",
     [("中部地区崛起", "INITIATIVE", "中部地区崛起")]),
    ("school_titles", "，新增义务教育优质均衡发展县3个、学前教育普及普惠区2个。",
     [("义务教育优质均衡发展县", "INITIATIVE", "义务教育优质均衡发展县"),
      ("学前教育普及普惠区", "INITIATIVE", "学前教育普及普惠区")]),
    # counterexample: the aim alone is no title
    ("school_aim_no_title", "，促进义务教育优质均衡发展。", []),
    # a province's programme named whole with it (gazetteer; rule 6: no GPE inside)
    ("greening_programme", "。持续推进绿美广东生态建设。",
     [("绿美广东生态建设", "INITIATIVE", "绿美广东生态建设")]),
    # (init37, C37a) the same programme of another province or a city (names.greening_vision):
    # one INITIATIVE, the place inside no GPE; no place between, a kind of greening
    ("greening_other_province", "全面开展绿美江西生态建设。",
     [("绿美江西生态建设", "INITIATIVE", "绿美江西生态建设")]),
    ("greening_city", "，深入推进绿美韶关生态建设，完成造林",
     [("绿美韶关生态建设", "INITIATIVE", "绿美韶关生态建设")]),
    ("greening_no_place", "，推进绿美乡村生态建设。", []),
    # (init37, C37b) a reform driven on by 推动, 加快, 探索 or 全面推开 (names.driven_reform);
    # the same verbs before a class of reforms or a level's pilots name none (rule 9)
    ("driven_system_reform", "，推动农商行统一法人制度改革，推广",
     [("农商行统一法人制度改革", "INITIATIVE", "农商行统一法人制度改革")]),
    ("explored_pilot", "。探索集体林地经营权流转改革试点，",
     [("集体林地经营权流转改革试点", "INITIATIVE", "集体林地经营权流转改革试点")]),
    ("driven_class_no_name", "，加快体制机制改革，推动重点领域改革。", []),
    # (init38, C38a) a listed programme whose word holds a function character (高等, 以下,
    # 要素) is named as its list's other items; one standing as a word of its own ends the
    # list (names.shared_head_list; made-up texts in a task list's shape)
    ("listed_item_word_with_function_char",
     "实施普惠托育扩容行动、高等职业教育提质行动、要素保障提速行动。",
     [("普惠托育扩容行动", "INITIATIVE", "普惠托育扩容行动"),
      ("高等职业教育提质行动", "INITIATIVE", "高等职业教育提质行动"),
      ("要素保障提速行动", "INITIATIVE", "要素保障提速行动")]),
    ("listed_reform_below_province", "深化零基预算改革和省以下转移支付制度改革。",
     [("零基预算改革", "INITIATIVE", "零基预算改革"),
      ("省以下转移支付制度改革", "INITIATIVE", "省以下转移支付制度改革")]),
    ("listed_item_function_word_alone", "实施普惠托育扩容行动、并在全区推广试点。",
     [("普惠托育扩容行动", "INITIATIVE", "普惠托育扩容行动")]),
    # (init38, C38b) a verb's complement (好, 了) between the verb and the programme stays
    # out (names.policy_programme, names.campaign; a district review's and a task list's
    # shape, made up); a count of times opens no name
    ("complement_before_programme",
     "全区开展了老旧小区加装电梯试点，落实好公共服务补短板行动，启动了背街小巷品质提升工程。",
     [("老旧小区加装电梯试点", "INITIATIVE", "老旧小区加装电梯试点"),
      ("公共服务补短板行动", "INITIATIVE", "公共服务补短板行动"),
      ("背街小巷品质提升工程", "INITIATIVE", "背街小巷品质提升工程")]),
    ("complement_before_class_or_count", "落实好各项改革，实施了三次集中整治行动，完成了年度投资计划。",
     []),
    ("complement_before_short_kind", "各村开展了保洁行动，去年启动了改造工程。", []),
    # (init38, C38c) 等 inside a word of a campaign's name (高等) after a verb of policy; 等
    # closing a list before the head is a word of its own: no name (made-up texts)
    ("deng_inside_a_word", "开展高等职业教育提质行动，推进",
     [("高等职业教育提质行动", "INITIATIVE", "高等职业教育提质行动")]),
    ("deng_closing_a_list", "开展城乡环境整治等专项行动，实施河道清淤、堤防加固等工程。", []),
    # (init39, C39a) a programme joined to the one before by 与 or 以及 is a name of its own
    # (rule 6: parallel names are separate spans); a first part with no head of its own is
    # one name with the second (names.joined_programme), and 与 before a clause no item
    # (made-up texts in the task lists' shape)
    ("joined_by_yu", "深化户籍制度改革与基本公共服务均等化改革。",
     [("户籍制度改革", "INITIATIVE", "户籍制度改革"),
      ("基本公共服务均等化改革", "INITIATIVE", "基本公共服务均等化改革")]),
    ("joined_by_yiji", "实施高新技术企业培育计划和科技型中小企业成长计划以及青年英才培养计划。",
     [("高新技术企业培育计划", "INITIATIVE", "高新技术企业培育计划"),
      ("科技型中小企业成长计划", "INITIATIVE", "科技型中小企业成长计划"),
      ("青年英才培养计划", "INITIATIVE", "青年英才培养计划")]),
    # 以及 ends no programme a verb of policy opens (实施军事行动以及…, 实施改造计划以及… of
    # the held-out laws and news were wrong names when it did), and two programmes glued by
    # it are no one name (names.joined_programme reads no 以 before its joining 及)
    ("yiji_glues_no_name", "实施种子工程以及畜禽良种工程。", []),
    ("yu_one_name", "深入实施教育与产业协同发展行动，",
     [("教育与产业协同发展行动", "INITIATIVE", "教育与产业协同发展行动")]),
    ("yu_then_clause", "深化国资国企改革与民营经济发展相结合。",
     [("国资国企改革", "INITIATIVE", "国资国企改革")]),
    # (init39, C39b) a fund named by its purpose that a budget allots or a body applies for
    # (names.allotted_fund; made-up texts in the laws' and fund rules' shape); not the
    # budget's money, a class or a bare kind, and not the state as a designation's level
    ("allotted_fund", "第二十一条　国家安排海岛保护专项资金，用于海岛的保护。",
     [("海岛保护专项资金", "INITIATIVE", "海岛保护专项资金")]),
    ("applied_fund", "符合条件的企业可以申请中小企业发展专项资金。",
     [("中小企业发展专项资金", "INITIATIVE", "中小企业发展专项资金")]),
    ("allotted_fund_class", "统筹整合各类专项资金，在财政预算中安排专项资金。", []),
    ("allotted_fund_kind", "申请项目补助资金的单位应当提交材料。", []),
    # (init39, C39c) a campaign or plan named with its term, without a verb of policy right
    # before it (names.term_campaign; made-up headlines and task-list lines)
    ("term_campaign_headline", "\n全省县域商业体系建设三年行动计划公布\n",
     [("县域商业体系建设三年行动计划", "INITIATIVE", "县域商业体系建设三年行动计划")]),
    ("term_campaign_issued", "我市出台了商贸流通高质量发展三年行动计划。",
     [("商贸流通高质量发展三年行动计划", "INITIATIVE", "商贸流通高质量发展三年行动计划")]),
    ("term_campaign_no_name", "在过去的三年行动中，完成了第二个三年行动。", []),
    # (init40, C40a) a campaign that opens a headline or a clause and is launched or reports
    # its results (names.launched_campaign; made-up headlines and district-report lines);
    # not a class, a count or an army's act
    ("launched_campaign_headline", "\n2026年乡村道路养护提质行动启动\n",
     [("乡村道路养护提质行动", "INITIATIVE", "乡村道路养护提质行动")]),
    ("launched_campaign_scope", "。全市老旧管网更新改造攻坚行动取得阶段性成效。",
     [("老旧管网更新改造攻坚行动", "INITIATIVE", "老旧管网更新改造攻坚行动")]),
    ("launched_campaign_class", "。一系列整治行动全面展开，两项帮扶行动正式启动。", []),
    # (init40, C40b) a medical designation with its field inside (made up): one INITIATIVE
    # each, a level after 和 opening the second
    ("medical_designations", "加快创建国家创伤医学中心和国家儿科区域医疗中心。",
     [("国家创伤医学中心", "INITIATIVE", "国家创伤医学中心"),
      ("国家儿科区域医疗中心", "INITIATIVE", "国家儿科区域医疗中心")]),
    # (init40, C40c) a plan title that opens with its own verb, after a verb that issues it
    # (names.issued_plan_title; a made-up task-list line with its responsible unit)
    ("issued_plan_title", "研究出台促进夜间经济繁荣发展行动方案。（区商务局负责）",
     [("促进夜间经济繁荣发展行动方案", "INITIATIVE", "促进夜间经济繁荣发展行动方案"),
      ("区商务局", "ORG", "区商务局")]),
    ("issued_plan_title_clause", "落实推动夜间经济发展的行动方案。", []),
    # (init41, C41a) a circle named by the time it takes to reach it, quoted or not, times
    # listed before its head sharing it (names.timed_circle; made-up district-plan and
    # task-list lines); not a time that is a clause's, nor a circle with no time
    ("timed_circle", "。推进15分钟生活圈建设，构建1小时交通圈。",
     [("15分钟生活圈", "INITIATIVE", "15分钟生活圈"), ("1小时交通圈", "INITIATIVE", "1小时交通圈")]),
    ("timed_circles_listed", "，推动形成5分钟、10分钟托育服务圈，",
     [("5分钟、10分钟托育服务圈", "INITIATIVE", "5分钟、10分钟托育服务圈")]),
    ("timed_circle_no_name", "。他每天慢跑30分钟绕湖一圈，建设宜居宜业优质生活圈。", []),
    # (init41, C41b) the amount allotted right after a fund (names.allotted_fund); a level's
    # budget money is no title, with its amount or without (names.designation)
    ("allotted_fund_amount", "。区财政每年安排楼宇经济扶持资金2000万元。",
     [("楼宇经济扶持资金", "INITIATIVE", "楼宇经济扶持资金")]),
    ("budget_money_no_title", "。统筹安排省级财政专项资金3000万元，实施省级财政专项资金绩效管理。", []),
    # (org40) companies by brand and trade in a list no 等…企业 closes, a mate in the list
    # (names.brand_trade_list; made-up district-report lines); not a list of one trade's
    # kinds or of sectors
    ("brand_trade_pair", "。全年新增规上企业18家，恒瑞医药、正泰电器产值增长20%。",
     [("恒瑞医药", "ORG", "恒瑞医药"), ("正泰电器", "ORG", "正泰电器")]),
    ("brand_trade_mate_org", "。到海尔集团、华瓷电子考察调研。",
     [("海尔集团", "ORG", "海尔集团"), ("华瓷电子", "ORG", "华瓷电子")]),
    ("brand_trade_kinds", "。针对直播带货食品、网售食品、网红食品等问题开展整治。", []),
    ("brand_trade_sectors", "。做大做强生物医药、新能源、新材料三大产业。", []),
    # (org40) a group word after a found body (names.org_group_word), and the heads of
    # charities, federations, foundations, co-operatives and street offices a level opens
    ("group_word", "。招商局集团在我区投资建设物流园。", [("招商局集团", "ORG", "招商局集团")]),
    ("group_word_reform", "。推进区人民医院集团化改革。",
     [("区人民医院集团化改革", "INITIATIVE", "区人民医院集团化改革")]),
    ("charity_heads", "。区慈善总会、区红十字会联合开展救助。",
     [("区慈善总会", "ORG", "区慈善总会"), ("区红十字会", "ORG", "区红十字会")]),
    ("always_no_head", "。每逢例会他总会准时出现。", []),
    ("coop_street_office", "。县供销社、东城街道办分别牵头。",
     [("县供销社", "ORG", "县供销社"), ("东城街道办", "ORG", "东城街道办")]),
    ("coop_street_generic", "。各街道办要加强网格化管理。", []),
    ("foundation", "。市青少年发展基金会资助困难学生300名。",
     [("市青少年发展基金会", "ORG", "市青少年发展基金会")]),
    ("foundation_kind", "。鼓励行业协会、商会、基金会等社会组织参与治理。", []),
    ("foundation_foreign", "。会见洛克菲勒基金会代表。", [("洛克菲勒基金会", "ORG", "洛克菲勒基金会")]),
    # a dot joins a given name before it: the walk's part would be the wrong bounds
    ("foundation_after_dot", "。会见约翰·洛克菲勒基金会代表。", []),
    # (org40b, C40u) a place, a brand and a trade outside a list (names.place_brand_trade;
    # made-up district-report lines): one ORG, no GPE; a sector after a place is none
    ("place_brand_trade", "。长春金赛药业扩建生物药生产线。",
     [("长春金赛药业", "ORG", "长春金赛药业")]),
    ("place_brand_trade_sector", "。壮大苏州生物医药产业。", [("苏州", "GPE", "苏州")]),
    # (org40b, C40v) a group by its brand alone (names.brand_group): an unknown brand jieba
    # cuts in two (was 泰集团) or a rare ns; not a kind of group, nor 集团化
    ("brand_group", "。推动宏达集团、正泰集团加快技术改造。",
     [("宏达集团", "ORG", "宏达集团"), ("正泰集团", "ORG", "正泰集团")]),
    ("brand_group_rare_place_word", "。临港集团与区政府签订合作协议。",
     [("临港集团", "ORG", "临港集团"), ("区政府", "ORG", "区政府")]),
    ("brand_group_kind", "。培育一批龙头企业集团。", []),
    ("brand_group_negation", "。坚持不搞集团垄断经营。", []),
    # (org41, C41l) a numbered bureau of a state construction group (names.numbered_bureau;
    # made-up district-report lines): one ORG, its legal form with it; a plain ordinal and 局
    # after a word that is no such group is none
    ("numbered_bureau_pair", "。中铁二十局、中铁十一局参建的快速路全线贯通。",
     [("中铁二十局", "ORG", "中铁二十局"), ("中铁十一局", "ORG", "中铁十一局")]),
    ("numbered_bureau_form", "。中铁四局集团有限公司与我区签订战略合作协议。",
     [("中铁四局集团有限公司", "ORG", "中铁四局集团有限公司")]),
    ("numbered_bureau_shipping", "。引进中交二航局区域总部。", [("中交二航局", "ORG", "中交二航局")]),
    ("numbered_bureau_none", "。开好局、起好步，铁路十二局部分路段通车。", []),
    # (org41, C41m) a level's financing guarantee company (lexicon.field_verbs 融资, 担保);
    # the kind after a class word is none
    ("guarantee_company", "。发挥区融资担保公司作用，新增担保额10亿元。",
     [("区融资担保公司", "ORG", "区融资担保公司")]),
    ("guarantee_company_kind", "。支持政府性融资担保公司扩大业务。", []),
    # (org41, C41k) a level's character before a generic kind of company is any of that
    # level's (rule 9: 区平台公司); a level's named company stays one ORG
    ("level_kind_company", "。区平台公司完成融资35亿元，市国有企业利润增长8%。", []),
    ("level_named_company", "。区城投公司完成融资35亿元。", [("区城投公司", "ORG", "区城投公司")]),
    # (org41, C41n) a company of the gazetteer with its trade (names.known_company_trade): one
    # ORG; a site or a product noun after it ends no company's name there
    ("known_company_trade", "。推动华润电力、国家能源集团在县内建设风电项目。",
     [("华润电力", "ORG", "华润电力"), ("国家能源集团", "ORG", "国家能源集团")]),
    ("known_company_trade_site", "。建设比亚迪汽车产业园。",
     [("比亚迪汽车产业园", "FAC", "比亚迪汽车产业园")]),
    # (org41) a hospital and a university's school joined by 与 are two bodies (names.org_unit
    # no longer reads over 与 right after a body); a designation's verb ends a listed body
    # (fragments.LISTED_ORGAN_VERB: 入选)
    ("hospital_with_school", "。德清县人民医院与浙江大学医学院合作。",
     [("德清县人民医院", "ORG", "德清县人民医院"), ("浙江大学医学院", "ORG", "浙江大学医学院")]),
    ("listed_hospital_designation", "。县人民医院、市中心医院入选省级文明单位。",
     [("县人民医院", "ORG", "县人民医院"), ("市中心医院", "ORG", "市中心医院")]),
    # (init42b, C42s) titles a level confers on a county, a city or a park for the work it
    # leads in (lexicon.conferred_title_heads, names.designation; made-up district-report
    # lines): 全国 stays in a county's pilot title as in 全国文明城市; a bare 产粮大县 with no
    # level describes the county, and 全国 before a pilot (no county's) stays out as before
    ("conferred_county_titles", "。我县获评全国电子商务进农村综合示范先进县，入选全国数字乡村试点县。",
     [("全国电子商务进农村综合示范先进县", "INITIATIVE", "全国电子商务进农村综合示范先进县"),
      ("全国数字乡村试点县", "INITIATIVE", "全国数字乡村试点县")]),
    ("conferred_park_and_big_county", "。工业园成为国家级绿色低碳示范园区，县被认定为国家级产粮大县。",
     [("国家级绿色低碳示范园区", "INITIATIVE", "国家级绿色低碳示范园区"),
      ("国家级产粮大县", "INITIATIVE", "国家级产粮大县")]),
    ("big_county_no_level", "。我县是传统产粮大县，也是农业大县。", []),
    ("national_pilot_not_county", "。全国城市体检试点工作有序推进。",
     [("城市体检试点", "INITIATIVE", "城市体检试点")]),
    # (init42b, C42t) packages issued under a short name and the count of their articles
    # (names.numbered_package; a made-up county-report line): each item of the list the verb
    # of issuing opens; a count of roads or lines, or of the measures a clause lists, is none
    ("numbered_packages", "。出台实施稳外贸18条、惠企纾困25条等措施，兑现奖补资金1.2亿元。",
     [("稳外贸18条", "INITIATIVE", "稳外贸18条"), ("惠企纾困25条", "INITIATIVE", "惠企纾困25条")]),
    ("numbered_package_counts", "。新建道路12条、改造背街小巷8条，落实安全生产整改措施12条。", []),
    # (org42) district notices and task lists (made up on their shape): a commission's name
    # with 和 or 健康 inside (C42c), a body's office after it (C42b), a congress by its term
    # (C42a), a sentence's opening body (C42d); not a verb ending in 办 after a body, nor two
    # bodies 和 joins
    ("org42_commissions", "。经市发展和改革委员会、市卫生健康委员会审核，报县人民政府同意。",
     [("市发展和改革委员会", "ORG", "市发展和改革委员会"), ("市卫生健康委员会", "ORG", "市卫生健康委员会"),
      ("县人民政府", "ORG", "县人民政府")]),
    ("org42_offices", "抄送：区委办，区人大办，区政协办，经开区管委会办。",
     [("区委办", "ORG", "区委办"), ("区人大办", "ORG", "区人大办"), ("区政协办", "ORG", "区政协办"),
      ("经开区管委会办", "ORG", "经开区管委会办")]),
    ("org42_congress_term", "，较好完成了区十四届人大三次会议确定的目标任务。",
     [("区十四届人大", "ORG", "区十四届人大")]),
    ("org42_opening_body", "。县考核办要把考核结果通报各乡镇。", [("县考核办", "ORG", "县考核办")]),
    ("org42_body_acts", "。市政府举办，县委督办，县纪委查办。",
     [("市政府", "ORG", "市政府"), ("县委", "ORG", "县委"), ("县纪委", "ORG", "县纪委")]),
    ("org42_two_bodies_joined", "。党委和纪律检查委员会负责。", []),
    ("org42_congress_and_committee", "国家监察委员会对全国人民代表大会和全国人民代表大会常务委员会负责。",
     [("国家监察委员会", "ORG", "国家监察委员会"), ("全国人民代表大会", "ORG", "全国人民代表大会"),
      ("全国人民代表大会常务委员会", "ORG", "全国人民代表大会常务委员会")]),
    ("org42_party_and_committee", "。物业服务人和业主委员会发现业主有违法行为。", []),
    # (fac43) district plans' streets (made up on their shape): a section after a street (C43k),
    # the first of a list after a preposition (C43l), a works verb jieba tags a noun (C43m), the
    # 的 of a size (C43n) and a word of time (C43o) before a facility; ways of speech stay none
    ("fac43_street_section", "。建成团结路北段、光明街等道路，",
     [("团结路北段", "FAC", "团结路北段"), ("光明街", "FAC", "光明街")]),
    ("fac43_preposition_list", "。在东湖路、西湖路增设停车位，",
     [("东湖路", "FAC", "东湖路"), ("西湖路", "FAC", "西湖路")]),
    ("fac43_rectified_streets", "，整治兴业路和光明街，",
     [("兴业路", "FAC", "兴业路"), ("光明街", "FAC", "光明街")]),
    ("fac43_time_before_street", "。今年兴华路、光明街完成改造。",
     [("兴华路", "FAC", "兴华路"), ("光明街", "FAC", "光明街")]),
    ("fac43_park_after_size", "，建成占地80亩的青峰公园。", [("青峰公园", "FAC", "青峰公园")]),
    ("fac43_figures", "。在新时代赶考路上，走在共同富裕路上。", []),
    # (fac43b) 人行 opening a footway's or footbridge's word is no body (C43ka), a footbridge a
    # street names is one FAC with it (C43ka), a list of bridges after 有 (C43kb), a street's
    # section between two ends in brackets (C43kc); made up
    ("fac43b_footway", "。新建人行天桥2座，完善人行道、人行横道和人行跨线天桥。", []),
    ("fac43b_bank_kept", "。人行青松中心支行和人行营业管理部。",
     [("人行青松中心支行", "ORG", "人行青松中心支行"), ("人行营业管理部", "ORG", "人行营业管理部")]),
    ("fac43b_street_footbridge", "。建成东风路人行天桥、青年街过街天桥。",
     [("东风路人行天桥", "FAC", "东风路人行天桥"), ("青年街过街天桥", "FAC", "青年街过街天桥")]),
    ("fac43b_bridges_after_you", "。城区有李家桥、王庄桥、柳溪桥三座老桥。",
     [("李家桥", "FAC", "李家桥"), ("王庄桥", "FAC", "王庄桥"), ("柳溪桥", "FAC", "柳溪桥")]),
    ("fac43b_bracket_section", "。改造兴华路（东风路-青年路）。",
     [("兴华路（东风路-青年路）", "FAC", "兴华路（东风路-青年路）")]),
    # gaps left (fac43b): a footbridge named by a word of its own (no street) in a list; a list
    # of bridges whose names are all verbs and no works verb opens it
    ("fac43b_named_footbridge", "，对绿园天桥、步行街天桥进行了维护。",
     [("绿园天桥", "FAC", "绿园天桥"), ("步行街天桥", "FAC", "步行街天桥")]),
    ("fac43b_verb_bridges", "。胜利桥、解放桥建成通车。",
     [("胜利桥", "FAC", "胜利桥"), ("解放桥", "FAC", "解放桥")]),
    # gaps left (fac43): a substation after an upgrade's verb; a park named by a common word
    ("fac43_upgraded_substation", "，升压改造青松变电站。", [("青松变电站", "FAC", "青松变电站")]),
    ("fac43_common_word_park", "，建成投用红叶公园。", [("红叶公园", "FAC", "红叶公园")]),
    # (fac44, C44k-C44o) county works reports' facilities (made up): the sites a count of one
    # kind closes, water works by their heads, 其中 before a facility, a section in half-width
    # brackets, a class counted in a list of works; and the gaps left
    ("fac44_counted_sites", "，对白岭、石泉等6座水电站开展安全鉴定。",
     [("白岭", "FAC", "白岭"), ("石泉", "FAC", "石泉")]),
    ("fac44_canal_polder", "，完成湘潭红旗干渠清淤和柳湾联圩、石塘联圩加固。",
     [("湘潭红旗干渠", "FAC", "湘潭红旗干渠"), ("柳湾联圩", "FAC", "柳湾联圩"),
      ("石塘联圩", "FAC", "石塘联圩")]),
    ("fac44_depot_phase", "，推进湖南省储备粮常德直属库二期工程建设。",
     [("湖南省储备粮常德直属库", "FAC", "湖南省储备粮常德直属库")]),
    ("fac44_qizhong", "。其中山背冲灌区续建配套项目率先动工。",
     [("山背冲灌区", "FAC", "山背冲灌区")]),
    ("fac44_counted_class", "。青龙潭水库、12座小型水库、30口山塘除险加固等项目全部完成。",
     [("青龙潭水库", "FAC", "青龙潭水库")]),
    ("fac44_adverb_street", "。开工建设尚和路。", [("尚和路", "FAC", "尚和路")]),
    ("fac44_common_word_bridge", "，建成投用苹果园大桥。", [("苹果园大桥", "FAC", "苹果园大桥")]),
    ("fac44_bare_polder", "，完成永丰圩、团结圩堤身加固。",
     [("永丰圩", "FAC", "永丰圩"), ("团结圩", "FAC", "团结圩")]),
    # (fac45, C45a-e) facilities of county works lists and district task breakdowns (made up):
    # a county road by its number and two ends, sluices by their names, a sum invested out of a
    # project's item, a station named by its street or square, a green space of a kind after a
    # square, sites a count and their kind close with no 等
    ("C45a_county_road", "。县道218线青石至柳林段：总投资约900万元。",
     [("县道218线青石至柳林段", "FAC", "县道218线青石至柳林段")]),
    ("C45c_sluices", "。颍州闸、柳河闸等涵闸完成汛前检查。",
     [("颍州闸", "FAC", "颍州闸"), ("柳河闸", "FAC", "柳河闸")]),
    ("C45b_sum_invested", "。20亿元远航智能装备、6亿元青禾冷链物流园等项目建成投产。",
     [("青禾冷链物流园", "FAC", "青禾冷链物流园")]),
    ("C45e_street_station", "，完成青松路站、和平广场站出入口改造。",
     [("青松路站", "FAC", "青松路站"), ("和平广场站", "FAC", "和平广场站")]),
    ("C45e_waiting_hall", "，建成柯青线沿线候车厅。", []),
    ("C45d_green_kind", "，完成和平广场公共绿地改造。", [("和平广场", "FAC", "和平广场")]),
    ("C45c_counted_sites", "。新近立项的石门沟、柳树坪等两座病险水库将于年内开工。",
     [("石门沟", "FAC", "石门沟"), ("柳树坪", "FAC", "柳树坪")]),
    ("C45_gap_bare_count", "。新近立项的石门沟、柳树坪两座病险水库将于年内开工。",
     [("石门沟", "FAC", "石门沟"), ("柳树坪", "FAC", "柳树坪")]),
    # (C45y, fac45b) the flood season or the present opening a facility's span (made up)
    ("C45y_flood_season", "，汛期青龙水库水位偏高。", [("青龙水库", "FAC", "青龙水库")]),
    ("C45y_present", "。目前柳湾水库已空库运行。", [("柳湾水库", "FAC", "柳湾水库")]),
    # (C45z, fac45b; was fac45's gap) streets jieba reads as a word's end (邮|电路, 北大|街)
    ("C45_gap_glued_street", "，完成青松街、邮电路、北大街改造。",
     [("青松街", "FAC", "青松街"), ("邮电路", "FAC", "邮电路"), ("北大街", "FAC", "北大街")]),
    ("C45z_compass_bridge", "，新建东大桥、南大桥。",
     [("东大桥", "FAC", "东大桥"), ("南大桥", "FAC", "南大桥")]),
    ("C45z_gap_town_part", "，完成城区东大街、西大街改造。",
     [("东大街", "FAC", "东大街"), ("西大街", "FAC", "西大街")]),
    ("C45z_street_office", "。北大街道办事处开展巡查。", [("北大街道办事处", "ORG", "北大街道办事处")]),
    # gaps (xfail): sites sharing one head where a numeral opens the second (八|角湾水库), a
    # park named by a common word before a count of its kind
    ("C45_gap_numeral_site", "，批复建设的石门沟、八角湾水库正在实施加固工程。",
     [("石门沟", "FAC", "石门沟"), ("八角湾水库", "FAC", "八角湾水库")]),
    ("C45_gap_counted_park", "，建成民乐健身公园等3个健身公园。",
     [("民乐健身公园", "FAC", "民乐健身公园")]),
    # (init43, C43p-C43s) award titles of district and county reports (made up): a list the word
    # 称号 closes, a body's title after a level, 及 inside a level's title, a long quoted title
    # before 称号, a title after a verb of winning to the clause's end
    ("init43_honour_list", "先后获评全省禁毒工作优秀单位、全市安全生产先进单位等称号。",
     [("全省禁毒工作优秀单位", "INITIATIVE", "全省禁毒工作优秀单位"),
      ("全市安全生产先进单位", "INITIATIVE", "全市安全生产先进单位")]),
    ("init43_body_honour", "。县档案馆获评全国档案工作先进集体。",
     [("全国档案工作先进集体", "INITIATIVE", "全国档案工作先进集体")]),
    ("init43_joined_by_ji", "。成功创建省级电子信息及软件服务特色产业基地。",
     [("省级电子信息及软件服务特色产业基地", "INITIATIVE", "省级电子信息及软件服务特色产业基地")]),
    ("init43_quoted_title", "。该队荣获“全国森林防火工作模范群体”称号。",
     [("全国森林防火工作模范群体", "INITIATIVE", "全国森林防火工作模范群体")]),
    ("init43_won_title", "。连续三年获评全省政务公开工作标杆县份。",
     [("全省政务公开工作标杆县份", "INITIATIVE", "全省政务公开工作标杆县份")]),
    # gaps: a title with a verb of policy inside (打造 stops a phrase), and a list of titles
    # whose level is written after it (…示范区、…示范县五块省级招牌)
    ("init43_gap_verb_inside", "。县商务局获评全省打造开放高地先进单位。",
     [("县商务局", "ORG", "县商务局"), ("全省打造开放高地先进单位", "INITIATIVE", "全省打造开放高地先进单位")]),
    ("init43_gap_level_after", "。获批全域旅游示范区、食品安全示范县两块省级招牌。",
     [("全域旅游示范区", "INITIATIVE", "全域旅游示范区"), ("食品安全示范县", "INITIATIVE", "食品安全示范县")]),
    # (init43b, C43pa-C43pc, made up) a province's designation of villages after its level, a
    # verb of policy inside a level's award title, a list of titles a level counts after it
    ("init43b_level_village", "，新建省级和美乡村50个。", [("省级和美乡村", "INITIATIVE", "省级和美乡村")]),
    ("init43b_no_level_village", "，建设宜居宜业和美乡村。", []),
    ("init43b_verb_in_title", "。县人社局获评全市推进就业创业工作先进集体。",
     [("县人社局", "ORG", "县人社局"),
      ("全市推进就业创业工作先进集体", "INITIATIVE", "全市推进就业创业工作先进集体")]),
    ("init43b_verb_no_title", "。全省开展优秀企业评选。", []),
    ("init43b_counted_titles", "，获评智慧农业示范区、书香社区两块国家级招牌。",
     [("智慧农业示范区", "INITIATIVE", "智慧农业示范区"), ("书香社区", "INITIATIVE", "书香社区")]),
    ("init43b_counted_signs", "，获得老字号、新门店两块招牌。", []),
    # (C43pd) a level alone before 称号 counts the titles before it, no title of its own
    ("init43b_level_counts_titles", "，获评书香社区等两个国家级称号。",
     [("书香社区", "INITIATIVE", "书香社区")]),
    # (init44, C44p-C44s, made up) whole names that hold a place: a province's craftsmen's title
    # by its place or its land's old name, the national strategy for Hainan, quoted titles won
    # (a run 等称号 closes, one after a verb of winning), a designation with its place in brackets
    ("C44p_place_craftsmen", "。评选陇原工匠20名，发放天府英才卡。",
     [("陇原工匠", "INITIATIVE", "陇原工匠"), ("天府英才卡", "INITIATIVE", "天府英才卡")]),
    ("C44p_craft_spirit", "。弘扬四川工匠精神。", [("四川", "GPE", "四川")]),
    ("C44q_hainan_strategy", "。深化京津冀协同发展、海南全面深化改革开放。",
     [("京津冀协同发展", "INITIATIVE", "京津冀协同发展"),
      ("海南全面深化改革开放", "INITIATIVE", "海南全面深化改革开放")]),
    ("C44r_quoted_title_run", "。该镇获评“中国特色休闲农业旅游乡镇”“长三角康养度假小镇”等称号。",
     [("中国特色休闲农业旅游乡镇", "INITIATIVE", "中国特色休闲农业旅游乡镇"),
      ("长三角康养度假小镇", "INITIATIVE", "长三角康养度假小镇")]),
    ("C44r_won_quoted_site", "。该庄园获评“浙江省职工疗休养基地”。",
     [("浙江省职工疗休养基地", "INITIATIVE", "浙江省职工疗休养基地")]),
    ("C44r_no_verb_no_title", "。打造“长三角首选慢生活旅游小镇”“城市近郊休闲目的地”，",
     [("长三角", "GPE", "长三角")]),
    ("C44s_bracket_place", "。推进国家人工智能应用基地（成都）建设。",
     [("国家人工智能应用基地（成都）", "INITIATIVE", "国家人工智能应用基地（成都）")]),
    # gaps (init44): a campaign with its place inside after 全面 (initiative_stop), and a county's
    # project of a national programme named with 及 (no head of the place-led rules)
    # (C45s, init45: was init44's gap) 全面 as a word of the campaign's name (WHOLE_AIM)
    ("C44_gap_place_campaign", "。全力实施全面振兴新突破海城行动。",
     [("全面振兴新突破海城行动", "INITIATIVE", "全面振兴新突破海城行动")]),
    ("C45s_whole_strict_rule", "。开展全面从严治党专项整治行动，",
     [("全面从严治党专项整治行动", "INITIATIVE", "全面从严治党专项整治行动")]),
    ("C45s_adverb_out", "。全面实施城乡环境提质行动，",
     [("城乡环境提质行动", "INITIATIVE", "城乡环境提质行动")]),
    # (init46, C46t) a plan whose aim joins two objects after a verb of policy, a level's scope
    # out; a work's plan is a kind (made up on d40's, d51's and a held-out law's shapes)
    ("C46t_joined_plan", "。实施全县农村寄宿制学校和乡镇卫生院能力提升计划，",
     [("农村寄宿制学校和乡镇卫生院能力提升计划", "INITIATIVE", "农村寄宿制学校和乡镇卫生院能力提升计划")]),
    ("C46t_work_plan", "。落实年度建设和采购计划，", []),
    # gaps: a plan whose aim is building (建设计划, a kind as often: 年度投资和建设计划), and a
    # programme named after a count of its items (推进6个…试点: a count of a kind as often, d55's
    # 实施100个…改造工程 unlabelled)
    ("C46_gap_building_plan", "。推进高水平应用型高校和特色专业建设计划，",
     [("高水平应用型高校和特色专业建设计划", "INITIATIVE", "高水平应用型高校和特色专业建设计划")]),
    ("C46_gap_counted_pilot", "，推进6个县域商业体系建设试点。",
     [("县域商业体系建设试点", "INITIATIVE", "县域商业体系建设试点")]),
    ("C44_gap_county_project", "。郧西县水系连通及水美乡村建设项目通过验收。",
     [("郧西县水系连通及水美乡村建设项目", "INITIATIVE", "郧西县水系连通及水美乡村建设项目")]),
    # (C44u) a long quoted formula of two parts joined by +: a named working method where a mark
    # closes the clause after the quotes or a word of lexicon.plus_pair_named_after names it;
    # not before 模式 (the train gold splits), nor four parts before a mark (made up)
    # (C45t, C45u) beautiful villages as an aim, a county typical of a field, and a list of
    # titles whose quoted closing words count them (made up on county reports' shapes)
    ("C45t_villages_aim", "。整县建成美丽乡村。", []),
    ("C45t_typical_county", "。入选全国农业全产业链典型县。",
     [("全国农业全产业链典型县", "INITIATIVE", "全国农业全产业链典型县")]),
    ("C45u_quoted_signboards", "。该县获批全民健身示范县、食品安全示范县两块省级“金字招牌”。",
     [("全民健身示范县", "INITIATIVE", "全民健身示范县"), ("食品安全示范县", "INITIATIVE", "食品安全示范县")]),
    # (C45v) a title listed after a verb of winning starts after the verb (was 批全民健身示范区)
    ("C45v_won_list", "。该区获批全民健身示范区和国家体育旅游示范区，",
     [("全民健身示范区", "INITIATIVE", "全民健身示范区"),
      ("国家体育旅游示范区", "INITIATIVE", "国家体育旅游示范区")]),
    # (C45w) the party's earlier education campaigns of the gazetteer's series (made up)
    ("C45w_party_campaigns", "。深入开展党的群众路线教育实践活动，践行三严三实。",
     [("党的群众路线教育实践活动", "INITIATIVE", "党的群众路线教育实践活动"),
      ("三严三实", "INITIATIVE", "三严三实")]),
    ("C44u_plus_pair_mark", "。推行“网上预约+现场核验”，缩短办理时间",
     [("网上预约+现场核验", "INITIATIVE", "网上预约+现场核验")]),
    ("C44u_plus_pair_service", "。优化“智能分拣+上门投递”服务，方便群众",
     [("智能分拣+上门投递", "INITIATIVE", "智能分拣+上门投递")]),
    ("C44u_plus_pair_model", "。推广“线上引流+线下体验”模式，", []),
    ("C44u_four_parts", "。发展“种植+加工+仓储+冷链”，延长链条", []),
    # (C44v) the first-unit, first-batch and first-version policy (made up)
    ("C44v_first_units", "。推动装备首台（套）、材料首批次推广应用，认定首台套产品12项",
     [("装备首台（套）", "INITIATIVE", "装备首台（套）"), ("材料首批次", "INITIATIVE", "材料首批次"),
      ("首台套产品", "INITIATIVE", "首台套产品")]),
    ("C44v_first_machine", "。全球首台套深海装备下线，国内首台新型机组投运", []),
    # (C44w) web copies that write straight quotes on both sides of a quoted programme (real
    # district reports on the pages corpus; made up here): read as curly quotes (textview); a
    # straight quote that closes a curly one is no opening one
    ("C44w_straight_quotes", '。深入开展"三访三评"活动，实施"135"工程',
     [("三访三评", "INITIATIVE", "三访三评"), ('135"工程', "INITIATIVE", "135工程")]),
    # a line with an odd number of straight quotes (one closes a curly quote) keeps them as
    # they are: the curly pair is read, the straight phrase after it is not
    ("C44w_mixed_quotes", '。坚持“三访三评"。推进"两减两增"，',
     [("三访三评", "INITIATIVE", "三访三评")]),
    # (C46b) verbs of works a county's list writes before a facility: 动工 (jieba: a noun)
    # and 基本建成 are no words of its name (made up)
    ("C46b_start_of_works", "。动工建设青松社区卫生服务中心、柳湾社区卫生服务中心。",
     [("青松社区卫生服务中心", "FAC", "青松社区卫生服务中心"),
      ("柳湾社区卫生服务中心", "FAC", "柳湾社区卫生服务中心")]),
    # (C46c) a phase of the works before a street (made up)
    ("C46c_phase_before_street", "，前期工作均已就绪，二期柳湾东路正在硬化。",
     [("柳湾东路", "FAC", "柳湾东路")]),
    # (C46e) a community named by its street: no FAC inside it (rule 6; made up); (C47m) a
    # list of communities is a list of places, each a GPE (named communities are GPEs in
    # the train gold: C45gd, C46gf)
    ("C46e_street_community", "。青松路社区、柳湾路社区完成改造，",
     [("青松路社区", "GPE", "青松路社区"), ("柳湾路社区", "GPE", "柳湾路社区")]),
    # (C46a, left) a county road by its own word before 公路 (made up): no head reads 公路
    # (tried: the place gate, reading heads, then dropped places before 公路 in the news)
    ("C46a_gap_named_road", "。柳湾公路改造完成投资200万元",
     [("柳湾公路", "FAC", "柳湾公路")]),
    # (C47g) works on two facilities joined by 和 are no programme: each facility a FAC (made up)
    ("C47g_two_facilities_works", "。全面完成柳湾泵站和青溪水闸主体工程，",
     [("柳湾泵站", "FAC", "柳湾泵站"), ("青溪水闸", "FAC", "青溪水闸")]),
    # (C47j) works on a street and 工程 after it, a verb of policy before it: the street is a
    # FAC, the works no programme (made up on a county works list's shape)
    ("C47j_street_works", "。年内开展柳湾东路景观绿化提升工程，",
     [("柳湾东路", "FAC", "柳湾东路")]),
    # (C47, gap) a street after 为 with no list and no works after it (made up): no opening reads it
    ("C47_gap_street_after_for", "，为柳湾路增设太阳能路灯",
     [("柳湾路", "FAC", "柳湾路")]),
    # (C47, gap) a list's first street whose first character jieba reads as an adverb (尚|德路,
    # made up): the street rule's tags turn it away though a street's name follows
    ("C47_gap_adverb_street", "，新建的尚德路、横二路全线通车",
     [("尚德路", "FAC", "尚德路"), ("横二路", "FAC", "横二路")]),
    # (C46ga) places that share a following 政府 after a verb that governs the bodies, no
    # mark before the list (made up; the development gold d71's shape): each its government
    ("C46ga_governed_list", "。指导南湖区、秀洲区政府做好工作",
     [("南湖区", "ORG", "南湖区"), ("秀洲区政府", "ORG", "秀洲区政府")]),
    # (C46gc, gap) a place that opens an unquoted reform pilot (rule 11, rule 20: one
    # INITIATIVE, no GPE): the rules leave the place alone and the gate keeps it (made up)
    ("C46gc_gap_place_reform", "。推动宝鸡科创金融服务改革试点。",
     [("宝鸡科创金融服务改革试点", "INITIATIVE", "宝鸡科创金融服务改革试点")]),
    # (C47, gap) a title won whose name holds a national strategy's region (rule 11: an award
    # title; rule 6: outermost): the strategy alone is read (made up)
    ("C47_gap_strategy_title", "该县获评长江经济带建设先进县。",
     [("长江经济带建设先进县", "INITIATIVE", "长江经济带建设先进县")]),
    # (C48f) a county road, park, tunnel or bridge by two characters that make no word (made up)
    ("C48f_two_char_road", "。柳岔公路改造完成投资800万元，松岭隧道完成掘进600米",
     [("柳岔公路", "FAC", "柳岔公路"), ("松岭隧道", "FAC", "松岭隧道")]),
    # (C48f) a kind of road by its reach is no name (通乡, 疏港: made up)
    ("C48f_kind_road", "。完成通乡公路、疏港公路改造", []),
    # (C48g) a list's item after a street whose first word jieba tags a verb or preposition (made up)
    ("C48g_listed_street", "，改造提升青松路、像湾路、护湾路。",
     [("青松路", "FAC", "青松路"), ("像湾路", "FAC", "像湾路"), ("护湾路", "FAC", "护湾路")]),
    # (C48g) a clause after a street in a list stays a clause (made up)
    ("C48g_listed_clause", "，完成人民路、走好路。", [("人民路", "FAC", "人民路")]),
    # (C48h) ring roads by their number, an extension after one in its span (made up)
    ("C48h_ring_road", "，实施南四环西延工程，完成西三环路改造。",
     [("南四环西延", "FAC", "南四环西延"), ("西三环路", "FAC", "西三环路")]),
    ("C48h_ring_figure", "。一环扣一环，二环以内禁止鸣笛", []),
    # (C48i) a tunnel or road by three characters the tagger reads as common words (made up)
    ("C48i_three_char_road", "；酒铺垭隧道完成投资600万元", [("酒铺垭隧道", "FAC", "酒铺垭隧道")]),
    ("C48i_lane_kind", "，行政村通双车道公路覆盖率达94%", []),
    # (C48, gap) a street after a noun that names what it is, finished (项目|柳岔路, made up): no
    # opening of names.street reads a name after a noun
    ("C48_gap_street_after_noun", "。首个自主建设项目柳岔路顺利竣工通车",
     [("柳岔路", "FAC", "柳岔路")]),
    # (C48k-m) a programme, a counted package and a zone that open a clause, their progress
    # right after them (made up on the shape of county reviews; gold/dev/NOTES.md C48k-m)
    ("C48k_progress_words", "。县域医共体改革全面铺开，",
     [("县域医共体改革", "INITIATIVE", "县域医共体改革")]),
    ("C48l_package_progress", "。水污染防治五大行动有序推进，",
     [("水污染防治五大行动", "INITIATIVE", "水污染防治五大行动")]),
    ("C48m_zone_building", "。茶旅融合示范区建设有序推进，",
     [("茶旅融合示范区", "INITIATIVE", "茶旅融合示范区")]),
    # (C48o) a formula of aims is no list of programmes (改革 the object of 促)
    ("C48o_aims_formula", "，全力做好稳增长、促改革、调结构、惠民生各项工作", []),
    # (C48, gap) jieba splits 获|批 and the facility walk takes both into a park's name; the
    # park approved is a designation (rule 11, INITIATIVE as 国家现代农业产业园 in the train gold)
    ("C48_gap_approved_park", "，获批国家现代农业产业园，",
     [("国家现代农业产业园", "INITIATIVE", "国家现代农业产业园")]),
    # (C49f) a road by its own words and 线 with its number before it or in brackets (made up)
    ("C49f_coded_line", "，推进省道S315松岭线、柳湾线（X102）改造。",
     [("省道S315松岭线", "FAC", "省道S315松岭线"), ("柳湾线（X102）", "FAC", "柳湾线（X102）")]),
    # (C49g) a list of parks the clause after it is about, the report's scope out (made up)
    ("C49g_subject_list", "。全区新能源产业园、智能制造产业园、冷链物流园产值增长12%，",
     [("新能源产业园", "FAC", "新能源产业园"), ("智能制造产业园", "FAC", "智能制造产业园"),
      ("冷链物流园", "FAC", "冷链物流园")]),
    # (C49h) 大厦 after a common word is one building (train gold d41's shape)
    ("C49h_building", "，谋划能源大厦等城市新地标。", [("能源大厦", "FAC", "能源大厦")]),
    # (C49i) a metro line's section (made up)
    ("C49i_line_section", "。地铁2号线北段开通，", [("地铁2号线北段", "FAC", "地铁2号线北段")]),
    # (C49z) a list of stations after the first, and one the verb says are stations whose
    # names are common words; kinds of station stay out (made up)
    ("C49z_station_list", "，设青河站、柳园站、松湾站等车站。",
     [("青河站", "FAC", "青河站"), ("柳园站", "FAC", "柳园站"), ("松湾站", "FAC", "松湾站")]),
    ("C49z_said_stations", "。沿线设白文站、青柳站2个货站。",
     [("白文站", "FAC", "白文站"), ("青柳站", "FAC", "青柳站")]),
    ("C49z_station_kinds", "，设气象站、水文站、雨量站。", []),
    # (C49fa) a park's name with a one-character word inside (石桥|子|…): the walk reads it
    # whole (fac49 left it cut at 子; whole at the start of fac49b, kept as a check; made up)
    ("C49fa_walk_single_char", "。石桥子麒麟产业园投产，",
     [("石桥子麒麟产业园", "FAC", "石桥子麒麟产业园")]),
    # (C49fb) a province and 5G before a park's own words (rule 20: one FAC; made up)
    ("C49fb_province_5g_park", "，建设江西5G融合示范产业园。",
     [("江西5G融合示范产业园", "FAC", "江西5G融合示范产业园")]),
    # (C50k) heritage sites named by a proper name before their head; a kind before it
    # names none (made up)
    ("C50k_heritage_sites", "，修缮霍家大院、白鹭书院和青溪会馆。",
     [("霍家大院", "FAC", "霍家大院"), ("白鹭书院", "FAC", "白鹭书院"), ("青溪会馆", "FAC", "青溪会馆")]),
    ("C50k_heritage_kinds", "，建设城市书院和商会会馆。", []),
    # (C50m) a route's ends in a works' description (made up)
    ("C50m_route_ends", "，起点为青松路，终点为柳湾街。",
     [("青松路", "FAC", "青松路"), ("柳湾街", "FAC", "柳湾街")]),
    # (C50o) a street named by a verb the dictionary names a road by, split by its side
    # (made up); a verb that names no road before a side stays out
    ("C50o_compass_street", "，起点为中兴路和解放西路交叉路口。",
     [("中兴路", "FAC", "中兴路"), ("解放西路", "FAC", "解放西路")]),
    ("C50o_no_road_verb", "，加快推进东路改造。", []),
    # (C50n) a name after a size written with no 的 (made up)
    ("C50n_after_size", "。1200平方米岚山体育馆全面竣工，", [("岚山体育馆", "FAC", "岚山体育馆")]),
    # (C50, gap) an estate named by common words; a trunk road named by its own words
    ("C50_gap_estate_common_words", "，安置房项目丰收家园主体建成。",
     [("丰收家园", "FAC", "丰收家园")]),
    ("C50_gap_trunk_road", "，岚城干道立面焕然一新。", [("岚城干道", "FAC", "岚城干道")]),
    # (C51k) a home port, a wind farm, a gas storage, a terminal, a car park and a cemetery
    # named by a place or a proper name; the kind alone or after a class word is none (made up)
    ("C51k_project_sites", "，朝天门邮轮母港建成投用，桂山海上风电场全面并网，海拉尔区停车场投入使用。",
     [("朝天门邮轮母港", "FAC", "朝天门邮轮母港"), ("桂山海上风电场", "FAC", "桂山海上风电场"),
      ("海拉尔区停车场", "FAC", "海拉尔区停车场")]),
    ("C51k_project_site_kinds", "，有序建设海上风电场，应当建设室外林荫式停车场，建设地下储气库。", []),
    # (C51l) a district's venue named by its place, whose 中心 the organisation head read an ORG
    ("C51l_district_venue", "，建成海拉尔区全民健身中心和海拉尔区游客集散中心。",
     [("海拉尔区全民健身中心", "FAC", "海拉尔区全民健身中心"),
      ("海拉尔区游客集散中心", "FAC", "海拉尔区游客集散中心")]),
    ("C51l_venue_kind", "，每个县建设全民健身中心，完善游客集散中心功能。", []),
    # (C51m) a verb of works before a city whose name ends in 港 stays out of the route (made up)
    ("C51m_route_after_verb", "，建成贵港至隆安高速公路，推进贵港至平南铁路建设。",
     [("贵港至隆安高速公路", "FAC", "贵港至隆安高速公路"), ("贵港至平南铁路", "FAC", "贵港至平南铁路")]),
    # (C51n) a market or a night-life block named by a proper name or a place before its
    # trade's head; the kind alone is none (made up)
    ("C51n_market_city", "，荣众汽配城、河东建材城建成开业，沙湖不夜城开街。",
     [("荣众汽配城", "FAC", "荣众汽配城"), ("河东建材城", "FAC", "河东建材城"),
      ("沙湖不夜城", "FAC", "沙湖不夜城")]),
    ("C51n_market_kind", "，新建汽配城一座，把老街打造成不夜城。", []),
    # (C51, gaps) a planning hall after a city and 城市规划; a home port after a place the
    # gazetteer lacks and common words (made up)
    ("C51_gap_planning_hall", "，建成南宁城市规划展览馆。", [("南宁城市规划展览馆", "FAC", "南宁城市规划展览馆")]),
    ("C51_gap_port_common_words", "，寸滩国际邮轮母港建成投用。", [("寸滩国际邮轮母港", "FAC", "寸滩国际邮轮母港")]),
    # (C49, gap) a suburban line's 线 after its number
    ("C49_gap_s_line", "，推进S1线、S3线建设。", [("S1线", "FAC", "S1线"), ("S3线", "FAC", "S3线")]),
    # (C49p) compound surnames and surnames the first table lacked (made up)
    ("C49p_compound_surnames", "区领导上官云飞、欧阳红、蒯立群参加会议。",
     [("上官云飞", "PERSON", "上官云飞"), ("欧阳红", "PERSON", "欧阳红"),
      ("蒯立群", "PERSON", "蒯立群")]),
    # (C49p) a delivery line's name spaced out one character a column (ANNOTATION.md rule
    # 10: the span covers the spaced name, its value is written without the spaces)
    ("C49p_spaced_delivery", "区人民政府区长　欧　阳　晓　明\n各位代表：",
     [("区人民政府", "ORG", "区人民政府"), ("欧　阳　晓　明", "PERSON", "欧阳晓明")]),
    # (C49p) a spaced run of common characters in a table's header is no name
    # (C49t) a signature line's name spaced out one character a column, whole; a spaced
    # name of two before the photograph's credit 摄 stops there (made up)
    ("C49t_spaced_signature", "签发人：栗 俊 昌\n", [("栗 俊 昌", "PERSON", "栗俊昌")]),
    ("C49t_spaced_credit", "记者 朱 江 摄\n", [("朱 江", "PERSON", "朱江")]),
    ("C49p_spaced_header", "序　号　项　目　名　称　责　任　单　位\n", []),
    # (C49q) a given name jieba holds as one word; a common word after a surname's
    # character that is a preposition is none (made up)
    ("C49q_given_word", "副区长钱建国通报有关情况。", [("钱建国", "PERSON", "钱建国")]),
    ("C49q_preposition_not_surname", "会上，主任向大会报告工作。", []),
    # (C49q) a common word after a title's last character and a surname's is no given name
    # (镇长|沙|社区: the community of a town; made up)
    ("C49q_common_word_not_given", "。柳湾镇长沙社区入选。", [("柳湾镇长沙社区", "GPE", "柳湾镇长沙社区")]),
    # (C49q) a word of time or a verb after the surname's character is no given name
    # (正在: the name is 龚正, of two; made up)
    ("C49q_time_word_not_given", "县长龚正在园区调研。", [("龚正", "PERSON", "龚正")]),
    # (C49r) a conjunction ends a name of three; a particle after a verb's character does
    # not (王巍|作|了: the name is of two)
    ("C49r_conjunction_end", "宣传部部长邝龙愿及区委办负责人陪同。",
     [("邝龙愿", "PERSON", "邝龙愿"), ("区委办", "ORG", "区委办")]),
    ("C49r_particle_no_end", "，秘书长蔺文作了说明。", [("蔺文", "PERSON", "蔺文")]),
    # (C49, gap) a rare single surname still outside the table (呼; 呼延 is in the compounds)
    ("C49_gap_rare_surname", "区政协主席呼廷远出席会议。", [("呼廷远", "PERSON", "呼廷远")]),
    # (gpe51, C51a) a place's special campaign or major special project with its field between
    # is one INITIATIVE, the place no GPE (rule 6, 20; train gold d46's 天津市…科技重大专项);
    # a verb opening the field keeps a clause's words out only where they are all it holds
    ("C51a_campaign_with_field", "开展江苏省安全生产专项行动，启动湖南省科技重大专项。",
     [("江苏省安全生产专项行动", "INITIATIVE", "江苏省安全生产专项行动"),
      ("湖南省科技重大专项", "INITIATIVE", "湖南省科技重大专项")]),
    ("C51a_campaign_verb_field", "实施江苏省提振消费专项行动。",
     [("江苏省提振消费专项行动", "INITIATIVE", "江苏省提振消费专项行动")]),
    # no field, or only a verb between: a clause, or the place's share of a campaign
    ("C51a_campaign_no_field", "落实广东专项行动要求。广东启动专项行动，实施湖南省重大专项。",
     [("广东", "GPE", "广东"), ("广东", "GPE", "广东"), ("湖南省", "GPE", "湖南省")]),
    # (C51b) a place's themed year (海南海洋旅游年: d29); a country holding one is its subject
    ("C51b_themed_year", "开展江西旅游年活动。中国举办中法文化旅游年。",
     [("江西旅游年", "INITIATIVE", "江西旅游年"), ("中国", "GPE", "中国")]),
    # (C51c) 要素 inside a place-led programme (杭甬温要素…试点: d02; 要 alone stops the name);
    # 纳入 is a clause's verb, the place apart from the pilot (train gold d13)
    ("C51c_factor_in_name", "建立福建省数据要素流通服务商资源池。推动浙江要素改革。",
     [("福建省数据要素流通服务商资源池", "INITIATIVE", "福建省数据要素流通服务商资源池"),
      ("浙江", "GPE", "浙江")]),
    ("C51c_included_apart", "成都纳入全国要素市场化配置综合改革试点。",
     [("成都", "GPE", "成都"),
      ("要素市场化配置综合改革试点", "INITIATIVE", "要素市场化配置综合改革试点")]),
    # (C51d) the home country opening a quoted title after a verb of selection or conferral
    # is the title's (rule 6, 7, 20; 入选“中国科学十大进展” of the train gold d09); a quoted
    # ranking list closed by its count keeps it (进入“中国隐形独角兽500强”: GPE and RANK, d12)
    ("C51d_quoted_title_country", "8个品牌入选“中国农产品百强标志性品牌”，3家企业进入“中国服务业500强”。",
     [("中国", "GPE", "中国")]),
    # (C51e) a place inside a short quoted slogan of clauses parted by a comma is the slogan's
    # (rules 6, 8; d50's “经济大省要挑大梁，为全国发展大局作贡献”, d35's “中国特色、亚洲风采、
    # 精彩纷呈” no GPE); not a speaker's words, nor places listed alone in quotes
    ("C51e_place_in_slogan", "以“中央有部署，浙江见行动”的实际行动，坚持“政府引导，重庆主导”。",
     []),
    ("C51e_speech_not_slogan", "他说：“中国愿同各方一道，推动合作”。", [("中国", "GPE", "中国")]),
    ("C51e_places_listed_in_quotes", "“北京、上海，广州、深圳”四城联动。",
     [("北京", "GPE", "北京"), ("上海", "GPE", "上海"), ("广州", "GPE", "广州"),
      ("深圳", "GPE", "深圳")]),
    # (C51, gap) a clause verb jieba tags a noun (部署/n) is read as the field
    ("C51_gap_noun_tagged_verb", "江苏部署重大专项，", [("江苏", "GPE", "江苏")]),
    # (init51, C51f) bare 设备更新 as half of the national 两新 where the trade-in is joined to it
    # or its programme's money or projects follow (made up); a company's or a field's renewal
    # and a renewal with its upgrade stay words
    ("C51f_renewal_with_trade_in", "。加力扩围实施设备更新、消费品以旧换新政策，",
     [("设备更新", "INITIATIVE", "设备更新"), ("消费品以旧换新", "INITIATIVE", "消费品以旧换新")]),
    ("C51f_renewal_projects", "。推进设备更新项目120个，", [("设备更新", "INITIATIVE", "设备更新")]),
    ("C51f_company_renewal", "。推动企业设备更新和技术升级。", []),
    ("C51f_renewal_upgrade", "。鼓励开展技术改造、设备更新、能源替代。", []),
    # (init51, C51g) a run of quoted dictionary words closed by 等 and a programme class: each
    # a programme (made up); a run closed by 等 and no programme class stays figures
    ("C51g_quoted_run_campaigns", "。深入开展“春雷”“利剑”等专项行动，",
     [("春雷", "INITIATIVE", "春雷"), ("利剑", "INITIATIVE", "利剑")]),
    ("C51g_quoted_run_figures", "。破除“玻璃门”“旋转门”等隐性壁垒，", []),
    # (init51, C51h) a short region's name a comma opens as its clause's subject, and a zone
    # after 和 and another zone (made up); a body's longer name after the comma stays its own
    ("C51h_region_subject", "，北部湾经济区实现生产总值1.2万亿元。",
     [("北部湾经济区", "INITIATIVE", "北部湾经济区")]),
    ("C51h_zone_after_zone", "。推动川东北经济区和攀西经济区协同发展。",
     [("川东北经济区", "INITIATIVE", "川东北经济区"), ("攀西经济区", "INITIATIVE", "攀西经济区")]),
    # (init51, C51j) the aid to Tibet as the first half of the pair before the aid to Xinjiang
    # (made up); 援藏 opening another word stays none
    ("C51j_tibet_aid_pair", "。落实好援藏、援疆任务，",
     [("援藏", "INITIATIVE", "援藏"), ("援疆", "INITIATIVE", "援疆")]),
    ("C51j_tibet_aid_provinces", "。深化与援藏省市的合作，", []),
    # (init51, gaps left) a pair of provinces' assistance by 帮扶 (names.partner_strategy reads
    # 协作, 一体化, 通办 only), and a named working mechanism after a verb of carrying it out
    # (a page's district review; made up here)
    ("C51_gap_pair_assistance", "。争取苏陕帮扶资金2.1亿元，", [("苏陕帮扶", "INITIATIVE", "苏陕帮扶")]),
    ("C51_gap_named_mechanism", "。率先实施重大工业项目容缺审批机制，",
     [("重大工业项目容缺审批机制", "INITIATIVE", "重大工业项目容缺审批机制")]),
    # (C51p) a body of a development zone after the zone's bare word is one ORG; every
    # zone's (各) and a zone's figures are none (made up)
    ("C51p_zone_bodies", "责任单位：经开区财政局、高新区工会、区总工会",
     [("经开区财政局", "ORG", "经开区财政局"), ("高新区工会", "ORG", "高新区工会"),
      ("区总工会", "ORG", "区总工会")]),
    ("C51p_zone_federation", "。经开区工商业联合会正式揭牌。",
     [("经开区工商业联合会", "ORG", "经开区工商业联合会")]),
    ("C51p_zone_alias", "。经开区(高新区)党工委、管委会仍作为派出机构。",
     [("经开区(高新区)党工委", "ORG", "经开区(高新区)党工委"), ("管委会", "ORG", "管委会")]),
    ("C51p_every_zone", "。各开发区工会要加强建设，高新区财政收入增长。", []),
    # (C51p, gap) the zone's body after a verb the opening does not list (是|高新区…)
    ("C51_gap_zone_body_after_verb", "。该园是高新区社会事业局直属单位。",
     [("高新区社会事业局", "ORG", "高新区社会事业局")]),
    # (C51q) 和 inside an association's name; a body's head before 和 parts two (made up)
    ("C51q_association_joined", "。市文化和旅游协会与区政府和行业协会座谈。",
     [("市文化和旅游协会", "ORG", "市文化和旅游协会"), ("区政府", "ORG", "区政府")]),
    # (C51r) firms a list closed by 等…机构 names, every item a proper short name; a list
    # of trades is none, though jieba tags 司法鉴定 nr (made up)
    ("C51r_firms_of_institutions", "，引进德勤、普华永道、毕马威等专业服务机构。",
     [("德勤", "ORG", "德勤"), ("普华永道", "ORG", "普华永道"), ("毕马威", "ORG", "毕马威")]),
    ("C51r_trades_of_institutions", "，引导仲裁、调解、司法鉴定等专业服务机构规范发展。", []),
    # (C51r, gap) a firm jieba reads as no proper name (仲量联行) keeps the list unread
    ("C51_gap_common_firm", "，引进安永、仲量联行等知名中介机构。",
     [("安永", "ORG", "安永"), ("仲量联行", "ORG", "仲量联行")]),
    # (C51s) numbered institutes of the state research groups; a room's number is none
    ("C51s_numbered_institutes", "。中电科58所、中船重工702所与航天科技八院参与。",
     [("中电科58所", "ORG", "中电科58所"), ("中船重工702所", "ORG", "中船重工702所"),
      ("航天科技八院", "ORG", "航天科技八院")]),
    ("C51s_room_number", "。完成第58所学校改造。", []),
    # (C51ta) a group's office where the text sets it up; the office a group sets up, unnamed,
    # is none (made up)
    ("C51ta_group_office", "。成立区服务业发展领导小组，领导小组办公室设在区发改委。",
     [("区服务业发展领导小组", "ORG", "区服务业发展领导小组"), ("领导小组办公室", "ORG", "领导小组办公室"),
      ("区发改委", "ORG", "区发改委")]),
    ("C51ta_office_unnamed", "。领导小组下设办公室，负责日常工作。", []),
    # (C51t) the kind of enterprise before a company stays out of its name (train d20's shape)
    ("C51t_kind_opening", "。新央企中国长安汽车集团落户重庆。",
     [("中国长安汽车集团", "ORG", "中国长安汽车集团"), ("重庆", "GPE", "重庆")]),
]

#: cases whose expectation the rules do not meet yet (xfail strict: a fix shows)
_GAPS = {"C51_gap_noun_tagged_verb": "names._programme_field reads a verb by jieba's tag (v, vn); "
         "部署 is tagged n, so 江苏|部署|重大专项 is read as a field and one INITIATIVE (gpe51)",
         "C51_gap_pair_assistance": "帮扶 is no word of lexicon.integration_words: the bulk "
         "news and laws write no pair of abbreviations before it, so the pages' one (苏陕帮扶) "
         "was left (init51)",
         "C51_gap_named_mechanism": "no rule reads a mechanism (…机制) after a verb: the train "
         "gold labels 5 of the 111 such after 实施, 建立, 健全, 完善 … (a body's working "
         "mechanisms are kinds, rule 9), so a head 机制 would over-fire (init51)",
         "C51_gap_zone_body_after_verb": "names.zone_body opens only after a mark, the line's "
         "start or a preposition (各开发区… is every zone's); a copula before the zone (是) is "
         "left (org51)",
         "C51_gap_common_firm": "names.company_short_list reads a list 等…机构 closes only "
         "where every item holds a proper word of jieba's; 仲量联行 holds none (org51)",
         "C49_gap_rare_surname": "lexicon.surnames holds the first 300 or so single surnames "
         "of the national lists; rarer ones (呼) are left out, each a common character that "
         "would open false names after a title (person49b)",
         "C49_gap_s_line": "names.road_number reads S1 as a provincial road's number and stops "
         "before 线; a suburban line's name keeps its 线 (国道318线 is whole, C45a) (fac49)",
         "C48_gap_approved_park": "jieba splits 获批 (获|批, v and q) and the facility walk "
         "(names.fac_head) reads both single characters as words of the park's name, which then "
         "wins over names.designation's park (init48)",
         "C47_gap_strategy_title": "a title won that a gazetteer strategy opens (…建设先进县 after "
         "获评): names.strategy_designation knows the heads of designations and plans, not of "
         "titles won (先进县, 先锋), and names.created_title does not read past the strategy (init47)",
         "C47_gap_street_after_for": "a street after 为 with no list of streets and no works after "
         "it: no opening of names.street reads it (C47i reads a list's first item, C47j works after)",
         "C47_gap_adverb_street": "a list's first street whose first character jieba tags an adverb "
         "(尚|德路): names.street reads it since C48g, but the FAC filter _clause_opening drops a "
         "span a common adverb opens, whatever rule found it",
         "C48_gap_street_after_noun": "a street after a noun that says what it is (项目|柳岔路 竣工通车): "
         "names.street reads no name after a noun, whose start it cannot tell (项目柳岔路 would be one)",
         "C46gc_gap_place_reform": "a place before an unquoted reform pilot (…改革试点): no rule "
         "delimits the name, names.place_reading gives no reading (cause not read) and the gate "
         "keeps the place (probability 0.47, threshold 0.25)",
         "C46a_gap_named_road": "a county road by its own word before 公路 (柳湾公路): 公路 as a "
         "head of the table (reads proper) read it, but the place gate reads the heads and dropped "
         "places before 公路 in the news (a province before a road race's name; fac46)",
         "C46_gap_building_plan": "a plan whose aim is building (…专业建设计划): names.joined_programme "
         "reads 计划 only after the word of an aim it knows, as a work's 建设计划 is a kind (C46t)",
         "C46_gap_counted_pilot": "a programme after a count of its items (推进6个|…试点): no verb's "
         "rule reads past a count, which as often counts works of a kind (d55, d67; C46t)",
         "C44_gap_county_project": "a county's project of a national programme whose theme joins two "
         "parts with 及 (水系连通及水美乡村建设项目): no place-led head reads 项目 (init44)",
         "fac43b_named_footbridge": "a footbridge named by a word of its own (绿园|天桥): 天 is a "
         "kind of bridge (lexicon.bridge_kinds), so names._bridge_own reads no name (fac43b)",
         "fac43b_verb_bridges": "a list of bridges named by verbs (胜利, 解放) that no verb of works "
         "opens: the list alone does not say they are names (names._bridge_list_items, C41f)",
         "fac43_upgraded_substation": "a substation named by a common word of two characters "
         "(青松, a word of jieba's dictionary) after 升压改造 is read by no rule (names.fac_proper "
         "reads 柳湾变电站 there)",
         "fac44_adverb_street": "a street named by a character jieba tags an adverb and one more "
         "(尚|和路): names.street reads it (as 迎|丰路) but _clause_opening drops a FAC that a "
         "common adverb opens (fac44)",
         "fac44_common_word_bridge": "a bridge named by a common word and a facility's character "
         "(苹果|园|大桥): _proper_words reads no proper name there and 园 is a head (fac44)",
         "fac44_bare_polder": "a polder named before 圩 alone, with no count of its kind after "
         "the list: 圩 is no head (圩区, 圩堤 are kinds; fac44)",
         "C45_gap_bare_count": "sites that the count of their items and their kind close with "
         "no 等: read by names.works_kind_list in a first version, but a pattern that does not "
         "open with 等 was scanned at every character (47 ms on the corpus; fac45)",
         "C45z_gap_town_part": "a part of the town before a compass avenue (城区|东大街): "
         "names.fac_proper reads 城区东大街 as one name, which outlasts names.compass_avenue's "
         "东大街 (names.street cuts 城区 off, fac_proper does not; fac45b)",
         "C45_gap_numeral_site": "a site whose name a numeral opens (八|角湾) before a head two "
         "items share: the head walk stops at the numeral and the first item is left (fac45)",
         "C45_gap_counted_park": "a park named by a common word (民乐健身) before a count of its "
         "kind: works_kind_list reads no 公园 of a kind and the head reads no proper name (fac45)",
         "fac43_common_word_park": "a park named by a common word (红叶) after a verb of opening "
         "is taken for a kind (names._facility_kind)",
         "C45_gap_roster_level_organ": "a level's short organ after a roster's column gap "
         "(区委政法委): names.level_short_organ wants a mark or a preposition before the level, "
         "and the clean view drops the gap, so only 区委 is found (org45b)",
         "C45_gap_committee_group": "a party committee's leading group named by its task "
         "(县委|实施人才强县战略领导小组): the committee and the strategy's group apart (org45b)",
         "C44_gap_company_after_verb": "a company named by a common word (东风) after a verb "
         "of service: the head walk reads no name of a common word and no frame says it is "
         "one (names.partner_company reads 与…签约 only; org44)",
         "C51w_gap_traditional_licence": "a licence written in traditional characters (營業執照, "
         "許可證): LICENCE_TITLE reads the simplified kinds only (rank51)",
         "C50_gap_estate_common_words": "an estate named by common words (丰收|家园) and no "
         "head of it the rules read: 家园 after a common word is a figure as often (美丽家园, "
         "幸福家园), and the proper reading takes no common word (fac50)",
         "C51_gap_planning_hall": "南宁|城市规划|展览馆: the place reading stops at the long common "
         "word 城市规划, and a head 规划展览馆 did not read it either (fac51)",
         "C51_gap_port_common_words": "寸滩 is no place of the gazetteer and 国际邮轮 common words, "
         "so neither the place nor the proper reading opens the home port (fac51)",
         "C50_gap_trunk_road": "a trunk road named by its own words: a head 干道 read 海天大道"
         "南侧城市次干道 of train d41 whole (a street and a kind of road), so it was left out "
         "(fac50)",
         "C43_gap_place_government_office": "a place before 政府办 outside a responsibility list: "
         "names.org_office extends 市政府 alone, cutting the city (org43, as C42b left it)",
         "listed_items_share_head": "places starting the items of a list closed by 等 and a "
         "shared head are dropped (宁波, 温州) where train d59 labels them GPE (call C12)",
         "province_network": "the gate retrained on the thirty-ninth session's rules drops a full "
         "province name right before a facility head that names no facility (湖南省高速公路网: "
         "0.236 against 0.25; 0.252 with the thirty-eighth's file): a learned borderline, the "
         "gate's leave-one-source-out figures the same (0.973/0.954/0.964)"}


# The twenty-sixth session's retrained place gate dropped 赤塔 right after 俄罗斯 (a city of
# the gazetteer after its country); the twenty-seventh's (countries ungated, threshold 0.25)
# keeps it in this sentence (0.28), though not after the country alone (，俄罗斯赤塔): a
# gate decision near its threshold
def test_a_gazetteer_city_after_its_country(names: NameRulePass) -> None:
    found = [f[:3] for f in _found(names, "积极对接蒙古国东方省，组团赴俄罗斯赤塔考察")]
    assert ("赤塔", "GPE", "赤塔") in found


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(t, e, id=i, marks=[pytest.mark.xfail(strict=True, reason=_GAPS[i])]
                 if i in _GAPS else []) for i, t, e in CASES])
def test_names_table(names: NameRulePass, text: str, expected) -> None:
    assert [f[:3] for f in _found(names, text)] == expected


# numbers inside names are not extracted on their own (rule 6)
INSIDE = [
    ("five_hundreds", "全力推进省“五个100”重大产业项目", "五个100"),
    ("numbered_programme", "纳入市1515工程扶持范围", "1515工程"),
    ("quoted_hundred", "全市“100 大新开工项目”进展顺利", "100 大新开工项目"),
    # the two subsidies for the disabled: a named pair, no COUNT 两项 (rule 11)
    ("disability_subsidies", "全省建立残疾人两项补贴标准动态调整机制", "残疾人两项补贴"),
]


@pytest.mark.parametrize(("text", "name"), [pytest.param(t, n, id=i) for i, t, n in INSIDE])
def test_no_number_inside_name(pipeline: Pipeline, text: str, name: str) -> None:
    got = [(m.text, m.label) for m in pipeline.extract(text, ref_date="2020-07").mentions]
    assert (name, "INITIATIVE") in got
    assert all(label in {"INITIATIVE", "ORG", "GPE"} for _, label in got)


def test_pipeline_default_has_names() -> None:
    assert [p.name for p in Pipeline().name_passes] == ["names"]


# -- the heads table (rules/names.yaml `heads`, issue 10 item 4) --------------------------

_KIND_LABEL = {"org": "ORG", "fac": "FAC"}
_HEAD_EXAMPLES = [pytest.param(h, id=f"{h.kind}:{h.head}") for h in _DATA.heads.rows
                  if h.example is not None]
_HEAD_COUNTER = [pytest.param(h, id=f"{h.kind}:{h.head}:not") for h in _DATA.heads.rows
                 if h.counterexample is not None]


def _head_label(head) -> str:
    """The label a head's names are given out with: a facility head of a body (a hospital,
    a school: lexicon.body_heads) delimits a name the output labels ORG (names._as_body)."""
    if head.kind == "fac" and head.head.endswith(tuple(_DATA.lexicon["body_heads"])):
        return "ORG"
    return _KIND_LABEL[head.kind]


@pytest.mark.parametrize("head", _HEAD_EXAMPLES)
def test_head_example(names: NameRulePass, head) -> None:
    """The rules find a name of the head's label that ends in the head in its example."""
    found = [span for span, label, _, _ in _found(names, head.example)
             if label == _head_label(head) and span.endswith(head.head)]
    assert found, f"no {_head_label(head)} ending in {head.head} in {head.example!r}"


@pytest.mark.parametrize("head", _HEAD_COUNTER)
def test_head_counterexample(names: NameRulePass, head) -> None:
    found = [span for span, label, _, _ in _found(names, head.counterexample)
             if label == _head_label(head) and span.endswith(head.head)]
    assert found == []


def test_heads_table_has_examples() -> None:
    """Some rows of each kind carry an example and a counterexample (rows without are
    tested through the rules' own examples)."""
    for kind in ("org", "fac"):
        rows = [h for h in _DATA.heads.rows if h.kind == kind]
        assert any(h.example and h.counterexample for h in rows), kind


_BAD_HEADS = {
    "unknown column": [{"head": "局", "kind": "org", "strength": "weak"}],
    "bad kind": [{"head": "局", "kind": "organ"}],
    "reads on an organisation": [{"head": "局", "kind": "org", "reads": ["walk"]}],
    "unknown reader": [{"head": "机场", "kind": "fac", "reads": ["fly"]}],
    "weak facility": [{"head": "机场", "kind": "fac", "weak": True}],
    "listed twice": [{"head": "局", "kind": "org"}, {"head": "局", "kind": "org"}],
    "example without its head": [{"head": "局", "kind": "org", "example": "市政府"}],
    "empty table": [],
}


@pytest.mark.parametrize("rows", list(_BAD_HEADS.values()), ids=list(_BAD_HEADS))
def test_heads_table_errors(rows, tmp_path) -> None:
    from policy_extract.names import load_heads
    from policy_extract.rules import RuleError
    with pytest.raises(RuleError):
        load_heads({"heads": rows}, tmp_path / "names.yaml")


def test_heads_table_views() -> None:
    """The views the strategies read: a head walked is read after a place too; 集群 only
    continues a facility; 局 is split off by the tagger and generic alone."""
    heads = _DATA.heads
    assert set(heads.fac("walk")) <= set(heads.fac("place"))
    assert "集群" in heads.flagged("continues") and "集群" not in heads.fac("place")
    assert {"局", "厅", "委"} == heads.flagged("split") and "局" in heads.flagged("generic")
    with pytest.raises(ValueError):
        heads.flagged("kind")


@pytest.mark.parametrize("text", [
    pytest.param("枣庄市台儿庄古城保护条例\n第七条 市人民政府会同台儿庄区人民政府，"
                 "根据台儿庄古城保护规划编制台儿庄古城详细规划。\n", id="county-short-name-twice"),
    # the body that manages the site is one ORG over it (names.place_led_management)
    pytest.param("鹤壁市浚县古城保护条例\n第五条 浚县古城保护管理机构履行浚县古城保护职责。\n",
                 id="county-twice"),
])
def test_a_place_led_name_never_runs_into_its_place_written_again(text: str) -> None:
    """Two laws of ../shared/bulk failed whole (overlapping mentions): the place-led rule
    read 台儿庄古城保护规划编制台儿庄古城 as one facility, over the second 台儿庄古城."""
    found = [(m.label, m.text) for m in Pipeline(facts=None).extract(text).mentions]
    name = "台儿庄古城" if "台儿庄" in text else "浚县古城"
    assert found.count(("FAC", name)) == 2 or (
        found.count(("FAC", name)) == 1 and ("ORG", "浚县古城保护管理机构") in found)


def test_a_zone_and_the_body_that_runs_it_are_one_org(names: NameRulePass) -> None:
    """A zone's administration written as its 管理机构 (dev-d69) is one ORG over both, as a
    facility's (names._run_bodies)."""
    text = "用水区的县级人民政府、台州湾新区管理机构应当按照规定要求"
    assert [f[:2] for f in _found(names, text)] == [("台州湾新区管理机构", "ORG")]
    # and the group that leads the zone's building (dev-d25, d59)
    text = "责任单位：省商务厅，中国（浙江）自由贸易试验区建设领导小组其他成员单位"
    assert ("中国（浙江）自由贸易试验区建设领导小组", "ORG") in [f[:2] for f in _found(names, text)]


_FACILITY_WORKS = [
    # works on a facility ending in 工程: the facility alone (ANNOTATION rule 20, NOTES.md)
    ("推进西宁曹家堡机场三期扩建工程。", "西宁曹家堡机场"),
    ("实施敦煌机场改扩建工程。", "敦煌机场"),
    ("南宁吴圩机场改扩建工程投入使用。", "南宁吴圩机场"),
    # a hydro plant's added units (facb30: lexicon.works_after 扩机)
    ("推进龙滩水电站扩机工程建设。", "龙滩水电站"),
    # a facility moved and built anew (facgpe31: lexicon.works_after 迁建)
    ("呼和浩特白塔国际机场迁建工程开工。", "呼和浩特白塔国际机场"),
    # the upgrades written on a road (facb36: lexicon.works_after 提质改造, 提档扩容; made up,
    # G98环岛高速|提档扩容工程 of the gold's shape)
    ("推进常德大道提质改造工程。", "常德大道"),
    ("实施G98环岛高速提档扩容工程。", "G98环岛高速"),
]


# facb36: rule 20 for a place's streets and a line by its two ends joined by a dash (one FAC,
# no GPE inside), and what stays apart (made-up sentences): a subdistrict named by its road is
# a place, a clause's subject no street's start, a kind of road no name
_PLACE_LED_LINES = [
    ("。常德市武陵区朗州路完成管网改造", [("常德市武陵区朗州路", "FAC")]),
    ("，推进怀化—邵阳铁路前期工作", [("怀化—邵阳铁路", "FAC")]),
    ("，建成成都—重庆高速公路", [("成都—重庆高速公路", "FAC")]),
    ("，推进呼和浩特—鄂尔多斯铁路", [("呼和浩特—鄂尔多斯铁路", "FAC")]),
    ("，在长沙市天心区坡子路街道开展志愿服务",
     [("长沙市", "GPE"), ("天心区坡子路街道", "GPE")]),
    ("。近年来，岳阳市重塑老汴街风貌", [("岳阳市", "GPE")]),
    ("，完成长沙市道路改造", [("长沙市", "GPE")]),
    # a plant by its district (lexicon heads: 污水处理厂 read after a place), not a kind
    ("，推进资阳区污水处理厂建设", [("资阳区污水处理厂", "FAC")]),
    ("，加快城镇污水处理厂提标改造", []),
    # a law's verb on a facility the tagger reads as a noun stays out of it (lexicon.object_verbs;
    # made up in the shape of the water-supply law's 举报危害…工程的行为)
    ("。任何单位有权举报危害东江水库的行为", [("东江水库", "FAC")]),
    ("。为了保护和利用岳阳古城，制定本条例", [("岳阳古城", "FAC")]),
]


@pytest.mark.parametrize(("text", "expected"), _PLACE_LED_LINES)
def test_place_led_lines_and_streets(names: NameRulePass, text: str, expected) -> None:
    assert [f[:2] for f in _found(names, text) if f[1] in ("FAC", "GPE")] == expected


@pytest.mark.parametrize(("text", "span"), _FACILITY_WORKS)
def test_facility_works_leave_the_facility(names: NameRulePass, text: str, span: str) -> None:
    found = {(s, label) for s, label, _, _ in _found(names, text)}
    assert (span, "FAC") in found
    assert not any(label == "INITIATIVE" for _, label in found)


# a facility named by common words where a verb of works takes it with its works or project,
# or where a clause opens with it and its own figures follow (gold/dev/NOTES.md C36f;
# names.works_object_facility): the FAC without the works; none where a word says the kind
# (made-up sentences; the first of train d43)
_WORKS_OBJECTS = [
    ("。谋划中线铁路项目。", "中线铁路"),
    ("，加快银湖港扩建工程，", "银湖港"),
    ("。开工建设向阳水库除险加固工程。", "向阳水库"),
    ("。长虹港完成集装箱吞吐量120万标箱。", "长虹港"),
    ("，东风大桥合龙，", "东风大桥"),
    ("。加快城际铁路项目前期工作。", None),
    ("。推进跨境铁路项目。", None),
    ("。内河港完成货物吞吐量1.8亿吨。", None),
    ("，支线机场旅客吞吐量增长12%。", None),
    ("。高速公路通车运营里程达到8000公里。", None),
    ("。推进改造铁路项目。", None),
]


@pytest.mark.parametrize(("text", "span"), _WORKS_OBJECTS)
def test_works_object_facility(names: NameRulePass, text: str, span: str | None) -> None:
    facilities = [s for s, label, _, _ in _found(names, text) if label == "FAC"]
    assert facilities == ([span] if span else [])


# fac39 (made up): the parks, squares, markets, stations, venues and resorts of district
# reports and task lists named by common words where a verb of works takes them with their
# works, or a clause opens with them and what one site does follows (names.works_object_site);
# none where a word of the run says the kind (口袋, 城市, 街心, 社区, 全域) or none names it
_WORKS_OBJECT_SITES = [
    ("。完成人民公园提升改造。", ["人民公园"]),
    ("。完成星河农贸市场改造，", ["星河农贸市场"]),
    ("，推进凤凰山森林公园建设。", ["凤凰山森林公园"]),
    ("。北湖湿地公园建成开放，", ["北湖湿地公园"]),
    ("，加快青石广场改造提升；", ["青石广场"]),
    ("，推进桃源会展中心建设。", ["桃源会展中心"]),
    ("。青山客运站投入使用。", ["青山客运站"]),
    ("。完成口袋公园提升改造。", []),
    ("，推进城市公园建设。", []),
    ("。完成街心公园改造。", []),
    ("。完成社区农贸市场改造，", []),
    ("。完成全域旅游区建设。", []),
    ("。农贸市场改造完成。", []),
    # a verb that builds it and a mark after the head (names.built_site); theme parks and
    # kinds none
    ("。新建星河农贸市场。", ["星河农贸市场"]),
    ("。建成青松码头，", ["青松码头"]),
    ("。开工建设星河客运站。", ["星河客运站"]),
    ("。建成乡镇客运站，", []),
    ("。建成旅游码头，", []),
    ("，推进星河码头，", []),
    ("。建成法治公园，", []),
    # the works written once after a list opened by a verb of works; a number opening the
    # item before a clause of what one site does (names.works_object_site); a kind in the
    # list none (老旧小区: names.kind_list)
    ("。完成红旗农贸市场、东风菜市场改造。", ["红旗农贸市场", "东风菜市场"]),
    ("区商务局\n25.海棠大剧院正式投入使用。", ["海棠大剧院"]),
    ("。完成老旧小区、东风菜市场改造。", ["东风菜市场"]),
    ("。推进城乡客运站改造提升。", []),
    # a list whose item holds a function character is no list of sites (train d39's
    # programmes 海岛公园、名山公园)
    ("。推进诗路文化带和海岛公园、名山公园建设，", []),
]


# fac39 (made up): a list of ports alone named by common words, one FAC each
# (names.fac_head_list, _port_item); the new towns, inland ports, halls and water plants of
# a list beside a found one (lexicon.edge_sibling_heads); kinds of port none
_LISTED_PORTS_AND_SIBLINGS = [
    ("。加快建设青石港、马村港，", ["青石港", "马村港"]),
    ("。推进金山港、银湖港、白沙港建设。", ["金山港", "银湖港", "白沙港"]),
    ("，发展内河港、沿海港。", []),
    ("，建设自贸港、信息港。", []),
    ("。加快智慧港、绿色港建设。", []),
    ("。加快龙川新城、青山新城建设。", ["龙川新城", "青山新城"]),
    ("。新建翠湖公园。", ["翠湖公园"]),
]


# fac40 (made up; gold/dev/NOTES.md C40f, C40g): a venue's name that a body's rule reads is a
# FAC (names._as_venue), its head alone no FAC (a kind) and a body's centre still none; a
# substation named by its own words before its voltage is one FAC (names.voltage_after_name),
# a verb, a kind or a division with its level before the voltage none
_VENUES_AND_SUBSTATIONS = [
    ("。南湖体育中心建成投用，承办省运会部分赛事。", ["南湖体育中心"]),
    ("，推进市民文化中心建设，", ["市民文化中心"]),
    ("。论坛主会场设在滨江会议中心，", ["滨江会议中心"]),
    ("，剧场、音乐厅等公共文化设施", []),
    ("，依托区就业服务中心开展培训", []),
    # a venue's body that acts stays as it was; 在 before it makes it the place again
    ("。南湖体育中心承办省运会。", []),
    ("。在滨江会展中心举办博览会。", ["滨江会展中心"]),
    ("。建成云溪220千伏变电站，新增供电能力", ["云溪220千伏变电站"]),
    ("，推进松林110千伏变电站扩建，", ["松林110千伏变电站"]),
    ("，开工建设青石110千伏输变电工程、", ["青石110千伏输变电工程"]),
    ("。投运500千伏变电站3座", []),
    ("，新建220千伏变电站", []),
    ("，完成主城区110千伏变电站布点", []),
]


# (fac41, C41f) the items of a list of facilities of one head that a verb of works opens (or
# that opens a clause) and the works close: one FAC each, common words, adjectives and other
# verbs naming them (names.works_list_item); a kind, a verb of works, a numeral or a level in
# the list, a list of verbs alone, or a list opening a clause of common words alone: nothing
# of it read. (C41g) the works of a task list stay out of the facility (works_after:
# 提标改造工程, 标准化改造; 建成通车 and 区级, made up)
_WORKS_LISTS = [
    ("。完成建国菜市场、幸福菜市场标准化改造。", ["建国菜市场", "幸福菜市场"]),
    ("，推进胜利水库、团结水库和红岩水库除险加固。", ["胜利水库", "团结水库", "红岩水库"]),
    ("。完成解放大桥、中山大桥维修加固。", ["解放大桥", "中山大桥"]),
    ("12.完成大观园菜市场、百花菜市场改造。", ["大观园菜市场", "百花菜市场"]),
    ("。双龙水库、胜利水库除险加固工程完工。", ["双龙水库", "胜利水库"]),
    ("。推进藻渡水库、新建水库建设。", ["藻渡水库"]),
    ("。完成排涝泵站、提水泵站改造。", []),
    ("。完成一号水库、二号水库除险加固。", []),
    ("。胜利水库、团结水库除险加固工程完工。", []),
    ("。城市公园、人民公园，", []),
    ("，扎实推进河东污水处理厂提标改造工程。", ["河东污水处理厂"]),
    ("。过去一年，建成通车桂林大道、北辰路。", ["桂林大道", "北辰路"]),
    ("。完成区级农贸市场改造10个。", []),
]


@pytest.mark.parametrize(("text", "spans"), _WORKS_OBJECT_SITES + _LISTED_PORTS_AND_SIBLINGS
                         + _VENUES_AND_SUBSTATIONS + _WORKS_LISTS)
def test_sites_and_listed_ports(names: NameRulePass, text: str, spans: list[str]) -> None:
    assert [s for s, label, _, _ in _found(names, text) if label == "FAC"] == spans


# a street named by one adjective (团结路, 健康路: names.adjective_street) after a verb of works
# or in the list such a street opens; none in a figure or a list after no such verb (made up)
_ADJECTIVE_STREETS = [
    ("。完成团结路、健康路、幸福路改造。", ["团结路", "健康路", "幸福路"]),
    ("，拓宽和谐大街，", ["和谐大街"]),
    ("。走在幸福路上。", []),
    ("。这是一条幸福路。", []),
    ("，主要路段实行交通管制。", []),
]


@pytest.mark.parametrize(("text", "spans"), _ADJECTIVE_STREETS)
def test_adjective_street(names: NameRulePass, text: str, spans: list[str]) -> None:
    assert [s for s, label, _, _ in _found(names, text) if label == "FAC"] == spans


# a power line named by its ends (or a proper name) with its voltage written inside is one
# FAC (rule 20; names.power_line): no QUANTITY, no GPE inside; a kind or a grid's frame
# after the voltage names none (the development gold: 海南电网 FAC, 500千伏 QUANTITY)
_POWER_LINES = [
    ("加快建设海南—广东第三回500千伏交流线路工程，保障用电", "海南—广东第三回500千伏交流线路工程"),
    ("金沙江上游送湖北±800千伏特高压直流输电工程开工建设。", "金沙江上游送湖北±800千伏特高压直流输电工程"),
    ("加快建设750千伏河西走廊北通道工程，开展", "750千伏河西走廊北通道工程"),
    ("海南电网500千伏主网架工程投产。", None),
    # fac38 (made up): a substation named after its voltage, the places before it inside
    # (names.voltage_substation); the voltage alone before the head or a kind names none
    ("。浙江台州110千伏青石变电站建成，", "浙江台州110千伏青石变电站"),
    ("，开工建设220千伏清河变电站。", "220千伏清河变电站"),
    ("，新建220千伏智能变电站。", None),
    ("，刚刚投运的500千伏变电站。", None),
    ("，建设1000千伏特高压交流输变电工程。", None),
]


@pytest.mark.parametrize(("text", "span"), _POWER_LINES)
def test_power_line_with_its_voltage(pipeline: Pipeline, text: str, span: str | None) -> None:
    found = [(m.text, m.label) for m in pipeline.extract(text, ref_date="2020-07").mentions]
    lines = [t for t, label in found if label == "FAC" and "千伏" in t]
    if span is None:
        assert lines == []
        assert any(label == "QUANTITY" for _, label in found)
    else:
        assert lines == [span]
        assert not any(label in ("QUANTITY", "GPE") for _, label in found)


# a name that opens with the 成 of a verb of result before it (建|成渝…: the tokenizer holds
# 成渝 as a word) starts after the verb (names._after_result_verb); not after a longer word
# that ends in 建 (共建|成渝地区双城经济圈), nor where too little is left (成渝高速)
_RESULT_VERBS = [
    ("全面建成渝昆高铁重庆段。", "渝昆高铁重庆段", "FAC"),
    ("建成渝湘高速复线、渝武高速复线。", "渝湘高速复线", "FAC"),
    ("基本建成渝西水资源配置工程。", "渝西水资源配置工程", "FAC"),
    ("共建成渝地区双城经济圈。", "成渝地区双城经济圈", "INITIATIVE"),
    ("建成成渝中线高铁。", "成渝中线高铁", "FAC"),
]


@pytest.mark.parametrize(("text", "span", "label"), _RESULT_VERBS)
def test_result_verb_stays_out_of_a_name(pipeline: Pipeline, text: str, span: str,
                                         label: str) -> None:
    found = [(m.text, m.label) for m in pipeline.extract(text, ref_date="2026-01").mentions]
    assert (span, label) in found
    assert not any(t.startswith("成") and t != span for t, _ in found)


def test_programme_not_on_a_facility_stays(names: NameRulePass) -> None:
    """A programme whose name no facility starts is kept (东港品质提升工程)."""
    found = {(s, label) for s, label, _, _ in _found(names, "实施东港品质提升工程。")}
    assert ("东港品质提升工程", "INITIATIVE") in found


# a short name the text defines for a name is that name's label wherever it stands from its
# definition on (names.defined_alias; the development gold's d65, d66); a short name defined
# for words that are no name, for a title or for a programme is none
_ALIASES = [
    ("zone", "推动横琴粤澳深度合作区（以下简称合作区）建设。支持合作区发展，合作区管理委员会负责。",
     [("横琴粤澳深度合作区", "ORG"), ("合作区", "ORG"), ("合作区", "ORG"),
      ("合作区管理委员会", "ORG")]),
    ("quoted_alias", "设立宁波东钱湖旅游度假区管理委员会（以下简称“度假区管委会”）。度假区管委会负责规划。",
     [("宁波东钱湖旅游度假区管理委员会", "ORG"), ("度假区管委会", "ORG"), ("度假区管委会", "ORG")]),
    ("programme", "实施乡村振兴战略（以下简称战略）。战略实施", [("乡村振兴战略", "INITIATIVE")]),
    ("no_name_before", "企业事业单位和其他社会组织（以下简称单位）应当遵守。单位应当", []),
    ("before_definition", "合作区建设。横琴粤澳深度合作区（以下简称合作区）",
     [("横琴粤澳深度合作区", "ORG"), ("合作区", "ORG")]),
    # the zone a regulation governs is an administrative zone, its words a body wherever a
    # programme would stand on them (names._governed_zone, dev-d66); elsewhere the same
    # kind of name is a designation
    ("governed_zone", "第一条 为了推进义乌国际贸易综合改革试验区建设。第二条 本条例适用于义乌国际贸易"
     "综合改革试验区（以下简称义乌试验区）。第三条 义乌试验区应当",
     [("义乌国际贸易综合改革试验区", "ORG"), ("义乌国际贸易综合改革试验区", "ORG"),
      ("义乌试验区", "ORG"), ("义乌试验区", "ORG")]),
    ("designated_zone", "推进义乌国际贸易综合改革试验区建设。", [("义乌国际贸易综合改革试验区", "INITIATIVE")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in _ALIASES])
def test_defined_alias(names: NameRulePass, text: str, expected) -> None:
    assert [f[:2] for f in _found(names, text)] == expected


def test_suffixes_as_the_scans_they_replace() -> None:
    """names._Suffixes finds the longest and the shortest word a text (or a span of it)
    ends in as the linear scans over the words sorted by length did (the list steps ask
    it for every candidate: issue 10)."""
    from policy_extract.names import _Suffixes

    words = ["工程", "提升工程", "行动", "专项行动", "港", "机场", "国际机场", "基金"]
    table = _Suffixes.of(words)
    by_length = sorted(words, key=len, reverse=True)
    for text in ("康复护理扩容提升工程", "严打暴恐专项行动", "黄花国际机场", "乍浦港", "港",
                 "工程", "产业扶贫基金会", "", "程"):
        assert table.longest(text) == next((w for w in by_length if text.endswith(w)), None)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert table.shortest(text, start, end) == next(
                    (w for w in reversed(by_length) if text.endswith(w, start, end)), None)


# (fac42) numbered roads with their sections and new lines, grid streets and streets after the
# part of the town they stand in, as district plans and task lists write them (made up): one
# FAC each; a count of roads, a phase of work and a way of speech are none
_DISTRICT_ROADS = [
    ("，推进国道205北山至南湖段和西岭大桥建设。", ["国道205北山至南湖段", "西岭大桥"]),
    ("，完成S218城关段改造。", ["S218城关段"]),
    ("，谋划205国道西复线。", ["205国道西复线"]),
    ("，省道308在建设阶段。", ["省道308"]),
    ("，园区横一路、纵三路建成投用。", ["横一路", "纵三路"]),
    ("，城区富民大街、县城兴安路完成提升改造。", ["富民大街", "兴安路"]),
    ("，打通城区等8条断头路。", []),
    ("，途经一路向前。", []),
]


@pytest.mark.parametrize(("text", "spans"), _DISTRICT_ROADS)
def test_district_roads(names: NameRulePass, text: str, spans: list[str]) -> None:
    assert [s for s, label, _, _ in _found(names, text) if label == "FAC"] == spans


# (fac42b) short bridges of a county's works (a list of them, or one that its rebuilding
# follows) and a road's number before the road's own name, as task lists and county reports
# write them (made up): one FAC each; kinds of bridge, a figure, a bridge that is a village's
# name, a count and a road's course are none
_COUNTY_BRIDGES_AND_ROADS = [
    ("。青石镇的李家桥、王庄桥和柳溪桥等三座危桥列入改造计划。", ["李家桥", "王庄桥", "柳溪桥"]),
    ("；其中红星村桥、石门沟桥将拆除重建。", ["红星村桥", "石门沟桥"]),
    ("。完成红旗桥、胜利桥维修加固。", ["红旗桥", "胜利桥"]),
    ("。完成杨柳村桥拆除重建工程。", ["杨柳村桥"]),
    ("。完成胜利桥、解放桥维修加固。", []),
    ("。完成危桥、便桥改造。", []),
    ("。架起连心桥、致富桥。", []),
    ("。推进刘家桥、王家桥村道改造。", []),
    ("。改造一号桥、二号桥。", []),
    ("。推进农村公路桥重建。", []),
    ("，加快G310柳河过境公路建设。", ["G310柳河过境公路"]),
    ("，力争236国道石桥绕镇公路全面贯通。", ["236国道石桥绕镇公路"]),
    ("，完成G310沿线公路绿化。", []),
]


@pytest.mark.parametrize(("text", "spans"), _COUNTY_BRIDGES_AND_ROADS)
def test_county_bridges_and_roads(names: NameRulePass, text: str, spans: list[str]) -> None:
    test_sites_and_listed_ports(names, text, spans)


def test_place_outer_initiative_end_guard() -> None:
    """(S44h) names.place_outer_initiative tries its ends only before one of their first
    characters (a lookahead of them after the rest): every end of OWN_PROGRAMME_END and of
    the pattern's own list starts with one of them (an end added without its character
    would never match)."""
    import re

    import yaml

    data = yaml.safe_load((default_rules_dir() / "names.yaml").read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == "names.place_outer_initiative")
    guard = re.search(r"\}\?\(\?=\[([^\]]+)\]\)", rule["pattern"])
    assert guard is not None
    own = data["fragments"]["OWN_PROGRAMME_END"].split("|")
    listed = ("基金", "战略", "改革", "大走廊", "专项资金", "旅游年", "文化年", "交流年")
    assert {end[0] for end in (*own, *listed)} <= set(guard.group(1))


@pytest.mark.xfail(strict=True, reason="C49_gap_title_after_place_role: lexicon.place_part_or_role "
                   "keeps a place apart before 区域(性)…中心城市, but no rule reads the title after "
                   "it, though d17 labels 区域性消费中心城市 a title after a verb (init49)")
def test_c49_gap_consumption_city_after_place(pipeline: Pipeline) -> None:
    mentions = pipeline.extract("加快培育南宁区域性消费中心城市，").mentions
    assert ("区域性消费中心城市", "INITIATIVE") in [(m.text, m.label) for m in mentions]


# (fac50b) bounds of a facility's name the census at the end of docs/names.md left open (made up)
@pytest.mark.parametrize(("text", "span"), [
    pytest.param("，建成滨河公园南段。", "滨河公园南段", id="C50_gap_park_section"),
    pytest.param("，实施湘江柳州段航道整治。", "湘江柳州段航道", id="C50_gap_river_section_channel"),
    pytest.param("，建成铜鼓岭大桥（原名青松大桥）。", "青松大桥", id="C50_gap_alias_marker"),
])
@pytest.mark.xfail(strict=True, reason="C50_gap: names.fac_section reads a section after a street only "
                   "(C43k), the walk starts a channel at the section (湘江|柳州段航道), and 原名 "
                   "opens the alias's span; each seen in made-up probes only (docs/names.md census)")
def test_c50_gap_facility_bounds(pipeline: Pipeline, text: str, span: str) -> None:
    assert (span, "FAC") in [(m.text, m.label) for m in pipeline.extract(text).mentions]


def test_c50a_verb_noun_inside_place_led_name() -> None:
    """C50a: a verb-noun inside the words a place opens before a body's or facility's head
    is the name's (应用, 培训: names._verbs_of_name): no GPE there (rule 6, 20); a verb of the
    clause's works or of a facility's clause, or another place among the words, keeps it."""
    from policy_extract import extract
    text = ("曲靖应用技术学院加快扩容，江北培训服务中心投用。泰国宣布新建农业科技基地，"
            "首批展品从法国运抵广州白云国际机场。")
    gpes = [m.text for m in extract(text, ref_date="2024").mentions if m.label == "GPE"]
    assert gpes == ["泰国", "法国"]


@pytest.mark.xfail(strict=True, reason="C50_gap_quoted_slogan_place: a place inside a quoted "
                   "slogan whose whole the rules do not read as one INITIATIVE (only a known "
                   "programme inside it) stays a GPE (rule 6, 8)")
def test_c50_gap_place_inside_quoted_slogan() -> None:
    from policy_extract import extract
    text = "全面投身“在嘉兴遇见美丽中国”实干争先主题实践。"
    assert not [m for m in extract(text, ref_date="2024").mentions if m.label == "GPE"]


@pytest.mark.xfail(strict=True, reason="C50_gap_title_without_honour_word: a title the country "
                   "confers that ends on a plain level word (中国…长寿市) is read by no "
                   "lexicon.conferred_title_ends, and its GPE stays (rule 6, 20)")
def test_c50_gap_country_title_plain_level() -> None:
    from policy_extract import extract
    text = "该市成功创建中国长寿市。"
    assert not [m for m in extract(text, ref_date="2024").mentions if m.label == "GPE"]
