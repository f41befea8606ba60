import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import { checkMentions, createDocument, DOCUMENT_KINDS, renderHtml, renderMarkdown, type DocumentKind } from '../src/index.js';
import { completeInputs } from './fixtures.js';

describe('every kind builds from complete data', () => {
  const inputs = completeInputs();
  for (const kind of DOCUMENT_KINDS) {
    it(kind, () => {
      const data = inputs[kind];
      let missing;
      try {
        missing = checkMentions(kind, data as never);
      } catch (e) {
        if (e instanceof OfkitError) throw new Error(JSON.stringify(e.issues, null, 1));
        throw e;
      }
      expect(missing.map((m) => `${m.code} ${m.message}`)).toEqual([]);
      const doc = createDocument(kind as DocumentKind, data as never);
      expect(doc.meta.kind).toBe(kind);
      expect(doc.meta.language).toBe('fr');
      expect(doc.mentions.every((m) => m.status === 'present')).toBe(true);
      expect(renderHtml(doc)).toContain('<!DOCTYPE html>');
      expect(renderMarkdown(doc).length).toBeGreaterThan(100);
    });
  }
});

describe('explanation steps of the law parameters a document reads', () => {
  it('say the same thing in English as in French: the English label of the parameter, its value and the date', () => {
    const inputs = completeInputs();
    let seen = 0;
    for (const kind of Object.keys(inputs) as DocumentKind[]) {
      const doc = createDocument(kind, inputs[kind] as never);
      for (const step of doc.explanation.filter((s) => s.code.startsWith('PARAM_'))) {
        seen++;
        expect(step.labelEn, `${kind} ${step.code}`).toMatch(/^[^«»]+: .+ \(in force on \d{4}-\d{2}-\d{2}\)$/);
        expect(step.labelEn).not.toMatch(/^Parameter /);
        expect(step.label).toMatch(/ : .+ \(en vigueur au \d{4}-\d{2}-\d{2}\)$/);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});
