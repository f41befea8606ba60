import type { LegalRef, OfkitIssue, RuleSet, Step, Warning } from '@ofkit/core';
import type { CpfFinancingRules } from './rules.js';

/** Kinds of CPF-eligible actions (L. 6323-6). */
export type CpfActionType = 'rncp' | 'rncp-block' | 'rs' | 'vae' | 'bilan' | 'driving-licence';

/** The action bought on Mon Compte Formation. */
export type CpfAction =
  | {
      /** `rncp`: a whole certification registered in the RNCP (L. 6323-6). */
      readonly type: 'rncp';
      /** RNCP code, e.g. `RNCP37274` (validated; case and spaces normalised). */
      readonly code: string;
    }
  | {
      /** `rncp-block`: one block of competences of an RNCP certification (L. 6323-6). */
      readonly type: 'rncp-block';
      /** RNCP block code, e.g. `RNCP37274BC01` (validated; case and spaces normalised). */
      readonly code: string;
    }
  | {
      /** `rs`: a certification or habilitation of the Répertoire spécifique (L. 6323-6); capped by D. 6323-1 A unless `clea`. */
      readonly type: 'rs';
      /** RS code, e.g. `RS5678` (validated; case and spaces normalised). */
      readonly code: string;
      /** The RS certification is CléA: exempt from the D. 6323-1 A cap on acquired rights (from 2026-02-26). Default `false`. */
      readonly clea?: boolean;
    }
  | {
      /** `vae`: validation des acquis de l'expérience (L. 6323-6). */
      readonly type: 'vae';
      /** Optional RNCP code of the certification sought, e.g. `RNCP37274`; only matched against credits reserved for codes. */
      readonly code?: string;
    }
  | {
      /** `bilan`: bilan de compétences (L. 6323-6); capped by D. 6323-1 A and subject to the five-year condition of D. 6323-6 (`holder.publiclyFundedBilanWithin5Years`). */
      readonly type: 'bilan';
    }
  | {
      /** `driving-licence`: preparation of a driving licence (L. 6323-6). */
      readonly type: 'driving-licence';
      /** `light` (groupe léger: from February 2026 capped by D. 6323-1 A, limited to jobseekers or co-financed purchases, and the D. 6323-8 condition for holders of a valid licence) or `heavy` (groupe lourd, none of these conditions). */
      readonly group: 'light' | 'heavy';
      /** Licence category, e.g. `B` or `BE` (1–20 characters); the light-group valid-licence condition of D. 6323-8 does not apply to `BE`. */
      readonly category?: string;
    };

/** Status of the account holder at the purchase date. */
export type HolderStatus = 'employee' | 'jobseeker' | 'self-employed' | 'public-servant' | 'other';

/** Legal basis of a resource already credited to the account (level 1 of R. 6333-3). */
export type CreditBasis = 'L6323-4-III' | 'L2254-2-VI' | 'L6323-14' | 'L6323-11-accord' | 'L6323-13' | 'L7342-3' | 'sapin-ii';

/** Who paid a credit (dotation) to the CDC. */
export type CreditFunder = 'employer' | 'opco' | 'state' | 'region' | 'france-travail' | 'agefiph' | 'other';

/** Legal basis of a top-up attached to the purchase (level 3 of R. 6333-3). */
export type TopUpBasis = 'L6323-4-II' | 'L4163-8' | 'L6323-14' | 'L6323-29' | 'L6323-37' | 'L6323-43' | 'CSS-L432-12';

/** Who offers a top-up (abondement). */
export type TopUpFunder = 'holder' | 'employer' | 'opco' | 'state' | 'region' | 'france-travail' | 'agefiph' | 'other';

/** A resource already credited to the account: a dotation, a correctif, an agreement credit… */
export interface CpfCredit {
  /** Unique among credits and top-ups; it names the line of the plan. */
  readonly id: string;
  /**
   * Legal basis of the credit: `L6323-4-III` (dotation), `L2254-2-VI` (employee dismissed after
   * refusing an accord de performance collective), `L6323-14` (accord collectif), `L6323-11-accord` (agreement credit under
   * L. 6323-11 al. 4), `L6323-13` (abondement correctif), `L7342-3` (platforms), `sapin-ii`
   * (whistleblowers). It sets the order of mobilisation (parameter `level1Order`, before 5 Dec 2025
   * `complementaryOrder2020`) and the reference shown.
   */
  readonly basis: CreditBasis;
  /** Who paid it to the CDC; read by a `level1Order` tier that names funders and, for an `L6323-4-III` dotation, by the options `employerDotationExempts` and `licenceCofinancingMayBeDotation`. */
  readonly funder?: CreditFunder;
  /** Amount still available on the account, in euros, ≥ 0: a decimal string such as `"1296.80"` or a number, at most two decimals. */
  readonly amount: string | number;
  /**
   * Fléchage (R. 6323-42-1): the credit pays only for these actions; absent = any eligible action.
   * When both lists are given, both must match. Codes are compared exactly (case and spaces ignored):
   * a reservation for `RNCP37274` does not cover its block `RNCP37274BC01`.
   */
  readonly reservedFor?: {
    /** Action types the credit pays for (values of {@link CpfActionType}); absent = any type. */
    readonly actionTypes?: readonly string[];
    /** Certification codes the credit pays for (e.g. `RNCP37274`), compared with `action.code`; absent = any code. */
    readonly codes?: readonly string[];
  };
  /** ISO date `YYYY-MM-DD`: usable while `purchaseDate <= validUntil`; absent = no end. */
  readonly validUntil?: string;
  /** The funder asked for the unused part to be refunded (R. 6323-42-1). Accepted but not read by `planCpfFinancing`. */
  readonly refundable?: boolean;
}

/** A top-up (abondement) offered for this purchase. */
export interface CpfTopUp {
  /** Unique among credits and top-ups; it names the line of the plan. */
  readonly id: string;
  /**
   * Legal basis of the top-up: `L6323-4-II` (abondement), `L4163-8` (C2P points), `L6323-14`
   * (accord collectif), `L6323-29` (FAF and chambres de métiers), `L6323-37` (ESAT), `L6323-43`
   * (local councillors' DIF), `CSS-L432-12` (AT/MP retraining). Employer `L6323-4-II` and
   * `L6323-14`, `L4163-8` and `CSS-L432-12` exempt the holder from the participation when mobilised
   * (parameter `participationExemptions`, L. 6323-7).
   */
  readonly basis: TopUpBasis;
  /** Who offers it; `holder` (the holder's own money) is mobilised last in level 3 (default `level3Order`) and never counts as light-licence co-financing. */
  readonly funder: TopUpFunder;
  /** The most this funder offers, in euros, ≥ 0: a decimal string such as `"1296.80"` or a number, at most two decimals. */
  readonly amount: string | number;
}

/** One purchase on Mon Compte Formation: what is bought, by whom, with which money on offer. */
export interface CpfFinancingRequest {
  /** `YYYY-MM-DD`: the date the order is validated; it selects the rules in force. */
  readonly purchaseDate: string;
  /** Price of the action, in euros, ≥ 0: a decimal string such as `"1296.80"` or a number, at most two decimals. */
  readonly price: string | number;
  /** What is bought; `type` selects the other fields, the eligibility conditions and the D. 6323-1 A cap. */
  readonly action: CpfAction;
  /** The account holder at the purchase date. */
  readonly holder: {
    /** `employee`, `jobseeker` (exempt from the participation, L. 6323-7, and from the light-licence co-financing condition), `self-employed`, `public-servant` (see option `publicServantExempt`) or `other`. */
    readonly status: HolderStatus;
    /** For the light-group driving licence (D. 6323-8). */
    readonly hasValidLightLicence?: boolean;
    /** A bilan financed by an organisme financeur (L. 6316-1) or a FAF in the previous 5 years (D. 6323-6). */
    readonly publiclyFundedBilanWithin5Years?: boolean;
    /** The holder meets the retirement conditions of L. 5421-4 1°–3°: rights can no longer be used (L. 6323-3). */
    readonly meetsRetirementConditions?: boolean;
  };
  /** The holder's droits acquis (level 2 of R. 6333-3), in euros, ≥ 0: a decimal string such as `"1296.80"` or a number, at most two decimals. */
  readonly acquiredRights: string | number;
  /** Resources already credited to the account (level 1). */
  readonly credits?: readonly CpfCredit[];
  /** Abondements attached to this purchase (level 3). */
  readonly topUps?: readonly CpfTopUp[];
}

/** One line of a plan: who pays how much. */
export interface CpfFinancingLine {
  /** Level of R. 6333-3 (from 5 Dec 2025). Before that date: 2 = acquired rights, 1 = credits, 3 = top-ups. */
  level: 1 | 2 | 3;
  /** Credit or top-up id, or `'acquired-rights'`. */
  source: string;
  /** EUR, always > 0, e.g. `"896.80"`. */
  amount: string;
}

/** The financing plan of one purchase. */
export interface CpfFinancingPlan {
  eligible: boolean;
  /** Why the purchase is not eligible (empty when eligible). */
  issues: OfkitIssue[];
  /**
   * The participation forfaitaire due on this purchase (`amount` = min(participation, price), `"0.00"` when exempt).
   * `reason` (French) and `reasonEn` (English) say why when it is waived, zero at the date, limited to the price, or
   * the purchase is not eligible.
   */
  participation: { amount: string; exempt: boolean; reason?: string; reasonEn?: string };
  /** Money used, in the order of mobilisation; only amounts > 0. */
  lines: CpfFinancingLine[];
  /** What the holder pays out of pocket, participation included (the holder's own level-3 top-up is a line, not part of this). */
  holderPays: string;
  explanation: Step[];
  warnings: Warning[];
  references: LegalRef[];
}

/** Options of {@link planCpfFinancing}: the named alternative readings of disputed points, and the rules. */
export interface CpfFinancingOptions {
  /**
   * Rules to apply (default {@link cpfFinancingRules}). Derive one with `overrideRules` to correct a
   * parameter (a newer participation amount, the arrêté ordering levels 1 and 3…).
   */
  readonly rules?: RuleSet<CpfFinancingRules>;
  /** [CONFLICT] An employer dotation (credit under L. 6323-4 III) used for this purchase exempts the holder from the participation (practitioners' reading). Default `false` (the text names only the II 2° abondement). A dotation the order of mobilisation does not use does not exempt (warning `EXEMPTION_DOTATION_NOT_MOBILISED`). */
  readonly employerDotationExempts?: boolean;
  /** [CONFLICT] An OPCO top-up on this purchase exempts the holder from the participation (some practitioners' reading). Default `false` (R. 6323 lets an OPCO pay the participation; it is not an exemption). With the option, the OPCO top-up exempts like the statutory ones: only when mobilised, unless `unusedTopUpExempts`. */
  readonly opcoTopUpExempts?: boolean;
  /**
   * [OPEN] A top-up that exempts from the participation (employer II 2° or L. 6323-14, C2P, AT/MP)
   * still exempts when it is attached to the purchase but the order of mobilisation does not use it
   * (levels 1 and 2 suffice). Default `false`, the strict reading: the training does not receive that
   * abondement (L. 6323-7) and the holder does not use the C2P points or the AT/MP top-up (R. 6323), so
   * the participation is due. The domain notes do not settle the point; the plan warns either way.
   */
  readonly unusedTopUpExempts?: boolean;
  /** [SECONDARY] Public servants are not charged the participation (reported practice). Default `false`. */
  readonly publicServantExempt?: boolean;
  /** [UNCONFIRMED] The caps of D. 6323-1 A also limit agreement credits (`L6323-11-accord`, credited under L. 6323-11 al. 4). Default `false`: caps limit level 2 only. */
  readonly capAlsoLimitsAgreementCredits?: boolean;
  /**
   * [UNCONFIRMED] D. 6323-6 (a bilan within five years of a funded one) and D. 6323-8 (a light-group
   * licence for a holder of a valid one) refuse the whole purchase. Default `false`, the literal
   * reading: both condition only the mobilisation of the rights credited under L. 6323-11, L. 6323-27
   * and L. 6323-34 (the acquired rights), so level-1 credits and level-3 top-ups still pay and the
   * purchase is not eligible only when nothing else can pay. Every plan either reading decided warns.
   */
  readonly acquiredRightsConditionsBlockPurchase?: boolean;
  /** [UNCONFIRMED] A dotation (III) from a funder in 2°–12° of L. 6323-4 II counts as the ≥ 100 € co-financing of a light-group licence. Default `false`: only top-ups (II) count. */
  readonly licenceCofinancingMayBeDotation?: boolean;
}
