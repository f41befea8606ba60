import type { z } from 'zod';
import type { CivilDate } from '@ofkit/core';
import type { Block, IssuerIdentity } from '../../model/types.js';
import type { BuildContext, MentionList } from '../common.js';

/** What a kind's builder returns. */
export interface BuiltBody {
  readonly title: string;
  readonly reference?: string;
  readonly orientation?: 'portrait' | 'landscape';
  readonly issuer: IssuerIdentity;
  readonly blocks: Block[];
}

/** The definition of one document kind: schema, mandatory mentions, layout. */
export interface KindSpec<S extends z.ZodType = z.ZodType> {
  readonly kind: string;
  /** French name of the document. */
  readonly label: string;
  readonly schema: S;
  /** The date of the document (parameters are read at this date). */
  readonly dateOf: (d: z.output<S>) => CivilDate;
  /** Checks every mandatory mention and consistency rule (adds to `m`, warnings to `ctx`). */
  readonly mentions: (d: z.output<S>, m: MentionList, ctx: BuildContext) => void;
  readonly build: (d: z.output<S>, ctx: BuildContext) => BuiltBody;
}

/** Helps TypeScript infer the schema type of a kind. */
export function defineKind<S extends z.ZodType>(spec: KindSpec<S>): KindSpec<S> {
  return spec;
}
