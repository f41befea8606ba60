/**
 * The schema of a {@link BpfResult}, the input of the BPF exports (`bpfToJson`, `bpfToCsv`,
 * `bpfToDocument`): a result given back by a caller (stored, sent over the wire, hand-built) is
 * validated through core's `parseInput` like any other input, so a wrong shape, a BigInt, a cycle or
 * a throwing getter is one `OfkitError` with every issue and its path, never a `TypeError`. Keys
 * follow the order of {@link BpfResult}; the layout definition is checked as JSON data.
 *
 * @module
 */
import * as z from '@ofkit/core/internal/zod';
import { CivilDateSchema, OfkitError } from '@ofkit/core';
import { parseArg } from '../model/parse.js';
import type { BpfResult } from './compute.js';

const Str = /* @__PURE__ */ (() => z.string())();
const Count = /* @__PURE__ */ (() => z.number())();

const LegalRefSchema = /* @__PURE__ */ (() =>
  z.object({ source: Str, article: Str, title: Str, legifranceId: Str.optional(), url: Str.optional() }))();
const StepSchema = /* @__PURE__ */ (() =>
  z.object({ code: Str, label: Str, labelEn: Str.optional(), amounts: z.record(z.string(), Str).optional(), references: z.array(LegalRefSchema).optional() }))();
const WarningSchema = /* @__PURE__ */ (() =>
  z.object({ code: Str, message: Str, messageEn: Str, parameter: Str.optional(), status: Str.optional(), option: Str.optional(), references: z.array(LegalRefSchema) }))();

const FRAMES = ['A', 'B', 'C', 'D', 'E', 'F', 'F-1', 'F-2', 'F-3', 'F-4', 'G', 'H'] as const;

/** The result schema, with `Ids` for every list of record ids. */
function resultSchema<I extends z.ZodType<string[]>>(Ids: I) {
  const MoneyLineSchema = z.object({ code: Str, label: Str, labelEn: Str, partOf: Str.optional(), amount: Str, sources: z.object({ invoices: Ids }) });
  const TraineeLineSchema = z.object({
    code: Str,
    label: Str,
    labelEn: Str,
    partOf: Str.optional(),
    trainees: Count,
    hours: Count,
    nsfCode: Str.optional(),
    sources: z.object({ enrolments: Ids }),
  });
  const TrainerLineSchema = z.object({
    code: Str,
    label: Str,
    labelEn: Str,
    partOf: Str.optional(),
    persons: Count,
    hours: Count,
    sources: z.object({ trainers: Ids, trainerHours: Ids }),
  });
  const TraineeTableSchema = z.object({ lines: z.array(TraineeLineSchema), total: z.object({ trainees: Count, hours: Count }) });
  const MissingSchema = z.object({ code: Str, path: z.array(z.union([z.string(), z.number()])).optional(), message: Str, messageEn: Str, records: Ids });

  return z.object({
    layout: z.object({ id: Str, cerfa: Str, title: Str, status: Str, references: z.array(LegalRefSchema), definition: z.json() }),
    financialYear: z.object({ start: CivilDateSchema, end: CivilDateSchema }),
    filingDeadline: CivilDateSchema,
    frameA: z.object({
      name: Str.nullable(),
      nda: Str.nullable(),
      siret: Str.nullable(),
      legalForm: Str.nullable(),
      naf: Str.nullable(),
      address: z.object({ lines: z.array(Str), postalCode: Str, city: Str }).nullable(),
      addressPublic: z.boolean().nullable(),
      phone: Str.nullable(),
      email: Str.nullable(),
    }),
    frameB: z.object({ financialYear: z.object({ start: CivilDateSchema, end: CivilDateSchema }), distanceActions: z.boolean().nullable() }),
    frameC: z.object({
      lines: z.array(MoneyLineSchema),
      line2Total: Str,
      total: Str,
      revenueShare: Str.nullable(),
      unallocated: z.object({ amount: Str, invoices: Ids }),
    }),
    frameD: z.object({ total: Str, trainerSalaries: Str, purchasedTraining: Str }).nullable(),
    frameE: z.object({ lines: z.array(TrainerLineSchema), total: z.object({ persons: Count, hours: Count }) }),
    frameF: z.object({ f1: TraineeTableSchema, f2: TraineeLineSchema, f3: TraineeTableSchema, f4: TraineeTableSchema }),
    frameG: TraineeLineSchema,
    frameH: z.object({ lastName: Str, firstName: Str, title: Str }).nullable(),
    checks: z.array(z.object({ code: Str, label: Str, labelEn: Str, ok: z.boolean(), figures: z.record(z.string(), Str) })),
    missingData: z.object(Object.fromEntries(FRAMES.map((f) => [f, z.array(MissingSchema)])) as Record<(typeof FRAMES)[number], z.ZodArray<typeof MissingSchema>>),
    anomalies: z.array(
      z.object({ code: Str, frame: z.enum(FRAMES), message: Str, messageEn: Str, records: Ids, amount: Str.optional() }),
    ),
    explanation: z.array(StepSchema),
    warnings: z.array(WarningSchema),
    references: z.array(LegalRefSchema),
  });
}

/** @internal The schema of a {@link BpfResult}. */
export const BpfResultSchema = /* @__PURE__ */ (() => resultSchema(z.array(z.string())))();

/** Whether `v` is an array of strings, every index set (what `z.array(z.string())` accepts). */
function isStrings(v: unknown): v is string[] {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

/**
 * The same schema, where a list of ids is checked in one loop and kept as it is (the safe copy of
 * it parseInput made first), not copied again element by element: the lists behind the figures are
 * most of a result. Used first; on any issue the full schema parses again, for zod's own issues.
 */
const BpfResultFastSchema = /* @__PURE__ */ (() => resultSchema(z.custom<string[]>(isStrings)))();

/** @internal A BPF result given to an export, validated (a copy; paths under `result`). */
export function parseBpfResult(result: unknown): BpfResult {
  try {
    return parseArg(BpfResultFastSchema, result, ['result']) as unknown as BpfResult;
  } catch (e) {
    if (!(e instanceof OfkitError)) throw e;
    // Not a valid result: the issues of the full schema (this throws them).
    return parseArg(BpfResultSchema, result, ['result']) as unknown as BpfResult;
  }
}
