import { describe, expect, it, test } from 'vitest';
import { fixPunctuation } from '../../src/zh/punctuation.js';
import { joinShortItems } from '../../src/zh/shortItems.js';

// Text as a secretary types it (half-width commas), as the document prints it.
const cases = (pairs: Array<[string, string]>) => pairs.forEach(([typed, printed]) => expect(fixPunctuation(typed), typed).toBe(printed));

describe('short coordinate items typed with commas take 顿号 (GB/T 15834 §4.5)', () => {
  test('three-character items of a slogan: the same adverb before each, or a period', () => {
    cases([
      ['落实早发现,早报告,早处置的要求', '落实早发现、早报告、早处置的要求'],
      ['做到矛盾早发现,早报告,早处置.', '做到矛盾早发现、早报告、早处置。'],
      ['严把关,严审查,严追责', '严把关、严审查、严追责'],
      ['早着手,早部署,确保万无一失', '早着手、早部署，确保万无一失'],
      ['实行日排查,周报告,月分析,做到心中有数', '实行日排查、周报告、月分析，做到心中有数'],
      // three words or more of two characters, the middle ones alone between commas
      ['全面清理房前屋后杂物,柴草,粪堆.', '全面清理房前屋后杂物、柴草、粪堆。'],
      // three words or more of two characters with the same first one
      ['确保公开,公平,公正!', '确保公开、公平、公正！'],
    ]);
  });

  test('lists the seventh session left with their commas, where their shape makes them sure', () => {
    cases([
      // acts of disorder, 乱 and one character: two are enough
      ['加快推进农村生活污水治理,杜绝污水乱排,乱倒', '加快推进农村生活污水治理，杜绝污水乱排、乱倒'],
      ['整治乱搭,乱建,乱堆现象', '整治乱搭、乱建、乱堆现象'],
      // three items before 等 and the act done with them
      ['利用房前屋后空地,荒地,闲置地等开展植树造林', '利用房前屋后空地、荒地、闲置地等开展植树造林'],
      // two items after a verb whose objects they are, before 等 and the word that says what they are
      ['新建油茶基地200亩,发展黄桃,猕猴桃等特色产业300亩', '新建油茶基地200亩，发展黄桃、猕猴桃等特色产业300亩'],
      ['2027年重点发展油茶,黄桃等特色产业,新增面积300亩', '2027年重点发展油茶、黄桃等特色产业，新增面积300亩'],
      ['确保种子,化肥,农药等农资供应充足', '确保种子、化肥、农药等农资供应充足'],
      // a clause before the first item's verb keeps its comma
      ['一是抓好春耕备耕,确保种子,化肥,农药等农资供应充足', '一是抓好春耕备耕，确保种子、化肥、农药等农资供应充足'],
      // parallel acts, each beginning with a verb: the one before the first comma is one of them (s8-qa)
      ['对重点人员采取教育疏导,严格管控,落实稳控等措施', '对重点人员采取教育疏导、严格管控、落实稳控等措施'],
      ['各村要积极开展宣传,认真排查,及时调处等工作', '各村要积极开展宣传、认真排查、及时调处等工作'],
      ['通过加强领导,落实责任,强化督查等推进工作落实', '通过加强领导、落实责任、强化督查等推进工作落实'],
      ['40%用于扶持脱贫户,监测户等困难群体', '40%用于扶持脱贫户、监测户等困难群体'],
      // a quotation of three words of two characters or more
      ['以"清脏,治乱,增绿"为重点', '以“清脏、治乱、增绿”为重点'],
      // what stays: phrases of four characters in a quotation, a clause before the verb that opens the list, 等 before anything else
      ['坚持"政府主导,群众主体,社会参与"的原则', '坚持“政府主导，群众主体，社会参与”的原则'],
      ['他们经常乱说,乱动', '他们经常乱说，乱动'],
      ['先摸清底数,排查隐患,等上级通知', '先摸清底数，排查隐患，等上级通知'],
    ]);
  });

  test('days named side by side: festivals, the sessions of a year, days of the week', () => {
    cases([
      ['重点管控清明,春节等时段', '重点管控清明、春节等时段'],
      ['全力做好全国两会,国庆等重要节点信访维稳工作', '全力做好全国两会、国庆等重要节点信访维稳工作'],
      ['每周一,周四由乡领导轮流接访', '每周一、周四由乡领导轮流接访'],
    ]);
  });

  test('items before 等: two to four characters, the middle ones alone between commas', () => {
    cases([
      ['各村要利用广播,标语,明白纸等形式开展宣传', '各村要利用广播、标语、明白纸等形式开展宣传'],
      ['主要涉及土地流转,征地拆迁,婚姻家庭等方面', '主要涉及土地流转、征地拆迁、婚姻家庭等方面'],
      // two items: the first stands alone, after a word that opens a list or after a mark
      ['纠纷涉及土地流转,征地拆迁等问题', '纠纷涉及土地流转、征地拆迁等问题'],
      ['但土地流转,征地拆迁等领域矛盾仍然比较突出', '但土地流转、征地拆迁等领域矛盾仍然比较突出'],
      ['会议指出,加强领导,落实责任等工作要常抓不懈', '会议指出，加强领导、落实责任等工作要常抓不懈'],
      ['同时,宣传,排查等工作要跟上', '同时，宣传、排查等工作要跟上'],
    ]);
  });

  test('clauses keep their commas', () => {
    cases([
      // clauses of four characters, headings of two clauses
      ['会议认为,成绩显著,问题突出.', '会议认为，成绩显著，问题突出。'],
      ['统一思想,提高认识', '统一思想，提高认识'],
      // two words of two characters are not sure: 要亲自抓，负总责
      ['要亲自抓,负总责', '要亲自抓，负总责'],
      ['采取"领导牵头,信访协调,部门负责"的办法', '采取“领导牵头，信访协调，部门负责”的办法'],
      // a subject and its predicate; a verb and its object repeated; words, not items of a slogan
      ['各部门,各司其职', '各部门，各司其职'],
      ['要抓党建,抓发展,抓稳定', '要抓党建，抓发展，抓稳定'],
      ['情况严重,严肃处理', '情况严重，严肃处理'],
      ['问题的严重性,严格执行规定', '问题的严重性，严格执行规定'],
      ['全县上下,全力以赴', '全县上下，全力以赴'],
      // a date, a place and the people a case is about (README, typed record 05): 等 before a count, or before no word that says what the items are
      ['2024年6月3日,白水镇,刘某等14名务工人员被拖欠工资', '2024年6月3日，白水镇，刘某等14名务工人员被拖欠工资'],
      ['2024年6月3日,红星村,村民等聚集在村部', '2024年6月3日，红星村，村民等聚集在村部'],
      // 等 that is a verb, or part of a word
      ['要主动作为,不能坐等', '要主动作为，不能坐等'],
      ['各村,乡镇等待通知', '各村，乡镇等待通知'],
      // where the first item begins is not sure; an item longer than four characters
      ['重点抓好宣传,排查等工作', '重点抓好宣传，排查等工作'],
      ['你们尽给我灌黑水,不理解,不支持', '你们尽给我灌黑水，不理解，不支持'],
      ['开展宣传,排查,调处矛盾纠纷等工作', '开展宣传，排查，调处矛盾纠纷等工作'],
      // an item with 的 in it is a phrase of its own
      ['反映群众的诉求,意见等', '反映群众的诉求，意见等'],
    ]);
  });

  // s7-r2, records typed as a 信访 case is written
  test('a slogan whose last item goes on is all commas or all 顿号, never some of each', () => {
    cases([
      ['实行日排查,周报告,月分析制度', '实行日排查、周报告、月分析制度'],
      ['做到早发现,早报告,早处置到位', '做到早发现，早报告，早处置到位'],
      ['做到早发现,早报告,严肃处理', '做到早发现、早报告，严肃处理'],
    ]);
  });

  test('a state of a subject is a clause, not the first of a list of acts', () => {
    cases([
      ['个别上访人情绪激动,哭闹,谩骂,拒不离开', '个别上访人情绪激动，哭闹，谩骂，拒不离开'],
      ['现场秩序混乱,围观,起哄,堵路,影响恶劣', '现场秩序混乱，围观，起哄，堵路，影响恶劣'],
      ['该户房屋老旧,漏雨,开裂,存在安全隐患', '该户房屋老旧，漏雨，开裂，存在安全隐患'],
      // the words after a verb or 的 are still items
      ['房前屋后的垃圾,杂物,柴草,粪堆', '房前屋后的垃圾、杂物、柴草、粪堆'],
      ['不得迟报,漏报,瞒报.', '不得迟报、漏报、瞒报。'],
    ]);
  });

  test('a list before 等 begins at the preposition its first item begins with', () => {
    cases([
      ['完善村级视频监控,在村口,学校,集市等重点部位新增监控探头', '完善村级视频监控，在村口、学校、集市等重点部位新增监控探头'],
      ['加强巡查,对坟山,林区,景区等重点部位落实专人看守', '加强巡查，对坟山、林区、景区等重点部位落实专人看守'],
      // a word that begins with the same character is an item
      ['组织村干部,在职党员,退休人员等群体参加', '组织村干部、在职党员、退休人员等群体参加'],
    ]);
  });

  test('text already written with 顿号 is left as it is', () => {
    cases([['做到早发现、早报告、早处置', '做到早发现、早报告、早处置']]);
  });
});

describe('items the text counts itself (…，…和…三件事)', () => {
  it.each([
    ['专题研究今冬明春防火，低保评议和村道硬化三件事。', '专题研究今冬明春防火、低保评议和村道硬化三件事。'],
    ['重点抓好道路，水利，电网和通信四项工作。', '重点抓好道路、水利、电网和通信四项工作。'],
    ['部署了防火，低保及村道三项任务。', '部署了防火、低保及村道三项任务。'],
    // the list begins after the run's first comma (review, ninth session)
    ['会议明确，防火，低保和村道三件事。', '会议明确，防火、低保和村道三件事。'],
    ['会议强调，安全，稳定和发展三件大事。', '会议强调，安全、稳定和发展三件大事。'],
  ])('%s', (typed, printed) => {
    expect(joinShortItems(typed)).toBe(printed);
  });

  it.each([
    // a clause (了) and a count that is not the items'
    '会议听取汇报，讨论了方案和预算两个问题。',
    // three items, 四 said: the count is the writer's to mend, the commas are left
    '重点抓好道路，水利和通信四项工作。',
    '对工作不力，造成火灾和损失两方面的责任。',
    // an item that is a clause (了) is no item, whatever the count says
    '部署防火，落实了低保和村道三项任务。',
  ])('keeps the commas of %s', (typed) => {
    expect(joinShortItems(typed)).toBe(typed);
  });
});
