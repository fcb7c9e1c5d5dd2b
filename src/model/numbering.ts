import { sequenceMark } from '../zh/enumerate.js';
import type { HeadingLevel } from './document.js';

/** Counts headings per level; a heading resets the levels below it, so numbers stay gapless. */
export class SectionCounter {
  private counts = [0, 0, 0, 0];

  next(level: HeadingLevel, numbered: boolean): string {
    for (let l = level; l < 4; l++) this.counts[l] = 0;
    if (!numbered) return '';
    this.counts[level - 1]++;
    return sequenceMark(level, this.counts[level - 1]);
  }
}
