/**
 * The follow-up spreadsheet reader (src/csv.ts) in-process: French cells (jj/mm/aaaa, decimal comma,
 * spaces as thousands separators), delimiters, BOM, headers matched without accents or case, every
 * bad cell reported with its row and column; and progress on standard error only on a terminal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfkitError, formatCivilDate, isCivilDate } from '@ofkit/core';
import { ENROLMENTS_TABLE, EVIDENCE_TABLE, INVOICES_TABLE, columnLetter, frenchDate, frenchDecimal, parseTable, template } from '../src/csv.js';
import { run } from '../src/index.js';
import { root } from './helpers.js';

function issuesOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    if (e instanceof OfkitError) return e.issues;
    throw e;
  }
  throw new Error('expected an OfkitError');
}

describe('French cells', () => {
  it('jj/mm/aaaa and ISO dates read as the same civil date; impossible dates are refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const fr = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (isCivilDate(iso)) {
          expect(frenchDate(fr)).toBe(formatCivilDate(y, m, d));
          expect(frenchDate(`${d}/${m}/${y}`)).toBe(iso);
          expect(frenchDate(iso)).toBe(iso);
        } else {
          expect(frenchDate(fr)).toBeUndefined();
        }
      }),
    );
    // mm/jj/aaaa (an English spreadsheet) is not silently swapped: 13 is no month.
    expect(frenchDate('12/13/2026')).toBeUndefined();
    expect(frenchDate('2026/01/15')).toBeUndefined();
  });

  it('a decimal with a comma and spaces (ordinary, no-break, narrow no-break) reads as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const grouped = units.toLocaleString('fr-FR'); // thousands separated by U+202F
        const c = String(cents).padStart(2, '0');
        expect(frenchDecimal(`${grouped},${c}`)).toBe(`${units}.${c}`);
        expect(frenchDecimal(`${String(units).replace(/\B(?=(\d{3})+$)/g, ' ')},${c}`)).toBe(`${units}.${c}`);
        expect(frenchDecimal(`${String(units).replace(/\B(?=(\d{3})+$)/g, '\u00a0')},${c}`)).toBe(`${units}.${c}`);
      }),
    );
    expect(frenchDecimal('14')).toBe('14');
    expect(frenchDecimal('1,2,3')).toBeUndefined();
    expect(frenchDecimal('quatorze')).toBeUndefined();
  });

  it('column letters as spreadsheets name them', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('parseTable', () => {
  it('every template reads back to its example row', () => {
    for (const table of [EVIDENCE_TABLE, ENROLMENTS_TABLE, INVOICES_TABLE]) {
      const rows = parseTable(template(table), table, 'modele.csv');
      expect(rows).toHaveLength(1);
      expect(Object.keys(rows[0]!).length).toBeGreaterThan(1);
    }
    expect(parseTable(template(INVOICES_TABLE), INVOICES_TABLE, 'f.csv')[0]).toMatchObject({ issueDate: '2025-09-17', amountHT: '1296.80' });
  });

  it('reads ; , and tab separators, with or without BOM, CRLF or LF, headers without accents or in another case, quoted cells', () => {
    const expected = [{ kind: 'programme', date: '2026-01-15', indicators: [1, 2] }, { kind: 'complaint-log', date: '2026-06-30', id: 'R;1' }];
    const variants = [
      '\uFEFFType de preuve;Date;Indicateurs;Identifiant\r\nprogramme;15/01/2026;1 2;\r\ncomplaint-log;30/06/2026;;"R;1"\r\n',
      'TYPE DE PREUVE,DATE,indicateurs,identifiant\nprogramme,15/01/2026,"1, 2",\ncomplaint-log,2026-06-30,,R;1\n',
      'type de preuve\tdate\tIndicateurs\tIdentifiant\nprogramme\t15/01/2026\t1;2\t\n\ncomplaint-log\t30/06/2026\t\tR;1\n',
    ];
    for (const v of variants) expect(parseTable(v, EVIDENCE_TABLE, 'p.csv')).toEqual(expected);
  });

  it('reports every bad cell with its row and column, in French and English, and unknown or missing columns', () => {
    const text = 'Inscription;Stagiaire;Session;Type de stagiaire;Statut;Heures suivies\nE1;L1;S1;;completed;14\n\nE2;;S1;;termine;1O\n';
    const issues = issuesOf(() => parseTable(text, ENROLMENTS_TABLE, 'inscriptions.csv'));
    // The blank line 3 is skipped: the spreadsheet row of E2 is 4, as the user sees it.
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['inscriptions.csv', 4, 'Stagiaire'], 'Ligne 4, colonne B (Stagiaire) : valeur requise.'],
      [['inscriptions.csv', 4, 'Statut'], 'Ligne 4, colonne E (Statut) : valeur « termine » inconnue ; valeurs possibles : completed, in-progress, abandoned, cancelled.'],
      [['inscriptions.csv', 4, 'Heures suivies'], 'Ligne 4, colonne F (Heures suivies) : nombre invalide « 1O » (ex. 1 296,80).'],
    ]);
    expect(issues[2]!.messageEn).toBe('Row 4, column F (Heures suivies): invalid number "1O" (e.g. 1 296,80).');
    const cols = issuesOf(() => parseTable('Inscription;Séance;Heures\nE1;S1;2\n', ENROLMENTS_TABLE, 'x.csv'));
    // « Heures » is accepted for « Heures suivies »; « Séance » is unknown; Stagiaire and Session are missing.
    expect(cols.map((i) => i.code)).toEqual(['unknown_column', 'missing_column', 'missing_column']);
    expect(cols[0]!.message).toContain('Colonne B « Séance » inconnue');
    expect(issuesOf(() => parseTable('', ENROLMENTS_TABLE, 'vide.csv'))[0]!.code).toBe('empty_csv');
    expect(issuesOf(() => parseTable('Inscription;Stagiaire\n"E1;L1\n', ENROLMENTS_TABLE, 'q.csv'))[0]!.code).toBe('invalid_csv');
  });
});

describe('progress', () => {
  const io = (isTTY: boolean) => {
    let err = '';
    let out = '';
    return {
      io: { stdin: [], stdout: { write: (s: string | Uint8Array) => void (out += String(s)) }, stderr: { isTTY, write: (s: string) => void (err += s) }, cwd: root },
      err: () => err,
      out: () => out,
    };
  };

  it('is written to standard error only when it is a terminal, never to standard output', async () => {
    const tty = io(true);
    expect(await run(['bpf', 'examples/data/bpf', '--format', 'csv'], tty.io)).toBe(0);
    expect(tty.err()).toContain('\rCalcul du BPF…');
    expect(tty.out()).not.toContain('Calcul');
    const pipe = io(false);
    expect(await run(['bpf', 'examples/data/bpf', '--format', 'csv'], pipe.io)).toBe(0);
    expect(pipe.err()).toBe('');
    expect(pipe.out()).toBe(tty.out());
  });
});
