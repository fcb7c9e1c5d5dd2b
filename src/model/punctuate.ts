import { fixPunctuation, fixSequenceMark } from '../zh/punctuation.js';
import type { Block, GongwenDocument } from './document.js';

function fixBlock(b: Block): Block {
  switch (b.type) {
    case 'heading':
      return { ...b, text: fixPunctuation(b.text), runIn: b.runIn === undefined ? undefined : fixPunctuation(b.runIn) };
    case 'paragraph':
      // a sequence mark typed at its start as GB/T 9704 §7.3.3 writes it: 1、 → 1.
      return { ...b, text: fixSequenceMark(fixPunctuation(b.text)) };
    case 'labeled':
      return { ...b, label: fixPunctuation(b.label), value: fixPunctuation(b.value) };
    case 'table':
      return { ...b, header: b.header.map(fixPunctuation), rows: b.rows.map((r) => r.map(fixPunctuation)), caption: b.caption && fixPunctuation(b.caption) };
    default:
      return b;
  }
}

/** Full-width punctuation in every text of the document (the 发文字号 is formatted separately). */
export function punctuateDocument(doc: GongwenDocument): GongwenDocument {
  const opt = (s: string | undefined) => (s === undefined ? undefined : fixPunctuation(s));
  return {
    ...doc,
    mark: opt(doc.mark),
    head: doc.head && { ...doc.head, issuer: opt(doc.head.issuer) },
    title: doc.title.map(fixPunctuation),
    subtitle: doc.subtitle.map(fixPunctuation),
    body: doc.body.map(fixBlock),
    signature: doc.signature && { ...doc.signature, organs: doc.signature.organs.map(fixPunctuation) },
    notes: doc.notes.map(fixPunctuation),
    attachments: doc.attachments.map((a) => ({ ...a, title: opt(a.title), body: a.body.map(fixBlock) })),
    colophon: doc.colophon && {
      ...doc.colophon,
      cc: opt(doc.colophon.cc),
      printer: opt(doc.colophon.printer),
      report: opt(doc.colophon.report),
      distribute: opt(doc.colophon.distribute),
    },
  };
}
