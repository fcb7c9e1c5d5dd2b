/**
 * Traditional → simplified characters with OpenCC (opencc-js), character by character (the Taiwan set, "tw"): the
 * phrase set ("twp") also rewrites words — 文件 → 文档, 程序 → 进程 — which changes the text of a 公文; 資訊 therefore
 * becomes 资讯, not 信息. Used for imported documents (readers/readDocument) and for records typed in traditional
 * characters (records/aliases, records/traditionalText), which are also judged traditional here, one way for both.
 * The converter is built at its first use.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;

/** The text in simplified characters, character by character. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert!(text);
}

/**
 * Characters only traditional text uses: those of every key's and kind's traditional spelling (test/input-traditional
 * checks them against OpenCC), the commonest of a 公文's text and of surnames. A record whose text holds none of them
 * is taken as simplified without OpenCC, whose first use costs some 20 ms (a stray 樓 in a simplified record is missed).
 */
export const TRADITIONAL_MARKS =
  '類種標題紀誌時間會議點職務稱聽況導語動詞內結請參員與記錄籤彙報識開頭發機關單節問後訪來網電話辦級體複糾紛當別簡調處經過額狀態領臺賬編號層驟組長責樣階緊簽據註講場謂謝總實見' +
  '鎮縣穩這們為幹黨國團說對個現進區鄉業應數設計劃織負聯繫幫傳達學習規範衛護構觀認災險隊鬥勞積極專項檢頓嚴執監線絡讓給從還麼邊條風隱農產濟戶門築興歲齊協樓華鍵義' +
  '陳張劉楊黃趙吳孫馬鄭韓馮鄧蕭許蔣羅葉蘇盧賈錢湯顧龔萬鍾譚陸閻';
const MARK = new RegExp(`[${TRADITIONAL_MARKS}]`, 'u');

/**
 * Characters OpenCC makes simplified that simplified text writes too: 著 (显著, 著名), 乾 (乾隆), 於 (a surname), 夥, 麽,
 * 覆 (覆盖), 瞭 (瞭望), 藉 (慰藉). Never said to be traditional.
 */
const SIMPLIFIED_TOO = new Set('著乾於夥麽覆瞭藉');

/** Whether a text may hold traditional characters (one of TRADITIONAL_MARKS): only then is OpenCC asked. */
export function mayBeTraditional(text: string): boolean {
  return MARK.test(text);
}

/**
 * Each character of `text` with its simplified form (itself where OpenCC leaves it, and for SIMPLIFIED_TOO): one
 * character for one, as OpenCC's character set converts; a character at a time where the lengths differ.
 */
function charactersSimplified(text: string): Array<{ typed: string; simplified: string }> {
  const converted = toSimplified(text);
  const typed = [...text];
  if (converted === text) return typed.map((ch) => ({ typed: ch, simplified: ch }));
  const simplified = [...converted];
  return typed.map((ch, i) => ({
    typed: ch,
    simplified: SIMPLIFIED_TOO.has(ch) ? ch : typed.length === simplified.length ? simplified[i]! : toSimplified(ch),
  }));
}

/** The traditional characters of `text` with their simplified forms, each once, in order (會 → 会); [] for none. */
export function traditionalCharacters(text: string): Array<{ typed: string; simplified: string }> {
  const out = new Map<string, string>();
  for (const { typed, simplified } of charactersSimplified(text)) if (typed !== simplified && !out.has(typed)) out.set(typed, simplified);
  return [...out].map(([typed, simplified]) => ({ typed, simplified }));
}

/**
 * Whether a whole text is typed in traditional characters (a document to import, which is then converted only with
 * --simplified): at least 5 of its characters are traditional ones, and they are at least a tenth of its Han
 * characters — a simplified text with a stray 樓 or a quoted 繁體 name is not.
 */
export function looksTraditional(text: string): boolean {
  if (!mayBeTraditional(text)) return false;
  const han = charactersSimplified(text).filter((c) => /\p{Script=Han}/u.test(c.typed));
  const traditional = han.filter((c) => c.typed !== c.simplified).length;
  return traditional >= 5 && traditional * 10 >= han.length;
}
