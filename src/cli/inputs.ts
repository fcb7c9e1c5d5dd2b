import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const RECORD_EXTENSIONS = new Set(['.yaml', '.yml', '.md', '.markdown']);

/** A YAML file that is a list is a register, not a record: skipped when a folder is expanded. */
function looksLikeRegister(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  const text = readFileSync(file, 'utf8');
  const first = text.split('\n').find((l) => l.trim() && !l.trim().startsWith('#') && l.trim() !== '---');
  return first !== undefined && first.trimStart().startsWith('- ');
}

/** Files and folders named on the command line → record files, folders expanded recursively in name order. */
export function expandInputs(inputs: string[], cwd: string): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules' || name === 'gongwen-templates') continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (RECORD_EXTENSIONS.has(extname(name).toLowerCase()) && !/^readme/i.test(name) && !looksLikeRegister(p)) files.push(p);
    }
  };
  for (const input of inputs) {
    const p = resolve(cwd, input);
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(input);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
