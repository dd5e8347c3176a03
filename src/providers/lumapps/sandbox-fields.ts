/**
 * LumApps (Google Cloud Endpoints) `fields` partial responses for the simulator: the selector syntax
 * `a,b/c,d(e,f)` and `*`, applied to an answer, and a leaf counter for the projection tests.
 */
/** A parsed selector: key → sub-selector, or null for the whole value. */
export type FieldTree = Map<string, FieldTree | null>;

export function parseFields(selector: string): FieldTree {
  const text = selector.replace(/\s+/g, '');
  let i = 0;
  const fail = (): never => {
    throw new Error(`Invalid field selection ${selector}`);
  };
  const merge = (tree: FieldTree, key: string, sub: FieldTree | null) => {
    const existing = tree.get(key);
    if (existing === null || sub === null || existing === undefined) tree.set(key, existing === undefined ? sub : null);
    else for (const [k, v] of sub) merge(existing, k, v);
  };
  const list = (): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const m = /^(\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
        if (!m) fail();
        path.push(m![0]);
        i += m![0].length;
        if (text[i] !== '/') break;
        i += 1;
      }
      let sub: FieldTree | null = null;
      if (text[i] === '(') {
        i += 1;
        sub = list();
        if (text[i] !== ')') fail();
        i += 1;
      }
      let leaf: FieldTree | null = sub;
      for (let k = path.length - 1; k >= 1; k -= 1) leaf = new Map([[path[k]!, leaf]]);
      merge(tree, path[0]!, leaf);
      if (text[i] !== ',') return tree;
      i += 1;
    }
  };
  if (text === '') fail();
  const tree = list();
  if (i !== text.length) fail();
  return tree;
}

export function applyFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || tree.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => applyFields(v, tree));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    if (key in (value as Record<string, unknown>)) out[key] = applyFields((value as Record<string, unknown>)[key], sub);
  }
  return out;
}

/** How many leaf values a JSON value holds (the projection tests count them). */
export function countLeaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLeaves(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countLeaves(v), 0);
  return 1;
}
