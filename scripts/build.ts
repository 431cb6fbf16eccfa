/**
 * `npm run build`: `astro build` (validation and pages; extra arguments are passed on) in a Node
 * whose heap limit is sized to the corpus, and the search index, written once Astro has exited.
 *
 * The heap limit: V8 lets its heap grow towards the default limit (4.5 GB on a 24 GB machine)
 * before it collects in earnest, so a 10 000-case build held 3.5 GB although far less of it was
 * live. The limit is 768 MB for small corpora, then about 92 kB per content file: 1.1 GB at 10 000
 * cases (measured: Node's peak 2.4 GB instead of 2.6 GB at 1.6 GB, and no slower) and 4.8 GB at
 * 50 000, where the default was enough. KB_BUILD_HEAP_MB overrides it.
 *
 * The index: Astro appends the search documents to a file as Vite bundles
 * (src/integrations/search-index.ts). This process adds them to Pagefind as they arrive, with
 * Pagefind at the lowest priority while Astro makes the pages, and has it write the index (its
 * costly step: 1 GB of records become 3 GB while the files are written) only once Astro has
 * exited and returned its memory. The build's peak is then about the larger of the two.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '../src/lib/corpus/content-directory.ts';
import {
  BUILD_FILE,
  DOCUMENTS_COUNT_FILE,
  DOCUMENTS_ENV,
  DOCUMENTS_FILE,
  setPagefindPriority,
  startSearchIndex,
  type BuiltSite,
  type SearchDocumentRecord,
} from '../src/lib/search-index-writer.ts';

export function heapLimitMb(contentFiles: number): number {
  return Math.max(768, Math.round(175 + contentFiles * 0.0925));
}

function countMarkdownFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.md')) count += 1;
  return count;
}

/**
 * The documents Astro appends, read as they arrive: complete lines only, until the count file says
 * the last one was written and it has been read. Ends early if Astro exits first (a failed build).
 */
async function* followDocuments(folder: string, astroDone: () => boolean): AsyncGenerator<SearchDocumentRecord> {
  const file = path.join(folder, DOCUMENTS_FILE);
  const countFile = path.join(folder, DOCUMENTS_COUNT_FILE);
  while (!existsSync(file)) {
    if (astroDone()) return;
    await sleep(100);
  }
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let position = 0;
  let pending = '';
  let read = 0;
  try {
    for (;;) {
      const bytes = readSync(fd, chunk, 0, chunk.length, position);
      if (bytes > 0) {
        position += bytes;
        const lines = (pending + chunk.toString('utf8', 0, bytes)).split('\n');
        pending = lines.pop()!;
        for (const line of lines) {
          read += 1;
          yield JSON.parse(line) as SearchDocumentRecord;
        }
        continue;
      }
      if (existsSync(countFile) && read === Number(readFileSync(countFile, 'utf8'))) return;
      if (astroDone() && !existsSync(countFile)) return;
      await sleep(100);
    }
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<number> {
  const heap = Number(process.env.KB_BUILD_HEAP_MB) || heapLimitMb(countMarkdownFiles(contentDirectory()));
  const astroBin = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
  const handover = mkdtempSync(path.join(os.tmpdir(), 'kb-search-documents-'));
  try {
    const astro = spawn(process.execPath, [`--max-old-space-size=${heap}`, astroBin, 'build', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [DOCUMENTS_ENV]: handover },
    });
    let exitCode: number | undefined;
    const exited = new Promise<number>((resolve) => astro.on('close', (code) => resolve((exitCode = code ?? 1))));
    const index = await startSearchIndex(() => setPagefindPriority(19));
    const adding = index.add(followDocuments(handover, () => exitCode !== undefined));
    adding.catch(() => {}); // awaited below, once Astro has exited
    if ((await exited) !== 0) {
      await index.close();
      return exitCode!;
    }
    await adding;
    setPagefindPriority(0); // both cores are Pagefind's now
    const site = JSON.parse(readFileSync(path.join(handover, BUILD_FILE), 'utf8')) as BuiltSite;
    const { records, addedSeconds, writeSeconds } = await index.write(path.join(site.outDir, 'pagefind'));
    console.log(
      `search index: ${records} records, added while the pages were made (in ${addedSeconds.toFixed(1)} s) and written after them (in ${writeSeconds.toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    console.error(`The search index could not be made: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(handover, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
