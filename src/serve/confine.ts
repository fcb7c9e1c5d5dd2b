/**
 * Paths the page names, resolved inside the served folder and nowhere else: no absolute paths, no
 * `..`, no symbolic link that leads out (its real path is checked), records only (.yaml, .yml, .md).
 */
import { localize, say, type Text } from '../diagnostics/messages/index.js';
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const RECORD_EXTENSIONS = new Set(['.yaml', '.yml', '.md']);
/** The registers (台账) the page may write into the folder (src/registers/read.ts reads these). */
export const REGISTER_EXTENSIONS = new Set(['.csv', '.xlsx', '.yaml', '.yml']);

/** Why a path is refused: 403 (outside the folder, not a record) or 404 (no such record). */
export class Refused extends Error {
  constructor(
    readonly status: 403 | 404,
    /** Why, in the catalogue's words (the page says it in its language). */
    readonly text: Text,
  ) {
    super(localize(text, 'en'));
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Whether `name`, relative to `from`, lies outside `root`, as written or through a link; a missing file is the pipeline's to report. */
function leadsOutside(root: string, from: string, name: string): boolean {
  if (name.includes('\0')) return true;
  const full = resolve(from, name);
  let real = full;
  try {
    real = realpathSync(full);
  } catch {
    /* missing */
  }
  return !inside(root, full) || !inside(root, real);
}

/**
 * The absolute path of a record named by the page, relative to `root` (a real path).
 * `existing`: the record must be there, a regular file; otherwise its folder must be, and it must not.
 * `extensions`: the kinds of file allowed (records unless given; registers for a register saved).
 */
export function confine(root: string, name: unknown, existing: boolean, extensions: ReadonlySet<string> = RECORD_EXTENSIONS): string {
  if (typeof name !== 'string' || !name || name.length > 1000 || /[\0-\x1f]/.test(name)) throw new Refused(403, say('serve.bad-path'));
  if (isAbsolute(name) || name.split(/[\\/]/).includes('..')) throw new Refused(403, say('serve.outside'));
  if (!extensions.has(extname(name).toLowerCase())) throw new Refused(403, say(extensions === RECORD_EXTENSIONS ? 'serve.not-a-record-file' : 'serve.register-format'));
  const full = resolve(root, name);
  if (!inside(root, full)) throw new Refused(403, say('serve.outside'));
  if (existing) {
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      throw new Refused(404, say('serve.no-record', { name }));
    }
    if (!inside(root, real)) throw new Refused(403, say('serve.outside', { link: true }));
    if (!lstatSync(real).isFile()) throw new Refused(403, say('serve.not-regular'));
    return real;
  }
  let parent: string;
  try {
    parent = realpathSync(dirname(full));
  } catch {
    throw new Refused(404, say('serve.no-folder', { folder: dirname(name) }));
  }
  if (!inside(root, parent)) throw new Refused(403, say('serve.outside', { link: true }));
  return resolve(parent, full.slice(dirname(full).length + 1));
}

/**
 * Files a record names that lie outside the folder — registers (`registers:` / `台账:`, relative to
 * the record) and a template given as a path (`template: ../x.hbs`): the server does not read them,
 * so the pipeline is not run on a record that names one.
 * Returns each such name with its key path as the record writes it.
 */
export function registersOutside(root: string, file: string, data: unknown, canonicalKey: (key: string) => string): { path: (string | number)[]; name: string }[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  const out: { path: (string | number)[]; name: string }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const canonical = canonicalKey(key);
    if (canonical === 'template') {
      // a template is a built-in's name, or a .hbs file read relative to the served folder (src/templates/catalog.ts findTemplate)
      if (typeof value !== 'string' || !/[\\/]|\.\.|\.hbs$|\0/.test(value)) continue;
      if (!value.endsWith('.hbs') || leadsOutside(root, root, value)) out.push({ path: [key], name: value });
      continue;
    }
    if (canonical !== 'registers') continue;
    const names = Array.isArray(value) ? value : [value];
    names.forEach((name, i) => {
      const at = Array.isArray(value) ? [key, i] : [key];
      if (typeof name !== 'string') return;
      if (leadsOutside(root, dirname(file), name)) out.push({ path: at, name });
    });
  }
  return out;
}
