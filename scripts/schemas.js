#!/usr/bin/env node
// Writes schemas/<kind>.schema.json for each kind and schemas/config.schema.json (run by `npm run
// build`, after tsc): the JSON Schemas `gongwen schema` prints, shipped in the package so that the
// `# yaml-language-server: $schema=…` line `gongwen new` writes into a starter points at a file that
// is there. test/schemas.test.ts checks the committed files against the sources.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { KINDS } = await import('../dist/records/schema/index.js');
const { kindJsonSchema } = await import('../dist/records/jsonSchema.js');
const { configJsonSchema } = await import('../dist/config/configJsonSchema.js');

mkdirSync(join(root, 'schemas'), { recursive: true });
const write = (name, schema) => writeFileSync(join(root, 'schemas', `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
for (const kind of Object.values(KINDS)) write(kind.kind, kindJsonSchema(kind));
write('config', configJsonSchema());
