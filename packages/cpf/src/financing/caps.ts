/**
 * Caps on the acquired rights usable for some actions (D. 6323-1 A, décret 2026-127).
 * Source: ../shared/domain/cpf.md §5.2.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';

const p = <T>(x: Parameter<T>) => x;

/** Caps (EUR as decimal strings), `null` where no cap applies. */
export interface AcquiredRightsCaps {
  /** RS certifications and habilitations other than CléA (D. 6323-1 A 1°). */
  readonly rsExceptClea: string | null;
  /** Bilan de compétences (D. 6323-1 A 2°). */
  readonly bilan: string | null;
  /** Driving-licence preparation, light group (D. 6323-1 A 3°). */
  readonly lightDrivingLicence: string | null;
}

/**
 * From 26 Feb 2026: 1 500 € (RS except CléA), 1 600 € (bilan), 900 € (light-group licence) on the
 * rights credited under L. 6323-11, L. 6323-27 and L. 6323-34 (the droits acquis). RNCP and VAE are
 * not capped. Before that date, no cap.
 */
export const acquiredRightsCaps = /* @__PURE__ */ (() => p<AcquiredRightsCaps>({
  id: 'cpf.caps.acquired-rights',
  label: 'Plafonds des droits acquis mobilisables (D. 6323-1 A)',
  labelEn: 'Caps on the acquired rights that can be used (D. 6323-1 A)',
  unit: 'EUR',
  values: [
    {
      from: '2020-01-01',
      to: '2026-02-25',
      value: { rsExceptClea: null, bilan: null, lightDrivingLicence: null },
      status: 'confirmed',
      references: [REF.D6323_1_A, REF.DECRET_2026_127],
      note: 'Pas de plafond avant le décret 2026-127.',
      noteEn: 'No cap before décret 2026-127.',
    },
    {
      from: '2026-02-26',
      value: { rsExceptClea: '1500.00', bilan: '1600.00', lightDrivingLicence: '900.00' },
      status: 'confirmed',
      references: [REF.D6323_1_A, REF.DECRET_2026_127, REF.L6323_6],
    },
  ],
}))();
