/**
 * What the page's list of records (GET /api/records, ./records.ts) compiled before, kept while nothing
 * the compile read has changed, so that a refresh of a folder of many records compiles only the records
 * that changed. A record's result is reused when its text is the same and every file its compile used
 * (src/config/usedFiles.ts: gongwen.config.yaml above it, its template, the registers it counts, and the
 * files of the project template folders, where its partials are) is the same — or is still missing.
 * A Markdown record is compiled every time (its front matter is not read here).
 *
 * "The same" is told by a file's stamp: its size, modification and change times and inode, and for a
 * file of up to SMALL_FILE bytes (a config, a template, a partial, most registers) a hash of its bytes.
 * Size and mtime alone miss an edit of one character for another of as many bytes (张 for 李) saved
 * within the clock's tick, and a file copied over with its time kept (`cp -p`); the change time moves
 * for both, and the hash catches what a coarse clock (FAT's 2 s) leaves. A larger register is not read
 * at every refresh of the list: its stamp has no hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { configPlaces } from '../config/findConfig.js';
import { usedFiles } from '../config/usedFiles.js';

interface Checked {
  valid: boolean;
  errors: number;
}

interface Entry extends Checked {
  textHash: string;
  used: string[];
  usedFolders: string[];
  stamp: string;
}

const hashOf = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Files up to this size (bytes) are stamped with a hash of their bytes too. */
const SMALL_FILE = 1024 * 1024;

/** A file's size, times and inode, and for a small file the hash of its bytes; or that it is missing. */
function fileStamp(file: string): string {
  try {
    const s = statSync(file);
    const times = `${file}:${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
    return s.size <= SMALL_FILE ? `${times}:${hashOf(readFileSync(file))}` : times;
  } catch {
    return `${file}:-`;
  }
}

/** The files of a template folder and of its subfolders (partials/), each with its stamp (`stampOfFile`: a file the record also used directly is read once). */
function folderStamp(dir: string, stampOfFile: (file: string) => string): string {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => stampOfFile(join(e.parentPath ?? dir, e.name)))
      .sort()
      .join('|');
  } catch {
    return `${dir}:-`;
  }
}

export class RecordList {
  private readonly entries = new Map<string, Entry>();
  /** The stamps taken in the current listing (startListing): a file many records share is read and hashed once a listing. */
  private stamps = new Map<string, string>();

  /** A new listing of the folder begins: stamps are taken again. */
  startListing(): void {
    this.stamps = new Map();
  }

  private stamp(path: string, take: (path: string) => string): string {
    let stamp = this.stamps.get(path);
    if (stamp === undefined) this.stamps.set(path, (stamp = take(path)));
    return stamp;
  }

  private stampOf(used: string[], usedFolders: string[]): string {
    const stampOfFile = (f: string) => this.stamp(f, fileStamp);
    return [...used.map(stampOfFile), ...usedFolders.map((d) => this.stamp(`${d}\0folder`, () => folderStamp(d, stampOfFile)))].join('\n');
  }

  /** The last result for the record, when its text and every file its compile used are unchanged. */
  unchanged(file: string, text: string): Checked | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.textHash !== hashOf(text) || entry.stamp !== this.stampOf(entry.used, entry.usedFolders)) return undefined;
    return { valid: entry.valid, errors: entry.errors };
  }

  /** Keeps a compile's result with the files it used (cwd: the served folder, as the compile's). */
  remember(file: string, text: string, cwd: string, compiled: { page: { valid: boolean; diagnostics: Array<{ severity: string }> }; source: unknown }): Checked {
    const { page } = compiled;
    const checked = { valid: page.valid, errors: page.diagnostics.filter((d) => d.severity === 'error').length };
    if (extname(file).toLowerCase() === '.md') return checked;
    const used = usedFiles(file, compiled.source, undefined, cwd);
    const files = [used.config, used.template, ...used.registers].filter((f): f is string => Boolean(f));
    // the config is looked for in every folder above the record: one written later is a change too
    const places = configPlaces(dirname(file));
    const entry = { ...checked, textHash: hashOf(text), used: [...new Set([...files, ...places])], usedFolders: used.templateDirs, stamp: '' };
    entry.stamp = this.stampOf(entry.used, entry.usedFolders);
    this.entries.set(file, entry);
    return checked;
  }

  /** Forgets records no longer in the folder. */
  keepOnly(files: Set<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
  }
}
