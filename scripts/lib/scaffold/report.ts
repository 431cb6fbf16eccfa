/** What a contributor reads after the file is written: what is left to do, and the next steps. */
import { formatProblem, type Problem } from '../../../src/lib/corpus/problem.ts';
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

const quote = (arg: string) => (/^[\w./@:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

export function afterWriting(file: string, text: string, problems: Problem[], info: { id: string; title: string }): Report {
  const shown = displayPath(file);
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
      '   Replace each sentence that begins "Replace this sentence" with your own words, from the',
      '   judgment or a reliable report, following the <!-- guidance --> comments. Fill in the',
      '   optional fields you can source (delete the "# " before them) and delete the others.',
      `2. Check it: ${env}npm run validate -- ${quote(shown)}`,
      `3. Open a pull request: git switch -c add-${info.id}`,
      `   git add ${quote(shown)} && git commit -m ${quote(`Add ${info.title}`)} && git push -u origin add-${info.id}`,
      '   then open the pull request from that branch and say in it which sources you used.',
    ],
  };
}
