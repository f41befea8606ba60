// @ts-nocheck
import { OfkitError } from '@ofkit/core';
import { describe, expect, it } from 'vitest';
import { rnqRules } from '../referential/rules.js';
import { nonConformityDeadlines } from './non-conformity.js';

// Deadlines after a Qualiopi non-conformity, arrêté du 6 juin 2019 modifié, art. 5 (2023 version,
// LEGIARTI000047653706; ../shared/domain/rnq-v9.md §4):
// - major NC: corrective actions effective within 3 months of notification, verified by the
//   certifier within 1 month after those 3 months; otherwise refusal (initial audit; a renewal is
//   run as an initial audit) or suspension (surveillance audit);
// - minor NC: action plan implemented within 6 months, checked at the next audit, requalified as
//   major if not lifted there;
// - 5 minors not lifted count as one major: secondary source only (certipilot S16, « 5 NC mineures
//   non levées à la prise de décision »; S30 « au moins 5 »), so a provisional parameter with a
//   warning and an `ignore` option.
// Months are added with core addMonths, `clamp` by default (no 30 February: the last day).

const ART5 = 'Arrêté du 6 juin 2019 modifié, art. 5';
const articles = (refs: readonly { article: string }[] | undefined) => (refs ?? []).map((r) => r.article);

describe('nonConformityDeadlines — the whole result', () => {
  it('major NC at a surveillance audit: 3 months, then 1 month, then suspension', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'major', auditType: 'surveillance' });
    expect(r.grade).toBe('major');
    expect(r.effectiveGrade).toBe('major');
    expect(r.auditType).toBe('surveillance');
    expect(r.correctiveActionBy).toBe('2027-02-22');
    expect(r.verificationBy).toBe('2027-03-22');
    expect(r.ifNotLifted).toBe('suspension');
    // the fields of a minor NC are absent, not empty
    expect('actionPlanImplementedBy' in r || 'checkedAt' in r).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(articles(r.references)).toEqual([ART5]);
    expect(r.explanation.map((s) => [s.code, s.label, s.labelEn])).toEqual([
      ['MAJOR_CORRECTIVE', 'NC majeure notifiée le 2026-11-22 : actions correctives effectives sous 3 mois, soit le 2027-02-22.', 'Major NC notified 2026-11-22: corrective actions effective within 3 months, by 2027-02-22.'],
      ['MAJOR_VERIFICATION', 'Vérification par le certificateur dans le mois suivant, au plus tard le 2027-03-22 (audit complémentaire possible).', 'Verification by the certifier within the following month, by 2027-03-22.'],
      ['IF_NOT_LIFTED', 'À défaut : suspension de la certification.', 'Otherwise: certification suspended.'],
      ['END_OF_MONTH', 'Règle de fin de mois : clamp.', 'End-of-month policy: clamp.'],
    ]);
    // each deadline cites art. 5 (the months are dated parameters of rnqRules); the consequence
    // cites art. 5 and the audit arrêté
    expect(articles(r.explanation[0].references)).toEqual([ART5]);
    expect(articles(r.explanation[1].references)).toEqual([ART5]);
    expect(articles(r.explanation[2].references)).toEqual([ART5, "Arrêté du 6 juin 2019 (modalités d'audit), modifié par l'arrêté du 31 mai 2023"]);
  });

  it('major NC at an initial audit and at a renewal: refusal, reapply after 3 months', () => {
    const initial = nonConformityDeadlines({ notifiedOn: '2026-03-10', grade: 'major', auditType: 'initial' });
    expect(initial.ifNotLifted).toBe('refusal');
    expect(initial.explanation[2]).toMatchObject({ code: 'IF_NOT_LIFTED', label: 'À défaut : refus de certification (audit initial) ; nouvelle demande possible après 3 mois.', labelEn: 'Otherwise: certification refused; new application after 3 months.' });
    const renewal = nonConformityDeadlines({ notifiedOn: '2026-03-10', grade: 'major', auditType: 'renewal' });
    expect(renewal.ifNotLifted).toBe('refusal');
    expect(renewal.auditType).toBe('renewal');
    expect(renewal.explanation[2].label).toBe('À défaut : refus de certification (audit de renouvellement, mené comme un audit initial) ; nouvelle demande possible après 3 mois.');
  });

  it('minor NC: 6 months, checked at the next audit, requalified major if still open', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-08-31', grade: 'minor', auditType: 'initial', openMinorCount: 1 });
    expect(r).toMatchObject({ grade: 'minor', effectiveGrade: 'minor', auditType: 'initial', actionPlanImplementedBy: '2027-02-28', checkedAt: 'next-audit', ifNotLifted: 'requalified-major' });
    expect('correctiveActionBy' in r || 'verificationBy' in r).toBe(false);
    expect(r.warnings).toEqual([]);
    expect(articles(r.references)).toEqual([ART5]);
    expect(r.explanation.map((s) => [s.code, s.label, s.labelEn])).toEqual([
      ['MINOR_PLAN', 'NC mineure notifiée le 2026-08-31 : plan d’action transmis dans le délai fixé par le certificateur, mis en œuvre sous 6 mois, soit le 2027-02-28.', 'Minor NC notified 2026-08-31: action plan implemented within 6 months, by 2027-02-28.'],
      ['MINOR_CHECK', 'Vérifiée au prochain audit ; requalifiée en NC majeure si elle n’est pas levée.', 'Checked at the next audit; requalified as major if not lifted.'],
      ['END_OF_MONTH', 'Règle de fin de mois : clamp.', 'End-of-month policy: clamp.'],
    ]);
    expect(articles(r.explanation[0].references)).toEqual([ART5]);
    expect(articles(r.explanation[1].references)).toEqual([ART5]);
  });
});

describe('nonConformityDeadlines — boundary dates', () => {
  it('end of month: clamp by default, overflow and end-of-month on request', () => {
    // 30 November + 3 months: there is no 30 February 2027 (not a leap year)
    const clamp = nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'major', auditType: 'initial' });
    expect([clamp.correctiveActionBy, clamp.verificationBy]).toEqual(['2027-02-28', '2027-03-28']);
    // overflow: 30 Feb → 2 March, then + 1 month → 2 April
    const overflow = nonConformityDeadlines({ notifiedOn: '2026-11-30', grade: 'major', auditType: 'initial', endOfMonth: 'overflow' });
    expect([overflow.correctiveActionBy, overflow.verificationBy]).toEqual(['2027-03-02', '2027-04-02']);
    expect(overflow.explanation.at(-1)).toMatchObject({ code: 'END_OF_MONTH', label: 'Règle de fin de mois : overflow.', labelEn: 'End-of-month policy: overflow.' });
    // the minor deadline uses the same policy: 31 August + 6 months
    expect(nonConformityDeadlines({ notifiedOn: '2026-08-31', grade: 'minor', auditType: 'initial', endOfMonth: 'overflow' }).actionPlanImplementedBy).toBe('2027-03-03');
    expect(nonConformityDeadlines({ notifiedOn: '2026-08-31', grade: 'minor', auditType: 'initial', endOfMonth: 'end-of-month' }).explanation.at(-1)?.label).toBe('Règle de fin de mois : end-of-month.');
  });

  it('leap year: 29 February exists in 2028', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2027-11-29', grade: 'major', auditType: 'surveillance' });
    expect([r.correctiveActionBy, r.verificationBy]).toEqual(['2028-02-29', '2028-03-29']);
    expect(nonConformityDeadlines({ notifiedOn: '2027-08-31', grade: 'minor', auditType: 'surveillance' }).actionPlanImplementedBy).toBe('2028-02-29');
  });

  it('year change: a major notified in October is verified in February', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-10-31', grade: 'major', auditType: 'initial' });
    expect([r.correctiveActionBy, r.verificationBy]).toEqual(['2027-01-31', '2027-02-28']);
  });
});

describe('nonConformityDeadlines — five open minors count as one major (secondary source)', () => {
  it('4 open minors: nothing accumulates, no warning, no secondary reference', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'initial', openMinorCount: 4 });
    expect(r.effectiveGrade).toBe('minor');
    expect(r.warnings).toEqual([]);
    expect(r.explanation.map((s) => s.code)).toEqual(['MINOR_PLAN', 'MINOR_CHECK', 'END_OF_MONTH']);
    expect(articles(r.references)).toEqual([ART5]);
  });

  it('5 open minors (this one included): graded major, with a provisional-value warning and the secondary source', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'initial', openMinorCount: 5 });
    expect(r.grade).toBe('minor');
    expect(r.effectiveGrade).toBe('major');
    expect([r.correctiveActionBy, r.verificationBy, r.ifNotLifted]).toEqual(['2027-02-22', '2027-03-22', 'refusal']);
    expect(r.warnings.map((w) => [w.code, w.parameter, w.status, w.option])).toEqual([['PROVISIONAL_VALUE', 'rnq.nc.minorsCountingAsMajor', 'provisional', 'fiveMinorsRule']]);
    expect(r.references.map((x) => x.source)).toEqual(['arrete', 'practice']);
    expect(r.explanation[0]).toMatchObject({
      code: 'MINORS_ACCUMULATION',
      label: '5 NC mineures ouvertes : 5 NC mineures non levées valent une NC majeure (appliqué).',
      labelEn: '5 open minor NCs: 5 open minors count as one major (applied).',
    });
    expect(r.explanation[0].references?.map((x) => x.source)).toEqual(['practice']);
    expect(r.explanation.map((s) => s.code)).toEqual(['MINORS_ACCUMULATION', 'MAJOR_CORRECTIVE', 'MAJOR_VERIFICATION', 'IF_NOT_LIFTED', 'END_OF_MONTH']);
  });

  it('option ignore: stays minor, but the rule and its warning are still shown', () => {
    const r = nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'renewal', openMinorCount: 6, fiveMinorsRule: 'ignore' });
    expect(r.effectiveGrade).toBe('minor');
    expect(r.actionPlanImplementedBy).toBe('2027-05-22');
    expect(r.warnings.map((w) => w.option)).toEqual(['fiveMinorsRule']);
    expect(r.explanation[0]).toMatchObject({
      code: 'MINORS_ACCUMULATION',
      label: '6 NC mineures ouvertes : 5 NC mineures non levées valent une NC majeure (option « ignore » : non appliqué).',
      labelEn: '6 open minor NCs: 5 open minors count as one major (ignored by option).',
    });
    // apply is the default
    expect(nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'renewal', openMinorCount: 6, fiveMinorsRule: 'apply' }).effectiveGrade).toBe('major');
  });

  it('a major NC is not re-counted, and an unknown count accumulates nothing', () => {
    const major = nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'major', auditType: 'initial', openMinorCount: 7 });
    expect(major.explanation[0].code).toBe('MAJOR_CORRECTIVE');
    expect(major.warnings).toEqual([]);
    expect(nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'initial' }).warnings).toEqual([]);
  });

  it('a major NC may come with no open minor; a minor NC cannot (it is itself open)', () => {
    expect(nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'major', auditType: 'initial', openMinorCount: 0 }).effectiveGrade).toBe('major');
    try {
      nonConformityDeadlines({ notifiedOn: '2026-11-22', grade: 'minor', auditType: 'initial', openMinorCount: 0 });
      expect.fail('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(OfkitError);
      expect((e as OfkitError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([['openMinorCount', 'inconsistent_count']]);
      expect((e as OfkitError).issues[0].message).toContain('Une NC mineure est notifiée : le nombre de NC mineures ouvertes (celle-ci comprise) est au moins 1.');
    }
  });
});

describe('nonConformityDeadlines — the durations are dated parameters (option rules)', () => {
  const withValue = (key: string, value: number) => ({
    ...rnqRules,
    [key]: { ...rnqRules[key], values: [{ ...rnqRules[key].values[0], value }] },
  });

  it('a changed corrective, verification or implementation delay is used and explained', () => {
    const major = nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'major', auditType: 'initial', rules: withValue('majorCorrectiveMonths', 2) });
    expect(major.correctiveActionBy).toBe('2026-03-15');
    expect(major.explanation[0].label).toBe('NC majeure notifiée le 2026-01-15 : actions correctives effectives sous 2 mois, soit le 2026-03-15.');
    const verif = nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'major', auditType: 'initial', rules: withValue('majorVerificationMonths', 2) });
    expect([verif.correctiveActionBy, verif.verificationBy]).toEqual(['2026-04-15', '2026-06-15']);
    const minor = nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'minor', auditType: 'initial', rules: withValue('minorImplementationMonths', 4) });
    expect(minor.actionPlanImplementedBy).toBe('2026-05-15');
  });

  it('the accumulation threshold is read from the rules too', () => {
    const rules = withValue('minorsCountingAsMajor', 3);
    const r = nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'minor', auditType: 'initial', openMinorCount: 3, rules });
    expect(r.effectiveGrade).toBe('major');
    expect(r.explanation[0].label).toBe('3 NC mineures ouvertes : 3 NC mineures non levées valent une NC majeure (appliqué).');
    expect(nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'minor', auditType: 'initial', openMinorCount: 2, rules }).effectiveGrade).toBe('minor');
    // once a text confirms the threshold, the rule applies without a provisional-value warning
    const confirmed = { ...rules, minorsCountingAsMajor: { ...rules.minorsCountingAsMajor, values: [{ ...rules.minorsCountingAsMajor.values[0], status: 'confirmed' }] } };
    const c = nonConformityDeadlines({ notifiedOn: '2026-01-15', grade: 'minor', auditType: 'initial', openMinorCount: 3, rules: confirmed });
    expect(c.effectiveGrade).toBe('major');
    expect(c.warnings).toEqual([]);
  });
});
