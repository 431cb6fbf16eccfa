/**
 * npm run new -- <type> [answers] [--id ID] [--force] [--dry-run]
 * Starts a new entry that passes `npm run validate` as written: asks the questions that matter
 * (in a terminal), or takes the answers from flags or --from-json (anywhere else), then writes
 * the file with guidance comments, checks it, and prints what is left to do.
 * Exit 0 when written (or printed with --dry-run), 1 when answers are missing or wrong, 2 on
 * a usage error (unknown type or flag), 130 when the questions are cancelled.
 */
import * as p from '@clack/prompts';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { CONTENT_TYPES, type ContentType } from '../schemas/index.ts';
import { suggest } from '../schemas/suggest.ts';
import { contentDirectory } from '../src/lib/corpus/content-directory.ts';
import { formatProblem } from '../src/lib/corpus/problem.ts';
import type { DraftProblem } from './lib/scaffold/field-check.ts';
import { ALL_ANSWER_FLAGS, ANSWER_FLAGS, answersFromFlags, FLAG_EXAMPLE, readJsonAnswers } from './lib/scaffold/flags.ts';
import { askForEntry } from './lib/scaffold/questions.ts';
import { afterWriting, type Report } from './lib/scaffold/report.ts';
import { NOUN, withArticle } from './lib/scaffold/render.ts';
import { openContent, planEntry, problemsFor, writeEntry, type Content, type Plan } from './lib/scaffold/scaffold.ts';
import { displayPath } from './lib/scaffold/target.ts';

const USAGE = `Start a new entry of the knowledge base.

  npm run new -- <type> [flags]        types: ${CONTENT_TYPES.join(', ')}

In a terminal, without answer flags, it asks the questions. Otherwise give the answers:
  case:        --title "…" --jurisdiction GBR --court "…" --court-level appellate
               --decided 2013-06-21 --citation "…" --outcome conviction
               --purposes forced-labour,sexual-exploitation --language en
               [--source-title "…"] [--source-url https://…]   (the source title defaults to the citation)
  tool, issue-paper, model-law:
               --title "…" --publisher "…" --published 2009 --language en
  model-law:   also --provision-title "…" [--provision-number "Article 1"] [--provision-id …] [--provision-summary "…"]
  collection:  --title "…" --language en --item cases/<id> [--item …]
  --from-json FILE   the answers as a JSON object of frontmatter fields ({"title": …, "courtLevel": …})
  --id ID            use this id instead of the one derived from the title
  --force            overwrite an existing file
  --dry-run          print the file instead of writing it
Entries go to the content folder ($KB_CONTENT_DIR, or content/).`;

function usageError(message: string): never {
  console.error(`error: ${message}`);
  console.error('Run `npm run new -- --help` for the types and flags.');
  process.exit(2);
}

const options: ParseArgsOptionsConfig = {
  ...Object.fromEntries(ALL_ANSWER_FLAGS.map((flag) => [flag, { type: 'string', multiple: flag === 'item' } as const])),
  'from-json': { type: 'string' },
  id: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function parse() {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true, strict: true });
  } catch (error) {
    const flag = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
      const guess = suggest(flag.replace(/^-+/, ''), Object.keys(options));
      usageError(`unknown flag ${flag}` + (guess ? ` (did you mean --${guess}?)` : ''));
    }
    usageError((error as Error).message);
  }
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [typeArg, ...extra] = positionals;
if (!typeArg) usageError(`say what to add: npm run new -- <type>, where <type> is one of ${CONTENT_TYPES.join(', ')}`);
if (!(CONTENT_TYPES as readonly string[]).includes(typeArg)) {
  const guess = suggest(typeArg, CONTENT_TYPES);
  usageError(`unknown type "${typeArg}"` + (guess ? ` (did you mean "${guess}"?)` : '') + `: the types are ${CONTENT_TYPES.join(', ')}`);
}
const type = typeArg as ContentType;
if (extra.length) usageError(`unexpected "${extra.join(' ')}": put a value that has spaces in quotes, e.g. --title "R v N"`);
const given = ALL_ANSWER_FLAGS.filter((flag) => values[flag] !== undefined);
const foreign = given.filter((flag) => !(flag in ANSWER_FLAGS[type]));
if (foreign.length) {
  usageError(
    `--${foreign[0]} is not asked for ${withArticle(NOUN[type])}: its flags are ${Object.keys(ANSWER_FLAGS[type])
      .map((f) => `--${f}`)
      .join(', ')}`,
  );
}

const opened = openContent(contentDirectory());
if ('problems' in opened) {
  for (const problem of opened.problems) console.error(formatProblem(problem));
  console.error('\nThe vocabularies or instruments have errors: nothing can be checked until they are fixed.');
  process.exit(1);
}
const content: Content = opened;
const id = values.id as string | undefined;
const force = values.force === true;
const dryRun = values['dry-run'] === true;
const interactive = process.stdin.isTTY && process.stdout.isTTY && given.length === 0 && values['from-json'] === undefined;

/** For an answer not given at all: the flag that gives it. */
function hintFor(problem: DraftProblem, answers: Record<string, unknown>): string | undefined {
  if (problem.hint) return problem.hint;
  const flag = problem.field && FLAG_EXAMPLE[problem.field];
  return flag && answers[problem.field!] === undefined ? `give it with ${flag}, or as "${problem.field}" in the --from-json file` : undefined;
}

function finish(
  plan: Extract<Plan, { ok: true }>,
  show: { info: (s: string) => void; warn: (s: string) => void; success: (s: string) => void; steps: (r: Report) => void },
) {
  for (const warning of plan.warnings) show.warn(warning);
  if (dryRun) {
    process.stdout.write(plan.text);
    show.info(`Dry run: this is what would be written to ${displayPath(plan.file)}; nothing was written.`);
    return 0;
  }
  writeEntry(plan);
  const report = afterWriting(plan.file, plan.text, problemsFor(content.contentDir, plan.file), {
    type: plan.type,
    id: plan.id,
    title: String(plan.draft.title),
  });
  show.success(report.written);
  if (report.problems.length) show.warn(report.problems.join('\n'));
  show.info(report.todo);
  show.steps(report);
  return report.errors ? 1 : 0;
}

if (interactive) {
  p.intro(`New ${NOUN[type]}`);
  p.log.info('Each answer is checked as you type, with the rules of npm run validate. Ctrl+C stops without writing.');
  const { answers, id: chosen } = await askForEntry(type, content, { id, force });
  const plan = planEntry(content, { type, answers, id: chosen, force });
  if (!plan.ok) {
    for (const problem of plan.problems) p.log.error(problem.message + (problem.hint ? `\nhint: ${problem.hint}` : ''));
    p.outro('Nothing was written.');
    process.exit(1);
  }
  const code = finish(plan, {
    info: (s) => p.log.info(s),
    warn: (s) => p.log.warn(s),
    success: (s) => p.log.success(s),
    steps: (r) => p.note(r.steps.join('\n'), 'Next steps'),
  });
  p.outro(dryRun ? 'Nothing was written.' : 'Thank you for contributing.');
  process.exit(code);
} else {
  let base = {};
  if (typeof values['from-json'] === 'string') {
    const read = readJsonAnswers(values['from-json']);
    if (!read.ok) {
      console.error(`error: ${read.message}`);
      process.exit(1);
    }
    base = read.answers;
  }
  const answers = answersFromFlags(type, values, base);
  const plan = planEntry(content, { type, answers, id, force });
  if (!plan.ok) {
    for (const problem of plan.problems) {
      const hint = hintFor(problem, answers);
      console.error(`error: ${problem.message}` + (hint ? `\n    hint: ${hint}` : ''));
    }
    console.error(`\nNothing was written: ${plan.problems.length} problem(s) to fix.`);
    process.exit(1);
  }
  // With --dry-run stdout holds the file alone, so that it can be redirected.
  const say = dryRun ? console.error : console.log;
  const code = finish(plan, {
    info: (s) => say(s),
    warn: (s) => console.error(`warning: ${s}`),
    success: (s) => say(s),
    steps: (r) => say(`\nNext steps:\n${r.steps.join('\n')}`),
  });
  process.exit(code);
}
