/**
 * Checks that the published type declarations document every field of every input type, as an
 * editor hover shows it (issue 10): compiles a consumer file against the built packages (`dist`,
 * resolved through each package's `exports`, as a user of the tarballs would), walks every property
 * of the listed input types recursively and lists the properties without documentation.
 * Run after `pnpm build`: `node scripts/check-dts-docs.mjs` (exit 1 when a property has none).
 * `--source` walks the source types instead (what hovers show inside the repository).
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const source = process.argv.includes('--source');
const verbose = process.argv.includes('--verbose');
const kinds = ['convention', 'contrat-formation', 'programme', 'devis', 'convocation', 'feuille-emargement', 'certificat-realisation', 'attestation-fin-formation', 'facture', 'reglement-interieur', 'questionnaire-satisfaction', 'cpf-plan', 'audit-readiness', 'veille-reglementaire'];
const types = {
  '@ofkit/core': ['Address', 'Organisation', 'Learner', 'Trainer', 'Training', 'Session', 'Enrolment', 'AttendanceRecord'],
  '@ofkit/cpf': ['CpfFinancingRequest', 'DotationInput', 'CpfDeadlinesInput', 'CompletionInput', 'PartialCompletionInput', 'CpfRightsHistory'],
  '@ofkit/rnq': ['EvidenceSet', 'OfProfile', 'AuditCycleInput', 'NonConformityInput', 'ResultIndicatorsInput', 'DistanceSession', 'CoreRecordsInput', 'ReadinessOptions', 'DistanceOptions'],
  '@ofkit/docs-gen': ['SessionRecords', 'DocumentFields', 'BpfInput', 'BpfDomainInput', 'LheoOffer', ...kinds.map((k) => `DocumentInput<'${k}'>`)],
};
const dir = mkdtempSync(join(root, 'examples', '.dts-probe-'));
const file = join(dir, 'probe.ts');
let body = '';
let i = 0;
const names = [];
for (const [pkg, list] of Object.entries(types)) {
  const imported = [...new Set(list.map((t) => t.replace(/<.*/, '')))];
  body += `import type { ${imported.join(', ')} } from '${pkg}';\n`;
  for (const t of list) { body += `export declare const v${i}: ${t};\n`; names.push(`${pkg} ${t}`); i += 1; }
}
writeFileSync(file, body);
const options = {
  strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, types: [],
  ...(source ? { baseUrl: root, paths: JSON.parse(ts.sys.readFile(join(root, 'tsconfig.base.json')).replace(/\/\/.*$/gm, '')).compilerOptions.paths } : {}),
};
const program = ts.createProgram([file], options);
const checker = program.getTypeChecker();
const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
if (diags.length > 0) {
  rmSync(dir, { recursive: true, force: true });
  console.error(diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  process.exit(2);
}
const sf = program.getSourceFile(file);
const missing = new Map();
let total = 0;
function docOf(sym) {
  return ts.displayPartsToString(sym.getDocumentationComment(checker)).trim();
}
function walk(type, path, seen, depth) {
  if (depth > 12) return;
  if (type.isUnion() || type.isIntersection()) { for (const t of type.types) walk(t, path, seen, depth + 1); return; }
  if (!(type.flags & ts.TypeFlags.Object)) return;
  if (checker.isArrayType(type) || checker.isTupleType(type)) { for (const t of checker.getTypeArguments(type)) walk(t, `${path}[]`, seen, depth + 1); return; }
  const sym = type.getSymbol();
  const name = sym?.getName();
  if (name && ['Date', 'Uint8Array', 'ArrayBuffer', 'Map', 'Set', 'Promise', 'RegExp', 'Function'].includes(name)) return;
  if (type.getCallSignatures().length > 0) return;
  if (seen.has(type)) return;
  seen.add(type);
  for (const p of type.getProperties()) {
    const key = `${path}.${p.getName()}`;
    total += 1;
    if (docOf(p) === '') missing.set(key.replace(/^[^.]*/, '').length ? key : key, true);
    const pt = checker.getTypeOfSymbol(p);
    walk(checker.getNonNullableType(pt), key, seen, depth + 1);
  }
  seen.delete(type);
}
for (let j = 0; j < names.length; j += 1) {
  const stmt = sf.statements.find((s) => ts.isVariableStatement(s) && s.declarationList.declarations[0].name.getText(sf) === `v${j}`);
  const decl = stmt.declarationList.declarations[0];
  walk(checker.getTypeAtLocation(decl.name), names[j], new Set(), 0);
}
rmSync(dir, { recursive: true, force: true });
const list = [...missing.keys()];
console.log(`${source ? 'source' : 'published'} declarations: ${total - list.length} of ${total} input properties documented in hovers; ${list.length} without`);
if (verbose || list.length <= 40) for (const m of list.slice(0, verbose ? 100000 : 40)) console.log(`  ${m}`);
process.exit(list.length > 0 ? 1 : 0);
