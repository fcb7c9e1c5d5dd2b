/**
 * Rows kept for counting, a column at a time: numbers and the closed
 * vocabularies (信访形式, 办理状态 …) in typed arrays, text as one string per
 * distinct value where values repeat (村社区, 问题类别). A 1,000,000-row register
 * takes some tens of MB this way instead of the several hundred its row objects
 * would. Rows come back as `Petition` / `Dispute` objects, made as they are iterated.
 *
 * Text the statistics never read (内容摘要, 当事人, 调处经过 …) is left out
 * unless `keepText`.
 */
import { detach } from './cells.js';
import type { CalendarDate, Dispute, Petition } from './types.js';
import { CHANNELS, DISPUTE_STATUSES, PETITION_STATUSES, SOURCES } from './types.js';

/** Rows the statistics can count: an array, or a store. */
export interface RowList<T> extends Iterable<T> {
  readonly length: number;
}

class Column<A extends Int32Array | Uint8Array | Float64Array> {
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

/** How many distinct values of one text column are shared; past this, each is kept as read. */
const INTERN_LIMIT = 100_000;

/** A text column: distinct values are kept once while there are not too many. */
class TextColumn {
  readonly values: Array<string | undefined> = [];
  private readonly known = new Map<string, string>();

  /** `distinct`: values are all different (编号), so none is looked up. */
  constructor(private readonly distinct = false) {}

  push(text: string | undefined): void {
    if (text === undefined || this.distinct) {
      this.values.push(text === undefined ? undefined : detach(text));
      return;
    }
    let kept = this.known.get(text);
    if (kept === undefined) {
      kept = detach(text);
      if (this.known.size < INTERN_LIMIT) this.known.set(kept, kept);
    }
    this.values.push(kept);
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

/** 信访登记 rows, a column at a time. */
export class PetitionStore implements RowList<Petition> {
  length = 0;
  private readonly line = int32();
  private readonly idColumn = int32();
  private readonly date = int32();
  private readonly closedOn = int32();
  private readonly channel = uint8();
  private readonly status = uint8();
  private readonly source = uint8();
  private readonly flags = uint8();
  private readonly people = float64();
  private readonly id = new TextColumn(true);
  private readonly petitioner = new TextColumn();
  private readonly village = new TextColumn();
  private readonly category = new TextColumn();
  private readonly summary = new TextColumn();

  constructor(private readonly keepText = false) {}

  push(p: Petition): void {
    const i = this.length++;
    this.line.set(i, p.line);
    this.idColumn.set(i, p.idColumn);
    this.date.set(i, dateCode(p.date));
    this.closedOn.set(i, dateCode(p.closedOn));
    this.channel.set(i, CHANNELS.indexOf(p.channel));
    this.status.set(i, PETITION_STATUSES.indexOf(p.status));
    this.source.set(i, SOURCES.indexOf(p.source));
    this.flags.set(i, (p.skipLevel ? SKIP_LEVEL : 0) | (p.repeat ? REPEAT : 0) | (p.replied ? REPLIED : 0));
    this.people.set(i, p.people ?? NaN);
    this.id.push(p.id);
    this.petitioner.push(p.petitioner);
    this.village.push(p.village);
    this.category.push(p.category);
    if (this.keepText) this.summary.push(p.summary);
  }

  at(i: number): Petition {
    const flags = this.flags.data[i];
    const people = this.people.data[i];
    return {
      line: this.line.data[i],
      idColumn: this.idColumn.data[i],
      id: this.id.values[i]!,
      date: dateOf(this.date.data[i])!,
      channel: CHANNELS[this.channel.data[i]],
      petitioner: this.petitioner.values[i],
      people: Number.isNaN(people) ? undefined : people,
      village: this.village.values[i],
      category: this.category.values[i],
      summary: this.keepText ? this.summary.values[i] : undefined,
      source: SOURCES[this.source.data[i]],
      skipLevel: (flags & SKIP_LEVEL) !== 0,
      repeat: (flags & REPEAT) !== 0,
      status: PETITION_STATUSES[this.status.data[i]],
      closedOn: dateOf(this.closedOn.data[i]),
      replied: (flags & REPLIED) !== 0,
    };
  }

  *[Symbol.iterator](): Iterator<Petition> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/** 矛盾纠纷 rows, a column at a time. */
export class DisputeStore implements RowList<Dispute> {
  length = 0;
  private readonly line = int32();
  private readonly idColumn = int32();
  private readonly date = int32();
  private readonly resolvedOn = int32();
  private readonly status = uint8();
  private readonly amount = float64();
  private readonly id = new TextColumn(true);
  private readonly place = new TextColumn();
  private readonly category = new TextColumn();
  private readonly leader = new TextColumn();
  private readonly parties = new TextColumn();
  private readonly mediators = new TextColumn();
  private readonly summary = new TextColumn();
  private readonly steps = new TextColumn();
  private readonly outcome = new TextColumn();

  constructor(private readonly keepText = false) {}

  push(d: Dispute): void {
    const i = this.length++;
    this.line.set(i, d.line);
    this.idColumn.set(i, d.idColumn);
    this.date.set(i, dateCode(d.date));
    this.resolvedOn.set(i, dateCode(d.resolvedOn));
    this.status.set(i, DISPUTE_STATUSES.indexOf(d.status));
    this.amount.set(i, d.amount ?? NaN);
    this.id.push(d.id);
    this.place.push(d.place);
    this.category.push(d.category);
    this.leader.push(d.leader);
    if (this.keepText) {
      this.parties.push(d.parties.join('\n'));
      this.mediators.push(d.mediators.join('\n'));
      this.summary.push(d.summary);
      this.steps.push(d.steps);
      this.outcome.push(d.outcome);
    }
  }

  at(i: number): Dispute {
    const amount = this.amount.data[i];
    const list = (c: TextColumn) => (this.keepText && c.values[i] ? c.values[i]!.split('\n') : []);
    return {
      line: this.line.data[i],
      idColumn: this.idColumn.data[i],
      id: this.id.values[i]!,
      date: dateOf(this.date.data[i])!,
      place: this.place.values[i],
      parties: list(this.parties),
      category: this.category.values[i],
      summary: this.keepText ? this.summary.values[i] : undefined,
      mediators: list(this.mediators),
      steps: this.keepText ? this.steps.values[i] : undefined,
      outcome: this.keepText ? this.outcome.values[i] : undefined,
      amount: Number.isNaN(amount) ? undefined : amount,
      status: DISPUTE_STATUSES[this.status.data[i]],
      resolvedOn: dateOf(this.resolvedOn.data[i]),
      leader: this.leader.values[i],
    };
  }

  *[Symbol.iterator](): Iterator<Dispute> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
