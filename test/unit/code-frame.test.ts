// The code frame's underline stands under what it marks, counted in terminal columns.
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/print.js';

describe('code frames', () => {
  test('the underline of a Chinese key has a caret per column, after the Chinese text before it', () => {
    const source = '标题: 会议纪要\n参会人: 张三\n日期: 2024-02-30\n';
    const key = formatDiagnostic({ severity: 'error', code: 'unknown-key', message: 'unknown key', file: 'r.yaml', start: { line: 2, column: 1 }, end: { line: 2, column: 4 } }, { color: false, sources: new Map([['r.yaml', source]]) });
    expect(key).toContain('  > 2 | 参会人: 张三\n      | ^^^^^^\n');
    const date = formatDiagnostic({ severity: 'error', code: 'date-invalid', message: 'no such date', file: 'r.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 15 } }, { color: false, sources: new Map([['r.yaml', source]]) });
    expect(date).toContain('  > 3 | 日期: 2024-02-30\n      |       ^^^^^^^^^^');
  });

});
