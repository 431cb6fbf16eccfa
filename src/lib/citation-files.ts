/**
 * Every case's citation downloads (/cases/<id>/citation.json, .ris, .bib), written straight
 * into the built site: as Astro routes, 3 × N tiny pages cost more build time than the cases.
 * Creating a small file is a wait on the file system rather than work, so several are written
 * at once (half the time of one after another for 30 000 files on the benchmark machine).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bibtexRecord, cslItem, risRecord } from './citation.ts';
import type { Entry } from './corpus/entry-file.ts';

const AT_ONCE = 16;

async function writeCase(outDir: string, entry: Entry, url: string | undefined): Promise<void> {
  const dir = path.join(outDir, 'cases', entry.id);
  await mkdir(dir, { recursive: true });
  await Promise.all([
    writeFile(path.join(dir, 'citation.json'), JSON.stringify([cslItem(entry, url)], null, 2)),
    writeFile(path.join(dir, 'citation.ris'), risRecord(entry, url)),
    writeFile(path.join(dir, 'citation.bib'), bibtexRecord(entry, url)),
  ]);
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
  return cases.length * 3;
}
