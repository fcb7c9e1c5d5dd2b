// Runs in the bundle, not from the sources: scripts/bundle.js builds it into dist/bundle/load-commands.js
// (CommonJS, as every file of the bundle), which bin/gongwen.js requires to run a command's main, and the entry for
// each module a command loads.
//
// What a command loads when it runs (the pipeline, yaml, zod, handlebars, docx, the register readers…)
// is one CommonJS file, dist/bundle/commands.cjs, compiled here with node:vm's Script and a V8 code
// cache (`cachedData`, `createCachedData()`; Node's vm documentation). Without a cache, V8 parses and
// compiles the JavaScript a command runs on every start — about a third of a one-document render
// (bench/README.md). The cache is written once, after the first run that had none, and holds the
// bytecode of every function that run compiled.
//
// Where the cache lives: dist/bundle/cache/ when that folder is writable (a clone; `npm run build`
// writes it), else the user's own cache folder. Never a shared temporary folder: a cache is code, and
// only a folder the user owns may hold it. Its name holds a hash of commands.cjs (V8 checks only the
// source's length) and V8's version and the machine, so a rebuilt bundle or another Node never reads
// a stale cache; V8 refuses a cache its flags or version do not match (`cachedDataRejected`), and a
// refused or unreadable cache only costs the compile it would have saved. Failing to write the cache
// never fails the command.
//
// V8 checks a cache's header (magic, version, flags, the source's length, the payload's length), not its
// body: a body damaged at the same length (a disk error, a write cut by a power loss) ends the process
// with "Fatal error … unreachable code" in V8's deserializer, on every run until the file is deleted.
// So the file is a CRC-32 of V8's data (4 bytes, little-endian) and then the data, and a file whose
// checksum does not match is a cache not there. It guards against damage, not against someone who can
// write the folder (they could as well write commands.cjs beside it).
//
// Old caches: every rebuilt bundle and every Node upgrade makes a new name, and the old file would stay
// in the user's cache folder for ever. A cache read is marked used (its mtime set to now, at most once a
// day); writing a new cache removes, in the same folder, the caches of gongwen not used for STALE_DAYS
// and temporary files left by a process that was killed while writing. A cache another installed copy
// of gongwen still uses is marked used by it, so it stays.
//
// GONGWEN_CODE_CACHE=0 turns the cache off (neither read nor written).
import { isAscii, transcode } from 'node:buffer';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
// the zip writer's CRC-32 (zlib's, or a table on Node before 20.15): bundled in with this file
import { crc32 } from '../../src/io/zip.ts';

// replaced by scripts/bundle.js: the sha256 of commands.cjs, first 16 hex digits
const COMMANDS_HASH = __GONGWEN_COMMANDS_HASH__;

const bundleDir = dirname(fileURLToPath(import.meta.url));
const commandsFile = join(bundleDir, 'commands.cjs');
/**
 * V8 flags given to this process (`node --max-old-space-size=… bin/gongwen.js`, NODE_OPTIONS) change the flag hash
 * in a cache's header, and V8 refuses a cache made under other flags. Such a run has a cache of its own name, tagged
 * with its flag hash: before, a run with flags replaced the cache of the runs without them, and the next of those
 * replaced it back, each paying the whole compile (s12-batch's report, twelfth session). A Node option that is no
 * V8 flag (`--enable-source-maps`, `--require`, `--cpu-prof`) leaves the hash as it is, and such a run reads the usual
 * cache: only the hash says which options are V8's (process.execArgv holds both kinds alike).
 *
 * The hash is read where V8 writes it, 4 bytes at FLAG_HASH_AT of a cache's header (V8's SerializedCodeData: magic
 * number, version hash, source hash, flag hash, payload length, checksum): of a cache of the script `0` made here
 * (a few microseconds), against the usual cache's (none there yet: the run writes one of its own name). Were the
 * header laid out otherwise in another V8, a wrong guess costs what a cache V8 refuses costs, the compile, and never
 * a wrong program: V8 checks the whole header itself.
 */
const FLAG_HASH_AT = 12;
const usualName = `commands-${COMMANDS_HASH}-v8-${process.versions.v8}-${process.platform}-${process.arch}.bin`;
function cacheNameForFlags() {
  if (process.execArgv.length === 0 && !process.env.NODE_OPTIONS?.trim()) return usualName;
  const own = new Script('0').createCachedData().readUInt32LE(FLAG_HASH_AT);
  if (cacheFiles(usualName).some((file) => flagHashOf(file) === own)) return usualName;
  return `commands-${COMMANDS_HASH}-v8-${process.versions.v8}-flags-${own.toString(16)}-${process.platform}-${process.arch}.bin`;
}

/** The flag hash in the header of a cache file (after its 4-byte checksum), or undefined when there is none to read. */
function flagHashOf(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(4 + FLAG_HASH_AT + 4);
    return readSync(fd, header, 0, header.length, 0) === header.length ? header.readUInt32LE(4 + FLAG_HASH_AT) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The user's cache folder: %LOCALAPPDATA% on Windows, ~/Library/Caches on macOS, $XDG_CACHE_HOME or ~/.cache elsewhere. */
function userCacheDir() {
  const env = process.env;
  if (process.platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'gongwen', 'cache') : undefined;
  const home = homeFolder();
  if (process.platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'gongwen') : undefined;
  if (env.XDG_CACHE_HOME?.startsWith('/')) return join(env.XDG_CACHE_HOME, 'gongwen');
  return home ? join(home, '.cache', 'gongwen') : undefined;
}

/**
 * The home folder, or '' when the system cannot say it: os.homedir() throws (ERR_SYSTEM_ERROR,
 * uv_os_homedir ENOENT) when HOME is unset and the user has no entry in /etc/passwd, as in a
 * container run with `--user 1000` — then there is no user cache folder, and the command still runs.
 */
function homeFolder() {
  try {
    return homedir();
  } catch {
    return '';
  }
}

/** Where a cache of this name is looked for, in order (see the top of this file). */
function cacheFiles(name) {
  const user = userCacheDir();
  return user ? [join(bundleDir, 'cache', name), join(user, name)] : [join(bundleDir, 'cache', name)];
}

/** A cache not read for this many days is removed when another is written beside it. */
const STALE_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A cache's file name, or a temporary one being written (`<name>.<pid>.tmp`). */
const CACHE_FILE = /^commands-[0-9a-f]+-v8-.+\.bin(\.\d+\.tmp)?$/;

/** Marks a cache as used today: its mtime is the day it was last read (set at most once a day). */
function markUsed(file) {
  try {
    const now = Date.now();
    if (now - statSync(file).mtimeMs > DAY_MS) utimesSync(file, new Date(now), new Date(now));
  } catch {
    /* a folder that cannot take it: the cache may be removed as stale one day, and written again */
  }
}

/** Removes, beside a cache just written, gongwen's caches unused for STALE_DAYS and temporary files over an hour old. */
function removeStale(folder, kept) {
  let names;
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const temporary = name.endsWith('.tmp');
    if (name === kept || !CACHE_FILE.test(name)) continue;
    try {
      const age = now - statSync(join(folder, name)).mtimeMs;
      if (age > (temporary ? DAY_MS / 24 : STALE_DAYS * DAY_MS)) rmSync(join(folder, name), { force: true });
    } catch {
      /* removed by another process meanwhile, or not ours to remove */
    }
  }
}

/** The checksum of a cache's V8 data: its CRC-32. */
const checksumOf = (data) => crc32(data);

/** V8's data in a cache file (after its checksum), or undefined when the file is damaged. */
function cachedDataIn(file) {
  if (file.length <= 4) return undefined;
  const data = file.subarray(4);
  return file.readUInt32LE(0) === checksumOf(data) ? data : undefined;
}

/** Writes the cache to the first folder that takes it; a temporary name, then a rename, so a reader never sees half of it. */
function writeCache(script, cacheName) {
  let data;
  try {
    const v8Data = script.createCachedData();
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32LE(checksumOf(v8Data));
    data = Buffer.concat([checksum, v8Data]);
  } catch {
    return;
  }
  for (const file of cacheFiles(cacheName)) {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(temporary, data, { flag: 'wx', mode: 0o600 });
      renameSync(temporary, file);
      removeStale(dirname(file), cacheName);
      return;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        /* the folder is not one: nothing was written */
      }
    }
  }
}

/**
 * The text of a file of the bundle. `readFileSync(file, 'utf8')` decodes through V8's UTF-8 decoder,
 * about 30 M instructions for commands.cjs (1.3 MB, whose regular expressions hold Chinese, so the
 * text is two-byte); ICU's transcode to UTF-16 and a copy cost about 7 M, and a file that is all ASCII
 * is copied as Latin-1 (one byte a character) for about 3 M (callgrind, `node -e` reading the file
 * each way). Either gives the same string, which the code cache needs (it holds no source: V8 compiles
 * from this text whatever the cache left out).
 */
function readText(file) {
  const bytes = readFileSync(file);
  if (isAscii(bytes)) return bytes.toString('latin1');
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return bytes.toString('utf8'); // a Node built without ICU
  }
}

/**
 * The name of src/render/worker.ts in commands.cjs (scripts/bundle.js WORKER): the first module, and the
 * only one, a batch's worker thread loads (dist/bundle/worker.js), and never loaded by the main thread.
 * So a worker thread is known by it without node:worker_threads, whose loading costs about 5 M
 * instructions of every command (callgrind: `node -e "require('node:worker_threads')"` against `node -e 0`).
 */
const WORKER = __GONGWEN_WORKER__; // replaced by scripts/bundle.js

/**
 * Compiles commands.cjs, with the code cache when there is one that V8 takes, and runs its top level.
 * Only the main thread writes the cache (`mainThread`): a worker thread compiles what a record needs,
 * not what a command does.
 */
function compileCommands(mainThread) {
  const source = readText(commandsFile);
  const useCache = process.env.GONGWEN_CODE_CACHE !== '0';
  const cacheName = useCache ? cacheNameForFlags() : usualName;
  let script;
  if (useCache) {
    for (const file of cacheFiles(cacheName)) {
      let cachedData;
      try {
        cachedData = cachedDataIn(readFileSync(file));
      } catch {
        continue;
      }
      if (!cachedData) continue;
      const candidate = new Script(Module.wrap(source), { filename: commandsFile, cachedData });
      if (!candidate.cachedDataRejected) {
        script = candidate;
        markUsed(file);
        break;
      }
    }
  }
  const cached = script !== undefined;
  script ??= new Script(Module.wrap(source), { filename: commandsFile });
  // the cache is written when the process ends, so it holds what this run compiled, not only the top level
  if (useCache && !cached && mainThread) process.once('exit', () => writeCache(script, cacheName));
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(commandsFile), module, commandsFile, bundleDir);
  return module.exports;
}

let commands;

/** The exports of one command module of the bundle (its name as scripts/bundle.js gives it: `pipeline`, `writers-docx-index`…), evaluated on first use. */
export function loadCommand(name) {
  commands ??= compileCommands(name !== WORKER);
  const load = commands[name];
  if (!load) throw new Error(`gongwen's bundle has no module ${name}: run \`npm run build\``);
  return load();
}
