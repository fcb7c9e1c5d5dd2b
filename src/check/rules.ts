/**
 * The rules `gongwen check` holds a DOCX to: each with its code, the clause of GB/T 9704-2012
 * 《党政机关公文格式》 (or GB/T 15834 for punctuation) that says it, what the clause says, and the
 * severity of a departure. `error` is what the standard prescribes; `warning` is practice, or a
 * rule offices are known to bend (纪要格式可以根据实际制定, §10.3).
 */
export type RuleCode =
  | 'paper'
  | 'margins'
  | 'grid'
  | 'title-font'
  | 'body-font'
  | 'heading-font'
  | 'heading-numbering'
  | 'heading-level-skipped'
  | 'punctuation'
  | 'doc-number'
  | 'date-form'
  | 'page-number'
  | 'page-number-position'
  | 'colophon'
  | 'minutes-labels';

export interface Rule {
  code: RuleCode;
  clause: string;
  says: string;
  severity: 'error' | 'warning';
}

export const RULES: Record<RuleCode, Rule> = {
  paper: { code: 'paper', clause: 'GB/T 9704-2012 §5.2.1', says: '公文用纸采用GB/T 148中规定的A4型纸，其成品幅面尺寸为：210 mm×297 mm', severity: 'error' },
  margins: { code: 'margins', clause: 'GB/T 9704-2012 §5.2.2', says: '天头（上白边）为37 mm±1 mm，订口（左白边）为28 mm±1 mm，版心尺寸为156 mm×225 mm', severity: 'error' },
  grid: { code: 'grid', clause: 'GB/T 9704-2012 §5.2.3', says: '一般每面排22行，每行排28个字，并撑满版心', severity: 'error' },
  'title-font': { code: 'title-font', clause: 'GB/T 9704-2012 §7.3.1', says: '标题一般用2号小标宋体字', severity: 'error' },
  'body-font': { code: 'body-font', clause: 'GB/T 9704-2012 §5.2.3, §7.3.3', says: '如无特殊说明，公文格式各要素一般用3号仿宋体字', severity: 'error' },
  'heading-font': { code: 'heading-font', clause: 'GB/T 9704-2012 §7.3.3', says: '一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字标注', severity: 'error' },
  'heading-numbering': { code: 'heading-numbering', clause: 'GB/T 9704-2012 §7.3.3', says: '文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注', severity: 'error' },
  'heading-level-skipped': { code: 'heading-level-skipped', clause: 'GB/T 9704-2012 §7.3.3', says: '结构层次序数依次用“一、”“（一）”“1.”“（1）”（跳过一层是常见的做法，但不是标准的次序）', severity: 'warning' },
  punctuation: { code: 'punctuation', clause: 'GB/T 15834-2011 §4', says: '中文文本中使用全角标点：，；：？！（）', severity: 'warning' },
  'doc-number': { code: 'doc-number', clause: 'GB/T 9704-2012 §7.2.4', says: '年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位', severity: 'error' },
  'date-form': { code: 'date-form', clause: 'GB/T 9704-2012 §7.3.5.1', says: '成文日期中的数字用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位', severity: 'error' },
  'page-number': { code: 'page-number', clause: 'GB/T 9704-2012 §7.5', says: '页码一般用4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数字左右各放一条一字线', severity: 'error' },
  'page-number-position': { code: 'page-number-position', clause: 'GB/T 9704-2012 §7.5', says: '单页码居右空一字，双页码居左空一字', severity: 'error' },
  colophon: { code: 'colophon', clause: 'GB/T 9704-2012 §7.4', says: '版记中的分隔线与版心等宽，首条和末条用粗线，中间用细线；抄送机关、印发机关和印发日期用4号仿宋体字', severity: 'error' },
  'minutes-labels': { code: 'minutes-labels', clause: 'GB/T 9704-2012 §10.3', says: '纪要标注出席人员名单，一般用3号黑体字，在正文下空一行左空二字编排“出席：”', severity: 'warning' },
};
