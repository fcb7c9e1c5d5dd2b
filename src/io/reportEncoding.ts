import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { EncodingProblem } from './decodeText.js';
import { say, type Text } from '../diagnostics/messages/index.js';

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/**
 * What the text decoder (./decodeText.ts) found in a record's or a register's bytes — a stray byte
 * in a UTF-8 file, a line in another encoding — as errors at their line and column, said the same
 * way for both, and `more` lines with problems beyond those in one message. `file` when the bag's
 * own file is not the one meant; `hint` says how the file is saved again.
 */
export function reportEncoding(problems: readonly EncodingProblem[], more: number, encoding: string, file: string | undefined, bag: DiagnosticBag, hint: Text): void {
  const name = ENCODING_NAMES[encoding] ?? encoding;
  const at = file ? { file } : {};
  for (const p of problems) {
    if (p.kind === 'mixed-encoding') {
      const message = p.lineEncoding
        ? say('mixed-encoding', { line: p.line, lineEncoding: p.lineEncoding, encoding: name })
        : say('mixed-encoding.not', { line: p.line, encoding: name });
      bag.error('mixed-encoding', message, {
        ...at, start: { line: p.line, column: p.column }, expected: say('mixed-encoding.expected', { encoding: name }), hint,
      });
    } else {
      const several = p.bytes !== undefined && p.bytes.includes(' ');
      bag.error('invalid-byte', say('invalid-byte', { bytes: String(p.bytes), line: p.line, column: p.column, encoding: name, several }), {
        ...at, start: { line: p.line, column: p.column }, expected: say('invalid-byte.expected', { encoding: name }), hint,
      });
    }
  }
  if (more > 0) bag.error('mixed-encoding', say('mixed-encoding.more', { count: more, file: file ?? '', encoding: name }), { ...at, hint });
}

