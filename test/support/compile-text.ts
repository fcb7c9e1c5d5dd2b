/** A record typed as `text`, in a file `name` of a temporary folder (removed when the test ends), compiled in process as gongwen does it there. */
import { join } from 'node:path';
import { compileFile } from '../../src/pipeline.js';
import { folderWith } from './folder.js';

export async function compileText(name: string, text: string, prefix = 'gongwen-record-') {
  const dir = folderWith({ [name]: text }, { prefix });
  return compileFile(join(dir, name), { cwd: dir });
}
