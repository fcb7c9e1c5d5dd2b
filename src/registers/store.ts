/**
 * Rows kept for counting, a column at a time: numbers, dates and the closed
 * vocabularies (信访形式, 办理状态 …) in typed arrays, text (村社区, 问题类别,
 * 信访人 …) as an index into the column's distinct values. A 1,000,000-row
 * register takes some tens of MB this way instead of the several hundred its
 * row objects would, and the garbage collector has nothing to walk.
 *
 * Only what the statistics read is kept (`CountedPetition`, `CountedDispute`):
 * not 编号 (checked for repeats as rows are read, by `IdRegistry`), nor
 * 内容摘要, 当事人, 调处经过 and the other text a 总结 quotes. Rows come back as
 * objects, made as they are iterated. One store, `ColumnStore`, told its columns
 * by a table per kind (`PETITION_STORE`, `DISPUTE_STORE`).
 */
import { detach } from './cells.js';
import type { CalendarDate, Dispute, Petition } from './types.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES, SOURCES } from './types.js';

/** What the statistics read of a 信访 row. */
export type CountedPetition = Omit<Petition, 'id' | 'summary'>;
/** What the statistics read of a 矛盾纠纷 row. */
export type CountedDispute = Omit<Dispute, 'id' | 'summary' | 'parties' | 'mediators' | 'steps' | 'outcome'>;

/** Rows the statistics can count: an array, or a store. */
export interface RowList<T> extends Iterable<T> {
  readonly length: number;
  /** The first and last dates (as 20090124) when the list knows them without a pass. */
  dateSpan?(): { first: number; last: number } | undefined;
}

type Numbers = Int32Array | Uint32Array | Uint8Array | Float64Array;

/** A typed array that doubles when full. */
class Column<A extends Numbers> {
  data: A;
  constructor(private readonly make: (n: number) => A) {
    this.data = make(1024);
  }
  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger as A;
    }
    this.data[i] = v;
  }
}

/** A text column: each row an index into the distinct values (0 for an empty cell). */
class TextColumn {
  private readonly index = new Column((n) => new Uint32Array(n));
  private readonly values: Array<string | undefined> = [undefined];
  private readonly known = new Map<string, number>();

  set(i: number, text: string | undefined): void {
    if (text === undefined) {
      this.index.set(i, 0);
      return;
    }
    let k = this.known.get(text);
    if (k === undefined) {
      const kept = detach(text);
      k = this.values.length;
      this.values.push(kept);
      this.known.set(kept, k);
    }
    this.index.set(i, k);
  }

  get(i: number): string | undefined {
    return this.values[this.index.data[i]];
  }
}

/** A calendar day as one integer, 20090124; 0 for none. */
function dateCode(d: CalendarDate | undefined): number {
  return d === undefined ? 0 : d.year * 10_000 + d.month * 100 + d.day;
}

function dateOf(code: number): CalendarDate | undefined {
  if (code === 0) return undefined;
  return { year: Math.floor(code / 10_000), month: Math.floor(code / 100) % 100, day: code % 100 };
}

/** The first and last dates of the rows pushed so far, as 20090124. */
class DateSpan {
  private first = Infinity;
  private last = -Infinity;

  add(date: CalendarDate): void {
    const d = dateCode(date);
    if (d < this.first) this.first = d;
    if (d > this.last) this.last = d;
  }

  get(length: number): { first: number; last: number } | undefined {
    return length === 0 ? undefined : { first: this.first, last: this.last };
  }
}

/**
 * How a field is kept: `int` (line numbers), `date`, `number` (may be empty), `yesNo`, `one`
 * of a closed vocabulary (its index), `text` (an index into the distinct values).
 */
type Kept = 'int' | 'date' | 'number' | 'yesNo' | 'text' | readonly string[];

/** Every field of a row and how it is kept, in the order rows are made (one order: one hidden class). */
export type StoreColumns<T> = { readonly [K in keyof Required<T>]: Kept };

export const PETITION_STORE: StoreColumns<CountedPetition> = {
  line: 'int', idColumn: 'int', date: 'date', channel: CHANNELS, petitioner: 'text', people: 'number',
  village: 'text', category: 'text', source: SOURCES, skipLevel: 'yesNo', repeat: 'yesNo',
  status: PETITION_STATUSES, closedOn: 'date', replied: 'yesNo',
};

export const DISPUTE_STORE: StoreColumns<CountedDispute> = {
  line: 'int', idColumn: 'int', date: 'date', place: 'text', category: 'text', amount: 'number',
  status: DISPUTE_STATUSES, resolvedOn: 'date', leader: 'text',
};

type AnyColumn = { name: string; kept: Kept; numbers?: Column<Numbers>; text?: TextColumn };

/** Rows of one kind a column at a time, with the span of their dates. */
export class ColumnStore<T extends { date: CalendarDate }> implements RowList<T> {
  length = 0;
  private readonly span = new DateSpan();
  private readonly columns: AnyColumn[];

  constructor(spec: StoreColumns<T>) {
    this.columns = Object.entries(spec as Record<string, Kept>).map(([name, kept]) => {
      if (kept === 'text') return { name, kept, text: new TextColumn() };
      const make = kept === 'number' ? (n: number) => new Float64Array(n)
        : kept === 'int' || kept === 'date' ? (n: number) => new Int32Array(n)
          : (n: number) => new Uint8Array(n);
      return { name, kept, numbers: new Column<Numbers>(make) };
    });
  }

  push(row: T): void {
    const i = this.length++;
    const cells = row as unknown as Record<string, unknown>;
    for (const c of this.columns) {
      const v = cells[c.name];
      if (c.text) c.text.set(i, v as string | undefined);
      else if (c.kept === 'date') c.numbers!.set(i, dateCode(v as CalendarDate | undefined));
      else if (c.kept === 'number') c.numbers!.set(i, v === undefined ? NaN : (v as number));
      else if (c.kept === 'int') c.numbers!.set(i, v as number);
      else if (c.kept === 'yesNo') c.numbers!.set(i, v ? 1 : 0);
      else c.numbers!.set(i, (c.kept as readonly string[]).indexOf(v as string));
    }
    this.span.add(row.date);
  }

  at(i: number): T {
    const row: Record<string, unknown> = {};
    for (const c of this.columns) {
      if (c.text) {
        row[c.name] = c.text.get(i);
        continue;
      }
      const v = c.numbers!.data[i];
      if (c.kept === 'date') row[c.name] = dateOf(v);
      else if (c.kept === 'number') row[c.name] = Number.isNaN(v) ? undefined : v;
      else if (c.kept === 'int') row[c.name] = v;
      else if (c.kept === 'yesNo') row[c.name] = v !== 0;
      else row[c.name] = (c.kept as readonly string[])[v];
    }
    return row as unknown as T;
  }

  dateSpan(): { first: number; last: number } | undefined {
    return this.span.get(this.length);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** 信访登记 rows, a column at a time. */
export const petitionStore = (): ColumnStore<CountedPetition> => new ColumnStore(PETITION_STORE);
/** 矛盾纠纷 rows, a column at a time. */
export const disputeStore = (): ColumnStore<CountedDispute> => new ColumnStore(DISPUTE_STORE);

/** Whole rows (a 总结 quotes their text), with the span of their dates. */
export class KeptRows<T extends { date: CalendarDate }> implements RowList<T> {
  private readonly rows: T[] = [];
  private readonly span = new DateSpan();

  get length(): number {
    return this.rows.length;
  }

  push(row: T): void {
    this.rows.push(row);
    this.span.add(row.date);
  }

  dateSpan(): { first: number; last: number } | undefined {
    return this.span.get(this.rows.length);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.rows[Symbol.iterator]();
  }
}
