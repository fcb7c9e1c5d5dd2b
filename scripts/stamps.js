// What a build or a check was made from, to know later whether it would be made again: each file (relative to
// `root`) by size and modification time. scripts/bundle.js keeps the bundle's inputs so (dist/.bundle-inputs.json),
// test/run.mjs the files of the last type-check that passed.
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Each file as "path size mtime", or "path missing". */
export function stamps(root, paths) {
  return paths.map((p) => {
    try {
      const s = statSync(join(root, p));
      return `${p} ${s.size} ${s.mtimeMs}`;
    } catch {
      return `${p} missing`;
    }
  });
}

/** Whether the files are as `recorded` (stamps of the same paths, taken earlier) says. */
export function stampsHold(root, paths, recorded) {
  return JSON.stringify(stamps(root, paths)) === JSON.stringify(recorded);
}
