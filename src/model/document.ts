/**
 * The document model: what every writer (Markdown, DOCX, PDF) lays out.
 * It is produced by parsing the Markdown that a template renders (see parseMarkdown).
 * Text in the model is final: punctuation fixed, numerals written, section numbers assigned.
 */

import type { SourcePosition } from './sourcePositions.js';

export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * Where a block came from: the template (or partial) line that wrote it, or the line of a record's
 * Markdown body; absent in a document read from a file gongwen did not write.
 */
export interface Positioned {
  position?: SourcePosition;
}

/** 结构层次序数 (GB/T 9704 §7.3.3): 一、 （一） 1. （1） */
export interface Heading extends Positioned {
  type: 'heading';
  level: HeadingLevel;
  /** The section number as printed, e.g. "一、", "（一）", "1.", "（1）"; "" for an unnumbered heading. */
  number: string;
  text: string;
  /**
   * Run-in heading: the paragraph text that continues on the same line after the heading
   * ("（一）加强组织领导。各级各部门要……"). The heading keeps its font; this text is body text.
   */
  runIn?: string;
}

export type Align = 'justify' | 'left' | 'center' | 'right';

export interface Paragraph extends Positioned {
  type: 'paragraph';
  text: string;
  /** Default 'justify' with a two-character first-line indent. */
  align?: Align;
  /** First-line indent of two characters; default true for justified body text. */
  indent?: boolean;
  /**
   * What the paragraph is, where a writer lays it out specially:
   * - salutation: 主送机关 / 同志们： (flush left, no indent)
   * - attachment-note: 附件说明 line(s)
   * - note: 附注 （……）
   */
  role?: 'salutation' | 'attachment-note' | 'note';
}

/**
 * A label and its value on one logical line, the value's wrapped lines aligned after the colon:
 * 出席 / 请假 / 列席 (GB/T 9704 §10.3), 参会人员, 会议记录与整理, 时间 / 地点 of a header-block 纪要.
 */
export interface LabeledLine extends Positioned {
  type: 'labeled';
  label: string;
  value: string;
  /** 'attendance' puts the label in 黑体 (GB/T 9704 §10.3); 'plain' keeps body font. */
  style: 'attendance' | 'plain';
}

export type CellAlign = 'left' | 'center' | 'right';

export interface Table extends Positioned {
  type: 'table';
  header: string[];
  rows: string[][];
  align: CellAlign[];
  caption?: string;
}

export interface PageBreak extends Positioned {
  type: 'pageBreak';
}

export type Block = Heading | Paragraph | LabeledLine | Table | PageBreak;

/** 版头 (GB/T 9704 §7.2). */
export interface DocumentHead {
  copyNumber?: string;
  secrecy?: string;
  urgency?: string;
  /** 发文机关标志, e.g. "山西省隰县民兵农建营" (with "文件" if the office uses it). */
  issuer?: string;
  /** 发文字号 with 〔〕, e.g. "隰民农营发〔2012〕2号". */
  docNumber?: string;
  /** 签发人, for upward documents. */
  signer?: string;
}

export interface Signature {
  /** One or several 发文机关署名, one per line. */
  organs: string[];
  /** 成文日期 as printed, e.g. "2012年3月9日" or "二〇一二年三月九日". */
  date?: string;
}

export interface Attachment {
  /** "附件" or "附件1", "附件2" … */
  label: string;
  title?: string;
  body: Block[];
}

/** 版记 (GB/T 9704 §7.4). */
export interface Colophon {
  /** 抄送机关, already joined: "县委办，县政府办". */
  cc?: string;
  /** 印发机关 */
  printer?: string;
  /** 印发日期 without "印发", e.g. "2012年3月9日". */
  printDate?: string;
  /** Older forms (GB/T 9704-1999): 主题词, 报, 发. Off unless a record gives them. */
  keywords?: string;
  report?: string;
  distribute?: string;
}

export interface GongwenDocument {
  kind: string;
  template: string;
  head?: DocumentHead;
  /** 纪要标志 (GB/T 9704 §10.3), shown in place of the 版头, e.g. "张庄镇信访工作会议纪要". */
  mark?: string;
  /** Title lines (2号小标宋, centred). Empty when the document has only a mark. */
  title: string[];
  /** Lines centred under the title, e.g. "（2008年6月30日）" or a speaker. */
  subtitle: string[];
  body: Block[];
  signature?: Signature;
  /** 附注 lines, printed in round brackets two characters in, after the 成文日期 (GB/T 9704 §7.3.7). */
  notes: string[];
  attachments: Attachment[];
  colophon?: Colophon;
}
