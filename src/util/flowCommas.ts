import { Pair, Scalar, isScalar, type Node, type YAMLMap } from 'yaml';

/**
 * A `{…}` mapping's pairs as a secretary meant them. A half-width comma typed inside a value (`{分管: 信访,维稳}`,
 * `{来信: 1,690}`, `{内容摘要: 反映承包地被占,要求退还}`) ends it for YAML, which reads what follows as a key with no value
 * and no colon (维稳, 690) — a key nobody types so. Such a key after a plain value, on its line, is read as the rest of
 * that value, the comma as typed; `merged` is called once for each value so read, with the offset of its first comma in
 * `yaml` (a record and a YAML register each say it in their words). A word with no key before it ({王明, 职务: 镇长})
 * stays a key: it follows no value.
 */
export function flowPairsAsMeant(yaml: string, node: YAMLMap, merged: (pair: Pair, comma: number) => void): Pair[] {
  const out: Pair[] = [];
  for (const pair of node.items as Pair[]) {
    const prev = out.at(-1);
    const key = pair.key as Node | null;
    const value = prev?.value as Node | null | undefined;
    if (pair.value === null && prev && isScalar(key) && key.type === 'PLAIN' && key.range && isScalar(value) && value.type === 'PLAIN' && value.range) {
      const between = yaml.slice(value.range[1], key.range[0]);
      if (/^[ \t]*,[ \t]*$/u.test(between)) {
        const whole = new Scalar(yaml.slice(value.range[0], key.range[1]));
        whole.type = 'PLAIN';
        whole.range = [value.range[0], key.range[1], key.range[2]];
        const joined = new Pair(prev.key, whole);
        if (!(value as Scalar & { merged?: true }).merged) merged(joined, value.range[1] + between.indexOf(','));
        Object.assign(whole, { merged: true });
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(pair);
  }
  return out;
}
