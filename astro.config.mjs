// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import knowledgeBase from './src/integrations/knowledge-base.ts';
import searchIndex from './src/integrations/search-index.ts';
import { markdownProcessor } from './src/lib/markdown/processor.ts';
import { builtLanguages } from './src/i18n/languages.ts';
import { publicOrigin } from './src/lib/public-origin.ts';

// KB_BASE=/kb/ builds the site for hosting under a sub-path; KB_SITE (else `homepage` in
// package.json) is the public origin. Without one, nothing absolute is written (see public-origin.ts).
const base = process.env.KB_BASE || '/';
// KB_LOCALES (default: all six) chooses the interface languages built; English is at the root.
const languages = builtLanguages();

export default defineConfig({
  site: publicOrigin(),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: true },
  // Lets the Astro editor extension offer field and vocabulary completion in content frontmatter.
  experimental: { contentIntellisense: true },
  // searchIndex last: its build:done waits for Pagefind, which meanwhile finishes on the other
  // core while knowledgeBase writes the citation downloads.
  integrations: [
    knowledgeBase(),
    react(),
    sitemap({
      filter: (page) => !page.includes('/print/'),
      // hreflang alternates: each page lists its versions in the other interface languages.
      ...(languages.length > 1 ? { i18n: { defaultLocale: 'en', locales: Object.fromEntries(languages.map((code) => [code, code])) } } : {}),
    }),
    searchIndex(),
  ],
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes its own inline
  // scripts and styles; nothing else inline runs. Pagefind needs 'wasm-unsafe-eval' for its
  // WebAssembly search, and nothing more.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    syntaxHighlight: false, // no code in summaries; Shiki's inline styles would need 'unsafe-inline'
    processor: markdownProcessor(base),
  },
});
