import type { KnownCode } from '../diagnostics/messages/codes.js';
import { nearestWords } from '../zh/didYouMean.js';
import { compareDates, isoDate } from '../zh/dates.js';
import { mayBeTraditional, traditionalCharacters } from '../zh/simplified.js';
import { toDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { say, type Text } from '../diagnostics/messages/index.js';
import { cellText, excelSerialOf, monthDayOf, parseCellDate, parseNumberCell, parseYesNo } from './cells.js';
import type { ColumnRef, Field } from './columns.js';
import { columnsOf } from './columns.js';
import type { CalendarDate, RawRow, RegisterKind } from './types.js';
import { lookupValue } from './values.js';

export interface ValidateOptions {
  /** Report bad rows as warnings and leave them out, instead of errors. */
  skipBadRows?: boolean;
}


/** Reads one row's cells by field and collects its problems. */
export class RowReader {
  problems: Diagnostic[] = [];
  /** What the row's cells were read as where a reader could take them otherwise (an Excel serial): warnings, said once a column (checkRows.ts). */
  notes: Diagnostic[] = [];
  row: RawRow = { line: 0, cells: [] };
  /** The year of the last whole date read, which a date typed without its year (3月2日) is told to write. */
  private lastYear: number | undefined;

  constructor(
    private readonly kind: RegisterKind,
    private readonly columns: Map<Field, ColumnRef>,
    private readonly file: string,
  ) {}

  /** Moves to the next row (one reader serves every row: 100,000 rows, no garbage). */
  reset(row: RawRow): void {
    this.row = row;
    if (this.problems.length > 0) this.problems = [];
    if (this.notes.length > 0) this.notes = [];
  }

  value(field: Field) {
    const col = this.columns.get(field);
    return col === undefined ? undefined : this.row.cells[col.index];
  }

  text(field: Field): string | undefined {
    return cellText(this.value(field));
  }

  /**
   * A cell's text in simplified characters: one typed in traditional ones (石門村, 土地問題) is counted and printed as its
   * simplified form, so that 石門村 and 石门村 are one village; said once a column (a note, checkRows.ts).
   */
  words(field: Field): string | undefined {
    const text = this.text(field);
    if (text === undefined || !mayBeTraditional(text)) return text;
    const found = traditionalCharacters(text);
    if (found.length === 0) return text;
    const simplified = [...text].map((ch) => found.find((f) => f.typed === ch)?.simplified ?? ch).join('');
    this.notes.push(toDiagnostic({
      severity: 'warning', code: 'traditional-text', file: this.file, start: this.where(field), path: [this.columnName(field)],
      message: say('register.traditional', { text, letter: this.letter(field), typed: found.map((f) => f.typed), simplified: found.map((f) => f.simplified), counted: simplified }),
    }));
    return simplified;
  }

  where(field: Field): { line: number; column: number } {
    const col = this.columns.get(field);
    if (col !== undefined && this.row.positions) return this.row.positions[col.index] ?? { line: this.row.line, column: this.row.column ?? 1 };
    return { line: this.row.line, column: col === undefined ? 1 : col.index + 1 };
  }

  columnName(field: Field): string {
    return this.columns.get(field)?.name ?? columnsOf(this.kind)[field][0];
  }

  problem(field: Field, code: KnownCode, message: Text, extra: { expected?: Text; hint?: Text } = {}): void {
    this.problems.push(toDiagnostic({
      severity: 'error', code, message, file: this.file, start: this.where(field), path: [this.columnName(field)], ...extra,
    }));
  }

  /** "row 4 has no 登记日期 (column B is empty)"; YAML: "the row at line 12 has no 登记日期". */
  missing(_what: string, field: Field): Text {
    return say('register.missing-cell', { row: this.row.line, yaml: this.isYaml, letter: this.letter(field), name: this.columnName(field) });
  }

  /** The row is a YAML register's (named by its line), not a spreadsheet's. */
  get isYaml(): boolean {
    return this.row.positions !== undefined;
  }

  /** The column's letter as a spreadsheet shows it (B, AA); undefined for YAML, whose rows name their keys. */
  letter(field: Field): string | undefined {
    const col = this.columns.get(field);
    return col === undefined || this.row.positions ? undefined : columnLetter(col.index);
  }

  required(field: Field, code: KnownCode, what: string): string | undefined {
    const text = this.text(field);
    if (text === undefined) this.problem(field, code, this.missing(what, field));
    return text;
  }

  date(field: Field, required: boolean): CalendarDate | undefined {
    const raw = this.value(field);
    const date = parseCellDate(raw);
    if (date === undefined) {
      if (required) this.problem(field, 'missing-date', this.missing('date', field), { expected: say('register.date-forms') });
      return undefined;
    }
    if (date === 'invalid') {
      const text = cellText(raw) ?? '';
      const monthDay = monthDayOf(raw);
      if (monthDay) {
        this.problem(field, 'bad-date', say('register.date-without-year', { text, letter: this.letter(field) }), {
          expected: this.lastYear === undefined ? say('register.date-forms') : say('register.date-without-year.expected', { date: `${this.lastYear}年${monthDay.month}月${monthDay.day}日` }),
        });
      } else this.problem(field, 'bad-date', say('register.bad-date', { text, letter: this.letter(field) }), { expected: say('register.date-forms') });
      return undefined;
    }
    if (!(raw instanceof Date) && excelSerialOf(raw) !== undefined) {
      this.notes.push(toDiagnostic({
        severity: 'warning', code: 'excel-date-serial', file: this.file, start: this.where(field), path: [this.columnName(field)],
        message: say('register.excel-date-serial', { text: cellText(raw) ?? '', letter: this.letter(field), date: isoDate(date) }),
        hint: say('register.excel-date-serial.hint', { date: isoDate(date) }),
      }));
    }
    this.lastYear = date.year;
    return date;
  }

  /** A date that cannot come before another of its row (办结日期 after 登记日期, 化解日期 after 排查日期): said at `field`. */
  notBefore(field: Field, date: CalendarDate, earlierField: Field, earlier: CalendarDate): void {
    if (compareDates(date, earlier) >= 0) return;
    this.problem(field, 'date-order', say('register.date-order', {
      name: this.columnName(field), date: isoDate(date), letter: this.letter(field), earlierName: this.columnName(earlierField), earlier: isoDate(earlier),
    }));
  }

  /**
   * A cell of a closed vocabulary; `otherHint` says why a value of another column's is not this one's (微信 as the 来源);
   * `otherwise` reads a value the table does not list (县信访局交办 as 上级交办: values handedDown).
   */
  choice<T extends string>(
    field: Field, table: Record<string, T>, allowed: readonly T[], what: string, code: KnownCode, missingCode?: KnownCode,
    otherHint?: (text: string) => Text | undefined, otherwise?: (text: string) => T | undefined,
  ): T | undefined {
    const text = this.text(field);
    if (text === undefined) {
      if (missingCode) this.problem(field, missingCode, this.missing(what, field), { expected: say('register.choices', { choices: allowed }) });
      return undefined;
    }
    const value = lookupValue(table, text) ?? otherwise?.(text);
    if (value === undefined) {
      // Suggest only a near miss, not any word; as near as each other (来防: 来信 or 来访?), all of them
      const near = nearestWords(text, allowed);
      const hint = otherHint?.(text) ?? (near.length === 0 ? undefined : near.length === 1 ? say('did-you-mean', { guess: near[0]! }) : say('did-you-mean.either', { guesses: near }));
      this.problem(field, code, say('register.unknown-value', { what, text, letter: this.letter(field) }), {
        expected: say('register.choices', { choices: allowed }), hint,
      });
    }
    return value;
  }

  yesNo(field: Field): boolean {
    const v = parseYesNo(this.value(field));
    if (v === 'invalid') {
      this.problem(field, 'bad-yes-no', say('register.bad-yes-no', { text: this.text(field) ?? '', letter: this.letter(field) }), { expected: say('register.yes-no-forms') });
      return false;
    }
    return v ?? false;
  }

  /** A number cell; `forms` says what the column holds when it holds no number (人数 a count of people, not an amount). */
  number(field: Field, forms: Text = say('register.number-forms')): number | undefined {
    const v = parseNumberCell(this.value(field));
    if (v === 'invalid') {
      this.problem(field, 'bad-number', say('register.bad-number', { text: this.text(field) ?? '', letter: this.letter(field) }), { expected: forms });
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
