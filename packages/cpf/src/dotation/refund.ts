/**
 * Refund of unused dotations to their funder (R. 6323-42-1; CDC EDEF help page).
 * Source: ../shared/domain/cpf.md §2.2.
 */
import type { Parameter } from '@ofkit/core';
import { REF } from '../internal/refs.js';

const p = <T>(x: Parameter<T>) => x;

/** How refunds of dotations work at a date. */
export interface DotationRefundRule {
  /** First day a funder may ask for a refund (the CDC announces "from December 2026"). */
  readonly refundsOpenFrom: string;
  /** A refund needs an end-of-validity date set by the funder (CDC: no end date ⇒ no refund). */
  readonly requiresEndOfValidity: boolean;
}

/**
 * From 17 Apr 2025 (décret 2025-341): a funder that set conditions says whether the unused part is
 * refunded; the CDC says refunds are possible only with an end-of-validity date and from December
 * 2026. R. 6323-42-1 adds a delay "that takes into account how the actions are organised", with no
 * figure: results that say "refundable" carry a warning about it.
 */
export const dotationRefundRule = /* @__PURE__ */ (() => p<DotationRefundRule>({
  id: 'cpf.dotation.refund',
  label: 'Remboursement des dotations non consommées',
  labelEn: 'Refund of unused employer allocations (dotations)',
  values: [
    {
      from: '2025-04-17',
      value: { refundsOpenFrom: '2026-12-01', requiresEndOfValidity: true },
      status: 'confirmed',
      references: [REF.R6323_42_1, REF.DECRET_2025_341, REF.CDC_REFUND],
      note: 'Ouverture en décembre 2026 et exigence d’une date de fin : page d’aide EDEF de la Caisse des dépôts (non datée).',
      noteEn: 'Opening in December 2026 and the need for an end-of-validity date: EDEF (employer area) help page of the Caisse des dépôts (CDC), undated.',
    },
  ],
}))();
