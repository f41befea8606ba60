/**
 * Facture (invoice): French invoice mentions, sequential number, VAT exemption mention, NDA,
 * 40 € recovery indemnity for business clients, payment terms, e-invoicing mentions by date.
 * ../shared/domain/documents.md §6.3, §6.4.
 */
import * as z from '@ofkit/core/internal/zod';
import {
  CivilDateSchema,
  NonEmptyStringSchema,
  NonNegativeMoneyInputSchema,
  OrganisationSchema,
  HoursSchema,
  formatEur,
  money,
  sumMoney,
  type Money,
} from '@ofkit/core';
import { bilingual } from '@ofkit/core/internal';
import { frenchDate, heading, keyValue, paragraph, strong, table } from '../../model/builders.js';
import type { Block } from '../../model/types.js';
import { MentionTextSchema, PartySchema, addressLines, checkNda, hours, issuerOf, TrainingBlockSchema,
  SessionBlockSchema,
  LearnerBlockSchema,
  TrainerBlockSchema,
  ClientSchema,
  ClausesSchema,
  actionOf,
  personName,
  BankAccountSchema,
  formatIban,
} from '../common.js';
import { frDate, frGendered, frHours, frNumber, frPercent, frSalutation, frSiret, frText, frTime, frTimeRange } from '../../typography/index.js';
import { REFS } from '../refs.js';
import type { IssuerSize } from '../rules.js';
import { defineKind } from './spec.js';

const COMPANY_FORMS = /^(SAS|SASU|SARL|EURL|SA|SNC|SCA|SCS|SCOP|SELARL|SELAS|SELAFA|SEM|SCIC)\b/i;

const VatRate = /* @__PURE__ */ (() => z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, { message: bilingual('Taux de TVA en pourcentage attendu (ex. "20").', 'VAT rate in percent expected (e.g. "20").') }))();

/**
 * Input schema of the `facture` document (zod). Fields carrying a mandatory mention are optional
 * here: `checkMentions` / `createDocument` report them with their legal reference.
 *
 * @example
 * ```ts
 * import { FactureSchema } from '@ofkit/docs-gen';
 * FactureSchema.safeParse({}).success; // false (the organisation is required)
 * ```
 */
export const FactureSchema = /* @__PURE__ */ (() => z.object({
  /** The training organisation (core Organisation record). */
  organisation: OrganisationSchema.describe('The training organisation (core Organisation record).'),
  /** Registration details required of a company: RCS + city, share capital. */
  seller: z.object({ /** RCS registration with its city, e.g. « RCS Lyon 841 257 306 ». */ rcs: z.string().max(200).optional().describe('RCS registration with its city, e.g. « RCS Lyon 841 257 306 ».'), /** Share capital as printed, e.g. « 10 000 € ». */ capital: z.string().max(100).optional().describe('Share capital as printed, e.g. « 10 000 € ».') }).default({}).describe('Registration details required of a company: RCS + city, share capital.'),
  /** Invoice number: unique, in a continuous chronological sequence. */
  number: z.string().max(100).optional().describe('Invoice number: unique, in a continuous chronological sequence.'),
  /** The number of the previous invoice, to check the sequence has no gap. */
  previousNumber: z.string().max(100).optional().describe('The number of the previous invoice, to check the sequence has no gap.'),
  /** Date of the document (its mentions and parameters are read at this date). */
  date: CivilDateSchema.describe('Date of the document (YYYY-MM-DD); mandatory mentions and parameters are read at this date.'),
  /** Date of the service, if different from the issue date. */
  serviceDate: CivilDateSchema.optional().describe('Date of the service, if different from the issue date.'),
  /** The client (company, public body or person). */
  client: ClientSchema.describe('The client (company, public body or person).'),
  /** Lines: description, quantity, unit price excluding VAT, VAT rate when subject. */
  lines: z
    .array(
      z.object({
        /** What is invoiced, as printed on the line. */
        description: NonEmptyStringSchema.max(10_000).describe('What is invoiced, as printed on the line.'),
        /** Quantity (days, learners, hours…). */
        quantity: z.number().positive().max(1_000_000).describe('Quantity (days, learners, hours…).'),
        /** Unit price excluding VAT, as a decimal string ("800.00"). */
        unitPrice: NonNegativeMoneyInputSchema.describe('Unit price excluding VAT, as a decimal string ("800.00").'),
        /** VAT rate in percent when the OF is subject to VAT. */
        vatRate: VatRate.optional().describe('VAT rate in percent as a decimal string ("20"), only when the OF is subject to VAT.'),
      }),
    )
    .min(1, { message: bilingual('Au moins une ligne.', 'At least one line.') })
    .describe('Lines: description, quantity, unit price excluding VAT, VAT rate when subject.'),
  /** The training invoiced (practice): its title and duration are printed. */
  training: TrainingBlockSchema.optional().describe('The training invoiced (practice): its title and duration are printed.'),
  /** The session invoiced: its dates are printed. */
  session: SessionBlockSchema.optional().describe('The session invoiced: its dates are printed.'),
  /** The learners trained (printed by name). */
  learners: z.array(LearnerBlockSchema).optional().describe('The learners trained, printed by name.'),
  /** Bank details for a transfer: IBAN (checked, ISO 13616 mod 97) and BIC. */
  bankAccount: BankAccountSchema.optional().describe('Bank details for a transfer: IBAN (checked, ISO 13616 mod 97) and BIC.'),
  /** The funder's file reference (OPCO agreement number…). */
  funderReference: z.string().max(200).optional().describe('The funder’s file reference (OPCO agreement number…).'),
  /** Due date of the payment. */
  dueDate: CivilDateSchema.optional().describe('Due date of the payment.'),
  /** Payment terms (modalités de règlement). */
  paymentTerms: MentionTextSchema.optional().describe('Payment terms (modalités de règlement).'),
  /** Late-payment penalty rate (B2B), e.g. « trois fois le taux d'intérêt légal ». */
  latePenaltyRate: MentionTextSchema.optional().describe('Late-payment penalty rate (B2B), e.g. « trois fois le taux d\'intérêt légal ».'),
  /** Early-payment discount conditions (B2B), e.g. « Pas d'escompte pour paiement anticipé ». */
  earlyPaymentDiscount: MentionTextSchema.optional().describe('Early-payment discount conditions (B2B), e.g. « Pas d\'escompte pour paiement anticipé ».'),
  /** Deposits already received (deducted from the amount due). */
  deposits: NonNegativeMoneyInputSchema.optional().describe('Deposits already received (deducted from the amount due).'),
  /** VAT paid on debits (option), printed when true. */
  vatOnDebits: z.boolean().default(false).describe('VAT paid on debits (option), printed when true.'),
}))();

/**
 * Input of a `facture` document.
 *
 * @interface
 */
export type FactureInput = z.input<typeof FactureSchema>;

/** Splits `F-2026-0042` into prefix `F-2026-` and number 42 (width 4). */
function splitNumber(n: string): { prefix: string; value: bigint; width: number } | undefined {
  const m = /^(.*?)(\d+)$/.exec(n.trim());
  if (!m) return undefined;
  return { prefix: m[1]!, value: BigInt(m[2]!), width: m[2]!.length };
}

/**
 * Whether `next` immediately follows `previous` in the same numbering series.
 *
 * @example
 * ```ts
 * import { followsInvoiceNumber } from '@ofkit/docs-gen/internal';
 * followsInvoiceNumber('F-2026-0099', 'F-2026-0100'); // true
 * followsInvoiceNumber('F-2026-0041', 'F-2026-0043'); // false (gap)
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function followsInvoiceNumber(previous: string, next: string): boolean {
  const a = splitNumber(previous);
  const b = splitNumber(next);
  if (!a || !b) return false;
  return a.prefix === b.prefix && b.value === a.value + 1n;
}

interface Totals {
  readonly byRate: { rate: string | undefined; base: Money; vat: Money }[];
  readonly ht: Money;
  readonly vat: Money;
  readonly ttc: Money;
}

function totals(d: z.output<typeof FactureSchema>): Totals {
  const subject = d.organisation.vat.regime === 'subject';
  const groups = new Map<string, Money[]>();
  for (const l of d.lines) {
    const key = subject ? (l.vatRate ?? '0') : '-';
    const list = groups.get(key) ?? [];
    list.push(money(l.unitPrice).times(l.quantity));
    groups.set(key, list);
  }
  const byRate = [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([rate, amounts]) => {
      const base = sumMoney(amounts);
      return { rate: subject ? rate : undefined, base, vat: subject ? base.ratio(rate, 100) : money(0) };
    });
  const ht = sumMoney(byRate.map((g) => g.base));
  const vat = sumMoney(byRate.map((g) => g.vat));
  return { byRate, ht, vat, ttc: ht.plus(vat) };
}

export const factureKind = /* @__PURE__ */ (() => defineKind({
  kind: 'facture',
  label: 'Facture',
  schema: FactureSchema,
  dateOf: (d) => d.date,
  mentions: (d, m, ctx) => {
    const org = d.organisation;
    if (m.need('facture.number', ['number'], d.number)) {
      m.valid('facture.numberFormat', ['number'], splitNumber(d.number!) ? undefined : { fr: 'Le numéro doit se terminer par un numéro de séquence.', en: 'The number must end with a sequence number.' }
      );
      if (d.previousNumber !== undefined) {
        m.valid('facture.numberSequence', ['number'], followsInvoiceNumber(d.previousNumber, d.number!)
            ? undefined
            : { fr: `« ${d.number} » ne suit pas immédiatement « ${d.previousNumber} ».`, en: `"${d.number}" does not immediately follow "${d.previousNumber}".` }
        );
      }
    }
    m.need('facture.clientAddress', ['client', 'address'], d.client.address);
    if (org.vat.regime === 'subject') {
      m.need('facture.sellerVatNumber', ['organisation', 'vat', 'number'], org.vat.number);
      d.lines.forEach((l, i) => m.need('facture.vatRate', ['lines', i, 'vatRate'], l.vatRate));
    } else {
      ctx.param('vatMentions');
    }
    if (org.legalForm && COMPANY_FORMS.test(org.legalForm)) {
      m.need('facture.sellerRcs', ['seller', 'rcs'], d.seller.rcs);
      m.need('facture.sellerCapital', ['seller', 'capital'], d.seller.capital);
    }
    checkNda(m, org);
    if (d.client.type === 'business') {
      const B2B = [REFS.CCOM_L441_9, REFS.CCOM_L441_10];
      m.need('facture.dueDate', ['dueDate'], d.dueDate);
      m.need('facture.latePenaltyRate', ['latePenaltyRate'], d.latePenaltyRate);
      m.need('facture.earlyPaymentDiscount', ['earlyPaymentDiscount'], d.earlyPaymentDiscount);
      ctx.param('recoveryIndemnity');
      const size: IssuerSize = ctx.options.issuerSize ?? 'large';
      const from = ctx.param('einvoicingMentionsFrom', 'issuerSize')[size];
      if (d.date >= from) {
        m.need('facture.clientSiren', ['client', 'siren'], d.client.siren ?? d.client.siret
        );
      }
    } else if (!d.dueDate && !d.paymentTerms) {
      m.need('facture.paymentTerms', ['paymentTerms'], undefined);
    }
    if (d.dueDate && d.dueDate < d.date) {
      m.valid('facture.dueAfterIssue', ['dueDate'], { fr: "L'échéance précède la date d'émission.", en: 'Due date before issue date.' });
    }
    if (!d.training?.title) {
      ctx.warnings.push({
        code: 'RECOMMENDED_MENTION',
        message: "Usage des organismes de formation : intitulé, dates, heures, stagiaires et référence du financeur sur la facture (exigés par la plupart des financeurs).",
        messageEn: 'Practice: training title, dates, hours, learners and funder reference on the invoice (most funders require them).',
        references: [REFS.PRACTICE_NDA],
      });
    }
  },
  build: (d, ctx) => {
    const org = d.organisation;
    const t = totals(d);
    const subject = org.vat.regime === 'subject';
    const clientLines = [
      ...addressLines(d.client.address),
      ...(d.client.siret ? [`SIRET ${frSiret(d.client.siret)}`] : d.client.siren ? [`SIREN ${d.client.siren}`] : []),
      ...(d.client.vatNumber ? [`TVA ${d.client.vatNumber}`] : []),
    ];
    const sellerIds = [
      org.legalForm ? `${org.legalForm}${d.seller.capital ? ` au capital de ${d.seller.capital}` : ''}` : undefined,
      d.seller.rcs,
      `SIRET ${frSiret(org.siret)}`,
      org.vat.number ? `TVA ${org.vat.number}` : undefined,
      org.nda && org.ndaStatus !== 'pending' ? `Déclaration d'activité n° ${org.nda}` : "Déclaration d'activité en cours d'enregistrement",
    ].filter((x): x is string => !!x);
    const blocks: Block[] = [
      heading(1, `Facture n° ${d.number ?? '…'}`),
      keyValue([
        ["Date d'émission", frDate(d.date)],
        ['Date de la prestation', d.serviceDate ? frDate(d.serviceDate) : undefined],
        ["Date d'échéance", d.dueDate ? frDate(d.dueDate) : undefined],
      ]),
      keyValue([
        ['Vendeur', [strong(org.name), `\n${[...addressLines(org.address), ...sellerIds].join('\n')}`]],
        ['Client', [strong(d.client.name), ...(clientLines.length ? [`\n${clientLines.join('\n')}`] : [])]],
      ]),
    ];
    if (d.training) {
      blocks.push(
        keyValue([
          ['Formation', d.training.title],
          ['Période', d.session?.startDate && d.session.endDate ? `du ${frDate(d.session.startDate)} au ${frDate(d.session.endDate)}` : undefined],
          ['Durée', d.training.durationHours !== undefined ? frHours(d.training.durationHours) : undefined],
          ['Stagiaires', d.learners?.length ? d.learners.map(personName).join(', ') : undefined],
          ['Référence du financeur', d.funderReference],
        ]),
      );
    }
    const cols = [
      { header: 'Désignation', width: 4 },
      { header: 'Quantité', width: 1, align: 'right' as const },
      { header: 'Prix unitaire HT', width: 1.5, align: 'right' as const },
      ...(subject ? [{ header: 'TVA', width: 0.8, align: 'right' as const }] : []),
      { header: 'Total HT', width: 1.5, align: 'right' as const },
    ];
    blocks.push(
      table(
        cols,
        d.lines.map((l) => [
          l.description,
          String(l.quantity).replace('.', ','),
          formatEur(l.unitPrice),
          ...(subject ? [`${(l.vatRate ?? '0').replace('.', ',')} %`] : []),
          formatEur(money(l.unitPrice).times(l.quantity)),
        ]),
      ),
    );
    const totalLines: [string, string][] = [];
    if (subject) {
      for (const g of t.byRate) totalLines.push([`Total HT (TVA ${(g.rate ?? '0').replace('.', ',')} %)`, formatEur(g.base)], [`TVA ${(g.rate ?? '0').replace('.', ',')} %`, formatEur(g.vat)]);
      totalLines.push(['Total TTC', formatEur(t.ttc)]);
    } else {
      totalLines.push(['Total net de taxe', formatEur(t.ht)]);
    }
    const deposits = d.deposits !== undefined ? money(d.deposits) : undefined;
    if (deposits && !deposits.isZero()) totalLines.push(['Acomptes versés', `− ${formatEur(deposits)}`]);
    blocks.push(keyValue(totalLines));
    blocks.push(keyValue([['Net à payer', [strong(formatEur(deposits ? t.ttc.minus(deposits) : t.ttc))]]]));
    if (!subject) {
      const mentions = ctx.param('vatMentions');
      blocks.push(paragraph(strong(mentions[org.vat.regime as 'exempt-261-4-4a' | 'franchise-293B'])));
    } else if (d.vatOnDebits) {
      blocks.push(paragraph('Option pour le paiement de la taxe d’après les débits.'));
    }
    const terms: [string, string | undefined][] = [
      ['Conditions de paiement', d.paymentTerms],
      ['Escompte pour paiement anticipé', d.earlyPaymentDiscount],
      ['Pénalités de retard', d.latePenaltyRate],
    ];
    if (d.client.type === 'business') {
      const indemnity = ctx.param('recoveryIndemnity');
      terms.push(['Indemnité forfaitaire pour frais de recouvrement', `${formatEur(indemnity)} due de plein droit en cas de retard de paiement (art. L. 441-10 et D. 441-5 du code de commerce).`]);
      const size: IssuerSize = ctx.options.issuerSize ?? 'large';
      if (d.date >= ctx.param('einvoicingMentionsFrom', 'issuerSize')[size]) terms.push(['Nature des opérations', 'Prestations de services']);
    }
    if (d.dueDate) terms.unshift(["Date d'échéance", frDate(d.dueDate)]);
    blocks.push(keyValue(terms));
    if (d.bankAccount) {
      blocks.push(heading(2, 'Coordonnées bancaires'));
      blocks.push(
        keyValue([
          ['Titulaire du compte', d.bankAccount.holder ?? org.name],
          ['Banque', d.bankAccount.bank],
          ['IBAN', formatIban(d.bankAccount.iban)],
          ['BIC', d.bankAccount.bic],
        ]),
      );
    }
    return { title: `Facture ${d.number ?? ''}`.trim(), ...(d.number ? { reference: d.number } : {}), issuer: issuerOf(org), blocks };
  },
}))();
