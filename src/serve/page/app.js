// gongwen serve: the page. Plain JavaScript, no framework and no build step; it talks only to the
// server that served it (src/serve/server.ts), with the access token in a header.
const token = document.querySelector('meta[name="gongwen-token"]').content;
const $ = (sel) => document.querySelector(sel);
const state = { path: null, data: null, schema: null, aliases: {}, info: null, timer: 0, seq: 0 };

async function api(method, url, body, raw) {
  const headers = { 'X-Gongwen-Token': token };
  if (body !== undefined && !raw) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: raw ? body : body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  return res;
}
async function apiJson(method, url, body) {
  const res = await api(method, url, body);
  const value = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok && !value.diagnostics) throw new Error(value.error || `HTTP ${res.status}`);
  return value;
}
function status(text) {
  $('#status').textContent = text;
}
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

async function loadInfo() {
  state.info = await apiJson('GET', '/api/info');
  $('#folder').textContent = state.info.folder;
  for (const s of state.info.starters) $('#starter').append(el('option', { value: s.name, text: s.label }));
  if (!state.info.pdf) $('#pdf-note').textContent = `PDF 需要 LibreOffice，本机未安装（${state.info.libreOfficePackages}）`;
}

async function loadRecords() {
  const { records } = await apiJson('GET', '/api/records');
  const list = $('#records');
  list.replaceChildren();
  for (const r of records) {
    const li = el('li', { 'data-path': r.path, class: r.path === state.path ? 'current' : undefined, onclick: () => openRecord(r.path) },
      el('span', { text: r.path }),
      el('span', { class: 'meta' }, el('span', { text: [r.kind, r.date].filter(Boolean).join(' · ') + ' ' }), el('span', { class: r.valid ? 'ok' : 'bad', text: r.valid ? '✓ 通过校验' : `✗ ${r.errors} 个错误` })));
    list.append(li);
  }
}

async function openRecord(path) {
  const rec = await apiJson('GET', `/api/record?path=${encodeURIComponent(path)}`);
  state.path = path;
  state.data = rec.data ?? null;
  $('#record-title').textContent = path;
  for (const li of document.querySelectorAll('#records li')) li.classList.toggle('current', li.dataset.path === path);
  await loadSchema();
  renderForm();
  if (rec.parseError) $('#form').prepend(el('p', { class: 'diag error', text: `${rec.parseError}：请在编辑器里修正这份记录。` }));
  showResult(rec);
  for (const id of ['#save', '#download-docx']) $(id).disabled = !state.data;
  $('#download-pdf').disabled = !state.data || !state.info.pdf;
}

/** The JSON Schema of the record's kind (gongwen schema <kind>), for its form. */
async function loadSchema() {
  const kind = state.data && (state.data.kind ?? state.data['类型']);
  state.schema = null;
  if (!kind) return;
  const s = await apiJson('GET', `/api/schema?kind=${encodeURIComponent(kind)}`).catch(() => null);
  if (s) {
    state.schema = s.schema;
    state.aliases = s.aliases;
  }
}

async function newRecord() {
  const starter = $('#starter').value;
  let name = $('#new-name').value.trim() || `${starter}-${new Date().toISOString().slice(0, 10)}.yaml`;
  try {
    const { path } = await apiJson('POST', '/api/new', { starter, name });
    $('#new-name').value = '';
    await loadRecords();
    await openRecord(path);
    status(`已新建 ${path}`);
  } catch (err) {
    status(err.message);
  }
}

// ---------------------------------------------------------------------------------------------
// The form, from the record's JSON Schema (gongwen schema <kind>)
// ---------------------------------------------------------------------------------------------

const LONG_TEXT = new Set(['text', 'intro', 'closing', 'after', 'basis', 'proceedings', 'heard', 'summary', 'leadIn', 'lead']);

const canonical = (key) => state.aliases[key] ?? key;
const chineseNames = (key) => Object.keys(state.aliases).filter((a) => state.aliases[a] === key);
const usesChinese = () => Object.keys(state.data || {}).some((k) => /[^\x00-\x7f]/.test(k));

/** The variants of a schema node: scalar, array and object shapes. */
function shapes(node) {
  const out = { scalar: null, array: null, object: null };
  const visit = (n) => {
    if (!n || typeof n !== 'object') return;
    if (n.anyOf) return n.anyOf.forEach(visit);
    if (n.oneOf) return n.oneOf.forEach(visit);
    const types = [].concat(n.type ?? []);
    if (types.includes('array') || n.items) out.array ??= n;
    else if (types.includes('object') || n.properties) out.object ??= n;
    else out.scalar ??= n;
  };
  visit(node);
  return out;
}

function renderForm() {
  const form = $('#form');
  form.replaceChildren();
  if (!state.data) return;
  form.append(objectEditor(state.schema ?? { properties: {} }, state.data, [], true));
}

function objectEditor(schema, obj, path, top) {
  const box = el('div', { class: 'object', 'data-path': JSON.stringify(path) });
  const props = schema.properties ?? {};
  const chinese = usesChinese();
  const shown = new Set();
  // keys as the record writes them, in its order
  for (const key of Object.keys(obj)) {
    const c = canonical(key);
    shown.add(c);
    box.append(fieldFor(props[c] ?? props[key], key, c, obj, path));
  }
  const more = el('details', { class: 'more' }, el('summary', { text: '更多项目' }));
  for (const key of Object.keys(props)) {
    if (state.aliases[key] || shown.has(key) || (key === 'kind' && !top)) continue;
    const written = chinese ? chineseNames(key)[0] ?? key : key;
    more.append(fieldFor(props[key], written, key, obj, path));
  }
  if (more.children.length > 1) box.append(more);
  return box;
}

function labelOf(key, canonicalKey) {
  const zh = /[^\x00-\x7f]/.test(key) ? key : chineseNames(canonicalKey)[0];
  return zh ? (zh === key ? zh : `${zh}（${key}）`) : key;
}

function fieldFor(schema, key, canonicalKey, obj, path) {
  const p = [...path, key];
  const field = el('div', { class: 'field', 'data-path': JSON.stringify(p) });
  field.append(el('label', { text: labelOf(key, canonicalKey) }));
  if (schema?.description) field.append(el('div', { class: 'help', text: schema.description }));
  field.append(valueEditor(schema, obj[key], p, (v) => {
    if (v === '' || v === undefined) delete obj[key];
    else obj[key] = v;
  }, canonicalKey));
  return field;
}

function valueEditor(schema, value, path, set, canonicalKey) {
  const s = shapes(schema ?? {});
  if (Array.isArray(value)) return listEditor(s.array?.items ?? s.scalar ?? {}, value, path, canonicalKey);
  if (value && typeof value === 'object') return objectEditor(s.object ?? { properties: {} }, value, path, false);
  if (value === undefined && s.array && !s.scalar) {
    const wrap = el('div');
    wrap.append(el('button', { type: 'button', class: 'add', text: '+ 添加', onclick: () => { set(['']); renderForm(); schedulePreview(); } }));
    return wrap;
  }
  if (value === undefined && s.object && !s.scalar) {
    return el('button', { type: 'button', class: 'add', text: '+ 填写', onclick: () => { set({}); renderForm(); } });
  }
  const wrap = el('div', { class: 'scalar' });
  const scalar = s.scalar ?? {};
  const text = value === undefined || value === null ? '' : String(value);
  const update = (raw) => {
    const v = typeof value === 'number' && raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
    set(v);
    schedulePreview();
    // another kind: another form
    if (path.length === 1 && canonical(path[0]) === 'kind') loadSchema().then(renderForm);
  };
  let input;
  if (scalar.enum) {
    input = el('select', { 'data-path': JSON.stringify(path), onchange: (e) => update(e.target.value) }, el('option', { value: '', text: '' }));
    for (const v of new Set([...scalar.enum.map(String), ...(text ? [text] : [])])) input.append(el('option', { value: v, text: v, selected: v === text }));
  } else if (scalar.pattern && /年/.test(scalar.pattern)) {
    // a date: typed in any form gongwen reads, or picked from a calendar
    input = el('input', { type: 'text', value: text, 'data-path': JSON.stringify(path), 'data-date': true, oninput: (e) => update(e.target.value) });
    const picker = el('input', { type: 'date', 'aria-label': '选择日期', value: /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined, onchange: (e) => { input.value = e.target.value; update(e.target.value); } });
    wrap.append(el('div', { class: 'date-row' }, input, picker));
  } else if (LONG_TEXT.has(canonicalKey)) {
    input = el('textarea', { 'data-path': JSON.stringify(path), oninput: (e) => update(e.target.value) });
    input.value = text;
  } else {
    input = el('input', { type: 'text', value: text, 'data-path': JSON.stringify(path), oninput: (e) => update(e.target.value) });
  }
  if (!wrap.children.length) wrap.append(input);
  if (s.array && value !== undefined) {
    wrap.append(el('button', { type: 'button', class: 'add', text: '改为列表', onclick: () => { set([value]); renderForm(); schedulePreview(); } }));
  }
  return wrap;
}

function listEditor(itemSchema, list, path, canonicalKey) {
  const box = el('div', { class: 'list', 'data-path': JSON.stringify(path) });
  const changed = () => { renderForm(); schedulePreview(); };
  list.forEach((item, i) => {
    const tools = el('div', { class: 'tools' },
      el('button', { type: 'button', title: '上移', text: '↑', disabled: i === 0, onclick: () => { [list[i - 1], list[i]] = [list[i], list[i - 1]]; changed(); } }),
      el('button', { type: 'button', title: '下移', text: '↓', disabled: i === list.length - 1, onclick: () => { [list[i + 1], list[i]] = [list[i], list[i + 1]]; changed(); } }),
      el('button', { type: 'button', title: '删除', text: '✕', onclick: () => { list.splice(i, 1); changed(); } }));
    const body = el('div', { class: 'item-body field', 'data-path': JSON.stringify([...path, i]) },
      valueEditor(itemSchema, item, [...path, i], (v) => (list[i] = v ?? ''), canonicalKey));
    box.append(el('div', { class: 'item' }, body, tools));
  });
  const s = shapes(itemSchema);
  box.append(el('button', { type: 'button', class: 'add', text: '+ 添加', onclick: () => { list.push(s.object && !s.scalar ? {} : ''); changed(); } }));
  return box;
}

// ---------------------------------------------------------------------------------------------
// Preview and diagnostics
// ---------------------------------------------------------------------------------------------

function schedulePreview() {
  clearTimeout(state.timer);
  status('…');
  state.timer = setTimeout(preview, 200);
}

async function preview() {
  const seq = ++state.seq;
  try {
    const result = await apiJson('POST', '/api/preview', { path: state.path, data: state.data });
    if (seq === state.seq) showResult(result);
  } catch (err) {
    status(err.message);
  }
}

function showResult(result) {
  showDiagnostics(result.diagnostics ?? []);
  if (result.html) {
    paginate(result.html);
    $('#preview').classList.remove('invalid');
  } else $('#preview').classList.add('invalid');
  const errors = (result.diagnostics ?? []).filter((d) => d.severity === 'error').length;
  status(errors ? `${errors} 个错误` : '已更新');
  document.body.dataset.previewSeq = String(state.seq);
}

function showDiagnostics(diagnostics) {
  for (const d of document.querySelectorAll('#form .diag, #general-diagnostics .diag')) d.remove();
  for (const f of document.querySelectorAll('.has-error')) f.classList.remove('has-error');
  const fields = new Map([...document.querySelectorAll('#form [data-path]')].map((e) => [e.dataset.path, e]));
  for (const d of diagnostics) {
    const text = `${d.severity === 'error' ? '错误' : '警告'}：${d.message}${d.hint ? `（${d.hint}）` : ''}${d.line ? ` [第 ${d.line} 行]` : ''}`;
    const note = el('div', { class: `diag ${d.severity}`, 'data-code': d.code, text });
    let target;
    for (let path = d.path ?? []; path.length && !target; path = path.slice(0, -1)) {
      target = fields.get(JSON.stringify(path));
      if (target && !target.classList.contains('field') && target.closest('.field')) target = target.closest('.field');
    }
    if (target) {
      if (d.severity === 'error') target.classList.add('has-error');
      target.append(note);
    } else $('#general-diagnostics').append(note);
  }
}

/** The document's blocks set on A4 pages (GB/T 9704 版心); a block that does not fit starts the next page. */
function paginate(html) {
  const flow = document.createElement('div');
  flow.innerHTML = html; // the server's HTML writer escapes every text of the record
  const doc = flow.firstElementChild;
  const preview = $('#preview');
  preview.replaceChildren();
  let number = 0;
  let body;
  const newPage = () => {
    number++;
    body = el('div', { class: 'gw-body' });
    preview.append(el('div', { class: 'gw-page gw-doc' }, body, el('div', { class: 'gw-page-number', text: `— ${number} —` })));
  };
  newPage();
  for (const block of [...doc.children]) {
    if (block.classList.contains('gw-break')) {
      newPage();
      continue;
    }
    body.append(block);
    if (body.scrollHeight <= body.clientHeight + 1) continue;
    // a paragraph of plain text is split where the page ends; its rest goes on the next page
    const rest = splitParagraph(block, body);
    if (rest) {
      newPage();
      body.append(rest);
    } else if (body.children.length > 1) {
      block.remove();
      newPage();
      body.append(block);
    }
  }
}

/** Splits a text-only paragraph that overflows `body`: keeps what fits, returns the rest (or null). */
function splitParagraph(p, body) {
  if (p.tagName !== 'P' || p.childNodes.length !== 1 || p.firstChild.nodeType !== Node.TEXT_NODE) return null;
  const chars = [...p.textContent];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    p.textContent = chars.slice(0, mid).join('');
    if (body.scrollHeight <= body.clientHeight + 1) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) {
    p.textContent = chars.join('');
    return null;
  }
  p.textContent = chars.slice(0, lo).join('');
  p.style.textAlignLast = 'justify'; // the page's last line is a full line
  const rest = p.cloneNode(false);
  rest.style.textAlignLast = '';
  rest.classList.remove('gw-indent'); // the paragraph goes on: no new first-line indent
  rest.textContent = chars.slice(lo).join('');
  return rest;
}

// ---------------------------------------------------------------------------------------------
// Save, downloads, registers
// ---------------------------------------------------------------------------------------------

async function save() {
  const result = await apiJson('POST', '/api/save', { path: state.path, data: state.data });
  showResult(result);
  status(result.saved ? `已保存 ${state.path}` : '未保存');
  loadRecords();
}

async function download(format) {
  status(`正在生成 ${format.toUpperCase()}…`);
  const res = await api('POST', `/api/${format}`, { path: state.path, data: state.data });
  if (!res.ok) {
    const value = await res.json().catch(() => ({}));
    if (value.diagnostics) showDiagnostics(value.diagnostics);
    status(value.error || `HTTP ${res.status}`);
    return;
  }
  const blob = await res.blob();
  const a = el('a', { href: URL.createObjectURL(blob), download: state.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '') + '.' + format });
  document.body.append(a);
  a.click();
  a.remove();
  status(`已下载 ${format.toUpperCase()}`);
}

async function stats(file) {
  const out = $('#stats');
  out.replaceChildren(el('p', { text: `正在统计 ${file.name}…` }));
  const period = $('#period').value.trim();
  const res = await api('POST', `/api/stats?name=${encodeURIComponent(file.name)}${period ? `&period=${encodeURIComponent(period)}` : ''}`, file, true);
  const value = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  out.replaceChildren(el('h2', { text: `台账统计：${file.name}` }));
  if (value.error) out.append(el('p', { class: 'diag error', text: value.error }));
  if (value.layout) out.append(...reportTables(value.layout), keepForm(file));
  if (value.messages) out.append(el('h3', { text: '有问题的行（按表格行号）' }), el('pre', { text: value.messages }));
}

/** Keeps the dropped register in the folder (under a name the user may change) for a 总结 to name. */
function keepForm(file) {
  const name = el('input', { type: 'text', id: 'register-name', value: file.name, 'aria-label': '台账文件名' });
  const button = el('button', { type: 'button', id: 'keep-register', text: '存入文件夹，列入本总结的台账', onclick: () => keepRegister(file, name.value.trim()).catch((e) => status(e.message)) });
  return el('p', { class: 'keep' }, name, button);
}

async function keepRegister(file, name) {
  const record = state.path ? `&record=${encodeURIComponent(state.path)}` : '';
  const res = await api('POST', `/api/register?name=${encodeURIComponent(name)}${record}`, file, true);
  const value = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) return status(value.error);
  // the record names it in its 台账 list (its own key, 台账 or registers); saved as usual with 保存
  if (state.data && state.schema?.properties?.registers) {
    const key = Object.keys(state.data).find((k) => canonical(k) === 'registers') ?? (usesChinese() ? '台账' : 'registers');
    const list = [].concat(state.data[key] ?? []);
    if (!list.includes(value.nameInRecord)) list.push(value.nameInRecord);
    state.data[key] = list;
    renderForm();
    schedulePreview();
  }
  status(`已存入 ${value.path}`);
  loadRecords();
}

/** The report's tables as `gongwen stats` draws them in a terminal (src/stats/format.ts, reportLayout), as HTML. */
function reportTables(layout) {
  const parts = [el('p', { class: 'stats-period', text: `${layout.period}${layout.periodDates}` })];
  for (const { heading, table } of layout.sections) {
    if (heading) parts.push(el('h3', { text: heading }));
    const t = el('table', { class: 'stats-table' });
    const cell = (tag, text, i) => el(tag, { text, class: table.align[i] === 'right' ? 'num' : undefined });
    t.append(el('tr', {}, ...table.header.map((h, i) => cell('th', h, i))));
    for (const row of table.rows) t.append(el('tr', {}, ...row.map((c, i) => cell('td', c, i))));
    parts.push(t);
  }
  if (layout.note) parts.push(el('p', { class: 'stats-note', text: layout.note }));
  return parts;
}

$('#new').addEventListener('click', newRecord);
$('#save').addEventListener('click', () => save().catch((e) => status(e.message)));
$('#download-docx').addEventListener('click', () => download('docx').catch((e) => status(e.message)));
$('#download-pdf').addEventListener('click', () => download('pdf').catch((e) => status(e.message)));
const drop = $('#drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = e.dataTransfer.files[0];
  if (file) stats(file);
});
$('#register-file').addEventListener('change', (e) => e.target.files[0] && stats(e.target.files[0]));

await loadInfo();
await loadRecords();
document.body.dataset.ready = 'true';
