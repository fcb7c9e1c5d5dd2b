// Golden diagnostics: each bad record in test/fixtures/diagnostics/ is validated, and what
// `gongwen validate` prints on stderr (colour off, as with FORCE_COLOR=0) must equal its .stderr file
// beside it — the messages a user reads, as TypeScript keeps its baselines.
// Regenerate with UPDATE_GOLDEN=1 npx vitest run test/diagnostics-golden.test.ts, then review every
// changed line (git diff test/fixtures/diagnostics).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from './support/cli.js';

const dir = join(import.meta.dirname, 'fixtures/diagnostics');
const fixtures = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
const update = Boolean(process.env.UPDATE_GOLDEN);

describe('diagnostics of typical mistakes, against their golden stderr', () => {
  test('there is a fixture for each typical mistake', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of fixtures) {
    test(name, async () => {
      const run = await runCli(['validate', name], dir, { FORCE_COLOR: '0' });
      // every fixture is a bad record: exit 1, nothing on stdout
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const golden = join(dir, name.replace(/\.yaml$/, '.stderr'));
      if (update) writeFileSync(golden, run.stderr);
      expect(existsSync(golden), `no golden for ${name}: run UPDATE_GOLDEN=1 npx vitest run test/diagnostics-golden.test.ts and review it`).toBe(true);
      expect(run.stderr).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
