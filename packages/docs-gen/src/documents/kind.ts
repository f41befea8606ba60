/**
 * The one check of a document kind argument, shared by `createDocument`, `checkMentions` and
 * `documentJsonSchema`.
 *
 * @module
 */
import { OfkitError } from '@ofkit/core';
import { issue } from '@ofkit/core/internal';
import { kindOf } from '../model/guard.js';
import { KINDS, type DocumentKind } from './kinds/index.js';

/** The spec of `kind`, or `OfkitError` `INVALID_INPUT` (`unknown_kind`, path `kind`) listing the kinds. */
export function kindSpec(kind: unknown): (typeof KINDS)[DocumentKind] {
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(KINDS, kind)) {
    const kinds = Object.keys(KINDS).join(', ');
    // Never String(kind): an object without prototype, a symbol or a hostile proxy would throw.
    const shown = typeof kind === 'string' ? `« ${kind.slice(0, 80)} »` : kindOf(kind);
    const shownEn = typeof kind === 'string' ? `"${kind.slice(0, 80)}"` : kindOf(kind);
    throw new OfkitError('INVALID_INPUT', [
      issue(['kind'], 'unknown_kind', `Type de document inconnu : ${shown}. Types : ${kinds}.`, `Unknown document kind: ${shownEn}. Kinds: ${kinds}.`),
    ]);
  }
  return KINDS[kind as DocumentKind];
}
