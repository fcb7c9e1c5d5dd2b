/**
 * The HTML writer of the document model (src/model/document.ts): `gongwen render --format html`
 * and the live preview of `gongwen serve`. One model, three writers (Markdown, DOCX, HTML) and a
 * preview; the page geometry and sizes come from the layout standard's data
 * (src/layout/standard.ts, GB/T 9704-2012), never from figures of its own.
 *
 * Every text of the model is escaped: a record's `<script>` is shown as text, never run.
 */
import type { Block, GongwenDocument, LabeledLine, Table } from '../../model/document.js';
import { BODY_SIZE_PT, COLOR, FONT_STYLES, LINE_PITCH_TWIP, PAGE, RULES, ZIHAO, type FontRole } from '../../layout/standard.js';
import { twipToPt } from '../../layout/units.js';
import type { Writer } from '../writer.js';
import { colophonLines } from '../../model/colophonLines.js';

/** Text made safe for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The style sheet of a document: A4 pages with the 版心 of GB/T 9704 §5.2 (天头 37 mm, 订口 28 mm,
 * 156 × 225 mm), 3号 text on a line pitch of 22 lines a page (§5.2.3), 28 characters a line: the
 * letter spacing is what is left of 156 mm / 28 once a 3号 character is set.
 */
/** A CSS font-family: every name of the style the DOCX writer knows (FONT_STYLES), then a free face. */
function family(role: FontRole, fallback: string): string {
  return [...FONT_STYLES[role].names.map((n) => `"${n}"`), fallback].join(',');
}

export function documentCss(): string {
  const serif = '"Noto Serif CJK SC","Noto Serif SC",serif';
  const sans = '"Noto Sans CJK SC",sans-serif';
  const pitchPt = twipToPt(LINE_PITCH_TWIP);
  const charMm = PAGE.textWidthMm / PAGE.charsPerLine;
  return `
.gw-doc{--gw-pitch:${pitchPt}pt;--gw-char:${charMm}mm;font-family:${family('fangsong', serif)};font-size:${BODY_SIZE_PT}pt;line-height:var(--gw-pitch);letter-spacing:calc(var(--gw-char) - ${BODY_SIZE_PT}pt);color:#000;text-align:justify}
.gw-page{box-sizing:border-box;width:${PAGE.widthMm}mm;height:${PAGE.heightMm}mm;padding:${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm;background:#fff;position:relative;overflow:hidden}
.gw-page .gw-body{height:${PAGE.textHeightMm}mm;overflow:hidden;display:flex;flex-direction:column}
.gw-page .gw-colophon{margin-top:auto}
.gw-page-number{position:absolute;left:0;right:0;bottom:calc(${PAGE.bottomMm}mm - ${PAGE.pageNumberBelowTextMm}mm - 1em);text-align:center;font-family:${family('songti', serif)};font-size:${ZIHAO.四号}pt}
.gw-doc p,.gw-doc h1,.gw-doc h2,.gw-doc h3,.gw-doc h4{margin:0;font-size:inherit;font-weight:normal}
.gw-doc .gw-indent{text-indent:${PAGE.indentChars}em}
.gw-doc .gw-left{text-align:left}.gw-doc .gw-center{text-align:center}.gw-doc .gw-right{text-align:right}
.gw-doc .gw-title{text-align:center;font-family:${family('xiaobiaosong', serif)};font-size:${ZIHAO.二号}pt;line-height:calc(var(--gw-pitch) * 1.2);letter-spacing:0}
.gw-doc .gw-title-block{margin-bottom:var(--gw-pitch)}
.gw-doc .gw-mark,.gw-doc .gw-issuer{color:#${COLOR.red};text-align:center;font-family:${family('xiaobiaosong', serif)};font-size:${ZIHAO.小初}pt;line-height:1.4;letter-spacing:0;margin-top:${PAGE.issuerTopMm}mm}
.gw-doc .gw-doc-number{text-align:center;margin-top:calc(var(--gw-pitch) * ${PAGE.docNumberBlankLinesBelowIssuer})}
.gw-doc .gw-red-rule{border:0;border-top:${RULES.redRuleEighthPt / 8}pt solid #${COLOR.red};margin:${PAGE.redRuleBelowDocNumberMm}mm 0 calc(var(--gw-pitch) * ${PAGE.titleBlankLinesBelowRule})}
.gw-doc .gw-h1{font-family:${family('heiti', sans)};text-indent:${PAGE.indentChars}em}
.gw-doc .gw-h2{font-family:${family('kaiti', serif)};text-indent:${PAGE.indentChars}em}
.gw-doc .gw-h3,.gw-doc .gw-h4{text-indent:${PAGE.indentChars}em}
.gw-doc .gw-h3 .gw-heading-text{font-weight:bold}
.gw-doc .gw-run-in{font-family:${family('fangsong', serif)};font-weight:normal}
.gw-doc .gw-labeled{padding-left:calc(var(--gw-label) * 1em);text-indent:calc(var(--gw-label) * -1em)}
.gw-doc .gw-attendance .gw-label{font-family:${family('heiti', sans)}}
.gw-doc table{border-collapse:collapse;margin:0 auto;font-size:${ZIHAO.四号}pt;letter-spacing:0;line-height:1.5}
.gw-doc td,.gw-doc th{border:0.5pt solid #000;padding:0 0.3em}
.gw-doc .gw-signature{margin-top:calc(var(--gw-pitch) * ${PAGE.signatureBlankLinesAbove});text-align:right;padding-right:${PAGE.signatureRightChars}em}
.gw-doc .gw-note{text-indent:${PAGE.indentChars}em}
.gw-doc .gw-attachment-label{font-family:${family('heiti', sans)}}
.gw-doc .gw-colophon{margin-top:var(--gw-pitch);border-top:${RULES.colophonThickEighthPt / 8}pt solid #000;border-bottom:${RULES.colophonThickEighthPt / 8}pt solid #000;font-size:${ZIHAO.四号}pt}
.gw-doc .gw-colophon p{padding:0 1em}
.gw-doc .gw-break{break-after:page}
`;
}

/** The blocks of the document as HTML, without page framing: the preview pages them itself. */
export function writeHtmlBody(doc: GongwenDocument): string {
  const out: string[] = [];
  const head = doc.head;
  if (head) {
    for (const corner of [head.copyNumber, head.secrecy, head.urgency]) if (corner) out.push(p(corner, 'gw-left'));
    if (head.issuer) out.push(`<p class="gw-issuer">${escapeHtml(head.issuer)}</p>`);
    if (head.docNumber) {
      const signer = head.signer ? `<span class="gw-signer">签发人：${escapeHtml(head.signer)}</span>` : '';
      out.push(`<p class="gw-doc-number">${escapeHtml(head.docNumber)}${signer ? ' ' + signer : ''}</p>`);
    }
    if (head.issuer || head.docNumber) out.push('<hr class="gw-red-rule">');
  }
  if (doc.mark) out.push(`<p class="gw-mark">${escapeHtml(doc.mark)}</p>`, '<hr class="gw-red-rule">');
  if (doc.title.length || doc.subtitle.length) {
    out.push('<div class="gw-title-block">');
    for (const line of doc.title) out.push(`<h1 class="gw-title">${escapeHtml(line)}</h1>`);
    for (const line of doc.subtitle) out.push(p(line, 'gw-center'));
    out.push('</div>');
  }
  for (const block of doc.body) out.push(writeBlock(block));
  if (doc.signature) {
    out.push('<div class="gw-signature">');
    for (const organ of doc.signature.organs) out.push(p(organ));
    if (doc.signature.date) out.push(p(doc.signature.date));
    out.push('</div>');
  }
  for (const note of doc.notes) out.push(p(note, 'gw-note'));
  for (const a of doc.attachments) {
    out.push('<div class="gw-break"></div>', p(a.label, 'gw-attachment-label gw-left'));
    if (a.title) out.push(`<h1 class="gw-title">${escapeHtml(a.title)}</h1>`);
    for (const block of a.body) out.push(writeBlock(block));
  }
  const c = doc.colophon;
  if (c && Object.values(c).some(Boolean)) {
    out.push('<div class="gw-colophon">');
    if (c.keywords) out.push(p(`主题词：${c.keywords}`, 'gw-left'));
    for (const line of colophonLines(c)) {
      if (line.kind === 'labeled') out.push(p(line.label + line.value, 'gw-left'));
      else out.push(`<p class="gw-left">${escapeHtml(line.printer)}<span style="float:right">${escapeHtml(line.date)}</span></p>`);
    }
    out.push('</div>');
  }
  return `<div class="gw-doc">\n${out.join('\n')}\n</div>`;
}

/** A whole HTML file: the document on A4 when printed (CSS @page with the 版心 margins). */
export function writeHtml(doc: GongwenDocument): string {
  const title = escapeHtml(doc.title.join('') || doc.mark || doc.kind);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="generator" content="gongwen">
<title>${title}</title>
<style>
@page{size:A4;margin:${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm}
body{margin:0}
@media screen{body{background:#eee}.gw-doc{width:${PAGE.textWidthMm}mm;margin:2em auto;padding:${PAGE.topMm}mm ${PAGE.rightMm}mm ${PAGE.bottomMm}mm ${PAGE.leftMm}mm;background:#fff}}
${documentCss()}
</style>
</head>
<body>
${writeHtmlBody(doc)}
</body>
</html>
`;
}

function p(text: string, cls?: string): string {
  return `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;
}

function writeBlock(block: Block): string {
  switch (block.type) {
    case 'heading': {
      const run = block.runIn ? `<span class="gw-run-in">${escapeHtml(block.runIn)}</span>` : '';
      return `<h${block.level + 1} class="gw-h${block.level}"><span class="gw-heading-text">${escapeHtml(block.number + block.text)}</span>${run}</h${block.level + 1}>`;
    }
    case 'paragraph': {
      const align = block.align ?? 'justify';
      const indent = block.indent ?? (align === 'justify' && !block.role);
      const cls = [indent ? 'gw-indent' : '', align !== 'justify' ? `gw-${align}` : '', block.role ? `gw-${block.role}` : ''].filter(Boolean).join(' ');
      return p(block.text, cls || undefined);
    }
    case 'labeled':
      return writeLabeled(block);
    case 'table':
      return writeTable(block);
    case 'pageBreak':
      return '<div class="gw-break"></div>';
  }
}

function writeLabeled(line: LabeledLine): string {
  const label = `${line.label}：`;
  return `<p class="gw-labeled gw-${line.style}" style="--gw-label:${[...label].length}"><span class="gw-label">${escapeHtml(label)}</span>${escapeHtml(line.value)}</p>`;
}

function writeTable(table: Table): string {
  const cell = (tag: string, text: string, i: number) => `<${tag} style="text-align:${table.align[i] ?? 'left'}">${escapeHtml(text)}</${tag}>`;
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  const head = `<tr>${table.header.map((h, i) => cell('th', h, i)).join('')}</tr>`;
  const rows = table.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('');
  return `<table>${caption}<thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

/** `render --format html`: one page per record, laid out as the serve page's preview (src/serve). */
export const htmlWriter: Writer = {
  format: 'html',
  extension: 'html',
  text: false,
  write: async (document) => writeHtml(document),
};
