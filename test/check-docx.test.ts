/**
 * `gongwen check`: a DOCX held against GB/T 9704-2012. A conforming hand-written document is clean;
 * the same document with one planted departure per rule reports exactly those; gongwen's own
 * examples have no errors; the same text converted by pandoc fails on paper, margins, fonts and
 * page numbers.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocx, type Finding } from '../src/check/checkDocx.js';
import { RULES } from '../src/check/rules.js';
import { DiagnosticBag } from '../src/diagnostics/diagnostic.js';
import { compileFile } from '../src/pipeline.js';
import { readDocumentFile } from '../src/readers/readDocument.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { writeMarkdown } from '../src/writers/markdown/writeMarkdown.js';
import { buildDocx, fonts, p, pageNumber, size } from './fixtures/word/build.js';
import { runCli } from './support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function check(name: string, bytes: Uint8Array): Finding[] {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const read = readDocumentFile(file, new DiagnosticBag(file));
  return checkDocx(read!.raw!, read!.document);
}

const FS = fonts('仿宋_GB2312');
let bodyRun = FS + size(16);
const para = (text: string, rPr = bodyRun, pPr = '<w:spacing w:line="579" w:lineRule="exact"/>') => p(text, pPr, rPr);
const rule = (side: 'top' | 'bottom', sz: number) => `<w:p><w:pPr><w:pBdr><w:${side} w:val="single" w:sz="${sz}" w:space="1" w:color="000000"/></w:pBdr></w:pPr></w:p>`;
const twoRuns = (label: string, labelFont: string, value: string) =>
  `<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr><w:r><w:rPr>${fonts(labelFont)}${size(16)}</w:rPr><w:t>${label}</w:t></w:r><w:r><w:rPr>${FS}${size(16)}</w:rPr><w:t>${value}</w:t></w:r></w:p>`;

/** A 纪要 with a 版头, headings of four levels, attendance, signature and 版记, as Word saves it. */
function minutes(plant: Partial<Record<keyof typeof RULES, true>> = {}, cc = '抄送：县委办，县政府办。', grid = '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/>', body16 = FS + size(16)): Uint8Array {
  bodyRun = body16;
  const section = `<w:sectPr><w:footerReference w:type="default" r:id="footer1"/><w:footerReference w:type="even" r:id="footer2"/>${
    plant.paper ? '<w:pgSz w:w="12240" w:h="15840"/>' : '<w:pgSz w:w="11906" w:h="16838"/>'
  }<w:pgMar w:top="${plant.margins ? 1440 : 2098}" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1247" w:gutter="0"/>${
    plant.grid ? '' : grid
  }</w:sectPr>`;
  const body = [
    p('隰县民兵农建营', '<w:jc w:val="center"/>', `${fonts('方正小标宋简体')}<w:color w:val="FF0000"/>${size(36)}`),
    para(plant['doc-number'] ? '隰民农营发[2012]第02号' : '隰民农营发〔2012〕2号'),
    p('大接访工作会议纪要', '<w:jc w:val="center"/>', `${fonts(plant['title-font'] ? '宋体' : '方正小标宋简体')}${size(22)}`),
    para('3月6日上午，营长在机关会议室主持召开大接访工作会议。现将会议内容纪要如下：'),
    p('一、指导思想', '', `${fonts(plant['heading-font'] ? '仿宋_GB2312' : '黑体')}${size(16)}`),
    para('会议指出，要深入贯彻落实科学发展观。', plant['body-font'] ? fonts('宋体') + size(12) : FS + size(16)),
    p(plant['heading-level-skipped'] ? '（1）加强领导' : '（一）加强领导', '', `${fonts(plant['heading-level-skipped'] ? '仿宋_GB2312' : '楷体_GB2312')}${size(16)}`),
    para(plant.punctuation ? '会议强调,要落实责任。' : '会议强调，要落实责任。'),
    p(plant['heading-numbering'] ? '三、工作要求' : '二、工作要求', '', `${fonts('黑体')}${size(16)}`),
    p('（一）严格纪律', '', `${fonts('楷体_GB2312')}${size(16)}`),
    para('1.明确分工'),
    para('（1）分级负责'),
    twoRuns('出席：', plant['minutes-labels'] ? '仿宋_GB2312' : '黑体', '王海平、秦晓明'),
    para('隰县民兵农建营', undefined, '<w:jc w:val="right"/>'),
    para(plant['date-form'] ? '2012年03月09日' : '2012年3月9日', undefined, '<w:jc w:val="right"/>'),
    plant.colophon ? '' : rule('top', 8),
    para(cc, FS + size(14)),
    para('隰县民兵农建营办公室　　2012年3月9日印发', FS + size(14)),
    plant.colophon ? '' : rule('bottom', 8),
    section,
  ].join('');
  const odd = plant['page-number'] ? pageNumber('right').replace(/— /, '- ').replace(/ —/, ' -') : pageNumber(plant['page-number-position'] ? 'left' : 'right');
  return buildDocx({
    styles: `<w:docDefaults><w:rPrDefault><w:rPr>${FS}${size(16)}</w:rPr></w:rPrDefault></w:docDefaults>`,
    settings: '<w:evenAndOddHeaders/>',
    footers: { footer1: odd, footer2: pageNumber('left') },
    body,
  });
}

describe('check on hand-written documents', () => {
  it('finds nothing in a document laid out by the standard', () => {
    expect(check('clean.docx', minutes())).toEqual([]);
  });

  it('reports exactly the planted departures, one per rule, where they are', () => {
    const all = Object.fromEntries(Object.keys(RULES).map((k) => [k, true])) as Record<keyof typeof RULES, true>;
    const found = check('planted.docx', minutes(all)).map((f) => `${f.rule}@${f.paragraph ?? '-'}`);
    expect(found.sort()).toEqual(
      [
        'paper@-',
        'margins@-',
        'grid@-',
        'page-number@-', // in the footer of odd pages
        'doc-number@2',
        'title-font@3',
        'heading-font@5',
        'body-font@6',
        'heading-level-skipped@7',
        'punctuation@8',
        'heading-numbering@9',
        'minutes-labels@13',
        'date-form@15',
        'colophon@16',
      ].sort(),
    );
    // page-number-position is planted in its own document: a footer cannot be both wrong forms at once
    expect(check('position.docx', minutes({ 'page-number-position': true })).map((f) => f.rule)).toEqual(['page-number-position']);
  });

  it('wants the full stop after the last 抄送 organ (§7.4.2)', () => {
    expect(check('cc.docx', minutes({}, '抄送：县委办，县政府办')).map((f) => [f.rule, f.paragraph, f.message])).toEqual([
      ['colophon', 17, '抄送 does not end with a full stop (最后一个抄送机关名称后标句号)'],
    ]);
  });

  it('wants 28 characters a line: a character grid, or condensed 16 pt text', () => {
    const lines = '<w:docGrid w:type="lines" w:linePitch="579"/>';
    const [f, ...more] = check('lines-only.docx', minutes({}, undefined, lines));
    expect(more).toEqual([]);
    expect([f!.rule, f!.message]).toEqual(['grid', expect.stringMatching(/^the text is not 28 characters a line: no character grid .* and 0 of \d+ runs of text condensed/)]);
    // gongwen's way: −0.25 pt (w:spacing −5) on the runs
    expect(check('condensed.docx', minutes({}, undefined, lines, FS + size(16) + '<w:spacing w:val="-5"/>'))).toEqual([]);
  });

  it('takes a 黑体 label that opens a labeled line (the form of §10.3, 组　长： spaced to align), and no other 黑体 run', () => {
    // §10.3 sets 出席： in 3号黑体; gongwen sets every label of a labeled line so (参会人员：, a plan's
    // 组　长：). A 黑体 run inside a sentence is still body text in the wrong face (§5.2.3).
    const hei = (t: string) => `<w:r><w:rPr>${fonts('黑体')}${size(16)}</w:rPr><w:t>${t}</w:t></w:r>`;
    const fs = (t: string) => `<w:r><w:rPr>${FS}${size(16)}</w:rPr><w:t>${t}</w:t></w:r>`;
    const line = (...runs: string[]) => `<w:p><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr>${runs.join('')}</w:p>`;
    const docx = (extra: string) =>
      buildDocx({
        styles: `<w:docDefaults><w:rPrDefault><w:rPr>${FS}${size(16)}</w:rPr></w:rPrDefault></w:docDefaults>`,
        body: [p('某营大接访活动实施方案', '<w:jc w:val="center"/>', `${fonts('方正小标宋简体')}${size(22)}`), para('为做好大接访工作，制定本方案。'), extra].join(''),
      });
    const bodyFont = (extra: string) => check('labels.docx', docx(extra)).filter((f) => f.rule === 'body-font').map((f) => f.paragraph);
    expect(bodyFont(line(hei('组　长：'), fs('杨立平（农建营党支部书记）')) + line(hei('副组长：'), fs('王海平、秦晓明')) + line(hei('会议记录与整理：')))).toEqual([]);
    expect(bodyFont(line(fs('会议要求，'), hei('注意：'), fs('按时完成。')))).toEqual([3]);
    expect(bodyFont(line(hei('组　长：杨立平')))).toEqual([3]);
  });

  it('says the clause, what it says and the severity of each finding', () => {
    const [f] = check('paper.docx', minutes({ paper: true }));
    expect(f).toMatchObject({ rule: 'paper', severity: 'error', clause: 'GB/T 9704-2012 §5.2.1' });
    expect(f!.message).toMatch(/215\.9 × 279\.4 mm, not A4/);
    expect(f!.says).toMatch(/210 mm×297 mm/);
  });
});

describe('check on gongwen and pandoc output', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
  it('finds no errors in any example gongwen renders', async () => {
    for (const name of examples) {
      const result = await compileFile(join('examples', name));
      const bytes = await writeDocx(result.document!, { fontProfile: 'gb2312' });
      const errors = check(name.replace('.yaml', '.docx'), bytes).filter((f) => f.severity === 'error');
      expect(errors, name).toEqual([]);
    }
  });

  it('takes for what they are a 署名 that repeats the title\'s first line, a 附件说明 of two lines, and numbered points that are not headings (no error in any)', async () => {
    // a 纪要 whose title opens with the organ that signs it: 中共青溪镇委员会 stands above the title and as the 署名
    writeFileSync(
      join(dir, 'party.yaml'),
      [
        '类型: 纪要',
        '标题: 中共青溪镇委员会2025年第9次党委会议纪要',
        '时间: 2025年5月14日下午3时30分',
        '地点: 镇党委会议室',
        '会议名称: 镇党委2025年第9次会议',
        '主持人: {姓名: 黄立军, 职务: 镇党委书记}',
        '章节:',
        '  - 动词: 指出',
        '    内容: 今年以来，全镇各项工作总体平稳。',
        '出席: 黄立军、刘文华、陈志强',
        '落款:',
        '  署名: 中共青溪镇委员会',
        '  成文日期: 2025年5月15日',
        '',
      ].join('\n'),
    );
    // a plan with two attachments: its 附件说明 is 附件：1.… and, under it, 2.…
    writeFileSync(
      join(dir, 'plan.yaml'),
      [
        '类型: 实施方案',
        '标题: 关于开展“清廉村居”建设的实施方案',
        '主送: 各村（社区）党组织',
        '依据: 结合我镇实际，制定本方案。',
        '章节:',
        '  - 标题: 工作目标',
        '    内容: 年底前建成清廉村居示范点3个。',
        '附件:',
        '  - 标题: 青溪镇“清廉村居”建设任务清单',
        '    内容: 公开村级“三资”。',
        '  - 标题: 青溪镇“清廉村居”建设考核评分表',
        '    内容: 组织领导20分。',
        '落款:',
        '  署名: 中共青溪镇委员会',
        '  成文日期: 2025年3月25日',
        '',
      ].join('\n'),
    );
    // points numbered 1. 2. …: a long first point in one run is an item, a short second one ending in ！ is not a heading
    // either, and neither numbering skips (一、会议指出，… in one run, then 二、会议要求： as typed)
    writeFileSync(
      join(dir, 'points.yaml'),
      [
        '类型: 纪要',
        '模板: minutes-header',
        '标题: 关于做好“五一”假期安全稳定工作的专题会纪要',
        '时间: 2025年4月28日上午9时',
        '地点: 镇政府二楼小会议室',
        '主持人: 副镇长 刘洋',
        '参加人员: 镇应急办、派出所负责人',
        '记录人: 陈静',
        '正文: 会议要求：',
        '要点:',
        '  - 各村（社区）要在4月30日前完成一轮安全隐患排查，重点是自建房、燃气、电动车充电等，发现问题立即整改。',
        '  - 假期实行24小时值班，值班人员不得脱岗！',
        '  - 遇重大突发事件，30分钟内电话报告。',
        '落款:',
        '  署名: 青溪镇人民政府',
        '  成文日期: 2025年4月28日',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'typed.yaml'),
      [
        '类型: 纪要',
        '模板: minutes-header',
        '标题: 镇安全生产工作会议纪要',
        '时间: 2025年6月12日上午9时',
        '地点: 镇三楼会议室',
        '主持人: 镇长 李明辉',
        '参加人员: 陈志强、王丽',
        '记录人: 何敏',
        '正文:',
        '  - 一、会议指出，今年以来全镇安全生产形势总体平稳，但自建房、燃气等领域隐患仍然突出，必须引起高度重视。',
        '  - 二、会议要求：',
        '  - 各村要在6月20日前完成自建房安全隐患排查。',
        '落款:',
        '  署名: 青溪镇人民政府',
        '  成文日期: 2025年6月12日',
        '',
      ].join('\n'),
    );
    for (const name of ['party', 'plan', 'points', 'typed']) {
      const result = await compileFile(join(dir, `${name}.yaml`));
      expect(result.document, name).toBeDefined();
      const findings = check(`${name}.docx`, await writeDocx(result.document!, { fontProfile: 'gb2312' }));
      expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.excerpt}`), name).toEqual([]);
    }
  });

  const pandoc = (() => {
    try {
      execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!pandoc) console.warn('pandoc is not installed: the pandoc comparison is skipped');
  it.skipIf(!pandoc)('fails the same text converted by pandoc: paper, margins, fonts, page numbers', async () => {
    const result = await compileFile('examples/plan-militia-farm.yaml');
    const md = join(dir, 'plan.md');
    writeFileSync(md, writeMarkdown(result.document!));
    const out = join(dir, 'plan-pandoc.docx');
    execFileSync('pandoc', [md, '-o', out]);
    const rules = new Set(check('plan-pandoc.docx', new Uint8Array(readFileSync(out))).filter((f) => f.severity === 'error').map((f) => f.rule));
    for (const r of ['paper', 'margins', 'title-font', 'body-font', 'heading-font', 'page-number']) expect(rules, r).toContain(r);
  });
});

describe('gongwen check on the command line', () => {
  const run = (args: string[]) => runCli(args, dir);
  it('exits 0 on a clean file, 1 on errors, 2 on a file that is not a DOCX; never changes the file', async () => {
    writeFileSync(join(dir, 'ok.docx'), minutes());
    writeFileSync(join(dir, 'bad.docx'), minutes({ paper: true, punctuation: true }));
    const hash = () => createHash('sha256').update(readFileSync(join(dir, 'bad.docx'))).digest('hex');
    const before = hash();
    const ok = await run(['check', 'ok.docx']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/1 file\(s\) checked: 0 error\(s\), 0 warning\(s\); 1 file\(s\) clean/);
    const bad = await run(['check', 'ok.docx', 'bad.docx']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^bad\.docx: error \[paper\] the page is 215\.9 × 279\.4 mm/m);
    expect(bad.stdout).toMatch(/^bad\.docx:¶8: warning \[punctuation\] half-width "," among Chinese text/m);
    expect(bad.stderr).toMatch(/2 file\(s\) checked: 1 error\(s\), 1 warning\(s\); 1 file\(s\) clean/);
    expect(hash()).toBe(before);
    expect((await run(['check', 'notes.txt'])).code).toBe(2);
  });

  it('prints JSON with --reporter json', async () => {
    writeFileSync(join(dir, 'bad2.docx'), minutes({ margins: true }));
    const { code, stdout } = await run(['check', 'bad2.docx', '--reporter', 'json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.errors).toBe(1);
    expect(json.files[0].findings).toEqual([
      expect.objectContaining({ rule: 'margins', severity: 'error', clause: 'GB/T 9704-2012 §5.2.2', message: expect.stringMatching(/top 25\.4 mm \(37 ± 1 mm\)/) }),
    ]);
  });
});

describe('a real Word-made GB/T 9704 template (test/fixtures/word/real)', () => {
  const bytes = new Uint8Array(readFileSync('test/fixtures/word/real/gongwen-template-lite.dotx'));
  it('reads its automatically numbered headings and finds only its hyphenated page numbers', () => {
    const file = join(dir, 'word-template.dotx');
    writeFileSync(file, bytes);
    const read = readDocumentFile(file, new DiagnosticBag(file))!;
    const headings = read.document.body.filter((b) => b.type === 'heading').map((b) => (b.type === 'heading' ? `${b.number}${b.text}` : ''));
    expect(headings.slice(0, 3)).toEqual(['一、一级标题a', '二、一级标题b', '三、一级标题c']);
    expect(headings).toContain('十一、一级标题k');
    expect(headings).toContain('（一）二级标题a');
    expect(read.document.title).toEqual(['测试文段']);
    const findings = checkDocx(read.raw!, read.document);
    expect(findings.map((f) => `${f.rule}: ${f.message}`)).toEqual([
      `page-number: the odd pages' number is formatted "numberInDash" (w:pgNumType), which prints "- N -" with hyphens, not "— N —" (一字线 U+2014 each side)`,
      `page-number: the even pages' number is formatted "numberInDash" (w:pgNumType), which prints "- N -" with hyphens, not "— N —" (一字线 U+2014 each side)`,
    ]);
  });
});

describe('where a finding is', () => {
  it('gives the page when the file records rendered pages (Word), and not otherwise', () => {
    const body = (mark: string) => `${para('会议纪要')}${para('会议指出,要做好工作。')}<w:p><w:r><w:rPr>${FS}${size(16)}</w:rPr>${mark}<w:t>会议强调,要落实责任。</w:t></w:r></w:p>`;
    const withPages = check('pages.docx', buildDocx({ body: body('<w:lastRenderedPageBreak/>') })).filter((f) => f.rule === 'punctuation');
    expect(withPages.map((f) => [f.paragraph, f.page, f.excerpt])).toEqual([
      [2, 1, '会议指出,要做好工作。'],
      [3, 2, '会议强调,要落实责任。'],
    ]);
    const without = check('nopages.docx', buildDocx({ body: body('') })).filter((f) => f.rule === 'punctuation');
    expect(without.map((f) => [f.paragraph, f.page])).toEqual([
      [2, undefined],
      [3, undefined],
    ]);
  });
});
