/** What a contributor reads after the file is written: what is left to do, and the next steps. */
import type { ContentType } from '../../../schemas/index.ts';
import { formatProblem, type Problem } from '../../../src/lib/corpus/problem.ts';
import { PLACEHOLDER_WARNING } from '../../../src/lib/corpus/placeholders.ts';
import { placeholderLines } from './scaffold.ts';
import { displayPath } from './target.ts';

export interface Report {
  written: string;
  /** The validator's problems for the new file, as `npm run validate` prints them. */
  problems: string[];
  errors: number;
  todo: string;
  steps: string[];
}

/** What the contributor writes from. */
const FROM: Record<ContentType, string> = {
  case: 'from the judgment or a reliable report of it',
  tool: 'from the document itself',
  'issue-paper': 'from the document itself',
  'model-law': 'from the document itself',
  collection: 'for the trainers who will use the list',
};

const quote = (arg: string) => (/^[\w./@:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

export function afterWriting(file: string, text: string, found: Problem[], info: { type: ContentType; id: string; title: string }): Report {
  const shown = displayPath(file);
  // The validator's warnings about the sentences to replace are what `todo` says in words.
  const problems = found.filter((p) => !(p.severity === 'warning' && p.message === PLACEHOLDER_WARNING));
  const lines = placeholderLines(text);
  const env = process.env.KB_CONTENT_DIR ? `KB_CONTENT_DIR=${quote(process.env.KB_CONTENT_DIR)} ` : '';
  return {
    written: `Wrote ${shown}`,
    problems: problems.map(formatProblem),
    errors: problems.filter((p) => p.severity === 'error').length,
    todo: problems.length
      ? `${problems.length} problem(s) above are left for you to fix.`
      : `It passes the validator as it is, but it is not finished: ${lines.length === 1 ? `line ${lines[0]} still says` : `lines ${lines.join(', ')} still say`} "Replace this sentence…".`,
    steps: [
      `1. Open ${shown}`,
      '   Replace each sentence that begins "Replace this sentence" with your own words,',
      `   ${FROM[info.type]}, following the <!-- guidance --> comments.`,
      '   Fill in the optional fields you can (delete the "# " before them); delete the others.',
      `2. Check it: ${env}npm run validate -- ${quote(shown)}`,
      '3. Open a pull request from a branch of your own:',
      `     git switch -c add-${info.id}`,
      `     git add ${quote(shown)}`,
      `     git commit -m ${quote(`Add ${info.title}`)}`,
      `     git push -u origin add-${info.id}`,
      '   then open the pull request for that branch, and say in it which sources you used.',
    ],
  };
}
