import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RecordSource } from '../records/readRecord.js';
import type { RegisterFigures } from './summary.js';

/**
 * Figures counted from the registers a summary names (`registers:`), for its period.
 * Placeholder until the register reader lands: reports that registers are not read yet.
 */
export async function loadRegisterFigures(
  data: Record<string, unknown>,
  source: RecordSource,
  bag: DiagnosticBag,
  _options: { skipBadRows?: boolean },
): Promise<RegisterFigures | undefined> {
  bag.error('registers-unavailable', 'reading registers is not available in this build', {
    start: source.locate(['registers'])?.key?.start,
    path: ['registers'],
  });
  void data;
  return undefined;
}
