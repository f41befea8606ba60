/**
 * The public surface under test: every function (and class) exported by each package's public
 * entries, as a user imports them. Entries are imported from the sources (the vitest aliases map
 * `@ofkit/*` to them), so the suite tests what the build ships.
 */
import * as core from '@ofkit/core';
import * as cpf from '@ofkit/cpf';
import * as docsGen from '@ofkit/docs-gen';
import * as docsGenDocx from '@ofkit/docs-gen/docx';
import * as docsGenIcs from '@ofkit/docs-gen/ics';
import * as docsGenPdf from '@ofkit/docs-gen/pdf';
import * as docsGenPdfBrowser from '@ofkit/docs-gen/pdf-browser';
import * as rnq from '@ofkit/rnq';

export interface PublicFunction {
  /** `package:name`, e.g. `core:addDays`. */
  readonly id: string;
  readonly entry: string;
  readonly name: string;
  readonly fn: (...args: unknown[]) => unknown;
  /** A class: called with `new`. */
  readonly isClass: boolean;
}

export const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  core,
  cpf,
  rnq,
  'docs-gen': docsGen,
  'docs-gen/pdf': docsGenPdf,
  'docs-gen/pdf-browser': docsGenPdfBrowser,
  'docs-gen/docx': docsGenDocx,
  'docs-gen/ics': docsGenIcs,
};

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

export function publicFunctions(): PublicFunction[] {
  const out: PublicFunction[] = [];
  for (const [entry, mod] of Object.entries(ENTRIES)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      out.push({ id: `${entry}:${name}`, entry, name, fn: value as (...a: unknown[]) => unknown, isClass: isClass(value) });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
