/**
 * npm run validate [-- FILE...] [--format json]
 * Checks all content (or reports only on the named files) and prints every problem as
 * path:line:col: error: message. Exit 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError, problemsAsJson } from '../src/lib/corpus/problem.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`unknown --format "${values.format}": use text or json`);
  process.exit(2);
}

const corpus = loadCorpus();
const wanted = new Set(positionals.map((f) => path.resolve(f)));
const problems = wanted.size ? corpus.problems.filter((p) => wanted.has(path.resolve(p.file))) : corpus.problems;
const errors = problems.filter(isError).length;

if (values.format === 'json') {
  console.log(problemsAsJson(problems));
} else {
  for (const problem of problems) console.log(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  const checked = wanted.size ? `${wanted.size} file(s)` : `${corpus.entries.length} entries`;
  console.error(
    errors || problems.length
      ? `\n${errors} error(s), ${problems.length - errors} warning(s) in ${files} file(s); ${checked} checked.`
      : `All content is valid: ${checked} checked.`,
  );
}
process.exit(errors ? 1 : 0);
