/**
 * commander's error lines in the user's language. commander says them in English only; their forms
 * are those of commander 14 (lib/command.js: unknownOption, unknownCommand, missingArgument,
 * optionMissingArgument, _excessArguments, and an option's invalid choice). A line of another form is
 * left as commander wrote it.
 */
import { labelled } from './language.js';
import type { Session } from './session.js';

export function commanderErrorIn(text: string, session: Session): string {
  if (session.language === 'en') return text;
  const t = session.say;
  const said = (line: string): string | undefined => {
    let m: RegExpExecArray | null;
    if ((m = /^error: unknown option '(.*)'$/.exec(line))) return t('cli.unknown-option', { option: m[1]! });
    if ((m = /^error: unknown command '(.*)'$/.exec(line))) return t('cli.unknown-command', { command: m[1]! });
    if ((m = /^error: missing required argument '(.*)'$/.exec(line))) return t('cli.missing-argument', { argument: m[1]! });
    if ((m = /^error: option '(.*)' argument missing$/.exec(line))) return t('cli.option-needs-value', { option: m[1]! });
    if ((m = /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/.exec(line))) {
      return t('cli.invalid-choice', { option: m[1]!, value: m[2]!, choices: m[3]! });
    }
    if ((m = /^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/.exec(line))) {
      return t('cli.too-many-arguments', { expected: m[1]!, received: m[2]! });
    }
    return undefined;
  };
  return text
    .split('\n')
    .map((line) => {
      const m = /^\(Did you mean (?:one of )?(.*)\?\)$/.exec(line);
      if (m) return t('cli.did-you-mean', { names: m[1]! });
      const words = said(line);
      return words === undefined ? line : labelled('error', words, session.language);
    })
    .join('\n');
}
