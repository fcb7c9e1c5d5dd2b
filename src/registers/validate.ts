import { didYouMean } from '../zh/didYouMean.js';
import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { cellText, parseCellDate, parseNumberCell, parseYesNo } from './cells.js';
import type { ColumnRef, DisputeField, Field, PetitionField } from './columns.js';
import { columnsOf } from './columns.js';
import type { CalendarDate, Dispute, Petition, RawRow, RawTable, RegisterKind } from './types.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES, SOURCES } from './types.js';
import {
  CHANNEL_VALUES, DISPUTE_STATUS_VALUES, lookupValue, PETITION_STATUS_VALUES, SOURCE_VALUES,
} from './values.js';

export interface ValidateOptions {
  /** Report bad rows as warnings and leave them out, instead of errors. */
  skipBadRows?: boolean;
}

const DATE_FORMS = 'a date such as 2009-01-24, 2009/1/24 or 2009年1月24日';
const YES_NO = '是/否, Y/N or true/false';

/** Reads one row's cells by field and collects its problems. */
class RowReader {
  problems: Diagnostic[] = [];
  row: RawRow = { line: 0, cells: [] };

  constructor(
    private readonly kind: RegisterKind,
    private readonly columns: Map<Field, ColumnRef>,
    private readonly file: string,
  ) {}

  /** Moves to the next row (one reader serves every row: 100,000 rows, no garbage). */
  reset(row: RawRow): void {
    this.row = row;
    if (this.problems.length > 0) this.problems = [];
  }

  value(field: Field) {
    const col = this.columns.get(field);
    return col === undefined ? undefined : this.row.cells[col.index];
  }

  text(field: Field): string | undefined {
    return cellText(this.value(field));
  }

  where(field: Field): { line: number; column: number } {
    const col = this.columns.get(field);
    if (col !== undefined && this.row.positions) return this.row.positions[col.index] ?? { line: this.row.line, column: this.row.column ?? 1 };
    return { line: this.row.line, column: col === undefined ? 1 : col.index + 1 };
  }

  columnName(field: Field): string {
    return this.columns.get(field)?.name ?? columnsOf(this.kind)[field][0];
  }

  problem(field: Field, code: string, message: string, extra: Partial<Diagnostic> = {}): void {
    this.problems.push({
      severity: 'error', code, message, file: this.file, start: this.where(field), path: [this.columnName(field)], ...extra,
    });
  }

  /** "row 4 has no 登记日期 (column B is empty)"; YAML: "the row at line 12 has no 登记日期". */
  missing(_what: string, field: Field): string {
    const letter = this.letter(field);
    return `${this.rowName()} has no ${this.columnName(field)}${letter ? ` (column ${letter} is empty)` : ''}`;
  }

  /** The column's letter as a spreadsheet shows it (B, AA); undefined for YAML, whose rows name their keys. */
  letter(field: Field): string | undefined {
    const col = this.columns.get(field);
    return col === undefined || this.row.positions ? undefined : columnLetter(col.index);
  }

  /** " in column B" for a spreadsheet; "" for YAML. */
  inColumn(field: Field): string {
    const letter = this.letter(field);
    return letter ? ` in column ${letter}` : '';
  }

  /** "row 4" in a spreadsheet, "the row at line 12" in YAML. */
  rowName(line = this.row.line): string {
    return this.row.positions ? `the row at line ${line}` : `row ${line}`;
  }

  required(field: Field, code: string, what: string): string | undefined {
    const text = this.text(field);
    if (text === undefined) this.problem(field, code, this.missing(what, field));
    return text;
  }

  date(field: Field, required: boolean): CalendarDate | undefined {
    const raw = this.value(field);
    const date = parseCellDate(raw);
    if (date === undefined) {
      if (required) this.problem(field, 'missing-date', this.missing('date', field), { expected: DATE_FORMS });
      return undefined;
    }
    if (date === 'invalid') {
      this.problem(field, 'bad-date', `"${cellText(raw)}"${this.inColumn(field)} is not a date that exists`, { expected: DATE_FORMS });
      return undefined;
    }
    return date;
  }

  choice<T extends string>(field: Field, table: Record<string, T>, allowed: readonly T[], what: string, code: string, missingCode?: string): T | undefined {
    const text = this.text(field);
    if (text === undefined) {
      if (missingCode) this.problem(field, missingCode, this.missing(what, field), { expected: allowed.join(' / ') });
      return undefined;
    }
    const value = lookupValue(table, text);
    if (value === undefined) {
      // Suggest only a near miss, not any word.
      const near = didYouMean(text, allowed);
      this.problem(field, code, `unknown ${what} "${text}"${this.inColumn(field)}`, { expected: allowed.join(' / '), hint: near ? `did you mean "${near}"?` : undefined });
    }
    return value;
  }

  yesNo(field: Field): boolean {
    const v = parseYesNo(this.value(field));
    if (v === 'invalid') {
      this.problem(field, 'bad-yes-no', `"${this.text(field)}"${this.inColumn(field)} is not yes or no`, { expected: YES_NO });
      return false;
    }
    return v ?? false;
  }

  number(field: Field): number | undefined {
    const v = parseNumberCell(this.value(field));
    if (v === 'invalid') {
      this.problem(field, 'bad-number', `"${this.text(field)}"${this.inColumn(field)} is not a number`, { expected: 'a number such as 6666, 6,666 元 or 8万元' });
      return undefined;
    }
    return v;
  }
}

/** 0 → A, 25 → Z, 26 → AA: a column as Excel and WPS label it. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function isBlank(row: RawRow): boolean {
  for (const c of row.cells) {
    if (c === null || c === undefined || c === '') continue;
    if (typeof c !== 'string' || c.trim() !== '') return false;
  }
  return true;
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
 * The 编号s seen so far, by the registers of one kind read in one run: each
 * with where it was first used (`register` indexes `files`). A register read
 * alone has one of its own.
 *
 * Kept as a 64-bit hash of each 编号 in typed arrays (open addressing), not as
 * the strings: a million 编号 take 24 MB instead of some 100 MB, and no time
 * of the garbage collector. Two different 编号 share a hash with a chance of
 * about n² / 2⁶⁵ — 1 in 37 million for a million rows; the message then names
 * both rows, so a person sees it.
 */
export class IdRegistry {
  readonly files: string[] = [];
  private capacity = 1 << 12;
  private size = 0;
  private hashA = new Int32Array(this.capacity);
  private hashB = new Int32Array(this.capacity);
  private lines = new Float64Array(this.capacity);
  private registers = new Uint16Array(this.capacity);

  /** Where `id` was first used, or undefined (then it is recorded as used at `line` of `register`). */
  claim(id: string, register: number, line: number): { register: number; line: number } | undefined {
    // Two independent 32-bit hashes (FNV-1a and a multiply-xorshift); hashA is never 0, which marks an empty slot.
    let a = 0x811c9dc5 | 0;
    let b = 0x9e3779b9 | 0;
    for (let k = 0; k < id.length; k++) {
      const c = id.charCodeAt(k);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a |= 1;
    b = Math.imul(b ^ id.length, 0x27d4eb2d);
    const mask = this.capacity - 1;
    let j = (a ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const h = this.hashA[j];
      if (h === 0) break;
      if (h === a && this.hashB[j] === b) return { register: this.registers[j], line: this.lines[j] };
      j = (j + 1) & mask;
    }
    this.hashA[j] = a;
    this.hashB[j] = b;
    this.lines[j] = line;
    this.registers[j] = register;
    if (++this.size * 2 > this.capacity) this.grow();
    return undefined;
  }

  /** Adds a register; returns its index. */
  add(file: string): number {
    if (this.files.length >= MAX_REGISTERS) throw new Error(`more than ${MAX_REGISTERS} registers of one kind in one run`);
    this.files.push(file);
    return this.files.length - 1;
  }

  private grow(): void {
    const { hashA, hashB, lines, registers } = this;
    this.capacity *= 2;
    const mask = this.capacity - 1;
    this.hashA = new Int32Array(this.capacity);
    this.hashB = new Int32Array(this.capacity);
    this.lines = new Float64Array(this.capacity);
    this.registers = new Uint16Array(this.capacity);
    for (let i = 0; i < hashA.length; i++) {
      const a = hashA[i];
      if (a === 0) continue;
      let j = (a ^ Math.imul(hashB[i], 0x85ebca6b)) & mask;
      while (this.hashA[j] !== 0) j = (j + 1) & mask;
      this.hashA[j] = a;
      this.hashB[j] = hashB[i];
      this.lines[j] = lines[i];
      this.registers[j] = registers[i];
    }
  }
}

/** Registers of one kind in one run. */
export const MAX_REGISTERS = 65_535;

/**
 * Checks the rows of one register as they come: `check` each row (blank rows are
 * passed over), and the good ones go to `sink`; bad ones are reported in `bag`
 * (errors, or warnings with `skipBadRows`) and counted in `skipped`.
 */
export class RowChecker<T extends { id: string; line: number; idColumn: number }> {
  skipped = 0;
  private readonly reader: RowReader;
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
    this.ids = options.ids ?? new IdRegistry();
    this.register = this.ids.add(file);
    this.idColumn = format === 'yaml' ? undefined : (columns.get('id')?.index ?? 0) + 1;
  }

  check(raw: RawRow): void {
    if (isBlank(raw)) return;
    const r = this.reader;
    r.reset(raw);
    const built = this.build(r, raw.line, this.idColumn ?? r.where('id').column);
    const id = r.text('id');
    if (id !== undefined) {
      const first = this.ids.claim(id, this.register, raw.line);
      if (first !== undefined && first.register === this.register) {
        r.problem('id', 'duplicate-id', `编号 "${id}"${r.inColumn('id')} is used twice: first at ${r.rowName(first.line)}, again at ${r.rowName()}`, {
          expected: 'each 编号 once in a register',
        });
      } else if (first !== undefined) {
        const firstFile = this.ids.files[first.register];
        r.problem('id', 'duplicate-id', `编号 "${id}"${r.inColumn('id')} is used twice: first in ${firstFile} at ${r.row.positions ? 'line' : 'row'} ${first.line}, again here`, {
          expected: 'each 编号 once across the registers given',
          hint: this.options.skipBadRows ? undefined : 'give each register once (the CSV or the XLSX, not both)',
        });
      }
    }
    if (r.problems.length > 0 || !built) {
      this.skipped++;
      for (const p of r.problems) {
        this.bag.add(this.options.skipBadRows ? { ...p, severity: 'warning', hint: p.hint ? `${p.hint}; row left out` : 'row left out (--skip-bad-rows)' } : p);
      }
      return;
    }
    this.sink(built);
  }
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
    const source = r.choice(f('source'), SOURCE_VALUES, SOURCES, '来源', 'unknown-source') ?? '直接受理';
    const people = r.number(f('people'));
    if (people !== undefined && (people < 1 || !Number.isInteger(people))) {
      r.problem('people', 'bad-number', `人数 "${r.text('people')}"${r.inColumn('people')} is not a whole number of people`, { expected: 'a whole number, 1 or more' });
    }
    const skipLevel = r.yesNo('skip_level');
    const repeat = r.yesNo('repeat');
    const replied = r.yesNo('replied');
    const closedOn = r.date('closed_on', false);
    if (id === undefined || date === undefined || channel === undefined || status === undefined) return undefined;
    // One literal in one order: every row gets the same hidden class, so counting stays fast.
    return {
      line, idColumn, id, date, channel,
      petitioner: r.text('petitioner'),
      people,
      village: r.text('village'),
      category: r.text('category'),
      summary: r.text('summary'),
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
      r.problem('amount', 'negative-amount', `涉及金额 ${r.text('amount')}${r.inColumn('amount')} is negative`, { expected: 'an amount of 0 元 or more' });
    }
    const resolvedOn = r.date(f('resolved_on'), false);
    if (id === undefined || date === undefined || status === undefined) return undefined;
    return {
      line, idColumn, id, date,
      place: r.text('place'),
      parties: splitNames(r.text('parties')),
      category: r.text('category'),
      summary: r.text('summary'),
      mediators: splitNames(r.text('mediators')),
      steps: r.text('steps'),
      outcome: r.text('outcome'),
      amount, status, resolvedOn,
      leader: r.text('leader'),
    };
  }
}
