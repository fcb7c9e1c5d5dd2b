/**
 * `--help` in the user's language: commander's headings (Usage:, Options: …) and the notes it adds
 * after a description ("default: …", "choices: …") through its Help hooks (`styleTitle`,
 * `optionDescription`, `argumentDescription`); the descriptions themselves are catalogue entries
 * (src/diagnostics/messages/cli.ts) given where each command is registered.
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import { displayWidth } from '../zh/width.js';
import type { Session } from './session.js';

const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Pieces a line of help may break between: a Han character or full-width sign alone, a run of
 * other letters, each with the spaces before it; a closing sign (，。）…) stays with what it closes,
 * and an opening one (（“) with what follows, as Chinese typesetting breaks lines. Han is written as
 * its blocks (CJK Unified Ideographs and Extension A, the compatibility ideographs): `\p{Script=Han}`
 * costs some millions of instructions to build from ICU's tables in every `gongwen --help`, and the
 * help's words are in these blocks (test/help-loads.test.ts wraps every help text both ways).
 */
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const SIGNS = '\\u3000-\\u303f\\uff00-\\uffef“”‘’';
// a string, not a literal: esbuild writes the Chinese signs of a string as \u escapes, and one sign left in a
// regular expression literal makes V8 hold and scan the whole bundle entry as two-byte text
export const HELP_PIECE = new RegExp(`\\s*[（“《「]*(?:[${HAN}${SIGNS}]|[^\\s${HAN}${SIGNS}]+)[，。、；：）”》」？！]*`, 'gu');

/** Help text wrapped to `width` columns as the terminal counts them (commander's boxWrap, by pieces). */
export function wrapChinese(text: string, width: number, pieces: RegExp = HELP_PIECE): string {
  if (width < 40) return text;
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let current = '';
    for (const piece of line.match(pieces) ?? []) {
      if (current && displayWidth(stripAnsi(current + piece)) > width) {
        out.push(current);
        current = piece.trimStart();
      } else current += piece;
    }
    out.push(current);
  }
  return out.join('\n');
}

export function configureHelpWords(program: Command, session: Session): void {
  const t = session.say;
  const titles: Record<string, string> = {
    'Usage:': t('help.usage'),
    'Arguments:': t('help.arguments'),
    'Options:': t('help.options'),
    'Commands:': t('help.commands'),
    'Global Options:': t('help.global-options'),
  };
  // commander writes the notes as "description (choices: "a", "b", default: "a")"
  const notes = (description: string, choices: readonly string[] | undefined, fallback: unknown, shown: boolean, shownAs?: string) => {
    const extra = [];
    if (choices) extra.push(t('help.choices', { values: choices.map((c) => JSON.stringify(c)).join(', ') }));
    if (shown && fallback !== undefined) extra.push(t('help.default', { value: shownAs || JSON.stringify(fallback) }));
    if (!extra.length) return description;
    return session.language === 'zh' ? `${description}（${extra.join('；')}）` : `${description} (${extra.join(', ')})`;
  };
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    // columns as the terminal shows them: a Chinese character takes two
    displayWidth: (text: string) => displayWidth(stripAnsi(text)),
    // Chinese breaks between any two characters, not only at spaces
    ...(session.language === 'zh' ? { boxWrap: (text: string, width: number) => wrapChinese(text, width) } : {}),
    // "用法：gongwen …": no space after a full-width colon (written \uff1a: one character that is not
    // ASCII makes V8 hold and scan the whole bundle entry as two-byte text)
    formatHelp(cmd: Command, helper: Help) {
      return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^(\S*\uff1a) /, '$1');
    },
    optionDescription: (o: Option) =>
      notes(o.description, o.argChoices, o.defaultValue, o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean'), o.defaultValueDescription),
    argumentDescription: (a: Argument) => notes(a.description, a.argChoices, a.defaultValue, true, a.defaultValueDescription),
  } satisfies Partial<Help>);
  program.helpOption('-h, --help', t('help.help'));
  program.helpCommand('help [command]', t('help.help'));
}
