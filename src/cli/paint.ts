/**
 * Red, green and yellow for the command line's own messages (error, wrote, ok), when stderr is a colour
 * terminal: the ANSI codes chalk writes at its level 1 (SGR 31/32, reset by 39), closed before each
 * line break and opened again after it. Chalk itself is loaded only to print diagnostics' code frames,
 * so that `gongwen --version` does not load it.
 */
export interface Paint {
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

export function painter(color: boolean): Paint {
  const colour = (open: number) => (text: string) =>
    color && text ? `\x1b[${open}m${text.replace(/(\r?\n)/g, `\x1b[39m$1\x1b[${open}m`)}\x1b[39m` : text;
  return { red: colour(31), green: colour(32), yellow: colour(33) };
}
