/**
 * A stable, total description of any JavaScript value, used by the fuzz suite to compare two
 * results (determinism) and an argument before and after a call (no mutation). Never throws:
 * cycles, BigInt, symbols, null prototypes, typed arrays and getters are all described.
 * With `invokeGetters: false` (arguments, which may be hostile) an accessor is described, not run.
 */
export function snapshot(value: unknown, options: { invokeGetters: boolean } = { invokeGetters: true }): string {
  const seen = new Map<object, number>();
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 0) {
      try {
        walkInner(v, depth);
      } catch (e) {
        out.push(`<unreadable: ${e instanceof Error ? e.message : typeof e}>`);
      }
      return;
    }
    walkInner(v, depth);
  };
  const walkInner = (v: unknown, depth: number): void => {
    if (depth > 200) {
      out.push('…');
      return;
    }
    switch (typeof v) {
      case 'undefined':
        out.push('u');
        return;
      case 'string':
        out.push(JSON.stringify(v));
        return;
      case 'number':
        out.push(Object.is(v, -0) ? '-0' : String(v));
        return;
      case 'bigint':
        out.push(`${v}n`);
        return;
      case 'boolean':
        out.push(String(v));
        return;
      case 'symbol':
        out.push(`sym(${String(v.description)})`);
        return;
      case 'function':
        out.push(`fn(${v.name})`);
        return;
    }
    if (v === null) {
      out.push('null');
      return;
    }
    const o = v as object;
    const id = seen.get(o);
    if (id !== undefined) {
      out.push(`#${id}`);
      return;
    }
    seen.set(o, seen.size);
    if (ArrayBuffer.isView(o)) {
      const bytes = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
      let h = 2166136261;
      for (const b of bytes) h = Math.imul(h ^ b, 16777619) >>> 0;
      out.push(`bytes(${bytes.length}:${h})`);
      return;
    }
    if (o instanceof Date) {
      out.push(`date(${o.getTime()})`);
      return;
    }
    if (o instanceof Map || o instanceof Set) {
      out.push(o instanceof Map ? 'map{' : 'set{');
      for (const e of o as Iterable<unknown>) walk(e, depth + 1);
      out.push('}');
      return;
    }
    const proto = Object.getPrototypeOf(o);
    out.push(Array.isArray(o) ? '[' : proto === null ? 'null-proto{' : '{');
    let keys: (string | symbol)[];
    try {
      keys = Reflect.ownKeys(o);
    } catch {
      out.push('<keys threw>}');
      return;
    }
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(o, k);
      if (!d) continue;
      if (k === 'stack' && o instanceof Error) continue; // where it was thrown, not what

      if (!Array.isArray(o) || typeof k !== 'string' || k !== 'length') out.push(typeof k === 'symbol' ? `[sym ${String(k.description)}]:` : `${JSON.stringify(k)}:`);
      if ('value' in d) {
        if (!(Array.isArray(o) && k === 'length')) walk(d.value, depth + 1);
      } else if (options.invokeGetters && d.get) {
        try {
          walk(d.get.call(o), depth + 1);
        } catch (e) {
          out.push(`<getter threw ${e instanceof Error ? e.message : typeof e}>`);
        }
      } else out.push('<accessor>');
      out.push(',');
    }
    // toJSON is how our results serialise: describe it as well, where it exists on the prototype chain.
    if (options.invokeGetters && proto !== null && proto !== Object.prototype && proto !== Array.prototype) {
      const toJSON = (o as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        try {
          out.push('toJSON=');
          walk(toJSON.call(o), depth + 1);
        } catch (e) {
          out.push(`<toJSON threw ${e instanceof Error ? e.message : typeof e}>`);
        }
      }
    }
    out.push(Array.isArray(o) ? ']' : '}');
  };
  const safeWalk = (v: unknown, depth: number): void => {
    try {
      walk(v, depth);
    } catch (e) {
      out.push(`<unreadable: ${e instanceof Error ? e.message : typeof e}>`);
    }
  };
  safeWalk(value, 0);
  return out.join('');
}
