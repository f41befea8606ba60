/** Hostile strings and where to put them in each kind's input (shared by the hostile and browser tests). */
import type { DocumentKind } from '../src/index.js';
import { completeInputs } from './fixtures.js';

export const HOSTILE = `<script>alert("x")</script> "'><img src=x onerror=alert(1)> *gras* [lien](javascript:alert(1)) | # \u202Eevil\u202C 😀 &amp;`;
export const LONG = 'Mention très longue — '.repeat(455).slice(0, 10_000);

/** A rendered text field per kind. */
export const FIELD: Record<DocumentKind, (string | number)[]> = {
  convention: ['training', 'methods'],
  'contrat-formation': ['earlyTerminationTerms'],
  programme: ['training', 'accessibility'],
  devis: ['paymentTerms'],
  convocation: ['equipment'],
  'reglement-interieur': ['scope'],
  'feuille-emargement': ['training', 'title'],
  'attestation-fin-formation': ['training', 'title'],
  'certificat-realisation': ['training', 'title'],
  'questionnaire-satisfaction': ['training', 'title'],
  facture: ['paymentTerms'],
  'cpf-plan': ['training', 'title'],
  'audit-readiness': ['result', 'todo', 0, 'action'],
  'veille-reglementaire': ['actions', 0],
};

export function inject(kind: DocumentKind, value: string, orgName = `Forma ${HOSTILE}`): unknown {
  const data = structuredClone(completeInputs()[kind]) as Record<string | number, unknown>;
  (data['organisation'] as Record<string, unknown>)['name'] = orgName;
  const path = FIELD[kind];
  let cur = data;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]!] as Record<string | number, unknown>;
  cur[path[path.length - 1]!] = value;
  return data;
}

