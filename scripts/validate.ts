/**
 * npm run validate [-- FILE...] [--format text|json|github]
 * Checks all content (or reports only on the named files) and prints every problem as
 * path:line:col: error: message. `--format github` prints workflow commands, so that a pull
 * request shows each problem as an annotation on its line. Exit 1 on any error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError, problemsAsGithubAnnotations, problemsAsJson } from '../src/lib/corpus/problem.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string', default: 'text' } },
});
if (!['text', 'json', 'github'].includes(values.format!)) {
  console.error(`unknown --format "${values.format}": use text, json or github`);
  process.exit(2);
}

const corpus = loadCorpus();
const wanted = new Set(positionals.map((f) => path.resolve(f)));
const problems = wanted.size ? corpus.problems.filter((p) => wanted.has(path.resolve(p.file))) : corpus.problems;
const errors = problems.filter(isError).length;

if (values.format === 'json') {
  console.log(problemsAsJson(problems));
} else if (values.format === 'github') {
  for (const line of problemsAsGithubAnnotations(problems)) console.log(line);
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
