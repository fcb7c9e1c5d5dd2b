import { closeSync, openSync, readdirSync, readSync, statSync, constants, type Stats } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { isConfigFileName } from '../config/fileNames.js';
import { say, type LocalText } from '../diagnostics/messages/lookup.js';
import { exists, expandPattern, isPattern } from './glob.js';

const RECORD_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.markdown']);

/** A YAML file that is a list is a register, not a record: skipped when a folder is expanded. */
function looksLikeRegister(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  // the first 4 KB say it: the first line that is not a comment
  const buf = Buffer.alloc(4096);
  let n = 0;
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    n = readSync(fd, buf, 0, buf.length, 0);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const text = buf.subarray(0, n).toString('utf8');
  const first = text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#') && l.trim() !== '---');
  return first !== undefined && first.trimStart().startsWith('- ');
}

/** An input that is not read, and why (a FIFO, a device, a socket among the records). */
export interface RefusedInput {
  path: string;
  reason: LocalText;
}

const notRegular = (st: Stats) =>
  say(st.isFIFO() ? 'cli.refused.fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'cli.refused.device' : st.isSocket() ? 'cli.refused.socket' : 'cli.refused.other');

/**
 * Files and folders named on the command line → record files, folders expanded recursively in name
 * order. Only regular files are records (a link to one is followed); anything else is refused
 * with a reason, and the other inputs are still processed.
 */
export function expandInputs(inputs: string[], cwd: string): { files: string[]; missing: string[]; refused: RefusedInput[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const refused: RefusedInput[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      refused.push({ path: dir, reason: say('cli.refused.unlisted', { code: String((err as NodeJS.ErrnoException).code ?? err) }) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules' || name === 'gongwen-templates') continue;
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch {
        continue; // a dangling link in a folder is not an input
      }
      if (st.isDirectory()) {
        if (depth < 32) walk(p, depth + 1);
        continue;
      }
      if (!RECORD_EXTENSIONS.has(extname(name).toLowerCase()) || /^readme/i.test(name) || isConfigFileName(name)) continue;
      if (!st.isFile()) refused.push({ path: p, reason: notRegular(st) });
      else if (!looksLikeRegister(p)) files.push(p);
    }
  };
  const add = (p: string, input: string) => {
    let st: Stats;
    try {
      st = statSync(p);
    } catch {
      missing.push(input);
      return;
    }
    if (st.isDirectory()) walk(p, 0);
    else if (st.isFile()) files.push(p);
    else refused.push({ path: p, reason: notRegular(st) });
  };
  for (const input of inputs) {
    const p = resolve(cwd, input);
    // a quoted pattern ("记录/*.yaml") is expanded here: cmd.exe and PowerShell do not expand it
    if (isPattern(input) && !exists(p)) {
      const matches = expandPattern(input, cwd);
      if (!matches.length) missing.push(input);
      // gongwen.config.yaml matches *.yaml but is the folder's settings, not a record (src/config)
      for (const m of matches) if (!isConfigFileName(basename(m))) add(m, input);
    } else add(p, input);
  }
  return { files, missing, refused };
}
