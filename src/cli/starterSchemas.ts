import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../records/schema/index.js';
import { kindJsonSchema } from '../records/jsonSchema.js';
import { configJsonSchema } from '../config/configJsonSchema.js';

/**
 * Writes `<dir>/<kind>.schema.json` for every kind and `<dir>/config.schema.json`: the schemas
 * `gongwen schema` prints, which the yaml-language-server line of a starter names (./starter.ts).
 * `npm run build` writes them into the package's schemas/ (scripts/schemas.js), and so does the
 * tests' global setup, so that they are never older than the sources.
 */
export function writeShippedSchemas(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, schema: unknown) => {
    const file = join(dir, `${name}.schema.json`);
    writeFileSync(file, JSON.stringify(schema, null, 2) + '\n');
    written.push(file);
  };
  for (const kind of Object.values(KINDS)) write(kind.kind, kindJsonSchema(kind));
  write('config', configJsonSchema());
  return written;
}
