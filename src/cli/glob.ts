import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, parse as parsePath, sep } from 'node:path';

/** Whether a command-line word is a pattern (cmd.exe and PowerShell hand `*.yaml` over as it is). */
export const isPattern = (word: string): boolean => /[*?[]/.test(word);

/** `*` any characters but a separator, `?` one, `[abc]` / `[a-z]` one of them; `**` any folders. */
function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') re += '[^/\\\\]*';
    else if (c === '?') re += '[^/\\\\]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' || process.platform === 'darwin' ? 'i' : '');
}

/**
 * The files and folders a pattern names, relative to `cwd` unless it is absolute, in name order.
 * Names starting with "." match only a pattern that starts with "." (as in a shell).
 */
export function expandPattern(pattern: string, cwd: string): string[] {
  const normal = pattern.replace(/[\\/]+/g, sep);
  const root = isAbsolute(normal) ? parsePath(normal).root : '';
  const segments = normal.slice(root.length).split(sep).filter(Boolean);
  let found = [root ? root : cwd];
  segments.forEach((segment, index) => {
    const next: string[] = [];
    const last = index === segments.length - 1;
    for (const base of found) {
      if (segment === '**') {
        // this folder and every folder below it (not following links into loops: depth-limited)
        const walk = (dir: string, depth: number) => {
          next.push(dir);
          if (depth >= 32) return;
          for (const name of list(dir)) if (!name.startsWith('.') && isFolder(join(dir, name))) walk(join(dir, name), depth + 1);
        };
        walk(base, 0);
      } else if (!isPattern(segment)) {
        next.push(join(base, segment));
      } else {
        const re = segmentRegExp(segment);
        for (const name of list(base)) {
          if (name.startsWith('.') && !segment.startsWith('.')) continue;
          if (re.test(name) && (last || isFolder(join(base, name)))) next.push(join(base, name));
        }
      }
    }
    found = [...new Set(next)];
  });
  return found.filter(exists).sort();
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
/** Whether anything is at `p` (a link is followed). */
export function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
