// What a reader of the whole document stopped at (FINDINGS-s13.md, [words]): a 表题 printed twice under its attachment, a
// speech's date line with its weekday in brackets inside brackets, a typed 谢谢大家！ run on into the 结尾, an open case that
// says 正在 twice, a phase with no text printed in another shape than its siblings, a typed (3) under （三）.
import { describe, expect, it } from 'vitest';
import { runRecord } from './support/cli.js';

const plan = (more: string[]) => [
  '类型: 实施方案',
  '标题: 青溪镇2025年森林防火工作实施方案',
  '依据: 为做好森林防火工作,制定本方案.',
  ...more,
  '成文日期: 2025年2月26日',
  '落款: 青溪镇人民政府',
];

const speech = (more: string[]) => ['类型: 讲话', '标题: 在全镇春季森林防火工作会议上的讲话', '讲话人: 李明辉', ...more];

describe('an attachment whose 表题 is its 标题 prints it once', () => {
  it('the title as the attachment heading, the table under it without the same line again', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 工作要求',
      '    内容: 各村要落实责任.',
      '附件:',
      '  - 标题: 青溪镇森林防火重点区域责任分工表',
      '    表格:',
      '      表题: 青溪镇森林防火重点区域责任分工表',
      '      列: [区域, 责任人]',
      '      行: [[石塘村, 王某]]',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('## 青溪镇森林防火重点区域责任分工表\n\n| 区域 | 责任人 |');
    expect(out.stdout.split('青溪镇森林防火重点区域责任分工表').length - 1).toBe(2); // 附件说明 and the attachment's heading
  });

  it('a 表题 that says more than the 标题 is printed above its table', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 工作要求',
      '    内容: 各村要落实责任.',
      '附件:',
      '  - 标题: 责任分工',
      '    表格:',
      '      表题: 青溪镇森林防火重点区域责任分工表',
      '      列: [区域, 责任人]',
      '      行: [[石塘村, 王某]]',
    ]));
    expect(out.stdout).toContain('## 责任分工\n\n青溪镇森林防火重点区域责任分工表\n\n| 区域 | 责任人 |');
  });
});

describe('a speech: its date line and its thanks', () => {
  it('the date under the title in one pair of brackets, without the weekday typed with it', async () => {
    const out = await runRecord('render', speech(['日期: 2025年3月6日(星期四)', '开头: 今天召开全镇春季森林防火工作会议.']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n（2025年3月6日）\n');
    expect(out.stdout).not.toContain('星期四');
  });

  it('谢谢大家！ typed at the end of the 结尾 is a paragraph of its own, said once', async () => {
    const out = await runRecord('render', speech(['开头: 今天召开全镇春季森林防火工作会议.', '结尾: 希望大家认真落实.谢谢大家!']));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('希望大家认真落实。\n\n谢谢大家！\n');
    expect(out.stdout.split('谢谢大家').length - 1).toBe(1);
  });

  it('the same where the speech has no 结尾: its last section ends with it, typed as its 结尾 or as its last line', async () => {
    for (const end of [['    结尾: 希望大家真抓实干!谢谢大家!'], ['    内容:', '      - 粮食安全是国之大者.', '      - 希望大家真抓实干!谢谢大家!']]) {
      const out = await runRecord('render', speech(['开头: 今天召开全乡粮食生产工作会议.', '章节:', '  - 标题: 提高认识', ...(end.length === 1 ? ['    内容: 粮食安全是国之大者.'] : []), ...end]));
      expect(out.stderr, end.join(' ')).toBe('');
      expect(out.stdout, end.join(' ')).toContain('希望大家真抓实干！\n\n谢谢大家！\n');
      expect(out.stdout.split('谢谢大家').length - 1).toBe(1);
    }
  });
});

describe('an open dispute case says once that it goes on', () => {
  it('调处结果 正在协调 of a case 正在化解: 正在协调。, not 正在协调，正在化解。', async () => {
    const out = await runRecord('render', [
      '类型: 总结',
      '标题: 青溪镇2025年上半年矛盾纠纷排查化解工作总结',
      '单位: 青溪镇',
      '时期: 2025H1',
      '章节:',
      '  - 标题: 矛盾纠纷排查化解',
      '    内容:',
      '      - 插入: 矛盾纠纷',
      '矛盾纠纷:',
      '  案例:',
      '    - 时间: 2025年4月2日',
      '      地点: 白鹤村',
      '      简要情况: 宅基地界址不清',
      '      调处结果: 正在协调',
      '      化解状态: 正在化解',
      '    - 时间: 2025年5月6日',
      '      地点: 石塘村',
      '      简要情况: 山林权属争议',
      '      调处结果: 已组织双方协商',
      '      化解状态: 正在化解',
      '落款:',
      '  单位: 青溪镇人民政府',
      '  日期: 2025年6月30日',
    ]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('1.2025年4月2日，白鹤村，宅基地界址不清。正在协调。\n');
    // an outcome that does not say it goes on is followed by the status
    expect(out.stdout).toContain('2.2025年5月6日，石塘村，山林权属争议。已组织双方协商，正在化解。\n');
  });
});

describe('the parts of a plan in one shape', () => {
  it('a phase typed with its dates only, beside phases with text, is printed as they are: its 。, nothing run in', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 实施步骤',
      '    阶段:',
      '      - 名称: 动员部署',
      '        起: 2025年3月1日',
      '        止: 2025年3月15日',
      '      - 名称: 集中整治',
      '        起: 2025年3月16日',
      '        止: 2025年10月31日',
      '        内容: 开展“三清一改”.',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('**（一）动员部署（2025年3月1日至3月15日）。**\n\n**（二）集中整治（2025年3月16日至10月31日）。**开展“三清一改”。');
  });

  it('phases with dates only, none with text, stand alone as headings', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 实施步骤',
      '    阶段:',
      '      - 名称: 动员部署',
      '        起: 2025年3月1日',
      '        止: 2025年3月15日',
      '      - 名称: 集中整治',
      '        起: 2025年3月16日',
      '        止: 2025年10月31日',
    ]));
    expect(out.stdout).toContain('### （一）动员部署（2025年3月1日至3月15日）\n\n### （二）集中整治（2025年3月16日至10月31日）\n');
  });

  it('items typed （一）（二）（3） under a （三） are numbered 1. 2. 3., the level under it', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 工作措施',
      '    小节:',
      '      - 标题: 规范调解工作程序',
      '        内容:',
      '          - （一）受理登记。对当事人申请及时登记.',
      '          - （二）调查核实.3个工作日内完成调查.',
      '          - （3）调解处理。一般纠纷在7日内调结.',
    ]));
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('### （一）规范调解工作程序\n\n1.受理登记。对当事人申请及时登记。\n\n2.调查核实。3个工作日内完成调查。\n\n3.调解处理。一般纠纷在7日内调结。\n');
  });

  it('items one level down are as typed: （一）（二） under 一、, 1. 2. under 一、', async () => {
    const out = await runRecord('render', plan([
      '章节:',
      '  - 标题: 工作措施',
      '    内容:',
      '      - （一）受理登记。对当事人申请及时登记.',
      '      - （二）调查核实。及时完成调查.',
      '  - 标题: 工作要求',
      '    内容:',
      '      - 1.提高认识。各村要高度重视.',
      '      - 2.强化督查。镇纪委要加强督查.',
    ]));
    expect(out.stdout).toContain('## 一、工作措施\n\n（一）受理登记。对当事人申请及时登记。\n\n（二）调查核实。及时完成调查。\n');
    expect(out.stdout).toContain('## 二、工作要求\n\n1.提高认识。各村要高度重视。\n\n2.强化督查。镇纪委要加强督查。\n');
  });
});
