/**
 * One validated corpus per process: the build integration, the content loaders and the pages
 * all read the same parse, so nothing is parsed twice and nothing can disagree.
 */
import { contentDirectory } from './content-directory.ts';
import { loadCorpus, type Corpus } from './load-corpus.ts';
import { processWide } from '../process-wide.ts';
import { formatProblem, isError } from './problem.ts';

/** Each content folder's corpus, read and checked once per build. */
const corpora = processWide('corpus', () => new Map<string, Corpus>());

/** Drops the cached corpus, so that the next read sees the files as they are now (astro dev). */
export function forgetCorpus(): void {
  corpora().delete(contentDirectory());
}

export function sharedCorpus(): Corpus {
  const cache = corpora();
  const dir = contentDirectory();
  if (!cache.has(dir)) cache.set(dir, loadCorpus(dir));
  return cache.get(dir)!;
}

export class ContentErrors extends Error {
  readonly report: string;
  constructor(report: string, count: number) {
    super(`The content has ${count} error(s); nothing is published until they are fixed. Run \`npm run validate\` for the list.`);
    this.name = 'ContentErrors';
    this.report = report;
  }
}

type ValidCorpus = Corpus & { catalog: NonNullable<Corpus['catalog']> };
/** Corpora already found valid: pages and the index ask hundreds of thousands of times in a build. */
const checked = new WeakSet<Corpus>();

/** The corpus, or an error listing every problem: a broken entry never silently disappears. */
export function validCorpus(): ValidCorpus {
  const loaded = sharedCorpus();
  if (checked.has(loaded)) return loaded as ValidCorpus;
  const errors = loaded.problems.filter(isError);
  if (errors.length || !loaded.catalog) throw new ContentErrors(errors.map(formatProblem).join('\n'), errors.length);
  checked.add(loaded);
  return loaded as ValidCorpus;
}
