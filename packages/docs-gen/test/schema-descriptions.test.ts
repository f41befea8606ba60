import { describe, expect, it } from 'vitest';
import { domainJsonSchemas } from '@ofkit/core';
import * as z from 'zod';
import { BpfDomainInputSchema, bpfInputJsonSchema, documentInputJsonSchema, lheoOfferJsonSchema, DOCUMENT_KINDS, type DocumentKind } from '../src/index.js';

type Json = Record<string, unknown>;

/**
 * Every property of a JSON Schema without a description, as a path (`.session.slots[].date`).
 * Walks properties, items, prefixItems, anyOf/oneOf/allOf, additionalProperties and $defs; a
 * property that is only a `$ref` counts as described when its definition is.
 */
export function undocumentedProperties(root: Json): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const defs = (root['$defs'] ?? {}) as Record<string, Json>;
  const deref = (s: Json | undefined): Json | undefined => {
    const ref = s?.['$ref'];
    return typeof ref === 'string' && ref.startsWith('#/$defs/') ? defs[ref.slice('#/$defs/'.length)] : undefined;
  };
  const walk = (s: unknown, path: string): void => {
    if (s === null || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    const o = s as Json;
    for (const [k, v] of Object.entries((o['properties'] ?? {}) as Record<string, Json>)) {
      const p = `${path}.${k}`;
      if (typeof v?.['description'] !== 'string' && typeof deref(v)?.['description'] !== 'string') out.push(p);
      walk(v, p);
    }
    if (o['items']) walk(o['items'], `${path}[]`);
    if (Array.isArray(o['prefixItems'])) o['prefixItems'].forEach((x, i) => walk(x, `${path}[${i}]`));
    for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(o[key])) (o[key] as unknown[]).forEach((x, i) => walk(x, `${path}<${key}[${i}]>`));
    if (o['additionalProperties'] && typeof o['additionalProperties'] === 'object') walk(o['additionalProperties'], `${path}{}`);
    const target = deref(o);
    if (target) walk(target, path);
  };
  walk(root, '');
  for (const [name, d] of Object.entries(defs)) walk(d, `$defs.${name}`);
  return out;
}

describe('every field of every input is documented (JSON Schema descriptions)', () => {
  it('the walker finds an undescribed property at any depth, through items, anyOf and $defs', () => {
    const schema = {
      type: 'object',
      $defs: { P: { type: 'object', description: 'd', properties: { ok: { type: 'string', description: 'd' }, bad: { type: 'string' } } } },
      properties: {
        a: { type: 'array', description: 'd', items: { type: 'object', properties: { b: { type: 'string' } } } },
        c: { description: 'd', anyOf: [{ type: 'object', properties: { e: { type: 'number' } } }, { type: 'null' }] },
        r: { $ref: '#/$defs/P' },
        u: { $ref: '#/$defs/Q' },
      },
    };
    expect(undocumentedProperties(schema).sort()).toEqual(['.a[].b', '.c<anyOf[0]>.e', '.r.bad', '.u'].sort());
  });

  it.each([...DOCUMENT_KINDS] as DocumentKind[])('%s: every property, nested ones included, has a description', (kind) => {
    const missing = undocumentedProperties(documentInputJsonSchema(kind));
    expect(missing, `${kind}: properties without a description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('covers the 14 kinds', () => {
    expect(DOCUMENT_KINDS.length).toBe(14);
  });

  it("core's domain records: every property has a description", () => {
    const missing = Object.entries(domainJsonSchemas()).flatMap(([name, s]) => undocumentedProperties(s).map((p) => `${name}${p}`));
    expect(missing).toEqual([]);
  });

  it('BPF input (computeBpf): every property, nested ones included, has a description', () => {
    const missing = undocumentedProperties(bpfInputJsonSchema());
    expect(missing, `BpfInputSchema: properties without a description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('BPF domain input (bpfInputFromDomain): every property, nested ones included, has a description', () => {
    const missing = undocumentedProperties(z.toJSONSchema(BpfDomainInputSchema, { io: 'input', unrepresentable: 'any' }) as Json);
    expect(missing, `BpfDomainInputSchema: properties without a description:\n${missing.join('\n')}`).toEqual([]);
  });

  it('LHÉO offer (toLheoXml): every property, nested ones included, has a description', () => {
    const missing = undocumentedProperties(lheoOfferJsonSchema());
    expect(missing, `LheoOfferSchema: properties without a description:\n${missing.join('\n')}`).toEqual([]);
  });
});
