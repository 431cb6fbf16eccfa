/**
 * Every case's citation downloads (/cases/<id>/citation.json, .ris, .bib, .biblatex.bib: the
 * list is CITATION_FILES in citation.ts), written straight into the built site: as Astro routes,
 * 4 × N tiny pages cost more build time than the cases. Creating a small file is a wait on the
 * file system rather than work, so several are written at once (half the time of one after
 * another for 30 000 files on the benchmark machine).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CITATION_FILES } from './citation.ts';
import type { Entry } from './corpus/entry-file.ts';

const AT_ONCE = 16;

async function writeCase(outDir: string, entry: Entry, url: string | undefined): Promise<void> {
  const dir = path.join(outDir, 'cases', entry.id);
  await mkdir(dir, { recursive: true });
  await Promise.all(CITATION_FILES.map((format) => writeFile(path.join(dir, format.file), format.text(entry, url))));
}

export async function writeCitationFiles(outDir: string, cases: readonly Entry[], caseUrl: (id: string) => string | undefined): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const entry = cases[next++];
      await writeCase(outDir, entry, caseUrl(entry.id));
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return cases.length * CITATION_FILES.length;
}
