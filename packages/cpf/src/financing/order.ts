/**
 * Order in which the Caisse des dépôts mobilises the money of a CPF purchase (R. 6333-3).
 * Source: ../shared/domain/cpf.md §1.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';
import type { CreditBasis, TopUpBasis, TopUpFunder } from './types.js';

const p = <T>(x: Parameter<T>) => x;

/**
 * The structure of R. 6333-3 at a date:
 * - `acquired-rights-first` (2018 version, until 4 Dec 2025): droits acquis, then the complementary
 *   resources of L. 6333-2 in the order of the arrêté du 30 juillet 2020;
 * - `credits-first` (décret 2025-1156, from 5 Dec 2025): 1° credits whose conditions are met,
 *   2° droits acquis, 3° top-ups for what remains.
 */
export type MobilisationScheme = 'acquired-rights-first' | 'credits-first';

/** Selects resources of a request: credits or top-ups, optionally by basis and funder. */
export interface ResourceSelector {
  /** `credit` (a `credits[]` entry of the request) or `top-up` (a `topUps[]` entry). */
  readonly kind: 'credit' | 'top-up';
  /** Matches only resources with one of these legal bases; absent = any basis. */
  readonly bases?: ReadonlyArray<CreditBasis | TopUpBasis>;
  /** Matches only resources whose `funder` is one of these (a credit without `funder` never matches); absent = any funder. */
  readonly funders?: readonly string[];
}

/**
 * An order of priority as tiers: each resource goes into the first tier with a selector that matches
 * it; resources no tier matches come after every tier. Inside a tier, the order of the request
 * (credits before top-ups) is kept — no text ranks them, so when that order changes the result the
 * plan says so.
 */
export type PriorityTiers = ReadonlyArray<ReadonlyArray<ResourceSelector>>;

export const mobilisationScheme = /* @__PURE__ */ (() => p<MobilisationScheme>({
  id: 'cpf.order.scheme',
  label: 'Ordre de mobilisation des droits (R. 6333-3)',
  labelEn: 'Order of mobilisation of the rights (R. 6333-3)',
  values: [
    { from: '2020-01-01', to: '2025-12-04', value: 'acquired-rights-first', status: 'confirmed', references: [REF.R6333_3_2018] },
    { from: '2025-12-05', value: 'credits-first', status: 'confirmed', references: [REF.R6333_3_2025, REF.DECRET_2025_1156] },
  ],
}))();

const nonHolder: TopUpFunder[] = ['employer', 'opco', 'state', 'region', 'france-travail', 'agefiph', 'other'];

/**
 * Order inside level 1 (from 5 Dec 2025). R. 6333-3 1° leaves it to an arrêté that was not found
 * published: the default follows the 2020 arrêté restricted to level-1 items (proposal of the domain
 * notes §1.4, not law): L. 6323-13 → L. 2254-2 VI → L. 6323-11 (accord) → L. 6323-4 III and L. 6323-14
 * → L. 7342-3 → Sapin II. Status `provisional`; override it when the arrêté is published.
 */
export const level1Order = /* @__PURE__ */ (() => p<PriorityTiers>({
  id: 'cpf.order.level1',
  label: 'Ordre de priorité au niveau 1 (ressources inscrites sur le compte)',
  labelEn: 'Order of priority at level 1 (resources credited to the account)',
  values: [
    {
      from: '2025-12-05',
      value: [
        [{ kind: 'credit', bases: ['L6323-13'] }],
        [{ kind: 'credit', bases: ['L2254-2-VI'] }],
        [{ kind: 'credit', bases: ['L6323-11-accord'] }],
        [{ kind: 'credit', bases: ['L6323-4-III', 'L6323-14'] }],
        [{ kind: 'credit', bases: ['L7342-3'] }],
        [{ kind: 'credit', bases: ['sapin-ii'] }],
      ],
      status: 'provisional',
      references: [REF.R6333_3_2025, REF.ARRETE_2020_07_30],
      note: "L'arrêté fixant l'ordre au niveau 1 n'a pas été trouvé ; ordre par défaut repris de l'arrêté du 30 juillet 2020 (proposition, pas un texte).",
      noteEn: 'The arrêté setting the order at level 1 was not found; default order taken from the arrêté of 30 July 2020 (a proposal, not a text).',
    },
  ],
}))();

/**
 * Order inside level 3 (from 5 Dec 2025). R. 6333-3 3° leaves it to an arrêté that was not found
 * published: the default takes the funders in the order of the request, the holder's own top-up
 * (L. 6323-4 II 1°) last since it is the residual. Status `provisional`.
 */
export const level3Order = /* @__PURE__ */ (() => p<PriorityTiers>({
  id: 'cpf.order.level3',
  label: 'Ordre de priorité au niveau 3 (abondements)',
  labelEn: 'Order of priority at level 3 (top-ups)',
  values: [
    {
      from: '2025-12-05',
      value: [[{ kind: 'top-up', funders: nonHolder }], [{ kind: 'top-up', funders: ['holder'] }]],
      status: 'provisional',
      references: [REF.R6333_3_2025, REF.L6323_4],
      note: "L'arrêté fixant l'ordre au niveau 3 n'a pas été trouvé ; par défaut les financeurs dans l'ordre de la demande, l'abondement du titulaire en dernier.",
      noteEn: "The arrêté setting the order at level 3 was not found; by default the funders in the order of the request, the holder's own top-up last.",
    },
  ],
}))();

/**
 * Order among complementary resources before 5 Dec 2025 (arrêté du 30 juillet 2020, in force the
 * day after its publication in the JO of 1 Aug 2020): (1) L. 6323-13, (2) L. 2254-2 VI,
 * (3) L. 6323-11 al. 4 agreement credits, (4) L. 6323-4 III (with L. 6323-14 agreement credits,
 * which are paid to the account under that III: cpf.md §1.2, §1.4), (5) L. 6323-29, then every other
 * resource of L. 6333-2, which the arrêté does not rank: ofkit takes the remaining credits, then the
 * funders' top-ups, the holder's own top-up last, each in the order of the request.
 */
export const complementaryOrder2020 = /* @__PURE__ */ (() => p<PriorityTiers>({
  id: 'cpf.order.complementary-2020',
  label: "Ordre des ressources complémentaires (arrêté du 30 juillet 2020)",
  labelEn: 'Order of the complementary resources (arrêté of 30 July 2020)',
  values: [
    {
      from: '2020-08-02',
      to: '2025-12-04',
      value: [
        [{ kind: 'credit', bases: ['L6323-13'] }],
        [{ kind: 'credit', bases: ['L2254-2-VI'] }],
        [{ kind: 'credit', bases: ['L6323-11-accord'] }],
        [{ kind: 'credit', bases: ['L6323-4-III', 'L6323-14'] }],
        [{ kind: 'top-up', bases: ['L6323-29'] }],
        [{ kind: 'credit' }],
        [{ kind: 'top-up', funders: nonHolder }],
        [{ kind: 'top-up', funders: ['holder'] }],
      ],
      status: 'confirmed',
      references: [REF.ARRETE_2020_07_30, REF.R6333_3_2018],
      note: "Les cinq premiers rangs sont ceux de l'arrêté ; les autres ressources ne sont pas classées par le texte (ordre de la demande, abondement du titulaire en dernier : choix d'ofkit).",
      noteEn: "The first five ranks are the arrêté's; the text does not rank the other resources (order of the request, the holder's own top-up last: ofkit's choice).",
    },
  ],
}))();

/** Number of leading tiers of {@link complementaryOrder2020} that the arrêté itself ranks. */
export const RANKED_TIERS_2020 = 5;
