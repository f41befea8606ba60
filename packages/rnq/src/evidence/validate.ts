import type { IssuePath, OfkitIssue } from '@ofkit/core';
import { OfkitError, isCivilDate } from '@ofkit/core/internal/base';
import { issue } from '@ofkit/core/internal';
import { EVIDENCE_KINDS, type EvidenceKind } from './catalogue.js';
import { checkMetadata } from './metadata.js';
import type { EvidenceSet } from './model.js';
import { json } from '../shared/guard.js';

const KINDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(EVIDENCE_KINDS))();
const MODALITIES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(['presentiel', 'distance', 'mixte']))();
const MAX_ISSUES = 1000;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates an {@link EvidenceSet} with a hand-written single pass (the zod schema
 * `EvidenceSetSchema` describes the same shape; a property test checks they agree). Used on the hot
 * path of `assessReadiness`, where zod would cost a quarter of a second per 200 000 items.
 * Collects every issue (up to 1 000, then one `too_many_issues` issue) and throws one
 * {@link OfkitError}.
 */
export function validateEvidenceSet(input: unknown, base: IssuePath = ['evidence']): EvidenceSet {
  const issues: OfkitIssue[] = [];
  const addIssue = (x: OfkitIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(x);
  };
  const add = (path: IssuePath, code: string, fr: string, en: string) => addIssue(issue([...base, ...path], code, fr, en));
  const str = (v: unknown, path: IssuePath, required: boolean) => {
    if (v === undefined) {
      if (required) add(path, 'invalid_type', 'Champ requis (texte).', 'Required field (string).');
    } else if (typeof v !== 'string' || v.length === 0) add(path, 'invalid_type', 'Texte non vide attendu.', 'Expected a non-empty string.');
  };
  const date = (v: unknown, path: IssuePath) => {
    if (!isCivilDate(v)) add(path, 'invalid_date', `Date AAAA-MM-JJ existante attendue, reçu ${json(v)}.`, `Expected an existing YYYY-MM-DD date, got ${json(v)}.`);
  };
  const strArray = (v: unknown, path: IssuePath) => {
    if (v === undefined) return;
    if (!Array.isArray(v)) return add(path, 'invalid_type', 'Tableau attendu.', 'Expected an array.');
    for (let i = 0; i < v.length; i++) str(v[i], [...path, i], true);
  };
  if (!isObj(input)) {
    throw new OfkitError('INVALID_INPUT', [issue(base, 'invalid_type', 'Objet { sessions?, items } attendu.', 'Expected an object { sessions?, items }.')]);
  }
  const { sessions, items } = input;
  if (sessions !== undefined) {
    if (!Array.isArray(sessions)) add(['sessions'], 'invalid_type', 'Tableau attendu.', 'Expected an array.');
    else {
      for (let i = 0; i < sessions.length; i++) {
        const s: unknown = sessions[i];
        if (!isObj(s)) {
          add(['sessions', i], 'invalid_type', 'Objet attendu.', 'Expected an object.');
          continue;
        }
        str(s['id'], ['sessions', i, 'id'], true);
        date(s['startDate'], ['sessions', i, 'startDate']);
        date(s['endDate'], ['sessions', i, 'endDate']);
        if (typeof s['startDate'] === 'string' && typeof s['endDate'] === 'string' && s['endDate'] < s['startDate']) {
          add(['sessions', i, 'endDate'], 'end_before_start', 'La date de fin précède la date de début.', 'End date is before start date.');
        }
        const hd = s['halfDays'];
        if (hd !== undefined && !(typeof hd === 'number' && Number.isSafeInteger(hd) && hd >= 0)) {
          add(['sessions', i, 'halfDays'], 'invalid_type', 'Entier positif ou nul attendu.', 'Expected a non-negative integer.');
        }
        strArray(s['learners'], ['sessions', i, 'learners']);
        strArray(s['trainers'], ['sessions', i, 'trainers']);
        const m = s['modality'];
        if (m !== undefined && !(typeof m === 'string' && MODALITIES.has(m))) {
          add(['sessions', i, 'modality'], 'invalid_value', 'Modalité attendue : presentiel, distance ou mixte.', 'Expected modality: presentiel, distance or mixte.');
        }
        if (s['finished'] !== undefined && typeof s['finished'] !== 'boolean') {
          add(['sessions', i, 'finished'], 'invalid_type', 'Booléen attendu.', 'Expected a boolean.');
        }
      }
    }
  }
  if (!Array.isArray(items)) add(['items'], 'invalid_type', 'Tableau d’éléments de preuve attendu.', 'Expected an array of evidence items.');
  else {
    for (let i = 0; i < items.length; i++) {
      const it: unknown = items[i];
      if (!isObj(it)) {
        add(['items', i], 'invalid_type', 'Objet attendu.', 'Expected an object.');
        continue;
      }
      const kind = it['kind'];
      if (typeof kind !== 'string' || !KINDS.has(kind)) {
        add(['items', i, 'kind'], 'invalid_value', `Type de preuve inconnu : ${json(kind)}.`, `Unknown evidence kind: ${json(kind)}.`);
      }
      date(it['date'], ['items', i, 'date']);
      str(it['id'], ['items', i, 'id'], false);
      str(it['sessionId'], ['items', i, 'sessionId'], false);
      str(it['learnerId'], ['items', i, 'learnerId'], false);
      const inds = it['indicators'];
      if (inds !== undefined) {
        if (!Array.isArray(inds)) add(['items', i, 'indicators'], 'invalid_type', 'Tableau de numéros d’indicateurs attendu.', 'Expected an array of indicator numbers.');
        else
          for (let j = 0; j < inds.length; j++) {
            const n: unknown = inds[j];
            if (!(typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 33)) {
              add(['items', i, 'indicators', j], 'invalid_value', 'Numéro d’indicateur entre 1 et 33 attendu.', 'Expected an indicator number from 1 to 33.');
            }
          }
      }
      const md = it['metadata'];
      if (md !== undefined && !isObj(md)) add(['items', i, 'metadata'], 'invalid_type', 'Objet attendu.', 'Expected an object.');
      else if (md !== undefined && typeof kind === 'string' && KINDS.has(kind)) {
        checkMetadata(kind as EvidenceKind, md, [...base, 'items', i, 'metadata'], addIssue);
      }
    }
  }
  if (issues.length >= MAX_ISSUES) {
    issues.push(issue(base, 'too_many_issues', `Plus de ${MAX_ISSUES} problèmes ; seuls les premiers sont listés.`, `More than ${MAX_ISSUES} issues; only the first are listed.`));
  }
  if (issues.length > 0) throw new OfkitError('INVALID_INPUT', issues);
  return input as unknown as EvidenceSet;
}
