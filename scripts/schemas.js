#!/usr/bin/env node
// Writes schemas/<kind>.schema.json for each kind and schemas/config.schema.json (run by `npm run
// build`, after tsc), from the compiled sources: src/cli/starterSchemas.ts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { writeShippedSchemas } = await import('../dist/cli/starterSchemas.js');
writeShippedSchemas(join(root, 'schemas'));
