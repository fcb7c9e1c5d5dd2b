import { say } from '../diagnostics/messages/index.js';
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';

// .xls and .et last: when they are OOXML they are read as workbooks, when they are the old binary format the message says to save them as .xlsx.
const REGISTER_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.yaml', '.yml', '.xls', '.et'];

/**
 * Expands the register arguments: a file stays as given; a folder gives the
 * register files directly in it (.xlsx, .csv, .yaml …; not hidden files or
 * Excel's ~$ lock files), sorted. When a folder holds the same register in
 * two forms (信访台账2009.xlsx and 信访台账2009.csv), only one is read — the
 * first in the order xlsx, csv, yaml — and a warning names the other, so no
 * case is counted twice. Paths stay relative to `cwd` as given, for messages.
 */
export function expandRegisterPaths(inputs: readonly string[], cwd: string, bag: DiagnosticBag): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const full = resolve(cwd, input);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // Missing files are reported when read.
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const files = readdirSync(full)
      .filter((f) => !f.startsWith('.') && !f.startsWith('~$') && REGISTER_EXTENSIONS.includes(extname(f).toLowerCase()))
      .sort();
    const byBase = new Map<string, string[]>();
    for (const f of files) {
      const base = basename(f, extname(f));
      byBase.set(base, [...(byBase.get(base) ?? []), f]);
    }
    for (const [, group] of byBase) {
      group.sort((a, b) => REGISTER_EXTENSIONS.indexOf(extname(a).toLowerCase()) - REGISTER_EXTENSIONS.indexOf(extname(b).toLowerCase()));
      out.push(join(input, group[0]));
      for (const other of group.slice(1)) {
        bag.warn('same-register-twice', say('register.same-twice', { file: join(input, other), kept: join(input, group[0]!) }), {
          file: join(input, other),
          hint: say('register.same-twice.hint'),
        });
      }
    }
    if (files.length === 0) {
      bag.error('no-registers', say('register.none-in-folder', { folder: input }), { file: input });
    }
  }
  return out;
}
