/**
 * 存在问题 / 下步打算 typed as a list of short phrases print as one paragraph, 一是……；二是……。, as an
 * office writes them (ninth session: each printed as a paragraph of a few characters, 继续加强排查。).
 */
import { expect, it } from 'vitest';
import { closingSection } from '../src/compile/views.js';

const paragraphs = (part: string[]) => closingSection(part, '下一步工作打算', 'arabic', (name) => {
  throw new Error(`no insert (${name}) in these tests`);
})!.paragraphs;

it('joins two or more short phrases into one 一是……；二是……。', () => {
  expect(paragraphs(['继续加强排查', '抓好积案化解；'])).toEqual(['一是继续加强排查；二是抓好积案化解。']);
  expect(paragraphs(['基础设施仍然薄弱，部分组级道路未硬化', '产业规模不大，带动能力不强'])).toEqual(['一是基础设施仍然薄弱，部分组级道路未硬化；二是产业规模不大，带动能力不强。']);
});

it('keeps paragraphs that are not short phrases, or were numbered by hand otherwise than 一是, 二是 … in order, or stand alone (each ended as a paragraph is)', () => {
  const ended = (part: string[]) => part.map((p) => (/[。]$/u.test(p) ? p : `${p}。`));
  const long = '进一步健全矛盾纠纷排查调处机制，坚持每月一次集中排查，做到早发现、早报告、早处置，把矛盾化解在基层';
  expect(paragraphs(['继续加强排查', long])).toEqual(ended(['继续加强排查', long]));
  expect(paragraphs(['加强排查。抓好落实', '抓好积案化解'])).toEqual(ended(['加强排查。抓好落实', '抓好积案化解']));
  // (items typed 一是…… in order are the same list, said once: one paragraph, as the same items typed without them; items
  // numbered out of order, or some of them only, keep their lines)
  expect(paragraphs(['一是继续加强排查', '二是抓好积案化解'])).toEqual(['一是继续加强排查；二是抓好积案化解。']);
  expect(paragraphs(['一是继续加强排查', '三是抓好积案化解'])).toEqual(['一是继续加强排查。', '三是抓好积案化解。']);
  expect(paragraphs(['一是继续加强排查', '抓好积案化解'])).toEqual(['一是继续加强排查。', '抓好积案化解。']);
  expect(paragraphs(['1.继续加强排查', '2.抓好积案化解'])).toEqual(['1.继续加强排查。', '2.抓好积案化解。']);
  expect(paragraphs(['继续加强排查'])).toEqual(['继续加强排查。']);
  // sentences typed as sentences, items numbered ①, a line that leads into what follows, a sentence typed half-width inside
  expect(paragraphs(['粮食安全是国之大者。', '感谢大家对工作的支持！'])).toEqual(['粮食安全是国之大者。', '感谢大家对工作的支持！']);
  expect(paragraphs(['①一个项目一名县级领导联系', '②一个项目一抓到底'])).toEqual(['①一个项目一名县级领导联系。', '②一个项目一抓到底。']);
  expect(paragraphs(['全年实施项目12个', '具体情况如下'])).toEqual(['全年实施项目12个。', '具体情况如下：']);
  // (the half-width . is widened later, with the record's other punctuation)
  expect(paragraphs(['专班成立.每周调度', '抓好落实'])).toEqual(['专班成立.每周调度。', '抓好落实。']);
});

it('any section: a plan’s 保障措施 typed as short phrases is one 一是……；二是……。 paragraph; labelled items (道路交通：……) stay paragraphs', async () => {
  const { buildSection } = await import('../src/compile/sections.js');
  const ctx = { dateStyle: 'arabic' as const, resolveInsert: () => [] };
  expect(buildSection({ title: '保障措施', text: ['加强组织领导', '落实经费保障', '强化督查问责'] }, ctx).paragraphs).toEqual(['一是加强组织领导；二是落实经费保障；三是强化督查问责。']);
  expect(buildSection({ title: '检查重点', text: ['道路交通：重点检查农村客运', '消防安全：重点检查人员密集场所'] }, ctx).paragraphs).toEqual(['道路交通：重点检查农村客运。', '消防安全：重点检查人员密集场所。']);
  // short phrases that lead into points are their lead, not a list of their own
  expect(buildSection({ title: '要求', text: ['加强领导', '落实责任'], points: ['早发现', '早处置'] }, ctx).paragraphs).toEqual(['加强领导。', '落实责任：一是早发现；二是早处置。']);
  // items that number themselves in words or letters, a salutation (review, ninth session)
  for (const part of [['第一，思想认识要到位', '第二，责任落实要到位'], ['首先，加强领导', '其次，落实经费'], ['A. 加强领导', 'B. 落实经费'], ['同志们', '下面，我讲三点意见']]) {
    expect(buildSection({ title: '意见', text: part }, ctx).paragraphs, part.join(' / ')).toEqual(part.map((p) => `${p}。`));
  }
});
