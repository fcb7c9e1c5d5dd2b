// A 纪要's verbs and the meeting as their subject are one vocabulary (src/zh/meeting.ts): the keys typed at the top
// (会议强调:, 议定事项:), an item typed with its verb as the key (- 要求: …), the lead of a decision (这次会议听取了……)
// the 动词 typed with its subject (动词: 这次会议强调) and a printed 纪要's paragraphs read back (gongwen import) all read
// the same words.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli.js';
import { joinShortItems } from '../src/zh/shortItems.js';
import { bareVerb, DECISION_VERBS, isMeetingVerb, MEETING_VERB_KEY, SAID_VERBS } from '../src/zh/meeting.js';
import { kindJsonSchema } from '../src/records/jsonSchema.js';
import { KINDS } from '../src/records/schema/index.js';

const work = mkdtempSync(join(tmpdir(), 'gongwen-meeting-words-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

async function run(command: 'render' | 'validate', lines: string[]) {
  const name = `m${++n}.yaml`;
  writeFileSync(join(work, name), lines.join('\n') + '\n');
  return { name, ...(await runCli([command, name], work, { GONGWEN_LANG: 'zh' })) };
}

const MINUTES = ['类型: 纪要', '标题: 镇防汛工作会议纪要', '日期: 2026-06-10', '地点: 镇政府三楼会议室', '主持人: 镇长 王明', '会议名称: 防汛工作会议'];
const VERBS = [...DECISION_VERBS, ...SAID_VERBS];

describe('the verbs of a 纪要, one set', () => {
  it('are decisions or what the meeting said, never both', () => {
    expect(VERBS.length).toBe(new Set(VERBS).size);
    expect(VERBS.filter(isMeetingVerb)).toEqual(VERBS);
    // 会议研究，春耕工作。 is no sentence: what a meeting decides after study is 研究决定
    expect(isMeetingVerb('研究')).toBe(false);
    expect(isMeetingVerb('研究决定')).toBe(true);
  });

  it.each(VERBS)('%s typed as a key at the top (会议…:) is a section with that verb, and the JSON Schema takes the key', async (verb) => {
    const key = new RegExp(`^${MEETING_VERB_KEY}$`, 'u');
    for (const typed of [`会议${verb}`, `本次会议${verb}`, `这次会议${verb}`, `${verb}事项`]) expect(key.exec(typed)?.[1], typed).toBe(verb);
    const patterns = Object.keys(kindJsonSchema(KINDS.minutes!).patternProperties ?? {}).map((p) => new RegExp(p, 'u'));
    expect(patterns.some((p) => p.test(`这次会议${verb}`))).toBe(true);
    const out = await run('render', [...MINUTES, `会议${verb}:`, '  - 由镇农办牵头', '  - 各村配合']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain(`会议${verb === '决定' ? '研究决定' : verb}`);
  });

  it.each(VERBS)('%s typed as the key of an item under 要点 is told to go under 章节 with that 动词', async (verb) => {
    // (flow style: typed in block style, a word that is no near miss of a key is read as text with its colon)
    const out = await run('validate', [...MINUTES, '要点:', `  - {${verb}: 由镇农办牵头}`, '记录人: 张三']);
    expect(out.stderr).toContain(`- 动词: ${verb}，`);
  });

  it('研究 typed so is not told to become 动词: 研究, which would print 会议研究，……', async () => {
    const out = await run('validate', [...MINUTES, '要点:', '  - {研究: 春耕备耕工作}', '记录人: 张三']);
    expect(out.code).toBe(1);
    expect(out.stderr).not.toContain('动词: 研究');
  });
});

describe('the meeting as the subject: 会议, 本次会议, 这次会议', () => {
  it('这次会议强调: at the top is a section, as 本次会议强调: is (it was an unknown key)', async () => {
    for (const subject of ['本次', '这次']) {
      const out = await run('render', [...MINUTES, `${subject}会议强调: 各村要落实防汛责任。`]);
      expect(out.stderr, subject).toBe('');
      expect(out.stdout, subject).toContain('\n会议强调，各村要落实防汛责任。\n');
    }
  });

  it('a decision\'s lead that begins 这次会议 is not followed by 会议 again, as one that begins 本次会议 is not', async () => {
    const section = (subject: string) => ['  - 动词: 议定', `    内容: ${subject}会议听取了镇农办的汇报`, '    要点: [由镇农办牵头, 各村配合]'];
    const out = await run('render', [...MINUTES, '章节:', ...section('本次'), ...section('这次')]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('本次会议听取了镇农办的汇报，议定以下事项：');
    expect(out.stdout).toContain('这次会议听取了镇农办的汇报，议定以下事项：');
    expect(out.stdout).not.toContain('汇报，会议议定');
  });

  it('a 动词 typed with its subject is the verb alone', () => {
    expect(['会议强调', '本次会议强调', '这次会议强调，', '强调：'].map(bareVerb)).toEqual(['强调', '强调', '强调', '强调']);
    expect(bareVerb('会议')).toBe('会议');
  });
});

describe('gongwen import reads a printed 纪要\'s paragraphs with the same verbs', () => {
  const printed = [
    '红星乡防汛工作会议纪要', '', '6月10日上午，乡长王明在乡政府三楼会议室主持召开了防汛工作会议。现将会议内容纪要如下：', '',
    '会议指出，今年汛期来得早，形势严峻。', '', '会议确定，由乡农办牵头做好物资储备。', '', '会议号召，全乡干部群众行动起来。', '',
    '会议一致同意，成立防汛抢险突击队。', '', '会议一致认为，各村要落实防汛责任。', '', '参会人员：王明 李强',
  ];
  it('each 会议 + verb paragraph is a section of its own (确定 and 一致同意 ran on into the section before), and prints back as it was', async () => {
    writeFileSync(join(work, 'printed.txt'), printed.join('\n') + '\n');
    const imported = await runCli(['import', 'printed.txt', '-o', 'printed.yaml'], work);
    expect(imported.code, imported.stderr).toBe(0);
    const record = readFileSync(join(work, 'printed.yaml'), 'utf8');
    for (const verb of ['指出', '确定', '号召', '一致同意', '一致认为']) expect(record).toContain(`  - 动词: ${verb}\n`);
    const rendered = await runCli(['render', 'printed.yaml'], work);
    expect(rendered.stderr).toBe('');
    for (const line of printed.filter((l) => l.startsWith('会议'))) expect(rendered.stdout).toContain(`\n${line}\n`);
  });
  it('会议号召: typed at the top is a section too', async () => {
    const out = await run('render', [...MINUTES, '会议号召: 全乡干部群众行动起来。']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n会议号召，全乡干部群众行动起来。\n');
  });
});

describe('the meeting and its verb open a clause: the items after it are not joined to it', () => {
  it.each(VERBS)('会议%s，宣传，排查等工作 keeps the comma after the verb', (verb) => {
    expect(joinShortItems(`会议${verb}，宣传，排查等工作由综治办负责。`)).toBe(`会议${verb}，宣传、排查等工作由综治办负责。`);
    expect(joinShortItems(`本次会议${verb}，土地流转，征地拆迁等事项由乡政府负责。`)).toBe(`本次会议${verb}，土地流转、征地拆迁等事项由乡政府负责。`);
  });
  it('in a printed 纪要 (it read 会议明确、宣传、排查等工作)', async () => {
    const out = await run('render', [...MINUTES, '章节:', '  - 动词: 明确', '    内容: 宣传,排查等工作由综治办负责.', '  - 动词: 一致同意', '    内容: 宣传,排查等工作由综治办负责.']);
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('\n会议明确，宣传、排查等工作由综治办负责。\n');
    expect(out.stdout).toContain('\n会议一致同意，宣传、排查等工作由综治办负责。\n');
  });
});
