/**
 * `gongwen import` on the five source documents, split into their separate documents
 * (test/fixtures/seeds/, made by scripts/split-seeds.py): each imports to a record that validates
 * and renders back to the document's text — compared on the Chinese characters, punctuation and
 * section numbers set aside, at least 98% the same, every difference listed here. The same texts
 * saved as DOCX by LibreOffice and by pandoc (test/fixtures/word/, scripts/make-office-fixtures.sh)
 * import to the same records.
 */
import { mkdtempSync, rmSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { compareText } from './support/compareText.js';
import { toSimplified } from '../src/zh/simplified.js';
import { runCli } from './support/cli.js';

const SEEDS = resolve('test/fixtures/seeds');
const dir = mkdtempSync(join(tmpdir(), 'gongwen-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (args: string[]) => runCli(args, dir);

/** What the rendering may differ in, per document: lines of Chinese characters added or missing. */
const KNOWN: Record<string, { kind: string; added: string[]; missing: string[] }> = {
  '000-1-minutes.txt': { kind: '纪要', added: [], missing: [] },
  '000-2-minutes.txt': { kind: '纪要', added: [], missing: [] },
  '000-3-minutes.txt': { kind: '纪要', added: [], missing: [] },
  '001-1-speech.txt': { kind: '讲话', added: [], missing: [] },
  '001-2-speech.txt': { kind: '讲话', added: [], missing: [] },
  '001-3-speech.txt': { kind: '讲话', added: [], missing: [] },
  '001-4-speech.txt': { kind: '讲话', added: [], missing: [] },
  '001-5-speech.txt': { kind: '讲话', added: [], missing: [] },
  '002-summary.txt': { kind: '总结', added: [], missing: [] },
  '003-1-summary.txt': { kind: '总结', added: [], missing: [] },
  // the 支部委员会 form (minutes-branch). Issue 9 item 11 changed its wording on purpose: the seed runs
  // 议题 and the members' reports into one line (支部委员会议题一是…，二是…。宣传委员…，文体委员…), the
  // template writes 会议议题：一是……；二是……。 and the reports as a paragraph of their own sentences.
  // So the seed's line is missing as it stands and the 会议议题 line is new; the reports' text is
  // the seed's (not listed), and the similarity stays ≥ 98%.
  '003-3-minutes.txt': {
    kind: '纪要',
    added: ['会议议题一是对前个季度的党建工作进行自评查找不足并抓紧整改二是讨论明确季度党建工作的主要任务确保全年党支部建设工作达标'],
    missing: [
      '支部委员会议题一是对前个季度的党建工作进行自评查找不足并抓紧整改二是讨论明确季度党建工作的主要任务确保全年党支部建设工作达标宣传委员邵琳同志就支部政工在线工作提出了好的建议特别是对政工在线的各类报表和民主评议工作提出了新的要求文体委员马雨涛同志就支部党员活动经费的收支情况作了明细汇报纪检委员黄宇强同志作了纪检自查工作报告',
    ],
  },
  '004-1-plan.txt': { kind: '实施方案', added: [], missing: [] },
  '004-2-summary.txt': { kind: '总结', added: [], missing: [] },
  // the 版记's 印发 line gets its 印发 (GB/T 9704 §7.4.3): the seed has "…办公室 2012年3月9日"
  '004-3-plan.txt': { kind: '实施方案', added: ['隰县民兵农建营办公室年月日印发'], missing: [] },
  '004-4-opinion.txt': { kind: '实施方案', added: [], missing: [] },
  // its phases are read into 阶段 (src/import/planSections.ts), and the template writes each range with 至: the seed
  // typed the first one 6月30日到7月1日 and the other two with 至 (as examples/plan-township.yaml says)
  '004-5-plan.txt': {
    kind: '实施方案',
    added: ['宣传发动阶段月日至月日全乡召开专门会议认真学习领会中央省市县处理信访突出问题及群众性事件电视电话会议精神分析研判全乡信访形势梳理信访案件明确存在的突出问题广泛动员全乡广大干部统一思想认识明确目标任务为活动开展造出声势形成氛围'],
    missing: ['宣传发动阶段月日到月日全乡召开专门会议认真学习领会中央省市县处理信访突出问题及群众性事件电视电话会议精神分析研判全乡信访形势梳理信访案件明确存在的突出问题广泛动员全乡广大干部统一思想认识明确目标任务为活动开展造出声势形成氛围'],
  },
};

describe('the seeds, one document at a time: import → validate → render', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  it('has every document of the five seeds', () => expect(files.sort()).toEqual(Object.keys(KNOWN).sort()));

  it.each(files)('%s', async (name) => {
    const record = join(dir, name.replace('.txt', '.yaml'));
    const imported = await run(['import', join(SEEDS, name), '--simplified', '-o', record]);
    expect(imported.stderr).not.toMatch(/error/);
    expect(imported.code).toBe(0);
    expect(parse(readFileSync(record, 'utf8')).类型).toBe(KNOWN[name]!.kind);
    expect((await run(['validate', record])).code).toBe(0);
    const rendered = await run(['render', record]);
    expect(rendered.code).toBe(0);
    const source = toSimplified(readFileSync(join(SEEDS, name), 'utf8'));
    const c = compareText(source, rendered.stdout);
    expect(c.similarity).toBeGreaterThanOrEqual(0.98);
    expect({ added: c.added, missing: c.missing }).toEqual({ added: KNOWN[name]!.added, missing: KNOWN[name]!.missing });
  });

  it('reads the figures of a 总结 in the standard wording into 信访 and 矛盾纠纷', async () => {
    const { stdout } = await run(['import', join(SEEDS, '002-summary.txt')]);
    const rec = parse(stdout);
    expect(rec.信访).toEqual({ 受理: 11, 来信: 5, 来访: 6, 办理: 11, 办结: 11 });
    expect(rec.矛盾纠纷).toEqual({ 排查: 10, 化解: 8, 正在化解: 2 });
    expect(stdout).toMatch(/# 从正文的标准说法读出的数字：受理群众来信来访11件、来信5件、来访6件、办理11件、办结率100%/);
  });

  it('reads a 纪要 of the 支部委员会 form into 议题, 汇报 and 共识', async () => {
    const rec = parse((await run(['import', join(SEEDS, '003-3-minutes.txt')])).stdout);
    expect([rec.模板, rec.单位, rec.依据, rec.会议名称]).toEqual(['minutes-branch', '中心(学院)第六党支部', '按照三会一课工作要求', '支部委员会']);
    expect(rec.汇报.map((r: { 角色: string; 姓名: string }) => `${r.角色}${r.姓名}`)).toEqual(['宣传委员邵琳', '文体委员马雨涛', '纪检委员黄宇强']);
    expect(rec.共识.要点).toHaveLength(4);
  });

  it('reads a 纪要 of the narrative form into its parts', async () => {
    const rec = parse((await run(['import', join(SEEDS, '000-1-minutes.txt'), '--simplified'])).stdout);
    expect([rec.日期, rec.时段, rec.主持人, rec.地点, rec.会议名称]).toEqual(['6月30日', '晚', '镇党委书记、镇长郭百高', '三楼会议室', '信访稳定工作专题会议']);
    expect(rec.章节.map((s: { 动词: string }) => s.动词)).toEqual(['指出', '认为', '强调', '要求']);
    expect(rec.会议记录与整理).toBe('罗勋浩孙军');
  });
});

describe('DOCX saved by LibreOffice and by pandoc import to the same records as the text', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
  const record = async (file: string) => {
    const r = await run(['import', file, '--simplified']);
    expect(r.code, file).toBe(0);
    return r.stdout.split('\n').slice(1).join('\n');
  };
  it.each(files)('%s', async (name) => {
    const fromText = await record(join(SEEDS, name));
    expect(fromText).toMatch(/^类型: /m);
    const docx = name.replace('.txt', '.docx');
    expect(await record(resolve('test/fixtures/word/libreoffice', docx))).toBe(fromText);
    expect(await record(resolve('test/fixtures/word/pandoc', docx))).toBe(fromText);
  });
});

describe('gongwen import on the command line', () => {
  it('takes --kind over the guess, refuses an unknown kind, and replaces a file only with --force', async () => {
    const plain = join(dir, 'note.txt');
    writeFileSync(plain, '镇信访工作情况\n一、基本情况\n上半年受理来信来访11件。\n');
    expect(parse((await run(['import', plain])).stdout).类型).toBe('实施方案');
    expect(parse((await run(['import', plain, '--kind', '总结'])).stdout).类型).toBe('总结');
    expect((await run(['import', plain, '--kind', 'letter'])).code).toBe(2);
    writeFileSync(join(dir, 'exists.yaml'), 'kind: 总结\n');
    const again = await run(['import', plain, '-o', 'exists.yaml']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists\.yaml exists; use --force/);
    expect(readFileSync(join(dir, 'exists.yaml'), 'utf8')).toBe('kind: 总结\n');
    expect((await run(['import', plain, '-o', 'exists.yaml', '--force'])).code).toBe(0);
  });
});
