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

  /**
   * Counts `mark` at its level when it is the next number there (an enumerated paragraph 一、会议指出，…… that is
   * not a heading, so that the heading 二、会议要求： after it follows it); any other mark is not counted.
   */
  countIfNext(level: HeadingLevel, mark: string): void {
    if (mark === sequenceMark(level, this.counts[level - 1]! + 1)) this.next(level, true);
  }
}
