import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { EncodingProblem } from './decodeText.js';

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/**
 * What the text decoder (./decodeText.ts) found in a record's or a register's bytes — a stray byte
 * in a UTF-8 file, a line in another encoding — as errors at their line and column, said the same
 * way for both, and `more` lines with problems beyond those in one message. `file` when the bag's
 * own file is not the one meant; `hint` says how the file is saved again.
 */
export function reportEncoding(problems: readonly EncodingProblem[], more: number, encoding: string, file: string | undefined, bag: DiagnosticBag, hint: string): void {
  const name = ENCODING_NAMES[encoding] ?? encoding;
  const at = file ? { file } : {};
  for (const p of problems) {
    if (p.kind === 'mixed-encoding') {
      bag.error('mixed-encoding', `mixed encoding: line ${p.line} is ${p.lineEncoding ?? 'not ' + name}, the rest of the file ${name}`, {
        ...at, start: { line: p.line, column: p.column }, expected: `every line in ${name}`, hint,
      });
    } else {
      const several = p.bytes !== undefined && p.bytes.includes(' ');
      bag.error('invalid-byte', `byte${several ? 's' : ''} ${p.bytes} at line ${p.line}, column ${p.column} ${several ? 'are' : 'is'} not ${name}, as the rest of the file is`, {
        ...at, start: { line: p.line, column: p.column }, expected: `${name} text`, hint,
      });
    }
  }
  if (more > 0) bag.error('mixed-encoding', `${more} more line${more === 1 ? '' : 's'}${file ? ` of ${file}` : ''} ${more === 1 ? 'is' : 'are'} not ${name}`, { ...at, hint });
}

