import { say } from '../diagnostics/messages/index.js';
import { didYouMean } from '../zh/didYouMean.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RegisterKind } from './types.js';

export type PetitionField =
  | 'id' | 'date' | 'channel' | 'petitioner' | 'people' | 'village' | 'category' | 'summary'
  | 'source' | 'skipLevel' | 'repeat' | 'status' | 'closedOn' | 'replied';

export type DisputeField =
  | 'id' | 'date' | 'place' | 'parties' | 'category' | 'summary' | 'mediators' | 'steps'
  | 'outcome' | 'amount' | 'status' | 'resolvedOn' | 'leader';

export type Field = PetitionField | DisputeField;

/**
 * Column names per field (the field is the row's property in `Petition` / `Dispute`): the first is
 * the Chinese name offices write and the one messages use; the second is the English key a header
 * may use (skip_level, closed_on: matching ignores `_`, so skipLevel reads too); the rest are
 * variants seen in registers. Matching ignores spaces, case, `-`/`_`, and a trailing
 * parenthesis such as （元） or (是/否).
 */
export const PETITION_COLUMNS: Record<PetitionField, string[]> = {
  id: ['编号', 'id', '信访编号', '登记编号', '案件编号'],
  date: ['登记日期', 'date', '日期', '信访日期', '来信来访日期', '受理日期', '登记时间', '信访时间', '来访时间', '受理时间'],
  channel: ['信访形式', 'channel', '形式', '信访方式', '反映形式', '反映方式', '来访形式'],
  petitioner: ['信访人', 'petitioner', '信访人姓名', '姓名'],
  people: ['人数', 'people', '信访人数'],
  village: ['村社区', 'village', '村（社区）', '所属村社区', '村委会', '所在村', '所在村社区', '所属村'],
  category: ['问题类别', 'category', '类别', '问题分类'],
  summary: ['内容摘要', 'summary', '反映问题', '主要内容', '摘要', '主要诉求', '诉求', '反映内容'],
  source: ['来源', 'source', '信访来源', '件源'],
  skipLevel: ['是否越级', 'skip_level', '越级'],
  repeat: ['是否重复', 'repeat', '重复'],
  status: ['办理状态', 'status', '状态', '办理情况', '办理结果'],
  closedOn: ['办结日期', 'closed_on', '办结时间'],
  replied: ['是否回复', 'replied', '回复'],
};

export const DISPUTE_COLUMNS: Record<DisputeField, string[]> = {
  id: ['编号', 'id', '案件编号', '纠纷编号'],
  date: ['排查日期', 'date', '日期', '发现日期', '排查时间', '发现时间'],
  place: ['地点', 'place', '发生地点'],
  parties: ['当事人', 'parties'],
  category: ['纠纷类别', 'category', '类别', '纠纷类型'],
  summary: ['简要情况', 'summary', '基本情况', '纠纷简要情况'],
  mediators: ['调处单位', 'mediators', '调解单位'],
  steps: ['调处经过', 'steps', '调解经过', '调处过程'],
  outcome: ['调处结果', 'outcome', '调解结果', '调解协议'],
  amount: ['涉及金额', 'amount', '金额'],
  status: ['化解状态', 'status', '状态'],
  resolvedOn: ['化解日期', 'resolved_on', '化解时间'],
  leader: ['包案领导', 'leader'],
};

/** The column that numbers a register's rows (序号): its 编号 when it has no 编号 column (mapColumns). */
const SERIAL = '序号';

export const REQUIRED: Record<RegisterKind, Field[]> = {
  petitions: ['id', 'date', 'channel', 'status'],
  disputes: ['id', 'date', 'status'],
};

export function columnsOf(kind: RegisterKind): Record<string, string[]> {
  return kind === 'petitions' ? PETITION_COLUMNS : DISPUTE_COLUMNS;
}

/** 信访登记 / 矛盾纠纷 */
export function kindName(kind: RegisterKind): '信访登记' | '矛盾纠纷' {
  return kind === 'petitions' ? '信访登记' : '矛盾纠纷';
}

export function normalizeColumnName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/(?:\([^()]*\)|（[^（）]*）)$/, '')
    .replace(/[-_]/g, '')
    .toLowerCase();
}

const lookups = new Map<RegisterKind, Map<string, Field>>();

function lookup(kind: RegisterKind): Map<string, Field> {
  let map = lookups.get(kind);
  if (!map) {
    map = new Map();
    for (const [field, names] of Object.entries(columnsOf(kind))) {
      for (const name of names) map.set(normalizeColumnName(name), field as Field);
    }
    lookups.set(kind, map);
  }
  return map;
}

/** The field a column name stands for in a register of this kind. */
export function fieldOfColumn(kind: RegisterKind, name: string): Field | undefined {
  return lookup(kind).get(normalizeColumnName(name));
}

/** How many of a header's names are columns of this kind. */
export function knownColumns(header: readonly string[], kind: RegisterKind): number {
  let n = 0;
  for (const name of header) if (fieldOfColumn(kind, name)) n++;
  return n;
}

/**
 * Which kind of register a header belongs to: the kind with more columns
 * that only it has (登记日期, 信访形式 … vs 排查日期, 化解状态 …). Undefined on a tie.
 */
export function detectKind(header: readonly string[]): RegisterKind | undefined {
  let petitions = 0;
  let disputes = 0;
  for (const name of header) {
    const p = fieldOfColumn('petitions', name);
    const d = fieldOfColumn('disputes', name);
    // Names both kinds use (编号, 日期, 状态 …) say nothing.
    if (p && !d) petitions++;
    else if (d && !p) disputes++;
  }
  if (petitions === disputes) return undefined;
  return petitions > disputes ? 'petitions' : 'disputes';
}

export interface ColumnRef {
  /** 0-based index into the header. */
  index: number;
  /** As written in the header. */
  name: string;
}

/**
 * Maps header columns to fields. Reports a column whose name is one edit away
 * from a known one (warning), a repeated column (warning; the first is used),
 * and a missing required column (error).
 */
export function mapColumns(
  header: readonly string[],
  kind: RegisterKind,
  bag: DiagnosticBag,
  file: string,
  /** YAML: where each key was first written; its rows report missing cells themselves, so no column is required. */
  yamlPositions?: ReadonlyArray<{ line: number; column: number } | undefined>,
  /** The header's row when title rows stand above it. */
  headerLine = 1,
): Map<Field, ColumnRef> {
  const columns = new Map<Field, ColumnRef>();
  const known = [...lookup(kind).keys()];
  const hasId = header.some((name) => fieldOfColumn(kind, name) === 'id');
  header.forEach((name, index) => {
    const start = yamlPositions ? yamlPositions[index] : { line: headerLine, column: index + 1 };
    if (normalizeColumnName(name) === '') return;
    // 序号, the first column of nearly every Excel register, numbers its rows: the 编号 where there is none
    if (normalizeColumnName(name) === SERIAL) {
      if (!hasId && !columns.has('id')) columns.set('id', { index, name });
      return;
    }
    const field = fieldOfColumn(kind, name);
    if (!field) {
      const norm = normalizeColumnName(name);
      const near = didYouMean(norm, known);
      if (near) {
        const f = lookup(kind).get(near)!;
        bag.warn('unknown-column', say('register.unknown-column', { name, kind: kindName(kind) }), {
          file, start, path: [name], hint: say('did-you-mean', { guess: columnsOf(kind)[f][0] }),
        });
      } else if (yamlPositions) {
        // A YAML register is written by hand: a key that is no column (备注, __proto__, toString …) is named, at its line.
        bag.warn('unknown-column', say('register.unknown-key', { name, kind: kindName(kind) }), { file, start, path: [name] });
      }
      return;
    }
    const first = columns.get(field);
    if (first) {
      bag.warn('duplicate-column', say('register.duplicate-column', { name, first: first.name, column: first.index + 1 }), {
        file, start, path: [name],
      });
      return;
    }
    columns.set(field, { index, name });
  });
  for (const field of REQUIRED[kind]) {
    if (!yamlPositions && !columns.has(field)) {
      const names = columnsOf(kind)[field];
      bag.error('missing-column', say('register.missing-column', { kind: kindName(kind), name: names[0] }), {
        file, start: { line: headerLine, column: 1 }, path: [names[0]], expected: say('register.missing-column.expected', { names }),
      });
    }
  }
  return columns;
}
