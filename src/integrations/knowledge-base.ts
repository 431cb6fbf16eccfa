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
import { builtLanguages, languagePrefix } from '../i18n/languages.ts';
import { writeCitationFiles, writeCollectionCitationFiles } from '../lib/citation-files.ts';
import { entriesOf, findEntry } from '../lib/entries.ts';
import { gitHistory } from '../lib/git-dates.ts';
import { publicUrl } from '../lib/public-url.ts';
import { givenRepository, siteRepository } from '../lib/repository.ts';

export default function knowledgeBase(): AstroIntegration {
  let entryUrl: (type: ContentType, id: string) => string | undefined = () => undefined;
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
            for (const lang of builtLanguages()) redirects[`/${languagePrefix(lang)}${folder}/${old}/`] = `/${languagePrefix(lang)}${folder}/${entry.id}/`;
          }
        }
        updateConfig({ redirects });
        logger.info(`${corpus.entries.length} entries validated; ${Object.keys(redirects).length} redirect(s) from former ids.`);
        // Dates added and updated come from git history (one `git log`, read here once for the build).
        const history = gitHistory(corpus.contentDir).kind;
        if (history === 'shallow')
          logger.warn(
            'The git history is shallow (a clone with --depth): dates older than its first commit are left out. Clone the full history (actions/checkout with fetch-depth: 0) for every date added.',
          );
        if (history === 'none')
          logger.info(
            'No git history for the content (a download, or nothing committed yet): entries show no date added, only the `updated` their frontmatter gives, and the feed is empty.',
          );
      },
      'astro:config:done': ({ config, logger }) => {
        outDir = fileURLToPath(config.outDir);
        const site = config.site ? new URL(config.site) : undefined;
        entryUrl = (type, id) => (site ? publicUrl(`${config.base.replace(/\/?$/, '/')}${FOLDERS[type]}/${id}/`, site) : undefined); // a reference manager needs a full address or none
        if (!site) {
          logger.warn(
            'No public address (KB_SITE, or homepage in package.json): the feed, the open data, citation files and handouts give site paths, and there are no canonical links and no sitemap.',
          );
        }
        // Where readers report mistakes: without a GitHub repository, no "Report a mistake" link (none is guessed).
        if (!siteRepository()) {
          const given = givenRepository();
          logger.warn(
            given
              ? `The repository "${given}" (KB_REPOSITORY_URL, repository in package.json, or the git remote "origin") is not a GitHub repository (https://github.com/<owner>/<name>): entry pages have no "Report a mistake" link, and the Contribute page names the issue forms instead of linking to them. Set repository in package.json to the project's GitHub address.`
              : 'No repository (repository in package.json, KB_REPOSITORY_URL, or a git remote "origin" on GitHub): entry pages have no "Report a mistake" link, and the Contribute page names the issue forms instead of linking to them. Set repository in package.json to the project\'s GitHub address.',
          );
        }
      },
      // The citation downloads (each case's, each collection's) are written while Astro writes the
      // pages: creating 30 000 small files is mostly waiting on the file system. build:setup comes
      // after Astro has emptied the output folder (and runs once per Vite environment: start once).
      'astro:build:setup': () => {
        if (citations) return;
        citations = Promise.all([
          writeCitationFiles(outDir, entriesOf('case'), (id) => entryUrl('case', id)),
          writeCollectionCitationFiles(outDir, entriesOf('collection'), findEntry, entryUrl),
        ]).then(([cases, collections]) => cases + collections);
        citations.catch(() => {}); // reported when awaited at the end of the build
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!citations) throw new Error('the citation downloads were not started');
        logger.info(`${await citations} citation downloads (CSL-JSON, RIS, BibTeX, biblatex; cases and collections)`);
        // Astro puts the islands' one-line <style> where the first island is, inside <body>: move it
        // into <head>, where a <style> element is valid HTML. Only the search page has an island
        // (tests/e2e/page-weight.test.ts fails if another page ships framework JavaScript), so
        // only it is read, not every page of the site.
        for (const lang of builtLanguages()) {
          const file = fileURLToPath(new URL(`${languagePrefix(lang)}search/index.html`, dir));
          const html = readFileSync(file, 'utf8');
          const match = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/.exec(html);
          if (match && html.indexOf(match[0]) > html.indexOf('</head>'))
            writeFileSync(file, html.replace(match[0], '').replace('</head>', `${match[0]}</head>`));
        }
      },
    },
  };
}
