/**
 * A civil-date schema that reports exactly one issue per bad date (`invalid_date_format` or
 * `invalid_date`). `@ofkit/core`'s `CivilDateSchema` reports two for a malformed string (its regex
 * and its existence check both fire).
 *
 * @internal
 */
import * as z from '@ofkit/core/internal/zod-mini';
import { isCivilDate } from '@ofkit/core/internal/base';
import { bilingual } from '@ofkit/core/internal';

const RE = /^\d{4}-\d{2}-\d{2}$/;

export const DateSchema = /* @__PURE__ */ (() => z
  .pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      if (isCivilDate(v)) return v;
      if (RE.test(v)) ctx.issues.push({ code: 'custom', message: bilingual(`Date inexistante : ${v}.`, `Date does not exist: ${v}.`), params: { code: 'invalid_date' }, input: v });
      else ctx.issues.push({ code: 'custom', message: bilingual(`Date attendue au format AAAA-MM-JJ, reçu ${JSON.stringify(v)}.`, `Expected a date as YYYY-MM-DD, got ${JSON.stringify(v)}.`), params: { code: 'invalid_date_format' }, input: v });
      return z.NEVER;
    }),
  )
  .register(z.globalRegistry, { format: 'date', description: 'Civil date YYYY-MM-DD' }))();
