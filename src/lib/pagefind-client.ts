/**
 * Loads Pagefind's own JS API from the built index (never bundled: the index and its API
 * ship together), once, with ranking tuned for legal text.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id?: string };
}
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
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;

/** The languages the index holds summaries in, with their number of records (Pagefind's entry file). */
async function summaryLanguages(base: string): Promise<Record<string, { page_count: number }>> {
  const entry = (await (await fetch(`${base}pagefind/pagefind-entry.json`)).json()) as { languages: Record<string, { page_count: number }> };
  return entry.languages;
}

/** The index Pagefind opens for a page: its language, else its base language, else the largest one. */
export function primaryLanguage(languages: Record<string, { page_count: number }>, pageLanguage: string): string | undefined {
  const lang = pageLanguage.toLowerCase();
  const codes = Object.keys(languages);
  return (
    codes.find((l) => l === lang) ?? codes.find((l) => l === lang.split('-')[0]) ?? codes.sort((a, b) => languages[b]!.page_count - languages[a]!.page_count)[0]
  );
}

export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    const options = {
      baseUrl: base,
      excerptLength: 36,
      // Summaries differ a lot in length: do not let long ones win on length alone, and let
      // a rare exact term (a citation number, a name) count for more than repeated common words.
      ranking: { pageLength: 0.6, termFrequency: 0.8, termSaturation: 1.2, termSimilarity: 1.0 },
      // Search in the page, not in Pagefind's web worker: the worker is a second copy of its
      // search code (43 kB, 12 kB gzipped) fetched before the first result, and a search of
      // 10 000 records takes milliseconds, so keeping it off the main thread saves nothing a reader sees.
      noWorker: true,
    };
    await pagefind.options(options);
    // Pagefind keeps one index per summary language. It opens the one of the page's <html lang>
    // (else the largest) and prepares a query by the rules of that <html lang>: on a Chinese page
    // it splits 强迫劳动 into two words although an English index holds it as one. So it is
    // started with the language of the index it opens (the <html lang> it reads, set only while
    // it starts), and every other language's index joins it: each interface language searches
    // every summary.
    const languages = await summaryLanguages(base);
    const opened = primaryLanguage(languages, document.documentElement.lang);
    const pageLanguage = document.documentElement.lang;
    if (opened) document.documentElement.lang = opened;
    const starting = pagefind.init();
    document.documentElement.lang = pageLanguage;
    await starting;
    for (const language of Object.keys(languages)) {
      if (language !== opened) await pagefind.mergeIndex(`${base}pagefind/`, { ...options, language });
    }
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
