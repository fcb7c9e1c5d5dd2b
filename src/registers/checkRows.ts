import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { localize, say } from '../diagnostics/messages/index.js';
import type { ColumnRef, DisputeField, Field, PetitionField } from './columns.js';
import { IdRegistry } from './ids.js';
import { SUBTOTAL_LABEL, TOTAL_LABEL } from '../zh/totals.js';
import { RowReader, type ValidateOptions } from './rowReader.js';
import { parseNumberCell } from './cells.js';
import type { Dispute, Petition, RawRow, RawTable, RegisterKind } from './types.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES, SOURCES } from './types.js';
import {
  CHANNEL_VALUES, DISPUTE_STATUS_VALUES, PETITION_STATUS_VALUES, SOURCE_VALUES,
  handedDown, lookupValue,
} from './values.js';

function isBlank(row: RawRow): boolean {
  for (const c of row.cells) {
    if (c === null || c === undefined || c === '') continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
  return true;
}

/**
 * The word of a row an Excel register ends with to add up its columns (合计, 总 计, 小计：, zh/totals) when it stands in
 * the row's first filled cell; none for a row of a petition or dispute (a 内容摘要 that begins 合计… is text of a row).
 */
function totalsWord(row: RawRow): { word: string; column: number } | undefined {
  const i = row.cells.findIndex((c) => c !== null && c !== undefined && String(c).trim() !== '');
  const first = row.cells[i];
  return typeof first === 'string' && (TOTAL_LABEL.test(first.trim()) || SUBTOTAL_LABEL.test(first.trim())) ? { word: first.trim(), column: i + 1 } : undefined;
}

/** The columns of a register whose 合计 and 小计 rows add them up: 人数 of the petitions, 涉及金额 of the disputes. */
const TOTALLED: Record<RegisterKind, readonly Field[]> = { petitions: ['people'], disputes: ['amount'] };

/**
 * The figures of a register's rows added up as its 合计 and 小计 rows add them, as Excel's SUM does: every row's number in
 * the column, a row with other mistakes too, a cell that holds no number passed over. A 小计 adds the rows since the last
 * 小计 or 合计; a 合计 (总计) those since the last 合计, or all of them.
 */
class RunningTotals {
  /** Per column of `fields`: since the start, since the last 合计, since the last 小计 or 合计; and the rows of each. */
  private readonly all: number[];
  private readonly sinceTotal: number[];
  private readonly sincePart: number[];
  private rows = { all: 0, sinceTotal: 0, sincePart: 0 };

  constructor(private readonly fields: readonly Field[]) {
    this.all = fields.map(() => 0);
    this.sinceTotal = fields.map(() => 0);
    this.sincePart = fields.map(() => 0);
  }

  /** An entry's row, the reader on it. */
  add(r: RowReader): void {
    this.rows.all++;
    this.rows.sinceTotal++;
    this.rows.sincePart++;
    for (let i = 0; i < this.fields.length; i++) {
      const v = parseNumberCell(r.value(this.fields[i]!));
      if (typeof v !== 'number') continue;
      this.all[i]! += v;
      this.sinceTotal[i]! += v;
      this.sincePart[i]! += v;
    }
  }

  /**
   * A 合计 or 小计 row, the reader on it: whether its figures are those of the rows it adds; each that is not is said at its
   * cell, with the sum. The rows after it start the next part.
   */
  holds(r: RowReader, word: string, file: string, bag: DiagnosticBag): boolean {
    const part = SUBTOTAL_LABEL.test(word);
    const sums = part ? this.sincePart : this.sinceTotal;
    const rows = part ? this.rows.sincePart : this.rows.sinceTotal;
    let holds = true;
    for (let i = 0; i < this.fields.length; i++) {
      const field = this.fields[i]!;
      const typed = parseNumberCell(r.value(field));
      if (typeof typed !== 'number' || sameFigure(typed, sums[i]!) || (!part && sameFigure(typed, this.all[i]!))) continue;
      holds = false;
      const text = r.text(field) ?? String(typed);
      bag.warn('totals-row-mismatch', say('register.totals-row-mismatch', {
        row: r.row.line, yaml: r.isYaml, letter: r.letter(field), word, name: r.columnName(field), text, rows, sum: sumAsTyped(sums[i]!, text),
      }), { file, start: r.where(field), path: [r.columnName(field)], expected: say('register.totals-row-mismatch.expected') });
    }
    this.sincePart.fill(0);
    this.rows.sincePart = 0;
    if (!part) {
      this.sinceTotal.fill(0);
      this.rows.sinceTotal = 0;
    }
    return holds;
  }
}

/** Two figures the same to the fen (amounts with 角 and 分 added up in floating point). */
function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.005;
}

/** A sum written as the figure it is held against was typed: 9.95万元 beside 9.6万元, 99500元 beside 99000元, else 99500. */
function sumAsTyped(sum: number, typed: string): string {
  if (/万元?$/u.test(typed)) return `${Number((sum / 10_000).toFixed(6))}万元`;
  const n = String(Number(sum.toFixed(2)));
  return /元$/u.test(typed) ? `${n}元` : n;
}

/** Splits 当事人 / 调处单位 cells on 、，,；; and line breaks. */
export function splitNames(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(NAME_SEPARATORS)) {
    const name = part.trim();
    if (name) out.push(name);
  }
  return out;
}

const NAME_SEPARATORS = /[、，,；;\n\r/]+/;

interface Checked<T> {
  rows: T[];
  skipped: number;
}

/**
 * Checks the rows of one register as they come: `check` each row (blank rows are
 * passed over), and the good ones go to `sink`; bad ones are reported in `bag`
 * (errors, or warnings with `skipBadRows`) and counted in `skipped`.
 */
export class RowChecker<T extends { id: string; line: number; idColumn: number }> {
  skipped = 0;
  private readonly reader: RowReader;
  /** The figures of the rows so far, which a 合计 or 小计 row is held against. */
  private readonly totals: RunningTotals;
  private readonly ids: IdRegistry;
  private readonly register: number;
  /** CSV and XLSX: the 编号 column is the same on every row; YAML: where the row wrote it. */
  private readonly idColumn: number | undefined;

  constructor(
    kind: RegisterKind,
    columns: Map<Field, ColumnRef>,
    private readonly file: string,
    format: RawTable['format'],
    private readonly bag: DiagnosticBag,
    private readonly options: ValidateOptions & { ids?: IdRegistry },
    private readonly build: (r: RowReader, line: number, idColumn: number) => T | undefined,
    private readonly sink: (row: T) => void,
  ) {
    this.reader = new RowReader(kind, columns, file);
    this.totals = new RunningTotals(TOTALLED[kind]);
    this.ids = options.ids ?? new IdRegistry();
    this.register = this.ids.add(file);
    this.idColumn = format === 'yaml' ? undefined : (columns.get('id')?.index ?? 0) + 1;
  }

  check(raw: RawRow): void {
    if (isBlank(raw)) return;
    const totals = totalsWord(raw);
    const r = this.reader;
    r.reset(raw);
    if (totals) {
      if (!this.totals.holds(r, totals.word, this.file, this.bag)) return;
      const at = raw.positions?.[totals.column - 1] ?? { line: raw.line, column: totals.column };
      this.bag.warn('totals-row', say('register.totals-row', { row: raw.line, word: totals.word, yaml: this.idColumn === undefined }), { file: this.file, start: at });
      return;
    }
    this.totals.add(r);
    const built = this.build(r, raw.line, this.idColumn ?? r.where('id').column);
    for (const note of r.notes) this.noteOnce(note);
    const id = r.text('id');
    if (id !== undefined) {
      const first = this.ids.claim(id, this.register, raw.line);
      if (first !== undefined && first.register === this.register) {
        r.problem('id', 'duplicate-id', say('register.duplicate-id', { id, letter: r.letter('id'), yaml: r.isYaml, first: first.line, row: raw.line }), {
          expected: say('register.duplicate-id.expected'),
        });
      } else if (first !== undefined) {
        const firstFile = this.ids.files[first.register];
        r.problem('id', 'duplicate-id', say('register.duplicate-id.other', { id, letter: r.letter('id'), file: firstFile ?? '', yaml: r.isYaml, first: first.line }), {
          expected: say('register.duplicate-id.other.expected'),
          hint: this.options.skipBadRows ? undefined : say('register.duplicate-id.other.hint'),
        });
      }
    }
    if (r.problems.length > 0 || !built) {
      this.skipped++;
      for (const p of r.problems) this.report(this.options.skipBadRows ? leftOut(p) : p);
      return;
    }
    this.sink(built);
  }

  /**
   * A bad row's problem said, while the same mistake in the same column has been said fewer than SAID_ONE_BY_ONE times;
   * past that it is counted, and said once with its count and rows when the register ends (finish). A register whose
   * every row has the same mistake held each message: 1,000,000 rows took 1.86 GB and printed 134 MB of messages.
   */
  private report(p: Diagnostic): void {
    const key = `${p.code} ${String(p.path?.[0] ?? '')} ${p.severity}`;
    const met = this.met.get(key);
    if (!met) this.met.set(key, { said: 1 });
    else if (++met.said > SAID_ONE_BY_ONE) {
      met.first ??= p;
      met.last = p.start?.line ?? 0;
      return;
    }
    this.bag.add(p);
  }

  /** A note on how a cell was read (an Excel serial as a date), said at the first row of its column that needs it. */
  private noteOnce(note: Diagnostic): void {
    const key = `${note.code} ${String(note.path?.[0] ?? '')}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.bag.add(note);
  }

  private readonly noted = new Set<string>();

  /** Says, once each, the mistakes counted past SAID_ONE_BY_ONE (report): call when the register's rows are all checked. */
  finish(): void {
    for (const { said, first, last } of this.met.values()) {
      if (!first) continue;
      const count = said - SAID_ONE_BY_ONE;
      const message = say('register.more-like-this', { count, from: first.start?.line ?? 0, to: last ?? 0, yaml: this.idColumn === undefined });
      this.bag.add({ ...first, message: localize(message, 'en'), expected: undefined, local: { message, hint: first.local?.hint }, repeats: count - 1 });
    }
    this.met.clear();
  }

  /** Each mistake (its code, its column, error or warning): how many times met, and past SAID_ONE_BY_ONE the first of those and the row of the last. */
  private readonly met = new Map<string, { said: number; first?: Diagnostic; last?: number }>();
}

/** How many times a register's same mistake in the same column is said row by row before the rest are counted. */
export const SAID_ONE_BY_ONE = 20;

/** A bad row, reported as a warning: the row is left out (--skip-bad-rows). */
function leftOut(p: Diagnostic): Diagnostic {
  const guess = p.local?.hint?.id === 'did-you-mean' ? (p.local.hint.values as { guess: string }).guess : undefined;
  const hint = guess !== undefined ? say('register.did-you-mean.left-out', { guess }) : say('register.row-left-out');
  return { ...p, severity: 'warning', hint: localize(hint, 'en'), local: { ...p.local, hint } };
}

function finish<T extends { id: string; line: number; idColumn: number }>(
  table: RawTable,
  kind: RegisterKind,
  columns: Map<Field, ColumnRef>,
  file: string,
  bag: DiagnosticBag,
  options: ValidateOptions & { ids?: IdRegistry },
  build: (r: RowReader, line: number, idColumn: number) => T | undefined,
): Checked<T> {
  const rows: T[] = [];
  const checker = new RowChecker<T>(kind, columns, file, table.format, bag, options, build, (row) => rows.push(row));
  for (const raw of table.rows) checker.check(raw);
  checker.finish();
  return { rows, skipped: checker.skipped };
}

/** Types the rows of a 信访登记 register; bad rows are reported and left out. */
export function checkPetitions(
  table: RawTable, columns: Map<Field, ColumnRef>, file: string, bag: DiagnosticBag, options: ValidateOptions & { ids?: IdRegistry } = {},
): Checked<Petition> {
  return finish<Petition>(table, 'petitions', columns, file, bag, options, buildPetition);
}

/** A checker of 信访登记 rows that hands each good row to `sink`. */
export function petitionChecker(
  columns: Map<Field, ColumnRef>, file: string, format: RawTable['format'], bag: DiagnosticBag,
  options: ValidateOptions & { ids?: IdRegistry }, sink: (row: Petition) => void,
): RowChecker<Petition> {
  return new RowChecker<Petition>('petitions', columns, file, format, bag, options, buildPetition, sink);
}

/** A checker of 矛盾纠纷 rows that hands each good row to `sink`. */
export function disputeChecker(
  columns: Map<Field, ColumnRef>, file: string, format: RawTable['format'], bag: DiagnosticBag,
  options: ValidateOptions & { ids?: IdRegistry }, sink: (row: Dispute) => void,
): RowChecker<Dispute> {
  return new RowChecker<Dispute>('disputes', columns, file, format, bag, options, buildDispute, sink);
}

function buildPetition(r: RowReader, line: number, idColumn: number): Petition | undefined {
  {
    const f = (x: PetitionField) => x;
    const id = r.required(f('id'), 'missing-id', '编号');
    const date = r.date(f('date'), true);
    const channel = r.choice(f('channel'), CHANNEL_VALUES, CHANNELS, '信访形式', 'unknown-channel', 'missing-channel');
    const status = r.choice(f('status'), PETITION_STATUS_VALUES, PETITION_STATUSES, '办理状态', 'unknown-status', 'missing-status');
    // a 信访形式 typed as the 来源 (微信, 来访): said as that, not as a near miss of one (微信 → 来信)
    const source = r.choice(f('source'), SOURCE_VALUES, SOURCES, '来源', 'unknown-source', undefined, (text) => {
      const channel = lookupValue(CHANNEL_VALUES, text);
      return channel && say('register.source-is-channel', { text, channel, sources: SOURCES });
    }, handedDown) ?? '直接受理';
    const people = r.number(f('people'), say('register.people-forms'));
    if (people !== undefined && (people < 1 || !Number.isInteger(people))) {
      r.problem('people', 'bad-number', say('register.bad-people', { text: r.text('people') ?? '', letter: r.letter('people') }), { expected: say('register.people-forms') });
    }
    const skipLevel = r.yesNo('skipLevel');
    const repeat = r.yesNo('repeat');
    const replied = r.yesNo('replied');
    const closedOn = r.date('closedOn', false);
    if (date && closedOn) r.notBefore('closedOn', closedOn, 'date', date);
    if (id === undefined || date === undefined || channel === undefined || status === undefined) return undefined;
    // One literal in one order: every row gets the same hidden class, so counting stays fast.
    return {
      line, idColumn, id, date, channel,
      petitioner: r.words('petitioner'),
      people,
      village: r.words('village'),
      category: r.words('category'),
      summary: r.words('summary'),
      source, skipLevel, repeat, status, closedOn, replied,
    };
  }
}

/** Types the rows of a 矛盾纠纷 register; bad rows are reported and left out. */
export function checkDisputes(
  table: RawTable, columns: Map<Field, ColumnRef>, file: string, bag: DiagnosticBag, options: ValidateOptions & { ids?: IdRegistry } = {},
): Checked<Dispute> {
  return finish<Dispute>(table, 'disputes', columns, file, bag, options, buildDispute);
}

function buildDispute(r: RowReader, line: number, idColumn: number): Dispute | undefined {
  {
    const f = (x: DisputeField) => x;
    const id = r.required(f('id'), 'missing-id', '编号');
    const date = r.date(f('date'), true);
    const status = r.choice(f('status'), DISPUTE_STATUS_VALUES, DISPUTE_STATUSES, '化解状态', 'unknown-status', 'missing-status');
    const amount = r.number(f('amount'));
    if (amount !== undefined && amount < 0) {
      r.problem('amount', 'negative-amount', say('register.negative-amount', { text: r.text('amount') ?? '', letter: r.letter('amount') }), { expected: say('register.amount-forms') });
    }
    const resolvedOn = r.date(f('resolvedOn'), false);
    if (date && resolvedOn) r.notBefore('resolvedOn', resolvedOn, 'date', date);
    if (id === undefined || date === undefined || status === undefined) return undefined;
    return {
      line, idColumn, id, date,
      place: r.words('place'),
      parties: splitNames(r.words('parties')),
      category: r.words('category'),
      summary: r.words('summary'),
      mediators: splitNames(r.words('mediators')),
      steps: r.words('steps'),
      outcome: r.words('outcome'),
      amount, status, resolvedOn,
      leader: r.words('leader'),
    };
  }
}

