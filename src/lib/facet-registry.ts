/**
 * One row per search facet: its Pagefind filter key (also the URL parameter), its label, the
 * vocabulary that orders and names its values, the frontmatter field they come from, and how an
 * entry's values are read. The search record, the facet data, the island's keys (FACET_KEYS) and
 * the facet columns of cases.csv all come from here, so a new facet is one row.
 */
import { parseArticleRef, type VocabularyName } from '../../schemas/index.ts';
import type { UiKey } from '../i18n/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { catalog } from './entries.ts';
import type { FacetKey } from './search-state.ts';

/** What a facet reads of an entry: its type and frontmatter (cases.csv gives a record's). */
export type FacetSource = Pick<Entry, 'type' | 'data'>;

export interface FacetDefinition {
  label: UiKey;
  /** The closed list whose order and labels the facet shows, when there is one. */
  vocabulary?: VocabularyName;
  /** The frontmatter field the values are read from (as written, or with more: an article's parent), when there is one. */
  field?: string;
  /** The entry's values for this filter: ids, never labels. */
  values: (entry: FacetSource) => string[];
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)]);

/** A facet whose values are a frontmatter field's, as written. */
const fieldFacet = (label: UiKey, field: string, vocabulary?: VocabularyName): FacetDefinition => ({
  label,
  vocabulary,
  field,
  values: (entry) => list(entry.data[field]),
});

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
export function entryArticleRefs(entry: FacetSource): string[] {
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
  jurisdiction: fieldFacet('facet.jurisdiction', 'jurisdiction'),
  article: { label: 'facet.article', field: 'articles', values: (entry) => articleFilterValues(entryArticleRefs(entry)) },
  purpose: fieldFacet('facet.purpose', 'purposes', 'purposes'),
  means: fieldFacet('facet.means', 'means', 'means'),
  act: fieldFacet('facet.act', 'acts', 'acts'),
  sector: fieldFacet('facet.sector', 'sectors', 'sectors'),
  outcome: fieldFacet('facet.outcome', 'outcome', 'outcome'),
  courtLevel: fieldFacet('facet.courtLevel', 'courtLevel', 'court-level'),
  audience: fieldFacet('facet.audience', 'audience', 'audience'),
  language: fieldFacet('facet.language', 'language'),
};
