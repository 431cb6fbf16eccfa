/**
 * Every case's citation downloads (/cases/<id>/citation.json, .ris, .bib, .biblatex.bib: the
 * list is CITATION_FILES in citation.ts) and every collection's reading list for reference
 * managers (/collections/<id>/citations.json, .ris, .bib: COLLECTION_CITATION_FILES), written
 * straight into the built site: as Astro routes, 4 × N tiny pages cost more build time than the
 * cases. Creating a small file is a wait on the file system rather than work, so several are
 * written at once (half the time of one after another for 30 000 files on the benchmark machine).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ITEM_REF_PATTERN, typeOfFolder, type ContentType } from '../../schemas/index.ts';
import { CITATION_FILES, COLLECTION_CITATION_FILES } from './citation.ts';
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

/**
 * The entries a collection's items point at, each once, in the list's order, as they are cited.
 * Ids are unique within a type only: when two entries of different types share one, the later is
 * cited as `<type>-<id>`, so that every record's id (the BibTeX key) is unique in the file.
 * `source` is the entry itself (its page's address is that of its real id).
 */
export function collectionEntries(collection: Entry, find: (type: ContentType, id: string) => Entry | undefined): { cited: Entry; source: Entry }[] {
  const seen = new Set<string>();
  const keys = new Set<string>();
  const entries: { cited: Entry; source: Entry }[] = [];
  for (const { ref } of (collection.data.items as { ref: string }[] | undefined) ?? []) {
    const match = ITEM_REF_PATTERN.exec(ref);
    if (!match) continue;
    const type = typeOfFolder(match[1])!;
    const source = find(type, match[2]);
    if (!source || seen.has(`${type}/${source.id}`)) continue;
    seen.add(`${type}/${source.id}`);
    const cited = keys.has(source.id) ? { ...source, id: `${type}-${source.id}` } : source;
    keys.add(cited.id);
    entries.push({ cited, source });
  }
  return entries;
}

/** Each collection's citations.json, .ris and .bib; `url` gives an entry's page on the public origin, or undefined. */
export async function writeCollectionCitationFiles(
  outDir: string,
  collections: readonly Entry[],
  find: (type: ContentType, id: string) => Entry | undefined,
  url: (type: ContentType, id: string) => string | undefined,
): Promise<number> {
  await Promise.all(
    collections.map(async (collection) => {
      const dir = path.join(outDir, 'collections', collection.id);
      await mkdir(dir, { recursive: true });
      const entries = collectionEntries(collection, find);
      const sources = new Map(entries.map(({ cited, source }) => [cited, source]));
      const address = (cited: Entry) => url(cited.type, sources.get(cited)!.id);
      await Promise.all(
        COLLECTION_CITATION_FILES.map((format) =>
          writeFile(
            path.join(dir, format.file),
            format.text(
              entries.map((e) => e.cited),
              address,
            ),
          ),
        ),
      );
    }),
  );
  return collections.length * COLLECTION_CITATION_FILES.length;
}
