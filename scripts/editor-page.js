// The page that scripts/editor-screenshots.mjs builds with esbuild into a temporary folder: Monaco (the
// editor component of VS Code) with monaco-yaml, which runs yaml-language-server's completion, hover and
// validation in a web worker. The record and its schema come from the page's caller (window.gongwenRecord,
// set before the page loads): the schema is registered under the URI the record's
// `# yaml-language-server: $schema=…` line names, with no fileMatch, so it is that line that applies it.
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';

globalThis.MonacoEnvironment = {
  getWorker(_moduleId, label) {
    // the two bundles esbuild writes beside this one (see buildEditorPage in editor-screenshots.mjs)
    return new Worker(label === 'yaml' ? './yaml.worker.js' : './editor.worker.js', { type: 'module' });
  },
};

const { text, recordUri, schemaUri, schema } = globalThis.gongwenRecord;
configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  schemas: [{ uri: schemaUri, schema }],
});

const model = monaco.editor.createModel(text, 'yaml', monaco.Uri.parse(recordUri));
const editor = monaco.editor.create(document.getElementById('editor'), {
  model,
  fontSize: 15,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  renderWhitespace: 'none',
  fontFamily: "'Noto Sans Mono CJK SC', 'Noto Sans Mono', monospace",
  hover: { delay: 100 },
  // as VS Code on a Chinese-locale system: full-width punctuation (，：) is not boxed as ambiguous
  unicodeHighlight: { allowedLocales: { _os: true, 'zh-hans': true, 'zh-hant': true } },
});
globalThis.gongwenEditor = { monaco, editor, model };
