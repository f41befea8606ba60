/**
 * `pnpm run docs`: builds the documentation site into docs/site/ (not committed; entry
 * docs/site/index.html):
 * 1. the guides (docs/*.md) with VitePress 1.x;
 * 2. the API reference with TypeDoc (warnings are errors, typedoc.json) into docs/site/api/;
 * 3. the law explorer (docs/site/law/) and the playgrounds (docs/site/playground/): static pages
 *    whose scripts bundle the real packages for the browser with esbuild.
 * The pages use relative links, so the law explorer and the playgrounds also work from file://; the
 * VitePress pages need a static server (any, e.g. `npx vitepress preview docs`).
 * Run `pnpm build` first: the bundles read the packages' built entries.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const docs = resolve(here, '..');
const root = resolve(docs, '..');
const site = join(docs, 'site');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

console.log('• guides (VitePress)');
execFileSync(bin('vitepress'), ['build', 'docs'], { cwd: root, stdio: 'inherit' });

console.log('• API reference (TypeDoc)');
execFileSync(bin('typedoc'), ['--out', join(site, 'api')], { cwd: root, stdio: 'inherit' });

console.log('• law explorer and playgrounds (esbuild)');
/** A page; `titleEn` and `introEn` for a page whose script can show it in English (`?lang=en`). */
interface Page {
  readonly dir: string;
  readonly file: string;
  readonly script: string;
  readonly title: string;
  readonly intro: string;
  readonly titleEn?: string;
  readonly introEn?: string;
}
const pages: readonly Page[] = [
  {
    dir: 'law',
    file: 'index.html',
    script: 'explorer',
    title: 'Explorateur du droit',
    intro: 'Chaque paramètre de chaque jeu de règles d’ofkit : ses valeurs datées (frise de 2017 à 2028), leur statut (confirmé, provisoire, discuté), leurs références avec les liens Légifrance, les fonctions qui le lisent et les options qui tranchent ses lectures ouvertes. En haut, ce qui a changé entre deux dates (lawChanges).',
    titleEn: 'Law explorer',
    introEn: 'Every parameter of every ofkit rule set: its dated values (timeline from 2017 to 2028), their status (confirmed, provisional, disputed), their references with the Légifrance links (titles of the French legal texts, in French), the functions that read it and the options that settle its open readings. At the top, what changed between two dates (lawChanges).',
  },
  { dir: 'playground', file: 'cpf.html', script: 'cpf', title: 'Bac à sable : plan de financement CPF', intro: 'Décrivez un achat sur Mon Compte Formation : le plan est calculé dans votre navigateur par planCpfFinancing (@ofkit/cpf), avec son explication, ses points d’attention et ses références.' },
  { dir: 'playground', file: 'mentions.html', script: 'mentions', title: 'Bac à sable : mentions obligatoires', intro: 'Choisissez un type de document et collez ses données (JSON) : checkMentions (@ofkit/docs-gen) liste les mentions obligatoires manquantes ou invalides, avec leurs références.' },
];
const entry: Record<string, string> = { explorer: 'explorer.ts', cpf: 'playground-cpf.ts', mentions: 'playground-mentions.ts' };
const FORMS: Record<string, string> = {
  explorer: '',
  cpf: `<form id="cpf-form" class="form">
  <label>Date d’achat <input id="purchase-date" type="date" value="2026-06-01" required></label>
  <label>Prix (€) <input id="price" value="1800.00" inputmode="decimal" required></label>
  <label>Action <select id="action-type"><option value="rncp" selected>Certification RNCP</option><option value="rs">Répertoire spécifique</option><option value="bilan">Bilan de compétences</option><option value="vae">VAE</option><option value="driving-licence">Permis B (groupe léger)</option></select></label>
  <label>Code <input id="action-code" value="RNCP37274"></label>
  <label>Statut du titulaire <select id="holder-status"><option value="employee" selected>salarié</option><option value="jobseeker">demandeur d’emploi</option><option value="self-employed">indépendant</option><option value="public-servant">agent public</option><option value="other">autre</option></select></label>
  <label>Droits acquis (€) <input id="acquired-rights" value="1200.00" inputmode="decimal" required></label>
  <label>Abondement de l’employeur (€) <input id="topup-amount" value="" inputmode="decimal" placeholder="0"></label>
  <button type="submit">Calculer le plan</button>
</form>
<div id="plan"></div>`,
  mentions: `<form id="mentions-form" class="form">
  <label>Type de document <select id="kind"></select></label>
  <label class="wide">Données (JSON) <textarea id="data" rows="16" spellcheck="false"></textarea></label>
  <button type="submit">Vérifier les mentions</button>
</form>
<div id="result"></div>`,
};

for (const p of pages) {
  const dir = join(site, p.dir);
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [join(here, entry[p.script]!)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    outfile: join(dir, `${p.script}.js`),
    logLevel: 'warning',
  });
  const up = p.dir.split('/').map(() => '..').join('/');
  /** ` data-en="…"` for a text the page's script may put in English (escaped for an attribute). */
  const en = (text: string | undefined) => (text === undefined ? '' : ` data-en="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  const bilingual = p.titleEn !== undefined;
  writeFileSync(
    join(dir, p.file),
    `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title} — ofkit</title>
<link rel="stylesheet" href="${up}/site.css">
</head>
<body>
<header><a href="${up}/index.html">ofkit</a> · <a href="${up}/law/index.html"${en(bilingual ? 'Law explorer' : undefined)}>Explorateur du droit</a> · <a href="${up}/playground/cpf.html"${en(bilingual ? 'CPF playground' : undefined)}>Bac à sable CPF</a> · <a href="${up}/playground/mentions.html"${en(bilingual ? 'Mandatory mentions playground' : undefined)}>Mentions obligatoires</a> · <a href="${up}/api/index.html">API</a></header>
<main>
<h1${en(p.titleEn)}>${p.title}</h1>
<p class="intro"${en(p.introEn)}>${p.intro}</p>
${FORMS[p.script]}
<div id="app"></div>
</main>
<script src="${p.script}.js"></script>
</body>
</html>
`,
  );
}
copyFileSync(join(here, 'site.css'), join(site, 'site.css'));
console.log(`Site built: ${join(site, 'index.html')}`);
