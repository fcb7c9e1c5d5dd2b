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
import { localize, say, type LocalText } from '../diagnostics/messages/index.js';
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
    if (this.files.length >= MAX_REGISTERS) throw new TooManyRegisters(say('register.too-many', { limit: MAX_REGISTERS }));
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

/** More registers of one kind than a run reads; `text` in the catalogue's words. */
export class TooManyRegisters extends Error {
  constructor(readonly text: LocalText) {
    super(localize(text, 'en'));
    this.name = 'TooManyRegisters';
  }
}
