import csv,sys
P='gold/facts/work/dev-d31-zhejiang-2026-tasks/B/sheet.tsv'
G='growth'; L='level'
# start: (fact, indicator, kind, note)
M={
46:('yes','生产总值',G,'全省 = subject place, dropped; range 5%—5.5% is one value'),
76:('yes','城镇调查失业率',L,'rate named by its own word -> level'),
89:('yes','居民消费价格',G,'涨幅 = relative change of the price level -> growth up, indicator without 涨幅 (like 上涨2.0%); hard call vs level 居民消费价格涨幅'),
193:('yes','项目纳入国家用地保障范围',L,'literal text order with verb 争取 and value removed'),
236:('yes','安排省级财政资金',L,'安排 selects what is counted (allocated funds) -> kept'),
271:('yes','为经营主体减负',L,'amount of burden reduction is the quantity (level, not change); 为 here is the preposition for, kept as defining modifier'),
335:('yes','新增无还本续贷',L,''),
801:('yes','服务贸易',G,''),
810:('yes','数字贸易',G,''),
1098:('yes','宁波舟山港集装箱吞吐量',L,'facility as subject stays in indicator; place falls back to the province'),
1190:('yes','中欧班列开行',L,'subject 中欧班列 carried from the preceding clause; 全年 -> 2026'),
1350:('yes','新增多田套合面积',L,''),
1491:('yes','改造城中村',L,''),
1508:('yes','打造城镇建设高质量样板',L,''),
1634:('yes','粮食播种面积',L,''),
1644:('yes','粮食总产量',L,'list item composed with shared 粮食'),
1706:('yes','土特产富全产业链总产值',L,''),
1713:('no','','','part of indicator 百亿元以上产业链'),
1723:('yes','百亿元以上产业链',L,''),
1749:('yes','建设提升四好农村路',L,''),
1761:('yes','盘活闲置农房',L,''),
2182:('yes','海洋生产总值',G,''),
2244:('yes','城镇新增就业',L,''),
2621:('yes','交付保障性租赁住房',L,'全年 -> 2026'),
2714:('yes','累计培育标志性项目',L,'累计 kept; cumulative level reached in 2026'),
2895:('yes','文旅产业增加值',G,''),
2906:('yes','旅游综合收入',G,''),
2919:('yes','入境过夜游客人数',G,''),
3004:('yes','高耗能行业',L,'count of industries covered by the planned transformation; status target like the rest of the plan section (hard call)'),
3053:('yes','启动建设省级零碳园区',L,'shared verb 启动建设 (like 新开工) kept'),
3065:('yes','启动建设绿色工厂',L,'list item composed with shared 启动建设; parenthetical （低碳） treated as alias and dropped; 省级 not distributed'),
3087:('yes','新增电力装机',L,''),
3104:('yes','新增非化石能源装机',L,'其中 breakdown of 新增电力装机: takes 新增 of the figure it breaks down'),
3874:('yes','民生实事',L,'今年 -> 2026; 办好 dropped as achievement verb; 方面 is the classifier'),
3906:('yes','参保孕产妇政策范围内生育费用零自付',L,'全省 place dropped; illustrative 产前检查、住院分娩等 dropped; quote marks removed'),
3956:('yes','举办名中医惠老医养健体服务活动',L,''),
3997:('yes','长护险待遇享受人数',L,'待遇 refers to 长护险 of the preceding clause; composed'),
4090:('yes','新增养老护理、应急救护双持证护理员',L,''),
4135:('yes','为残疾人适配科技辅具服务',L,'illustrative 智能仿生上下肢等 dropped'),
4153:('yes','新增老年大学学位',L,'parenthetical （学校） treated as alias and dropped'),
4176:('yes','新开发老年教育课程',L,'illustrative 人工智能、养生保健等 dropped'),
4211:('yes','为困境、留守儿童进行心理健康评估干预',L,''),
4244:('yes','引育乡村运营人才',L,''),
4258:('yes','带动青年入乡发展',L,''),
4268:('yes','为重点群体提供就业帮扶',L,''),
4317:('yes','面向重点群体开展岗位需求+技能培训+技能评价+就业服务职业技能培训',L,'quote marks removed; quoted mode defines the training type'),
4339:('yes','新增心智障碍及重度残疾人帮扶性就业',L,''),
4354:('yes','建设体彩公益助残点',L,''),
4366:('yes','为退役军人提供就业岗位',L,''),
4380:('yes','为退役军人开展就业帮扶',L,'second item shares 为退役军人 of the first; composed'),
4402:('yes','全域幸福河湖建设',L,''),
4418:('yes','更新改造农村供水管网',L,''),
4456:('yes','为未成年人家庭提供一对一公益家庭教育指导服务',L,''),
4477:('yes','开设幸福家长亲子关系成长课堂',L,''),
4496:('yes','组建青少年心理关爱应急专家团队',L,''),
4514:('yes','举办青少年心理健康辅导专场',L,''),
4547:('yes','打造公益性艺术培训全民艺术学堂',L,''),
4554:('yes','选送品质戏曲进社区进乡村',L,''),
4590:('yes','新建改建和维护提升群众身边的体育场地设施',L,''),
4613:('yes','举办全民健身赛事活动',L,'illustrative 村BA、村跑等 dropped'),
4638:('yes','改造提升乡村公共停车位',L,''),
4646:('yes','学校周边道路高峰交通拥堵治理',L,'完成 dropped (achievement verb), 全省 dropped (place)'),
4703:('yes','新增固定班次+预约响应山区城乡公交线路、城际巴士线路、客货邮融合线路',L,'共 total over three line types; one indicator naming all three'),
4731:('yes','改造提升户外劳动者服务站点',L,''),
4747:('yes','开展专项公益服务活动',L,''),
4758:('yes','整合提升民生服务综合体',L,''),
4797:('yes','建设低标堤防除险加固和标准海塘',L,''),
4816:('yes','提升建设基层应急消防保障点',L,''),
}
rows=list(csv.reader(open(P,encoding='utf-8'),delimiter='\t',quoting=csv.QUOTE_NONE))
hdr=rows[0]; out=[hdr]; seen=set()
for r in rows[1:]:
    s=int(r[0]); f,ind,k,note=M[s]; seen.add(s)
    if f=='no':
        r[5:]=['no','','','','','','',note]
    else:
        d='up' if k==G else ''
        r[5:]=['yes',ind,k,d,'target','2026','浙江省',note]
    assert all('\t' not in x for x in r)
    out.append(r)
assert seen==set(M), set(M)-seen
with open(P,'w',encoding='utf-8',newline='') as fh:
    for r in out: fh.write('\t'.join(r)+'\n')
print(len(out)-1)
