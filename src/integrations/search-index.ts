/**
 * Builds the Pagefind index as part of `astro build` (Pagefind's Node API). Any indexing error
 * fails the build, and so does a record count different from the number of entries: every
 * entry must be findable, and nothing else (navigation, lists) may be indexed.
 *
 * The records are made from the validated corpus and the rendered bodies (search-document.ts)
 * as soon as content is synced (`astro:build:start`), so Pagefind's binary indexes (at low
 * priority, on the core time Astro leaves idle) while Astro bundles and writes the pages, and
 * writes its files to a temporary folder that is moved into the site at the end. At 10 000
 * cases this takes most of Pagefind's 15–20 s off the build's wall-clock time.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { FOLDERS } from '../../schemas/index.ts';
import { validCorpus } from '../lib/corpus/shared-corpus.ts';
import { renderedBody } from '../lib/rendered-bodies.ts';
import { searchDocument } from '../lib/search-document.ts';

interface Indexed { folder: string; seconds: number }

const BATCH = 100;

/**
 * Pagefind's binary yields to Astro: at the lowest priority it uses whatever core time Astro's
 * page rendering leaves idle, and both cores once the pages are written. (Left at normal
 * priority it slows the pages by more than it gains; limited to one thread, it finishes late.)
 * Linux gives each thread its own priority, so every thread of the binary is lowered; threads
 * it starts later inherit it. Where there is no /proc, it runs as it is.
 */
function yieldToAstro(): void {
  try {
    const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const pid of children) {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) continue;
      for (const thread of readdirSync(`/proc/${pid}/task`)) os.setPriority(Number(thread), 19);
    }
  } catch {
    // not Linux: leave the priority as it is
  }
}

async function indexEntries(): Promise<Indexed> {
  const started = performance.now();
  // No forced language: each record is indexed with the stemming of its summary's language
  // (its <html lang>), and the search page opens every language's index (pagefind-client.ts).
  const { index, errors } = await pagefind.createIndex();
  yieldToAstro();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const entries = validCorpus().entries;
  // In batches: Pagefind's peak is the same, and Node holds a hundred documents, not all of them.
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const added = await Promise.all(
      batch.map((entry) => {
        const body = renderedBody(entry.type, entry.id);
        if (body === undefined) throw new Error(`${entry.file}: its body was not rendered, so it cannot be indexed`);
        return index.addHTMLFile({ url: `/${FOLDERS[entry.type]}/${entry.id}/`, content: searchDocument(entry, body) }).then((r) => ({ entry, ...r }));
      }),
    );
    const failed = added.filter((r) => r.errors.length);
    if (failed.length) throw new Error(`Pagefind indexing failed:\n${failed.map((r) => `${r.entry.file}: ${r.errors.join('; ')}`).join('\n')}`);
  }
  // Written now, beside the build, while Astro is still writing pages; moved into place at the end.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kb-pagefind-'));
  const written = await index.writeFiles({ outputPath: folder });
  // Closed as soon as its files are written: its binary keeps gigabytes until then.
  await pagefind.close();
  if (written.errors.length) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
  }
  return { folder, seconds: (performance.now() - started) / 1000 };
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
  let indexing: Promise<Indexed> | undefined;
  return {
    name: 'knowledge-base-search-index',
    hooks: {
      'astro:build:start': () => {
        indexing = indexEntries();
        indexing.catch(() => {}); // reported when awaited at the end of the build
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          if (!indexing) throw new Error('the search index was not started');
          const waited = performance.now();
          const { folder, seconds } = await indexing;
          const waitedSeconds = (performance.now() - waited) / 1000;
          const output = path.join(fileURLToPath(dir), 'pagefind');
          moveInto(folder, output);
          // What Pagefind wrote, not what we sent: one record per entry, and nothing else.
          const entry = JSON.parse(readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
          const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
          const expected = validCorpus().entries.length;
          if (indexed !== expected) {
            throw new Error(`the search index has ${indexed} record(s) but there are ${expected} entries`);
          }
          logger.info(`search index: ${indexed} records, made in ${seconds.toFixed(1)} s beside the build (${waitedSeconds.toFixed(1)} s waited for at the end)`);
        } finally {
          await pagefind.close();
          const left = await indexing?.catch(() => undefined);
          if (left) rmSync(left.folder, { recursive: true, force: true });
        }
      },
    },
  };
}
