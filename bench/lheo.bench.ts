/**
 * `toLheoXml` scaling (issue 13): actions × sessions at n and 2n, each size measured in its own Node
 * process (so one size's heap does not slow the other), beside a hand-written template that writes
 * the same document (checked equal before timing). Target: time(2n) / time(n) ≤ 2.2×. CPU time is
 * reported beside wall time: on a loaded machine only the CPU ratio means something.
 *
 * Run: node --expose-gc --import tsx bench/lheo.bench.ts   (or `pnpm bench lheo`)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { toLheoXml, type LheoOffer } from '@ofkit/docs-gen';

const SESSIONS_PER_ACTION = 20;
const address = { lines: ['12 rue des Tanneurs'], postalCode: '75011', city: 'Paris' };

function offer(actions: number): LheoOffer {
  return {
    organisation: {
      nda: '11755433475',
      siret: '73282932000074',
      name: 'Atelier Formation',
      legalName: 'ATELIER FORMATION CONSEIL',
      details: { address },
      contacts: [{ details: { email: 'contact@atelier.example' } }],
    },
    formations: [
      {
        domain: { formacodes: ['70332'] },
        title: 'Excel perfectionnement',
        objective: 'Automatiser des tableaux',
        expectedResults: 'Attestation',
        content: 'Tableaux croisés & macros',
        certifying: false,
        contacts: [{ details: { lastName: 'Lefèvre' } }],
        courseType: 1,
        entryLevel: 0,
        actions: Array.from({ length: actions }, (_, i) => ({
          id: `A${i}`,
          rhythm: 'Temps plein',
          targetPublic: ['15054'],
          entryLevelMandatory: false,
          alternance: 'Sans objet',
          teachingMode: 0 as const,
          prerequisites: 'Bases',
          fundingPossible: true,
          entryMode: 0 as const,
          sessions: Array.from({ length: SESSIONS_PER_ACTION }, (_, j) => ({
            id: `S${i}-${j}`,
            start: `2026-${String((j % 12) + 1).padStart(2, '0')}-09`,
            end: `2026-${String((j % 12) + 1).padStart(2, '0')}-10`,
            registrationAddress: address,
          })),
        })),
      },
    ],
  };
}

/** The same document by hand, compact (valid input assumed: no validation, nothing to escape but `&`). */
function handWritten(actions: number): string {
  const addr = '<adresse><ligne>12 rue des Tanneurs</ligne><codepostal>75011</codepostal><ville>Paris</ville></adresse>';
  let out = '<?xml version="1.0" encoding="UTF-8"?><lheo xmlns="http://lheo.gouv.fr/2.3"><offres><formation>';
  out += '<domaine-formation><code-FORMACODE ref="V13">70332</code-FORMACODE></domaine-formation>';
  out += '<intitule-formation>Excel perfectionnement</intitule-formation><objectif-formation>Automatiser des tableaux</objectif-formation>';
  out += '<resultats-attendus>Attestation</resultats-attendus><contenu-formation>Tableaux croisés &amp; macros</contenu-formation><certifiante>0</certifiante>';
  out += '<contact-formation><coordonnees><nom>Lefèvre</nom></coordonnees></contact-formation><parcours-de-formation>1</parcours-de-formation><code-niveau-entree>0</code-niveau-entree>';
  for (let i = 0; i < actions; i++) {
    out += `<action numero="A${i}"><rythme-formation>Temps plein</rythme-formation><code-public-vise ref="V13">15054</code-public-vise><niveau-entree-obligatoire>0</niveau-entree-obligatoire><modalites-alternance>Sans objet</modalites-alternance><modalites-enseignement>0</modalites-enseignement><conditions-specifiques>Bases</conditions-specifiques><prise-en-charge-frais-possible>1</prise-en-charge-frais-possible><modalites-entrees-sorties>0</modalites-entrees-sorties>`;
    for (let j = 0; j < SESSIONS_PER_ACTION; j++) {
      const m = String((j % 12) + 1).padStart(2, '0');
      out += `<session numero="S${i}-${j}"><periode><debut>2026${m}09</debut><fin>2026${m}10</fin></periode><adresse-inscription>${addr}</adresse-inscription></session>`;
    }
    out += '</action>';
  }
  out += `<organisme-formation-responsable><numero-activite>11755433475</numero-activite><SIRET-organisme-formation><SIRET>73282932000074</SIRET></SIRET-organisme-formation><nom-organisme>Atelier Formation</nom-organisme><raison-sociale>ATELIER FORMATION CONSEIL</raison-sociale><coordonnees-organisme><coordonnees>${addr}</coordonnees></coordonnees-organisme><contact-organisme><coordonnees><courriel>contact@atelier.example</courriel></coordonnees></contact-organisme></organisme-formation-responsable>`;
  out += '</formation></offres></lheo>';
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Child mode: measure one size, print JSON. */
function child(actions: number): void {
  const input = offer(actions);
  const ours = toLheoXml(input, { pretty: false });
  if (ours !== handWritten(actions)) throw new Error('the hand-written baseline and toLheoXml differ');
  const runs = 7;
  const t: number[] = [];
  const b: number[] = [];
  const cpuT: number[] = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let peak = 0;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    // Both timed up to the UTF-8 byte count, as a host writing the file would (this also flattens the
    // hand-written rope, which would otherwise be measured unfinished).
    let t0 = performance.now();
    const c0 = cpu();
    const x = Buffer.byteLength(toLheoXml(input, { pretty: false }));
    t.push(performance.now() - t0);
    cpuT.push(cpu() - c0);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    t0 = performance.now();
    const y = Buffer.byteLength(handWritten(actions));
    b.push(performance.now() - t0);
    if (x !== y) throw new Error('length differs');
  }
  console.log(JSON.stringify({ actions, sessions: actions * SESSIONS_PER_ACTION, bytes: ours.length, ours: median(t), oursCpu: median(cpuT), baseline: median(b), peakHeapMb: peak / 1048576 }));
}

function parent(): void {
  const self = fileURLToPath(import.meta.url);
  const measureSize = (actions: number) => {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, String(actions)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { actions: number; sessions: number; bytes: number; ours: number; oursCpu: number; baseline: number; peakHeapMb: number };
  };
  console.log('\ntoLheoXml scaling, actions × 20 sessions, each size in its own process (median of 7, compact output, validation included)');
  for (const n of [500, 1000]) {
    const a = measureSize(n);
    const b = measureSize(2 * n);
    console.log(`  n = ${a.sessions} sessions (${(a.bytes / 1048576).toFixed(1)} MB): ours ${a.ours.toFixed(1)} ms, hand-written ${a.baseline.toFixed(1)} ms (${(a.ours / a.baseline).toFixed(1)}×), peak heap ${a.peakHeapMb.toFixed(0)} MB`);
    console.log(`  2n = ${b.sessions} sessions (${(b.bytes / 1048576).toFixed(1)} MB): ours ${b.ours.toFixed(1)} ms, hand-written ${b.baseline.toFixed(1)} ms (${(b.ours / b.baseline).toFixed(1)}×), peak heap ${b.peakHeapMb.toFixed(0)} MB`);
    console.log(`  time(2n) / time(n): ours ${(b.ours / a.ours).toFixed(2)}× wall, ${(b.oursCpu / a.oursCpu).toFixed(2)}× CPU; hand-written ${(b.baseline / a.baseline).toFixed(2)}× — target ≤ 2.2×`);
  }
}

const arg = process.argv[2];
if (arg !== undefined && /^\d+$/.test(arg)) child(Number(arg));
else parent();
