/**
 * The Pagefind filters, sorts and meta of an entry, exactly as in shared/spec/site-contract.md:
 * ids, never labels, so a filter works in every interface language. Facet filters come from the
 * facet registry; `year` is a filter the page offers as a range.
 */
import type { Entry } from './corpus/entry-file.ts';
import { FACETS } from './facet-registry.ts';
import { FACET_KEYS } from './search-state.ts';

export interface SearchRecord {
  filters: [key: string, value: string][];
  sorts: [key: string, value: string][];
  meta: [key: string, value: string][];
}

/** The year an entry is filed under: the decision's, or the publication's. */
export function entryYear(entry: Entry): string | undefined {
  const date = entry.data.decided ?? entry.data.published;
  return date === undefined ? undefined : String(date).slice(0, 4);
}

export function searchRecord(entry: Entry): SearchRecord {
  const d = entry.data;
  const filters: [string, string][] = FACET_KEYS.flatMap((key) => FACETS[key].values(entry).map((value): [string, string] => [key, value]));
  const year = entryYear(entry);
  if (year) filters.push(['year', year]);
  const sorts: [string, string][] = [];
  const meta: [string, string][] = [
    ['title', String(d.title)],
    ['id', entry.id],
    ['type', entry.type],
  ];
  if (entry.type === 'case') {
    sorts.push(['decided', String(d.decided)]);
    meta.push(['citation', String(d.citation)], ['court', String(d.court)], ['decided', String(d.decided)]);
  }
  return { filters, sorts, meta };
}
