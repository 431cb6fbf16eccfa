/**
 * One validated corpus per process: the build integration, the content loaders and the pages
 * all read the same parse, so nothing is parsed twice and nothing can disagree.
 */
import { loadCorpus, type Corpus } from './load-corpus.ts';
import { formatProblem, isError } from './problem.ts';

let corpus: Corpus | undefined;

export function sharedCorpus(): Corpus {
  corpus ??= loadCorpus();
  return corpus;
}

export class ContentErrors extends Error {
  readonly report: string;
  constructor(report: string, count: number) {
    super(`The content has ${count} error(s); nothing is published until they are fixed. Run \`npm run validate\` for the list.`);
    this.name = 'ContentErrors';
    this.report = report;
  }
}

/** The corpus, or an error listing every problem: a broken entry never silently disappears. */
export function validCorpus(): Corpus & { catalog: NonNullable<Corpus['catalog']> } {
  const loaded = sharedCorpus();
  const errors = loaded.problems.filter(isError);
  if (errors.length || !loaded.catalog) throw new ContentErrors(errors.map(formatProblem).join('\n'), errors.length);
  return loaded as Corpus & { catalog: NonNullable<Corpus['catalog']> };
}
