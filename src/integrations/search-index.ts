/**
 * The Pagefind index of `astro build`: one record per entry, made from the validated corpus and
 * the rendered bodies (search-document.ts), never from the site's navigation or lists.
 *
 * Where it is made decides the build's peak memory. Pagefind's binary climbs to about 3 GB while
 * it writes a 10 000-case index, and Astro's own process peaks above 2 GB while it writes the
 * pages; both in one process tree at once, they add up (5.4 GB). So `npm run build`
 * (scripts/build.ts) asks for the documents instead: with KB_SEARCH_DOCUMENTS set to a folder,
 * this integration appends them there as JSON lines while Vite bundles, then counts them;
 * scripts/build.ts adds them to Pagefind as they arrive, and has it write the index once Astro has
 * exited and returned its memory. The build's peak is then the larger of the two, not their sum.
 *
 * A plain `astro build` (no KB_SEARCH_DOCUMENTS) indexes in its own process, beside the pages,
 * as before: Pagefind at the lowest priority on the core time Astro leaves idle, its files
 * written to a temporary folder that is moved into the site at the end.
 */
import { closeSync, cpSync, mkdtempSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FOLDERS } from '../../schemas/index.ts';
import { validCorpus } from '../lib/corpus/shared-corpus.ts';
import { renderedBody } from '../lib/rendered-bodies.ts';
import { searchDocument } from '../lib/search-document.ts';
import {
  BUILD_FILE,
  DOCUMENTS_COUNT_FILE,
  DOCUMENTS_ENV,
  DOCUMENTS_FILE,
  setPagefindPriority,
  writeSearchIndex,
  type BuiltSite,
  type SearchDocumentRecord,
  type WrittenIndex,
} from '../lib/search-index-writer.ts';

/** Every entry's search document, made one at a time. */
function* searchDocuments(): Generator<SearchDocumentRecord> {
  for (const entry of validCorpus().entries) {
    const body = renderedBody(entry.type, entry.id);
    if (body === undefined) throw new Error(`${entry.file}: its body was not rendered, so it cannot be indexed`);
    yield { url: `/${FOLDERS[entry.type]}/${entry.id}/`, content: searchDocument(entry, body), file: entry.file };
  }
}

/**
 * The documents as JSON lines, appended a batch at a time and handing the thread back between
 * batches, so that Vite's bundling goes on meanwhile; then their count, which tells the reader
 * that the file is complete.
 */
async function writeDocuments(folder: string): Promise<{ count: number; seconds: number }> {
  const started = performance.now();
  const fd = openSync(path.join(folder, DOCUMENTS_FILE), 'w');
  let count = 0;
  try {
    for (const doc of searchDocuments()) {
      writeSync(fd, `${JSON.stringify(doc)}\n`);
      if (++count % 100 === 0) await nextTurn();
    }
  } finally {
    closeSync(fd);
  }
  writeFileSync(path.join(folder, DOCUMENTS_COUNT_FILE), String(count));
  return { count, seconds: (performance.now() - started) / 1000 };
}

function moveInto(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true }); // another file system
    rmSync(from, { recursive: true, force: true });
  }
}

export default function searchIndex(): AstroIntegration {
  const documentsFolder = process.env[DOCUMENTS_ENV];
  let documents: Promise<{ count: number; seconds: number }> | undefined;
  let indexing: Promise<WrittenIndex & { folder: string }> | undefined;
  return {
    name: 'knowledge-base-search-index',
    hooks: {
      'astro:build:start': () => {
        if (documentsFolder) {
          documents = writeDocuments(documentsFolder);
          documents.catch(() => {}); // reported when awaited at the end of the build
          return;
        }
        const folder = mkdtempSync(path.join(os.tmpdir(), 'kb-pagefind-'));
        indexing = writeSearchIndex(searchDocuments(), folder, () => setPagefindPriority(19)).then(
          (written) => ({ ...written, folder }),
          (error) => {
            rmSync(folder, { recursive: true, force: true });
            throw error;
          },
        );
        indexing.catch(() => {}); // reported when awaited at the end of the build
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (documentsFolder) {
          if (!documents) throw new Error('the search documents were not started');
          const { count, seconds } = await documents;
          writeFileSync(path.join(documentsFolder, BUILD_FILE), JSON.stringify({ outDir } satisfies BuiltSite));
          logger.info(
            `search index: ${count} documents (made in ${seconds.toFixed(1)} s) handed to scripts/build.ts, which writes the index once Astro has exited`,
          );
          return;
        }
        if (!indexing) throw new Error('the search index was not started');
        const waited = performance.now();
        const { folder, records, addedSeconds, writeSeconds } = await indexing;
        moveInto(folder, path.join(outDir, 'pagefind'));
        logger.info(
          `search index: ${records} records, made in ${(addedSeconds + writeSeconds).toFixed(1)} s beside the build (${((performance.now() - waited) / 1000).toFixed(1)} s waited for at the end)`,
        );
      },
    },
  };
}
