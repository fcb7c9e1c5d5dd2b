/**
 * The progress line of a batch: on a terminal, `render` with many records shows one line that
 * updates — "rendering 120/1000 records/城关镇-0120.yaml" — and erases it before anything else is printed
 * on stderr and when the batch is done. When stderr is not a terminal (a pipe, a file, CI) it prints
 * nothing at all.
 */
import type { CliIO } from './io.js';
import { charWidth, displayWidth } from '../zh/width.js';

/** Batches smaller than this finish before a progress line would be read. */
export const PROGRESS_MIN_RECORDS = 20;
/** At most one redraw in this many milliseconds (a terminal is slower than the renderer). */
const REDRAW_MS = 80;

export interface Progress {
  /** Record number `done + 1` of the batch is starting: `label` names it (asked only when the line is drawn). */
  step(done: number, label: () => string): void;
  /** The batch is over: erase the line. */
  end(): void;
}

const NONE: Progress = { step() {}, end() {} };

export function startProgress(total: number, io: CliIO, verb = 'rendering'): Progress {
  if (!io.progress || total < PROGRESS_MIN_RECORDS) return NONE;
  const write = io.stderr;
  let shown = false;
  let last = 0;
  const erase = () => {
    if (shown) write('\r\x1b[K');
    shown = false;
  };
  // whatever else goes to stderr (a warning, an error) is printed on a line of its own
  io.stderr = (text) => {
    erase();
    write(text);
  };
  return {
    step(done, label) {
      const now = Date.now();
      if (shown && now - last < REDRAW_MS) return;
      last = now;
      write('\r\x1b[K' + fit(`${verb} ${done + 1}/${total} `, label(), Math.max(20, (io.columns || 80) - 1)));
      shown = true;
    },
    end() {
      erase();
      io.stderr = write;
    },
  };
}

/** `head` and as much of the end of `label` as fits in `width` columns (a path's end names the file). */
export function fit(head: string, label: string, width: number): string {
  let room = width - displayWidth(head);
  const chars = [...label];
  if (displayWidth(label) <= room) return head + label;
  room -= 1; // the ellipsis
  let i = chars.length;
  while (i > 0 && room - charWidth(chars[i - 1]!) >= 0) room -= charWidth(chars[--i]!);
  return head + '…' + chars.slice(i).join('');
}
