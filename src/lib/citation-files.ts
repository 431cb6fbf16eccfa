/**
 * Every case's citation downloads (/cases/<id>/citation.json, .ris, .bib), written straight
 * into the built site: as Astro routes, 3 × N tiny pages cost more build time than the cases.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bibtexRecord, cslItem, risRecord } from './citation.ts';
import type { Entry } from './corpus/entry-file.ts';

export function writeCitationFiles(outDir: string, cases: readonly Entry[], caseUrl: (id: string) => string): number {
  for (const entry of cases) {
    const dir = path.join(outDir, 'cases', entry.id);
    mkdirSync(dir, { recursive: true });
    const url = caseUrl(entry.id);
    writeFileSync(path.join(dir, 'citation.json'), JSON.stringify([cslItem(entry, url)], null, 2));
    writeFileSync(path.join(dir, 'citation.ris'), risRecord(entry, url));
    writeFileSync(path.join(dir, 'citation.bib'), bibtexRecord(entry, url));
  }
  return cases.length * 3;
}
