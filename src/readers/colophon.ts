/**
 * The 版记 (GB/T 9704 §7.4), read from the end of a document: 抄送, the 印发 line, and the older
 * 主题词 / 报 / 发 (several of them also run together on one line).
 */
import type { Colophon } from '../model/document.js';
import { ARABIC_DATE } from './patterns.js';

const COLOPHON = /^(抄送|主题词|报|发)\s*[:：]/;
const PRINTED = new RegExp(`^(.*?)\\s*(${ARABIC_DATE})\\s*印发$`);
/** 发: … 机关 2012年3月9日 (印发): the 印发机关 and 印发日期 at the end of the last line of a 版记. */
const PRINTED_AT_END = new RegExp(`^(.*[)），,、]\\s*)?(.+?(?:办公室|办|局|委|政府|营|中心))\\s*(${ARABIC_DATE})(?:印发)?$`);

/** The lines a document is read in, and the part still to read: from `i` up to `end`. */
export interface LineCursor {
  lines: readonly { text: string; table?: string[][] }[];
  i: number;
  end: number;
}

/** The 版记 at the end of the part still to read; `end` moves up above it. */
export function readColophon(at: LineCursor): Colophon {
  const colophon: Colophon = {};
  while (at.end > at.i) {
    const l = at.lines[at.end - 1]!;
    if (l.table) break;
    const t = l.text;
    const printed = t.match(PRINTED);
    if (printed && t.length <= 60) {
      colophon.printer = printed[1]!.trim() || undefined;
      colophon.printDate = printed[2]!.replace(/\s/g, '');
    } else if (COLOPHON.test(t)) {
      readColophonLine(t, colophon);
    } else break;
    at.end--;
  }
  return colophon;
}

function readColophonLine(t: string, c: Colophon): void {
  // one line may hold several: 主题词:… 报:… 发:… 机关 2012年3月9日
  const parts = t.split(/\s+(?=(?:抄送|主题词|报|发)\s*[:：])/).filter(Boolean);
  for (const p of parts) {
    const m = p.match(/^(抄送|主题词|报|发)\s*[:：]\s*(.*)$/);
    if (!m) continue;
    let value = m[2]!.trim();
    const printed = value.match(PRINTED_AT_END);
    if (printed && m[1] === '发') {
      value = (printed[1] ?? '').trim();
      c.printer = printed[2];
      c.printDate = printed[3];
    }
    value = value.replace(/[。.]$/, '');
    if (m[1] === '抄送') c.cc = value;
    else if (m[1] === '主题词') c.keywords = value;
    else if (m[1] === '报') c.report = value;
    else c.distribute = value;
  }
}

