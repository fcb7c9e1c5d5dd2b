import { dict } from '../util/dict.js';
import { say, type LocalText } from '../diagnostics/messages/index.js';
import { SEQUENCE_MARK, stripSequenceMark } from '../zh/punctuation.js';
import { mayBeTraditional } from '../zh/simplified.js';
import { toSimplified } from '../zh/simplified.js';

/**
 * Chinese names accepted for every record key, so that a record can be written
 * entirely in Chinese. Each maps to the one canonical English key.
 * The table is global: a Chinese word means the same key in every kind.
 */
export const KEY_ALIASES: Readonly<Record<string, string>> = dict({
  类型: 'kind', 文种: 'kind', 模板: 'template',
  标题: 'title', 副标题: 'subtitle', 题注: 'subtitle',
  纪要标志: 'mark',
  时间: 'date', 日期: 'date', 会议时间: 'date',
  时段: 'time',
  地点: 'place', 会议地点: 'place',
  主持人: 'chair', 主持: 'chair', 姓名: 'name', 职务: 'posts',
  会议名称: 'meeting', 会议: 'meeting',
  听取: 'heard', 会议情况: 'proceedings', 导语: 'leadIn',
  动词: 'verb', 内容: 'text', 正文: 'text', 段落: 'text',
  量词: 'unit', 要点: 'points', 结语: 'after',
  出席: 'present', 请假: 'onLeave', 缺席: 'absent', 列席: 'observers', 出席情况: 'attendance',
  出席人员: 'present', 请假人员: 'onLeave', 缺席人员: 'absent', 列席人员: 'observers',
  参会人员: 'participants', 参加人员: 'participants', 与会人员: 'participants',
  会议记录与整理: 'recorders', 记录整理: 'recorders', 记录人: 'recorders', 记录: 'recorders', 会议记录: 'recorders', 记录员: 'recorders', 记录标签: 'recordersLabel',
  议题: 'topics', 汇报: 'reports', 角色: 'role', 共识: 'consensus', 引语: 'lead',
  开头: 'opening', 结尾: 'closing', 结束语: 'closing',
  落款: 'signature', 署名: 'organs', 发文机关署名: 'organs', 成文日期: 'date',
  日期格式: 'dateStyle',
  单位: 'organ', 机关: 'organ', 时期: 'period', 期间: 'period',
  前言: 'intro', 章节: 'sections', 部分: 'sections', 小节: 'sections',
  存在问题: 'problems', 下一步: 'outlook', 工作打算: 'outlook',
  // headings a 总结 is often typed with
  主要工作: 'sections', 主要做法: 'sections', 存在的问题: 'problems', 问题与不足: 'problems',
  下步打算: 'outlook', 下一步打算: 'outlook', 下步工作: 'outlook', 下一步工作: 'outlook', 下一步工作打算: 'outlook', 今后打算: 'outlook',
  信访: 'petitions', 来信: 'letters', 来访: 'visits', 网上信访: 'online', 电话: 'phone',
  受理: 'accepted', 办理: 'handled', 办结: 'closed', 上级交办: 'assigned', 交办已回复: 'assignedReplied',
  报送信息: 'infoReports', 集体访: 'collective', 越级访: 'skipLevel', 重复访: 'repeat',
  矛盾纠纷: 'disputes', 排查: 'found', 化解: 'resolved', 正在化解: 'inProgress', 未化解: 'unresolved',
  案例: 'cases', 当事人: 'parties', 纠纷类别: 'category', 简要情况: 'summary',
  调处单位: 'mediators', 调处经过: 'steps', 调处结果: 'outcome', 涉及金额: 'amount', 化解状态: 'status', 包案领导: 'leader',
  台账: 'registers', 插入: 'insert', 全部列出: 'complete', 金额单位: 'amountUnit',
  上年同期: 'lastYear', 同期: 'lastYear', 去年同期: 'lastYear', 上期: 'previous', 上一期: 'previous',
  段首标题: 'runIn', 编号: 'numbered', 小节层级: 'sectionsLevel',
  步骤: 'steps', 名称: 'name', 领导小组: 'group', 组长: 'leader', 副组长: 'deputies', 成员: 'members',
  // a 指挥部's 组长 and 副组长 (src/compile prints a group named …指挥部 with these posts)
  指挥长: 'leader', 副指挥长: 'deputies',
  办公室: 'office', 职责: 'duties', 样式: 'style',
  阶段: 'phases', 起: 'from', 止: 'to', 开始: 'from', 结束: 'to',
  表格: 'table', 表头: 'columns', 列: 'columns', 行: 'rows', 表题: 'caption',
  发文机关: 'issuer', 发文机关标志: 'issuer', 发文字号: 'docNumber', 机关代字: 'code', 年份: 'year', 序号: 'number',
  份号: 'copyNumber', 密级: 'secrecy', 紧急程度: 'urgency', 签发人: 'signer',
  主送机关: 'addressee', 主送: 'addressee', 依据: 'basis', 附件: 'attachments', 附注: 'notes',
  抄送: 'cc', 印发机关: 'printer', 印发日期: 'printDate', 主题词: 'keywords', 报: 'report', 发: 'distribute',
  讲话人: 'speaker', 场合: 'occasion', 称谓: 'salutation', 致谢: 'thanks',
});

/** Chinese names for kinds, as `kind:` values and as CLI arguments. */
export const KIND_ALIASES: Readonly<Record<string, string>> = dict({
  纪要: 'minutes', 会议纪要: 'minutes',
  总结: 'summary', 工作总结: 'summary',
  实施方案: 'plan', 方案: 'plan', 实施意见: 'plan',
  讲话: 'speech', 讲话稿: 'speech',
});

/**
 * A key that begins with a sequence mark, zh's own (SEQUENCE_MARK, which stripSequenceMark takes off: 三、 1. (2) （一） ① 一是):
 * any other key is not looked at twice (every English key, at every depth).
 */
const MAY_BE_NUMBERED = new RegExp(`^\\s*${SEQUENCE_MARK}`, 'u');

/**
 * The canonical key of a key as typed: its alias, or the alias of what it names without the number typed
 * before it — a 总结 copied from last year's reads 三、存在的问题: and 四、下步打算: as its own keys do.
 */
export function canonicalKey(key: string): string {
  const known = KEY_ALIASES[key];
  if (known !== undefined) return known;
  // a key typed in traditional characters (會議名稱: a phone set to 繁體) is its simplified key's
  if (mayBeTraditional(key)) {
    const simplified = toSimplified(key);
    if (simplified !== key) return canonicalKey(simplified);
  }
  if (!MAY_BE_NUMBERED.test(key)) return key;
  const bare = stripSequenceMark(key);
  return (bare !== key && KEY_ALIASES[bare]) || key;
}

export function canonicalKind(kind: string): string {
  const known = KIND_ALIASES[kind];
  if (known !== undefined || !mayBeTraditional(kind)) return known ?? kind;
  const simplified = toSimplified(kind); // 紀要, 會議紀要
  return KIND_ALIASES[simplified] ?? kind;
}

/** The Chinese names of a canonical key, for messages and JSON Schema. */
export function aliasesOf(key: string): string[] {
  return [...(namesOf().get(key) ?? [])];
}

/** Each canonical key's Chinese names in KEY_ALIASES's order, gathered on first use: a record of 5,000 unknown keys asked aliasesOf for some 40 keys at each (14 s). */
let names: Map<string, string[]> | undefined;
function namesOf(): Map<string, string[]> {
  if (!names) {
    names = new Map();
    for (const [alias, canonical] of Object.entries(KEY_ALIASES)) {
      const list = names.get(canonical);
      if (list) list.push(alias);
      else names.set(canonical, [alias]);
    }
  }
  return names;
}

/** A key as messages name it: "title" (标题). */
/** A key as a message names it: "title" (标题), 标题 in Chinese (src/diagnostics/messages, key-name). */
export function sayKey(key: string): LocalText {
  return say('key-name', { key, names: aliasesOf(key).slice(0, 2) });
}
