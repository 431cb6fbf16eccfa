/**
 * Treaty articles against a vocabulary (forms of exploitation, means): for each article engaged
 * by at least one decision and each term, the number of decisions engaging the article and
 * recording the term. A decision engages an article as the search filter `article` has it: when
 * the article or any pinpoint of it (`TIP-3(a)`) is in its `articles`.
 */
import { parseArticleRef } from '../../../schemas/index.ts';

export interface MatrixCase {
  articles: readonly string[];
  terms: readonly string[];
}
export interface ArticleMatrix {
  /** Term ids used by at least one decision engaging a listed article, in vocabulary order. */
  columns: string[];
  rows: { article: string; cells: number[] }[];
  max: number;
}

/** The articles (without pinpoint) a list of references engages: `TIP-3(a)` gives `TIP-3`. */
export function engagedArticles(refs: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const ref of refs) {
    const parsed = parseArticleRef(ref);
    if (parsed) keys.add(parsed.articleKey);
  }
  return keys;
}

/** `articleOrder`: every article key in the order rows should take; `termOrder`: the vocabulary's ids. */
export function articleMatrix(cases: Iterable<MatrixCase>, articleOrder: readonly string[], termOrder: readonly string[]): ArticleMatrix {
  const counts = new Map<string, Map<string, number>>();
  for (const c of cases) {
    for (const article of engagedArticles(c.articles)) {
      const row = counts.get(article) ?? new Map<string, number>();
      counts.set(article, row);
      for (const term of new Set(c.terms)) row.set(term, (row.get(term) ?? 0) + 1);
    }
  }
  const columns = termOrder.filter((term) => [...counts.values()].some((row) => row.get(term)));
  const rows = articleOrder
    .filter((article) => columns.some((term) => counts.get(article)?.get(term)))
    .map((article) => ({ article, cells: columns.map((term) => counts.get(article)?.get(term) ?? 0) }));
  return { columns, rows, max: Math.max(0, ...rows.flatMap((r) => r.cells)) };
}
