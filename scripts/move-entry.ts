/**
 * npm run move -- <folder>/<old-id> <new-id> [--dry-run]
 * Renames an entry: moves the file (a case stays in its jurisdiction folder), lists the old id in
 * its formerIds (the site serves a redirect from the old URL), rewrites every reference to it in
 * other entries, then validates all content. Exit 1 if the move is refused or leaves an error.
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError } from '../src/lib/corpus/problem.ts';
import { applyMove } from './lib/move/apply.ts';
import { MoveError } from './lib/move/move-error.ts';
import { planMove } from './lib/move/plan.ts';
import { formatPlan } from './lib/move/report.ts';

const USAGE = `usage: npm run move -- <folder>/<old-id> <new-id> [--dry-run]
  e.g. npm run move -- cases/gbr-2013-foo gbr-2013-bar
  <folder> is cases, tools, issue-papers, model-laws or collections; a file path works too.
  --dry-run  print what would change, write nothing`;

function parseArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

function plan(from: string, to: string) {
  try {
    return planMove(loadCorpus(), from, to);
  } catch (error) {
    if (!(error instanceof MoveError)) throw error;
    console.error(`move refused: ${error.message}`);
    process.exit(1);
  }
}

const args = parseArguments();
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length !== 2) {
  console.error(`expected 2 arguments, the entry and its new id; got ${args.positionals.length}\n${USAGE}`);
  process.exit(2);
}
const [from, to] = args.positionals;
const dryRun = args.values['dry-run'];

const move = plan(from, to);

if (dryRun) {
  console.log(formatPlan(move, true));
  console.log('Dry run: nothing was written. Run the same command without --dry-run to move.');
  process.exit(0);
}

applyMove(move);
console.log(formatPlan(move, false));

// The move is only done when the content is still valid.
const after = loadCorpus();
const errors = after.problems.filter(isError);
for (const problem of after.problems) {
  if (isError(problem) || problem.file === move.to.display) console.error(formatProblem(problem));
}
if (errors.length) {
  console.error(`\nThe content has ${errors.length} error(s) after the move: fix them, then run npm run validate.`);
  process.exit(1);
}
console.log(`All content is valid: ${after.entries.length} entries checked.`);
