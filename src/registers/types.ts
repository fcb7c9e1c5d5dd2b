/**
 * Registers (台账): one row per petition (信访件) or per dispute (矛盾纠纷).
 *
 * A register is read from CSV, XLSX or YAML into typed rows; every row keeps
 * the line it came from (spreadsheet row number with the header as row 1, or
 * the YAML line of the list item) so that later stages can still point at it.
 */

export type RegisterKind = 'petitions' | 'disputes';

import type { CalendarDate } from '../zh/dates.js';

/** A calendar day; months and days are 1-based (zh/dates). */
export type { CalendarDate };

/** What a cell may hold before normalisation. XLSX date cells arrive as `Date` (UTC midnight). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** 信访形式 */
export const CHANNELS = ['来信', '来访', '网上信访', '电话'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 办理状态 */
export const PETITION_STATUSES = ['已办结', '办理中', '不予受理'] as const;
export type PetitionStatus = (typeof PETITION_STATUSES)[number];

/** 来源 */
export const SOURCES = ['直接受理', '上级交办'] as const;
export type PetitionSource = (typeof SOURCES)[number];

/** 化解状态 */
export const DISPUTE_STATUSES = ['已化解', '正在化解', '未化解'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

interface RowOrigin {
  /** Spreadsheet row number (header = 1), or the YAML line of the item. */
  line: number;
  /** 1-based column of the 编号 cell (YAML: its column in the line). */
  idColumn: number;
}

/** One row of a 信访登记 register. */
export interface Petition extends RowOrigin {
  id: string;
  /** 登记日期: a petition belongs to the period of this date. */
  date: CalendarDate;
  channel: Channel;
  petitioner?: string;
  /** 人数; a 来访 of 5 or more people is a 集体访. */
  people?: number;
  village?: string;
  category?: string;
  summary?: string;
  /** Empty cells count as 直接受理. */
  source: PetitionSource;
  skipLevel: boolean;
  repeat: boolean;
  status: PetitionStatus;
  closedOn?: CalendarDate;
  replied: boolean;
}

/** One row of a 矛盾纠纷 register. */
export interface Dispute extends RowOrigin {
  id: string;
  /** 排查日期: a dispute belongs to the period of this date. */
  date: CalendarDate;
  place?: string;
  /** 当事人, split on 、，, etc. */
  parties: string[];
  category?: string;
  summary?: string;
  /** 调处单位, split on 、，, etc. */
  mediators: string[];
  /** 调处经过, as written in the cell (see `parseSteps`). */
  steps?: string;
  outcome?: string;
  /** 涉及金额, 元 */
  amount?: number;
  status: DisputeStatus;
  resolvedOn?: CalendarDate;
  leader?: string;
}

interface RegisterBase {
  /** The path as given by the caller; diagnostics name it. */
  file: string;
  format: 'csv' | 'xlsx' | 'yaml';
  /** Text encoding the file was read in (CSV and YAML). */
  encoding?: string;
  /** Number of bad rows left out. */
  skipped: number;
  /** Earliest and latest dates of all rows read, bad ones excluded; undefined for an empty register. */
  span?: { first: CalendarDate; last: CalendarDate };
  /** YAML registers: the text, for code frames in diagnostics. */
  source?: string;
}

export interface PetitionRegister extends RegisterBase {
  kind: 'petitions';
  rows: Petition[];
}

export interface DisputeRegister extends RegisterBase {
  kind: 'disputes';
  rows: Dispute[];
}

export type Register = PetitionRegister | DisputeRegister;

/** A register as cells, before its rows are typed. */
export interface RawTable {
  format: 'csv' | 'xlsx' | 'yaml';
  encoding?: string;
  /** Column names as written (YAML: the union of the items' keys, in order of first appearance). */
  header: string[];
  /** Read once, in order (CSV rows are parsed as they are taken). */
  rows: Iterable<RawRow>;
}

export interface RawRow {
  line: number;
  /** Aligned with `RawTable.header`. */
  cells: CellValue[];
  /** YAML only: where each cell's value (or its item) starts. */
  positions?: Array<{ line: number; column: number } | undefined>;
  /** YAML only: where the item starts. */
  column?: number;
}
