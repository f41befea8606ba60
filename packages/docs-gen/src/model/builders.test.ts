import { describe, expect, it } from 'vitest';
import { OfkitError } from '@ofkit/core';
import {
  defineDocument,
  frenchDate,
  heading,
  inline,
  keyValue,
  paragraph,
  section,
  signatures,
  strong,
  table,
} from './index.js';
import { documentText, issuerHeaderFooter, ndaSentence, plainText, walkBlocks } from '../internal.js';

describe('document model builders', () => {
  it('normalises inline input', () => {
    expect(inline('a')).toBe('a');
    expect(inline(['a ', strong('b')])).toEqual([{ text: 'a ' }, { text: 'b', bold: true }]);
    expect(plainText(inline(['a ', strong('b')]))).toBe('a b');
  });

  it('rejects a table whose rows do not match the columns, naming every bad row', () => {
    try {
      table(['A', 'B'], [['1'], ['1', '2'], ['1', '2', '3']]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      const err = e as OfkitError;
      expect(err.code).toBe('INVALID_TABLE');
      expect(err.issues.map((i) => i.path)).toEqual([
        ['rows', 0],
        ['rows', 2],
      ]);
    }
    expect(() => table([{ header: 'A', width: 0 }], [])).toThrow(OfkitError);
  });

  it('leaves out empty key-value items', () => {
    expect(keyValue([['a', '1'], ['b', undefined], ['c', '']]).items).toHaveLength(1);
  });

  it('builds header and footer from the issuer identity with the NDA sentence', () => {
    const { header, footer } = issuerHeaderFooter({
      name: 'Forma SAS',
      address: ['1 rue de la Paix', '69001 Lyon'],
      siret: '12345678900012',
      nda: '84691234569',
      ndaRegion: 'Auvergne-Rhône-Alpes',
    });
    expect(header).toEqual({ title: 'Forma SAS', lines: ['1 rue de la Paix', '69001 Lyon'] });
    expect(footer.lines[0]).toBe('Forma SAS — SIRET 123 456 789 00012');
    expect(footer.lines[1]).toContain('auprès du préfet de région d’Auvergne-Rhône-Alpes');
    expect(footer.lines[1]).toContain('ne vaut pas agrément de l’État');
    expect(footer.lines[1]).not.toContain("'");
    expect(ndaSentence({ name: 'x', nda: "en cours d'enregistrement" })).toContain('en cours');
    expect(ndaSentence({ name: 'x' })).toBeUndefined();
  });

  it('assembles a document and lists its text in reading order', () => {
    const doc = defineDocument({
      kind: 'note',
      title: 'Note',
      date: '2026-11-22',
      issuer: { name: 'Forma SAS' },
      blocks: [
        heading(1, 'Titre'),
        section([paragraph('Łódź'), signatures([{ role: 'Le stagiaire', name: 'Nguyễn Thị Hồng' }], { place: 'Lyon' })]),
      ],
    });
    expect(doc.meta).toMatchObject({ kind: 'note', language: 'fr', orientation: 'portrait', author: 'Forma SAS' });
    expect(doc.mentions).toEqual([]);
    const text = documentText(doc);
    expect(text.indexOf('Titre')).toBeLessThan(text.indexOf('Łódź'));
    expect(text).toContain('Nguyễn Thị Hồng');
    let n = 0;
    walkBlocks(doc.blocks, () => n++);
    expect(n).toBe(4);
  });

  it('formats French dates', () => {
    expect(frenchDate('2026-02-28')).toBe('28/02/2026');
    expect(frenchDate('bientôt')).toBe('bientôt');
  });
});
