/**
 * Checks many entry files on every core: half in a worker thread, half here. It stays
 * synchronous (the build, the pages and the CLI all call loadCorpus() synchronously): this
 * thread blocks on a shared flag until the worker has posted its results.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ContentType, Schemas } from '../../../schemas/index.ts';
import { checkEntryFile, lazyPositions, type Entry } from './entry-file.ts';
import type { Located } from './yaml-document.ts';

export interface FileToCheck {
  absolute: string;
  file: string;
  type: ContentType;
  id: string;
}
export interface FileResult {
  problems: Located[];
  warnings: Located[];
  entry?: Entry;
}

/** What crosses between threads: an entry without its `where` function, plus its frontmatter text. */
export type PortableResult = Omit<FileResult, 'entry'> & { entry?: Omit<Entry, 'where'> & { yaml: string; yamlFirstLine: number } };

const WORKER = new URL('./check-worker.ts', import.meta.url);
/** Below this many files a second thread costs more than it saves (tests lower it). */
const parallelFrom = () => Number(process.env.KB_THREADS_FROM_FILES ?? 1500);

export function checkOne(file: FileToCheck, schemas: Schemas): FileResult {
  return checkEntryFile(file.absolute, file.file, file.type, file.id, schemas[file.type]);
}

export function fromPortable(result: PortableResult): FileResult {
  if (!result.entry) return { problems: result.problems, warnings: result.warnings };
  const { yaml, yamlFirstLine, ...entry } = result.entry;
  return { ...result, entry: { ...entry, where: lazyPositions(yaml, yamlFirstLine, entry.data) } };
}

export function checkFiles(files: FileToCheck[], contentDir: string, schemas: Schemas): FileResult[] {
  const workerFile = WORKER.protocol === 'file:' ? fileURLToPath(WORKER) : '';
  if (files.length < parallelFrom() || os.availableParallelism() < 2 || !existsSync(workerFile)) return files.map((f) => checkOne(f, schemas));
  const split = Math.floor(files.length * 0.55); // the worker starts half a second late
  const theirs = files.slice(split);
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(workerFile, { workerData: { files: theirs, contentDir, port: port2, flag }, transferList: [port2] });
  const mine = files.slice(0, split).map((f) => checkOne(f, schemas));
  // Wait for the worker, at most ten minutes; if it failed, check its half here.
  const deadline = Date.now() + 600_000;
  while (Atomics.load(flag, 0) === 0 && Date.now() < deadline) Atomics.wait(flag, 0, 0, 200);
  const message = receiveMessageOnPort(port1)?.message as { results?: PortableResult[]; error?: string } | undefined;
  void worker.terminate();
  port1.close();
  if (!message?.results) {
    // Said, not swallowed: the results stay right (its half is checked here), only slower.
    console.warn(
      `The second validation thread ${message?.error ? `failed: ${message.error}` : 'did not answer in time'}; its ${theirs.length} files are checked on this one instead.`,
    );
  }
  const results = message?.results?.map(fromPortable) ?? theirs.map((f) => checkOne(f, schemas));
  return [...mine, ...results];
}
