/**
 * Automatic numbers (w:numPr, ECMA-376 Part 1 §17.9): the numbering definitions of numbering.xml,
 * counted paragraph by paragraph as Word shows them.
 */
import { circledNumber, toChineseNumber } from '../../zh/numerals.js';
import { children, val, type XmlElement } from '../xml.js';

interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
}

/** Formats the counter of one numbering level as Word shows it (ST_NumberFormat, §17.18.59). */
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'ideographLegalTraditional':
      return toChineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledNumber(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'none':
      return '';
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

export class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XmlElement | undefined) {
    for (const a of children(xml, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) {
        levels.set(Number(l.attrs['w:ilvl'] ?? 0), {
          numFmt: val(l, 'w:numFmt') ?? 'decimal',
          lvlText: val(l, 'w:lvlText') ?? '',
          start: Number(val(l, 'w:start') ?? 1),
        });
      }
      this.abstract.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const n of children(xml, 'w:num')) {
      const starts = new Map<number, number>();
      for (const o of children(n, 'w:lvlOverride')) {
        const s = val(o, 'w:startOverride');
        if (s !== undefined) starts.set(Number(o.attrs['w:ilvl'] ?? 0), Number(s));
      }
      this.nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(n, 'w:abstractNumId') ?? '', starts });
    }
  }

  /** The number the next paragraph of this list and level shows. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined;
    const levels = this.abstract.get(num.abstractId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return undefined;
    let c = this.counters.get(numId);
    if (!c) this.counters.set(numId, (c = []));
    const startOf = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl]! + 1;
    for (let l = ilvl + 1; l < 9; l++) c[l] = undefined as unknown as number;
    if (level.numFmt === 'bullet') return undefined;
    return level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const lv = levels.get(l);
      return formatNumber(c![l] ?? startOf(l), lv?.numFmt ?? 'decimal');
    });
  }
}
