import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalKind } from '../records/aliases.js';

/** The package's folder (two above this module, in src/cli/ as in dist/bundle/). */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The JSON Schema shipped in the package for a kind (`schemas/<kind>.schema.json`, written by `npm run build`). */
export function shippedSchema(kind: string): string {
  return resolve(PACKAGE_ROOT, 'schemas', `${kind}.schema.json`);
}

/**
 * A starter with a first line that VS Code's YAML extension (yaml-language-server) reads:
 * `# yaml-language-server: $schema=<path>`, the path to the schema shipped in the package for the
 * starter's kind. The path is relative to the starter's folder when gongwen is installed in that
 * project (node_modules) or the starter is inside gongwen's own folder, so that the project can be
 * moved or shared; otherwise (a global install) it is the schema's absolute path.
 */
export function withSchemaLine(starter: string, starterFile: string): string {
  const kindName = /^(?:kind|类型|文种):\s*(\S+)/m.exec(starter)?.[1];
  const schemaName = kindName ? canonicalKind(kindName) : 'config';
  const schema = shippedSchema(schemaName);
  return `# yaml-language-server: $schema=${schemaPath(schema, dirname(starterFile))}\n${starter}`;
}

function schemaPath(schema: string, from: string): string {
  const rel = relative(from, schema);
  const parts = rel.split(sep);
  const ups = parts.findIndex((p) => p !== '..');
  // found from the starter's folder as Node finds a package (an ancestor's node_modules), or gongwen's own folder
  const local = !isAbsolute(rel) && (parts[ups] === 'node_modules' || !relative(PACKAGE_ROOT, from).startsWith('..'));
  return (local ? rel : schema).split(sep).join('/');
}
