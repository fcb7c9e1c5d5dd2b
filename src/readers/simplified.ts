// Whether an imported document is in traditional characters (readers/readDocument then converts it with
// zh/simplified toSimplified).

/** Characters that only traditional text uses, common in 公文 (會議 紀要 關於 鎮 縣 …). */
const TRADITIONAL_ONLY = /[會議紀關於鎮縣訪穩來這們為與發開據處幹黨國團說對時]/gu;
const SIMPLIFIED_ONLY = /[会议纪关于镇县访稳来这们为与发开据处干党国团说对时]/gu;

/** Whether a text looks traditional: more traditional-only than simplified-only characters among common ones. */
export function looksTraditional(text: string): boolean {
  const t = text.match(TRADITIONAL_ONLY)?.length ?? 0;
  const s = text.match(SIMPLIFIED_ONLY)?.length ?? 0;
  return t >= 5 && t > s;
}
