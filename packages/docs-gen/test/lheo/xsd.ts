/**
 * Validation against the official LHÉO 2.3 XML Schema (../shared/schemas/lheo-2.3.xsd, outside the
 * repository: see its README there) with xmllint compiled to WebAssembly (npm `xmllint-wasm`, pinned
 * dev dependency). Test code only: the package itself never reads files.
 *
 * The XSD is looked up at `$OFKIT_LHEO_XSD`, else `../shared/schemas/lheo-2.3.xsd` from the repository
 * root. When it cannot be found, `lheoXsd()` throws under `CI=true` (a missing schema must fail the
 * build, never skip it) and returns `undefined` elsewhere (the caller skips with a visible reason).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

function repoRoot(): string {
  let dir = resolve(import.meta.dirname);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root (pnpm-workspace.yaml) not found');
    dir = up;
  }
  return dir;
}

/** Where the XSD is expected. */
export const LHEO_XSD_PATH = process.env['OFKIT_LHEO_XSD'] ?? resolve(repoRoot(), '..', 'shared', 'schemas', 'lheo-2.3.xsd');

let cached: string | undefined;

/** The XSD text; throws under CI when it is missing, `undefined` elsewhere. */
export function lheoXsd(): string | undefined {
  if (cached !== undefined) return cached;
  if (!existsSync(LHEO_XSD_PATH)) {
    if (process.env['CI'] === 'true') throw new Error(`LHÉO XSD not found at ${LHEO_XSD_PATH}: CI must validate every LHÉO document against it.`);
    return undefined;
  }
  cached = readFileSync(LHEO_XSD_PATH, 'utf8');
  return cached;
}

/** One invalid document: its index in the input and xmllint's messages. */
export interface XsdFailure {
  readonly index: number;
  readonly errors: readonly string[];
}

/**
 * Validates documents against the XSD in batches (one xmllint run per batch); returns the failures
 * (empty when every document is valid).
 */
export async function validateAgainstLheoXsd(xmls: readonly string[], xsd: string, batch = 200): Promise<XsdFailure[]> {
  const failures: XsdFailure[] = [];
  for (let start = 0; start < xmls.length; start += batch) {
    const part = xmls.slice(start, start + batch);
    const r = await validateXML({
      xml: part.map((contents, i) => ({ fileName: `doc${start + i}.xml`, contents })),
      schema: { fileName: 'lheo-2.3.xsd', contents: xsd },
      maxMemoryPages: 16 * 1024,
    });
    if (r.valid) continue;
    const byFile = new Map<number, string[]>();
    for (const e of r.errors) {
      const m = /^doc(\d+)\.xml/.exec(e.rawMessage);
      const idx = m ? Number(m[1]) : -1;
      if (/fails to validate$/.test(e.rawMessage) && byFile.has(idx)) continue;
      byFile.set(idx, [...(byFile.get(idx) ?? []), e.rawMessage]);
    }
    if (byFile.size === 0) byFile.set(-1, [r.rawOutput]);
    for (const [index, errors] of byFile) failures.push({ index, errors });
  }
  return failures;
}
