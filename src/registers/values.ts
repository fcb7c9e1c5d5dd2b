import type { Channel, DisputeStatus, PetitionSource, PetitionStatus } from './types.js';

/** Accepted spellings of the closed vocabularies, normalised to the register's own terms. */
export const CHANNEL_VALUES: Record<string, Channel> = {
  来信: '来信', 信: '来信', 信件: '来信', letter: '来信',
  来访: '来访', 访: '来访', 走访: '来访', visit: '来访',
  网上信访: '网上信访', 网上: '网上信访', 网信: '网上信访', 网络: '网上信访', online: '网上信访',
  // what a petition received online came through: a WeChat account, a website, e-mail, a 信访 app
  微信: '网上信访', 微信公众号: '网上信访', 网站: '网上信访', 网络信访: '网上信访', 网上来信: '网上信访', 邮件: '网上信访', 电子邮件: '网上信访', 手机信访: '网上信访',
  电话: '电话', 电话信访: '电话', 来电: '电话', phone: '电话', 热线: '电话', 12345: '电话', '12345热线': '电话',
};

export const PETITION_STATUS_VALUES: Record<string, PetitionStatus> = {
  已办结: '已办结', 办结: '已办结', 已结: '已办结', closed: '已办结',
  办理中: '办理中', 在办: '办理中', 正在办理: '办理中', inprogress: '办理中', open: '办理中',
  不予受理: '不予受理', 不受理: '不予受理', rejected: '不予受理', notaccepted: '不予受理',
};

export const SOURCE_VALUES: Record<string, PetitionSource> = {
  直接受理: '直接受理', 直接: '直接受理', 自收: '直接受理', direct: '直接受理',
  上级交办: '上级交办', 交办: '上级交办', 上级转办: '上级交办', 转办: '上级交办', assigned: '上级交办',
};

export const DISPUTE_STATUS_VALUES: Record<string, DisputeStatus> = {
  已化解: '已化解', 化解: '已化解', 已调处: '已化解', resolved: '已化解',
  正在化解: '正在化解', 化解中: '正在化解', 调处中: '正在化解', inprogress: '正在化解',
  未化解: '未化解', 未调处: '未化解', unresolved: '未化解',
};

/**
 * A 来源 written as the office that handed the petition down (县信访局交办, 市信访局转办, 县委督办): 上级交办.
 * Undefined for any other text.
 */
export function handedDown(text: string): PetitionSource | undefined {
  return /..(?:交办|转办|督办)$/u.test(text.trim()) ? '上级交办' : undefined;
}

/** Looks a cell up in a vocabulary, ignoring case, spaces, `-` and `_`. */
export function lookupValue<T>(table: Record<string, T>, text: string): T | undefined {
  // Most cells are written exactly as the vocabulary has them: no new strings then.
  if (Object.prototype.hasOwnProperty.call(table, text)) return table[text];
  const key = text.replace(/[\s\u3000\-_]+/g, '').toLowerCase();
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
