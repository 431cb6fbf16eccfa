/** The orders and pages of /cases/ (static, so browsing works without JavaScript). */
import { collatorFor } from '../i18n/format.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import { byDecidedDesc, entriesOf, jurisdictionName, perCorpus, type Entry } from './entries.ts';

export const CASE_ORDERS = ['newest', 'oldest', 'jurisdiction'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
export const CASES_PER_PAGE = 100;

/** Sorted once per order, language and corpus: every page of /cases/ reads from the same lists. */
const sortedLists = perCorpus(() => new Map<string, Entry[]>());

export function sortedCases(order: CaseOrder, lang: InterfaceLanguage): Entry[] {
  // Only the jurisdiction order depends on the language (names and their alphabetical order).
  const key = order === 'jurisdiction' ? `${order}/${lang}` : order;
  let list = sortedLists().get(key);
  if (!list) sortedLists().set(key, (list = sortCases(order, lang)));
  return list;
}

function sortCases(order: CaseOrder, lang: InterfaceLanguage): Entry[] {
  const cases = entriesOf('case');
  if (order === 'newest') return cases.sort(byDecidedDesc);
  if (order === 'oldest') return cases.sort((a, b) => byDecidedDesc(b, a));
  const name = new Map(cases.map((c) => [c, jurisdictionName(String(c.data.jurisdiction), lang)]));
  const collator = collatorFor(lang);
  return cases.sort((a, b) => collator.compare(name.get(a)!, name.get(b)!) || byDecidedDesc(a, b));
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / CASES_PER_PAGE));
}

/** `cases/` for the default view, `cases/sort/oldest/2/` for the others. */
export function browsePath(order: CaseOrder, page: number): string {
  if (order === 'newest' && page === 1) return 'cases/';
  return `cases/sort/${order}/${page > 1 ? `${page}/` : ''}`;
}
