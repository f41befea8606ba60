import { describe, expect, it } from 'vitest';
import * as defsDomain from './domain-defs.js';
import * as defsPrimitives from './primitives-defs.js';
import * as schemas from './index.js';
import { AttendanceRecordSchemaLazy, SessionSchemaLazy } from '../internal.js';

describe('schema builders (issue 13, cold start)', () => {
  it('every public schema is the instance its builder returns, and every builder has its public schema', () => {
    const builders = { ...defsPrimitives, ...defsDomain } as Record<string, unknown>;
    const lazyNames = Object.keys(builders).filter((k) => k.endsWith('SchemaLazy'));
    expect(lazyNames.length).toBe(34);
    for (const name of lazyNames) {
      const pub = (schemas as Record<string, unknown>)[name.slice(0, -'Lazy'.length)];
      expect(pub, name).toBeDefined();
      expect((builders[name] as () => unknown)(), name).toBe(pub);
    }
  });

  it('the two builders rnq reaches through @ofkit/core/internal give the public SessionSchema and AttendanceRecordSchema', () => {
    expect(SessionSchemaLazy()).toBe(schemas.SessionSchema);
    expect(AttendanceRecordSchemaLazy()).toBe(schemas.AttendanceRecordSchema);
  });
});
