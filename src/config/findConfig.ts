import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE_NAMES } from './fileNames.js';

/**
 * The config file that applies to a record in `dir`: `gongwen.config.yaml` in that folder or the
 * nearest folder above it. The search stops at the file system's root and at a folder holding `.git`
 * (a repository's top), after looking in it, so that a config outside the project never applies.
 */
export function findConfig(dir: string): string | undefined {
  return configPlaces(dir).find(isFile);
}

/**
 * Every path findConfig looks at, nearest first, up to the config it finds (or to the top: the root of
 * the disk or a folder with .git). A file written later at one of them changes which config applies.
 */
export function configPlaces(dir: string): string[] {
  const places: string[] = [];
  for (let here = dir; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(here, name);
      places.push(candidate);
      if (isFile(candidate)) return places;
    }
    const up = dirname(here);
    if (up === here || existsSync(join(here, '.git'))) return places;
    here = up;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false; // no exception made for a file that is not there (a batch asks for each record)
  } catch {
    return false;
  }
}
