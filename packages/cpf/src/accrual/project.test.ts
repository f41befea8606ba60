import { describe, expect, it } from 'vitest';
import { projectCpfRights } from './project.js';
import { thrown } from '../../test/helpers.js';

const emp = { status: 'employee' as const };

function codesOf(fn: () => unknown): string[] {
  return thrown(fn).issues.map((i) => `${i.path.join('.')}:${i.code}`);
}

describe('projectCpfRights', () => {
  it('credits 500 € a year for at least half time, up to the 5 000 € ceiling', () => {
    const p = projectCpfRights({ startingBalance: '4800.00', years: [{ year: 2025, activities: [emp] }, { year: 2026, activities: [emp] }] });
    expect(p.years.map((y) => [y.earned, y.credited, y.cappedByCeiling, y.balance])).toEqual([
      ['500.00', '200.00', true, '5000.00'],
      ['500.00', '0.00', true, '5000.00'],
    ]);
    expect(p.years[0]?.creditedBefore).toBe('2026-06-15');
    expect(p.years[1]?.creditedBefore).toBeUndefined();
    expect(p.warnings.map((w) => w.parameter)).toContain('cpf.accrual.credit-timing');
  });

  it('prorates below half time and rounds up to the cent (R. 6323-1 II)', () => {
    const y = (time: object) => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time } as never] }] }).years[0]!;
    expect(y({ unit: 'hours', worked: 700 }).credited).toBe('217.80'); // 217.797…
    expect(y({ unit: 'hours', worked: '803.5' }).credited).toBe('500.00'); // exactly half of 1 607 h
    expect(y({ unit: 'hours', worked: '803.49' }).credited).toBe('250.00'); // 249.9969 rounded up
    expect(y({ unit: 'hours', worked: 500, reference: 1820 }).credited).toBe('137.37'); // conventional 35 h × 52 = 1 820 h: 137.362…
    expect(y({ unit: 'days', worked: 100 }).credited).toBe('229.36'); // forfait 218 days: 229.357…
    expect(y({ unit: 'hours', worked: 0 }).credited).toBe('0.00');
  });

  it('applies the low-qualification and disability amounts with the 8 000 € ceiling', () => {
    const p = projectCpfRights({ startingBalance: '7500.00', years: [{ year: 2025, activities: [emp], lowQualification: true }] });
    expect(p.years[0]).toMatchObject({ earned: '800.00', credited: '500.00', ceiling: '8000.00', cappedByCeiling: true });
    const d = projectCpfRights({ startingBalance: '5000.00', years: [{ year: 2025, activities: [emp], disabilityBeneficiary: true }] });
    expect(d.years[0]).toMatchObject({ earned: '800.00', credited: '800.00', ceiling: '8000.00' });
    // Both: not cumulative.
    expect(projectCpfRights({ years: [{ year: 2025, activities: [emp], disabilityBeneficiary: true, lowQualification: true }] }).balance).toBe('800.00');
    // Below half time: pro rata of 500 € only, with a warning.
    const below = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 700 } }], lowQualification: true }] });
    expect(below.balance).toBe('217.80');
    expect(below.warnings.map((w) => w.code)).toContain('BELOW_HALF_TIME_MAJORATION_UNCONFIRMED');
  });

  it('credits ESAT workers 800 € from the 2025 decree, and refuses earlier years', () => {
    expect(projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'esat' }] }] }).balance).toBe('800.00');
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2024, activities: [{ status: 'esat' }] }] }))).toEqual(['years.0.activities.0:no_value_in_force']);
  });

  it('credits the self-employed only when the contribution was paid, pro rata of time', () => {
    const p = projectCpfRights({
      years: [
        { year: 2024, activities: [{ status: 'self-employed', contributionPaid: false }] },
        { year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'months', worked: 5 } }] },
      ],
    });
    expect(p.years.map((y) => y.credited)).toEqual(['0.00', '208.34']); // 500 × 5/12 = 208.333… rounded up
  });

  it('takes the most favourable status of the year (R. 6323-27)', () => {
    const p = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 400 } }, { status: 'self-employed', contributionPaid: true }] }] });
    expect(p.balance).toBe('500.00');
    expect(p.years[0]?.explanation.map((s) => s.code)).toContain('MOST_FAVOURABLE');
  });

  it('keeps abondements outside the ceiling apart (L. 6323-15) and deducts what is spent', () => {
    const p = projectCpfRights({
      startingBalance: '4900.00',
      years: [
        { year: 2025, activities: [emp], outsideCeiling: [{ id: 'correctif', basis: 'L6323-13', amount: '3000.00' }] },
        { year: 2026, activities: [emp], spent: '5500.00' },
      ],
    });
    expect(p.years[0]).toMatchObject({ credited: '100.00', balance: '5000.00', outsideCeiling: '3000.00', outsideCeilingBalance: '3000.00' });
    // 2026, new order of R. 6333-3 (décret 2025-1156): the correctif (level 1, outside the ceiling)
    // is used before the acquired rights: 3 000 outside, then 2 500 of acquired rights; then 500 credited.
    expect(p.years[1]).toMatchObject({ spent: '5500.00', credited: '500.00', balance: '3000.00', outsideCeilingBalance: '0.00' });
    expect(p.total).toBe('3000.00');
    expect(p.warnings.map((w) => w.parameter)).toContain('cpf.accrual.spending-order');
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [], spent: 1 }] }))).toEqual(['years.0.spent:spent_exceeds_rights']);
  });

  it('uses the acquired rights first for a year before the décret 2025-1156, and outside-ceiling rights first after it (cpf.md §1.3)', () => {
    // Ceiling full (5 000) and a 3 000 correctif. Spending 1 000 under the old order frees room under
    // the ceiling (the next 500 are credited); under the new order it does not (the correctif pays).
    const old = projectCpfRights({
      startingBalance: 5000,
      startingOutsideCeiling: 3000,
      years: [{ year: 2024, activities: [emp], spent: 1000 }],
    });
    expect(old.years[0]).toMatchObject({ credited: '500.00', balance: '4500.00', outsideCeilingBalance: '3000.00' });
    const now = projectCpfRights({
      startingBalance: 5000,
      startingOutsideCeiling: 3000,
      years: [{ year: 2026, activities: [emp], spent: 1000 }],
    });
    expect(now.years[0]).toMatchObject({ credited: '0.00', cappedByCeiling: true, balance: '5000.00', outsideCeilingBalance: '2000.00' });
    // 2025: the order changed on 5 December; the year is charged by the 1 January order, with a warning.
    const y2025 = projectCpfRights({ startingBalance: 5000, startingOutsideCeiling: 3000, years: [{ year: 2025, activities: [emp], spent: 1000 }] });
    expect(y2025.years[0]).toMatchObject({ balance: '4500.00', outsideCeilingBalance: '3000.00' });
    expect(y2025.warnings.map((w) => w.code)).toContain('SPENDING_ORDER_CHANGED_IN_YEAR');
  });

  it('stops crediting once the retirement conditions are met (L. 6323-3)', () => {
    const p = projectCpfRights({ retirementConditionsMetOn: '2027-03-01', years: [{ year: 2026, activities: [emp] }, { year: 2027, activities: [emp] }] });
    expect(p.years.map((y) => y.credited)).toEqual(['500.00', '0.00']);
    expect(p).toMatchObject({ rightsUsable: false, rightsUsableUntil: '2027-02-28' });
    expect(p.warnings.map((w) => w.code)).toContain('RETIREMENT_CREDIT_TIMING');
    expect(p.years[1]?.explanation.map((s) => s.code)).toEqual(['RETIREMENT_STOP']);
  });

  it('rejects bad histories with every issue', () => {
    const codes = codesOf(() =>
      projectCpfRights({
        startingBalance: -1,
        years: [
          { year: 2026, activities: [] },
          { year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'hours', worked: 10 } }, { status: 'intern' } as never] },
        ],
      }),
    );
    expect(codes).toEqual(expect.arrayContaining(['startingBalance:negative_amount', 'years.1.activities.1.status:invalid_union']));
    expect(codesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'days', worked: 10, reference: 230 } }] }] }))).toEqual(['years.0.activities.0.time.reference:forfait_too_long']);
    expect(codesOf(() => projectCpfRights({ years: [] }))).toEqual(['years:too_small']);
  });
});

/** French labels with their no-break spaces as plain spaces. */
const sp = (s: string | undefined) => s?.replace(/[\u00A0\u202F]/g, ' ');
const issuesOf = (fn: () => unknown) => thrown(fn).issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message, messageEn: i.messageEn }));

describe('projectCpfRights: validation issues', () => {
  it('a time quantity is worded as a quantity, in correct French and English (« quantité » is feminine)', () => {
    const at = (worked: unknown) => issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked, reference: 1607 } }] }] } as never));
    expect(at(-1)).toEqual([{ path: 'years.0.activities.0.time.worked', code: 'negative_amount', message: 'La quantité ne peut pas être négative.', messageEn: 'The quantity cannot be negative.' }]);
    expect(at('12,5')).toEqual([{ path: 'years.0.activities.0.time.worked', code: 'invalid_amount', message: 'Quantité invalide (chiffres et point décimal, ex. "218.00").', messageEn: 'Invalid quantity (digits and a decimal point, e.g. "218.00").' }]);
    expect(at(1.234)).toEqual([{ path: 'years.0.activities.0.time.worked', code: 'too_many_decimals', message: 'Plus de deux décimales.', messageEn: 'More than two decimals.' }]);
  });

  it('years must be strictly increasing: the same year twice is refused', () => {
    expect(issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [emp] }, { year: 2025, activities: [emp] }] }))).toEqual([
      { path: 'years.1.year', code: 'years_not_increasing', message: 'Les années doivent être croissantes et distinctes.', messageEn: 'Years must be increasing and distinct.' },
    ]);
  });

  it('a reference duration of zero is refused; the self-employed give one unless counting in months', () => {
    expect(issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 0, reference: 0 } }] }] }))).toEqual([
      { path: 'years.0.activities.0.time.reference', code: 'zero_reference', message: 'La durée de référence doit être positive.', messageEn: 'The reference duration must be positive.' },
    ]);
    expect(issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'days', worked: 100 } }] }] }))).toEqual([
      { path: 'years.0.activities.0.time.reference', code: 'reference_required', message: 'Durée de référence requise pour un travailleur indépendant (sauf en mois).', messageEn: 'Reference duration required for a self-employed activity (except in months).' },
    ]);
    // In months the reference is the 12 months of the year: 6/12 × 500 = 250.
    expect(projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'months', worked: 6 } }] }] }).balance).toBe('250.00');
    // An employee needs no reference (1 607 h by default, R. 6323-1) and an ESAT worker no time at all.
    expect(projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 1607 } }, { status: 'esat' }] }] }).balance).toBe('800.00');
  });

  it('a quantity of time that is not a number names a quantity, not an amount', () => {
    const issues = issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'hours', worked: 'beaucoup' } }] }] }));
    expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([['years.0.activities.0.time.worked', 'invalid_amount', 'Quantité invalide (chiffres et point décimal, ex. "218.00").']]);
  });

  it('spending more than the rights, or an outside-ceiling basis L. 6323-15 does not name, says so in French and English', () => {
    expect(issuesOf(() => projectCpfRights({ startingBalance: '100.00', years: [{ year: 2025, activities: [], spent: '100.01' }] })).map((i) => [i.path, i.code, sp(i.message), i.messageEn])).toEqual([
      ['years.0.spent', 'spent_exceeds_rights', 'Droits utilisés en 2025 (100,01 €) supérieurs aux droits disponibles (100,00 €).', 'Rights spent in 2025 exceed the rights available.'],
    ]);
    expect(issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [emp], outsideCeiling: [{ basis: 'L6323-4' as never, amount: 10 }] }] }))).toEqual([
      {
        path: 'years.0.outsideCeiling.0.basis',
        code: 'not_outside_ceiling',
        message: "« L6323-4 » n'est pas une base d'abondement hors plafond en 2025 (L. 6323-15 : L2254-2, L5151-9, L6323-13, L6323-14).",
        messageEn: '"L6323-4" is not a basis of top-up outside the ceiling in 2025 (L. 6323-15: L2254-2, L5151-9, L6323-13, L6323-14).',
      },
    ]);
    expect(issuesOf(() => projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'days', worked: 10, reference: 219 } }] }] }))).toEqual([
      { path: 'years.0.activities.0.time.reference', code: 'forfait_too_long', message: 'Forfait de 219.00 jours supérieur au maximum de 218 jours (R. 6323-1).', messageEn: 'Forfait above 218 days.' },
    ]);
  });
});

describe('projectCpfRights: every step explained', () => {
  // 7 500 € of rights, a low-qualification employee who is also self-employed without paying the
  // contribution (R. 6323-27: the most favourable status), two abondements outside the ceiling
  // (L. 6323-15), a year without activity, then the retirement conditions met on 1 March 2027 (L. 6323-3).
  const history = {
    startingBalance: '7500.00',
    retirementConditionsMetOn: '2027-03-01',
    years: [
      { year: 2025, activities: [emp, { status: 'self-employed' as const, contributionPaid: false }], lowQualification: true, outsideCeiling: [{ id: 'correctif', basis: 'L6323-13' as const, amount: '3000.00' }, { basis: 'L6323-14' as const, amount: '100.00' }] },
      { year: 2026, activities: [] },
      { year: 2027, activities: [{ status: 'esat' as const }] },
    ],
  };

  it('a year: status, most favourable amount, ceiling reached, abondements outside the ceiling', () => {
    const p = projectCpfRights(history);
    const y = p.years[0]!;
    // 800 € (L. 6323-11-1, R. 6323-3-1) but only 500 € of room under the 8 000 € ceiling.
    expect(y).toMatchObject({ earned: '800.00', credited: '500.00', ceiling: '8000.00', cappedByCeiling: true, creditedBefore: '2026-06-15', outsideCeiling: '3100.00', balance: '8000.00', outsideCeilingBalance: '3100.00' });
    expect(y.explanation.map((s) => [s.code, sp(s.label), s.labelEn, s.amounts])).toEqual([
      ['SELF_EMPLOYED_NO_CONTRIBUTION', 'Activité indépendante 2025 : contribution à la formation non acquittée, aucun droit (L. 6323-27).', 'Self-employed: training contribution not paid, no rights.', undefined],
      ['YEAR_EARNED', '2025 : salarié peu qualifié : 800,00 € (plafond 8 000,00 €).', '2025: earned EUR 800.00.', { earned: '800.00' }],
      ['MOST_FAVOURABLE', 'Plusieurs statuts dans l’année : montant et plafond les plus favorables (R. 6323-27).', 'Several statuses: the most favourable amount and ceiling.', undefined],
      ['CEILING_REACHED', 'Plafond de 8 000,00 € : 500,00 € inscrits sur 800,00 €.', 'Ceiling of EUR 8000.00: EUR 500.00 credited.', { credited: '500.00', ceiling: '8000.00' }],
      ['OUTSIDE_CEILING', 'Abondement « correctif » (L6323-13) de 3 000,00 € : hors plafond et hors alimentation annuelle (L. 6323-15).', 'Top-up (L6323-13) outside the ceiling (L. 6323-15).', { amount: '3000.00' }],
      ['OUTSIDE_CEILING', 'Abondement (L6323-14) de 100,00 € : hors plafond et hors alimentation annuelle (L. 6323-15).', 'Top-up (L6323-14) outside the ceiling (L. 6323-15).', { amount: '100.00' }],
    ]);
    expect(y.explanation.map((s) => (s.references ?? []).map((r) => r.article))).toEqual([['L6323-27'], ['L6323-11-1', 'R6323-3-1'], ['R6323-27'], ['R6323-1'], ['L6323-15'], ['L6323-15']]);
    expect(y.references.map((r) => r.article)).toEqual(['L6323-11-1', 'R6323-3-1', 'L6323-15']);
  });

  it('a year without activity, a year after retirement, and rights no longer usable', () => {
    const p = projectCpfRights(history);
    expect(p.years[1]).toMatchObject({ earned: '0.00', credited: '0.00', cappedByCeiling: false, balance: '8000.00', references: [] });
    expect(p.years[1]).not.toHaveProperty('creditedBefore');
    expect(p.years[1]?.explanation).toEqual([{ code: 'NO_ACTIVITY', label: '2026 : aucune activité ouvrant des droits.', labelEn: '2026: no activity earning rights.' }]);
    // 2027: an ESAT worker earns 800 €, but the retirement conditions were met that year.
    expect(p.years[2]).toMatchObject({ earned: '0.00', credited: '0.00', balance: '8000.00' });
    expect(p.years[2]?.explanation.map((s) => [s.code, s.label, s.labelEn, (s.references ?? []).map((r) => r.article)])).toEqual([
      ['RETIREMENT_STOP', "2027 : conditions de retraite remplies le 2027-03-01, le compte n'est plus alimenté (L. 6323-3).", '2027: retirement conditions met, no more crediting.', ['L6323-3', 'L5421-4']],
    ]);
    expect(p).toMatchObject({ balance: '8000.00', outsideCeiling: '3100.00', total: '11100.00', rightsUsable: false, rightsUsableUntil: '2027-02-28' });
    const last = p.explanation.at(-1);
    expect([last?.code, last?.label, last?.labelEn, (last?.references ?? []).map((r) => r.article)]).toEqual([
      'RIGHTS_NOT_USABLE',
      'Depuis le 2027-03-01, les droits ne peuvent plus être mobilisés (L. 6323-3), sauf droits CEC pour des missions de bénévolat.',
      'Since the retirement conditions were met, rights can no longer be used.',
      ['L6323-3', 'L5421-4'],
    ]);
    expect(p.references.map((r) => r.article)).toEqual(['L6323-11-1', 'R6323-3-1', 'L6323-15', 'L6323-3']);
    // The provisional credit date is read once (only 2025 credits anything): one warning.
    expect(p.warnings.map((w) => `${w.code}:${w.parameter}`)).toEqual(['PROVISIONAL_VALUE:cpf.accrual.credit-timing']);
  });

  it('without retirement the rights stay usable and no step says otherwise', () => {
    const p = projectCpfRights({ years: [{ year: 2025, activities: [emp] }, { year: 2026, activities: [emp] }] });
    expect(p.rightsUsable).toBe(true);
    expect(p).not.toHaveProperty('rightsUsableUntil');
    expect(p.explanation.map((s) => s.code)).toEqual(['YEAR_EARNED', 'YEAR_CREDITED', 'YEAR_EARNED', 'YEAR_CREDITED']);
    expect(p.years[0]?.explanation.map((s) => [s.code, sp(s.label), s.labelEn, s.amounts])).toEqual([
      ['YEAR_EARNED', '2025 : salarié au moins à mi-temps : 500,00 €.', '2025: earned EUR 500.00.', { earned: '500.00' }],
      ['YEAR_CREDITED', '500,00 € inscrits (plafond 5 000,00 €).', 'EUR 500.00 credited.', { credited: '500.00', ceiling: '5000.00' }],
    ]);
    // Two years read the same provisional credit date: the warning is given once.
    expect(p.warnings.map((w) => `${w.code}:${w.parameter}`)).toEqual(['PROVISIONAL_VALUE:cpf.accrual.credit-timing']);
  });
});

describe('projectCpfRights: pro rata, increases and the retirement credit date', () => {
  it('below half time: the pro rata of the standard amount, and a warning that the increase is not prorated', () => {
    // Forfait of 218 days (R. 6323-1): 100/218 × 500 € = 229.357…, rounded up to the cent.
    const p = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'days', worked: 100 } }], lowQualification: true }] });
    expect(sp(p.years[0]?.explanation[0]?.label)).toBe("2025 : salarié à moins d'un mi-temps : 100.00/218.00 jours × 500,00 €, arrondi au centime supérieur = 229,36 €.");
    expect(p.years[0]?.explanation[0]?.references?.map((r) => r.article)).toContain('R6323-1');
    const w = p.warnings.filter((x) => x.code === 'BELOW_HALF_TIME_MAJORATION_UNCONFIRMED');
    expect(w.map((x) => [x.message, x.messageEn, x.status, (x.references ?? []).map((r) => r.article)])).toEqual([
      [
        "2025 : moins d'un mi-temps ; la majoration (peu qualifié ou obligation d'emploi) n'est pas appliquée au prorata, faute de texte lu sur ce cas.",
        '2025: below half time; the increase (low qualification or disability) is not applied pro rata, no text read on this case.',
        'provisional',
        ['R6323-1', 'R6323-3-1', 'D6323-3-3'],
      ],
    ]);
    // Without an increase claimed, no such warning.
    expect(projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'employee', time: { unit: 'days', worked: 100 } }] }] }).warnings.map((x) => x.code)).not.toContain('BELOW_HALF_TIME_MAJORATION_UNCONFIRMED');
  });

  it('a self-employed year pro rata of its reference, and a whole year in full (L. 6323-27)', () => {
    const half = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'hours', worked: 800, reference: 1600 } }] }] });
    expect(sp(half.years[0]?.explanation[0]?.label)).toBe('2025 : travailleur indépendant au prorata 800.00/1600.00 h, arrondi au centime supérieur : 250,00 €.');
    // Worked = reference is the whole year: 500 €, not a pro rata.
    const full = projectCpfRights({ years: [{ year: 2025, activities: [{ status: 'self-employed', contributionPaid: true, time: { unit: 'hours', worked: 1600, reference: 1600 } }] }] });
    expect(full.balance).toBe('500.00');
    expect(sp(full.years[0]?.explanation[0]?.label)).toBe('2025 : travailleur indépendant : 500,00 €.');
  });

  it('a bénéficiaire de l’obligation d’emploi earns 500 € + 300 € up to 8 000 € (D. 6323-3-3)', () => {
    const p = projectCpfRights({ years: [{ year: 2026, activities: [emp], disabilityBeneficiary: true }] });
    const s = p.years[0]?.explanation[0];
    expect(sp(s?.label)).toBe("2026 : bénéficiaire de l'obligation d'emploi : 500,00 € + 300,00 € (plafond 8 000,00 €).");
    expect(s?.references?.map((r) => r.article)).toEqual(['L6323-11', 'R6323-1', 'L6323-11', 'D6323-3-3']);
  });

  it('warns when the retirement conditions are met before the usual credit date of the last year (15 June)', () => {
    const timing = (metOn: string) => projectCpfRights({ retirementConditionsMetOn: metOn, years: [{ year: 2026, activities: [emp] }] }).warnings.filter((w) => w.code === 'RETIREMENT_CREDIT_TIMING');
    expect(timing('2027-03-01').map((w) => [w.message, w.messageEn, w.status, (w.references ?? []).map((r) => r.article)])).toEqual([
      [
        "Les droits de 2026 sont inscrits avant le 2027-06-15, mais les conditions de retraite sont remplies le 2027-03-01 : s'ils sont inscrits après cette date, ils ne le seront pas.",
        'The 2026 rights are credited before 2027-06-15, but retirement conditions are met on 2027-03-01: crediting after that date would not happen.',
        'provisional',
        ['L6323-3', 'service-public F10705'],
      ],
    ]);
    // Met on 15 June 2027 itself: the 2026 rights are credited before it, no doubt left.
    expect(timing('2027-06-15')).toEqual([]);
    // Met in 2028: the 2026 rights were credited long before.
    expect(timing('2028-01-10')).toEqual([]);
  });
});
