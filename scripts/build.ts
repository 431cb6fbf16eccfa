/**
 * `npm run build`: `astro build` (validation, pages and the search index; extra arguments are
 * passed on) in a Node whose heap limit is sized to the corpus.
 *
 * Why: V8 lets its heap grow towards the default limit (4.5 GB on a 24 GB machine) before it
 * collects in earnest, so a 10 000-case build held 3.5 GB although far less of it was live.
 * A limit of 768 MB plus 80 kB per content file keeps the process near what it really uses
 * (10 000 cases: 1.5 GB limit) and still leaves room at 50 000 (4.8 GB, where the default
 * was enough). KB_BUILD_HEAP_MB overrides it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '../src/lib/corpus/load-corpus.ts';

export function heapLimitMb(contentFiles: number): number {
  return Math.round(768 + contentFiles * 0.08);
}

function countMarkdownFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.md')) count += 1;
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const heap = Number(process.env.KB_BUILD_HEAP_MB) || heapLimitMb(countMarkdownFiles(contentDirectory()));
  const astro = path.join(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
