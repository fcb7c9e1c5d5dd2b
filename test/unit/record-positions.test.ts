// A mistake in a record that otherwise parses is said at its own line and column, wherever it stands:
// after a block scalar, a quoted text over several lines, a plain text folded over several lines, in a
// list inside a mapping (src/records/readRecord.ts works positions out only when a message asks).
import { describe, expect, it } from 'vitest';
import { folderWith } from '../support/folder.js';
import { runCli } from '../support/cli.js';

const RECORD = [
  'kind: minutes', //                                      1
  'title: 第六党支部支部委员会会议纪要', //               2
  'date: 20XX年10月13日', //                               3
  'organ: |', //                                           4
  '  中心第六党支部', //                                   5
  '  （学院）', //                                         6
  'basis: "按照三会一课', //                               7
  '  工作要求"', //                                        8
  'meeting: 支部委员会会议，', //                          9
  '  各委员参加', //                                       10
  'topics:', //                                            11
  '  - 对前3个季度的党建工作进行自评', //                  12
  'reports:', //                                           13
  '  - role: 宣传委员', //                                 14
  '    name: 邵琳', //                                     15
  '    text: 提出了新的要求', //                           16
  '  - role: 文体委员', //                                 17
  '    nmae: 马雨涛', //                                   18: the mistake
  '    text: 作了明细汇报', //                             19
  'closing: 最后，支部书记作了总结。', //                  20
].join('\n');

describe('positions of a mistake in a record that parses', () => {
  it('says a misspelt key at its line and column, after block, quoted and folded texts', async () => {
    const root = folderWith({ 'a.yaml': RECORD + '\n' });
    const run = await runCli(['validate', 'a.yaml', '--reporter', 'json'], root);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as Array<{ line: number; column: number; endLine: number; endColumn: number; code: string; path: string }>;
    const unknown = problems.find((p) => p.code === 'unknown-key');
    expect(unknown).toMatchObject({ line: 18, column: 5, endLine: 18, endColumn: 9 });
  });

  it('says a value of the wrong kind at the value, on the line after a folded text', async () => {
    const root = folderWith({ 'a.yaml': RECORD.replace('    nmae: 马雨涛', '    name:\n      - 马雨涛') + '\n' });
    const run = await runCli(['validate', 'a.yaml', '--reporter', 'json'], root);
    const problems = JSON.parse(run.stdout) as Array<{ line: number; column: number; code: string; path: string }>;
    expect(problems.map((p) => [p.code, p.line, p.column, p.path])).toEqual([['wrong-type', 19, 7, 'reports[1].name']]);
  });
});
