/**
 * Hostile values and mutations for the fuzz suite: fast-check's `anything` with every option on,
 * plus objects that attack a validator: getters that throw, cycles, null prototypes, an own
 * `__proto__` key, BigInt, huge arrays and strings, revoked proxies.
 */
import fc from 'fast-check';

const FIELD_NAMES = ['date', 'price', 'kind', 'id', 'purchaseDate', 'blocks', 'meta', 'items', 'statements', 'rules', 'options', 'from', 'to', 'amount', 'values', 'type', 'text', 'level', 'organisation', 'session', 'learners', 'credits', 'topUps', 'profile', 'evidence'];

export const throwingGetter = fc.constantFrom(...FIELD_NAMES).map((key) => {
  const o: Record<string, unknown> = {};
  Object.defineProperty(o, key, { enumerable: true, get: () => { throw new Error('hostile getter'); } });
  return o;
});

export const cyclic = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.string(), fc.integer())).map((base) => {
  const o: Record<string, unknown> = { ...base };
  o['self'] = o;
  (o as { items?: unknown }).items = [o];
  return o;
});

export const protoKey = fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown);

export const nullProto = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.string(), fc.integer(), fc.constant(null))).map((base) => Object.assign(Object.create(null) as object, base));

/** Values fast-check cannot carry (it inspects what it generates): passed as lone arguments. */
export function specialValues(): unknown[] {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwingProxy = new Proxy({}, { get: () => { throw new Error('hostile proxy'); }, ownKeys: () => { throw new Error('hostile proxy'); } });
  return [proxy, throwingProxy, Symbol('s'), 10n, Object.create(null), () => 1];
}

export const huge = fc.oneof(
  fc.constant(null).map(() => 'x'.repeat(2_000_000)),
  fc.constant(null).map(() => new Array(50_000).fill('2026-01-01')),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(1e308),
  fc.constant(Infinity),
  fc.constant(Number.NaN),
  fc.constant('9999-12-31'),
  fc.constant('0000-01-01'),
);

export const anythingHostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withDate: true, maxDepth: 3 }) },
  { weight: 1, arbitrary: throwingGetter },
  { weight: 1, arbitrary: cyclic },
  { weight: 1, arbitrary: protoKey },
  { weight: 1, arbitrary: nullProto },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: huge },
);

/** One to three arbitrary arguments. */
export const anyArgs = fc.array(anythingHostile, { minLength: 0, maxLength: 3 });

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 12 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return out;
  for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (!d.enumerable || !('value' in d) || (Array.isArray(value) && k === 'length')) continue;
    const v: unknown = d.value;
    const p = [...prefix, Array.isArray(value) ? Number(k) : k];
    out.push(p);
    paths(v, p, out, depth + 1);
  }
  return out;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

const MUTATIONS = ['replace', 'delete', 'null', 'getter', 'cycle', 'proto', 'nullProto', 'wrongType'] as const;

function applyMutation(copy: unknown[], pathIndex: number, op: (typeof MUTATIONS)[number], replacement: unknown): unknown[] {
  const all = paths(copy);
  if (all.length === 0) return [replacement];
  const path = all[pathIndex % all.length]!;
  const key = path[path.length - 1]!;
  let parent: Record<string | number, unknown> = copy as unknown as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const current = parent[key];
  switch (op) {
    case 'replace':
      parent[key] = replacement;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'null':
      parent[key] = null;
      break;
    case 'getter':
      Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => { throw new Error('hostile getter'); } });
      break;
    case 'cycle':
      if (current !== null && typeof current === 'object') (current as Record<string, unknown>)['self'] = parent;
      else parent[key] = parent;
      break;
    case 'proto':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
        Object.defineProperty(current, '__proto__', { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
      } else parent[key] = JSON.parse('{"__proto__": {"polluted": "yes"}}');
      break;
    case 'nullProto':
      if (current !== null && typeof current === 'object' && !Array.isArray(current)) parent[key] = Object.assign(Object.create(null) as object, current);
      else parent[key] = Object.create(null);
      break;
    case 'wrongType':
      parent[key] = typeof current === 'string' ? 42 : typeof current === 'number' ? String(current) : Array.isArray(current) ? {} : typeof current === 'object' ? [] : { value: current };
      break;
  }
  return copy;
}

/** Mutations of a valid call: one deep change (wrong type, hostile value, deletion, cycle…). */
export function mutationsOf(seedArgs: readonly unknown[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...MUTATIONS), anythingHostile, fc.integer({ min: 1, max: 3 }))
    .map(([i, op, replacement, times]) => {
      let args = clone([...seedArgs]);
      for (let t = 0; t < times; t++) {
        try {
          args = applyMutation(args, i * (t + 1) + t, op, replacement);
        } catch {
          break; // a previous mutation (a throwing getter) hides the rest of the path
        }
      }
      return args;
    });
}
