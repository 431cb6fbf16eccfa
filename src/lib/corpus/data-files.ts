/** Vocabularies and instruments: the data every entry is checked against, checked first. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import {
  buildCatalog,
  INSTRUMENT_CODES,
  INTERNATIONAL,
  instrumentFileSchema,
  VOCABULARY_NAMES,
  vocabularyFileSchema,
  type Catalog,
  type Instrument,
  type InstrumentCode,
  type Vocabulary,
  type VocabularyName,
} from '../../../schemas/index.ts';
import { suggest } from '../../../schemas/suggest.ts';
import type { Problem } from './problem.ts';
import { checkAgainstSchema } from './schema-issues.ts';
import { decodeSource } from './source-text.ts';
import { parseYaml } from './yaml-document.ts';

function readDataFile<T extends z.ZodType>(absolute: string, file: string, schema: T, problems: Problem[]): z.infer<T> | undefined {
  const error = (p: { line: number; column: number; message: string; hint?: string }) => problems.push({ file, severity: 'error', ...p });
  if (!existsSync(absolute)) {
    error({ line: 1, column: 1, message: 'this data file is missing: the site cannot be built without it' });
    return undefined;
  }
  const source = decodeSource(readFileSync(absolute));
  if (!source.ok) return void error(source);
  const parsed = parseYaml(source.text, 1);
  parsed.problems.forEach(error);
  if (parsed.problems.length) return undefined;
  const checked = checkAgainstSchema(schema, parsed, { line: 1, column: 1 });
  checked.problems.forEach(error);
  return checked.data;
}

export function loadCatalog(contentDir: string, display: (absolute: string) => string): { catalog?: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const vocabularies = {} as Record<VocabularyName, Vocabulary>;
  const vocabularyDir = path.join(contentDir, 'vocabularies');
  for (const name of VOCABULARY_NAMES) {
    const absolute = path.join(vocabularyDir, `${name}.yaml`);
    const data = readDataFile(absolute, display(absolute), vocabularyFileSchema, problems);
    if (data) vocabularies[name] = data;
  }
  const expected = new Set(VOCABULARY_NAMES.map((n) => `${n}.yaml`));
  for (const name of existsSync(vocabularyDir) ? readdirSync(vocabularyDir) : []) {
    if (expected.has(name) || name.startsWith('.')) continue;
    const guess = suggest(name.replace(/\.ya?ml$/, ''), VOCABULARY_NAMES);
    problems.push({
      file: display(path.join(vocabularyDir, name)),
      line: 1,
      column: 1,
      severity: 'error',
      message: `unknown vocabulary file "${name}"` + (guess ? ` (did you mean "${guess}.yaml"?)` : ''),
      hint: 'a new vocabulary needs a schema change; a new term goes into an existing file',
    });
  }
  const instruments = new Map<InstrumentCode, Instrument>();
  for (const code of INSTRUMENT_CODES) {
    const absolute = path.join(contentDir, 'instruments', `${code}.yaml`);
    const data = readDataFile(absolute, display(absolute), instrumentFileSchema, problems);
    if (data) {
      if (data.code !== code)
        problems.push({ file: display(absolute), line: 1, column: 1, severity: 'error', message: `this file is ${code}.yaml but says code: ${data.code}` });
      instruments.set(code, data);
    }
  }
  if (problems.length) return { problems };
  problems.push(...crossDataProblems(vocabularies, instruments, contentDir, display));
  if (problems.length) return { problems };
  return { catalog: buildCatalog(vocabularies, instruments), problems };
}

/** What one data file says about another: a body's region, an article's related articles. */
function crossDataProblems(
  vocabularies: Record<VocabularyName, Vocabulary>,
  instruments: Map<InstrumentCode, Instrument>,
  contentDir: string,
  display: (absolute: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: string, message: string) => problems.push({ file: display(path.join(contentDir, file)), line: 1, column: 1, severity: 'error', message });
  const regions = vocabularies.regions.terms.map((t) => t.id).filter((id) => id !== INTERNATIONAL);
  for (const name of VOCABULARY_NAMES) {
    for (const term of vocabularies[name].terms) {
      if (term.region === undefined) continue;
      if (name !== 'bodies') at(`vocabularies/${name}.yaml`, `term "${term.id}": only bodies.yaml gives a region`);
      else if (!regions.includes(term.region))
        at(
          `vocabularies/${name}.yaml`,
          `body ${term.id}: unknown region "${term.region}": use one of ${regions.join(', ')} (leave it out for a universal body)`,
        );
    }
  }
  for (const [code, instrument] of instruments) {
    for (const article of instrument.articles) {
      for (const ref of article.related ?? []) {
        const [other, number] = ref.split('-');
        const count = instruments.get(other as InstrumentCode)?.articles.length ?? 0;
        if (Number(number) > count)
          at(`instruments/${code}.yaml`, `article ${article.number}: related article "${ref}" does not exist (${other} has articles 1 to ${count})`);
      }
    }
  }
  return problems;
}
