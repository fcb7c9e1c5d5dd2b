// What this session's reviewer stopped at in what gongwen writes (/work/FINDINGS.md, [words]), each typed as a secretary
// types it, and the line a reader of the document reads (../shared/prose.md, GB/T 9704, GB/T 15834, GB/T 15835).
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
    expect(out.stdout).toMatch(/^份号: ?"?000023"?$|000023/mu);
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
    expect(out.stderr).toContain('record.yaml:3:');
    expect(out.stderr).toContain('warning[announced-count]');
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
        for (const whole of ['高标准', '安全隐患', '第12次', '经济普查', '自建房']) {
          const at = (line + next).indexOf(whole);
          expect(at < 0 || at + whole.length <= line.length || at >= line.length, `${title}: ${seam}`).toBe(true);
        }
      }
    }
  });
});
