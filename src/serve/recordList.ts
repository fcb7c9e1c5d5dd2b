/**
 * What the page's list of records (GET /api/records, ./records.ts) compiled before, kept while nothing
 * the compile read has changed, so that a refresh of a folder of many records compiles only the records
 * that changed. A record's result is reused when its text is the same and every file its compile used
 * (src/config/usedFiles.ts: gongwen.config.yaml above it, its template, the registers it counts, and the
 * files of the project template folders, where its partials are) has the same size and modification
 * time — or is still missing. A Markdown record is compiled every time (its front matter is not read
 * here).
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
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

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/** Size and modification time of a file, or that it is missing. */
function fileStamp(file: string): string {
  try {
    const s = statSync(file);
    return `${file}:${s.size}:${s.mtimeMs}`;
  } catch {
    return `${file}:-`;
  }
}

/** The files of a template folder and of its subfolders (partials/), with their sizes and times. */
function folderStamp(dir: string): string {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => fileStamp(join(e.parentPath ?? dir, e.name)))
      .sort()
      .join('|');
  } catch {
    return `${dir}:-`;
  }
}

const stampOf = (used: string[], usedFolders: string[]) => [...used.map(fileStamp), ...usedFolders.map(folderStamp)].join('\n');

export class RecordList {
  private readonly entries = new Map<string, Entry>();

  /** The last result for the record, when its text and every file its compile used are unchanged. */
  unchanged(file: string, text: string): Checked | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.textHash !== hashOf(text) || entry.stamp !== stampOf(entry.used, entry.usedFolders)) return undefined;
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
    entry.stamp = stampOf(entry.used, entry.usedFolders);
    this.entries.set(file, entry);
    return checked;
  }

  /** Forgets records no longer in the folder. */
  keepOnly(files: Set<string>): void {
    for (const file of this.entries.keys()) if (!files.has(file)) this.entries.delete(file);
  }
}
