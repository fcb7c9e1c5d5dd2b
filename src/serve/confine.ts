/**
 * Paths the page names, resolved inside the served folder and nowhere else: no absolute paths, no
 * `..`, no symbolic link that leads out (its real path is checked), records only (.yaml, .yml, .md).
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const RECORD_EXTENSIONS = new Set(['.yaml', '.yml', '.md']);

/** Why a path is refused: 403 (outside the folder, not a record) or 404 (no such record). */
export class Refused extends Error {
  constructor(
    readonly status: 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The absolute path of a record named by the page, relative to `root` (a real path).
 * `existing`: the record must be there, a regular file; otherwise its folder must be, and it must not.
 */
export function confine(root: string, name: unknown, existing: boolean): string {
  if (typeof name !== 'string' || !name || name.length > 1000 || /[\0-\x1f]/.test(name)) throw new Refused(403, '记录路径无效');
  if (isAbsolute(name) || name.split(/[\\/]/).includes('..')) throw new Refused(403, '只能访问本文件夹内的记录');
  if (!RECORD_EXTENSIONS.has(extname(name).toLowerCase())) throw new Refused(403, '只能读写记录文件（.yaml、.yml、.md）');
  const full = resolve(root, name);
  if (!inside(root, full)) throw new Refused(403, '只能访问本文件夹内的记录');
  if (existing) {
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      throw new Refused(404, `没有记录 ${name}`);
    }
    if (!inside(root, real)) throw new Refused(403, '只能访问本文件夹内的记录（符号链接指向文件夹外）');
    if (!lstatSync(real).isFile()) throw new Refused(403, '记录须是普通文件');
    return real;
  }
  let parent: string;
  try {
    parent = realpathSync(dirname(full));
  } catch {
    throw new Refused(404, `没有文件夹 ${dirname(name)}`);
  }
  if (!inside(root, parent)) throw new Refused(403, '只能访问本文件夹内的记录（符号链接指向文件夹外）');
  return resolve(parent, full.slice(dirname(full).length + 1));
}
