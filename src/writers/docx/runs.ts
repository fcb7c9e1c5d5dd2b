/**
 * Runs and fonts: text → `docx` TextRuns whose properties are only what differs from the paragraph's
 * style (./styles.ts), and text made safe for XML 1.0.
 */
import { Tab, TextRun } from 'docx';
import { ELEMENTS, FONT_PROFILES, type ElementStyle, type FontProfileName } from './standard.js';
import { ptToHalfPoint } from './units.js';

/**
 * Characters XML 1.0 cannot hold (§2.2 Char): C0 controls other than tab and newline, U+FFFE, U+FFFF
 * and lone surrogates. Removed from every run so that a DOCX is always well-formed, whatever the
 * record held (the record reader rejects them too; this is the second line).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot hold. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** The run options a font, size, colour and spacing take, each only where it differs from `base`. */
export function runFormat(
  fonts: Record<string, string>,
  el: ElementStyle,
  base: ElementStyle | undefined,
): { font?: { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: string }; size?: number; sizeComplexScript?: number; color?: string; characterSpacing?: number } {
  const font = fonts[el.font]!;
  const out: ReturnType<typeof runFormat> = {};
  if (!base || fonts[base.font] !== font) out.font = { ascii: font, hAnsi: font, eastAsia: font, cs: font, hint: 'eastAsia' };
  if (!base || base.sizePt !== el.sizePt) {
    out.size = ptToHalfPoint(el.sizePt);
    out.sizeComplexScript = ptToHalfPoint(el.sizePt);
  }
  if (!base || base.color !== el.color) out.color = el.color;
  if (!base || base.charSpacingTwip !== el.charSpacingTwip) out.characterSpacing = el.charSpacingTwip;
  return out;
}

export class Runs {
  readonly fonts: Record<string, string>;
  constructor(profile: FontProfileName) {
    this.fonts = FONT_PROFILES[profile];
  }

  /**
   * One run of `text` in element `el`, inside a paragraph whose style is `para` (the body by default):
   * it writes only the properties where `el` differs from `para`.
   */
  run(text: string, el: ElementStyle, para: ElementStyle = ELEMENTS.body, extra: { break?: boolean } = {}): TextRun {
    // A tab is a w:tab element, not a character in w:t.
    const parts = xmlSafeText(text.replace(/\r\n?/g, '\n')).split('\t');
    const content = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
    return new TextRun({ children: content, break: extra.break ? 1 : undefined, ...runFormat(this.fonts, el, para) });
  }

  /** Runs for text that may hold line breaks ("\n"). */
  runs(text: string, el: ElementStyle, para: ElementStyle = el): TextRun[] {
    return xmlSafeText(text.replace(/\r\n?/g, '\n'))
      .split('\n')
      .map((line, i) => this.run(line, el, para, { break: i > 0 }));
  }
}
