// @ts-nocheck
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { readinessToMarkdown } from './markdown.js';
import { assessReadiness, type ReadinessResult } from './readiness.js';

// Exact output of readinessToMarkdown (issue 14, mutation score): every line of the report is
// stated here in full, written from what an OF must read (summary, to-do by risk, table, notes,
// references), not copied from a run.

/** A small readiness result as assessReadiness shapes it: a new entrant with one indicator deferred. */
const RESULT_A: ReadinessResult = {
  referential: { id: 'rnq-2019-v9', label: 'RNQ 2019 (guide de lecture V9)', status: 'confirmed', indicatorCount: 32 },
  auditDate: '2026-06-15',
  auditType: 'initial',
  profile: { name: 'Micro OF', categories: ['action-de-formation', 'bilan-de-competences', 'catégorie-inconnue'] },
  summary: { applicable: 4, covered: 1, partial: 1, missing: 1, deferred: 1, majorRisks: 1, minorRisks: 1, readinessPercent: '33.3' },
  indicators: [
    { number: 1, criterion: 1, title: 'Information du public sur les prestations', nonConformity: 'minor-or-major', newEntrant: null, auditScope: 'full', status: 'covered', risk: 'none', evidenceCount: 2, kindsPresent: [], missing: [], toVerify: [], rules: [] },
    { number: 2, criterion: 1, title: 'Indicateurs de résultats', nonConformity: 'major-only', newEntrant: null, auditScope: 'full', status: 'missing', risk: 'major', evidenceCount: 0, kindsPresent: [], missing: [{ code: 'A', message: 'Taux | abandons | satisfaction', messageEn: '' }, { code: 'B', message: 'Méthode\nde calcul', messageEn: '' }], toVerify: [], rules: [] },
    { number: 13, criterion: 3, title: 'Coordination centre | entreprise | alternance', nonConformity: 'minor-or-major', newEntrant: 'deferred', auditScope: 'process-only', status: 'deferred', risk: 'none', evidenceCount: 0, kindsPresent: [], missing: [], toVerify: [], rules: [] },
    { number: 30, criterion: 7, title: 'Recueil des appréciations', nonConformity: 'minor-or-major', newEntrant: null, auditScope: 'full', status: 'partial', risk: 'minor', evidenceCount: 1, kindsPresent: [], missing: [{ code: 'C', message: 'Enquête à froid absente', messageEn: '' }], toVerify: [], rules: [] },
  ],
  rules: [],
  todo: [
    { priority: 1, indicator: 2, title: 'Indicateurs de résultats', risk: 'major', action: 'Publier les taux de l’année.', actionEn: '' },
    { priority: 2, indicator: 30, title: 'Recueil des appréciations', risk: 'minor', action: 'Ajouter une enquête à froid.', actionEn: '' },
    { priority: 3, indicator: 13, title: 'Coordination centre/entreprise', risk: 'none', action: 'Vérifier le livret d’alternance.', actionEn: '' },
  ],
  evidence: { items: 5, used: 3, ignoredAfterAuditDate: 2, sessions: 1 },
  explanation: [],
  warnings: [
    { code: 'PRACTICE_RULE', message: 'Règle « satisfaction-every-finished-session » (indicateur 30) : pratique, non imposée telle quelle par un texte.', messageEn: '' },
    { code: 'MINORS_COUNT_AS_MAJOR', message: '5 risques de NC mineures : 5 NC mineures non levées valent une NC majeure (source secondaire).', messageEn: '' },
    { code: 'PARAMETER_PROVISIONAL', message: 'Colonnes | à confirmer\nau Journal officiel', messageEn: '' },
    { code: 'PRACTICE_RULE', message: 'Règle « règle-retirée » (indicateur 9) : pratique, non imposée telle quelle par un texte.', messageEn: '' },
  ],
  references: [
    { title: 'Arrêté du 6 juin 2019, art. 5', url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038565262' },
    { title: 'Guide de lecture V9' },
  ],
} as never;

const HOW_TO_READ =
  '**Comment lire ce tableau.** ✅ couvert : les preuves attendues sont là et les contrôles de fond passent. 🟠 partiel : il manque une preuve ou un contrôle échoue. ❌ sans preuve : rien ne se rattache à l’indicateur. ⏳ reporté : nouvel entrant, indicateur audité seulement à la surveillance. ᴹ : indicateur qui n’admet que des non-conformités majeures (arrêté du 6 juin 2019 modifié, art. 5) ; pour les autres, un manque partiel est en général une NC mineure. « Preuves » compte les pièces rattachées à l’indicateur.';
const MAJOR_LINE =
  '- **1 risque(s) de non-conformité majeure.** Une NC majeure doit être corrigée dans les 3 mois, sinon la certification est refusée (audit initial ou de renouvellement) ou suspendue (audit de surveillance).';

const EXPECTED_A = [
  "# Préparation à l'audit Qualiopi — Micro OF",
  '',
  '- Audit **initial** du **2026-06-15** — RNQ 2019 (guide de lecture V9) (32 indicateurs).',
  '- Catégories d’actions : action de formation, bilan de compétences, catégorie-inconnue.',
  '- Preuves examinées : 3 (sur 5 fournies ; 2 datée(s) après l’audit, ignorée(s)) ; 1 session(s).',
  '',
  '## En bref',
  '',
  'Sur **4** indicateurs applicables (dont 1 reporté(s) à l’audit de surveillance), **1** sont couverts, **1** le sont en partie et **1** n’ont aucune preuve : 33.3 % des 3 indicateurs audités sont prêts.',
  '',
  MAJOR_LINE,
  '- 1 risque(s) de non-conformité mineure : plan d’action à mettre en œuvre sous 6 mois, vérifié à l’audit suivant.',
  '- Attention : 5 NC mineures non levées comptent comme une NC majeure (source secondaire) ; en lever quelques-unes avant l’audit.',
  '',
  '| Applicables | Couverts | Partiels | Sans preuve | Reportés | Risques majeurs | Risques mineurs | Prêts |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  '| 4 | 1 | 1 | 1 | 1 | 1 | 1 | 33.3 % |',
  '',
  '## À faire, par priorité',
  '',
  '### Risque de NC majeure — à traiter en premier',
  '',
  '1. **Indicateur 2** (Indicateurs de résultats) : Publier les taux de l’année.',
  '',
  '### Risque de NC mineure',
  '',
  '2. **Indicateur 30** (Recueil des appréciations) : Ajouter une enquête à froid.',
  '',
  '### À vérifier (données insuffisantes pour conclure)',
  '',
  '3. **Indicateur 13** (Coordination centre/entreprise) : Vérifier le livret d’alternance.',
  '',
  '## Détail par indicateur',
  '',
  '| Ind. | Crit. | Intitulé | Statut | Risque | Preuves | Ce qui manque |',
  '|---:|---:|---|---|---|---:|---|',
  '| 1 | 1 | Information du public sur les prestations | ✅ couvert | — | 2 |  |',
  '| 2 | 1 | Indicateurs de résultats ᴹ | ❌ sans preuve | **NC majeure** | 0 | Taux \\| abandons \\| satisfaction ; Méthode de calcul |',
  '| 13 | 3 | Coordination centre \\| entreprise \\| alternance | ⏳ reporté | — | 0 | processus formalisé seulement (nouvel entrant) |',
  '| 30 | 7 | Recueil des appréciations | 🟠 partiel | NC mineure | 1 | Enquête à froid absente |',
  '',
  HOW_TO_READ,
  '',
  '## Points d’interprétation',
  '',
  // other warnings first (escaped: a pipe would break nothing here, but a newline would end the item)
  '- Colonnes \\| à confirmer au Journal officiel',
  // practice rules by their catalogue label; an id the catalogue no longer has is shown as is
  '- Contrôles issus de la pratique, non imposés tels quels par un texte : Satisfaction recueillie pour chaque session terminée (ind. 30) ; règle-retirée.',
  '',
  '## Références',
  '',
  '- Arrêté du 6 juin 2019, art. 5 — https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038565262',
  '- Guide de lecture V9',
  '',
].join('\n');

/** A surveillance audit on the provisional 2026 référentiel, nothing to do, no warning. */
const RESULT_B: ReadinessResult = {
  ...RESULT_A,
  referential: { id: 'rnq-2026', label: 'RNQ 2026 (décret n° 2026-728)', status: 'provisional', indicatorCount: 33 },
  auditDate: '2026-12-01',
  auditType: 'surveillance',
  profile: { categories: ['vae', 'apprentissage'] },
  summary: { applicable: 1, covered: 1, partial: 0, missing: 0, deferred: 0, majorRisks: 0, minorRisks: 0, readinessPercent: '100.0' },
  indicators: [RESULT_A.indicators[0]],
  todo: [],
  evidence: { items: 2, used: 2, ignoredAfterAuditDate: 0, sessions: 0 },
  warnings: [],
  references: [],
} as never;

const EXPECTED_B = [
  "# Préparation à l'audit Qualiopi",
  '',
  '- Audit **de surveillance** du **2026-12-01** — RNQ 2026 (décret n° 2026-728) (33 indicateurs, **version provisoire**).',
  '- Catégories d’actions : VAE, apprentissage.',
  '- Preuves examinées : 2 (sur 2 fournies) ; 0 session(s).',
  '',
  '## En bref',
  '',
  'Sur **1** indicateurs applicables, **1** sont couverts, **0** le sont en partie et **0** n’ont aucune preuve : 100.0 % des 1 indicateurs audités sont prêts.',
  '',
  '- Aucun risque de non-conformité majeure.',
  '',
  '| Applicables | Couverts | Partiels | Sans preuve | Reportés | Risques majeurs | Risques mineurs | Prêts |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  '| 1 | 1 | 0 | 0 | 0 | 0 | 0 | 100.0 % |',
  '',
  '## À faire, par priorité',
  '',
  'Rien à signaler.',
  '## Détail par indicateur',
  '',
  '| Ind. | Crit. | Intitulé | Statut | Risque | Preuves | Ce qui manque |',
  '|---:|---:|---|---|---|---:|---|',
  '| 1 | 1 | Information du public sur les prestations | ✅ couvert | — | 2 |  |',
  '',
  HOW_TO_READ,
  '',
  '## Références',
  '',
  '',
].join('\n');

describe('readinessToMarkdown — exact report', () => {
  it('a new entrant with a major, a minor and a deferred indicator, warnings and references', () => {
    expect(readinessToMarkdown(RESULT_A)).toBe(EXPECTED_A);
  });

  it('a surveillance audit on a provisional référentiel with nothing to do', () => {
    expect(readinessToMarkdown(RESULT_B)).toBe(EXPECTED_B);
  });

  it('the audit type is named in French for each of the three audits', () => {
    const line = (auditType: string) => readinessToMarkdown({ ...RESULT_B, auditType } as never).split('\n')[2];
    expect(line('initial')).toMatch(/^- Audit \*\*initial\*\* du/);
    expect(line('surveillance')).toMatch(/^- Audit \*\*de surveillance\*\* du/);
    expect(line('renewal')).toMatch(/^- Audit \*\*de renouvellement\*\* du/);
  });

  it('minor risks alone: no major line, the minor line, and no "5 minors" line without its warning', () => {
    const md = readinessToMarkdown({ ...RESULT_B, summary: { ...RESULT_B.summary, minorRisks: 2 } } as never);
    expect(md).toContain('\n- Aucun risque de non-conformité majeure.\n- 2 risque(s) de non-conformité mineure : plan d’action à mettre en œuvre sous 6 mois, vérifié à l’audit suivant.\n\n');
    expect(md).not.toContain('Attention : 5 NC mineures');
  });

  it('the interpretation section appears for practice rules alone and for other warnings alone', () => {
    const practice = readinessToMarkdown({ ...RESULT_B, warnings: [RESULT_A.warnings[0]] } as never);
    expect(practice).not.toContain('Attention : 5 NC mineures');
    expect(practice).toContain(`${HOW_TO_READ}\n\n## Points d’interprétation\n\n- Contrôles issus de la pratique, non imposés tels quels par un texte : Satisfaction recueillie pour chaque session terminée (ind. 30).\n\n## Références`);
    const other = readinessToMarkdown({ ...RESULT_B, warnings: [RESULT_A.warnings[2]] } as never);
    expect(other).toContain(`${HOW_TO_READ}\n\n## Points d’interprétation\n\n- Colonnes \\| à confirmer au Journal officiel\n\n## Références`);
    // a practice warning that names no rule (never made by assessReadiness) is listed empty, without failing
    const unnamed = readinessToMarkdown({ ...RESULT_B, warnings: [{ code: 'PRACTICE_RULE', message: 'Règle sans identifiant.', messageEn: '' }] } as never);
    expect(unnamed).toContain('\n- Contrôles issus de la pratique, non imposés tels quels par un texte : .\n');
    // the "5 minors" warning is said in the summary, not repeated among the interpretation points
    const minors = readinessToMarkdown({ ...RESULT_B, warnings: [RESULT_A.warnings[1]] } as never);
    expect(minors).not.toContain('## Points d’interprétation');
    expect(minors).toContain('- Attention : 5 NC mineures non levées comptent comme une NC majeure');
  });
});

describe('readinessToMarkdown — options', () => {
  it('title replaces the default heading and keeps the OF name', () => {
    expect(readinessToMarkdown(RESULT_A, { title: 'Audit blanc' }).split('\n')[0]).toBe('# Audit blanc — Micro OF');
    expect(readinessToMarkdown(RESULT_B, { title: 'Audit blanc' }).split('\n')[0]).toBe('# Audit blanc');
    expect(readinessToMarkdown(RESULT_B, {}).split('\n')[0]).toBe("# Préparation à l'audit Qualiopi");
    // a title that is not text is not printed: the default heading stays
    expect(readinessToMarkdown(RESULT_B, { title: 42 } as never).split('\n')[0]).toBe("# Préparation à l'audit Qualiopi");
  });

  it('maxTodo cuts the to-do list in priority order and says how many are left', () => {
    const todo = (maxTodo: number) => {
      const md = readinessToMarkdown(RESULT_A, { maxTodo });
      return md.slice(md.indexOf('## À faire, par priorité'), md.indexOf('## Détail par indicateur'));
    };
    expect(todo(1)).toBe(
      '## À faire, par priorité\n\n### Risque de NC majeure — à traiter en premier\n\n1. **Indicateur 2** (Indicateurs de résultats) : Publier les taux de l’année.\n\n… et 2 autre(s) point(s) (voir le détail par indicateur).\n\n',
    );
    expect(todo(0)).toBe('## À faire, par priorité\n\n… et 3 autre(s) point(s) (voir le détail par indicateur).\n\n');
    // exactly as many entries as the list has: nothing is left out, no "… et" line
    expect(todo(3)).not.toContain('… et');
    expect(todo(3)).toContain('3. **Indicateur 13**');
    // default 30: a list of 31 entries shows 30 and announces one more
    const many = Array.from({ length: 31 }, (_, k) => ({ priority: k + 1, indicator: 1, title: 'T', risk: 'none', action: 'A', actionEn: 'A' }));
    const md = readinessToMarkdown({ ...RESULT_B, todo: many } as never);
    expect(md).toContain('\n30. **Indicateur 1** (T) : A\n\n… et 1 autre(s) point(s) (voir le détail par indicateur).\n');
    expect(md).not.toContain('31. **Indicateur');
  });

  it('rejects a maxTodo that is not a non-negative integer, in both languages', () => {
    for (const maxTodo of [-1, 1.5, '3', Number.NaN, 2 ** 53]) {
      try {
        readinessToMarkdown(RESULT_B, { maxTodo } as never);
        expect.fail(`maxTodo ${String(maxTodo)} accepted`);
      } catch (e) {
        expect(e).toBeInstanceOf(OfkitError);
        expect((e as OfkitError).issues.map((i) => [i.path, i.code, i.message, i.messageEn])).toEqual([
          [['options', 'maxTodo'], 'invalid_count', 'maxTodo : entier positif ou nul attendu.', 'maxTodo: non-negative integer expected.'],
        ]);
      }
    }
  });
});

describe('readinessToMarkdown — input errors', () => {
  const issues = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      return (e as OfkitError).issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, messageEn: i.messageEn }));
    }
    throw new Error('no error thrown');
  };

  it('not an object: one issue on result', () => {
    expect(issues(() => readinessToMarkdown(42 as never))).toEqual([
      { path: 'result', code: 'invalid_type', message: 'Résultat attendu : la valeur renvoyée par assessReadiness.', messageEn: 'Expected the value returned by assessReadiness.' },
    ]);
  });

  it('an object with no field: every missing part is named', () => {
    expect(issues(() => readinessToMarkdown({} as never))).toEqual([
      ...['summary', 'referential', 'profile', 'evidence'].map((k) => ({ path: `result.${k}`, code: 'invalid_type', message: `Champ « ${k} » manquant : passer le résultat de assessReadiness.`, messageEn: `Missing "${k}": pass the result of assessReadiness.` })),
      ...['indicators', 'todo', 'warnings', 'references'].map((k) => ({ path: `result.${k}`, code: 'invalid_type', message: `Champ « ${k} » : liste attendue.`, messageEn: `"${k}": array expected.` })),
    ]);
  });

  it('a field of the wrong shape is named alone (null is not an object; an object is not a list)', () => {
    expect(issues(() => readinessToMarkdown({ ...RESULT_A, profile: null } as never)).map((i) => i.path)).toEqual(['result.profile']);
    expect(issues(() => readinessToMarkdown({ ...RESULT_A, todo: {} } as never)).map((i) => i.path)).toEqual(['result.todo']);
  });

  it('a getter that throws is reported as unreadable at the field being read', () => {
    const r = { ...RESULT_A };
    Object.defineProperty(r, 'evidence', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(issues(() => readinessToMarkdown(r as never))).toEqual([
      { path: 'result.evidence', code: 'unreadable', message: 'Valeur illisible (accesseur ou proxy qui lève une exception).', messageEn: 'Unreadable value (a getter or proxy that throws).' },
    ]);
    const o = {};
    Object.defineProperty(o, 'title', { get: () => { throw new Error('boom'); }, enumerable: true });
    expect(issues(() => readinessToMarkdown(RESULT_A, o as never)).map((i) => [i.path, i.code])).toEqual([['options', 'unreadable']]);
  });

  it('null options are ignored (defaults apply)', () => {
    expect(readinessToMarkdown(RESULT_B, null as never)).toBe(EXPECTED_B);
  });
});

describe('readinessToMarkdown — on a result of assessReadiness', () => {
  it('a name or a title cannot inject Markdown or HTML: line breaks become spaces, markup characters are escaped', () => {
    const r = assessReadiness({ name: 'Forma\n# Injecté <img src=x onerror=alert(1)> [lien](javascript:alert(1))', categories: ['bilan-de-competences'] }, { items: [] }, { auditDate: '2026-06-15' });
    const md = readinessToMarkdown(r, { title: 'Rapport\r## faux titre\u2028- faux point' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Rapport ## faux titre - faux point — Forma # Injecté \\<img src=x onerror=alert(1)\\> \\[lien\\](javascript:alert(1))');
    expect(lines[1]).toBe('');
    expect(md).not.toContain('\r');
    expect(md.split('\n').filter((l) => l.startsWith('#'))[1]).toBe('## En bref');
  });

  it('a bilan de compétences with no evidence: every applicable indicator is a row, each without evidence', () => {
    const r = assessReadiness({ name: 'Cabinet | Bilan', categories: ['bilan-de-competences'] }, { items: [] }, { auditDate: '2026-06-15' });
    const md = readinessToMarkdown(r);
    // `|` is escaped like every markup character of a name (it renders as « | »).
    expect(md.split('\n')[0]).toBe("# Préparation à l'audit Qualiopi — Cabinet \\| Bilan");
    expect(md).toContain('- Catégories d’actions : bilan de compétences.');
    expect(md).toContain('- Preuves examinées : 0 (sur 0 fournies) ; 0 session(s).');
    const rows = md.slice(md.indexOf('## Détail par indicateur')).split('\n').filter((l) => /^\| \d+ \| \d \| /.test(l));
    expect(rows.map((l) => Number(l.split(' | ')[0].slice(2)))).toEqual(r.indicators.map((i) => i.number));
    for (const l of rows) expect(l).toContain('| ❌ sans preuve | **NC majeure** | 0 |');
  });
});
