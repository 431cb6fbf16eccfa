/**
 * Synthetic tools, issue papers, model laws (with provisions) and collections whose items
 * resolve to entries generated before them. The first of each kind fills every optional field.
 */
import type { Catalog } from '../../../schemas/index.ts';
import type { YamlValue } from './frontmatter-writer.ts';
import { KEYWORDS } from './legal-words.ts';
import { zipf, type Random } from './prng.ts';
import type { TextGenerator } from './text.ts';

export type ResourceFolder = 'tools' | 'issue-papers' | 'model-laws' | 'collections';

export interface GeneratedResource {
  folder: ResourceFolder;
  id: string;
  title: string;
  data: { [key: string]: YamlValue | undefined };
  body: string;
}

export interface ResourceContext {
  random: Random;
  text: TextGenerator;
  catalog: Catalog;
  drawArticle: (random: Random) => string;
  caseIds: string[];
}

/** How many of each kind go with `cases` cases (roughly the proportions of the real content). */
export function resourceCounts(cases: number): Record<ResourceFolder, number> {
  return {
    tools: Math.max(2, Math.round(cases / 100)),
    'issue-papers': Math.max(2, Math.round(cases / 200)),
    'model-laws': Math.max(1, Math.round(cases / 500)),
    collections: Math.max(2, Math.round(cases / 100)),
  };
}

const KIND_NAMES: Record<Exclude<ResourceFolder, 'collections'>, string> = { tools: 'Toolkit', 'issue-papers': 'Issue Paper', 'model-laws': 'Model Law' };
const PROVISION_TITLES = [
  'Definitions',
  'Trafficking in persons',
  'Aggravating circumstances',
  'Non-punishment of victims',
  'Irrelevance of consent',
  'Jurisdiction',
  'Liability of legal persons',
  'Confiscation of proceeds',
  'Protection of witnesses',
  'Assistance to victims',
  'Compensation',
  'Residence permits',
  'Repatriation',
  'International cooperation',
  'Data protection',
  'Training of officials',
];

const pad = (n: number) => String(n).padStart(4, '0');

function descriptionBody(ctx: ResourceContext, links: string[]): string {
  const paragraphs = Array.from({ length: ctx.random.int(2, 6) }, () => ctx.text.paragraph(ctx.random.int(40, 140)));
  if (links.length) paragraphs.push(`It discusses ${links.join(', ')}.`);
  return paragraphs.join('\n\n');
}

export function generateResource(folder: Exclude<ResourceFolder, 'collections'>, index: number, ctx: ResourceContext): GeneratedResource {
  const { random, catalog } = ctx;
  const full = index === 0;
  const maybe = (p: number) => full || random.chance(p);
  const kind = KIND_NAMES[folder];
  const id = `synthetic-${folder.replace(/s$/, '')}-${pad(index + 1)}`;
  const title = `Synthetic ${kind} ${pad(index + 1)} on ${ctx.text.noun()}`;
  const year = random.int(2000, 2025);
  const audience = catalog.vocabularies.audience.terms.map((t) => t.id);
  const purposes = catalog.vocabularies.purposes.terms.map((t) => t.id);
  const data: GeneratedResource['data'] = {
    title,
    publisher: random.pick(['Synthetic Publisher', 'Fixture Office and Synthetic Institute', 'Benchmark Council']),
    published: random.chance(0.7) && !full ? year : `${year}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    language: 'en',
    availableIn: maybe(0.5) ? random.sample(['en', 'fr', 'es', 'ru', 'ar', 'zh'], random.int(1, 4), (_, i) => zipf(i, 1)) : undefined,
    url: maybe(0.5) ? `https://example.org/synthetic/${folder}/${pad(index + 1)}` : undefined,
    articles: maybe(0.7) ? [...new Set(Array.from({ length: random.int(1, 6) }, () => ctx.drawArticle(random)))] : undefined,
    audience: maybe(0.7) ? random.sample(audience, random.int(1, 3), (_, i) => zipf(i, 0.8)) : undefined,
    purposes: maybe(0.6) ? random.sample(purposes, random.int(1, 3), (_, i) => zipf(i, 1)) : undefined,
    keywords: maybe(0.6) ? random.sample(KEYWORDS, random.int(1, 5), (_, i) => zipf(i, 0.7)) : undefined,
    review: full
      ? { status: 'verified', checkedAgainst: 'Synthetic publication (benchmark fixture)', reviewer: 'bench-reviewer', date: '2025-06-01' }
      : { status: 'draft' },
    contributors: maybe(0.3) ? ['bench-contributor-1'] : undefined,
    updated: maybe(0.2) ? '2025-10-01' : undefined,
    formerIds: full ? [`${id}-old`] : undefined,
  };
  if (folder === 'model-laws') {
    data.provisions = Array.from({ length: random.int(5, 15) }, (_, k) => ({
      id: `art-${k + 1}`,
      number: full || random.chance(0.8) ? `Article ${k + 1}` : undefined,
      title: PROVISION_TITLES[(k + index) % PROVISION_TITLES.length],
      articles: [...new Set(Array.from({ length: random.int(1, 3) }, () => ctx.drawArticle(random)))],
      summary: ctx.text.sentence(),
    }));
  }
  const linked = random.sample(ctx.caseIds, random.int(0, 2)).map((c) => `[a synthetic case](/cases/${c}/)`);
  return { folder, id, title, data, body: descriptionBody(ctx, linked) };
}

/** A trainer's list: cases mostly, some resources, a model-law provision, an earlier collection. */
export function generateCollection(index: number, ctx: ResourceContext, resources: GeneratedResource[]): GeneratedResource {
  const { random, catalog } = ctx;
  const full = index === 0;
  const id = `synthetic-collection-${pad(index + 1)}`;
  const title = `Synthetic reading list ${pad(index + 1)}: ${ctx.text.noun()}`;
  const refs: string[] = random.sample(ctx.caseIds, random.int(3, 8)).map((c) => `cases/${c}`);
  const others = resources.filter((r) => r.folder !== 'collections' || r.id < id);
  for (const r of random.sample(others, random.int(1, 3))) {
    const provisions = r.data.provisions as { id: string }[] | undefined;
    refs.push(provisions && random.chance(0.6) ? `${r.folder}/${r.id}#${random.pick(provisions).id}` : `${r.folder}/${r.id}`);
  }
  const audience = catalog.vocabularies.audience.terms.map((t) => t.id);
  const data: GeneratedResource['data'] = {
    title,
    language: 'en',
    audience: full || random.chance(0.7) ? random.sample(audience, random.int(1, 3)) : undefined,
    items: refs.map((ref, k) => ({
      ref,
      note: full ? (k === 0 ? undefined : ctx.text.sentence()) : random.chance(0.7) ? ctx.text.sentence() : undefined,
      // A case's body always has a first numbered paragraph (its Facts).
      paragraph: ref.startsWith('cases/') && (full ? k === 1 : random.chance(0.2)) ? 1 : undefined,
    })),
    contributors: full || random.chance(0.3) ? ['bench-trainer'] : undefined,
    updated: full || random.chance(0.2) ? '2025-09-01' : undefined,
    formerIds: full ? [`${id}-old`] : undefined,
  };
  const firstCase = refs[0].slice('cases/'.length);
  const body = [
    '## Aims',
    '',
    ...Array.from({ length: random.int(2, 4) }, () => `- ${ctx.text.sentence()}`),
    '',
    '## Session plan',
    '',
    ctx.text.paragraph(random.int(60, 160)),
    '',
    `Everyone reads [the first case](/cases/${firstCase}/) in full; the [printable handout](/collections/${id}/print/) lists the rest.`,
  ].join('\n');
  return { folder: 'collections', id, title, data, body };
}
