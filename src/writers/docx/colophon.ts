/**
 * 版记 (§7.4): 抄送, 印发机关和印发日期 (and the older 主题词 / 报 / 发) between rules.
 */
import type { Colophon } from '../../model/document.js';
import { colophonLines } from '../../model/colophonLines.js';
import { FLUSH, type Flow } from './flow.js';
import { COLOPHON_INSET_TWIP, COLOR, ELEMENTS, PAGE_TWIP, RULES } from '../../layout/standard.js';
import { textWidthChars } from './textWidth.js';
import { ptToTwip } from '../../layout/units.js';

export function hasColophon(c: Colophon): boolean {
  return Boolean(c.cc || c.printer || c.printDate || c.keywords || c.report || c.distribute);
}

/** The 版记's paragraphs (XML), rules included. */
export function colophonParagraphs(f: Flow, c: Colophon): string[] {
  const el = ELEMENTS.colophon;
  const W = PAGE_TWIP.textWidth;
  const inset = COLOPHON_INSET_TWIP;
  const charTwip = ptToTwip(el.sizePt);
  const out: string[] = [];

  // 报, 抄送, 发 with their full stops, then the 印发 line, as every format prints them (src/model/colophonLines.ts)
  const lines = colophonLines(c);

  if (c.keywords) {
    // 主题词 (GB/T 9704-1999): above the first rule, label in 3号黑体, flush left.
    const kw = ELEMENTS.colophonKeywords;
    out.push(
      f.paragraph('colophonKeywords', f.runs.run('主题词：', kw, kw) + f.runs.runs(c.keywords, { ...el, sizePt: kw.sizePt }, kw), {
        keepNext: true,
      }),
    );
  }

  // The rules are paragraphs of their own, with no indent, so that each is the width of the 版心
  // (a paragraph border runs between the paragraph's indents).
  const rule = (size: number) =>
    f.hairline({ keepNext: true, border: { bottom: { style: 'single', size, color: COLOR.black, space: 0 } } });
  if (lines.length > 0) out.push(rule(RULES.colophonThickEighthPt));
  lines.forEach((line, i) => {
    if (line.kind === 'labeled') {
      // One character in each side, wrapped lines aligned after the colon (§7.4.2).
      const labelTwip = Math.round(textWidthChars(line.label) * charTwip);
      out.push(
        f.paragraph('colophon', f.runs.run(line.label, el, el) + f.runs.runs(line.value, el), {
          align: 'justify',
          indent: { left: inset + labelTwip, right: inset, hanging: labelTwip },
          keepNext: true,
          keepLines: true,
        }),
      );
    } else {
      // 印发机关 one character from the left, 印发日期 one character from the right (§7.4.3).
      out.push(
        f.paragraph('colophon', f.runs.run(line.printer, el, el) + f.runs.run(`\t${line.date}`, el, el), {
          indent: { ...FLUSH, left: inset },
          tabStops: [{ type: 'right', position: W - inset }],
          keepNext: true,
          keepLines: true,
        }),
      );
    }
    // 0.35 mm first and last, 0.25 mm between (§7.4.1).
    out.push(rule(i === lines.length - 1 ? RULES.colophonThickEighthPt : RULES.colophonThinEighthPt));
  });
  return out;
}
