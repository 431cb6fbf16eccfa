/**
 * npm run generate [-- --check] [--out DIR]
 * Writes what is generated from the schemas and the data files: docs/content-reference.md,
 * docs/data-dictionary.md (the open data's fields and CSV columns) and the editor JSON Schemas
 * in schemas/json/. With --check nothing is written: exit 1 and the list of stale files when
 * any differs (CI). --out DIR writes or checks under DIR instead.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError } from '../src/lib/corpus/problem.ts';
import { generatedFiles } from './lib/generate/generated-files.ts';
import { staleFiles, writeFiles } from './lib/generate/write-files.ts';

const USAGE = 'usage: npm run generate [-- --check] [--out DIR]';

let values: { check: boolean; out?: string };
try {
  ({ values } = parseArgs({ options: { check: { type: 'boolean', default: false }, out: { type: 'string' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

// The vocabularies and instruments are all the generator reads; entries may have errors.
const corpus = loadCorpus();
if (!corpus.catalog) {
  for (const problem of corpus.problems.filter(isError)) console.error(formatProblem(problem));
  console.error('\nNothing was generated: the vocabulary and instrument files above must be valid first.');
  process.exit(1);
}

const root = path.resolve(values.out ?? '.');
const files = generatedFiles(corpus.catalog);
const fix = values.out ? `npm run generate -- --out ${values.out}` : 'npm run generate';

if (values.check) {
  const stale = staleFiles(files, root);
  if (stale.length) {
    console.log('These generated files are stale:');
    for (const file of stale) console.log(`  ${file.path} (${file.why})`);
    console.log(`Run \`${fix}\` and commit the result.`);
    process.exit(1);
  }
  console.log(`Generated files are up to date: ${files.length} checked.`);
} else {
  const changed = writeFiles(files, root);
  for (const file of changed) console.log(`${file.why === 'no longer generated' ? 'removed' : 'wrote'} ${file.path}`);
  console.log(changed.length ? `${changed.length} of ${files.length} generated files updated.` : `Generated files are up to date: ${files.length} checked.`);
}
