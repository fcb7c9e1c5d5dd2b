/**
 * `--format pdf` (issue 10 item 10, issue 8 item 4): LibreOffice runs with a fontconfig file made for
 * the run, so 仿宋 text is set in a FangSong face, 楷体 in a Kai face, 黑体 in a Hei face and the title
 * in a heavy Song; the PDF's fonts are read with `pdffonts` (poppler-utils). A batch where one DOCX
 * breaks LibreOffice still gives the others their PDFs, and the message names the document.
 *
 * The conversions are skipped, with the reason printed, where LibreOffice or poppler-utils are not
 * installed, and fail where .ci/run installed them (test/support/layout-tools.ts); the face plan is tested everywhere.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GongwenDocument } from '../src/model/document.js';
import { writeDocx } from '../src/writers/docx/index.js';
import { convertDocxBatchToPdf, convertDocxFilesToPdf, fontconfigFile, FACES, planFaces, removeLibreOfficeProfile } from '../src/writers/pdf.js';
import { longDocument } from './fixtures/docx/documents.js';
import { layoutToolsMissing, sayWhyLayoutTestsSkip, soffice } from './support/layout-tools.js';

const canConvert = !layoutToolsMissing;
sayWhyLayoutTestsSkip('docx-pdf');

/** The fonts a PDF embeds, by their PostScript names without the subset tag. */
function pdfFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))
    .filter(Boolean);
}

const bodyOnly: GongwenDocument = {
  kind: 'plan',
  template: 'plan',
  title: [],
  subtitle: [],
  body: [{ type: 'paragraph', text: '为深入贯彻落实上级关于做好今年农业农村工作的部署要求，结合我县实际，制定本方案。' }],
  notes: [],
  attachments: [],
};

describe('the face plan', () => {
  const all = new Set(['FandolFang', 'FandolKai', 'Noto Sans CJK SC', 'Noto Serif CJK SC']);

  it('puts a FangSong face for 仿宋, a Kai face for 楷体, a Hei face for 黑体, a bold Song for 小标宋, with no warning', () => {
    const plan = planFaces(all);
    const face = (name: string) => plan.substitutions.find((s) => s.name === name)?.face;
    expect(face('仿宋_GB2312')?.family).toBe('FandolFang');
    expect(face('仿宋')?.family).toBe('FandolFang');
    expect(face('楷体_GB2312')?.family).toBe('FandolKai');
    expect(face('黑体')?.family).toBe('Noto Sans CJK SC');
    expect(face('方正小标宋简体')).toMatchObject({ family: 'Noto Serif CJK SC', bold: true });
    expect(face('宋体')?.family).toBe('Noto Serif CJK SC');
    expect(plan.warnings).toEqual([]);
  });

  it('leaves a face the machine has alone, and uses it for the style’s other names', () => {
    const plan = planFaces(new Set([...all, '仿宋']));
    expect(plan.substitutions.find((s) => s.name === '仿宋')).toBeUndefined();
    expect(plan.substitutions.find((s) => s.name === '仿宋_GB2312')?.face.family).toBe('仿宋');
  });

  it('warns which style has no face, and what is used instead', () => {
    const plan = planFaces(new Set(['Noto Sans CJK SC', 'Noto Serif CJK SC']));
    expect(plan.warnings).toHaveLength(2);
    expect(plan.warnings[0]).toBe('no 仿宋 face is installed (FandolFang (texlive-lang-chinese)); 仿宋 text is set in Noto Serif CJK SC');
    expect(plan.warnings[1]).toMatch(/^no 楷体 face is installed \(FandolKai \(texlive-lang-chinese\) or AR PL UKai CN \(fonts-arphic-ukai\) or LXGW WenKai \(fonts-lxgw-wenkai\)\); 楷体 text is set in Noto Serif CJK SC$/);
  });

  it('writes a fontconfig file that includes the system’s, adds the Fandol folder and sets 小标宋 bold', () => {
    const conf = fontconfigFile(planFaces(all), ['/fonts/fandol']);
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    expect(conf).toContain('<dir>/fonts/fandol</dir>');
    expect(conf).toMatch(/<string>方正小标宋简体<\/string><\/test><edit name="family" mode="prepend" binding="strong"><string>Noto Serif CJK SC<\/string><\/edit><edit name="weight" mode="assign" binding="strong"><const>bold<\/const><\/edit>/);
    for (const role of Object.values(FACES)) for (const n of role.names) expect(conf).toContain(`<string>${n}</string>`);
  });
});

/**
 * A LibreOffice that hangs, as a shell script: it makes its socket in /tmp, named as LibreOffice 7 names it
 * (the MD5 of the profile's URL in UTF-16, each byte in hex without its leading zero: worked out here with
 * iconv and md5sum, not by gongwen's code), and its lu*.tmp folder in TMPDIR, says where, and waits.
 */
const HANGING_SOFFICE = `#!/bin/sh
for a in "$@"; do case "$a" in -env:UserInstallation=*) url="\${a#-env:UserInstallation=}";; esac; done
hash=$(printf '%s' "$url" | iconv -f UTF-8 -t UTF-16LE | md5sum | cut -c1-32 | sed 's/../&\\n/g' | sed 's/^0//' | tr -d '\\n')
socket="/tmp/OSL_PIPE_$(id -u)_SingleOfficeIPC_$hash"
: > "$socket"
mkdir -p "$TMPDIR/lu$$.tmp"
printf '%s\\n%s\\n' "$socket" "$TMPDIR/lu$$.tmp" > "$(dirname "$0")/made"
exec sleep 60
`;

describe.skipIf(process.platform === 'win32')('a conversion that times out', () => {
  it('leaves nothing of LibreOffice in /tmp: its socket removed, its temporary folder in the profile, which goes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gongwen-pdf-hang-'));
    try {
      const soffice = join(dir, 'soffice');
      await writeFile(soffice, HANGING_SOFFICE, { mode: 0o755 });
      await writeFile(join(dir, 'a.docx'), await writeDocx(bodyOnly, { fontProfile: 'gb2312' }));
      await expect(convertDocxFilesToPdf([join(dir, 'a.docx')], dir, { soffice, timeoutMs: 2000 })).rejects.toThrow(/timed out/);
      const [socket, temporary] = readFileSync(join(dir, 'made'), 'utf8').trim().split('\n');
      expect(socket).toMatch(/^\/tmp\/OSL_PIPE_\d+_SingleOfficeIPC_[0-9a-f]{16,32}$/);
      expect(existsSync(socket!)).toBe(false);
      expect(temporary!.startsWith(join(tmpdir(), 'gongwen-lo-'))).toBe(true);
      removeLibreOfficeProfile();
      expect(existsSync(temporary!)).toBe(false);
    } finally {
      removeLibreOfficeProfile();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!canConvert)('PDF through LibreOffice', () => {
  let dir: string;
  let fonts: { long: string[]; body: string[]; plain: string[] };
  let batch: Awaited<ReturnType<typeof convertDocxBatchToPdf>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongwen-pdf-test-'));
    const good = await writeDocx(bodyOnly, { fontProfile: 'gb2312' });
    batch = await convertDocxBatchToPdf(
      [
        { name: 'records/long.yaml', docx: await writeDocx(longDocument, { fontProfile: 'gb2312' }) },
        // a DOCX cut short: LibreOffice cannot load it, and writes no PDF for it
        { name: 'records/坏的.yaml', docx: good.slice(0, 3000) },
        { name: 'records/body.yaml', docx: good },
        { name: 'records/plain.yaml', docx: await writeDocx(longDocument, { fontProfile: 'plain' }) },
      ],
      { soffice: soffice! },
    );
    const save = async (i: number, n: string) => {
      const r = batch.results[i]!;
      if (!('pdf' in r)) throw new Error(`no PDF for ${r.name}: ${r.error}`);
      await writeFile(join(dir, n), r.pdf);
      return pdfFonts(join(dir, n));
    };
    fonts = { long: await save(0, 'long.pdf'), body: await save(2, 'body.pdf'), plain: await save(3, 'plain.pdf') };
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    // the LibreOffice profile: this worker thread ends without the exit event that removes it
    removeLibreOfficeProfile();
  });

  it('this machine has a face of every style (the README’s install line brings them): no warning', () => {
    expect(batch.warnings).toEqual([]);
  });

  it('sets 仿宋 in FandolFang, 楷体 in FandolKai, 黑体 in Noto Sans CJK, the title in Noto Serif CJK Bold', () => {
    for (const f of [fonts.long, fonts.plain]) {
      expect(f.some((n) => /^FandolFang/.test(n)), f.join(' ')).toBe(true);
      expect(f.some((n) => /^FandolKai/.test(n)), f.join(' ')).toBe(true);
      expect(f.some((n) => /^NotoSansCJK/.test(n)), f.join(' ')).toBe(true);
      expect(f.some((n) => /^NotoSerifCJK\w*-Bold/.test(n)), f.join(' ')).toBe(true);
    }
  });

  it('a document of body text only is set in the FangSong face (and its page number in the Song face)', () => {
    const faces = new Set(fonts.body.map((n) => n.replace(/-VKana$/, '').replace(/CJK\w\w-/, 'CJK-')));
    expect([...faces].sort()).toEqual(['FandolFang-Regular', 'NotoSerifCJK-Regular']);
  });

  it('one DOCX that LibreOffice cannot convert costs only itself; the message names the record, not a temporary file', () => {
    expect(batch.results.map((r) => ('pdf' in r ? 'pdf' : 'error'))).toEqual(['pdf', 'error', 'pdf', 'pdf']);
    for (const r of batch.results) if ('pdf' in r) expect(new TextDecoder().decode(r.pdf.slice(0, 5))).toBe('%PDF-');
    const bad = batch.results[1]!;
    if ('pdf' in bad) throw new Error('expected an error');
    expect(bad.error).toContain('records/坏的.yaml');
    expect(bad.error).not.toMatch(/document-\d|gongwen-pdf-|\/tmp\//);
  });
});
