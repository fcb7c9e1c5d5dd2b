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
    // "用法：gongwen …": no space after a full-width colon
    formatHelp(cmd: Command, helper: Help) {
      return Help.prototype.formatHelp.call(this, cmd, helper).replace(/^(\S*：) /, '$1');
    },
    optionDescription: (o: Option) =>
      notes(o.description, o.argChoices, o.defaultValue, o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean'), o.defaultValueDescription),
    argumentDescription: (a: Argument) => notes(a.description, a.argChoices, a.defaultValue, true, a.defaultValueDescription),
  } satisfies Partial<Help>);
  program.helpOption('-h, --help', t('help.help'));
  program.helpCommand('help [command]', t('help.help'));
}
