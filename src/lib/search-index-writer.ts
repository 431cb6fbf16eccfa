/**
 * Writes the Pagefind index from search documents (one per entry, made by search-document.ts),
 * with Pagefind's Node API. Any indexing error fails, and so does a record count different from
 * the number of documents: every entry must be findable, and nothing else may be indexed.
 *
 * Records go in batches: Pagefind's peak is the same, and Node holds a hundred documents, not all
 * of them. Adding and writing are separate steps, so that a build can add records while its pages
 * are made and write the index (Pagefind's costly step in memory) only once they are done.
 * Pagefind is closed as soon as its files are written: its binary keeps gigabytes until then.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** One entry as Pagefind receives it: its site path and its HTML; `file` names it in errors. */
export interface SearchDocumentRecord {
  url: string;
  content: string;
  file: string;
}

export interface WrittenIndex {
  records: number;
  /** Seconds from Pagefind's start to its last record added; seconds writing its files. */
  addedSeconds: number;
  writeSeconds: number;
}

/** The hand-over from `astro build` to scripts/build.ts: the folder Astro writes the documents to. */
export const DOCUMENTS_ENV = 'KB_SEARCH_DOCUMENTS';
/** The documents as JSON lines, appended while Astro starts. */
export const DOCUMENTS_FILE = 'documents.jsonl';
/** Written once the last document is: how many there are. */
export const DOCUMENTS_COUNT_FILE = 'documents.count';
/** Written at the end of a successful build: where the site is (the documents' count file says how many). */
export const BUILD_FILE = 'build.json';

export interface BuiltSite {
  outDir: string;
}

const BATCH = 100;

/**
 * Sets the priority of every thread of this process's Pagefind binary: 19 lets it use only the core
 * time Astro's page rendering leaves idle, 0 gives it both cores back. Linux gives each thread its
 * own priority (threads started later inherit it). Where there is no /proc, or a priority may not
 * be raised again, it runs as it is.
 */
export function setPagefindPriority(priority: number): void {
  try {
    const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const pid of children) {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) continue;
      for (const thread of readdirSync(`/proc/${pid}/task`)) os.setPriority(Number(thread), priority);
    }
  } catch {
    // not Linux, or not allowed: leave the priority as it is
  }
}

/** How many records Pagefind wrote, in every language's index (its own account, not ours). */
export function indexedRecords(outputPath: string): number {
  const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

export interface SearchIndexWriter {
  /** Adds documents as they come, a batch at a time. */
  add: (documents: AsyncIterable<SearchDocumentRecord> | Iterable<SearchDocumentRecord>) => Promise<void>;
  /** Writes the index into `outputPath`, checks it has one record per document added, and closes Pagefind. */
  write: (outputPath: string) => Promise<WrittenIndex>;
  /** Stops Pagefind without writing (a failed build). */
  close: () => Promise<void>;
}

/** Starts Pagefind's binary; `started` runs once it is up (a build lowers its priority there). */
export async function startSearchIndex(started?: () => void): Promise<SearchIndexWriter> {
  const begun = performance.now();
  const seconds = () => (performance.now() - begun) / 1000;
  // No forced language: each record is indexed with the stemming of its summary's language
  // (its <html lang>), and the search page opens every language's index (pagefind-client.ts).
  const { index, errors } = await pagefind.createIndex();
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  started?.();
  let sent = 0;
  let addedSeconds = 0;
  const addBatch = async (batch: SearchDocumentRecord[]) => {
    const added = await Promise.all(batch.map((doc) => index.addHTMLFile({ url: doc.url, content: doc.content }).then((r) => ({ doc, ...r }))));
    const failed = added.filter((r) => r.errors.length);
    if (failed.length) throw new Error(`Pagefind indexing failed:\n${failed.map((r) => `${r.doc.file}: ${r.errors.join('; ')}`).join('\n')}`);
    sent += batch.length;
  };
  return {
    add: async (documents) => {
      let batch: SearchDocumentRecord[] = [];
      for await (const doc of documents) {
        batch.push(doc);
        if (batch.length === BATCH) {
          await addBatch(batch);
          batch = [];
        }
      }
      await addBatch(batch);
      addedSeconds = seconds();
    },
    write: async (outputPath) => {
      const writing = seconds();
      try {
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write its files:\n${written.errors.join('\n')}`);
        const records = indexedRecords(outputPath);
        if (records !== sent) throw new Error(`the search index has ${records} record(s) but there are ${sent} entries`);
        return { records, addedSeconds, writeSeconds: seconds() - writing };
      } finally {
        await pagefind.close();
      }
    },
    close: async () => {
      await pagefind.close();
    },
  };
}

/** Adds every document and writes the index: the whole job in one process. */
export async function writeSearchIndex(
  documents: AsyncIterable<SearchDocumentRecord> | Iterable<SearchDocumentRecord>,
  outputPath: string,
  started?: () => void,
): Promise<WrittenIndex> {
  const index = await startSearchIndex(started);
  try {
    await index.add(documents);
  } catch (error) {
    await index.close();
    throw error;
  }
  return index.write(outputPath);
}
