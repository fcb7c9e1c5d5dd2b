import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { IdRegistry } from './ids.js';
import { readRegisterRows, type ReadRegisterOptions, type RegisterInfo } from './read.js';
import type { Dispute, Petition } from './types.js';

/** Where a kind's rows go as they are read: a column store (statistics) or whole rows (a 总结). */
export interface RowSink<T> {
  push(row: T): void;
}

/**
 * Reads the registers of one run into `into`, each row checked as it comes: a 编号 is checked
 * across every register given (`IdRegistry`: a CSV and the XLSX saved from it count once, the
 * later row reported as `duplicate-id`). A kind no register has comes back undefined.
 */
export async function readRegisters<P extends RowSink<Petition>, D extends RowSink<Dispute>>(
  paths: readonly string[],
  bag: DiagnosticBag,
  options: Omit<ReadRegisterOptions, 'kind'>,
  into: { petitions: P; disputes: D },
): Promise<{ read: RegisterInfo[]; petitions?: P; disputes?: D }> {
  const ids = { petitions: new IdRegistry(), disputes: new IdRegistry() };
  const sinks = { petitions: (row: Petition) => into.petitions.push(row), disputes: (row: Dispute) => into.disputes.push(row) };
  const read: RegisterInfo[] = [];
  for (const path of paths) read.push(await readRegisterRows(path, bag, { ...options, ids }, sinks));
  return {
    read,
    petitions: read.some((r) => r.kind === 'petitions') ? into.petitions : undefined,
    disputes: read.some((r) => r.kind === 'disputes') ? into.disputes : undefined,
  };
}
