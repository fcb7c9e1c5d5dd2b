import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dispute, Petition, Register } from './types.js';
import { columnLetter } from './validate.js';

/**
 * Puts the rows of several registers together, by kind. A 编号 that a register
 * of the same kind already used is reported (`duplicate-id`, at the later row)
 * and that later row left out — so passing a CSV and the XLSX saved from it
 * does not count every case twice. A kind no register has stays undefined.
 */
export function combineRegisters(
  registers: readonly Register[],
  bag: DiagnosticBag,
  options: { skipBadRows?: boolean } = {},
): { petitions?: Petition[]; disputes?: Dispute[] } {
  const out: { petitions?: Petition[]; disputes?: Dispute[] } = {};
  const seen = { petitions: new Map<string, { file: string; line: number }>(), disputes: new Map<string, { file: string; line: number }>() };
  for (const register of registers) {
    const ids = seen[register.kind];
    const kept: Array<Petition | Dispute> = [];
    for (const row of register.rows) {
      const first = ids.get(row.id);
      if (first) {
        bag.add({
          severity: options.skipBadRows ? 'warning' : 'error',
          code: 'duplicate-id',
          message: `编号 "${row.id}"${register.format === 'yaml' ? '' : ` in column ${columnLetter(row.idColumn - 1)}`} is used twice: first in ${first.file} at ${register.format === 'yaml' ? 'line' : 'row'} ${first.line}, again here`,
          file: register.file,
          start: { line: row.line, column: row.idColumn },
          path: ['编号'],
          expected: 'each 编号 once across the registers given',
          hint: options.skipBadRows ? 'row left out (--skip-bad-rows)' : 'give each register once (the CSV or the XLSX, not both)',
        });
        continue;
      }
      ids.set(row.id, { file: register.file, line: row.line });
      kept.push(row);
    }
    // A loop, not push(...kept): 100,000 arguments overflow the stack.
    const into = (register.kind === 'petitions' ? (out.petitions ??= []) : (out.disputes ??= [])) as Array<Petition | Dispute>;
    for (const row of kept) into.push(row);
  }
  return out;
}
