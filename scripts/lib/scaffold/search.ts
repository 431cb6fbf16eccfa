/**
 * Search over jurisdictions and entries for the autocomplete prompts: accents and case ignored,
 * exact matches of a code or a common name ("UK", "Ivory Coast") first, then prefixes, then
 * anything containing the words typed.
 */
import { createRequire } from 'node:module';
import { FOLDERS, type Catalog } from '../../../schemas/index.ts';
import type { Entry } from '../../../src/lib/corpus/entry-file.ts';

export interface Searchable<Value> {
  value: Value;
  label: string;
  hint?: string;
  /** Everything the option can be found by. */
  terms: string[];
}

export const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function search<Value>(items: readonly Searchable<Value>[], query: string): Searchable<Value>[] {
  const q = fold(query);
  if (!q) return [...items];
  const score = (item: Searchable<Value>) => {
    const terms = item.terms.map(fold);
    if (terms.some((t) => t === q)) return 0;
    if (terms.some((t) => t.startsWith(q))) return 1;
    if (terms.some((t) => t.split(' ').some((word) => word.startsWith(q)))) return 2;
    if (terms.some((t) => t.includes(q))) return 3;
    // "human rights" finds "Human and Peoples' Rights": every word typed starts a word of one term.
    const typed = q.split(' ');
    if (terms.some((t) => typed.every((w) => t.split(' ').some((word) => word.startsWith(w))))) return 4;
    return 5;
  };
  return items
    .map((item, index) => ({ item, index, score: score(item) }))
    .filter((x) => x.score < 5)
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((x) => x.item);
}

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

/** Every jurisdiction of the catalog, found by code, English name or a common English alias. */
export function jurisdictionOptions(catalog: Catalog): Searchable<string>[] {
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const aliases = countries.getNames('en', { select: 'all' }) as unknown as Record<string, string[]>;
  return [...catalog.jurisdictions.values()]
    .map((j) => {
      const alpha2 = j.kind === 'country' ? countries.alpha3ToAlpha2(j.code) : undefined;
      return {
        value: j.code,
        label: `${j.names.en} (${j.code})`,
        hint: j.kind === 'body' ? 'regional or international body' : `country, ${j.regions.join(', ')}`,
        terms: [j.code, j.names.en, ...(alpha2 ? [alpha2, ...(aliases[alpha2] ?? [])] : [])],
      };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** Every entry a collection item can point at, as `cases/<id>`. */
export function entryOptions(entries: readonly Entry[]): Searchable<string>[] {
  return entries.map((e) => {
    const ref = `${FOLDERS[e.type]}/${e.id}`;
    return { value: ref, label: String(e.data.title), hint: ref, terms: [ref, e.id, String(e.data.title)] };
  });
}
