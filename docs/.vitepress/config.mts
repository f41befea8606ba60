// VitePress configuration of the documentation site (`pnpm run docs` → docs/site/).
// The law explorer (law/), the playgrounds (playground/) and the API reference (api/) are written into
// the output by docs/site-src/build.ts after VitePress: links to them carry target="_self" so the
// VitePress router loads them as plain pages.
import { defineConfig } from 'vitepress';

export default defineConfig({
  lang: 'fr-FR',
  title: 'ofkit',
  description: 'Les règles des organismes de formation, en fonctions TypeScript pures, testées et expliquées.',
  outDir: 'site',
  srcExclude: ['site/**', 'api/**', 'site-src/**', 'typedoc-landing.md', 'README.md'],
  cleanUrls: false,
  lastUpdated: false,
  themeConfig: {
    nav: [
      { text: 'Guides', link: '/getting-started' },
      { text: 'Explorateur du droit', link: '/law/index.html', target: '_self' },
      { text: 'Bac à sable CPF', link: '/playground/cpf.html', target: '_self' },
      { text: 'Mentions obligatoires', link: '/playground/mentions.html', target: '_self' },
      { text: 'API', link: '/api/index.html', target: '_self' },
    ],
    sidebar: [
      {
        text: 'Guides',
        items: [
          { text: 'Prise en main', link: '/getting-started' },
          { text: 'Le droit comme donnée', link: '/law-as-data' },
          { text: 'Un exemple complet par document', link: '/document-kinds' },
          { text: 'Contribuer', link: '/contributing' },
        ],
      },
    ],
    search: { provider: 'local' },
  },
});
