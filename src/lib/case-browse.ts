/** The orders and pages of /cases/ (static, so browsing works without JavaScript). */
import { byDecidedDesc, entriesOf, jurisdictionName, perCorpus, type Entry } from './entries.ts';

export const CASE_ORDERS = ['newest', 'oldest', 'jurisdiction'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
export const CASES_PER_PAGE = 100;

/** Sorted once per order and corpus: every page of /cases/ reads from the same lists. */
const sortedLists = perCorpus(() => new Map(CASE_ORDERS.map((order) => [order, sortCases(order)])));

export function sortedCases(order: CaseOrder): Entry[] {
  return sortedLists().get(order)!;
}

function sortCases(order: CaseOrder): Entry[] {
  const cases = entriesOf('case');
  if (order === 'newest') return cases.sort(byDecidedDesc);
  if (order === 'oldest') return cases.sort((a, b) => byDecidedDesc(b, a));
  const name = new Map(cases.map((c) => [c, jurisdictionName(String(c.data.jurisdiction))]));
  const collator = new Intl.Collator('en');
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
