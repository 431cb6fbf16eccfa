/**
 * A synthetic content folder for the benchmark: the real vocabularies and instruments, N cases
 * spread over jurisdiction folders, and a proportional handful of tools, issue papers, model
 * laws and collections. Deterministic: the same seed and count give the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../../../src/lib/corpus/data-files.ts';
import { isError, formatProblem } from '../../../src/lib/corpus/problem.ts';
import { articleDraw, generateCase, type CaseContext } from './case-generator.ts';
import { entryFile } from './frontmatter-writer.ts';
import { NOUNS, placeNames } from './legal-words.ts';
import { createRandom, weightedTable, zipf, type Random } from './prng.ts';
import { generateCollection, generateResource, resourceCounts, type GeneratedResource } from './resource-generator.ts';
import { createTextGenerator } from './text.ts';

export const REPO = path.resolve(import.meta.dirname, '../../..');
const REPO_CONTENT = path.join(REPO, 'content');

export interface CorpusOptions {
  /** The content folder to create (it must not exist yet, or be empty). */
  dir: string;
  cases: number;
  seed: string;
}

export interface CorpusSummary {
  contentDir: string;
  cases: number;
  tools: number;
  issuePapers: number;
  modelLaws: number;
  collections: number;
  jurisdictions: number;
  words: number;
  bytes: number;
  /** A word found in many case bodies, and in how many: the benchmark's search query. */
  query: { word: string; cases: number };
  /** The citation of the middle case and its id: a known-item query, as a judge types one. */
  knownItem: { citation: string; id: string };
}

/** Jurisdictions that report much trafficking case law, most first: only weights for the draw. */
const JURISDICTION_HEAD = [
  'USA',
  'GBR',
  'ECHR',
  'NLD',
  'DEU',
  'PHL',
  'FRA',
  'NGA',
  'AUS',
  'CAN',
  'ITA',
  'ESP',
  'IND',
  'THA',
  'MEX',
  'BRA',
  'ARG',
  'ZAF',
  'BEL',
  'IACTHR',
  'ISR',
  'KEN',
  'SGP',
  'CEDAW',
  'NZL',
  'IRL',
  'COL',
  'UGA',
  'CJEU',
  'ECOWAS-CCJ',
];

const CASE_NOTE = 'SYNTHETIC BENCHMARK DATA: not a real decision.';
const RESOURCE_NOTE = 'SYNTHETIC BENCHMARK DATA: not a real publication.';

/** Deterministic Fisher–Yates shuffle (the order decides which items the skew favours). */
function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function assertOutsideContent(dir: string) {
  const relative = path.relative(REPO_CONTENT, path.resolve(dir));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new Error(
      `refusing to write synthetic entries into ${path.resolve(dir)}: it is inside the real content folder; give a temporary folder (os.tmpdir())`,
    );
  }
  if (existsSync(dir) && readdirSync(dir).length) throw new Error(`${path.resolve(dir)} is not empty: the synthetic corpus needs a new or empty folder`);
}

export function generateCorpus({ dir, cases, seed }: CorpusOptions): CorpusSummary {
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`the number of cases must be a whole number of at least 1, not ${cases}`);
  assertOutsideContent(dir);
  const contentDir = path.resolve(dir);
  for (const data of ['vocabularies', 'instruments']) cpSync(path.join(REPO_CONTENT, data), path.join(contentDir, data), { recursive: true });
  const loaded = loadCatalog(contentDir, (absolute) => absolute);
  const dataErrors = loaded.problems.filter(isError);
  if (!loaded.catalog || dataErrors.length) throw new Error(`the vocabularies or instruments do not load:\n${dataErrors.map(formatProblem).join('\n')}`);
  const catalog = loaded.catalog;

  const random = createRandom(`kb-bench:${seed}`);
  // Skewed like real case law: a head of often-reported jurisdictions, then the whole catalog.
  const head = JURISDICTION_HEAD.filter((code) => catalog.jurisdictions.has(code));
  const jurisdictions = [...head, ...shuffled([...catalog.jurisdictions.keys()].filter((code) => !head.includes(code)).sort(), random)];
  const countries = shuffled([...catalog.countryCodes].sort(), random);
  const text = createTextGenerator(random, placeNames(3000));
  const drawArticle = articleDraw(catalog);
  const ctx: CaseContext = { random, text, catalog, drawJurisdiction: weightedTable(jurisdictions, (_, i) => zipf(i, 1)), drawArticle, countries, earlier: [] };

  // Document frequency of the commonest one-word nouns: the query is the most widespread.
  const candidates = NOUNS.slice(0, 40).filter((n) => !n.includes(' '));
  const documentFrequency = new Map(candidates.map((w) => [w, 0]));
  let words = 0;
  let bytes = 0;
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    bytes += Buffer.byteLength(content);
  };

  const folders = new Set<string>();
  let knownItem = { citation: '', id: '' };
  for (let i = 0; i < cases; i++) {
    const generated = generateCase(i, ctx);
    ctx.earlier.push({ id: generated.id, title: generated.title });
    if (i === Math.floor(cases / 2)) knownItem = { citation: String(generated.data.citation), id: generated.id };
    folders.add(generated.folder);
    const seen = new Set(generated.body.toLowerCase().match(/[a-z]+/g));
    words += generated.body.split(/\s+/).filter(Boolean).length;
    for (const w of candidates) if (seen.has(w)) documentFrequency.set(w, documentFrequency.get(w)! + 1);
    write(path.join(contentDir, 'cases', generated.folder, `${generated.id}.md`), entryFile(CASE_NOTE, generated.data, generated.body));
  }

  const counts = resourceCounts(cases);
  const resourceCtx = { random, text, catalog, drawArticle, caseIds: ctx.earlier.map((c) => c.id) };
  const resources: GeneratedResource[] = [];
  for (const folder of ['tools', 'issue-papers', 'model-laws'] as const) {
    for (let i = 0; i < counts[folder]; i++) resources.push(generateResource(folder, i, resourceCtx));
  }
  for (let i = 0; i < counts.collections; i++) resources.push(generateCollection(i, resourceCtx, resources));
  for (const r of resources) write(path.join(contentDir, r.folder, `${r.id}.md`), entryFile(RESOURCE_NOTE, r.data, r.body));

  const [word, frequency] = [...documentFrequency].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return {
    contentDir,
    cases,
    tools: counts.tools,
    issuePapers: counts['issue-papers'],
    modelLaws: counts['model-laws'],
    collections: counts.collections,
    jurisdictions: folders.size,
    words,
    bytes,
    query: { word, cases: frequency },
    knownItem,
  };
}
