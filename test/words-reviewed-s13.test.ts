// What the reviewers of the twelfth session stopped at in what gongwen writes (../shared/prose.md, GB/T 15834, GB/T 9704),
// each typed as a secretary types it, and the line a reader of the document reads.
import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../src/zh/punctuation.js';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';
import { villageMinutes } from './support/village-minutes.js';
import { appendPoints } from '../src/compile/sections.js';

const minutes = villageMinutes;

describe('decisions under 同意 do not say 同意 again', () => {
  it('会议一致同意以下事项：一、购置……, not 一、同意购置……', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 一致同意', '    要点:', '      - 同意购置灭火器20具', '      - 同意村道两侧设立防火宣传牌10块']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('会议一致同意以下事项：\n\n一、购置灭火器20具。\n\n二、村道两侧设立防火宣传牌10块。');
  });

  it('同意 and 研究同意 alike; another verb of the point (原则同意) and a point under 议定 keep their words', async () => {
    const out = await runRecord('render', minutes([
      '章节:',
      '  - 动词: 研究同意',
      '    要点:',
      '      - 同意张三的低保申请',
      '      - 原则同意李四的宅基地申请',
      '  - 动词: 议定',
      '    要点:',
      '      - 同意王五的危房改造申请',
      '      - 由村委会负责修路',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('会议研究同意以下事项：\n\n一、张三的低保申请。\n\n二、原则同意李四的宅基地申请。');
    expect(out.stdout).toContain('会议议定以下事项：\n\n一、同意王五的危房改造申请。');
  });
});

describe('the 出席 lines of a 纪要 say what was typed', () => {
  it('缺席 is printed 缺席 (absent is not on leave), 请假 is printed 请假, in each form of 纪要', async () => {
    for (const template of ['minutes', 'minutes-header', 'minutes-branch']) {
      const more = ['模板: ' + template, '单位: 石门村党支部', '共识:', '  要点: [做好防火]', '章节:', '  - 动词: 强调', '    内容: 要做好防火工作', '要点: [做好防火]'];
      const absent = await runRecord('render', minutes([...more, '出席: 周桂兰、张强、李红', '缺席: 王五(外出务工)']));
      expect(absent.code, absent.stderr).toBe(0);
      expect(absent.stdout, template).toMatch(/缺席：\**王五（外出务工）/u);
      expect(absent.stdout, template).not.toContain('请假');
      const leave = await runRecord('render', minutes([...more, '出席: 周桂兰、张强、李红', '请假人员: 王五(病假)']));
      expect(leave.stdout, template).toMatch(/请假：\**王五（病假）/u);
      expect(leave.stdout, template).not.toContain('缺席');
    }
  });

  it('应到 and 实到 count the 主持人 when 出席 does not name them', async () => {
    const branch = ['模板: minutes-branch', '单位: 石门村党支部', '共识:', '  要点: [做好防火]'];
    const without = await runRecord('render', minutes([...branch, '出席: 张强、李红、赵六', '缺席: 王五(外出务工)']));
    expect(without.stdout).toContain('会议由村支书周桂兰主持，应到5人，实到4人。');
    const named = await runRecord('render', minutes([...branch, '出席: 周桂兰、张强、李红、赵六', '缺席: 王五(外出务工)']));
    expect(named.stdout).toContain('会议由村支书周桂兰主持，应到5人，实到4人。');
  });
});

describe("a 指挥部's list", () => {
  const plan = (group: string[]) => [
    '类型: 实施方案',
    '标题: 青石镇冬春森林防火工作实施方案',
    '章节:',
    '  - 标题: 组织领导',
    '    内容: 为加强对森林防火工作的领导,镇政府决定成立森林防火指挥部',
    '    领导小组:',
    ...group.map((l) => `      ${l}`),
    '发文机关: 青石镇人民政府',
    '成文日期: 2026年12月1日',
  ];

  it('pads 指挥长 to the width of 副指挥长, as 成　　员 is', async () => {
    const out = await runRecord('render', plan(['名称: 青石镇森林防火指挥部', '指挥长: 镇长 王海涛', '副指挥长: [副镇长 刘建国]', '成员: [林业站站长 陈小红]']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('指 挥 长：王海涛（镇长）\n\n副指挥长：刘建国（副镇长）\n\n成　　员：陈小红（林业站站长）');
  });

  it('职责 after the 办公室 line is said with its subject: 指挥部负责……, not the 办公室\'s', async () => {
    const out = await runRecord('render', plan([
      '名称: 青石镇森林防火指挥部',
      '指挥长: 镇长 王海涛',
      '成员: [林业站站长 陈小红]',
      '办公室: 指挥部下设办公室,办公室设在镇林业站,陈小红兼任办公室主任',
      '职责: 负责全镇森林防火工作的组织、协调和指导',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('陈小红兼任办公室主任。\n\n指挥部负责全镇森林防火工作的组织、协调和指导。');
  });

  it('a 领导小组 the same; 职责 typed with its subject is as typed', async () => {
    const group = (duties: string) => plan(['名称: 青石镇防汛领导小组', '组长: 镇长 王海涛', '成员: [应急办主任 刘建国]', `职责: ${duties}`]);
    const bare = await runRecord('render', group('统筹全镇防汛工作'));
    expect(bare.stdout).toContain('\n\n领导小组统筹全镇防汛工作。');
    const said = await runRecord('render', group('领导小组负责全镇防汛工作'));
    expect(said.stdout).toContain('\n\n领导小组负责全镇防汛工作。');
    expect(said.stdout).not.toContain('领导小组领导小组');
  });
});

describe("a 总结's statistics sentence", () => {
  const summary = (figures: string[]) => [
    '类型: 总结',
    '标题: 路居镇2009年上半年信访工作总结',
    '单位: 路居镇',
    '时期: 2009H1',
    '章节:',
    '  - 标题: 信访业务',
    '    内容:',
    '      - 插入: 信访统计',
    '信访:',
    ...figures.map((l) => `  ${l}`),
  ];

  it('names the channels right after what was 受理, without a colon inside the bracket (prose.md "Statistics")', async () => {
    const out = await runRecord('render', summary(['来信: 5', '来访: 6', '受理: 11', '办理: 11', '办结: 11']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('路居镇2009年上半年受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结率100%。');
    expect(out.stdout).not.toContain('其中：');
  });

  it('with fewer closed than handled, 办结 after 办理', async () => {
    const out = await runRecord('render', summary(['来信: 5', '来访: 6', '受理: 11', '办理: 11', '办结: 9']));
    expect(out.stdout).toContain('受理群众来信来访11件（其中来信5件，来访6件），办理11件，办结9件，办结率81.8%。');
  });
});

describe('short coordinate items typed with a comma take 顿号 (GB/T 15834 §4.5), clauses keep their comma', () => {
  it.each([
    // two levels whose 要求, 部署 … the text names, after a word that opens what they do (按照, 根据 …) or at the start
    ['按照省,市要求,各村要落实专人值守', '按照省、市要求，各村要落实专人值守'],
    ['根据省,市统一部署,结合我镇实际', '根据省、市统一部署，结合我镇实际'],
    ['县,乡领导带头接访', '县、乡领导带头接访'],
    // units after 各 beside those named by the level they belong to (镇直各单位, 县直各部门), as seed 002 writes them (各村委会、镇属各单位)
    ['各村(社区),镇直各单位:', '各村（社区）、镇直各单位：'],
    ['各村,镇直各单位要高度重视', '各村、镇直各单位要高度重视'],
    ['镇直各单位,各村(社区)要按时报送', '镇直各单位、各村（社区）要按时报送'],
    // places where something is forbidden or looked for, after 在, 对 … and before 附近, 周边 … (typed record 18)
    ['严禁在坟地,电力线路附近燃放孔明灯', '严禁在坟地、电力线路附近燃放孔明灯'],
    ['完成对坟山,林区周边的野外火源排查', '完成对坟山、林区周边的野外火源排查'],
    ['严禁在林区,坟地,电力线路附近燃放孔明灯', '严禁在林区、坟地、电力线路附近燃放孔明灯'],
    // acts 严禁, 禁止 … forbids, the last short and ending the sentence, or before 等
    ['清明期间严禁上坟烧纸,烧荒.', '清明期间严禁上坟烧纸、烧荒。'],
    ['严禁上坟烧纸,燃放鞭炮,烧荒', '严禁上坟烧纸、燃放鞭炮、烧荒'],
    ['严禁上坟烧纸,烧荒等野外用火行为', '严禁上坟烧纸、烧荒等野外用火行为'],
    ['工作人员不得推诿,扯皮.', '工作人员不得推诿、扯皮。'],
  ])('%s → %s', (typed, written) => {
    expect(fixPunctuation(typed)).toBe(written);
  });

  it.each([
    '我们到县,市里也有人来',
    '建设城市,县城道路',
    '各村要落实,镇直各单位要配合',
    '在汛期,河道两侧严禁垂钓',
    '在今冬明春,林区周边要设卡',
    '注意防火,林区周边严禁吸烟',
    '严禁吸烟,违者罚款',
    '严禁酒后驾驶,确保安全',
    '严禁烟火,切记',
    '禁止通行,绕道行驶',
    '严禁吸烟,注意安全',
  ])('%s keeps its comma', (typed) => {
    expect(fixPunctuation(typed)).toBe(typed.replaceAll(',', '，'));
  });
});

describe("a 总结's 存在问题 and 下步打算 typed alike are printed alike", () => {
  it('short items typed with their own 一是, 二是 … are one paragraph, as those typed without them and those typed in one line', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 红星乡2026年安全生产工作总结',
      '单位: 红星乡',
      '时期: 2026年',
      '章节:',
      '  - 标题: 基本情况',
      '    内容: 全乡安全生产形势总体平稳.',
      '存在问题:',
      '  - 一是部分企业主体责任落实不到位;',
      '  - 二是村级安全监管力量薄弱,专业人员少;',
      '  - 三是群众安全意识有待提高.',
      '下步打算:',
      '  - 压实企业主体责任',
      '  - 充实村级监管力量',
      '  - 加强安全宣传教育',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('## 二、存在的问题\n\n一是部分企业主体责任落实不到位；二是村级安全监管力量薄弱，专业人员少；三是群众安全意识有待提高。\n\n');
    expect(out.stdout).toContain('## 三、下一步工作打算\n\n一是压实企业主体责任；二是充实村级监管力量；三是加强安全宣传教育。');
  });
});

describe('figures typed in the text that an office does not print so, said at the figure', () => {
  const summary = (text: string[]) => [
    '类型: 总结',
    '标题: 青山镇2026年安全生产工作总结',
    '单位: 青山镇',
    '时期: 2026年',
    '章节:',
    '  - 标题: 基本情况',
    '    内容:',
    ...text.map((t) => `      - ${t}`),
  ];
  /** The code frame's line of carets under the record's line `line` of the message that begins `head`. */
  const carets = (stderr: string, head: string) => {
    const lines = stderr.split('\n');
    const at = lines.findIndex((l) => l.includes(head));
    return lines.slice(at).find((l) => /^\s+\|\s+\^/u.test(l));
  };

  it('12,5亩 (a comma typed for the decimal point) is a warning with 12.5亩, the carets under 12,5亩; printed as typed', async () => {
    const out = await runRecord('render', summary(['全年新增耕地12,5亩,完成植树造林300亩.']));
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/record\.yaml:8:\d+: warning\[decimal-comma\]/u);
    expect(out.stderr.split('\n')[0]).toContain('12,5亩');
    expect(out.stderr).toContain('12.5亩');
    expect(carets(out.stderr, 'decimal-comma')).toMatch(/\| {21}\^{6}$/u);
    expect(out.stdout).toContain('新增耕地12,5亩，');
  });

  it('thousands (12,500元), a telephone list and numbers of a list (第1,2组) pass without a word', async () => {
    const out = await runRecord('render', summary(['全年投入资金12,500元,第1,2组已完工.', '值班电话:0739-5321234,13907391234']));
    expect(out.stderr).toBe('');
  });

  it('排查0件 is a warning that says how an office writes none (未排查出……), at the figure; counts that are not none pass', async () => {
    const out = await runRecord('render', summary(['全年排查0件重大隐患,发生0起安全事故.', '全年排查隐患12件,整改率100%.']));
    expect(out.code).toBe(0);
    const warnings = out.stderr.split('\n').filter((l) => l.includes('warning[zero-count]'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/record\.yaml:8:\d+: .*排查0件.*未排查出/u);
    expect(warnings[1]).toMatch(/发生0起.*未发生/u);
    expect(carets(out.stderr, '排查0件')).toMatch(/\| {13}\^{7}$/u);
  });

  it('the carets of amount-styles-mixed stand under the amount in 元, not under the value\'s first character', async () => {
    const out = await runRecord('render', summary(['拨付东村村道硬化资金3.5万元', '拨付西村村道硬化资金36500元']));
    expect(out.stderr).toMatch(/record\.yaml:9:19: warning\[amount-styles-mixed\]/u);
    expect(carets(out.stderr, 'amount-styles-mixed')).toMatch(/\| {29}\^{7}$/u);
  });
});

describe("table-total-mismatch says one thing in brackets, and marks the total", () => {
  it('the expected line holds no bracket after the message\'s own (the path); the carets stand under 21', async () => {
    const out = await runRecord('render', [
      '类型: 实施方案',
      '标题: 青石镇冬春森林防火工作实施方案',
      '章节:',
      '  - 标题: 物资保障',
      '    表格:',
      '      表头: [村名, 灭火器（个）]',
      '      行:',
      '        - [东村, 12]',
      '        - [西村, 8]',
      '        - [合计, 21]',
    ], { GONGWEN_LANG: 'zh' });
    const lines = out.stderr.split('\n');
    expect(lines[0]).toMatch(/^record\.yaml:10:16: 警告\[table-total-mismatch\]/u);
    expect(lines[1]).toBe('  应为：合计等于上面各行之和');
    expect(lines[2]).toBe('  提示：表格照填写的数字印出，请改正合计或有误的那一行');
    expect(lines.find((l) => /^\s+\|\s+\^/u.test(l))).toMatch(/\| {18}\^{2}$/u);
  });
});

describe('a lead that already counts its points says the count once, the right one', () => {
  const lead = (text: string, unit = '点', n = 4) => appendPoints(text, ['落实责任', '排查隐患', '储备物资', '组织演练'].slice(0, n), unit);
  it.each([
    ['做好防汛工作,必须做到以下几点', '点', '做好防汛工作,必须做到以下四点：'],
    ['做好防汛工作,必须做到5点', '点', '做好防汛工作,必须做到四点：'],
    ['做好防汛工作,必须做到五点:', '点', '做好防汛工作,必须做到四点：'],
    ['做好防汛工作,要抓好以下三个方面', '点', '做好防汛工作,要抓好以下四个方面：'],
    ['做好防汛工作,要抓好以下方面:', '点', '做好防汛工作,要抓好以下四个方面：'],
    ['重点抓好以下5个方面的工作:', '个方面', '重点抓好以下四个方面的工作：'],
    ['重点抓好以下几项工作', '项', '重点抓好以下四项工作：'],
  ])('%s (量词 %s) → %s', (typed, unit, written) => {
    expect(lead(typed, unit)).toBe(`${written}一是落实责任；二是排查隐患；三是储备物资；四是组织演练。`);
  });

  it('a lead without a count is counted as before: 必须做到 → 必须做到四点：; 做好以下工作： → 做好以下四点工作：', () => {
    expect(lead('做好防汛工作,必须做到')).toMatch(/^做好防汛工作,必须做到四点：一是/u);
    expect(lead('做好以下工作:')).toMatch(/^做好以下四点工作：一是/u);
  });

  it('in a 纪要: 会议强调，做好防汛工作，必须做到以下四点：, not 以下四点几点：', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 强调', '    内容: 做好防汛工作,必须做到以下几点', '    量词: 点', '    要点: [落实责任, 排查隐患, 储备物资, 组织演练]']));
    expect(out.stdout).toContain('会议强调，做好防汛工作，必须做到以下四点：一是落实责任；');
  });
});

describe('a 领导小组 said in one sentence (样式: sentence)', () => {
  const plan = (content: string, group: string[]) => [
    '类型: 实施方案',
    '标题: 青溪镇“清廉村居”建设活动实施方案',
    '章节:',
    '  - 标题: 组织领导',
    `    内容: ${content}`,
    '    领导小组:',
    '      样式: sentence',
    ...group.map((l) => `      ${l}`),
  ];
  const members = ['组长: 镇党委书记 黄立军', '副组长: [镇长 李明辉, 镇党委副书记 钟伟]', '成员: 马超 邓辉 何敏 各村支部书记'];

  it('builds the sentence once where the lead already says 决定成立…领导小组, and prints the 办公室 after it', async () => {
    const out = await runRecord('render', plan('为确保活动取得实效,镇党委决定成立活动领导小组', [
      ...members,
      '办公室: 领导小组下设办公室,办公室设在镇综治中心,何敏同志兼任办公室主任',
      '职责: 负责活动的组织领导和统筹协调',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(
      '为确保活动取得实效，镇党委决定成立由镇党委书记黄立军任组长，镇长李明辉、镇党委副书记钟伟任副组长，马超、邓辉、何敏、各村支部书记为成员的活动领导小组，负责活动的组织领导和统筹协调。领导小组下设办公室，办公室设在镇综治中心，何敏同志兼任办公室主任。',
    );
  });

  it('a group typed after a name in the list of members is no post of that name (何敏 各村支部书记)', async () => {
    const out = await runRecord('render', plan('为确保活动取得实效,镇党委决定成立活动领导小组', members).map((l) => l.replace('      样式: sentence', '      名称: 活动领导小组')));
    expect(out.stdout).toContain('成　员：马超、邓辉、何敏、各村支部书记');
  });
});

describe('a 标题 typed with its own number is numbered once, by gongwen', () => {
  it('一、指导思想 → 一、指导思想 (not 一、一、); (1)排查目标 under it → （一）排查目标; a phase typed 1.动员部署阶段 the same', async () => {
    const out = await runRecord('render', [
      '类型: 实施方案',
      '标题: 青溪镇矛盾纠纷排查化解工作实施方案',
      '章节:',
      '  - 标题: 一、指导思想',
      '    内容: 坚持预防为主.',
      '  - 标题: 2.工作目标',
      '    小节:',
      '      - 标题: (1)排查目标',
      '        内容: 排查率达100%.',
      '      - 标题: （2）化解目标',
      '        内容: 化解率达95%以上.',
      '  - 标题: 实施步骤',
      '    阶段:',
      '      - 名称: 1.动员部署阶段',
      '        起: 2025年4月1日',
      '        止: 2025年4月10日',
      '        内容: 召开动员会.',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('## 一、指导思想\n');
    expect(out.stdout).toContain('## 二、工作目标\n');
    expect(out.stdout).toContain('### （一）排查目标\n');
    expect(out.stdout).toContain('### （二）化解目标\n');
    expect(out.stdout).toContain('（一）动员部署阶段（2025年4月1日至4月10日）。');
  });
});

describe('a speech says its 称谓 once', () => {
  const speech = (opening: string) => ['类型: 讲话', '标题: 在全镇春季森林防火工作会议上的讲话', `开头: ${opening}`, '章节:', '  - 标题: 提高认识', '    内容: 森林防火只有起点,没有终点.'];

  it('an opening that greets (同志们好！, 同志们，大家好！) gives the 称谓, and is not printed after it', async () => {
    for (const greeting of ['同志们好!', '同志们,大家好!']) {
      const out = await runRecord('render', speech(`${greeting}今天召开全镇春季森林防火工作会议.`));
      expect(out.stderr).toBe('');
      expect(out.stdout, greeting).toContain('同志们：\n\n今天召开全镇春季森林防火工作会议。');
      expect(out.stdout.match(/同志们/gu), greeting).toHaveLength(1);
    }
  });

  it('a Markdown speech whose body begins with 同志们: prints it once, as the 称谓', async () => {
    const dir = folderWith({ '讲话.md': ['---', '类型: 讲话', '标题: 在全镇防汛工作推进会上的讲话', '---', '', '同志们:', '', '今天召开这个推进会,主要是部署防汛工作.', ''].join('\n') });
    const out = await runCli(['render', '讲话.md'], dir);
    expect(out.stderr).toBe('');
    expect(out.stdout.match(/同志们/gu)).toHaveLength(1);
    expect(out.stdout).toContain('同志们：\n\n今天召开这个推进会，主要是部署防汛工作。');
  });
});

describe('what a meeting heard and studied, said as a 纪要 says it', () => {
  it('听取 typed without 汇报 is 听取了……的汇报; typed with it, as typed', async () => {
    const bare = await runRecord('render', minutes(['听取: 镇财政所关于1-7月预算执行情况', '章节:', '  - 动词: 要求', '    内容: 各村要严格执行预算']));
    expect(bare.stdout).toContain('会议听取了镇财政所关于1—7月预算执行情况的汇报。');
    const said = await runRecord('render', minutes(['听取: 镇应急办关于汛前隐患排查情况的汇报', '章节:', '  - 动词: 要求', '    内容: 各村要严格执行预算']));
    expect(said.stdout).toContain('会议听取了镇应急办关于汛前隐患排查情况的汇报。');
    expect(said.stdout).not.toContain('汇报的汇报');
  });

  it('传达学习 takes its object without a comma: 会议传达学习了县委十五届八次全会精神。', async () => {
    const out = await runRecord('render', minutes(['章节:', '  - 动词: 传达学习', '    内容: 县委十五届八次全会精神']));
    expect(out.stdout).toContain('会议传达学习了县委十五届八次全会精神。');
    // the commonest verb of a 纪要 is no unknown verb (records/meetingVerbs takes zh/meeting OBJECT_VERBS)
    expect(out.stderr).toBe('');
  });
});

describe('{{章节数}} counts what the listener hears counted', () => {
  it('a section with 编号: false is not one of the points announced: 我再强调三点意见 over 一、二、三、', async () => {
    const out = await runRecord('render', [
      '类型: 讲话',
      '标题: 在全镇安全生产工作会议上的讲话',
      '开头: 下面,我再强调{{章节数}}点意见.',
      '章节:',
      ...['提高认识', '压实责任', '狠抓落实'].flatMap((t) => [`  - 标题: ${t}`, '    内容: 要做好工作.']),
      '  - 标题: 几点具体要求',
      '    编号: false',
      '    内容: 各村要按时报送.',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('下面，我再强调三点意见。');
  });
});

describe("a case's 涉及金额 in 万元 only where it takes one or two decimals (prose.md)", () => {
  it('20000.5 is 20000.5元, not 2.00005万元; 36500 is 3.65万元', async () => {
    const record = (amount: string) => [
      '类型: 总结',
      '标题: 青山镇2025年矛盾纠纷排查化解工作总结',
      '单位: 青山镇',
      '时期: 2025年',
      '章节:',
      '  - 标题: 基本情况',
      '    内容:',
      '      - 插入: 矛盾纠纷',
      '矛盾纠纷:',
      '  排查: 1',
      '  化解: 1',
      '  案例:',
      '    - 时间: 2025年3月2日',
      '      简要情况: 两户因田埂发生争执',
      '      调处结果: 双方达成协议',
      `      涉及金额: ${amount}`,
      '      化解状态: 已化解',
    ];
    const odd = await runRecord('render', record('20000.5'));
    expect(odd.stdout).toContain('涉及金额20000.5元');
    expect(odd.stdout).not.toContain('万元');
    const even = await runRecord('render', record('36500'));
    expect(even.stdout).toContain('涉及金额3.65万元');
  });
});

describe('a range in 万 says 万 after both numbers (GB/T 15835-2011: 13万元～17万元, not 13～17万元)', () => {
  it.each([
    ['每户3-5万元', '每户3万～5万元'],
    ['每个投入8-10万元', '每个投入8万～10万元'],
    ['预计年收益4.8-5.2万元', '预计年收益4.8万～5.2万元'],
    ['每户补助3~5万元', '每户补助3万～5万元'],
    // plain units say theirs once
    ['工期3-5天', '工期3～5天'],
    ['每户30-50元', '每户30～50元'],
    ['提高15%-20%', '提高15%～20%'],
  ])('%s → %s', (typed, written) => {
    expect(fixPunctuation(typed)).toBe(written);
  });
});
