/**
 * The diagnostic codes: stable names of the classes of problem, shown in brackets in every
 * message (`错误[date-invalid]`), given in `--reporter json`, and listed in the README with the
 * line below. A code is never renamed once released; a new class of problem gets a new code.
 */
export interface CodeInfo {
  zh: string;
  en: string;
}

export const CODES = {
  // records
  'read-failed': { zh: '文件无法读取（权限、文件不存在等）', en: 'the file cannot be read (permissions, missing file …)' },
  'not-a-file': { zh: '给出的是文件夹、管道或设备，不是普通文件', en: 'a folder, pipe or device was given where a file was expected' },
  'record-too-large': { zh: '记录文件超过大小上限', en: 'the record is larger than a record may be' },
  'record-too-deep': { zh: '列表和项目嵌套过深', en: 'lists and mappings nested too deep' },
  'record-too-many-values': { zh: '展开别名后值过多（“十亿笑声”式的文件）', en: 'too many values once aliases are expanded (a "billion laughs" file)' },
  'alias-cycle': { zh: '别名引用了包含它自身的值', en: 'an alias refers to the value that contains it' },
  'alias-unknown': { zh: '别名之前没有对应的锚点', en: 'an alias with no anchor before it' },
  'yaml-syntax': { zh: 'YAML 格式错误（缩进、冒号、括号、引号等）', en: 'a YAML syntax mistake (indentation, colons, brackets, quotes …)' },
  'yaml-warning': { zh: 'YAML 读取时的提醒', en: 'a warning of the YAML reader' },
  'key-not-text': { zh: '项目名不是文字', en: 'a key that is not a name' },
  'duplicate-key': { zh: '同一位置的项目写了两次（中英文名算同一项）', en: 'the same key twice in one place (its Chinese and English names count as one)' },
  'control-character': { zh: '不能写入公文的控制字符', en: 'a control character that cannot be written into a document' },
  'invalid-byte': { zh: '文件中有不属于其编码的字节', en: 'a byte that is not of the file\'s encoding' },
  'mixed-encoding': { zh: '文件中混用了 UTF-8 和 GBK', en: 'lines of UTF-8 and GBK in one file' },
  'not-a-record': { zh: '文件不是“项目: 内容”形式的记录', en: 'the file is not a mapping of keys' },
  'missing-kind': { zh: '记录没有写“类型:”', en: 'the record does not say its kind' },
  'unknown-kind': { zh: '不认识的公文类型', en: 'an unknown kind of document' },
  'unknown-key': { zh: '该类记录没有这一项（常附“是不是……？”）', en: 'a key the kind of record does not have (often with "did you mean")' },
  'missing-key': { zh: '缺少必填项目', en: 'a required key is missing' },
  'computed-key': { zh: '填写了由程序计算的数字（如办结率）', en: 'a figure gongwen computes (such as 办结率) was typed' },
  'wrong-type': { zh: '值的类型不对（如应为列表却写了文字）', en: 'a value of the wrong type (text where a list is expected …)' },
  'invalid-value': { zh: '不接受的值', en: 'a value that is not accepted' },
  'date-invalid': { zh: '日期不存在或写法无法识别（2024-02-30、13月……）', en: 'a date that does not exist or cannot be read (2024-02-30, month 13 …)' },
  'too-small': { zh: '列表项太少或数字太小', en: 'too few items, or a number too small' },
  'time-not-printed': { zh: '日期后写的时间不会印出', en: 'a time after a date that is not printed' },
  // figures and wording
  'bad-period': { zh: '时期写法无法识别', en: 'a period gongwen cannot read' },
  'register-mismatch': { zh: '记录中的数字与台账统计不一致', en: 'a figure typed in the record differs from the registers\' count' },
  'total-mismatch': { zh: '分项之和与合计不符', en: 'parts that do not add up to their total' },
  'count-exceeds-total': { zh: '分项多于合计（如办结多于受理）', en: 'a part larger than its total (办结 more than 受理 …)' },
  'insert-unavailable': { zh: '插入的段落缺少所需数字', en: 'an inserted passage whose figures are missing' },
  'rate-undefined': { zh: '比率无法计算（分母为 0）', en: 'a rate with nothing to divide by' },
  'figure-unavailable': { zh: '引用的数字没有来源', en: 'a cited figure that neither record nor registers give' },
  'unknown-figure': { zh: '{{名称}} 不是可引用的数字', en: '{{name}} names no computed figure' },
  'empty-period': { zh: '台账在该时期内没有登记', en: 'a register with no rows in the period' },
  'too-deep': { zh: '标题超过四层', en: 'headings deeper than the four levels of GB/T 9704' },
  'verb-repeated': { zh: '引导语重复了程序会写的动词（会议强调……）', en: 'lead text repeating the verb gongwen writes (会议强调 …)' },
  // templates
  'unknown-template': { zh: '没有这个模板', en: 'no template of that name' },
  'template-kind': { zh: '模板与记录类型不符', en: 'a template for another kind of record' },
  'template-unreadable': { zh: '模板文件无法读取', en: 'a template file that cannot be read' },
  'template-front-matter': { zh: '模板的前置信息不是有效的 YAML', en: 'a template whose front matter is not valid YAML' },
  'template-error': { zh: '模板的 Handlebars 错误', en: 'a Handlebars error in a template' },
  'template-output': { zh: '模板生成的文字有结构错误（未结束的块等）', en: 'a structural mistake in what a template rendered (an unclosed block …)' },
  'unused-key': { zh: '模板中没有这一项的位置', en: 'a key the template has no place for' },
  'internal-error': { zh: 'gongwen 自身的缺陷', en: 'a bug in gongwen' },
} as const satisfies Record<string, CodeInfo>;

export type KnownCode = keyof typeof CODES;
