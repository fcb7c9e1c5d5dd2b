/**
 * Keys as a secretary types them where the schema had another word: who reported with their post (汇报's 职务), and
 * the organ that signs typed as an office says it (落款: 单位: …, 落款 on one line).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runCli, runRecord } from './support/cli.js';
import { folderWith } from './support/folder.js';

const BRANCH = readFileSync(new URL('./fixtures/records/typed/03-minutes-branch-water.yaml', import.meta.url), 'utf8');

describe('a 汇报 item of a 支部委员会 纪要 typed with 职务', () => {
  it('is the reporter\'s post, as 角色 is: 组织委员罗敏同志汇报了……', async () => {
    const r = await runRecord('render', BRANCH.replace('  - 角色: 组织委员\n', '  - 职务: 组织委员\n').split('\n'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('组织委员罗敏同志汇报了两名入党积极分子的培养考察情况，建议列为发展对象。');
  });

  it('with several posts, each printed before the name', async () => {
    const r = await runRecord('render', BRANCH.replace('  - 角色: 组织委员\n', '  - 职务: [支部副书记, 组织委员]\n').split('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('支部副书记、组织委员罗敏同志汇报了');
  });

  it('beside 角色 is one key twice, said at the second', async () => {
    const r = await runRecord('validate', BRANCH.replace('  - 角色: 组织委员\n', '  - 角色: 组织委员\n    职务: 组织委员\n').split('\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("record.yaml:16:9: error[duplicate-key]: 职务 (posts) and 角色 (role) both give the reporter's post: write one");
    expect(r.stderr.match(/error/g)).toHaveLength(1);
  });
});
