/**
 * The build's gatekeeper: validates all content before Astro starts (printing every problem,
 * like `npm run validate`), and turns `formerIds` into redirects.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FOLDERS, type ContentType } from '../../schemas/index.ts';
import { formatProblem, isError } from '../lib/corpus/problem.ts';
import { sharedCorpus, validCorpus } from '../lib/corpus/shared-corpus.ts';
import { writeCitationFiles } from '../lib/citation-files.ts';

export default function knowledgeBase(): AstroIntegration {
  let caseUrl = (id: string) => `/cases/${id}/`;
  let outDir = '';
  let citations: Promise<number> | undefined;
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, command }) => {
        if (command === 'preview') return;
        const corpus = sharedCorpus();
        const errors = corpus.problems.filter(isError);
        if (errors.length) {
          console.error(errors.map(formatProblem).join('\n'));
          validCorpus(); // throws with the count
        }
        const redirects: Record<string, string> = {};
        for (const entry of corpus.entries) {
          const folder = FOLDERS[entry.type as ContentType];
          for (const old of (entry.data.formerIds as string[] | undefined) ?? []) {
            redirects[`/${folder}/${old}/`] = `/${folder}/${entry.id}/`;
          }
        }
        updateConfig({ redirects });
        logger.info(`${corpus.entries.length} entries validated; ${Object.keys(redirects).length} redirect(s) from former ids.`);
      },
      // Astro puts the islands' one-line <style> where the first island is, inside <body>: move it
      // into <head>, where a <style> element is valid HTML (only the search page has an island).
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        caseUrl = (id) => new URL(`${config.base.replace(/\/?$/, '/')}cases/${id}/`, config.site ?? 'http://localhost/').href;
      },
      // The citation downloads are written while Astro writes the pages: creating 30 000 small
      // files is mostly waiting on the file system. build:setup comes after Astro has emptied
      // the output folder (and runs once per Vite environment: start once).
      'astro:build:setup': () => {
        if (citations) return;
        const cases = validCorpus().entries.filter((e) => e.type === 'case');
        citations = writeCitationFiles(outDir, cases, caseUrl);
        citations.catch(() => {}); // reported when awaited at the end of the build
      },
      'astro:build:done': async ({ pages, dir, logger }) => {
        if (!citations) throw new Error('the citation downloads were not started');
        logger.info(`${await citations} citation downloads (CSL-JSON, RIS, BibTeX)`);
        const islandStyle = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;
        for (const { pathname } of pages) {
          const file = fileURLToPath(new URL(`${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`, dir));
          let html: string;
          try {
            html = readFileSync(file, 'utf8');
          } catch {
            continue; // endpoints (JSON, CSV, feed) and redirects
          }
          const match = islandStyle.exec(html);
          if (!match || html.indexOf(match[0]) < html.indexOf('</head>')) continue;
          writeFileSync(file, html.replace(match[0], '').replace('</head>', `${match[0]}</head>`));
        }
      },
    },
  };
}
