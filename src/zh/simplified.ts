/**
 * Traditional → simplified characters with OpenCC (opencc-js), character by character (the Taiwan set, "tw"): the
 * phrase set ("twp") also rewrites words — 文件 → 文档, 程序 → 进程 — which changes the text of a 公文; 資訊 therefore
 * becomes 资讯, not 信息. Used for imported documents (readers/readDocument) and for records typed in traditional
 * characters (records/traditional). The converter is built at its first use.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;

/** The text in simplified characters, character by character. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert!(text);
}
