// What this session's reviewer stopped at in what gongwen writes (/work/FINDINGS.md, [words]), each typed as a secretary
// types it, and the line a reader of the document reads (../shared/prose.md, GB/T 9704, GB/T 15834, GB/T 15835).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../src/zh/punctuation.js';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';

const cases = (pairs: Array<[string, string]>) => pairs.forEach(([typed, printed]) => expect(fixPunctuation(typed), typed).toBe(printed));

describe('a speech pasted as a Markdown record ends with its own thanks, once', () => {
  it('the body ending 谢谢大家！ gets no second 致谢', async () => {
    const dir = folderWith({
      'speech.md': ['---', '类型: 讲话', '标题: 在全镇经济工作会议上的讲话', '讲话人: 镇长 李明辉', '日期: 2026年2月26日', '---', '', '同志们：', '', '今天召开全镇经济工作会议。', '', '　　谢谢大家！', ''].join('\n'),
    });
    const out = await runCli(['render', 'speech.md'], dir);
    expect(out.stderr).toBe('');
    expect(out.stdout.split('谢谢大家').length - 1).toBe(1);
    expect(out.stdout.trimEnd().endsWith('谢谢大家！')).toBe(true);
  });
});

describe('figures and marks typed on a phone (GB/T 15835: no space between Chinese text and a figure; GB/T 15834 §4.1)', () => {
  it('a space typed between Chinese text and a figure is left out', () => {
    cases([
      ['村级集体经济项目上半年收益 3.6万元,带动就业 12人', '村级集体经济项目上半年收益3.6万元，带动就业12人'],
      ['共排查 15 处隐患', '共排查15处隐患'],
    ]);
  });

  it('a space between Latin words or figures alone is kept', () => {
    cases([['Windows 10 系统', 'Windows 10 系统']]);
  });

  it('corner quotes 「」『』 are the quotation marks of a mainland 公文: “” and ‘’', () => {
    cases([
      ['關於落實「三會一課」制度', '關於落實“三會一課”制度'],
      ['各支部要严格落实『三会一课』制度', '各支部要严格落实‘三会一课’制度'],
      ['他说：「要落实『三会一课』制度」', '他说：“要落实‘三会一课’制度”'],
    ]);
  });

  it('a sentence that ends after a time before Chinese text ends in 。', () => {
    cases([
      ['时间:2026年5月15日上午9:00—11:30.地点:龙潭镇龙潭河堤段.', '时间：2026年5月15日上午9:00—11:30。地点：龙潭镇龙潭河堤段。'],
      ['时间为上午9:00-11:30.地点在村部.', '时间为上午9:00至11:30。地点在村部。'],
    ]);
  });
});

describe('the 份号 as GB/T 9704 §7.2.1 writes it: six digits', () => {
  it('份号: 000023 (read by YAML as the number 23) prints 000023', async () => {
    const out = await runRecord('render', ['类型: 实施方案', '份号: 000023', '标题: 龙潭镇防汛工作实施方案', '依据: 为做好防汛工作,制定本方案.', '章节:', '  - 标题: 工作要求', '    内容: 各村要落实责任.', '落款: 龙潭镇人民政府', '成文日期: 2026年5月6日']);
    expect(out.stderr).toBe('');
    // the first line of the document, above the 版头 (§7.2.1)
    expect(out.stdout.split('\n')[0]).toBe('000023');
    expect(out.stdout).not.toMatch(/(?<!\d)23(?!\d)/u);
  });
});

describe('a phase with one end', () => {
  it('起 alone is (…起), 止 alone (…前)', async () => {
    const out = await runRecord('render', [
      '类型: 实施方案',
      '标题: 龙潭镇冬春火灾防控工作实施方案',
      '依据: 为做好冬春火灾防控工作,制定本方案.',
      '章节:',
      '  - 标题: 实施步骤',
      '    阶段:',
      '      - 名称: 集中整治阶段',
      '        起: 2025年12月1日',
      '        止: 2026年3月31日',
      '        内容: 开展集中整治.',
      '      - 名称: 长效管护阶段',
      '        起: 2026年4月1日',
      '        内容: 落实管护责任.',
      '      - 名称: 排查摸底阶段',
      '        止: 2026年4月30日',
      '        内容: 完成排查.',
      '落款: 龙潭镇人民政府',
      '成文日期: 2025年11月20日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('（二）长效管护阶段（2026年4月1日起）。');
    expect(out.stdout).toContain('（三）排查摸底阶段（2026年4月30日前）。');
    expect(out.stdout).toContain('（一）集中整治阶段（2025年12月1日至2026年3月31日）。');
  });
});

describe('a speech announces the count of its numbered sections', () => {
  it('开头 says 三点意见 over four sections: a warning at the count, printed as typed', async () => {
    const out = await runRecord('render', [
      '类型: 讲话',
      '标题: 在全镇防汛工作会议上的讲话',
      '开头: 今天召开全镇防汛工作会议.下面,我讲三点意见.',
      '章节:',
      '  - 标题: 提高认识',
      '    内容: 要提高认识.',
      '  - 标题: 压实责任',
      '    内容: 要压实责任.',
      '  - 标题: 强化保障',
      '    内容: 要强化保障.',
      '  - 标题: 强化应急值守',
      '    内容: 要强化值守.',
    ]);
    // (the carets under the count as typed, at its 讲: column 22)
    expect(out.stderr).toContain('record.yaml:3:22: warning[announced-count]');
    expect(out.stderr).toContain('4 numbered sections');
    expect(out.stderr).toContain('讲三点意见');
    expect(out.stdout).toContain('下面，我讲三点意见。');
  });

  it('a count that agrees, or {{章节数}}, says nothing', async () => {
    for (const opening of ['开头: 下面,我讲两点意见.', '开头: 下面,我讲{{章节数}}点意见.']) {
      const out = await runRecord('render', ['类型: 讲话', '标题: 在全镇防汛工作会议上的讲话', opening, '章节:', '  - 标题: 提高认识', '    内容: 要提高认识.', '  - 标题: 压实责任', '    内容: 要压实责任.']);
      expect(out.stderr, opening).toBe('');
      expect(out.stdout).toContain('下面，我讲两点意见。');
    }
  });
});

describe('存在问题 typed as a list of one-clause items is 一是……；二是……。 (prose.md 总结)', () => {
  it('items ended with full stops, one clause each', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 青溪镇2025年上半年巩固脱贫攻坚成果工作总结',
      '前言: 今年以来,我镇扎实推进巩固脱贫攻坚成果工作.',
      '章节:',
      '  - 标题: 主要工作',
      '    内容: 扎实开展防返贫动态监测.',
      '存在问题:',
      '  - 产业项目联农带农机制还不够完善.',
      '  - 部分脱贫户内生动力不足,“等靠要”思想仍然存在.',
      '落款:',
      '  单位: 青溪镇人民政府',
      '  日期: 2025年7月3日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('一是产业项目联农带农机制还不够完善；二是部分脱贫户内生动力不足，“等靠要”思想仍然存在。');
  });

  it('items that hold sentences stay paragraphs', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 青溪镇2025年上半年巩固脱贫攻坚成果工作总结',
      '前言: 今年以来,我镇扎实推进巩固脱贫攻坚成果工作.',
      '章节:',
      '  - 标题: 主要工作',
      '    内容: 扎实开展防返贫动态监测.',
      '存在问题:',
      '  - 产业项目联农带农机制还不够完善.部分项目收益不稳定.',
      '  - 部分脱贫户内生动力不足.',
      '落款:',
      '  单位: 青溪镇人民政府',
      '  日期: 2025年7月3日',
    ]);
    expect(out.stdout).toContain('产业项目联农带农机制还不够完善。部分项目收益不稳定。\n\n部分脱贫户内生动力不足。');
  });
});

describe('the 版记: 印发机关 with its 印发日期 (GB/T 9704 §7.4.3)', () => {
  it('印发机关 given without 印发日期: printed on the 成文日期', async () => {
    const out = await runRecord('render', ['类型: 实施方案', '标题: 龙潭镇防汛工作实施方案', '依据: 为做好防汛工作,制定本方案.', '章节:', '  - 标题: 工作要求', '    内容: 各村要落实责任.', '落款: 龙潭镇人民政府', '成文日期: 2026年5月6日', '印发机关: 龙潭镇党政办公室']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/龙潭镇党政办公室[\s\S]{0,40}2026年5月6日印发/u);
  });
});

describe('a title broken at words (GB/T 9704 §7.3.1 词意完整)', () => {
  it('高标准农田, 安全隐患 and 第12次 are never cut', async () => {
    const { titleLines } = await import('../src/compile/titleLines.js');
    for (const title of ['县农业农村局关于2025年高标准农田建设项目资金使用情况专项审计整改工作的实施方案', '关于进一步加强全镇农村自建房安全隐患排查整治工作的实施方案', '县农业农村局党组2025年第12次会议纪要', '青溪镇关于开展第五次全国经济普查清查工作的实施方案']) {
      const lines = titleLines(title);
      expect(lines.join(''), title).toBe(title);
      expect(lines.length, title).toBeGreaterThan(1);
      for (const [i, line] of lines.entries()) {
        const next = lines[i + 1];
        if (!next) continue;
        const seam = line.slice(-2) + '|' + next.slice(0, 2);
        for (const whole of ['高标准农田', '安全隐患', '第12次', '经济普查', '自建房']) {
          const at = (line + next).indexOf(whole);
          expect(at < 0 || at + whole.length <= line.length || at >= line.length, `${title}: ${seam}`).toBe(true);
        }
      }
    }
  });
});

describe('people as a 纪要 names them (zh/names)', () => {
  it('a section of a bureau before a name is the name\'s unit: 记录：安全股龚丽, not 安全股、龚丽', async () => {
    const out = await runRecord('render', ['类型: 纪要', '标题: 县教育局安全工作会议纪要', '日期: 2025年6月12日', '地点: 县教育局三楼会议室', '主持人: 县教育局党组成员、副局长 谢文', '会议名称: 安全工作专题会议', '章节:', '  - 动词: 强调', '    内容: 要抓好校园安全.', '参加人员: 各股室负责人', '记录: 安全股 龚丽']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('安全股龚丽');
    expect(out.stdout).not.toContain('安全股、龚丽');
  });

  it('主持人 typed name(posts): the opening sentence names the posts first', async () => {
    const out = await runRecord('render', ['类型: 纪要', '标题: 镇政府常务会议纪要', '日期: 2025年8月12日上午', '地点: 镇政府三楼会议室', '主持人: 李明辉(镇党委副书记、镇长)', '会议名称: 镇政府2025年第15次常务会议', '章节:', '  - 动词: 强调', '    内容: 要抓好秋冬季森林防火工作.']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('镇党委副书记、镇长李明辉在镇政府三楼会议室主持召开了镇政府2025年第15次常务会议。');
  });
});

describe('figures typed short in running text (GB/T 15835)', () => {
  it('a comma after a percentage before Latin text; a month or a day typed with a point or a slash before 起, 前, 止', () => {
    cases([
      ['GDP增长6.8%,PPP项目3个', 'GDP增长6.8%，PPP项目3个'],
      ['从2025.3起执行,至2025.12止', '从2025年3月起执行，至2025年12月止'],
      ['各村要在3.15前上报,3/20前整改到位', '各村要在3月15日前上报，3月20日前整改到位'],
    ]);
  });

  it('a decimal before anything else, or no valid day, is kept', () => {
    cases([
      ['亩产提高3.15公斤', '亩产提高3.15公斤'],
      ['在2/30前完成', '在2/30前完成'],
    ]);
  });
});

describe('a 领导小组 listed after the sentence that sets it up', () => {
  it('a lead ending 成立……指挥部。 leads into the list: ……指挥部，组成人员如下：', async () => {
    const out = await runRecord('render', [
      '类型: 实施方案',
      '标题: 青溪镇2025年森林防灭火工作实施方案',
      '依据: 为做好森林防灭火工作,制定本方案.',
      '章节:',
      '  - 标题: 组织领导',
      '    内容: 镇政府决定成立青溪镇森林防灭火指挥部.',
      '    领导小组:',
      '      组长: 镇长 李明辉',
      '      成员: [马超, 邓辉]',
      '落款: 青溪镇人民政府',
      '成文日期: 2025年2月26日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('镇政府决定成立青溪镇森林防灭火指挥部，组成人员如下：');
  });
});

describe('one style of amount a document (amount-styles-mixed)', () => {
  const summary = (more: string[]) => ['类型: 总结', '标题: 青溪镇2025年上半年矛盾纠纷排查化解工作总结', '单位: 青溪镇', '时期: 2025H1', ...more, '章节:', '  - 标题: 矛盾纠纷排查化解', '    内容:', '      - 插入: 矛盾纠纷', '落款:', '  单位: 青溪镇人民政府', '  日期: 2025年6月30日'];
  const oneCase = (amount: number) => ['矛盾纠纷:', '  案例:', '    - 时间: 2025年4月2日', '      地点: 白鹤村', '      简要情况: 宅基地界址不清', '      调处结果: 双方达成协议', `      涉及金额: ${amount}`, '      化解状态: 已化解'];

  it('1,286.5万元 is quoted whole', async () => {
    const out = await runRecord('render', summary(['前言: 上半年共投入资金1,286.5万元,发放助学金共计36500元.']));
    expect(out.stderr).toContain('warning[amount-styles-mixed]');
    expect(out.stderr).toContain('1,286.5万元');
    expect(out.stderr).not.toMatch(/[“"]286\.5万元/u);
  });

  it('a case\'s 涉及金额 printed in 万元 is the 万元 the typed 元 is held against', async () => {
    const out = await runRecord('render', summary(['前言: 上半年发放助学金共计36500元.', ...oneCase(28000)]));
    expect(out.stdout).toContain('涉及金额2.8万元');
    expect(out.stderr).toContain('warning[amount-styles-mixed]');
    expect(out.stderr).toContain('36500元');
  });

  it('金额单位: 元 — a typed 万元 is said, with its 元 form', async () => {
    const out = await runRecord('render', summary(['金额单位: 元', '前言: 今年以来共投入调解经费12.5万元.', ...oneCase(168000)]));
    expect(out.stdout).toContain('涉及金额168000元');
    expect(out.stderr).toContain('warning[amount-styles-mixed]');
    expect(out.stderr).toContain('125000元');
  });
});

describe('Han ideographs beyond U+FFFF (CJK Extension B and later: 𠮷 in a name) are Han', () => {
  it('isHan, hasHan, countHan and the punctuation around them', async () => {
    const { countHan, hasHan, isHan } = await import('../src/zh/cjk.js');
    expect(isHan('𠮷')).toBe(true);
    expect(hasHan('𠮷')).toBe(true);
    expect(countHan('吉𠮷村')).toBe(3);
    cases([
      ['吉𠮷,村民反映', '吉𠮷，村民反映'],
      ['𠮷屋村,新屋村火情高发', '𠮷屋村、新屋村火情高发'],
    ]);
  });
});

describe('a phase typed with its dates in its name', () => {
  it('prints them as the phases with 起 and 止 print theirs: 至, in the 日期格式', async () => {
    for (const [style, first, second] of [
      ['', '（一）自查自纠阶段（8月20日至9月10日）。', '（二）集中检查阶段（9月11日至10月31日）。'],
      ['日期格式: 汉字', '（一）自查自纠阶段（八月二十日至九月十日）。', '（二）集中检查阶段（九月十一日至十月三十一日）。'],
    ] as const) {
      const out = await runRecord('render', [
        '类型: 实施方案',
        '标题: 龙潭镇安全生产大检查实施方案',
        ...(style ? [style] : []),
        '依据: 为做好安全生产工作,制定本方案.',
        '章节:',
        '  - 标题: 实施步骤',
        '    阶段:',
        '      - 名称: 自查自纠阶段(8月20日—9月10日)',
        '        内容: 各单位开展自查.',
        '      - 名称: 集中检查阶段',
        '        起: 9月11日',
        '        止: 10月31日',
        '        内容: 镇里组织检查.',
        '落款: 龙潭镇人民政府',
        '成文日期: 2025年8月10日',
      ]);
      expect(out.stdout, style).toContain(first);
      expect(out.stdout, style).toContain(second);
    }
  });
});

describe('a sequence mark of three digits', () => {
  it('100.第99条 keeps its point, as 1. does', () => {
    cases([
      ['100.第99条', '100.第99条'],
      ['共投入资金2000.这是第一批', '共投入资金2000。这是第一批'],
    ]);
  });
});

describe('figures a secretary types herself, checked as gongwen checks its own (brief item 4)', () => {
  const minutes = (text: string) => ['类型: 纪要', '标题: 镇综治工作会议纪要', '日期: 2025年7月8日', '地点: 镇三楼会议室', '主持人: 镇长 李明辉', '会议名称: 综治工作例会', '章节:', '  - 动词: 指出', `    内容: ${text}`];

  it('共56件，其中20件，15件，10件，其他8件: the parts add up to 53', async () => {
    const out = await runRecord('render', minutes('上半年共排查矛盾纠纷56件,其中土地纠纷20件,婚姻家庭纠纷15件,相邻纠纷10件,其他8件;受理信访23件,办结21件.'));
    expect(out.stderr).toContain('warning[typed-total-mismatch]');
    expect(out.stderr).toContain('53件');
    expect(out.stderr).toContain('record.yaml:9:');
    expect(out.stdout).toContain('上半年共排查矛盾纠纷56件，其中土地纠纷20件');
  });

  it('parts that add up, or some of them named without 其他, say nothing', async () => {
    for (const text of ['共受理来信来访11件,其中来信5件,来访6件.', '共排查矛盾纠纷56件,其中土地纠纷20件,婚姻家庭纠纷15件.']) {
      const out = await runRecord('render', minutes(text));
      expect(out.stderr, text).toBe('');
    }
  });

  it('a rate that rose in %: 较去年提高了1.2% is 1.2个百分点', async () => {
    const out = await runRecord('render', minutes('全镇城乡居民医保参保率达到98.6%,较去年提高了1.2%,受理量同比增长了5%.'));
    expect(out.stderr).toContain('warning[rate-change-percent]');
    expect(out.stderr).toContain('提高了1.2个百分点');
    // a count's growth is in %: 受理量 is no rate, and only the rate is warned about
    expect(out.stderr).not.toContain('增长了5个百分点');
    expect(out.stderr.match(/warning\[rate-change-percent\]/g)).toHaveLength(1);
  });

  it('百分之九十 beside 95% in one document', async () => {
    const out = await runRecord('render', minutes('矛盾纠纷化解率达95%以上,调解成功率不低于百分之九十.'));
    expect(out.stderr).toContain('warning[percent-styles-mixed]');
    expect(out.stderr).toContain('90%');
    const alone = await runRecord('render', minutes('调解成功率不低于百分之九十.'));
    expect(alone.stderr).toBe('');
  });
});

describe('日期格式: 汉字 — one date style in a case read from a register', () => {
  it('the dates its 调处经过 begins with are in Chinese numerals too: 八月十二日, never 8月12日 beside 二〇〇八年八月十二日', async () => {
    const csv = readFileSync(join(import.meta.dirname, '..', 'examples', 'registers', '矛盾纠纷2009.csv'), 'utf8');
    const dir = folderWith({
      '矛盾纠纷.csv': csv,
      'summary.yaml': ['类型: 总结', '标题: 路居镇二〇〇八年下半年矛盾纠纷排查化解工作总结', '日期格式: 汉字', '单位: 路居镇', '时期: 2008H2', '台账: 矛盾纠纷.csv', '章节:', '  - 标题: 矛盾纠纷排查化解', '    内容:', '      - 插入: 矛盾纠纷', '落款:', '  单位: 路居镇人民政府', '  日期: 2009年1月5日', ''].join('\n'),
    });
    const out = await runCli(['render', 'summary.yaml'], dir);
    expect(out.stdout).toContain('二〇〇八年八月十二日');
    expect(out.stdout).toContain('八月十五日，组织双方调解');
    expect(out.stdout).not.toMatch(/\d月\d{1,2}日，/u);
  });
});

describe('items numbered by hand inside one paragraph, in one form (brief item 2)', () => {
  it('1、提高认识.…2、强化督查. → 1.提高认识。…2.强化督查。', async () => {
    const { fixSequenceMark } = await import('../src/zh/punctuation.js');
    expect(fixSequenceMark(fixPunctuation('1、提高认识.各村要高度重视.2、强化督查.镇纪委要加强督查.3、严肃追责.'))).toBe('1.提高认识。各村要高度重视。2.强化督查。镇纪委要加强督查。3.严肃追责。');
    // numbers that are no items: a count inside a sentence, a list not begun with 1.
    expect(fixSequenceMark('1.提高认识。全镇排查2、3月份的隐患。')).toBe('1.提高认识。全镇排查2、3月份的隐患。');
    expect(fixSequenceMark('各村要高度重视。2、强化督查。')).toBe('各村要高度重视。2、强化督查。');
  });
});

describe('万 typed as a chat types it', () => {
  it('约1.5W元 is 约1.5万元; 500W (watts) is kept', () => {
    cases([
      ['投入资金约1.5W元', '投入资金约1.5万元'],
      ['购置功率500W的照明灯', '购置功率500W的照明灯'],
    ]);
  });
});

describe('a case\'s steps in its year say month and day (seed 002: 1.2009年1月24日，…1月25日，…)', () => {
  it('日期格式: 汉字 — 二〇二五年一月三日 … 一月十日, not 二〇二五年一月十日', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 白鹤村2025年矛盾纠纷排查化解工作总结',
      '日期格式: 汉字',
      '单位: 白鹤村',
      '时期: 2025H1',
      '章节:',
      '  - 标题: 矛盾纠纷排查化解',
      '    内容:',
      '      - 插入: 矛盾纠纷',
      '矛盾纠纷:',
      '  案例:',
      '    - 时间: 2025年1月3日',
      '      地点: 白鹤村',
      '      简要情况: 两户因宅基地界址发生争执',
      '      调处经过:',
      '        - 时间: 1月3日',
      '          内容: 村调委会到现场了解情况',
      '        - 时间: 2025年1月10日',
      '          内容: 组织三方协商',
      '      化解状态: 已化解',
      '落款:',
      '  单位: 白鹤村村民委员会',
      '  日期: 2025年6月30日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('一月三日，村调委会到现场了解情况。一月十日，组织三方协商。');
  });
});
