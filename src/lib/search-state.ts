/**
 * The search page's state and its URL: `?q=…&jurisdiction=GBR&jurisdiction=FRA&article=TIP-3
 * &from=2005&to=2020&sort=newest`. Parsing then serialising gives the same URL, so back,
 * forward, reload and a shared link all restore the same view.
 */
/** The Pagefind filter keys of the site contract that the search page offers as facets, in order. */
export const FACET_KEYS = [
  'type',
  'region',
  'jurisdiction',
  'article',
  'purpose',
  'means',
  'act',
  'sector',
  'outcome',
  'courtLevel',
  'audience',
  'language',
] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  query: string;
  filters: Record<string, string[]>;
  yearFrom?: string;
  yearTo?: string;
  sort: SortOrder;
}

const RESERVED = new Set(['q', 'from', 'to', 'sort']);
const SORTS: SortOrder[] = ['relevance', 'newest', 'oldest'];

export function parseState(search: string, facetKeys: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (RESERVED.has(key) || !facetKeys.includes(key) || !value) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get('sort') as SortOrder | null;
  const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? v : undefined);
  return {
    query: params.get('q') ?? '',
    filters,
    yearFrom: year(params.get('from')),
    yearTo: year(params.get('to')),
    sort: sort && SORTS.includes(sort) ? sort : 'relevance',
  };
}

export function serialiseState(state: SearchState, facetKeys: readonly string[]): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.yearFrom) params.set('from', state.yearFrom);
  if (state.yearTo) params.set('to', state.yearTo);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the view lists entries: a query, a filter, a year or a chosen order (an empty query then lists everything). */
export function hasCriteria(state: SearchState): boolean {
  return !!state.query.trim() || Object.values(state.filters).some((v) => v.length) || !!state.yearFrom || !!state.yearTo || state.sort !== 'relevance';
}

/** Relevance needs words to rank by: without a query, entries are listed newest first. */
export function effectiveSort(state: SearchState): SortOrder {
  return state.sort === 'relevance' && !state.query.trim() ? 'newest' : state.sort;
}

export function toggleValue(state: SearchState, key: string, value: string): SearchState {
  const current = state.filters[key] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [key]: next } };
}

/**
 * Pagefind filters: values within a facet are OR (`any`), facets are AND. `omit` drops one
 * facet, to count that facet's own values as if none of them were chosen.
 */
export function pagefindFilters(state: SearchState, years: readonly string[], omit?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of Object.entries(state.filters)) if (values.length && key !== omit) filters[key] = { any: values };
  if ((state.yearFrom || state.yearTo) && omit !== 'year') {
    const inRange = years.filter((y) => (!state.yearFrom || y >= state.yearFrom) && (!state.yearTo || y <= state.yearTo));
    filters.year = { any: inRange.length ? inRange : ['none'] };
  }
  return filters;
}

export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  return sort === 'newest' ? { decided: 'desc' } : sort === 'oldest' ? { decided: 'asc' } : undefined;
}
