/**
 * What `gongwen stats` says about its own use and its result (src/cli/stats.ts), and about writing
 * GBK (src/io/encodeGbk.ts); the registers' own problems are in registers.ts.
 */
import { PERIOD_FORMS } from '../../zh/period.js';
import { entry } from './entry.js';

export const statsCliMessages = {
  'stats.no-register': entry({
    zh: () => '没有给出台账',
    en: () => 'no register given',
    example: {},
  }),
  'stats.usage': entry({
    zh: () => '用法：gongwen stats <台账...> [--period 时期] [--by 字段] [--format table|json|csv]',
    en: () => 'usage: gongwen stats <registers...> [--period P] [--by FIELD] [--format table|json|csv]',
    example: {},
  }),
  'stats.unknown-format': entry<{ format: string }>({
    zh: (p) => `无法识别的格式“${p.format}”`,
    en: (p) => `unknown format "${p.format}"`,
    example: { format: 'xlsx' },
  }),
  'stats.unknown-encoding': entry<{ encoding: string }>({
    zh: (p) => `无法识别的编码“${p.encoding}”`,
    en: (p) => `unknown encoding "${p.encoding}"`,
    example: { encoding: 'big5' },
  }),
  'stats.choices': entry<{ choices: readonly string[] }>({
    zh: (p) => `应为：${p.choices.join('、')}`,
    en: (p) => `expected: ${p.choices.join(', ')}`,
    example: { choices: ['csv'] },
  }),
  'stats.bad-period': entry<{ text: string }>({
    zh: (p) => `“${p.text}”不是可识别的时期`,
    en: (p) => `"${p.text}" is not a period`,
    example: { text: '今年上半年' },
  }),
  'stats.period-forms': entry({
    zh: () => '应为：2009、2009H1、2009Q3、2009-05、2009-01..2009-10、2009-01-01..2009-06-30，或 2009年上半年（二〇〇九年上半年）、2009年第三季度、2009年5月、2009年1月至10月（2009年1-10月）、2009年1月1日至6月30日',
    en: () => `expected: ${PERIOD_FORMS}`,
    example: {},
  }),
  'stats.gbk-needs-output': entry({
    zh: () => '--encoding gbk 用于写入文件：请用 --output（-o）指定文件',
    en: () => '--encoding gbk writes a file: give it with --output (-o)',
    example: {},
  }),
  'stats.cannot-group': entry<{ by: string }>({
    zh: (p) => `无法按“${p.by}”分组`,
    en: (p) => `cannot group by "${p.by}"`,
    example: { by: '性别' },
  }),
  'stats.by-fields': entry({
    zh: () => '应为以下之一：channel（信访形式）、category（问题类别/纠纷类别）、village（村社区）、status（办理状态/化解状态）、source（来源）、petitioner（信访人）、place（地点）、leader（包案领导）、month（月份）、quarter（季度）',
    en: () => 'expected one of: channel (信访形式), category (问题类别/纠纷类别), village (村社区), status (办理状态/化解状态), source (来源), petitioner (信访人), place (地点), leader (包案领导), month (月份), quarter (季度)',
    example: {},
  }),
  'stats.errors': entry<{ errors: number; skippable: boolean }>({
    zh: (p) => `${p.errors} 个错误，未输出统计${p.skippable ? '（可加 --skip-bad-rows 略去有错误的行）' : ''}`,
    en: (p) => `${p.errors} error${p.errors === 1 ? '' : 's'}; no statistics written${p.skippable ? ' (use --skip-bad-rows to leave bad rows out)' : ''}`,
    example: { errors: 3, skippable: true },
  }),
  'stats.warnings': entry<{ warnings: number; skipped: number }>({
    zh: (p) => `${p.warnings} 个警告${p.skipped > 0 ? `；${p.skipped} 行有错误，未计入统计` : ''}`,
    en: (p) => `${p.warnings} warning${p.warnings === 1 ? '' : 's'}${p.skipped > 0 ? `; ${p.skipped} bad row${p.skipped === 1 ? '' : 's'} left out` : ''}`,
    example: { warnings: 2, skipped: 2 },
  }),
  'stats.no-gbk': entry<{ characters: readonly string[] }>({
    zh: (p) => `GBK 中没有${p.characters.map((c) => `“${c}”（U+${code(c)}）`).join('、')}，未写入任何内容`,
    en: (p) => `GBK has no code for ${p.characters.map((c) => `"${c}" (U+${code(c)})`).join(', ')}; nothing written`,
    example: { characters: ['😀'] },
  }),
  'stats.no-gbk.hint': entry({
    zh: () => '请改用 --encoding utf-8-bom，Excel 2007 及以后的版本都能打开',
    en: () => 'use --encoding utf-8-bom, which every Excel since 2007 opens',
    example: {},
  }),
  'stats.line': entry<{ text: string }>({
    zh: (p) => `gongwen stats：${p.text}`,
    en: (p) => `gongwen stats: ${p.text}`,
    example: { text: '没有给出台账' },
  }),
  'gbk.no-code': entry<{ character: string }>({
    zh: (p) => `GBK 中没有“${p.character}”`,
    en: (p) => `GBK has no code for "${p.character}"`,
    example: { character: '😀' },
  }),
} as const;

/** A character's code point as Unicode names it (U+4E00). */
function code(c: string): string {
  return c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
