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
 * objects, made as they are iterated.
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

class Column<A extends Int32Array | Uint32Array | Uint8Array | Float64Array> {
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

const int32 = () => new Column((n) => new Int32Array(n));
const uint8 = () => new Column((n) => new Uint8Array(n));
const float64 = () => new Column((n) => new Float64Array(n));

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

function dateCode(d: CalendarDate | undefined): number {
  return d === undefined ? 0 : d.year * 10_000 + d.month * 100 + d.day;
}

function dateOf(code: number): CalendarDate | undefined {
  if (code === 0) return undefined;
  return { year: Math.floor(code / 10_000), month: Math.floor(code / 100) % 100, day: code % 100 };
}

const SKIP_LEVEL = 1;
const REPEAT = 2;
const REPLIED = 4;

/** Rows of one kind a column at a time, with the span of their dates. */
abstract class Store<T> implements RowList<T> {
  length = 0;
  protected first = Infinity;
  protected last = -Infinity;
  protected readonly line = int32();
  protected readonly idColumn = int32();
  protected readonly date = int32();

  protected start(row: { line: number; idColumn: number; date: CalendarDate }): number {
    const i = this.length++;
    const d = dateCode(row.date);
    this.line.set(i, row.line);
    this.idColumn.set(i, row.idColumn);
    this.date.set(i, d);
    if (d < this.first) this.first = d;
    if (d > this.last) this.last = d;
    return i;
  }

  dateSpan(): { first: number; last: number } | undefined {
    return this.length === 0 ? undefined : { first: this.first, last: this.last };
  }

  abstract at(i: number): T;

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** 信访登记 rows, a column at a time. */
export class PetitionStore extends Store<CountedPetition> {
  private readonly closedOn = int32();
  private readonly channel = uint8();
  private readonly status = uint8();
  private readonly source = uint8();
  private readonly flags = uint8();
  private readonly people = float64();
  private readonly petitioner = new TextColumn();
  private readonly village = new TextColumn();
  private readonly category = new TextColumn();

  push(p: CountedPetition): void {
    const i = this.start(p);
    this.closedOn.set(i, dateCode(p.closedOn));
    this.channel.set(i, CHANNELS.indexOf(p.channel));
    this.status.set(i, PETITION_STATUSES.indexOf(p.status));
    this.source.set(i, SOURCES.indexOf(p.source));
    this.flags.set(i, (p.skipLevel ? SKIP_LEVEL : 0) | (p.repeat ? REPEAT : 0) | (p.replied ? REPLIED : 0));
    this.people.set(i, p.people ?? NaN);
    this.petitioner.set(i, p.petitioner);
    this.village.set(i, p.village);
    this.category.set(i, p.category);
  }

  at(i: number): CountedPetition {
    const flags = this.flags.data[i];
    const people = this.people.data[i];
    return {
      line: this.line.data[i],
      idColumn: this.idColumn.data[i],
      date: dateOf(this.date.data[i])!,
      channel: CHANNELS[this.channel.data[i]],
      petitioner: this.petitioner.get(i),
      people: Number.isNaN(people) ? undefined : people,
      village: this.village.get(i),
      category: this.category.get(i),
      source: SOURCES[this.source.data[i]],
      skipLevel: (flags & SKIP_LEVEL) !== 0,
      repeat: (flags & REPEAT) !== 0,
      status: PETITION_STATUSES[this.status.data[i]],
      closedOn: dateOf(this.closedOn.data[i]),
      replied: (flags & REPLIED) !== 0,
    };
  }
}

/** 矛盾纠纷 rows, a column at a time. */
export class DisputeStore extends Store<CountedDispute> {
  private readonly resolvedOn = int32();
  private readonly status = uint8();
  private readonly amount = float64();
  private readonly place = new TextColumn();
  private readonly category = new TextColumn();
  private readonly leader = new TextColumn();

  push(d: CountedDispute): void {
    const i = this.start(d);
    this.resolvedOn.set(i, dateCode(d.resolvedOn));
    this.status.set(i, DISPUTE_STATUSES.indexOf(d.status));
    this.amount.set(i, d.amount ?? NaN);
    this.place.set(i, d.place);
    this.category.set(i, d.category);
    this.leader.set(i, d.leader);
  }

  at(i: number): CountedDispute {
    const amount = this.amount.data[i];
    return {
      line: this.line.data[i],
      idColumn: this.idColumn.data[i],
      date: dateOf(this.date.data[i])!,
      place: this.place.get(i),
      category: this.category.get(i),
      amount: Number.isNaN(amount) ? undefined : amount,
      status: DISPUTE_STATUSES[this.status.data[i]],
      resolvedOn: dateOf(this.resolvedOn.data[i]),
      leader: this.leader.get(i),
    };
  }
}
