import { say, type Text } from '../diagnostics/messages/index.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { HelperArgumentError } from './helpers.js';
import type { TemplateInfo } from './catalog.js';
import { compiledPartial, compiledTemplate, gongwenHelpers, type InPartial, type PartialSource } from './compiledTemplates.js';
import { didYouMean } from '../zh/didYouMean.js';
import { basename } from 'node:path';

/** The partials as a template is given them, by the map loadPartials gave (the same map for a run's records: src/io/runMemo.ts). */
const partialSets = new WeakMap<ReadonlyMap<string, PartialSource>, Record<string, HandlebarsTemplateDelegate>>();
function partialsFor(partials: ReadonlyMap<string, PartialSource>): Record<string, HandlebarsTemplateDelegate> {
  let compiled = partialSets.get(partials);
  if (!compiled) {
    compiled = Object.fromEntries([...partials].map(([name, partial]) => [name, compiledPartial(partial)]));
    partialSets.set(partials, compiled);
  }
  return compiled;
}

/**
 * Renders a template with a record's computed context into Markdown (with front matter).
 * Template errors are reported at the template's file and line.
 */
export function renderTemplate(
  template: TemplateInfo,
  partials: ReadonlyMap<string, PartialSource>,
  context: Record<string, unknown>,
  bag: DiagnosticBag,
  /** Collects the names of the context's keys the template read (to find record content it leaves out). */
  read?: Set<string>,
  /** The record rendered: named with an error its data caused (one template, many records in a batch). */
  recordFile?: string,
): string | undefined {
  try {
    const fn = compiledTemplate(template.body, template.path, template.bodyLine);
    const compiledPartials = partialsFor(partials);
    const tracked = read
      ? new Proxy(context, {
          get(target, key, receiver) {
            if (typeof key === 'string') read.add(key);
            return Reflect.get(target, key, receiver);
          },
        })
      : context;
    return fn(tracked, { partials: compiledPartials, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (err) {
    // an error inside a partial is said at the partial's file and line (a partial has no front matter)
    const partialPath = (err as InPartial | undefined)?.partialPath;
    const partial = partialPath === undefined ? undefined : [...partials.values()].find((p) => p.path === partialPath);
    const at = templateErrorPosition(err, partial?.text ?? template.body) ?? helperPosition(err as Error, partial?.text ?? template.body);
    const { message, expected } = describeTemplateError(err as Error);
    const bodyLine = partial ? 1 : template.bodyLine;
    // a mistake of the template's own (handlebars.*) is the same for every record; another came from this record's data
    const ownMistake = typeof message !== 'string' && message.id.startsWith('handlebars.');
    bag.add({
      severity: 'error',
      code: 'template-error',
      file: partial?.path ?? template.path,
      start: at ? { line: at.line + bodyLine - 1, column: at.column } : undefined,
      message: partial
        ? say('template-error.partial', { partial: partial.name, name: template.name, problem: message })
        : say('template-error', { name: template.name, problem: message }),
      expected,
      hint: recordFile && !ownMistake ? say('template-error.record', { record: basename(recordFile) }) : undefined,
      shared: ownMistake || undefined,
    });
    return undefined;
  }
}

/** Where a missing helper is first named in the body (1-based line and column): Handlebars does not say where. */
function helperPosition(err: Error, body: string): { line: number; column: number } | undefined {
  const helper = missingHelper(err);
  if (!helper) return undefined;
  const m = new RegExp(`\\{\\{[~#^\\s]*${helper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(body);
  if (!m) return undefined;
  const before = body.slice(0, m.index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Where in the template body (1-based line and column) Handlebars stopped, when it says. */
function templateErrorPosition(err: unknown, body: string): { line: number; column: number } | undefined {
  if (err instanceof HelperArgumentError) return err.loc;
  const e = err as Error & { lineNumber?: number; column?: number };
  if (typeof e.lineNumber === 'number') return { line: e.lineNumber, column: (e.column ?? 0) + 1 };
  // A parse error: "Parse error on line 3:\n<up to 20 characters before and after>\n-----^\n…"
  const m = /^Parse error on line (\d+):\n(.*)\n(-*)\^/.exec(e.message ?? '');
  if (!m) return undefined;
  const line = Number(m[1]);
  const before = m[2]!.slice(0, m[3]!.length).replace(/^\.\.\./, '');
  const text = body.split('\n')[line - 1] ?? '';
  // the excerpt runs lines together: the column is where the line's text ends the excerpt's "before"
  for (let k = text.length; k > 0; k--) if (before.endsWith(text.slice(0, k))) return { line, column: k + 1 };
  const i = text.indexOf(before);
  return { line, column: i >= 0 ? i + before.length + 1 : 1 };
}

/** Handlebars' message in a template author's words. */
function describeTemplateError(err: Error): { message: Text; expected?: Text } {
  if (err instanceof HelperArgumentError) return { message: err.text };
  const lines = (err.message ?? String(err)).split('\n');
  if (lines[0]!.startsWith('Parse error')) {
    const expecting = lines.find((l) => l.startsWith('Expecting'));
    const got = expecting?.match(/got '([^']+)'/)?.[1];
    const closes = expecting && /'CLOSE'/.test(expecting);
    return {
      message: say(got === 'INVALID' ? 'handlebars.syntax.character' : got === 'EOF' ? 'handlebars.syntax.end' : 'handlebars.syntax'),
      // what the parser expected, in words for the two usual cases; else as Handlebars says it
      expected: closes
        ? say('handlebars.expected.close')
        : expecting && /OPEN_ENDBLOCK/.test(expecting)
          ? say('handlebars.expected.end-block')
          : expecting?.replace(/, got .*$/, ''),
    };
  }
  const block = /^(\w+) doesn't match (\w+)/.exec(lines[0]!);
  if (block) return { message: say('handlebars.block-mismatch', { closes: block[2]!, opened: block[1]! }), expected: `{{/${block[1]}}}` };
  const partial = /^The partial (\S+) could not be found/.exec(lines[0]!);
  if (partial) return { message: say('handlebars.no-partial', { partial: partial[1]! }), expected: say('handlebars.no-partial.expected') };
  const helper = missingHelper(err);
  if (helper) {
    const guess = didYouMean(helper, gongwenHelpers());
    return { message: say('handlebars.no-helper', { helper }), expected: guess ? say('did-you-mean', { guess }) : say('handlebars.no-helper.expected', { helpers: gongwenHelpers() }) };
  }
  return { message: lines[0]! };
}

/** The helper a template names that is not there: Handlebars says `Missing helper: "numeral"` when the template runs. */
const missingHelper = (err: Error): string | undefined => /^Missing helper: "([^"]+)"/.exec(err.message ?? '')?.[1];
