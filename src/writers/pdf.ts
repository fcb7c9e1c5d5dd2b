/**
 * DOCX → PDF through LibreOffice headless (`soffice --headless --convert-to pdf`).
 *
 * Each process uses a LibreOffice profile of its own (-env:UserInstallation) in a temporary
 * directory, so that parallel runs, and a LibreOffice the user has open, do not collide; the
 * conversions of one process are run one after another. No network is used.
 */
import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The Debian/Ubuntu packages that give a headless LibreOffice Writer and CJK fonts. */
export const LIBREOFFICE_PACKAGES = 'libreoffice-writer-nogui fonts-noto-cjk';

export class LibreOfficeMissingError extends Error {
  readonly code = 'LIBREOFFICE_MISSING';
  constructor() {
    super(
      `PDF needs LibreOffice (soffice), which was not found. On Debian or Ubuntu: apt-get install ${LIBREOFFICE_PACKAGES}` +
        ' (or set GONGWEN_SOFFICE to the soffice program).',
    );
    this.name = 'LibreOfficeMissingError';
  }
}

export class PdfConversionError extends Error {
  readonly code = 'PDF_CONVERSION_FAILED';
  constructor(message: string, readonly stderr: string = '') {
    super(message);
    this.name = 'PdfConversionError';
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The soffice program: $GONGWEN_SOFFICE, then `soffice` / `libreoffice` on PATH, then the usual
 * install places (Linux /opt, macOS, Windows). null when none is found.
 */
export function findLibreOffice(env: Record<string, string | undefined> = process.env): string | null {
  const explicit = env.GONGWEN_SOFFICE;
  if (explicit) return isExecutable(explicit) ? explicit : null;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) {
      const p = join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  const places = [
    '/usr/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
  for (const p of places) if (isExecutable(p)) return p;
  if (existsSync('/opt')) {
    try {
      const opt = statSync('/opt').isDirectory() ? readdirSync('/opt') : [];
      for (const d of opt.filter((n) => n.startsWith('libreoffice')).sort().reverse()) {
        const p = join('/opt', d, 'program', 'soffice');
        if (isExecutable(p)) return p;
      }
    } catch {
      /* no /opt listing */
    }
  }
  return null;
}

let profileDir: string | undefined;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Where the fonts of a 公文 are not installed (方正小标宋简体, 仿宋_GB2312 …), LibreOffice is told
 * to use Noto CJK SC (fonts-noto-cjk) in their place: serif for 仿宋/宋体/楷体/小标宋, sans for 黑体.
 * Without it fontconfig's fallback takes Noto Sans CJK for everything. A pair is written only
 * where fontconfig (fc-list) reports the font missing and the replacement installed, so installed
 * fonts are used as they are. Layout does not depend on it: the grid is held by exact line pitch
 * and character spacing.
 */
export const FONT_REPLACEMENTS: Record<string, string> = {
  仿宋_GB2312: 'Noto Serif CJK SC',
  仿宋: 'Noto Serif CJK SC',
  FangSong: 'Noto Serif CJK SC',
  FangSong_GB2312: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  楷体: 'Noto Serif CJK SC',
  KaiTi: 'Noto Serif CJK SC',
  KaiTi_GB2312: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  SimSun: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  SimHei: 'Noto Sans CJK SC',
};

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Font families fontconfig knows, or null where there is no fc-list (macOS, Windows). */
function installedFamilies(): Set<string> | null {
  try {
    const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(out.split('\n').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean));
  } catch {
    return null;
  }
}

/** The replacements this machine needs: fonts missing, replacements installed. */
export function neededReplacements(installed: Set<string> | null = installedFamilies()): Record<string, string> {
  if (!installed) return {};
  return Object.fromEntries(Object.entries(FONT_REPLACEMENTS).filter(([from, to]) => !installed.has(from) && installed.has(to)));
}

/**
 * registrymodifications.xcu for a new profile: a font replacement table. "Always" is true because
 * LibreOffice 7.4 applies a pair only so (fontconfig's fallback counts as the font being there).
 */
export function profileSettings(replacements: Record<string, string> = neededReplacements()): string {
  const pairs = Object.entries(replacements)
    .map(
      ([from, to], i) =>
        `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
        `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>` +
        `<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
        `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${xmlEscape(from)}</value></prop>` +
        `<prop oor:name="SubstituteFont" oor:op="fuse"><value>${xmlEscape(to)}</value></prop>` +
        `</node></item>`,
    )
    .join('\n');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
    '<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>\n' +
    pairs +
    '\n</oor:items>\n'
  );
}

/** This process's LibreOffice profile directory, made on first use. */
function profile(): string {
  if (!profileDir) {
    profileDir = join(tmpdir(), `gongwen-lo-${process.pid}-${Date.now().toString(36)}`);
    mkdirSync(join(profileDir, 'user'), { recursive: true });
    writeFileSync(join(profileDir, 'user', 'registrymodifications.xcu'), profileSettings());
    process.once('exit', () => {
      try {
        // Synchronous removal on exit; best effort.
        rmSync(profileDir!, { recursive: true, force: true });
      } catch {
        /* ignore */
      }
    });
  }
  return profileDir;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 << 20, env: { ...process.env, HOME: process.env.HOME ?? tmpdir() } }, (err, stdout, stderr) => {
      if (err) reject(Object.assign(err, { stdout: String(stdout), stderr: String(stderr) }));
      else resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export interface ConvertOptions {
  /** The soffice program; found with findLibreOffice() when not given. */
  soffice?: string;
  /** Give up after this long (default 180 s; the first run of a profile takes a few seconds more). */
  timeoutMs?: number;
}

/**
 * Converts several DOCX files in one soffice run (LibreOffice starts once: 2–5 s saved per file).
 * Returns the PDF paths, in `outDir`, named like the inputs.
 */
export async function convertDocxFilesToPdf(docxPaths: string[], outDir: string, options: ConvertOptions = {}): Promise<string[]> {
  const soffice = options.soffice ?? findLibreOffice();
  if (!soffice) throw new LibreOfficeMissingError();
  const job = queue.then(async () => {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile()).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      ...docxPaths,
    ];
    let stderr = '';
    try {
      const r = await run(soffice, args, options.timeoutMs ?? 180_000);
      stderr = r.stderr;
    } catch (e) {
      const err = e as Error & { stderr?: string; killed?: boolean };
      throw new PdfConversionError(
        `LibreOffice failed to convert to PDF${err.killed ? ' (timed out)' : ''}: ${err.message.split('\n')[0]}`,
        err.stderr ?? '',
      );
    }
    const out = docxPaths.map((p) => join(outDir, p.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') + '.pdf'));
    const made = new Set(await readdir(outDir));
    const missing = out.filter((p) => !made.has(p.replace(/^.*[\\/]/, '')));
    if (missing.length > 0) {
      throw new PdfConversionError(`LibreOffice did not write ${missing.join(', ')}${stderr ? `: ${stderr.trim()}` : ''}`, stderr);
    }
    return out;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Converts DOCX bytes to PDF bytes with LibreOffice headless. */
export async function convertDocxToPdf(docx: Uint8Array, options: ConvertOptions = {}): Promise<Uint8Array> {
  const [pdf] = await convertDocxListToPdf([docx], options);
  return pdf!;
}

/**
 * Converts several documents' DOCX bytes to PDF bytes in one LibreOffice run, in order
 * (rendering a folder of records to PDF starts LibreOffice once, not once a record).
 */
export async function convertDocxListToPdf(docxList: Uint8Array[], options: ConvertOptions = {}): Promise<Uint8Array[]> {
  if (docxList.length === 0) return [];
  const soffice = options.soffice ?? findLibreOffice();
  if (!soffice) throw new LibreOfficeMissingError();
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-pdf-'));
  try {
    const inputs = docxList.map((_, i) => join(dir, `document-${i + 1}.docx`));
    await Promise.all(inputs.map((input, i) => writeFile(input, docxList[i]!)));
    const pdfs = await convertDocxFilesToPdf(inputs, dir, { ...options, soffice });
    return Promise.all(pdfs.map(async (pdf) => new Uint8Array(await readFile(pdf))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
