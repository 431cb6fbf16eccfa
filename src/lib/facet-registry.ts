/**
 * One row per search facet: its Pagefind filter key (also the URL parameter), its label, the
 * vocabulary that orders and names its values, and how an entry's values are read. The search
 * record, the facet data and the island's keys (FACET_KEYS) all come from here, so a new facet
 * is one row.
 */
import { parseArticleRef, type VocabularyName } from '../../schemas/index.ts';
import type { UiKey } from '../i18n/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { catalog } from './entries.ts';
import type { FacetKey } from './search-state.ts';

export interface FacetDefinition {
  label: UiKey;
  /** The closed list whose order and labels the facet shows, when there is one. */
  vocabulary?: VocabularyName;
  /** The entry's values for this filter: ids, never labels. */
  values: (entry: Entry) => string[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);
const field = (name: string) => (entry: Entry) => list(entry.data[name]);

/** Every reference and the article it sits in: `TIP-3(b)` also gives `TIP-3`. */
export function articleFilterValues(refs: string[]): string[] {
  const values = new Set<string>();
  for (const ref of refs) {
    values.add(ref);
    const parsed = parseArticleRef(ref);
    if (parsed) values.add(parsed.articleKey);
  }
  return [...values];
}

/** The treaty references of an entry: its own, and for a model law those of its provisions. */
export function entryArticleRefs(entry: Entry): string[] {
  const provisions = (entry.data.provisions as { articles: string[] }[] | undefined) ?? [];
  return [...list(entry.data.articles), ...provisions.flatMap((p) => p.articles)];
}

export const FACETS: Record<FacetKey, FacetDefinition> = {
  type: { label: 'facet.type', values: (entry) => [entry.type] },
  region: {
    label: 'facet.region',
    vocabulary: 'regions',
    values: (entry) => (entry.type === 'case' ? (catalog().jurisdictions.get(String(entry.data.jurisdiction))?.regions ?? []) : []),
  },
  jurisdiction: { label: 'facet.jurisdiction', values: field('jurisdiction') },
  article: { label: 'facet.article', values: (entry) => articleFilterValues(entryArticleRefs(entry)) },
  purpose: { label: 'facet.purpose', vocabulary: 'purposes', values: field('purposes') },
  means: { label: 'facet.means', vocabulary: 'means', values: field('means') },
  act: { label: 'facet.act', vocabulary: 'acts', values: field('acts') },
  sector: { label: 'facet.sector', vocabulary: 'sectors', values: field('sectors') },
  outcome: { label: 'facet.outcome', vocabulary: 'outcome', values: field('outcome') },
  courtLevel: { label: 'facet.courtLevel', vocabulary: 'court-level', values: field('courtLevel') },
  audience: { label: 'facet.audience', vocabulary: 'audience', values: field('audience') },
  language: { label: 'facet.language', values: field('language') },
};
