#!/usr/bin/env node
// Writes schemas/<kind>.schema.json for each kind and schemas/config.schema.json (run by `npm run
// build` and by `prepare`), from the sources: src/cli/starterSchemas.ts, bundled by esbuild into a
// temporary file and required (./requireSource.js). No tsc output is needed, so `prepare` (npm install
// in a clone, npm pack) does not run tsc: the package ships the bundle and the schemas only.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireSource } from './requireSource.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
(await requireSource(root, 'src/cli/starterSchemas.ts')).writeShippedSchemas(join(root, 'schemas'));
