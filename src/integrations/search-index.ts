/**
 * Builds the Pagefind index as part of `astro build` (Pagefind's Node API). Any indexing error
 * fails the build, and so does a record count different from the number of entries: every
 * entry must be findable, and nothing else (navigation, lists) may be indexed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { validCorpus } from '../lib/corpus/shared-corpus.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'knowledge-base-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed:\n${added.errors.join('\n')}`);
          const output = path.join(site, 'pagefind');
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
          // addDirectory counts every HTML file it read; the entry file counts the records indexed.
          const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          const expected = validCorpus().entries.length;
          if (records !== expected) {
            throw new Error(`the search index has ${records} record(s) but there are ${expected} entries: every entry page must carry data-pagefind-body, and no other page`);
          }
          logger.info(`search index: ${records} records from ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
