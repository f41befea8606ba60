import { shippedRuleSet } from '../law/rule-set.js';
import type { LegalRef, Parameter } from '../law/types.js';

// Module-level values are built inside `/* @__PURE__ */ (() => …)()`: evaluated at import as before, but a
// bundler may drop the ones a user does not import (a bare call or `new` would keep them, and zod with them).

/** How a public holiday's date is found in a year. */
export type HolidayRule =
  | { readonly key: string; readonly name: string; readonly nameEn: string; readonly kind: 'fixed'; readonly month: number; readonly day: number }
  | { readonly key: string; readonly name: string; readonly nameEn: string; readonly kind: 'easter'; readonly offset: number };

// Légifrance ids: ../shared/domain/corrections-2026-12.md §2 (versions in force on 27 March 2026).
const L3133_1: LegalRef = {
  source: 'code-du-travail',
  article: 'L3133-1',
  title: 'Liste des fêtes légales',
  legifranceId: 'LEGIARTI000033020901',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020901',
};
const L3134_13: LegalRef = {
  source: 'code-du-travail',
  article: 'L3134-13',
  title: 'Jours fériés dans les départements de la Moselle, du Bas-Rhin et du Haut-Rhin',
  legifranceId: 'LEGIARTI000006902635',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006902635',
};
// ../shared/domain/corrections-2026-12.md §5: the abolition days are public holidays under the overseas
// chapter of the Code du travail (L. 3422-2, written in by loi n° 2016-1088 art. 8).
const L3422_2: LegalRef = {
  source: 'code-du-travail',
  article: 'L3422-2',
  title: "Commémoration de l'abolition de l'esclavage, jour férié dans les collectivités d'outre-mer (rédaction de la loi n° 2016-1088, art. 8)",
  // Read in the DILA LEGI data (@socialgouv/legi-data 2.513.0, Code du travail as of 27 March 2026):
  // « 1° Le 27 avril à Mayotte ; 2° Le 22 mai en Martinique ; 3° Le 27 mai en Guadeloupe et à Saint-Martin … »
  legifranceId: 'LEGIARTI000035902463',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000035902463',
};
// Mayotte before its labour code became the Code du travail (2018): the same 12 days (corrections §5).
// Not an article of today's Code du travail (so no Légifrance id of that code): the former labour code
// specific to Mayotte, an ordonnance-based code.
const MAYOTTE_L222_1: LegalRef = {
  source: 'ordonnance',
  article: 'Code du travail applicable à Mayotte, art. L. 222-1',
  title: "Liste des jours fériés à Mayotte, dont le 27 avril, avant l'application du code du travail (2018)",
};
const LOI_83_550: LegalRef = {
  source: 'loi',
  article: '83-550',
  title: "Loi n° 83-550 du 30 juin 1983 relative à la commémoration de l'abolition de l'esclavage",
};
const DECRET_83_1003: LegalRef = {
  source: 'decret',
  article: '83-1003 art. 1',
  title: "Décret n° 83-1003 du 23 novembre 1983 relatif à la commémoration de l'abolition de l'esclavage (mod. décret n° 2012-553 du 23 avril 2012)",
};
const DECRET_2012_553: LegalRef = {
  source: 'decret',
  article: '2012-553',
  title: "Décret n° 2012-553 du 23 avril 2012 modifiant le décret n° 83-1003 : ajoute Saint-Barthélemy (9 octobre) et Saint-Martin (27 mai)",
};
const OVERSEAS_REFS: readonly LegalRef[] = [L3133_1, L3422_2, LOI_83_550, DECRET_83_1003];
const GOOD_FRIDAY_NOTE =
  "Le Vendredi saint n'est pas un jour férié légal en Guadeloupe ni en Martinique (coutume locale) ; une convention collective qui le prévoit peut l'ajouter par surcharge.";
const GOOD_FRIDAY_NOTE_EN =
  'Good Friday is not a statutory public holiday in Guadeloupe or Martinique (a local custom); where a collective agreement provides for it, add it with an override.';

/** The 11 fêtes légales of L. 3133-1 (Easter Monday, Ascension and Whit Monday computed from Easter). */
export const METROPOLE_HOLIDAYS: readonly HolidayRule[] = [
  { key: 'jour-de-l-an', name: "Jour de l'an", nameEn: "New Year's Day", kind: 'fixed', month: 1, day: 1 },
  { key: 'lundi-de-paques', name: 'Lundi de Pâques', nameEn: 'Easter Monday', kind: 'easter', offset: 1 },
  { key: 'fete-du-travail', name: 'Fête du travail', nameEn: 'Labour Day', kind: 'fixed', month: 5, day: 1 },
  { key: 'victoire-1945', name: 'Victoire 1945', nameEn: 'Victory in Europe Day', kind: 'fixed', month: 5, day: 8 },
  { key: 'ascension', name: 'Ascension', nameEn: 'Ascension Day', kind: 'easter', offset: 39 },
  { key: 'lundi-de-pentecote', name: 'Lundi de Pentecôte', nameEn: 'Whit Monday', kind: 'easter', offset: 50 },
  { key: 'fete-nationale', name: 'Fête nationale', nameEn: 'Bastille Day', kind: 'fixed', month: 7, day: 14 },
  { key: 'assomption', name: 'Assomption', nameEn: 'Assumption Day', kind: 'fixed', month: 8, day: 15 },
  { key: 'toussaint', name: 'Toussaint', nameEn: "All Saints' Day", kind: 'fixed', month: 11, day: 1 },
  { key: 'armistice-1918', name: 'Armistice 1918', nameEn: 'Armistice Day', kind: 'fixed', month: 11, day: 11 },
  { key: 'noel', name: 'Noël', nameEn: 'Christmas Day', kind: 'fixed', month: 12, day: 25 },
];

const slavery = (month: number, day: number): HolidayRule => ({
  key: 'abolition-de-l-esclavage',
  name: "Abolition de l'esclavage",
  nameEn: 'Abolition of slavery',
  kind: 'fixed',
  month,
  day,
});

// Types a zone's parameter literal so that inference does not fight defineRuleSet.
const zone = (p: Parameter<readonly HolidayRule[]>): Parameter<readonly HolidayRule[]> => p;

/**
 * Public holidays by zone, as law data. Each zone's value is the complete list of its holidays.
 * Override it with {@link overrideRules} if a text changes (e.g. a new local holiday).
 *
 * @example
 * ```ts
 * import { calendarRules, overrideRules, publicHolidays, METROPOLE_HOLIDAYS } from '@ofkit/core';
 * // A commune of Moselle without a Protestant church: no Good Friday from 2027.
 * const rules = overrideRules(calendarRules, {
 *   'alsace-moselle': [{
 *     from: '2027-01-01', status: 'confirmed', references: [],
 *     value: [...METROPOLE_HOLIDAYS, { key: 'saint-etienne', name: 'Saint-Étienne', nameEn: "St Stephen's Day", kind: 'fixed', month: 12, day: 26 }],
 *   }],
 * });
 * publicHolidays(2027, 'alsace-moselle', { rules }).length; // 12
 * publicHolidays(2027, 'alsace-moselle').length; // 13
 * ```
 */
export const calendarRules = /* @__PURE__ */ (() => shippedRuleSet({
  metropole: zone({
    id: 'calendar.holidays.metropole',
    label: 'Jours fériés (métropole)',
    labelEn: 'Public holidays (mainland France)',
    values: [
      {
        from: '1982-01-01',
        value: METROPOLE_HOLIDAYS,
        status: 'confirmed',
        references: [L3133_1],
        note:
          "Le lundi de Pentecôte reste une fête légale même lorsqu'il sert de journée de solidarité (L. 3133-7 s.) ; le 8 mai est férié depuis la loi n° 81-893 du 2 octobre 1981. Années antérieures à 1982 non couvertes.",
        noteEn:
          'Whit Monday remains a statutory public holiday even when it is used as the journée de solidarité (the unpaid solidarity day, L. 3133-7 et seq.); 8 May has been a public holiday since loi n° 81-893 of 2 October 1981. Years before 1982 are not covered.',
      },
    ],
  }),
  'alsace-moselle': zone({
    id: 'calendar.holidays.alsace-moselle',
    label: 'Jours fériés (Bas-Rhin, Haut-Rhin, Moselle)',
    labelEn: 'Public holidays (Bas-Rhin, Haut-Rhin, Moselle)',
    values: [
      {
        from: '1982-01-01',
        value: [
          ...METROPOLE_HOLIDAYS,
          { key: 'vendredi-saint', name: 'Vendredi saint', nameEn: 'Good Friday', kind: 'easter', offset: -2 },
          { key: 'saint-etienne', name: 'Saint-Étienne', nameEn: "St Stephen's Day", kind: 'fixed', month: 12, day: 26 },
        ],
        status: 'confirmed',
        references: [L3133_1, L3134_13],
        note:
          "L. 3134-13 ne rend le Vendredi saint férié que dans les communes ayant un temple protestant ou une église mixte ; en pratique il est chômé dans les trois départements. Pour une commune qui n'en a pas, surchargez ce paramètre.",
        noteEn:
          'L. 3134-13 makes Good Friday a public holiday only in the communes that have a Protestant church or a church shared by both denominations; in practice it is a day off throughout the three départements. For a commune that has none, override this parameter.',
      },
    ],
  }),
  guadeloupe: zone({
    id: 'calendar.holidays.guadeloupe',
    label: 'Jours fériés (Guadeloupe)',
    labelEn: 'Public holidays (Guadeloupe)',
    values: [{ from: '1984-01-01', value: [...METROPOLE_HOLIDAYS, slavery(5, 27)], status: 'confirmed', references: OVERSEAS_REFS, note: GOOD_FRIDAY_NOTE, noteEn: GOOD_FRIDAY_NOTE_EN }],
  }),
  martinique: zone({
    id: 'calendar.holidays.martinique',
    label: 'Jours fériés (Martinique)',
    labelEn: 'Public holidays (Martinique)',
    values: [{ from: '1984-01-01', value: [...METROPOLE_HOLIDAYS, slavery(5, 22)], status: 'confirmed', references: OVERSEAS_REFS, note: GOOD_FRIDAY_NOTE, noteEn: GOOD_FRIDAY_NOTE_EN }],
  }),
  guyane: zone({
    id: 'calendar.holidays.guyane',
    label: 'Jours fériés (Guyane)',
    labelEn: 'Public holidays (French Guiana)',
    values: [{ from: '1984-01-01', value: [...METROPOLE_HOLIDAYS, slavery(6, 10)], status: 'confirmed', references: OVERSEAS_REFS }],
  }),
  reunion: zone({
    id: 'calendar.holidays.reunion',
    label: 'Jours fériés (La Réunion)',
    labelEn: 'Public holidays (La Réunion)',
    values: [{ from: '1984-01-01', value: [...METROPOLE_HOLIDAYS, slavery(12, 20)], status: 'confirmed', references: OVERSEAS_REFS }],
  }),
  mayotte: zone({
    id: 'calendar.holidays.mayotte',
    label: 'Jours fériés (Mayotte)',
    labelEn: 'Public holidays (Mayotte)',
    values: [
      {
        from: '1984-01-01',
        value: [...METROPOLE_HOLIDAYS, slavery(4, 27)],
        status: 'confirmed',
        references: [...OVERSEAS_REFS, MAYOTTE_L222_1],
        note: "Le 27 avril figure dans le décret n° 83-1003 depuis 1983 (le décret n° 2012-553 n'a fait que réordonner la liste) ; avant 2018, le code du travail applicable à Mayotte (art. L. 222-1) listait les mêmes 12 jours.",
        noteEn: "27 April has been in décret n° 83-1003 since 1983 (décret n° 2012-553 only reordered the list); before 2018, Mayotte's own labour code (Code du travail applicable à Mayotte, art. L. 222-1) listed the same 12 days.",
      },
    ],
  }),
  'saint-martin': zone({
    id: 'calendar.holidays.saint-martin',
    label: 'Jours fériés (Saint-Martin)',
    labelEn: 'Public holidays (Saint-Martin)',
    values: [
      {
        from: '1984-01-01',
        to: '2011-12-31',
        value: [...METROPOLE_HOLIDAYS, slavery(5, 27)],
        status: 'provisional',
        references: OVERSEAS_REFS,
        note: "Avant le décret n° 2012-553, Saint-Martin n'est pas nommée dans le décret n° 83-1003 : commune de la Guadeloupe jusqu'en 2007, elle suivait sa date (27 mai), que le décret de 2012 a reprise.",
        noteEn: "Before décret n° 2012-553, Saint-Martin is not named in décret n° 83-1003: a commune of Guadeloupe until 2007, it followed Guadeloupe's date (27 May), which the 2012 décret kept.",
      },
      { from: '2012-01-01', value: [...METROPOLE_HOLIDAYS, slavery(5, 27)], status: 'confirmed', references: [...OVERSEAS_REFS, DECRET_2012_553] },
    ],
  }),
  'saint-barthelemy': zone({
    id: 'calendar.holidays.saint-barthelemy',
    label: 'Jours fériés (Saint-Barthélemy)',
    labelEn: 'Public holidays (Saint-Barthélemy)',
    values: [
      {
        from: '1984-01-01',
        to: '2011-12-31',
        value: [...METROPOLE_HOLIDAYS, slavery(5, 27)],
        status: 'provisional',
        references: OVERSEAS_REFS,
        note: "Avant le décret n° 2012-553, Saint-Barthélemy n'est pas nommée dans le décret n° 83-1003 : commune de la Guadeloupe jusqu'en 2007, elle en suivait la date (27 mai) ; le 9 octobre ne s'applique qu'à partir de 2012.",
        noteEn: "Before décret n° 2012-553, Saint-Barthélemy is not named in décret n° 83-1003: a commune of Guadeloupe until 2007, it followed Guadeloupe's date (27 May); 9 October applies only from 2012.",
      },
      { from: '2012-01-01', value: [...METROPOLE_HOLIDAYS, slavery(10, 9)], status: 'confirmed', references: [...OVERSEAS_REFS, DECRET_2012_553] },
    ],
  }),
}))();

/** The zones whose public holidays ofkit knows. */
export type HolidayZone = keyof typeof calendarRules;

/** Every zone, in a stable order. */
export const HOLIDAY_ZONES: readonly HolidayZone[] = ['metropole', 'alsace-moselle', 'guadeloupe', 'martinique', 'guyane', 'reunion', 'mayotte', 'saint-martin', 'saint-barthelemy'];

/** The rule set type of the calendar, for overrides. */
export type CalendarRules = typeof calendarRules;
