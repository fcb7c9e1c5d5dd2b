/**
 * `gongwen serve [folder] [--port N] [--host H] [--open]`: serves the folder's records as a page
 * (./server.ts) until Ctrl-C. Returns the exit code: 130 after Ctrl-C (143 after SIGTERM), as a shell
 * reports a program stopped so, and as gongwen's file writer exits when stopped (src/io/writeAtomic.ts);
 * 2 for a usage error.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from '../diagnostics/language.js';
import { localize, say } from '../diagnostics/messages/index.js';
import type { CliIO } from './io.js';
import { EXIT_USAGE } from './io.js';
import { labelled } from './language.js';
import { startServer } from '../serve/server.js';

export interface ServeCommandOptions {
  port?: string;
  host?: string;
  open?: boolean;
}

/** The warning `--host` gets when the address is not a loopback one (127.0.0.0/8, ::1, localhost). */
export function hostWarning(host: string, folder: string, language: Language = 'en'): string | undefined {
  if (host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)) return undefined;
  return labelled('warning', localize(say('cli.serve.host-warning', { host, folder }), language), language);
}

export async function serveCommand(folder: string, options: ServeCommandOptions, io: CliIO, language: Language = 'en'): Promise<number> {
  const t = (text: Parameters<typeof localize>[0]) => localize(text, language);
  const error = (text: string) => io.stderr(`${labelled('error', text, language)}\n`);
  const dir = resolve(io.cwd, folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    error(t(say('cli.serve.not-a-folder', { folder })));
    return EXIT_USAGE;
  }
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    error(t(say('cli.serve.bad-port', { port: String(options.port) })));
    return EXIT_USAGE;
  }
  const warning = options.host === undefined ? undefined : hostWarning(options.host, folder, language);
  if (warning) io.stderr(`${warning}\n`);
  let running;
  try {
    running = await startServer({ folder: dir, port, host: options.host });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    error(t(say('cli.serve.cannot-listen', { address: `${options.host ?? '127.0.0.1'}:${port}`, reason: e.code === 'EADDRINUSE' ? t(say('cli.serve.port-in-use')) : e.code ?? e.message })));
    return EXIT_USAGE;
  }
  io.stderr(`${t(say('cli.serve.started', { folder: dir }))}\n`);
  io.stdout(`${running.url}\n`);
  io.stderr(`${t(say('cli.serve.open'))}\n`);
  if (options.open) openBrowser(running.url);
  const code = await new Promise<number>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stderr(`${t(say('cli.serve.stopped'))}\n`);
      const code = signal === 'SIGINT' ? 130 : 143;
      running.close().then(() => done(code), () => done(code));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return code;
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    /* the address is printed */
  }
}
