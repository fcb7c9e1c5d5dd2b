import { say } from '../diagnostics/messages/index.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { flowPairsAsMeant } from '../util/flowCommas.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { CellValue, RawRow, RawTable, RegisterKind } from './types.js';

const KIND_KEYS = new Map<string, RegisterKind>([
  ['信访登记', 'petitions'], ['信访', 'petitions'], ['petitions', 'petitions'],
  ['矛盾纠纷', 'disputes'], ['纠纷', 'disputes'], ['disputes', 'disputes'],
]);

/**
 * A YAML register: a list of mappings, one per row, keyed by column names
 * (Chinese or English) — or a mapping with one such list under 信访登记/petitions
 * or 矛盾纠纷/disputes, which also says the kind. Lists in cells (当事人: [甲, 乙])
 * and lists of steps are joined a line an item.
 */
export function tableFromYaml(text: string, file: string, bag: DiagnosticBag): RawTable & { kind?: RegisterKind } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const rows: RawRow[] = [];
  const table: RawTable & { kind?: RegisterKind } = { format: 'yaml', header: [], rows };
  for (const e of doc.errors) {
    bag.error('yaml-syntax', say('register.yaml-syntax', { detail: e.message.split('\n')[0]! }), { file, start: pos(e.pos[0]) });
  }
  if (doc.errors.length > 0) return table;
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (isMap(list)) {
    const pair = list.items.find((p) => isScalar(p.key) && KIND_KEYS.has(String(p.key.value)));
    if (pair && isScalar(pair.key)) {
      table.kind = KIND_KEYS.get(String(pair.key.value));
      list = pair.value as YamlNode | null;
    }
  }
  if (!isSeq(list)) {
    bag.error('not-a-list', say('register.not-a-list'), {
      file, start: list?.range ? pos(list.range[0]) : { line: 1, column: 1 },
      expected: say('register.not-a-list.expected'),
    });
    return table;
  }
  const columnOf = new Map<string, number>();
  for (const item of list.items) {
    const at = item && (item as YamlNode).range ? pos((item as YamlNode).range![0]) : { line: 1, column: 1 };
    if (!isMap(item)) {
      bag.error('bad-row', say('register.bad-row'), { file, start: at });
      continue;
    }
    const row: RawRow = { line: at.line, column: at.column, cells: [], positions: [] };
    // a row typed on one line, {…}: a comma inside a value (内容摘要: 反映承包地被占,要求退还) is the value's, said at it
    const pairs = item.flow
      ? flowPairsAsMeant(text, item, (pair, comma) => {
          const key = isScalar(pair.key) ? String(pair.key.value).trim() : '';
          bag.warn('comma-in-braces', say('comma-in-braces', { text: String((pair.value as Scalar).value), key }), {
            file, start: pos(comma), end: pos(comma + 1), path: [key], hint: say('comma-in-braces.hint'),
          });
        })
      : item.items;
    for (const pair of pairs) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      let col = columnOf.get(key);
      if (col === undefined) {
        col = table.header.length;
        columnOf.set(key, col);
        table.header.push(key);
      }
      const valueNode = pair.value as YamlNode | null;
      row.cells[col] = yamlCell(valueNode ? valueNode.toJSON() : null);
      row.positions![col] = valueNode?.range ? pos(valueNode.range[0]) : isScalar(pair.key) && pair.key.range ? pos(pair.key.range[0]) : at;
    }
    rows.push(row);
  }
  return table;
}

function yamlCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (Array.isArray(value)) {
    const parts = value.map((v) => {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        const date = o.date ?? o['日期'];
        const text = o.text ?? o['经过'] ?? o['内容'];
        return [date, text].filter((x) => x !== undefined && x !== null).map(String).join('，');
      }
      return String(v);
    });
    // One item a line: names split on line breaks as on 、, steps are a line each.
    return parts.join('\n');
  }
  return JSON.stringify(value);
}
