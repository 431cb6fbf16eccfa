/**
 * The Pagefind filters, sorts and meta of an entry, exactly as in shared/spec/site-contract.md:
 * ids, never labels, so a filter works in every interface language.
 */
import { parseArticleRef } from '../../schemas/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { catalog } from './entries.ts';

export interface SearchRecord {
  filters: [key: string, value: string][];
  sorts: [key: string, value: string][];
  meta: [key: string, value: string][];
}

const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : value === undefined ? [] : [String(value)]);

/** Every cited reference and the article it sits in: `TIP-3(b)` also gives `TIP-3`. */
export function articleFilterValues(refs: string[]): string[] {
  const values = new Set<string>();
  for (const ref of refs) {
    values.add(ref);
    const parsed = parseArticleRef(ref);
    if (parsed) values.add(parsed.articleKey);
  }
  return [...values];
}

export function searchRecord(entry: Entry): SearchRecord {
  const d = entry.data;
  const filters: [string, string][] = [['type', entry.type]];
  const add = (key: string, values: string[]) => values.forEach((v) => filters.push([key, v]));
  const provisionRefs = ((d.provisions as { articles: string[] }[] | undefined) ?? []).flatMap((p) => p.articles);
  add('article', articleFilterValues([...list(d.articles), ...provisionRefs]));
  add('purpose', list(d.purposes));
  add('audience', list(d.audience));
  add('language', list(d.language));
  const sorts: [string, string][] = [['title', String(d.title)]];
  const meta: [string, string][] = [['title', String(d.title)], ['id', entry.id], ['type', entry.type]];
  if (entry.type === 'case') {
    const jurisdiction = String(d.jurisdiction);
    add('jurisdiction', [jurisdiction]);
    add('region', [catalog().jurisdictions.get(jurisdiction)!.region]);
    add('year', [String(d.decided).slice(0, 4)]);
    add('means', list(d.means));
    add('act', list(d.acts));
    add('sector', list(d.sectors));
    add('outcome', list(d.outcome));
    add('courtLevel', list(d.courtLevel));
    sorts.push(['decided', String(d.decided)]);
    meta.push(['citation', String(d.citation)], ['court', String(d.court)], ['decided', String(d.decided)]);
  } else if (d.published !== undefined) {
    add('year', [String(d.published).slice(0, 4)]);
  }
  return { filters, sorts, meta };
}
