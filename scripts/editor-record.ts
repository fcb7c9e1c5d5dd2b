/**
 * The record and schema the editor screenshots show, from the sources (no build needed):
 *   npx vite-node scripts/editor-record.ts <folder>
 * writes <folder>/纪要.yaml as `gongwen new 纪要 -o 纪要.yaml` writes it (its first line names the
 * shipped schema, relative to the folder when the folder is inside the package) and
 * <folder>/minutes.schema.json as `gongwen schema minutes` prints it. Used by scripts/editor-screenshots.mjs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import type { CliIO } from '../src/cli/io.js';

const [folder] = process.argv.slice(2);
if (!folder) {
  console.error('usage: editor-record.ts <folder>');
  process.exit(2);
}

async function run(args: string[]): Promise<string> {
  const out: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => process.stderr.write(t), color: false, cwd: folder, env: { LANG: 'C' } };
  const code = await main(args, io);
  if (code !== 0) throw new Error(`gongwen ${args.join(' ')} exited ${code}`);
  return out.join('');
}

await run(['new', '纪要', '-o', join(folder, '纪要.yaml')]);
writeFileSync(join(folder, 'minutes.schema.json'), await run(['schema', 'minutes']));
