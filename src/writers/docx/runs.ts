/**
 * Runs and fonts (ECMA-376 Part 1 §17.3.2): text → w:r elements whose properties are only what
 * differs from the paragraph's style (./styles.ts), and text made safe for XML 1.0.
 */
import { ELEMENTS, FONT_PROFILES, type ElementStyle, type FontProfileName } from '../../layout/standard.js';
import { runPropsXml } from './styles.js';
import { element, escapeXml, optionalElement } from './xml.js';

export class Runs {
  readonly fonts: Record<string, string>;
  /** Run properties by element and paragraph style: a document asks for a few, many times. */
  private readonly props = new Map<ElementStyle, Map<ElementStyle, string>>();
  constructor(profile: FontProfileName) {
    this.fonts = FONT_PROFILES[profile];
  }

  private propsOf(el: ElementStyle, para: ElementStyle): string {
    let byPara = this.props.get(el);
    if (!byPara) this.props.set(el, (byPara = new Map()));
    let x = byPara.get(para);
    // w:rPr as a style's (./styles.ts runPropsXml), but for what the paragraph's style already says
    if (x === undefined) byPara.set(para, (x = optionalElement('w:rPr', runPropsXml(el, this.fonts[el.font]!, { el: para, font: this.fonts[para.font]! }))));
    return x;
  }

  /**
   * One run of `text` in element `el`, inside a paragraph whose style is `para` (the body by default):
   * it writes only the properties where `el` differs from `para`. `break`: the run starts on a new
   * line (w:br, §17.3.3.1). A tab is a w:tab element (§17.3.3.32), not a character in w:t.
   */
  run(text: string, el: ElementStyle, para: ElementStyle = ELEMENTS.body, extra: { break?: boolean } = {}): string {
    let content = extra.break ? '<w:br/>' : '';
    // (nearly every run has neither a carriage return nor a tab: its text is one part, as it is)
    const parts = text.includes('\r') || text.includes('\t') ? text.replace(/\r\n?/g, '\n').split('\t') : [text];
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) content += '<w:tab/>';
      // escapeXml leaves out what XML 1.0 cannot hold (./xml.ts): a part of nothing else has no w:t
      const escaped = escapeXml(parts[i]!);
      if (escaped) content += `<w:t xml:space="preserve">${escaped}</w:t>`;
    }
    return element('w:r', this.propsOf(el, para) + content);
  }

  /** Runs for text that may hold line breaks ("\n"): one run a line, each after the first starting with w:br. */
  runs(text: string, el: ElementStyle, para: ElementStyle = el): string {
    const lines = (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split('\n');
    let out = '';
    for (let i = 0; i < lines.length; i++) out += this.run(lines[i]!, el, para, { break: i > 0 });
    return out;
  }
}
