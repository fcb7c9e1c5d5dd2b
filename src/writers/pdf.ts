/**
 * DOCX → PDF through LibreOffice headless (`soffice --headless --convert-to pdf`).
 *
 * Each process uses a LibreOffice profile of its own (-env:UserInstallation) in a temporary
 * directory, so that parallel runs, and a LibreOffice the user has open, do not collide; the
 * conversions of one process are run one after another. No network is used. (The test suite gives
 * some conversions the profile of a LibreOffice it keeps running: useLibreOfficeProfile.)
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { docxWriter } from './docx/index.js';
import { FONT_STYLES, type FontRole } from '../layout/standard.js';
import { escapeXml } from './docx/xml.js';
import type { Writer } from './writer.js';

/**
 * The Debian/Ubuntu packages that give a headless LibreOffice Writer and free faces of each style a
 * 公文 uses: Noto Sans CJK (黑体) and Noto Serif CJK Bold (小标宋) in fonts-noto-cjk, FandolFang (仿宋)
 * and FandolKai (楷体) in texlive-lang-chinese.
 */
export const LIBREOFFICE_PACKAGES = 'libreoffice-writer-nogui fonts-noto-cjk texlive-lang-chinese';

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

/** The styles of face a 公文 is set in (GB/T 9704 §7): the roles of standard.ts's FONT_PROFILES. */
export type FaceRole = FontRole;

export interface Face {
  /** A fontconfig family. */
  family: string;
  /** Set bold (a heavy Song for 小标宋). */
  bold?: boolean;
  /** The Debian package that has it. */
  pkg: string;
}

/**
 * For each style, the names a DOCX may ask for (FONT_STYLES of src/layout/standard.ts), the free faces of
 * that style in order of preference, and the face used when none is installed.
 * Measured with LibreOffice 7.4: the 28 × 22 grid holds with each (test/layout-pdf.test.ts), since
 * every one is full-width for CJK and the line pitch is exact.
 */
const styleNames = (role: FontRole) => ({ label: FONT_STYLES[role].label, names: FONT_STYLES[role].names });

export const FACES: Record<FaceRole, { label: string; names: string[]; faces: Face[]; fallback: Face }> = {
  fangsong: {
    ...styleNames('fangsong'),
    faces: [{ family: 'FandolFang', pkg: 'texlive-lang-chinese' }],
    fallback: { family: 'Noto Serif CJK SC', pkg: 'fonts-noto-cjk' },
  },
  kaiti: {
    ...styleNames('kaiti'),
    faces: [
      { family: 'FandolKai', pkg: 'texlive-lang-chinese' },
      { family: 'AR PL UKai CN', pkg: 'fonts-arphic-ukai' },
      { family: 'LXGW WenKai', pkg: 'fonts-lxgw-wenkai' },
    ],
    fallback: { family: 'Noto Serif CJK SC', pkg: 'fonts-noto-cjk' },
  },
  heiti: {
    ...styleNames('heiti'),
    faces: [
      { family: 'Noto Sans CJK SC', pkg: 'fonts-noto-cjk' },
      { family: 'FandolHei', pkg: 'texlive-lang-chinese' },
    ],
    fallback: { family: 'Noto Sans CJK SC', pkg: 'fonts-noto-cjk' },
  },
  xiaobiaosong: {
    ...styleNames('xiaobiaosong'),
    faces: [
      { family: 'Noto Serif CJK SC', bold: true, pkg: 'fonts-noto-cjk' },
      { family: 'FandolSong', bold: true, pkg: 'texlive-lang-chinese' },
    ],
    fallback: { family: 'Noto Serif CJK SC', pkg: 'fonts-noto-cjk' },
  },
  songti: {
    ...styleNames('songti'),
    faces: [
      { family: 'Noto Serif CJK SC', pkg: 'fonts-noto-cjk' },
      { family: 'FandolSong', pkg: 'texlive-lang-chinese' },
    ],
    fallback: { family: 'Noto Serif CJK SC', pkg: 'fonts-noto-cjk' },
  },
};

/** Where TeX Live keeps the Fandol faces (not in fontconfig's own folders): added to the run's font folders. */
export const EXTRA_FONT_DIRS = [
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol',
  '/usr/share/texmf/fonts/opentype/public/fandol',
  '/usr/local/texlive/texmf-dist/fonts/opentype/public/fandol',
];

/** fontconfig's families, read with a given configuration file (null where there is no fc-list: macOS, Windows). */
export function installedFamilies(fontconfigFile?: string): Set<string> | null {
  try {
    const out = execFileSync('fc-list', [':', 'family'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: fontconfigFile ? { ...process.env, FONTCONFIG_FILE: fontconfigFile } : process.env,
    });
    return new Set(out.split('\n').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean));
  } catch {
    return null;
  }
}

export interface FacePlan {
  /** Name asked for → face given, for the names this machine does not have. */
  substitutions: { name: string; face: Face }[];
  /** One line per style whose preferred faces are all missing: which, and what is used instead. */
  warnings: string[];
}

/**
 * Which face stands in for each name a DOCX may ask for, on a machine with `installed` families:
 * a name the machine has is left alone (the real 仿宋_GB2312 is used where it is installed).
 */
export function planFaces(installed: Set<string>): FacePlan {
  const substitutions: FacePlan['substitutions'] = [];
  const warnings: string[] = [];
  for (const role of Object.values(FACES)) {
    const missing = role.names.filter((n) => !installed.has(n));
    if (missing.length === 0) continue;
    // A face of the style under another of its names (仿宋 for 仿宋_GB2312), else a free one.
    const own = role.names.find((n) => installed.has(n));
    const face: Face | undefined = own ? { family: own, pkg: '' } : role.faces.find((f) => installed.has(f.family));
    const chosen = face ?? role.fallback;
    if (!face) {
      const wanted = role.faces.map((f) => `${f.family} (${f.pkg})`).join(' or ');
      warnings.push(
        installed.has(chosen.family)
          ? `no ${role.label} face is installed (${wanted}); ${role.label} text is set in ${chosen.family}`
          : `no ${role.label} face is installed (${wanted}), nor ${chosen.family}; LibreOffice picks a face for ${role.label} text`,
      );
    }
    for (const name of missing) substitutions.push({ name, face: chosen });
  }
  return { substitutions, warnings };
}

/**
 * A fontconfig file for LibreOffice's run: the system's configuration, TeX Live's Fandol folder,
 * and a rule per missing name that puts the chosen face first (bold for 小标宋).
 */
export function fontconfigFile(plan: FacePlan, dirs: string[] = EXTRA_FONT_DIRS.filter((d) => existsSync(d))): string {
  const rules = plan.substitutions
    .map(
      ({ name, face }) =>
        `  <match target="pattern"><test name="family" compare="eq"><string>${escapeXml(name)}</string></test>` +
        `<edit name="family" mode="prepend" binding="strong"><string>${escapeXml(face.family)}</string></edit>` +
        (face.bold ? '<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>' : '') +
        '</match>',
    )
    .join('\n');
  return (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n' +
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
    dirs.map((d) => `  <dir>${escapeXml(d)}</dir>\n`).join('') +
    rules +
    '\n</fontconfig>\n'
  );
}

/** A LibreOffice profile with no settings of its own (fonts come from the fontconfig file). */
const PROFILE_SETTINGS =
  '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>\n';

let fontSetup: { file?: string; warnings: string[] } | undefined;

/**
 * This process's face plan, made once: the fontconfig file LibreOffice runs with (none where there
 * is no fontconfig) and the warnings about missing faces.
 */
export function fontSetupForRun(): { file?: string; warnings: string[] } {
  return (fontSetup ??= fontSetupIn(profile()));
}

/** The face plan of this machine, its fontconfig files written in `dir` (fontSetupForRun's, in the process's profile). */
export function fontSetupIn(dir: string): { file?: string; warnings: string[] } {
  const base = join(dir, 'fonts-base.conf');
  writeFileSync(base, fontconfigFile({ substitutions: [], warnings: [] }));
  const installed = installedFamilies(base);
  if (!installed) return { warnings: [] };
  const plan = planFaces(installed);
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, fontconfigFile(plan));
  return { file, warnings: plan.warnings };
}

/** Makes `dir` a LibreOffice profile with no settings of its own. */
export function writeLibreOfficeProfile(dir: string): void {
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), PROFILE_SETTINGS);
}

/** soffice's arguments for a run on the profile in `dir`: headless, no window, no document restored or made, no lock check. */
export const libreOfficeArgs = (dir: string): string[] => [
  `-env:UserInstallation=${pathToFileURL(dir).href}`,
  '--headless',
  '--invisible',
  '--norestore',
  '--nolockcheck',
  '--nodefault',
];

/**
 * The socket through which a LibreOffice running on the profile in `dir` takes the files of a second soffice
 * started on it. LibreOffice 7 names it after the MD5 of the profile's URL (-env:UserInstallation, as
 * libreOfficeArgs writes it) read as UTF-16, each byte in hex without its leading zero
 * (desktop/source/app/officeipcthread.cxx, CreateMD5FromString), and makes it in /tmp whatever TMPDIR says
 * (sal/osl/unx/pipe.cxx). It removes it when it quits, but not when a signal ends it (a conversion that timed
 * out); on Windows it is a named pipe, which goes with the process. The test suite checks the name against a
 * running LibreOffice (test/support/shared-libreoffice.ts).
 */
export function libreOfficeSocket(dir: string): string {
  const digest = createHash('md5').update(Buffer.from(pathToFileURL(dir).href, 'utf16le')).digest();
  const uid = process.getuid?.() ?? 0;
  return `/tmp/OSL_PIPE_${uid}_SingleOfficeIPC_${[...digest].map((b) => b.toString(16)).join('')}`;
}

/**
 * LibreOffice's temporary folder for a run on the profile in `dir` (its TMPDIR): inside the profile, so that
 * the lu*.tmp folder a LibreOffice ended by a signal leaves behind goes with the profile.
 */
const temporaryIn = (dir: string): string => join(dir, 'tmp');

/** This process's LibreOffice profile directory, made on first use; removed on exit (removeLibreOfficeProfile). */
function profile(): string {
  if (!profileDir) {
    profileDir = join(tmpdir(), `gongwen-lo-${process.pid}-${Date.now().toString(36)}`);
    writeLibreOfficeProfile(profileDir);
    mkdirSync(temporaryIn(profileDir));
    process.once('exit', removeLibreOfficeProfile);
  }
  return profileDir;
}

/** A profile the caller gave (useLibreOfficeProfile), used instead of the process's own. */
let givenProfile: string | undefined;

/**
 * Conversions (of this module instance: in Node, of this thread) use the LibreOffice profile in `dir`, which
 * the caller made (writeLibreOfficeProfile) and removes, instead of one of their own; undefined goes back to
 * their own. Where a LibreOffice is already running on that profile, soffice hands it the conversion, with
 * the files and the folder, and waits until it is done, instead of starting LibreOffice again (2 s of CPU):
 * the test suite keeps one running (test/support/shared-libreoffice.ts). gongwen itself never calls it.
 */
export function useLibreOfficeProfile(dir: string | undefined): void {
  givenProfile = dir;
}

/**
 * Removes this process's LibreOffice profile, if it made one, with the fontconfig file in it: on exit, and by a caller
 * whose thread may end without the exit event (the layout tests in vitest's worker threads). A later conversion makes
 * new ones.
 */
export function removeLibreOfficeProfile(): void {
  if (!profileDir) return;
  try {
    // synchronous, as on exit; best effort
    rmSync(profileDir, { recursive: true, force: true });
  } catch {
    /* ignore */
  }
  profileDir = undefined;
  // its fontconfig file was in it (fontSetupForRun): made again with the next profile
  fontSetup = undefined;
}

function run(cmd: string, args: string[], timeoutMs: number, extraEnv: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 << 20, env: { ...process.env, HOME: process.env.HOME ?? tmpdir(), ...extraEnv } }, (err, stdout, stderr) => {
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
    // a profile the caller gave is a running LibreOffice's (useLibreOfficeProfile): its socket and folders are the caller's
    const own = givenProfile ? undefined : profile();
    const args = [
      ...libreOfficeArgs(givenProfile ?? own!),
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      outDir,
      ...docxPaths,
    ];
    let stderr = '';
    try {
      const fonts = fontSetupForRun();
      const r = await run(soffice, args, options.timeoutMs ?? 180_000, {
        ...(fonts.file ? { FONTCONFIG_FILE: fonts.file } : {}),
        ...(own ? { TMPDIR: temporaryIn(own) } : {}),
      });
      stderr = r.stderr;
    } catch (e) {
      const err = e as Error & { stderr?: string; killed?: boolean };
      // ended by the timeout's signal, LibreOffice leaves its socket in /tmp
      if (err.killed && own && process.platform !== 'win32') rmSync(libreOfficeSocket(own), { force: true });
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
  const { results } = await convertDocxBatchToPdf([{ name: 'the document', docx }], options);
  const [result] = results;
  if (!result || !('pdf' in result)) throw new PdfConversionError(result && 'error' in result ? result.error : 'no PDF');
  return result.pdf;
}

/** One document of a batch: the name messages use (the record's path), and its DOCX bytes. */
export interface BatchItem {
  name: string;
  docx: Uint8Array;
}

export type BatchResult = { name: string; pdf: Uint8Array } | { name: string; error: string };

/** A file name for a document in the temporary folder (never shown to the user). */
const tempName = (i: number) => `document-${i + 1}.docx`;

/**
 * Converts a batch of documents in one LibreOffice run; one that LibreOffice cannot convert (its PDF
 * missing, or the run failing) is tried again alone, so it does not cost the others their PDFs.
 * Messages name the document by `name`, never by a temporary file. `warnings`: faces missing on this
 * machine (which style, and what was used instead).
 */
export async function convertDocxBatchToPdf(
  items: BatchItem[],
  options: ConvertOptions = {},
): Promise<{ results: BatchResult[]; warnings: string[] }> {
  if (items.length === 0) return { results: [], warnings: [] };
  const soffice = options.soffice ?? findLibreOffice();
  if (!soffice) throw new LibreOfficeMissingError();
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-pdf-'));
  /** What LibreOffice said about document `i`, with the temporary folder and file names left out. */
  const why = (e: unknown, i: number): string => {
    const err = e as Partial<PdfConversionError> & Error;
    const said = (err.stderr ?? '')
      .split('\n')
      .filter((l) => l.trim() && !/javaldx|java may not/i.test(l))
      .join(' ');
    const text = (said || (err.message?.includes('timed out') ? 'timed out' : '')).trim();
    const base = tempName(i).replace(/\.docx$/, '');
    return text
      .split(`${dir}/${base}.docx`).join(items[i]!.name)
      .split(`${dir}/${base}.pdf`).join('its PDF')
      .split(dir).join('…')
      .replace(/\s+/g, ' ');
  };
  try {
    const inputs = items.map((_, i) => join(dir, tempName(i)));
    await Promise.all(inputs.map((input, i) => writeFile(input, items[i]!.docx)));
    const results: (BatchResult | undefined)[] = items.map(() => undefined);
    const collect = async (indices: number[]) => {
      const made = new Set(await readdir(dir));
      for (const i of indices) {
        const pdf = tempName(i).replace(/\.docx$/, '.pdf');
        if (made.has(pdf)) results[i] = { name: items[i]!.name, pdf: new Uint8Array(await readFile(join(dir, pdf))) };
      }
    };
    const all = items.map((_, i) => i);
    try {
      await convertDocxFilesToPdf(inputs, dir, { ...options, soffice });
    } catch {
      /* the documents without a PDF are tried alone below */
    }
    await collect(all);
    // Whatever is missing is tried alone: a document that breaks LibreOffice breaks only itself.
    for (const i of all.filter((k) => !results[k])) {
      let error: unknown;
      try {
        await convertDocxFilesToPdf([inputs[i]!], dir, { ...options, soffice });
      } catch (e) {
        error = e;
      }
      await collect([i]);
      if (!results[i]) {
        const name = items[i]!.name;
        const said = error ? why(error, i) : '';
        results[i] = { name, error: `LibreOffice could not convert ${name} to PDF${said ? ` (it said: ${said})` : ''}` };
      }
    }
    return { results: results as BatchResult[], warnings: fontSetupForRun().warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `render --format pdf` (src/writers/registry.ts): each document is written as DOCX, and the batch
 * converts them all in one LibreOffice run.
 */
export const pdfWriter: Writer = {
  format: 'pdf',
  extension: 'pdf',
  text: false,
  write: (document, options) => docxWriter.write(document, options),
  missing: () =>
    findLibreOffice() ? undefined : `PDF needs LibreOffice, which is not installed. On Debian or Ubuntu: apt-get install ${LIBREOFFICE_PACKAGES}`,
  async batch(items) {
    const { results, warnings } = await convertDocxBatchToPdf(items.map((item) => ({ name: item.name, docx: item.data })));
    return { results: results.map((r) => ('pdf' in r ? { data: r.pdf } : { error: r.error })), warnings };
  },
};
