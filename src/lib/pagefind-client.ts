/**
 * Loads Pagefind's own JS API from the built index (never bundled: the index and its API
 * ship together), once, with ranking tuned for legal text.
 */
export interface PagefindSubResult { title: string; url: string; excerpt: string; anchor?: { id?: string } }
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's text, as indexed. */
  content: string;
  /** The parts of the record with matches, split at elements with an id. */
  sub_results?: PagefindSubResult[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult { id: string; score: number; data: () => Promise<PagefindResultData> }
export interface PagefindSearch { results: PagefindResult[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>>; unfilteredResultCount: number }
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({
      baseUrl: base,
      excerptLength: 36,
      // Summaries differ a lot in length: do not let long ones win on length alone, and let
      // a rare exact term (a citation number, a name) count for more than repeated common words.
      ranking: { pageLength: 0.6, termFrequency: 0.8, termSaturation: 1.2, termSimilarity: 1.0 },
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

const dataCache = new WeakMap<PagefindResult, Promise<PagefindResultData>>();

/** A result's data, fetched once however often it is drawn (restoring a long list asks again). */
export function resultData(result: PagefindResult): Promise<PagefindResultData> {
  let data = dataCache.get(result);
  if (!data) dataCache.set(result, (data = result.data()));
  return data;
}
